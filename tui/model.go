package tui

import (
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting"
)

// Config is what a screen needs. The chair's laptop and every remote
// session build one each.
type Config struct {
	// Live is the running meeting.
	Live *meeting.Live
	// Actor is who is at this screen: meeting.ConsoleActor() on the
	// chair's laptop, a roster person (or an anonymous observer) remotely.
	Actor meeting.Actor
	// Renderer is this terminal's renderer (lipgloss.NewRenderer(os.Stdout)
	// locally, bubbletea.MakeRenderer(session) over SSH). nil draws plain
	// text with no colour.
	Renderer *lipgloss.Renderer
	// Theme is auto, dark, light or high-contrast ("" is auto; auto is
	// dark: the terminal is never asked).
	Theme string
	// WriteMinutes writes the minutes once the meeting has ended and
	// returns the paths written. nil on screens that do not write them
	// (remote sessions).
	WriteMinutes func() ([]string, error)
	// Drafts keeps text being typed so it survives a crash or a dropped
	// connection (nil keeps no drafts): FileDrafts on the laptop,
	// MemoryDrafts for a remote person.
	Drafts Drafts
	// Remote is true for a session over SSH.
	Remote bool
	// Opening is what to tell the chair first (a resumed meeting, a
	// repaired journal).
	Opening []string
	// Suggestions suggests today's chair and minute-taker on the start
	// screen; nil suggests the people trained for each role.
	Suggestions SuggestFunc
	// Notices are lines to show in the status line as they come (the SSH
	// host's "Mair Jones joined remotely", say). nil when there are none.
	// Whoever sends must not block on it: the screen reads one notice at a
	// time.
	Notices <-chan []string
	// Do carries out a typed command for Actor. nil means Live.Do; the
	// SSH host passes its own, which caps line length and the rate of
	// commands and tells the chair what remote people did.
	Do func(line string) (meeting.Result, error)
	// Share says how to join when the meeting is shared over SSH (gyda
	// --share): the chair's screen shows it in the header for as long as
	// it runs, and whole in the help. Pass it only on the chair's laptop;
	// nil when the meeting is not shared.
	Share *Sharing
	// SetUp lets the chair, on the start screen and before anything but the
	// opening is recorded, leave to change the group's people or today's
	// agenda (P and A): the screen quits and SetupRequested says which;
	// the caller opens that screen and starts the meeting afresh.
	SetUp bool
	// Start shows the start screen first. NewConfig-style callers leave it
	// nil: then it shows on the chair's laptop for a meeting nobody has
	// arrived at yet.
	Start *bool

	// Name is who is at this screen as its header says it, when they are
	// not a roster person: "Guest 3" for a guest who gave the passcode.
	Name string
	// HostKey is the SSH host key's fingerprint, which a remote screen's
	// help shows so that attendees can check it ("" when not remote).
	HostKey string
	// Commands are the host's own commands (the SSH host's "admit N
	// NAME"), offered in the help and in completion, like the meeting's,
	// to whoever holds the chair. Do carries them out.
	Commands []meeting.VerbInfo
	// Presence says whose connection to a shared meeting is lost; nil
	// when the meeting is not shared.
	Presence Presence
	// Frames lets screens that would draw the same frame share one
	// drawing (the SSH host's screens); nil draws every frame here.
	Frames Frames
	// Styles gives the styles for a theme on this terminal. A host with
	// many screens passes one that shares them between terminals that show
	// colours alike (styles are never changed once built); nil builds them
	// from Renderer.
	Styles func(theme string) *Styles
}

// Sharing is how people join a shared meeting.
type Sharing struct {
	Address     string // where the SSH host listens: "127.0.0.1:2222"
	Passcode    string // what guests give to watch
	Fingerprint string // the host key's fingerprint: "SHA256:..."
}

type screen int

const (
	screenMain screen = iota
	screenStart
)

