package tui

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/gyda/gyda/meeting"
)

// FormKeys are the action form's keys.
type FormKeys struct {
	Next   key.Binding // next field (tab completes the owner first)
	Prev   key.Binding
	Submit key.Binding // next field; on the last, save
	Cancel key.Binding
}

// DefaultFormKeys are the action form's keys.
func DefaultFormKeys() FormKeys {
	return FormKeys{
		Next:   key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab", "complete / next field")),
		Prev:   key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab", "back a field")),
		Submit: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next field, then save")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
	}
}

// ShortHelp is the help line while the form is open.
func (k FormKeys) ShortHelp() []key.Binding { return []key.Binding{k.Submit, k.Next, k.Cancel, k.Prev} }

// FullHelp is the same keys in one column.
func (k FormKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

const (
	fieldOwner = iota
	fieldDue
	fieldText
	fieldCount
)

func fieldLabel(i int) string {
	return [fieldCount]string{"Who will do it", "By when", "What"}[i]
}

// actionForm asks for an action's owner, due date and what is to be done,
// checks each, and turns them into "action OWNER by DATE: TEXT".
type actionForm struct {
	keys   FormKeys
	open   bool
	fields [fieldCount]textinput.Model
	focus  int
	err    string
	hint   string

	comp    []candidate
	compIdx int
	cycling bool
}

func newActionForm(s *Styles) actionForm {
	f := actionForm{keys: DefaultFormKeys()}
	placeholders := [fieldCount]string{"a name: tab completes", "YYYY-MM-DD", "what is to be done"}
	for i := range f.fields {
		ti := textinput.New()
		ti.Prompt = ""
		ti.TextStyle = s.Input.Style
		ti.PlaceholderStyle = s.Hint.Style
		ti.CompletionStyle = s.Hint.Style
		ti.Cursor.Style = s.Cursor.Style
		ti.Cursor.TextStyle = s.Input.Style
		ti.Cursor.SetMode(cursor.CursorStatic)
		ti.CharLimit = meeting.MaxLineLength / 2
		ti.Placeholder = placeholders[i]
		ti.KeyMap.AcceptSuggestion = key.NewBinding(key.WithDisabled())
		ti.KeyMap.NextSuggestion = key.NewBinding(key.WithDisabled())
		ti.KeyMap.PrevSuggestion = key.NewBinding(key.WithDisabled())
		f.fields[i] = ti
	}
	return f
}

// start opens the form, the due date offered as the next meeting's date
// when the agenda gives one.
func (f *actionForm) start(st *meeting.State) {
	f.open = true
	f.err, f.hint = "", ""
	if f.fields[fieldDue].Value() == "" {
		if next := st.Setup.Agenda.Next; !next.IsZero() {
			f.fields[fieldDue].SetValue(next.In(st.Location()).Format("2006-01-02"))
		}
	}
	f.focusOn(fieldOwner)
}

func (f *actionForm) focusOn(i int) {
	for j := range f.fields {
		f.fields[j].Blur()
	}
	f.focus = i
	f.fields[i].Focus()
	f.fields[i].CursorEnd()
}

func (f *actionForm) close() {
	f.open = false
	for j := range f.fields {
		f.fields[j].Blur()
	}
	f.cycling = false
}

// clear empties the form after an action is recorded.
func (f *actionForm) clear() {
	for j := range f.fields {
		f.fields[j].SetValue("")
	}
	f.err, f.hint = "", ""
	f.close()
}

func (f *actionForm) values() [fieldCount]string {
	var v [fieldCount]string
	for i := range f.fields {
		v[i] = f.fields[i].Value()
	}
	return v
}

func (f *actionForm) setValues(v [fieldCount]string) {
	for i := range f.fields {
		f.fields[i].SetValue(v[i])
	}
}

// update handles a key; it returns the command line to carry out when
// the form is complete and valid.
func (f *actionForm) update(msg tea.KeyMsg, st *meeting.State) (line string, cmd tea.Cmd) {
	switch {
	case key.Matches(msg, f.keys.Cancel):
		f.close()
		return "", nil
	case msg.String() == "tab" && f.focus == fieldOwner && f.completeOwner(st):
		return "", nil
	case key.Matches(msg, f.keys.Next):
		f.cycling = false
		f.focusOn((f.focus + 1) % fieldCount)
		return "", nil
	case key.Matches(msg, f.keys.Prev):
		f.cycling = false
		f.focusOn((f.focus + fieldCount - 1) % fieldCount)
		return "", nil
	case key.Matches(msg, f.keys.Submit):
		f.cycling = false
		if f.focus < fieldText {
			if msg := f.checkField(f.focus, st); msg != "" {
				f.err = msg
				return "", nil
			}
			f.err = ""
			f.focusOn(f.focus + 1)
			return "", nil
		}
		return f.submit(st), nil
	}
	f.cycling = false
	f.hint = ""
	before := f.fields[f.focus].Value()
	f.fields[f.focus], cmd = f.fields[f.focus].Update(msg)
	if f.fields[f.focus].Value() != before {
		f.err = ""
	}
	return "", cmd
}

// completeOwner completes the owner's name; it reports false when there is
// nothing to complete, so tab moves on to the next field.
func (f *actionForm) completeOwner(st *meeting.State) bool {
	typed := f.fields[fieldOwner].Value()
	if !f.cycling {
		if _, ok := st.Roster.Get(typed); ok && typed != "" {
			return false
		}
		f.comp = completeName(typed, st, meeting.VerbAction)
		f.compIdx = -1
	}
	switch len(f.comp) {
	case 0:
		f.hint = "no one in the roster starts like that"
		return true
	case 1:
		f.fields[fieldOwner].SetValue(f.comp[0].text)
		f.fields[fieldOwner].CursorEnd()
		f.hint = f.comp[0].label
		return true
	}
	f.cycling = true
	f.compIdx = (f.compIdx + 1) % len(f.comp)
	f.fields[fieldOwner].SetValue(f.comp[f.compIdx].text)
	f.fields[fieldOwner].CursorEnd()
	labels := make([]string, len(f.comp))
	for i, c := range f.comp {
		labels[i] = c.label
		if i == f.compIdx {
			labels[i] = "▸" + c.label
		}
	}
	f.hint = strings.Join(labels, " · ")
	return true
}

// checkField says what is wrong with one field, or "".
func (f *actionForm) checkField(i int, st *meeting.State) string {
	v := strings.TrimSpace(f.fields[i].Value())
	switch i {
	case fieldOwner:
		if v == "" {
			return "Who will do it? Type a name (tab completes)."
		}
		if _, err := st.Roster.Find(v); err != nil {
			return "Who will do it: " + err.Error()
		}
	case fieldDue:
		due, err := time.Parse("2006-01-02", v)
		if err != nil {
			return "By when: write the date like 2026-12-31."
		}
		day := st.Opened.In(st.Location())
		today := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
		if due.Before(today) {
			return "By when: " + v + " is before the meeting; give a date from today on."
		}
	case fieldText:
		if v == "" {
			return "What is to be done? Type a few words."
		}
	}
	return ""
}

// submit checks every field and returns the command, or "" with the first
// problem shown and its field focused.
func (f *actionForm) submit(st *meeting.State) string {
	for i := range f.fields {
		if msg := f.checkField(i, st); msg != "" {
			f.err = msg
			f.focusOn(i)
			return ""
		}
	}
	v := f.values()
	p, _ := st.Roster.Find(strings.TrimSpace(v[fieldOwner]))
	return "action " + p.ID + " by " + strings.TrimSpace(v[fieldDue]) + ": " + strings.TrimSpace(v[fieldText])
}

// view draws the form in a box w columns wide.
func (f *actionForm) view(fr frame, w int) []string {
	s := fr.s
	inner := max(w-4, 10)
	labelW := 16
	var lines []string
	lines = append(lines, s.Bold.Render("New action for item "+itoa(fr.st.Item)))
	for i := range f.fields {
		lbl := s.Field.Render(pad(fieldLabel(i), labelW))
		mark := "  "
		if i == f.focus {
			lbl = s.Focus.Render(pad(fieldLabel(i), labelW))
			mark = s.Focus.Render("▸ ")
		}
		fi := f.fields[i]
		fi.Width = max(inner-labelW-3, 4)
		lines = append(lines, trunc(mark+lbl+fi.View(), inner))
	}
	if f.hint != "" {
		lines = append(lines, s.Hint.Render(trunc(f.hint, inner)))
	}
	if f.err != "" {
		for _, l := range wrap("✗ "+f.err, inner) {
			lines = append(lines, s.StatusErr.Render(l))
		}
	}
	if owner := strings.TrimSpace(f.fields[fieldOwner].Value()); owner != "" {
		if p, err := fr.st.Roster.Find(owner); err == nil {
			lines = append(lines, s.Dim.Render(trunc("Owner: "+p.Name, inner)))
		}
	}
	for i := range lines {
		lines[i] = pad(lines[i], inner)
	}
	return strings.Split(s.Dialog.Render(strings.Join(lines, "\n")), "\n")
}
