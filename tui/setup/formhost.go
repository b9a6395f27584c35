package setup

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// formHost runs one huh form at a time inside a screen: it passes
// messages on while the form is open and says when it has been finished
// or left.
//
// huh moves to another field by a command whose message comes after the
// keys already read: keys typed ahead of the move (by a quick typist, by
// tmux, over a slow link) would land in the field just left ("Siân
// DaviesCarers Trust"). So after a key that moves, the host holds the
// keys that follow until the form has moved on, then passes them on, to
// the field they were typed for. A move that does not happen (an answer
// its field refuses) lets them go after holdFor.
type formHost struct {
	form   *huh.Form
	keys   *huh.KeyMap
	moving bool      // a key that moves was passed on; the form has not moved yet
	from   huh.Field // the field it was pressed in
	held   []tea.Msg // keys typed meanwhile, in order
	gen    int       // counts the moves, so a late formRelease is known
}

// holdFor is how long keys typed after a move may wait for it: far longer
// than a move takes, short enough not to be noticed if it never comes.
const holdFor = 250 * time.Millisecond

// formRelease lets held keys go if move gen has not come by then.
type formRelease struct {
	host *formHost
	gen  int
}

// formResult is what happened to the hosted form after a message.
type formResult int

const (
	formOpen      formResult = iota // still being filled in
	formDone                        // finished: its values are set
	formCancelled                   // left with esc or ctrl+c
)

// open shows f, full width, and returns its first command.
func (h *formHost) open(f *huh.Form, width int) tea.Cmd {
	h.keys = formKeys()
	f = f.WithTheme(formTheme(false)).WithKeyMap(h.keys).WithShowHelp(true)
	if width > 0 {
		f = f.WithWidth(min(width, 100))
	}
	h.form, h.moving = f, false
	init := f.Init()
	// Keys typed ahead of the form before (a form that leads to this
	// one) are this one's.
	_, cmd := h.release(formOpen, init)
	return cmd
}

// active reports whether a form is open.
func (h *formHost) active() bool { return h.form != nil }

// update passes msg to the open form, or holds it while a move to
// another field is under way. Keys still held when the form ends are
// kept for the next form, or for the screen (leftover).
func (h *formHost) update(msg tea.Msg) (formResult, tea.Cmd) {
	if r, ok := msg.(formRelease); ok {
		if r.host != h || r.gen != h.gen || !h.moving {
			return formOpen, nil
		}
		h.moving = false
		return h.release(formOpen, nil)
	}
	if _, ok := msg.(tea.KeyMsg); ok && h.moving {
		h.held = append(h.held, msg)
		return formOpen, nil
	}
	res, cmd := h.pass(msg)
	return h.release(res, cmd)
}

// release passes on the keys held, once nothing is moving, until the
// form ends; the rest stay held.
func (h *formHost) release(res formResult, cmd tea.Cmd) (formResult, tea.Cmd) {
	if h.moving || len(h.held) == 0 {
		return res, cmd
	}
	cmds := []tea.Cmd{cmd}
	for len(h.held) > 0 && res == formOpen && !h.moving {
		k := h.held[0]
		h.held = h.held[1:]
		res, cmd = h.pass(k)
		cmds = append(cmds, cmd)
	}
	return res, tea.Batch(cmds...)
}

// leftover gives back, once no form is open, the keys typed ahead of a
// form that then ended: the screen's, in order. The next form a screen
// opens at once takes them itself (see open).
func (h *formHost) leftover() tea.Cmd {
	if h.form != nil || len(h.held) == 0 {
		return nil
	}
	cmds := make([]tea.Cmd, len(h.held))
	for i, k := range h.held {
		cmds[i] = func() tea.Msg { return k }
	}
	h.held = nil
	return tea.Sequence(cmds...)
}

// pass gives msg to the form and keeps track of a move: started by a key
// that moves (and did something), over once the focus has left the field
// it was pressed in.
func (h *formHost) pass(msg tea.Msg) (formResult, tea.Cmd) {
	from := h.form.GetFocusedField()
	m, cmd := h.form.Update(burstsAreText(nil, msg))
	if f, ok := m.(*huh.Form); ok {
		h.form = f
	}
	switch h.form.State {
	case huh.StateCompleted:
		h.form, h.moving = nil, false
		return formDone, cmd
	case huh.StateAborted:
		h.form, h.moving = nil, false
		return formCancelled, cmd
	}
	if k, ok := msg.(tea.KeyMsg); ok && cmd != nil && h.moves(k) {
		h.moving, h.from = true, from
		h.gen++
		gen := h.gen
		return formOpen, tea.Batch(cmd, tea.Tick(holdFor, func(time.Time) tea.Msg { return formRelease{host: h, gen: gen} }))
	}
	if h.moving && h.form.GetFocusedField() != h.from {
		h.moving = false
	}
	return formOpen, cmd
}

// moves reports whether k is a key that takes the form to another field
// (or to its end). A confirm's y and n move too, but are letters that
// every text field also takes, and the keymap is one for every field:
// they are left out, and what is typed after them goes as it always did.
func (h *formHost) moves(k tea.KeyMsg) bool {
	km := h.keys
	return key.Matches(k,
		km.Input.Next, km.Input.Prev, km.Input.Submit,
		km.Text.Next, km.Text.Prev, km.Text.Submit,
		km.Select.Next, km.Select.Prev, km.Select.Submit,
		km.MultiSelect.Next, km.MultiSelect.Prev, km.MultiSelect.Submit,
		km.Confirm.Next, km.Confirm.Prev, km.Confirm.Submit,
		km.Note.Next, km.Note.Prev, km.Note.Submit)
}

// view draws the open form.
func (h *formHost) view() string {
	if h.form == nil {
		return ""
	}
	return h.form.View()
}

// burstsAreText marks runes that arrive together (dictation, a braille
// display, a paste without bracketed paste, a slow link) as pasted, so
// that no key binding takes a word such as "tab" or "enter" typed in one
// read for that key: key bindings compare a key's name with the runes,
// and never match pasted text. It is a tea.WithFilter filter.
func burstsAreText(_ tea.Model, msg tea.Msg) tea.Msg {
	if k, ok := msg.(tea.KeyMsg); ok && k.Type == tea.KeyRunes && len(k.Runes) > 1 {
		k.Paste = true
		return k
	}
	return msg
}

// hostedForm runs one form as a program of its own, through a formHost.
type hostedForm struct {
	host   formHost
	form   *huh.Form
	result formResult // formDone or formCancelled, once it has ended
}

func (m *hostedForm) Init() tea.Cmd { return m.host.open(m.form, 0) }

func (m *hostedForm) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	res, cmd := m.host.update(msg)
	if res != formOpen {
		m.result = res
		return m, tea.Quit
	}
	return m, cmd
}

func (m *hostedForm) View() string { return m.host.view() }
