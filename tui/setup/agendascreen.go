package setup

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/gyda/gyda/config"
)

// AgendaKeyMap is every key the agenda screen answers while no form is
// open; the help line is made from it.
type AgendaKeyMap struct {
	Up       key.Binding
	Down     key.Binding
	AddItem  key.Binding
	AddPaper key.Binding
	Change   key.Binding
	Remove   key.Binding
	MoveUp   key.Binding
	MoveDown key.Binding
	Details  key.Binding
	Save     key.Binding
	Help     key.Binding
	Close    key.Binding
}

// DefaultAgendaKeyMap is the agenda screen's keys.
func DefaultAgendaKeyMap() AgendaKeyMap {
	return AgendaKeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", "down")),
		AddItem:  key.NewBinding(key.WithKeys("a", "+"), key.WithHelp("a", "add item")),
		AddPaper: key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "add paper")),
		Change:   key.NewBinding(key.WithKeys("enter", "e"), key.WithHelp("enter", "change")),
		Remove:   key.NewBinding(key.WithKeys("x", "delete"), key.WithHelp("x", "remove")),
		MoveUp:   key.NewBinding(key.WithKeys("K", "shift+up"), key.WithHelp("K", "move up")),
		MoveDown: key.NewBinding(key.WithKeys("J", "shift+down"), key.WithHelp("J", "move down")),
		Details:  key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "date and place")),
		Save:     key.NewBinding(key.WithKeys("s", "ctrl+s"), key.WithHelp("s", "save")),
		Help:     key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
		Close:    key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "leave")),
	}
}

// ShortHelp is the help line.
func (k AgendaKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.AddItem, k.Change, k.Remove, k.AddPaper, k.Save, k.Close, k.Help}
}

// FullHelp is the help shown with ?.
func (k AgendaKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.MoveUp, k.MoveDown}, {k.AddItem, k.AddPaper, k.Change, k.Remove}, {k.Details, k.Save, k.Help, k.Close}}
}

// agendaStage is which form the agenda screen has open, if any.
type agendaStage int

const (
	stageList    agendaStage = iota // the agenda, no form
	stageDetails                    // date, times, place
	stageCarry                      // what the last meeting left open
	stageItem                       // one item
	stagePaper                      // one paper
	stageLeave                      // leave without saving?
)

// Agenda is the agenda builder: it opens on the date and place, offers
// what the last meeting left open, then shows the agenda (items with their
// times against the time there is, papers, who needs which versions, and
// every warning, live) and opens a form to add, change, move or remove an
// item or a paper. s saves (AgendaDraft.Save); leaving with unsaved
// changes asks first.
type Agenda struct {
	draft   *AgendaDraft
	keys    AgendaKeyMap
	help    help.Model
	styles  Styles
	onClose tea.Cmd
	initCmd tea.Cmd

	cursor  int // a row: the items, then the papers
	host    formHost
	stage   agendaStage
	item    *ItemDraft
	paper   *PaperDraft
	editing int // the item or paper being changed, -1 for a new one
	leave   bool

	saved     bool // the agenda as it is now has been written
	dirty     bool
	status    string
	statusBad bool
	width     int
}

// NewAgenda returns the agenda builder for d, with the date and place form
// open.
func NewAgenda(d *AgendaDraft, opts Options) *Agenda {
	m := &Agenda{draft: d, keys: DefaultAgendaKeyMap(), help: help.New(), styles: NewStyles(opts.Renderer),
		onClose: opts.closeCmd(), editing: -1, dirty: true}
	m.stage = stageDetails
	m.initCmd = m.host.open(d.DetailsForm(false), 0)
	return m
}

// Init opens the first form.
func (m *Agenda) Init() tea.Cmd { return m.initCmd }

// Saved reports whether the agenda was written.
func (m *Agenda) Saved() bool { return m.saved }

// Status is the last thing the screen said.
func (m *Agenda) Status() string { return m.status }

// rows is how many rows the cursor moves over.
func (m *Agenda) rows() int { return len(m.draft.Agenda.Items) + len(m.draft.Agenda.Papers) }

