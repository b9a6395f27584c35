package tui

import (
	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

// field is a one-line text field (the command line, the action form's
// fields, the reflection), made the first time it is used: a text input
// costs a few kilobytes (its styles and keys), and most screens never
// type (three hundred remote screens would carry five each for nothing).
// Until then it is empty and not focused.
type field struct {
	prompt, placeholder string
	limit               int
	s                   *Styles
	ti                  *textinput.Model
}

func newField(s *Styles, prompt, placeholder string, limit int) field {
	return field{prompt: prompt, placeholder: placeholder, limit: limit, s: s}
}

// get makes the text input if it is not made yet.
func (f *field) get() *textinput.Model {
	if f.ti == nil {
		ti := textinput.New()
		ti.Prompt = f.prompt
		ti.Placeholder = f.placeholder
		ti.CharLimit = f.limit
		ti.Cursor.SetMode(cursor.CursorStatic)
		ti.KeyMap.AcceptSuggestion = key.NewBinding(key.WithDisabled())
		ti.KeyMap.NextSuggestion = key.NewBinding(key.WithDisabled())
		ti.KeyMap.PrevSuggestion = key.NewBinding(key.WithDisabled())
		f.ti = &ti
		f.restyle(f.s)
	}
	return f.ti
}

// restyle takes new styles (the theme changed).
func (f *field) restyle(s *Styles) {
	f.s = s
	if f.ti == nil {
		return
	}
	f.ti.PromptStyle = s.Prompt.Style
	f.ti.TextStyle = s.Input.Style
	f.ti.PlaceholderStyle = s.Hint.Style
	f.ti.CompletionStyle = s.Hint.Style
	f.ti.Cursor.Style = s.Cursor.Style
	f.ti.Cursor.TextStyle = s.Input.Style
}

// Value is what is typed.
func (f *field) Value() string {
	if f.ti == nil {
		return ""
	}
	return f.ti.Value()
}

// SetValue replaces what is typed.
func (f *field) SetValue(v string) {
	if f.ti == nil && v == "" {
		return
	}
	f.get().SetValue(v)
}

// SetPlaceholder sets what the field shows while it is empty.
func (f *field) SetPlaceholder(p string) {
	f.placeholder = p
	if f.ti != nil {
		f.ti.Placeholder = p
	}
}

// Focus gives the field the keys.
func (f *field) Focus() { f.get().Focus() }

// Blur takes the keys away.
func (f *field) Blur() {
	if f.ti != nil {
		f.ti.Blur()
	}
}

// CursorEnd moves the cursor to the end.
func (f *field) CursorEnd() {
	if f.ti != nil {
		f.ti.CursorEnd()
	}
}

// Update takes a key or a paste.
func (f *field) Update(msg tea.Msg) tea.Cmd {
	ti, cmd := f.get().Update(msg)
	*f.ti = ti
	return cmd
}

// View draws the field, its prompt and w columns for the text.
func (f *field) View(w int) string {
	ti := f.get()
	ti.Width = w
	return ti.View()
}