// Model is the root model: it owns the snapshot, the local state of the
// screen and the children, routes keys to whichever child is open, and
// draws them into one frame.
type Model struct {
	cfg Config
	// setupReq is what the chair left the start screen to change.
	setupReq string
	styles   *Styles
	keys     KeyMap

	mailbox   *meeting.Mailbox
	stop      chan struct{}
	closeOnce sync.Once

	snap *meeting.Snapshot
	now  time.Time
	role meeting.Role
	w, h int

	screen      screen
	confirmQuit bool
	showHelp    bool
	recordSkip  int
	overflow    bool // the record had more than fitted, last frame
	recordMax   int  // how far the record can scroll, last frame

	status   statusLine
	messages messageLog
	cmd      commandLine
	form     actionForm
	card     cardChooser
	closing  closeItem
	end      endFlow
	start    startScreen
	ask      question
	pick     picker

	minutesStarted bool // the minutes are being written, or (on a screen that does not write them) the end was seen
	ticking        bool
	tickGen        int

	drafts    Drafts
	draftGen  uint64
	lastDraft Draft
	draftErr  bool

	saveErr *meeting.SaveError

	frame     string
	dirty     bool
	shownTime string // the clock-driven texts of the frame shown

	lines      []string        // the frame as ViewLines gave it, until something changes
	lost       map[string]bool // whose connection is lost (Config.Presence): shared, read only
	lostVer    uint64
	sharedName bool      // drawing a frame every guest shares: the header names nobody
	head       guestHead // a guest's own header line, for frames every guest shares
	helpMemo   helpMemo  // the help line, while its keys stay the same
}

// New builds the screen for one actor. It subscribes to the meeting at
// once; call Close when the program has finished.
func New(cfg Config) *Model {
	if cfg.Do == nil {
		live, actor := cfg.Live, cfg.Actor
		cfg.Do = func(line string) (meeting.Result, error) { return live.Do(actor, line) }
	}
	m := &Model{cfg: cfg, stop: make(chan struct{}), w: 80, h: 24, dirty: true}
	m.styles = m.stylesFor(cfg.Theme)
	s := m.styles
	m.keys = DefaultKeyMap()
	m.cmd = newCommandLine(s)
	m.cmd.host = cfg.Commands
	m.form = newActionForm(s)
	m.card = cardChooser{keys: DefaultCardKeys()}
	m.closing = closeItem{keys: DefaultCloseKeys()}
	m.end = newEndFlow(s)
	m.end.writes = cfg.WriteMinutes != nil
	m.start = startScreen{suggest: cfg.Suggestions}
	m.messages = messageLog{keys: DefaultMessageKeys()}
	m.ask = question{keys: DefaultQuestionKeys()}
	m.status.log = &m.messages
	m.status.stamp = func() string { return m.st().LocalTime(m.now) }
	m.mailbox = cfg.Live.Subscribe(cfg.Actor)
	m.snap = cfg.Live.Snapshot(cfg.Actor)
	m.now = cfg.Live.Now()
	st := m.snap.State
	showStart := cfg.Actor.Console && !cfg.Remote && st.IsOpen() && len(st.Attendance) == 0 && st.Item == 1
	if cfg.Start != nil {
		showStart = *cfg.Start
	}
	if showStart {
		m.screen = screenStart
	}
	m.status.set(cfg.Opening)
	if cfg.Drafts != nil {
		m.drafts = cfg.Drafts
		m.restore(cfg.Drafts.Load())
	}
	m.refresh()
	return m
}

// restore puts a saved draft back where it was being typed.
func (m *Model) restore(d Draft) {
	if d.empty() {
		return
	}
	m.lastDraft = d
	if d.Line != "" {
		m.cmd.openWith(d.Line)
	}
	if d.Form != ([fieldCount]string{}) {
		m.form.setValues(d.Form)
		if d.Form[fieldOwner] != "" || d.Form[fieldText] != "" {
			m.form.start(m.st())
			if d.FormField > 0 && d.FormField < fieldCount {
				m.form.focusOn(d.FormField) // a damaged file's field is ignored
			}
			m.cmd.close()
		}
	}
	if d.Reflection != "" {
		m.end.setReflection(d.Reflection)
	}
	why := "before gyda stopped"
	if m.cfg.Remote {
		why = "when you were last here"
	}
	m.status.set(append(append([]string(nil), m.cfg.Opening...), "Restored what you were typing "+why+": check it, then carry on."))
}

// SaveError is the error that closed the screen because the meeting could
// not be saved (the caller offers another folder), or nil.
func (m *Model) SaveError() *meeting.SaveError { return m.saveErr }

// Minutes is what became of the minutes: the paths written, or why they
// could not be (both empty when the meeting has not ended here).
func (m *Model) Minutes() ([]string, error) { return m.end.paths, m.end.writeErr }

// Ended reports whether the meeting has ended.
// SetupRequested is "people" or "agenda" when the chair left the start
// screen to change them (Config.SetUp), else "".
func (m *Model) SetupRequested() string { return m.setupReq }

func (m *Model) Ended() bool { return !m.st().Ended.IsZero() }