// Update handles a message.
func (m *Agenda) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		m.width = ws.Width
		m.help.Width = ws.Width
	}
	if m.host.active() {
		res, cmd := m.host.update(msg)
		switch res {
		case formDone:
			return m, tea.Batch(m.formDone(), m.host.leftover())
		case formCancelled:
			m.stage = stageList
			m.say("Nothing was changed.", false)
		}
		return m, tea.Batch(cmd, m.host.leftover())
	}
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	items := len(m.draft.Agenda.Items)
	switch {
	case key.Matches(k, m.keys.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(k, m.keys.Down):
		m.cursor = min(max(0, m.rows()-1), m.cursor+1)
	case key.Matches(k, m.keys.AddItem):
		m.item, m.editing, m.stage = NewItemDraft(config.Item{}), -1, stageItem
		return m, m.host.open(m.item.Form(false, m.draft.Folder.Roster.Active()), m.width)
	case key.Matches(k, m.keys.AddPaper):
		m.paper, m.editing, m.stage = NewPaperDraft(config.Paper{}), -1, stagePaper
		return m, m.host.open(m.paper.Form(false, config.PaperNeeds(m.draft.Folder.Roster)), m.width)
	case key.Matches(k, m.keys.Change) && m.cursor < items:
		m.item, m.editing, m.stage = NewItemDraft(m.draft.Agenda.Items[m.cursor]), m.cursor, stageItem
		return m, m.host.open(m.item.Form(false, m.draft.Folder.Roster.Active()), m.width)
	case key.Matches(k, m.keys.Change) && m.cursor < m.rows():
		m.paper, m.editing, m.stage = NewPaperDraft(m.draft.Agenda.Papers[m.cursor-items]), m.cursor-items, stagePaper
		return m, m.host.open(m.paper.Form(false, config.PaperNeeds(m.draft.Folder.Roster)), m.width)
	case key.Matches(k, m.keys.Remove) && m.cursor < items:
		m.say(fmt.Sprintf("Removed item %q.", m.draft.Agenda.Items[m.cursor].Title), false)
		m.draft.Agenda.Items = slices.Delete(m.draft.Agenda.Items, m.cursor, m.cursor+1)
		m.changed()
	case key.Matches(k, m.keys.Remove) && m.cursor < m.rows():
		m.say(fmt.Sprintf("Removed paper %q.", m.draft.Agenda.Papers[m.cursor-items].Title), false)
		m.draft.Agenda.Papers = slices.Delete(m.draft.Agenda.Papers, m.cursor-items, m.cursor-items+1)
		m.changed()
	case key.Matches(k, m.keys.MoveUp) && m.cursor > 0 && m.cursor < items:
		m.draft.Agenda.Items = moveItem(m.draft.Agenda.Items, m.cursor, m.cursor-1)
		m.cursor--
		m.changed()
	case key.Matches(k, m.keys.MoveDown) && m.cursor < items-1:
		m.draft.Agenda.Items = moveItem(m.draft.Agenda.Items, m.cursor, m.cursor+1)
		m.cursor++
		m.changed()
	case key.Matches(k, m.keys.Details):
		m.stage = stageDetails
		return m, m.host.open(m.draft.DetailsForm(false), m.width)
	case key.Matches(k, m.keys.Save):
		msg, err := m.draft.Save()
		if err != nil {
			m.say("Not saved: "+err.Error(), true)
			return m, nil
		}
		m.saved, m.dirty = true, false
		m.say(msg, false)
	case key.Matches(k, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
	case key.Matches(k, m.keys.Close):
		if !m.dirty {
			return m, m.onClose
		}
		m.stage, m.leave = stageLeave, false
		return m, m.host.open(huh.NewForm(huh.NewGroup(huh.NewConfirm().
			Title("Leave without saving? The agenda has changes that are not written yet.").
			Affirmative("Leave").Negative("Stay").Value(&m.leave))), m.width)
	}
	m.cursor = max(0, min(m.cursor, m.rows()-1))
	return m, nil
}

// changed notes an unsaved change.
func (m *Agenda) changed() { m.dirty, m.saved = true, false }

// formDone takes a finished form's answers.
func (m *Agenda) formDone() tea.Cmd {
	stage := m.stage
	m.stage = stageList
	switch stage {
	case stageDetails:
		if err := m.draft.ApplyDetails(); err != nil {
			m.say("Not yet: "+err.Error(), true)
			m.stage = stageDetails
			return m.host.open(m.draft.DetailsForm(false), m.width)
		}
		m.changed()
		if !m.draft.carryOffered {
			if f := m.draft.CarryForm(false); f != nil {
				m.stage = stageCarry
				return m.host.open(f, m.width)
			}
		}
	case stageCarry:
		m.draft.ApplyCarried()
		m.changed()
	case stageItem:
		it, err := m.item.Item()
		if err != nil {
			m.say("Not changed: "+err.Error(), true)
			return nil
		}
		if m.editing >= 0 {
			m.draft.Agenda.Items[m.editing] = it
		} else {
			at := m.draft.newItemPlace()
			m.draft.Agenda.Items = slices.Insert(m.draft.Agenda.Items, at, it)
			m.cursor = at
		}
		m.changed()
		m.say("", false)
	case stagePaper:
		p, err := m.paper.Paper(m.draft.Folder.Group.Location())
		if err != nil {
			m.say("Not changed: "+err.Error(), true)
			return nil
		}
		if m.editing >= 0 {
			m.draft.Agenda.Papers[m.editing] = p
		} else {
			m.draft.Agenda.Papers = append(m.draft.Agenda.Papers, p)
			m.cursor = m.rows() - 1
		}
		m.changed()
		m.say("", false)
	case stageLeave:
		if m.leave {
			return m.onClose
		}
	}
	return nil
}

// say sets the status line.
func (m *Agenda) say(s string, bad bool) { m.status, m.statusBad = s, bad }

// View draws the screen.
func (m *Agenda) View() string {
	var b strings.Builder
	d := m.draft
	b.WriteString(m.styles.Title.Render("The agenda for the next meeting") + m.styles.Dim.Render("  "+d.Path) + "\n\n")
	if m.host.active() {
		b.WriteString(m.host.view())
		if m.status != "" && m.statusBad {
			b.WriteString("\n" + m.styles.Error.Render(m.status) + "\n")
		}
		return b.String()
	}
	b.WriteString(d.Agenda.Title + ": " + d.When() + "\n\n")
	for i, it := range d.Agenda.Items {
		line := fmt.Sprintf("%2d. %s", i+1, itemLine(it, d))
		b.WriteString(m.row(i, line))
	}
	b.WriteString(m.styles.Dim.Render("    "+totalLine(d.Agenda)) + "\n")
	if len(d.Agenda.Papers) > 0 {
		b.WriteString("\nPapers\n")
		for i, p := range d.Agenda.Papers {
			b.WriteString(m.row(len(d.Agenda.Items)+i, "    "+paperLine(p, d.Folder.Group.Location())))
		}
	}
	if needs := config.PaperNeeds(d.Folder.Roster); len(needs) > 0 {
		b.WriteString("\nVersions of papers needed:\n")
		for _, n := range needs {
			b.WriteString(fmt.Sprintf("  %s: %s\n", config.PaperFormatLabel(n.Format), strings.Join(n.People, ", ")))
		}
	}
	if fs := Findings(d.Agenda, d.Folder.Group, d.Folder.Roster); len(fs) > 0 {
		b.WriteString("\n")
		for _, f := range fs {
			b.WriteString(m.styles.Warning.Render("Warning: "+f.String()) + "\n")
		}
	}
	if m.status != "" {
		st := m.styles.OK
		if m.statusBad {
			st = m.styles.Error
		}
		b.WriteString("\n" + st.Render(m.status) + "\n")
	} else if m.dirty {
		b.WriteString("\n" + m.styles.Dim.Render("Not saved yet: press s to save.") + "\n")
	}
	b.WriteString("\n" + m.help.View(m.keys))
	return b.String()
}

// row draws one row, marked when it is the selected one.
func (m *Agenda) row(i int, line string) string {
	if i == m.cursor {
		return m.styles.Selected.Render("▶ "+line) + "\n"
	}
	return "  " + m.styles.Normal.Render(line) + "\n"
}

// AgendaFolder opens the agenda builder for the group folder dir, to write
// its agendas/next.toml; now is the time it is opened (the date of the
// next meeting is worked out from it).
func AgendaFolder(dir string, now time.Time, opts Options) (*Agenda, error) {
	folder, err := config.LoadFolder(dir)
	if err != nil {
		return nil, err
	}
	d, err := NewAgendaDraft(folder, filepath.Join(dir, filepath.FromSlash(config.NextAgenda)), now)
	if err != nil {
		return nil, err
	}
	return NewAgenda(d, opts), nil
}
