package tui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// PickKeys are the keys of a list to pick from.
type PickKeys struct {
	Up, Down key.Binding
	Choose   key.Binding // enter: the main thing (the item; correct the entry)
	Other    key.Binding // a second thing, when there is one (strike the entry)
	Cancel   key.Binding
}

// ShortHelp is the help line while picking.
func (k PickKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Choose, k.Other, k.Up, k.Down, k.Cancel}
}

// FullHelp is the same keys in one column.
func (k PickKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// pickOption is one thing to pick: what it says, and its value.
type pickOption struct {
	number int // typed to jump to it (an item's number), or 0
	label  string
	value  string
	text   string // an entry's words, put in the line to correct it
}

// picker is a list to pick one thing from, with ↑/↓ (or the thing's
// number) and enter: the item a declaration of interest is about, or the
// entry of the record to correct or strike. Nothing is typed into it, so
// keys arriving in a burst cannot be taken for text.
type picker struct {
	keys    PickKeys
	open    bool
	purpose string // pickItem or pickEntry
	title   string
	options []pickOption
	cursor  int
	typed   string // digits typed so far
	// pickItem: the declaration waiting for its item, before and after
	// the item's number.
	line, rest string
}

// What a picker is for.
const (
	pickItem  = "item"
	pickEntry = "entry"
)

func (p *picker) start(purpose, title string, options []pickOption, keys PickKeys) {
	*p = picker{keys: keys, open: true, purpose: purpose, title: title, options: options}
}

// update moves the cursor, or says what was picked: choice is "choose" or
// "other", with the option's value.
func (p *picker) update(msg tea.KeyMsg) (choice, value string) {
	switch {
	case key.Matches(msg, p.keys.Cancel):
		p.open = false
		return "cancel", ""
	case key.Matches(msg, p.keys.Up):
		p.cursor = max(p.cursor-1, 0)
	case key.Matches(msg, p.keys.Down):
		p.cursor = min(p.cursor+1, len(p.options)-1)
	case key.Matches(msg, p.keys.Choose) && len(p.options) > 0:
		p.open = false
		return "choose", p.options[p.cursor].value
	case p.keys.Other.Enabled() && key.Matches(msg, p.keys.Other) && len(p.options) > 0:
		p.open = false
		return "other", p.options[p.cursor].value
	case msg.Type == tea.KeyRunes && len(msg.Runes) == 1 && msg.Runes[0] >= '0' && msg.Runes[0] <= '9':
		p.jump(string(msg.Runes))
	}
	return "", ""
}

// jump moves to the option numbered as the digits typed so far.
func (p *picker) jump(d string) {
	for _, typed := range []string{p.typed + d, d} {
		n, _ := strconv.Atoi(typed)
		for i, o := range p.options {
			if o.number == n && n > 0 {
				p.cursor, p.typed = i, typed
				return
			}
		}
	}
	p.typed = ""
}

func (p *picker) view(f frame, w, h int) []string {
	s := f.s
	inner := max(w-4, 10)
	lines := styleLines(s.Bold.Render, wrap(p.title, inner))
	rows := max(h-len(lines)-4, 3)
	start := min(max(p.cursor-rows/2, 0), max(len(p.options)-rows, 0))
	for i := start; i < len(p.options) && i < start+rows; i++ {
		mark := "  "
		if i == p.cursor {
			mark = s.Focus.Render("▸ ")
		}
		for j, l := range wrap(p.options[i].label, inner-2) {
			if j > 0 {
				mark = "  "
			}
			if i == p.cursor {
				l = s.Focus.Render(l)
			}
			lines = append(lines, mark+l)
		}
	}
	if len(p.options) == 0 {
		lines = append(lines, s.Dim.Render("Nothing to pick."))
	}
	for i := range lines {
		lines[i] = pad(lines[i], inner)
	}
	return strings.Split(s.Dialog.Render(strings.Join(lines, "\n")), "\n")
}

// itemKeys pick an agenda item.
func itemKeys() PickKeys {
	return PickKeys{
		Up:     key.NewBinding(key.WithKeys("up"), key.WithHelp("↑", "up")),
		Down:   key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", "down")),
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "this item")),
		Other:  key.NewBinding(key.WithDisabled()),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
	}
}

// entryKeys pick an entry of the record to correct or strike.
func entryKeys() PickKeys {
	return PickKeys{
		Up:     key.NewBinding(key.WithKeys("up"), key.WithHelp("↑", "up")),
		Down:   key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", "down")),
		Choose: key.NewBinding(key.WithKeys("enter", "c"), key.WithHelp("enter", "correct")),
		Other:  key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "strike")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
	}
}

// entryValue is how an entry is named in a command: "note 3".
func entryValue(kind string, n int) string { return kind + " " + strconv.Itoa(n) }

// entryText is an entry's words, from its value.
func entryText(options []pickOption, value string) string {
	for _, o := range options {
		if o.value == value {
			return o.text
		}
	}
	return ""
}