// Close stops listening to the meeting. Call it when the program ends.
func (m *Model) Close() {
	m.closeOnce.Do(func() {
		close(m.stop)
		m.cfg.Live.Unsubscribe(m.mailbox)
		if m.drafts != nil {
			m.drafts.Release()
		}
	})
}

// Init starts listening to the meeting and the clock.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(m.listen(), listenNotices(m.cfg.Notices, m.stop), m.ensureTick(), m.onEnded())
}

// listen waits for the next snapshot or change of presence, taking the
// presence as it is now.
func (m *Model) listen() tea.Cmd {
	var changed <-chan struct{}
	if p := m.cfg.Presence; p != nil {
		changed = p.Changed() // first, so no change is missed
		m.lost, m.lostVer = p.Lost()
	}
	return listen(m.mailbox, changed, m.stop)
}

func (m *Model) st() *meeting.State { return m.snap.State }

func (m *Model) frameCtx() frame {
	return frame{st: m.st(), version: m.snap.Version, now: m.now, s: m.styles, role: m.role, actor: m.cfg.Actor,
		who: m.who(), remote: m.cfg.Remote, share: m.cfg.Share, lost: m.lost, commands: m.cfg.Commands, hostKey: m.cfg.HostKey}
}

// who is the name the header gives whoever is at this screen: "" on the
// chair's laptop.
func (m *Model) who() string {
	switch {
	case m.sharedName:
		return guestName
	case m.cfg.Name != "":
		return m.cfg.Name
	case m.cfg.Actor.Person != "":
		return m.st().Name(m.cfg.Actor.Person)
	}
	return ""
}

// stylesFor is this screen's styles for a theme.
func (m *Model) stylesFor(theme string) *Styles {
	if m.cfg.Styles != nil {
		return m.cfg.Styles(theme)
	}
	return NewStyles(m.cfg.Renderer, theme)
}

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = max(msg.Width, 1), max(msg.Height, 1)
	case snapshotMsg:
		m.accept(msg.snap)
		cmds = append(cmds, m.listen(), m.ensureTick(), m.onEnded())
	case presenceMsg:
		cmds = append(cmds, m.listen())
	case stoppedMsg:
		return m, nil
	case noticeMsg:
		m.status.set(msg.lines)
		cmds = append(cmds, listenNotices(m.cfg.Notices, m.stop))
	case tickMsg:
		if msg.gen != m.tickGen {
			return m, nil
		}
		m.now = m.cfg.Live.Now()
		var next tea.Cmd
		if m.needsTick() {
			next = tick(m.tickGen, time.Now())
		} else {
			m.ticking = false
		}
		if k := m.timeKey(); k == m.shownTime {
			// Nothing on screen has changed with the clock: no new frame.
			return m, next
		}
		cmds = append(cmds, next)
	case minutesMsg:
		m.end.paths, m.end.writeErr = msg.paths, msg.err
		m.end.step = endDone
		if msg.err == nil {
			m.status.set([]string{"The meeting has ended and its minutes are written."})
		} else {
			m.status.fail("The minutes could not be written: " + msg.err.Error())
		}
	case draftTickMsg:
		if msg.gen == m.draftGen && m.drafts != nil {
			cmds = append(cmds, saveDraft(m.drafts, msg.gen, m.lastDraft))
		}
	case draftSavedMsg:
		if msg.err != nil && !m.draftErr {
			m.draftErr = true
			m.status.fail("What you type cannot be saved as a draft (" + msg.err.Error() + "); the meeting itself is saved.")
		}
	case tea.KeyMsg:
		cmds = append(cmds, m.key(msg))
		if m.saveErr != nil {
			// Nothing more can be recorded here: leave the screen so the
			// chair can be offered another folder.
			return m, tea.Quit
		}
	default:
		// Messages for the text inputs (paste) go to whichever is open.
		cmds = append(cmds, m.passOn(msg))
	}
	m.refresh()
	cmds = append(cmds, m.draftChanged())
	m.dirty, m.lines = true, nil
	return m, tea.Batch(cmds...)
}

func (m *Model) passOn(msg tea.Msg) tea.Cmd {
	if in := m.input(); in != nil {
		return in.Update(msg)
	}
	return nil
}

// input is the text field that has the keys, or nil.
func (m *Model) input() *field {
	if o := m.top(); o != nil {
		return o.input()
	}
	return nil
}

