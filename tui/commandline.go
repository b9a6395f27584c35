package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/gyda/gyda/meeting"
)

// CommandKeys are the command line's own keys.
type CommandKeys struct {
	Submit   key.Binding
	Cancel   key.Binding
	Complete key.Binding
	Back     key.Binding // cycle completions backwards
	Older    key.Binding // history
	Newer    key.Binding
}

// DefaultCommandKeys are the command line's keys.
func DefaultCommandKeys() CommandKeys {
	return CommandKeys{
		Submit:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "do it")),
		Cancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close (kept)")),
		Complete: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "complete")),
		Back:     key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous")),
		Older:    key.NewBinding(key.WithKeys("up"), key.WithHelp("↑", "earlier command")),
		Newer:    key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", "later command")),
	}
}

// ShortHelp is the help line while the command line is open.
func (k CommandKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Submit, k.Complete, k.Older, k.Newer, k.Cancel}
}

// FullHelp is the same keys in one column.
func (k CommandKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// commandLine is the ':' line: every verb of the command language, with
// completion of verbs and names, history, and errors shown inline with the
// line kept for correction.
type commandLine struct {
	keys    CommandKeys
	input   field
	open    bool
	err     string
	hint    string
	history []string
	hist    int    // position while browsing history; len(history) when not
	pending string // what was being typed before browsing history

	host    []meeting.VerbInfo // the host's own commands (Config.Commands)
	comp    completion
	compIdx int
	cycling bool
	// kept is true while the line shows, untouched, what was typed
	// before it was closed: typing replaces it (it goes into the history),
	// enter carries it out, any other key edits it.
	kept bool
}

func newCommandLine(s *Styles) commandLine {
	return commandLine{keys: DefaultCommandKeys(), input: newField(s, ": ", "type a command (tab completes, help lists them)", meeting.MaxLineLength)}
}

// openWith opens the line holding text (a key's prefill such as
// "decide "), or, with no text, what was kept from before. A key's
// prefill always starts afresh: a line kept from before (one that was
// refused, say) goes into the history rather than in front of the new one.
func (c *commandLine) openWith(text string) {
	cur := c.input.Value()
	if text != "" {
		if strings.TrimSpace(cur) != "" && cur != text {
			c.remember(cur)
		}
		cur = text
	}
	c.open = true
	c.input.SetValue(cur)
	c.input.CursorEnd()
	c.input.Focus()
	c.hist = len(c.history)
	c.hint = ""
	c.kept = text == "" && cur != "" && c.err == ""
	if c.kept {
		c.hint = keptHint
	}
}

// keptHint is shown when the line opens with what was typed before.
const keptHint = "kept from before: enter does it, typing replaces it, ← or backspace edits it"

// errHint is shown under an error: the line is still open, as typed.
const errHint = "the line is kept: fix it and press enter · ctrl+u clears it · esc closes it"

func (c *commandLine) close() {
	c.open, c.kept = false, false
	c.input.Blur()
	c.err, c.hint, c.cycling = "", "", false
}

func (c *commandLine) value() string { return c.input.Value() }

// field is the line's text field.
func (c *commandLine) field() *field { return &c.input }

// restyle gives the line new styles (a theme switched).
func (c *commandLine) restyle(s *Styles) { c.input.restyle(s) }

func (c *commandLine) remember(line string) {
	line = strings.TrimSpace(line)
	if line == "" || meeting.Secret(line) {
		// A secret ballot is never kept: nobody at this keyboard later
		// finds, with ↑, who someone voted for.
		return
	}
	if n := len(c.history); n == 0 || c.history[n-1] != line {
		c.history = append(c.history, line)
	}
	if len(c.history) > 200 {
		c.history = c.history[len(c.history)-200:]
	}
	c.hist = len(c.history)
}

// submitted is what the root does after a line is carried out: on success
// the line goes into the history and the command line closes; on error
// the line closes too, so that the next key is a key and not more text,
// and is kept as typed: ":" brings it back to be fixed.
func (c *commandLine) submitted(err error) {
	if err != nil {
		c.close()
		return
	}
	c.remember(c.input.Value())
	c.input.SetValue("")
	c.close()
}

// update handles a key while the line is open. It returns the line to
// carry out when enter is pressed.
func (c *commandLine) update(msg tea.KeyMsg, st *meeting.State, role meeting.Role) (submit string, cmd tea.Cmd) {
	kept := c.kept
	c.kept = false
	switch {
	case key.Matches(msg, c.keys.Submit):
		c.cycling = false
		line := strings.TrimSpace(c.input.Value())
		if line == "" {
			c.close()
			return "", nil
		}
		return line, nil
	case key.Matches(msg, c.keys.Cancel):
		c.close()
		return "", nil
	case key.Matches(msg, c.keys.Complete):
		c.tab(st, role, 1)
		return "", nil
	case key.Matches(msg, c.keys.Back):
		c.tab(st, role, -1)
		return "", nil
	case key.Matches(msg, c.keys.Older):
		c.cycling = false
		if c.hist > 0 {
			if c.hist == len(c.history) {
				c.pending = c.input.Value()
			}
			c.hist--
			c.input.SetValue(c.history[c.hist])
			c.input.CursorEnd()
		}
		return "", nil
	case key.Matches(msg, c.keys.Newer):
		c.cycling = false
		if c.hist < len(c.history) {
			c.hist++
			if c.hist == len(c.history) {
				c.input.SetValue(c.pending)
			} else {
				c.input.SetValue(c.history[c.hist])
			}
			c.input.CursorEnd()
		}
		return "", nil
	}
	c.cycling = false
	c.hint = ""
	if kept && msg.Type == tea.KeyRunes && !msg.Alt {
		// A new command typed over the kept line: the old one is in the
		// history (↑), not in front of the new one.
		c.remember(c.input.Value())
		c.input.SetValue("")
	}
	before := c.input.Value()
	if msg.Type == tea.KeyRunes && before == "" {
		// The line is open already: a ":" typed (or pasted) at its
		// start is the habit of opening it, not part of the command.
		msg.Runes = []rune(strings.TrimLeft(string(msg.Runes), ":"))
		if len(msg.Runes) == 0 {
			return "", nil
		}
	}
	cmd = c.input.Update(msg)
	if c.input.Value() != before {
		c.err = ""
	}
	return "", cmd
}

// tab completes the word being typed: one candidate is put in at once;
// with several, tab and shift+tab go through them and the hint lists them.
func (c *commandLine) tab(st *meeting.State, role meeting.Role, dir int) {
	if !c.cycling {
		c.comp = complete(c.input.Value(), st, role, c.host)
		c.compIdx = -1
		if dir < 0 {
			c.compIdx = 0
		}
	}
	items := c.comp.items
	switch len(items) {
	case 0:
		c.hint = "nothing to complete here"
		c.cycling = false
		return
	case 1:
		c.set(c.comp.base + items[0].text)
		c.hint = items[0].label
		c.cycling = false
		return
	}
	c.cycling = true
	c.compIdx = (c.compIdx + dir + len(items)) % len(items)
	c.set(c.comp.base + items[c.compIdx].text)
	labels := make([]string, len(items))
	for i, it := range items {
		labels[i] = it.label
		if i == c.compIdx {
			labels[i] = "▸" + it.label
		}
	}
	c.hint = "tab: " + strings.Join(labels, " · ")
}

func (c *commandLine) set(v string) {
	c.input.SetValue(v)
	c.input.CursorEnd()
	c.err = ""
}

// view draws the open line: the error (if any) and the completion hint
// above the input.
func (c *commandLine) view(f frame, w int) []string {
	s := f.s
	var out []string
	if c.err != "" {
		for i, l := range wrap("✗ "+c.err, w) {
			if i == 2 {
				break
			}
			out = append(out, s.StatusErr.Render(l))
		}
		out = append(out, s.Hint.Render(trunc(errHint, w)))
	}
	if c.hint != "" {
		out = append(out, s.Hint.Render(trunc(c.hint, w)))
	}
	return append(out, trunc(c.input.View(max(w-width(c.input.prompt)-1, 1)), w))
}
