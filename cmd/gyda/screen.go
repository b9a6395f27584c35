package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/tui"
	"github.com/gyda/gyda/tui/setup"
)

// draftName is the file in the meeting folder that keeps what the chair is
// typing, so it survives a crash.
const draftName = "draft.json"

// wantScreen reports whether the meeting runs on the full screen: standard
// input and output are a terminal and --plain was not given.
func wantScreen(f meetingFlags, e env) bool {
	if f.plain {
		return false
	}
	return isTerminal(e.stdin) && isTerminal(e.stdout)
}

func isTerminal(x any) bool {
	f, ok := x.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// screenTheme is the theme: --theme, else group.toml's, resolved without
// asking the terminal (auto is dark unless COLORFGBG says light).
func screenTheme(flagTheme string, s *session) (string, error) {
	theme := flagTheme
	if theme == "" {
		theme = s.setup.Group.Theme
	}
	if !tui.ValidTheme(theme) {
		return "", usagef("--theme %q: use auto, dark, light or high-contrast", theme)
	}
	return tui.ResolveTheme(theme, os.Getenv("COLORFGBG")), nil
}

// runScreen runs the meeting on the chair's screen. When it closes it
// says on the terminal what became of the meeting: the minutes written, or
// how to resume. If the journal cannot be written the screen closes and
// the chair is offered another folder, as in plain mode; the screen then
// opens again there.
func runScreen(s *session, f meetingFlags, e env, sh *sharing) error {
	theme, err := screenTheme(f.theme, s)
	if err != nil {
		return err
	}
	var lines *bufio.Reader
	for {
		m := tui.New(tui.Config{
			Live:         s.live,
			Actor:        meeting.ConsoleActor(),
			Renderer:     lipgloss.NewRenderer(e.stdout),
			Theme:        theme,
			WriteMinutes: s.writeMinutes,
			Drafts:       tui.FileDrafts(filepath.Join(s.dir, draftName)),
			Opening:      s.opening,
			Notices:      sh.notices,
			Do:           sh.console(),
			Share:        sh.details(),
			Presence:     sh.presence(),
			Commands:     sh.commands(),
			Suggestions:  rotationSuggestions(s.group),
			SetUp:        s.fresh,
		})
		p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithInput(e.stdin), tea.WithOutput(e.stdout))
		_, err := p.Run()
		m.Close()
		if err != nil {
			return fmt.Errorf("the meeting screen: %w", err)
		}
		if se := m.SaveError(); se != nil {
			fmt.Fprintln(e.stdout, "error: "+se.Error())
			if lines == nil {
				lines = bufio.NewReader(e.stdin)
			}
			pp := &plainPrinter{out: e.stdout}
			if err := pp.offerAnotherFolder(s, lines); err != nil {
				return err
			}
			continue
		}
		if what := m.SetupRequested(); what != "" {
			return &setupRequest{what: what}
		}
		return screenClosed(m, s, e.stdout)
	}
}

// screenClosed says on the terminal, after the screen has gone, where the
// minutes are or how to carry on.
func screenClosed(m *tui.Model, s *session, out io.Writer) error {
	if !m.Ended() {
		fmt.Fprintf(out, "The meeting has not ended; everything recorded is saved in %s.\n", s.dir)
		fmt.Fprintln(out, "Run gyda run again in the group folder to carry on.")
		return nil
	}
	paths, err := m.Minutes()
	if err != nil {
		fmt.Fprintln(out, "The meeting is saved, but its minutes could not be written.")
		fmt.Fprintln(out, "Write them later with: gyda minutes "+s.journal.Path())
		return err
	}
	if len(paths) == 0 {
		// The screen closed before the minutes were written (or this
		// meeting had ended before): write them now.
		if paths, err = s.writeMinutes(); err != nil {
			return err
		}
	}
	for _, p := range paths {
		fmt.Fprintf(out, "Minutes written: %s\n", p)
	}
	return nil
}

// setupRequest is the chair leaving the start screen, before anything was
// recorded, to change the group's people or today's agenda ("people",
// "agenda"); the meeting then starts afresh.
type setupRequest struct{ what string }

func (r *setupRequest) Error() string {
	return "the chair left the start screen to change the " + r.what
}

// runSetupScreen opens the people or the agenda screen on the terminal
// until the chair leaves it.
func runSetupScreen(what, groupDir string, e env) error {
	opts := setup.Options{Renderer: lipgloss.NewRenderer(e.stdout)}
	var m tea.Model
	var err error
	switch what {
	case "people":
		m, err = setup.PeopleFolder(groupDir, opts)
	case "agenda":
		m, err = setup.AgendaFolder(groupDir, time.Now(), opts)
	default:
		return fmt.Errorf("no %s screen", what)
	}
	if err != nil {
		return err
	}
	p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithInput(e.stdin), tea.WithOutput(e.stdout))
	if _, err := p.Run(); err != nil {
		return fmt.Errorf("the %s screen: %w", what, err)
	}
	return nil
}