// accept takes a snapshot if it is newer than the one shown.
func (m *Model) accept(s *meeting.Snapshot) {
	if s != nil && (m.snap == nil || s.Version > m.snap.Version) {
		if m.snap != nil && m.snap.State.Item != s.State.Item {
			m.recordSkip = 0
		}
		m.snap = s
	}
	m.now = m.cfg.Live.Now()
}

// refresh works out the actor's role from the snapshot and the keys that
// go with it; a role handed over mid-meeting changes the keys at once.
func (m *Model) refresh() {
	st := m.st()
	role := st.RoleOf(m.cfg.Actor)
	if m.role != "" && role != m.role {
		m.status.set([]string{"You are now taking part as " + prose.Article(string(role)) + "; the keys at the bottom have changed."})
	}
	m.role = role
	if m.screen == screenStart && (st.Item > 1 || len(st.Breaks) > 0 || len(st.Turns) > 0 || st.Speaker != nil || !st.IsOpen()) {
		// The meeting has got going: the start screen has done its work.
		m.screen = screenMain
	}
	self := m.cfg.Actor.Person
	c := keyContext{
		role:     role,
		self:     self != "",
		open:     st.IsOpen(),
		ended:    !st.Ended.IsZero(),
		paused:   st.Pause != nil,
		onBreak:  st.Pause != nil && st.Pause.Kind == meeting.PauseBreak,
		speaker:  st.Speaker != nil,
		ownTurn:  self != "" && st.Speaker != nil && st.Speaker.Person == self,
		queue:    len(st.Queue) > 0,
		start:    m.screen == screenStart,
		setup:    m.cfg.SetUp && m.cfg.Actor.Console && st.Events <= 1,
		scroll:   m.overflow,
		remote:   m.cfg.Remote || !m.cfg.Actor.Console,
		entries:  len(st.Notes)+len(st.Decisions)+len(st.Actions) > 0,
		messages: len(m.messages.messages) > 0,
		vote:     st.OpenVote() != nil,
		ballots:  len(st.BallotChoices()),
	}
	for _, r := range st.Queue {
		if r.Person == self && self != "" {
			c.inQueue = true
		}
	}
	m.keys.SetRole(c)
}

// needsTick reports whether a clock is on screen that the wall clock
// moves: the meeting is open and not on the simulated clock (which moves
// only with wait, and publishes a snapshot when it does).
func (m *Model) needsTick() bool {
	st := m.st()
	return st.IsOpen() && st.Setup.Clock != "sim"
}

func (m *Model) ensureTick() tea.Cmd {
	if m.ticking || !m.needsTick() {
		return nil
	}
	m.ticking = true
	m.tickGen++
	return tick(m.tickGen, time.Now())
}

// minutesMsg says the minutes have been written (or why not).
type minutesMsg struct {
	paths []string
	err   error
}

// onEnded starts writing the minutes once the meeting has ended, on the
// screen that writes them, whoever ended it.
func (m *Model) onEnded() tea.Cmd {
	st := m.st()
	if st.Ended.IsZero() {
		return nil
	}
	m.cmd.close()
	m.form.close()
	m.card.open, m.closing.open, m.ask.open, m.pick.open = false, false, false, false
	if m.cfg.WriteMinutes == nil {
		if m.end.step != endNone {
			m.end.step = endDone
		}
		if !m.minutesStarted {
			// Once: what the status said before (a pause, say) no longer
			// holds.
			m.minutesStarted = true
			m.status.set([]string{"The meeting ended at " + st.LocalTime(st.Ended) + "."})
		}
		return nil
	}
	if m.minutesStarted {
		return nil
	}
	m.minutesStarted = true
	m.end.step = endWriting
	write := m.cfg.WriteMinutes
	return func() tea.Msg {
		paths, err := write()
		return minutesMsg{paths: paths, err: err}
	}
}

// exec carries out a typed command for the actor; its lines go to the
// status line. When the journal cannot be written the screen closes (see
// SaveError).
func (m *Model) exec(line string) error {
	res, err := m.cfg.Do(line)
	m.accept(m.cfg.Live.Snapshot(m.cfg.Actor))
	if err != nil {
		var se *meeting.SaveError
		if errors.As(err, &se) && m.saveErr == nil {
			m.saveErr = se
		}
		return err
	}
	m.status.set(explain(res, m.st().RoleOf(m.cfg.Actor)))
	return nil
}

// run carries out a command for a single key; an error goes to the status
// line.
func (m *Model) run(line string) tea.Cmd {
	if err := m.exec(line); err != nil {
		m.refused(err)
	}
	return m.onEnded()
}

