package tui

import (
	"errors"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/roster"
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
		Next:   key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab", "complete/next")),
		Prev:   key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab", "back")),
		Submit: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next, then save")),
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
	fields [fieldCount]field
	focus  int
	err    string
	hint   string

	comp    []candidate
	compIdx int
	cycling bool
	// suggest is what a field most likely meant, asked about in err: enter
	// again, with the field as it was, takes it (Mair Jones for "jon",
	// 31/01/2027 for "31 Jan").
	suggest [fieldCount]string
	asked   [fieldCount]string // the field's value when it was asked about
}

func newActionForm(s *Styles) actionForm {
	f := actionForm{keys: DefaultFormKeys()}
	placeholders := [fieldCount]string{"a name: tab completes", "a date like 31/01/2027", "what is to be done"}
	for i := range f.fields {
		f.fields[i] = newField(s, "", placeholders[i], meeting.MaxLineLength/2)
	}
	return f
}

// start opens the form. The due date is offered as the next meeting's,
// when the agenda gives it, as a placeholder: left empty it is taken, and
// anything typed replaces it (never added to it).
func (f *actionForm) start(st *meeting.State) {
	f.open = true
	f.err, f.hint = "", ""
	f.fields[fieldDue].SetPlaceholder("a date like 31/01/2027, or next meeting")
	if next := st.Setup.Agenda.Next; !next.IsZero() {
		f.fields[fieldDue].SetPlaceholder("next meeting (" + config.LongDate(next.In(st.Location())) + "), or a date like 31/01/2027")
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

// field is the text field that has the keys.
func (f *actionForm) field() *field { return &f.fields[f.focus] }

// restyle gives the form's fields new styles (a theme switched).
func (f *actionForm) restyle(s *Styles) {
	for i := range f.fields {
		f.fields[i].restyle(s)
	}
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
		if sug := f.suggest[f.focus]; sug != "" && f.fields[f.focus].Value() == f.asked[f.focus] {
			// Asked "did you mean ...?", enter again says yes.
			f.fields[f.focus].SetValue(sug)
			f.fields[f.focus].CursorEnd()
		}
		f.suggest[f.focus] = ""
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
	cmd = f.fields[f.focus].Update(msg)
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

// checkField says what is wrong with one field, or "". A name or a date
// that most likely meant something else is asked about: enter again
// takes what it suggests.
func (f *actionForm) checkField(i int, st *meeting.State) string {
	v := strings.TrimSpace(f.fields[i].Value())
	switch i {
	case fieldOwner:
		if v == "" {
			return "Who will do it? Type a name (tab completes)."
		}
		if _, err := st.Roster.Find(v); err != nil {
			var u *roster.UnsureError
			if errors.As(err, &u) {
				f.ask(i, u.Person.ID)
				return "Who will do it: did you mean " + u.Person.Name + "? Press enter for " + u.Person.Name + ", or type the name."
			}
			return "Who will do it: " + err.Error()
		}
	case fieldDue:
		next := st.Setup.Agenda.Next
		if v == "" || config.IsNextMeeting(v) {
			if next.IsZero() {
				return "By when? The agenda does not say when the next meeting is: type a date, like 31/01/2027."
			}
			return ""
		}
		day := st.Opened.In(st.Location())
		today := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
		due, err := config.ParseDate(v, today)
		if err != nil {
			var de *config.DateError
			if errors.As(err, &de) && !de.Suggest.IsZero() {
				f.ask(i, de.Suggest.Format("02/01/2006"))
				return "By when: " + err.Error() + " Press enter for " + config.LongDate(de.Suggest) + ", or type the date."
			}
			return "By when: " + err.Error()
		}
		if due.Before(today) {
			return "By when: " + config.LongDate(due) + " is before the meeting; give a date from today on."
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
	due := strings.TrimSpace(v[fieldDue])
	if due == "" {
		due = "next meeting"
	}
	return "action " + p.ID + " by " + due + ": " + strings.TrimSpace(v[fieldText])
}

// ask remembers what field i most likely meant, for enter to take.
func (f *actionForm) ask(i int, suggestion string) {
	f.suggest[i], f.asked[i] = suggestion, f.fields[i].Value()
}

// minFieldWidth is the least room a field beside its label is given
// before the form puts the field being typed in under its label.
const minFieldWidth = 12

// view draws the form in a box w columns wide.
func (f *actionForm) view(fr frame, w int) []string {
	s := fr.s
	inner := max(w-4, 10)
	labelW := 16
	var lines []string
	lines = append(lines, s.Bold.Render("New action for item "+itoa(fr.st.Item)))
	// On a narrow screen a label beside its field would leave the field
	// no room: the field being typed in goes under its label, and the
	// others follow their labels as far as they fit.
	narrow := inner < labelW+2+minFieldWidth
	for i := range f.fields {
		lbl := s.Field.Render(pad(fieldLabel(i), labelW))
		mark := "  "
		if i == f.focus {
			lbl = s.Focus.Render(pad(fieldLabel(i), labelW))
			mark = s.Focus.Render("▸ ")
		}
		switch {
		case narrow && i == f.focus:
			lines = append(lines, trunc(mark+s.Focus.Render(fieldLabel(i)), inner),
				trunc("  "+f.fields[i].View(max(inner-3, 4)), inner))
		case narrow:
			lines = append(lines, trunc(mark+s.Field.Render(fieldLabel(i)+": ")+f.fields[i].View(max(inner-len(fieldLabel(i))-5, 4)), inner))
		default:
			lines = append(lines, trunc(mark+lbl+f.fields[i].View(max(inner-labelW-3, 4)), inner))
		}
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
