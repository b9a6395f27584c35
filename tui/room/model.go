package room

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/tui"
)

// Config is what a room screen needs.
type Config struct {
	// Group is the group folder whose meeting the screen shows.
	Group string
	// Renderer is the terminal's; nil draws without colour.
	Renderer *lipgloss.Renderer
	// Theme is high-contrast (the default, ""), dark or light.
	Theme string
	// Now is the wall clock; nil is time.Now. A meeting on the rehearsal
	// clock (--clock sim) is shown at the time of its last event instead,
	// as its clock moves only in the chair's gyda.
	Now func() time.Time
}

// Model is the room screen: a Bubble Tea model that follows the meeting
// running in a group folder and draws it large, as a guest may see it.
type Model struct {
	cfg    Config
	styles Styles
	keys   KeyMap
	group  config.Group   // group.toml, for the screen before a meeting
	loc    *time.Location // its time zone
	watch  *watcher
	wake   *wakeups
	sight  sight
	w, h   int
	frame  string // the screen as last drawn: View returns it
	fonts  fonts
}

// New makes a room screen for the group folder, which must hold a
// group.toml, and reads the meeting running there, if any.
func New(cfg Config) (*Model, error) {
	if !ValidTheme(cfg.Theme) {
		return nil, fmt.Errorf("the room screen's theme %q: use %s", cfg.Theme, "high-contrast, dark or light")
	}
	g, err := config.LoadGroup(filepath.Join(cfg.Group, config.GroupFile))
	if err != nil {
		return nil, err
	}
	if cfg.Renderer == nil {
		cfg.Renderer = tui.PlainRenderer()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	m := &Model{cfg: cfg, styles: NewStyles(cfg.Renderer, cfg.Theme), keys: DefaultKeyMap(), group: g, loc: g.Location(),
		watch: newWatcher(cfg.Group), wake: newWakeups()}
	m.look()
	return m, nil
}

// tickMsg is the second passing; wakeMsg a file the room reads changing.
type (
	tickMsg struct{}
	wakeMsg struct{}
)

// Init starts the clock and listens for changes.
func (m *Model) Init() tea.Cmd { return tea.Batch(m.tick(), m.listen()) }

// Update follows the meeting: each second (for the clock) and whenever
// the journal or the sharing file changes, it reads what is new (a stat
// when nothing is) and draws the screen again.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
	case tea.KeyMsg:
		if key.Matches(msg, m.keys.Quit) {
			return m, tea.Quit
		}
		return m, nil
	case tickMsg:
		m.look()
		m.render()
		return m, m.tick()
	case wakeMsg:
		m.look()
		m.render()
		return m, m.listen()
	default:
		return m, nil
	}
	m.render()
	return m, nil
}

// View is the screen as last drawn.
func (m *Model) View() string { return m.frame }

// Close stops watching the folder.
func (m *Model) Close() { m.wake.Close() }

// look reads what changed, and watches the folders that matter now.
func (m *Model) look() {
	m.watch.refresh()
	m.sight = m.watch.sight()
	dirs := []string{m.cfg.Group, filepath.Join(m.cfg.Group, "meetings"), filepath.Dir(JoiningPath(m.cfg.Group))}
	if f := m.watch.feed; f != nil {
		dirs = append(dirs, filepath.Dir(f.path))
	}
	m.wake.watch(dirs...)
}

// tick wakes the screen at the start of the next second.
func (m *Model) tick() tea.Cmd {
	now := m.cfg.Now()
	return tea.Tick(now.Truncate(time.Second).Add(time.Second).Sub(now), func(time.Time) tea.Msg { return tickMsg{} })
}

// listen waits for the next change to a file the room reads.
func (m *Model) listen() tea.Cmd {
	c := m.wake.C()
	if c == nil {
		return nil
	}
	return func() tea.Msg {
		if _, ok := <-c; !ok {
			return nil
		}
		return wakeMsg{}
	}
}

// render draws the screen for the sight and the time now.
func (m *Model) render() {
	if m.w <= 0 || m.h <= 0 {
		m.frame = ""
		return
	}
	st := m.sight.guest
	now := m.cfg.Now()
	lang, loc, name := m.group.Minutes.Language, m.loc, m.group.Name
	if st != nil {
		lang, loc, name = st.Setup.Group.Minutes.Language, st.Location(), st.Setup.Group.Name
		if st.Setup.Clock == "sim" && !st.Last.IsZero() {
			now = st.Last
		}
	}
	f := frame{st: st, now: now, s: &m.styles, t: tongueFor(lang), join: m.sight.joining, err: m.sight.err,
		group: name, clock: now.In(loc).Format("15:04"), quit: m.keys.Quit.Help().Key, fonts: &m.fonts}
	m.frame = m.styles.fill(draw(f, m.sight.phase, m.w, m.h), m.w, m.h)
}