// draft is what is being typed now.
func (m *Model) draft() Draft {
	line := m.cmd.value()
	if meeting.Secret(line) {
		line = "" // a secret ballot is never written down
	}
	d := Draft{Line: line, Form: m.form.values(), Reflection: m.end.reflection()}
	if m.form.open {
		d.FormField = m.form.focus
	}
	return d
}

// draftChanged schedules saving the draft: soon after typing pauses, or at
// once when it was cleared (a command carried out must not come back).
func (m *Model) draftChanged() tea.Cmd {
	if m.drafts == nil {
		return nil
	}
	d := m.draft()
	if d == m.lastDraft {
		return nil
	}
	m.lastDraft = d
	m.draftGen++
	if d.empty() {
		return saveDraft(m.drafts, m.draftGen, d)
	}
	gen := m.draftGen
	return tea.Tick(draftDelay, func(time.Time) tea.Msg { return draftTickMsg{gen: gen} })
}

// typing reports whether a text field has the keys.
func (m *Model) typing() bool { return m.input() != nil }

// key routes a key to whatever is open, most urgent first. Several runes
// arriving at once (fast typing: ":arrive si") are taken one by one, as
// the first may open the command line for the rest; pasted text goes only
// into a text field, never to the single keys. Where a text field is
// open, runes arriving at once are text, never the name of a key: a note
// "we are left waiting" dictated or typed over a slow link keeps "left",
// and ":end" sent as one burst types "end".
func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !m.typing() {
		if msg.Paste {
			return nil
		}
		var cmds []tea.Cmd
		for i, r := range msg.Runes {
			if m.typing() {
				rest := tea.KeyMsg{Type: tea.KeyRunes, Runes: msg.Runes[i:], Alt: msg.Alt}
				return tea.Batch(append(cmds, m.key(rest))...)
			}
			cmds = append(cmds, m.key(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt}))
		}
		return tea.Batch(cmds...)
	}
	if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 {
		// Marked as pasted, no binding matches it: key.Matches compares
		// a key's name with the runes, and "end", "left" or "tab" typed
		// in one read would otherwise press that key.
		msg.Paste = true
	}
	st := m.st()
	if key.Matches(msg, m.keys.Quit) {
		if m.confirmQuit || !st.IsOpen() || m.end.step == endDone {
			return tea.Quit
		}
		m.confirmQuit = true
		return nil
	}
	if o := m.top(); o != nil {
		return o.key(msg)
	}
	return m.mainKey(msg)
}

// formKey takes a key while the action form is open: a complete form is
// carried out, and kept open with the reason if it is refused.
func (m *Model) formKey(msg tea.KeyMsg) tea.Cmd {
	line, cmd := m.form.update(msg, m.st())
	if line != "" {
		if err := m.exec(line); err != nil {
			m.form.err = err.Error()
		} else {
			m.form.clear()
		}
	}
	return cmd
}

// submit carries out a line typed on the command line. A declaration of
// interest without its item asks which item first. On success the line
// goes into the history; refused, the line closes (so the next key is a
// key again, not more text) and is kept as typed for ":" to bring back.
func (m *Model) submit(line string) tea.Cmd {
	c, err := meeting.Parse(line)
	if err == nil && c.Verb == meeting.VerbDeclare && c.Item == 0 {
		m.cmd.close()
		m.pickItem(c)
		return nil
	}
	if err == nil && c.Verb == meeting.VerbEnd && m.keys.End.Enabled() {
		// Typed, end goes through the same flow as e: what is left
		// undone, the reflection, and a last question.
		m.cmd.submitted(nil)
		m.beginEnd()
		return nil
	}
	err = m.exec(line)
	m.cmd.submitted(err)
	if err != nil {
		m.refused(err)
	}
	return m.onEnded()
}

// refused tells the person why a line was not carried out: a question
// when it most likely meant something else ("Mair Jones? y/n"), else the
// reason and how to fix the line.
func (m *Model) refused(err error) {
	if s, ok := meeting.SuggestionOf(err); ok && s.Line != "" {
		m.status.fail(err.Error())
		m.ask.start("Did you mean "+s.Ask, nil, s.Line)
		return
	}
	if m.cmd.value() != "" {
		m.status.fail(err.Error(), "Press : to fix the line (it is kept as you typed it), or carry on.")
		return
	}
	m.status.fail(err.Error())
}

