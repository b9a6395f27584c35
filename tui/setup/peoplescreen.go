package setup

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/roster"
)

// PeopleKeyMap is every key the people screen answers while no form is
// open; the help line is made from it.
type PeopleKeyMap struct {
	Up          key.Binding
	Down        key.Binding
	Add         key.Binding
	Edit        key.Binding
	Retire      key.Binding
	ShowRetired key.Binding
	Help        key.Binding
	Close       key.Binding
}

// DefaultPeopleKeyMap is the people screen's keys.
func DefaultPeopleKeyMap() PeopleKeyMap {
	return PeopleKeyMap{
		Up:          key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑", "up")),
		Down:        key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", "down")),
		Add:         key.NewBinding(key.WithKeys("a", "+"), key.WithHelp("a", "add someone")),
		Edit:        key.NewBinding(key.WithKeys("enter", "e"), key.WithHelp("enter", "change details")),
		Retire:      key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "retire / bring back")),
		ShowRetired: key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "show retired")),
		Help:        key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
		Close:       key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "done")),
	}
}

// ShortHelp is the help line.
func (k PeopleKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Add, k.Edit, k.Retire, k.ShowRetired, k.Close, k.Help}
}

// FullHelp is the help shown with ?.
func (k PeopleKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down}, {k.Add, k.Edit, k.Retire}, {k.ShowRetired, k.Help, k.Close}}
}

// People is the people screen: the group's members, one a line, and a
// form for adding someone, changing someone's details or retiring
// someone. Each change is saved at once (PeopleBook.Put) and the screen
// says what was written.
type People struct {
	book    *PeopleBook
	keys    PeopleKeyMap
	help    help.Model
	styles  Styles
	onClose tea.Cmd

	cursor      int // the roster index of the selected person
	showRetired bool

	host      formHost
	draft     *PersonDraft
	step      int  // which of the draft's forms is open
	editing   int  // the person being changed, -1 for someone new
	retiring  bool // the open form is the retire question
	retireYes bool

	status    string
	statusBad bool
	width     int
	height    int
}

// NewPeople returns the people screen for book.
func NewPeople(book *PeopleBook, opts Options) *People {
	return &People{book: book, keys: DefaultPeopleKeyMap(), help: help.New(), styles: NewStyles(opts.Renderer),
		onClose: opts.closeCmd(), editing: -1}
}

// Init starts nothing.
func (m *People) Init() tea.Cmd { return nil }

// rows are the roster indices of the people shown, in file order.
func (m *People) rows() []int {
	var out []int
	for i, p := range m.book.People() {
		if m.showRetired || !p.Retired {
			out = append(out, i)
		}
	}
	return out
}

// selected is the roster index of the selected person, or -1 when no one
// is shown. When the selected person is no longer shown (they retired),
// the nearest person shown before them is selected, or else the first.
func (m *People) selected() int {
	rows := m.rows()
	if len(rows) == 0 {
		return -1
	}
	best := rows[0]
	for _, i := range rows {
		if i <= m.cursor {
			best = i
		}
	}
	m.cursor = best
	return best
}

// move selects the person shown by before or after the selected one.
func (m *People) move(by int) {
	rows := m.rows()
	sel := m.selected()
	for at, i := range rows {
		if i == sel {
			m.cursor = rows[max(0, min(len(rows)-1, at+by))]
			return
		}
	}
}

// Update handles a message.
func (m *People) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		m.width, m.height = ws.Width, ws.Height
		m.help.Width = ws.Width
	}
	if m.host.active() {
		res, cmd := m.host.update(msg)
		switch res {
		case formDone:
			return m, tea.Batch(m.formDone(), m.host.leftover())
		case formCancelled:
			m.draft, m.retiring = nil, false
			m.say("Nothing was changed.", false)
		}
		return m, tea.Batch(cmd, m.host.leftover())
	}
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	switch {
	case key.Matches(k, m.keys.Up):
		m.move(-1)
	case key.Matches(k, m.keys.Down):
		m.move(1)
	case key.Matches(k, m.keys.Add):
		return m, m.openDraft(-1)
	case key.Matches(k, m.keys.Edit):
		if i := m.selected(); i >= 0 {
			return m, m.openDraft(i)
		}
	case key.Matches(k, m.keys.Retire):
		if i := m.selected(); i >= 0 {
			return m, m.openRetire(i)
		}
	case key.Matches(k, m.keys.ShowRetired):
		m.showRetired = !m.showRetired
		if m.showRetired {
			m.keys.ShowRetired.SetHelp("v", "hide retired")
		} else {
			m.keys.ShowRetired.SetHelp("v", "show retired")
		}
	case key.Matches(k, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
	case key.Matches(k, m.keys.Close):
		return m, m.onClose
	}
	return m, nil
}

