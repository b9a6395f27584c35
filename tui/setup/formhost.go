package setup

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// formHost runs one huh form at a time inside a screen: it passes
// messages on while the form is open and says when it has been finished
// or left.
type formHost struct {
	form *huh.Form
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
	f = f.WithTheme(formTheme(false)).WithKeyMap(formKeys()).WithShowHelp(true)
	if width > 0 {
		f = f.WithWidth(min(width, 100))
	}
	h.form = f
	return f.Init()
}

// active reports whether a form is open.
func (h *formHost) active() bool { return h.form != nil }

// update passes msg to the open form.
func (h *formHost) update(msg tea.Msg) (formResult, tea.Cmd) {
	m, cmd := h.form.Update(burstsAreText(nil, msg))
	if f, ok := m.(*huh.Form); ok {
		h.form = f
	}
	switch h.form.State {
	case huh.StateCompleted:
		h.form = nil
		return formDone, nil
	case huh.StateAborted:
		h.form = nil
		return formCancelled, nil
	}
	return formOpen, cmd
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