// answer takes the answer to the question being asked: y carries it
// out; any other key is no, and a key that is not n or esc then does what
// it does (h after a question is a hand, not lost).
func (m *Model) answer(msg tea.KeyMsg) tea.Cmd {
	line, other := m.ask.update(msg)
	if line == "" {
		m.status.set([]string{"Nothing was changed."})
		if other {
			return m.key(msg)
		}
		return nil
	}
	if m.ask.undo != "" {
		return m.undoNow(m.ask.undo)
	}
	if err := m.exec(line); err != nil {
		m.refused(err)
		return nil
	}
	if !meeting.Secret(line) {
		// The line the question replaced is done with. (A ballot asked
		// about by number replaced nothing, and is never kept.)
		m.cmd.set("")
		m.cmd.remember(line)
	}
	return m.onEnded()
}

// askUndo asks before taking back the last thing recorded, naming it.
func (m *Model) askUndo() {
	what, err := m.st().UndoWhat(m.cfg.Actor)
	if err != nil {
		m.status.fail(err.Error())
		return
	}
	m.ask.start("Take back "+what+"?", nil, "undo")
	m.ask.undo = what
}

// undoNow undoes, if it still takes back what was asked about.
func (m *Model) undoNow(asked string) tea.Cmd {
	if what, err := m.st().UndoWhat(m.cfg.Actor); err != nil || what != asked {
		m.askUndo()
		m.status.fail("Something was recorded meanwhile: undo would now take back something else, so it asks again.")
		return nil
	}
	return m.run("undo")
}

// pickItem asks which item a declaration of interest is about.
func (m *Model) pickItem(c meeting.Command) {
	st := m.st()
	var opts []pickOption
	for i, it := range st.Setup.Agenda.Items {
		label := itoa(i+1) + ". " + it.Title
		if i+1 == st.Item {
			label += " (now)"
		}
		opts = append(opts, pickOption{number: i + 1, label: label, value: itoa(i + 1)})
	}
	who := c.Name
	if p, err := st.Roster.Find(c.Name); err == nil {
		who = p.Name
	}
	m.pick.start(pickItem, "Which item is "+who+"'s interest in? They take no part in its decisions. (↑/↓ or its number, then enter)", opts, itemKeys())
	m.pick.cursor = max(st.Item-1, 0)
	m.pick.line = "declare " + c.Name + " item "
	m.pick.rest = ": " + c.Text
}

// pickEntry lists the record's notes, decisions and actions to correct
// or strike, the current item's last first in view.
func (m *Model) pickEntry() {
	st := m.st()
	var opts []pickOption
	cursor := 0
	add := func(item int, kind, label string, n int, text string) {
		if item <= st.Item {
			cursor = len(opts)
		}
		opts = append(opts, pickOption{label: "Item " + itoa(item) + " · " + label + " " + itoa(n) + ": " + text,
			value: entryValue(kind, n), text: text})
	}
	for item := 1; item <= len(st.Items); item++ {
		for _, d := range st.Decisions {
			if d.Item == item {
				add(item, "decision", "Decision", d.Number, d.Text)
			}
		}
		for _, a := range st.Actions {
			if a.Item == item {
				add(item, "action", "Action", a.Number, a.Text)
			}
		}
		for _, n := range st.Notes {
			if n.Item == item {
				label := "Note"
				if n.OffRecord {
					label = "Off-record note"
				}
				add(item, "note", label, n.Number, n.Text)
			}
		}
	}
	if len(opts) == 0 {
		m.status.fail("Nothing is recorded yet that could be corrected or struck.")
		return
	}
	m.pick.start(pickEntry, "Which entry? enter: correct its wording · s: strike it from the minutes (the journal keeps it)", opts, entryKeys())
	m.pick.cursor = cursor
}

// picked takes a key while a picker is open.
func (m *Model) picked(msg tea.KeyMsg) tea.Cmd {
	choice, value := m.pick.update(msg)
	switch {
	case choice == "cancel":
		m.status.set([]string{"Nothing was changed."})
	case m.pick.purpose == pickItem && choice == "choose":
		return m.submit(m.pick.line + value + m.pick.rest)
	case m.pick.purpose == pickEntry && choice == "choose":
		m.cmd.openWith("correct " + value + ": " + entryText(m.pick.options, value))
		m.cmd.hint = "change the words, then enter; the minutes will show the new wording"
	case m.pick.purpose == pickEntry && choice == "other":
		m.cmd.openWith("strike " + value + ": ")
		m.cmd.hint = "type why it comes out of the minutes, then enter"
	}
	return nil
}