// openDraft opens the first form for person i (-1: someone new).
func (m *People) openDraft(i int) tea.Cmd {
	m.editing = i
	if i >= 0 {
		m.draft = NewPersonDraft(m.book.People()[i], m.book.Others(i))
	} else {
		m.draft = NewPersonDraft(roster.Person{}, m.book.Others(-1))
	}
	m.step = 0
	m.status = ""
	return m.host.open(m.draft.Steps()[0](false), m.width)
}

// openRetire asks before retiring person i or bringing them back.
func (m *People) openRetire(i int) tea.Cmd {
	p := m.book.People()[i]
	title := fmt.Sprintf("Retire %s? They stay in past meetings' records but leave the list of members.", p.Name)
	if p.Retired {
		title = fmt.Sprintf("Bring %s back onto the list of members?", p.Name)
	}
	m.editing, m.retiring, m.retireYes, m.status = i, true, false, ""
	return m.host.open(huh.NewForm(huh.NewGroup(huh.NewConfirm().Title(title).Affirmative("Yes").Negative("No").Value(&m.retireYes))), m.width)
}

// formDone moves on when a form is finished: to the draft's next form, or
// to saving.
func (m *People) formDone() tea.Cmd {
	if m.retiring {
		m.retiring = false
		if !m.retireYes {
			m.say("Nothing was changed.", false)
			return nil
		}
		p := m.book.People()[m.editing]
		msg, err := m.book.SetRetired(m.editing, !p.Retired)
		m.report(msg, err)
		return nil
	}
	m.step++
	if steps := m.draft.Steps(); m.step < len(steps) {
		return m.host.open(steps[m.step](false), m.width)
	}
	p := m.draft.Person()
	m.draft = nil
	if strings.TrimSpace(p.Name) == "" {
		m.report("", errors.New("every person needs a name"))
		return nil
	}
	msg, err := m.book.Put(m.editing, p)
	m.report(msg, err)
	if err == nil && m.editing < 0 {
		m.cursor = len(m.book.People()) - 1 // the new person, at the end
	}
	return nil
}

// report shows what saving did.
func (m *People) report(msg string, err error) {
	if err != nil {
		m.say("Not saved: "+err.Error(), true)
		return
	}
	m.say(msg, false)
}

// say sets the status line.
func (m *People) say(s string, bad bool) { m.status, m.statusBad = s, bad }

// Status is the last thing the screen said (what was saved, or why not).
func (m *People) Status() string { return m.status }

// View draws the screen.
func (m *People) View() string {
	var b strings.Builder
	b.WriteString(m.styles.Title.Render("The group's people") + m.styles.Dim.Render("  "+m.book.Path) + "\n\n")
	if m.host.active() {
		b.WriteString(m.host.view())
		return b.String()
	}
	people := m.book.People()
	rows := m.rows()
	if len(rows) == 0 {
		b.WriteString("No members yet. Press a to add someone.\n")
	}
	sel := m.selected()
	for _, i := range rows {
		line := personLine(people[i])
		if i == sel {
			b.WriteString(m.styles.Selected.Render("▶ "+line) + "\n")
		} else {
			b.WriteString("  " + m.styles.Normal.Render(line) + "\n")
		}
	}
	active, retired := 0, 0
	for _, p := range people {
		if p.Retired {
			retired++
		} else {
			active++
		}
	}
	b.WriteString("\n" + m.styles.Dim.Render(fmt.Sprintf("%d %s; %d retired.", active, prose.Plural(active, "member", "members"), retired)) + "\n")
	if m.status != "" {
		st := m.styles.OK
		if m.statusBad {
			st = m.styles.Error
		}
		b.WriteString(st.Render(m.status) + "\n")
	}
	b.WriteString("\n" + m.help.View(m.keys))
	return b.String()
}

// PeopleFolder opens the people screen for the group folder dir.
func PeopleFolder(dir string, opts Options) (*People, error) {
	book, err := OpenPeople(dir, nil)
	if err != nil {
		return nil, fmt.Errorf("open the people of %s: %w", filepath.Clean(dir), err)
	}
	return NewPeople(book, opts), nil
}