// mainKey handles the single keys of the main and start screens.
func (m *Model) mainKey(msg tea.KeyMsg) tea.Cmd {
	k := &m.keys
	st := m.st()
	self := m.cfg.Actor.Person
	switch {
	case key.Matches(msg, k.Command):
		m.cmd.openWith("")
	case key.Matches(msg, k.Help):
		m.showHelp = true
	case key.Matches(msg, k.Begin):
		m.screen = screenMain
	case key.Matches(msg, k.People):
		m.setupReq = "people"
		return tea.Quit
	case key.Matches(msg, k.Agenda):
		m.setupReq = "agenda"
		return tea.Quit
	case key.Matches(msg, k.Leave):
		// q on a remote screen: ask first, as ctrl+c does, while the
		// meeting runs.
		if st.IsOpen() {
			m.confirmQuit = true
			return nil
		}
		return tea.Quit
	case key.Matches(msg, k.Speak):
		return m.run("speak")
	case key.Matches(msg, k.Done):
		return m.run("done")
	case key.Matches(msg, k.Hand):
		if self == "" {
			m.cmd.openWith("hand ")
			return nil
		}
		for _, r := range st.Queue {
			if r.Person == self {
				return m.run("lower")
			}
		}
		return m.run("hand")
	case key.Matches(msg, k.Arrive):
		m.cmd.openWith("arrive ")
	case key.Matches(msg, k.Break):
		return m.run("break")
	case key.Matches(msg, k.Resume):
		return m.run("resume")
	case key.Matches(msg, k.NextItem):
		m.nextItem()
	case key.Matches(msg, k.Decide):
		m.cmd.openWith("decide ")
	case key.Matches(msg, k.Action):
		m.form.start(st)
	case key.Matches(msg, k.Note):
		m.cmd.openWith("note ")
	case key.Matches(msg, k.OffRecord):
		m.cmd.openWith("offrecord ")
	case key.Matches(msg, k.Card):
		if self == "" {
			m.cmd.openWith("card ")
		} else {
			m.card.open = true
		}
	case key.Matches(msg, k.VoteFor):
		return m.voteKey(meeting.VerbFor)
	case key.Matches(msg, k.VoteAgainst):
		return m.voteKey(meeting.VerbAgainst)
	case key.Matches(msg, k.VoteAbstain):
		return m.voteKey(meeting.VerbAbstain)
	case key.Matches(msg, k.Ballot):
		m.ballotKey(msg)
	case key.Matches(msg, k.Undo):
		m.askUndo()
	case key.Matches(msg, k.Fix):
		m.pickEntry()
	case key.Matches(msg, k.Visitor):
		m.cmd.openWith("visitor ")
		m.cmd.hint = "the visitor's name, a comma, and their organisation if they have one"
	case key.Matches(msg, k.Messages):
		m.messages.open = true
	case key.Matches(msg, k.End):
		m.beginEnd()
	case key.Matches(msg, k.ScrollUp):
		m.recordSkip = max(m.recordSkip-5, 0)
	case key.Matches(msg, k.ScrollDown):
		m.recordSkip = min(m.recordSkip+5, m.recordMax)
	case key.Matches(msg, k.Theme):
		m.switchTheme()
	default:
		m.refuseKey(msg)
	}
	return nil
}

// refuseKey answers a verb's key that this viewer's role may never use
// (a guest's h for a hand) as the meeting answers the typed command,
// saying who may, rather than doing nothing: someone told "press h" is
// told why not. A key that is off for now (s with nobody waiting) stays
// quiet, as its help is hidden until it works.
func (m *Model) refuseKey(msg tea.KeyMsg) {
	for _, vk := range verbKeys() {
		if vk.numbered() || msg.String() != vk.key {
			continue
		}
		if err := meeting.Refusal(m.keys.role, vk.verb); err != nil {
			m.status.fail(err.Error())
		}
		return
	}
}

// beginEnd starts the end flow (e, or end typed): what is left undone,
// the reflection, and a last question before the meeting ends.
func (m *Model) beginEnd() {
	m.screen = screenMain
	m.end.begin()
}

// switchTheme swaps light and dark colours, for a terminal whose
// background the theme guessed wrong (the terminal is never asked).
func (m *Model) switchTheme() {
	next := ThemeLight
	if m.styles.Theme == ThemeLight {
		next = ThemeDark
	}
	m.styles = m.stylesFor(next)
	m.cmd.restyle(m.styles)
	m.form.restyle(m.styles)
	m.end.restyle(m.styles)
	m.status.set([]string{"Colours for a " + next + " background now; T switches back."})
}

// nextItem moves on, first naming anyone not heard on this item and
// offering a go-round.
func (m *Model) nextItem() {
	st := m.st()
	if st.Item >= len(st.Items) {
		m.status.fail("This is the last item: press e to end the meeting.")
		return
	}
	// NotHeard names people only where someone had the floor: after a
	// welcome or a break nobody has been left out. A hand still up is
	// someone waiting, whoever has spoken.
	waiting := make([]string, len(st.Queue))
	for i, r := range st.Queue {
		waiting[i] = r.Person
	}
	if m.closing.ask(st.Item, st.NotHeard(st.Item), waiting) {
		return
	}
	m.run("next")
}

func (m *Model) closeKey(msg tea.KeyMsg) tea.Cmd {
	switch m.closing.update(msg) {
	case closeGoRound:
		var added []string
		st := m.st()
		for _, id := range m.closing.notHeard {
			if queued(st, id) {
				continue
			}
			if _, err := m.cfg.Do("hand " + id); err != nil {
				m.status.fail(err.Error())
				return nil
			}
			added = append(added, st.Name(id))
		}
		m.accept(m.cfg.Live.Snapshot(m.cfg.Actor))
		if len(added) > 0 {
			m.status.set([]string{"Go-round: " + prose.AndList(added) + " " + isAre(len(added)) + " in the speaking queue. Press s to give the floor."})
		}
	case closeMoveOn:
		return m.run("next")
	}
	return nil
}

func isAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}

// queued reports whether someone is waiting or speaking.
func queued(st *meeting.State, id string) bool {
	if sp := st.Speaker; sp != nil && sp.Person == id {
		return true
	}
	for _, r := range st.Queue {
		if r.Person == id {
			return true
		}
	}
	return false
}

func (m *Model) endKey(msg tea.KeyMsg) tea.Cmd {
	act, line, cmd := m.end.update(msg)
	switch act {
	case endReflectLine:
		if err := m.exec(line); err != nil {
			m.status.fail(err.Error())
		} else {
			m.end.setReflection("")
		}
	case endSendEnd:
		if err := m.exec(line); err != nil {
			m.status.fail(err.Error())
			return nil
		}
		if m.cfg.WriteMinutes == nil {
			m.end.step = endDone
		}
		return m.onEnded()
	case endQuit:
		return tea.Quit
	}
	return cmd
}

// View returns the frame, drawn again only after something changed.
func (m *Model) View() string {
	if m.dirty {
		m.frame = m.render()
		m.shownTime = m.timeKey()
		m.dirty = false
	}
	return m.frame
}

// timeKey is every text on screen that the clock alone changes: the time
// of day, the item's time left and its bar, the speaker's time, a break's
// countdown, when a break is due, whether a card is recent. A tick that
// changes none of them draws nothing.
func (m *Model) timeKey() string {
	st, now := m.st(), m.now
	var b strings.Builder
	b.WriteString(itoa(int(now.Unix() / 60))) // the clock shows the minute
	b.WriteByte(' ')
	b.WriteString(st.ItemTimeText(now))
	if planned := st.ItemPlanned(st.Item); planned > 0 {
		b.WriteString(itoa(int(80 * st.ItemElapsed(st.Item, now) / planned)))
	}
	if sp := st.Speaker; sp != nil {
		b.WriteString(meeting.Span(now.Sub(sp.From)))
	}
	if p := st.Pause; p != nil {
		b.WriteString(countdown(p.BackAt().Sub(now)))
	}
	if st.Pause == nil && st.BreakDue(now) {
		b.WriteString(st.BreakText(now)) // the alert says how long ago it was due
	}
	if _, ok := lastCard(st, now); ok {
		b.WriteString("card")
	}
	return b.String()
}

// helpKeys is the key map the help line shows: that of whatever is open.
func (m *Model) helpKeys() help.KeyMap {
	if o := m.top(); o != nil {
		return o.keys()
	}
	return &m.keys // not a copy of the whole map in every frame
}

// simpleKeys is a help.KeyMap of a few bindings.
type simpleKeys []key.Binding

func (k simpleKeys) ShortHelp() []key.Binding  { return k }
func (k simpleKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k} }

func quitKeys() simpleKeys {
	return simpleKeys{
		key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "leave")),
		key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", "stay")),
	}
}
