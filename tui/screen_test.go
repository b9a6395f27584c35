package tui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/gyda/gyda/meeting"
)

// moments builds each moment of a meeting the screen must draw well.
func moments() map[string]func(r *rig) {
	return map[string]func(r *rig){
		"start": func(r *rig) {},
		"busy":  busyItem,
		"break": func(r *rig) { arriveAll(r); r.keys("enter"); r.do("break") },
		"red card": func(r *rig) {
			arriveAll(r)
			r.keys("enter")
			r.do("hand mair", "card dafydd red")
		},
		"requests": func(r *rig) {
			arriveAll(r)
			r.keys("enter")
			for _, id := range []string{"mair", "rhys", "john"} {
				if _, err := r.live.Do(meeting.Actor{Person: id}, "break"); err != nil {
					r.t.Fatal(err)
				}
			}
			r.do("card tom yellow")
			r.clock.Advance(65 * time.Minute)
			r.sync()
		},
		"help":    func(r *rig) { arriveAll(r); r.keys("enter", "?") },
		"command": func(r *rig) { arriveAll(r); r.keys("enter", ":", "arrive nonsense", "enter") },
		"form":    func(r *rig) { arriveAll(r); r.keys("enter", "a", "al", "tab") },
		"go-round": func(r *rig) {
			arriveAll(r)
			r.keys("enter")
			r.do("hand mair", "speak", "done")
			r.keys("n")
		},
		"asked":    func(r *rig) { arriveAll(r); r.keys("enter", ":", "leave willi", "enter") },
		"undo":     func(r *rig) { arriveAll(r); r.keys("enter", "u") },
		"fix":      func(r *rig) { busyItem(r); r.keys("x") },
		"declare":  func(r *rig) { arriveAll(r); r.keys("enter", ":", "declare aled: manages the respite service", "enter") },
		"messages": func(r *rig) { busyItem(r); r.keys("m") },
		"shared": func(r *rig) {
			r.m.cfg.Share = &Sharing{Address: "127.0.0.1:2222", Passcode: "123456", Fingerprint: testFingerprint}
			busyItem(r)
		},
		"quit":  func(r *rig) { r.keys("ctrl+c") },
		"ended": func(r *rig) { arriveAll(r); r.do("end") },
	}
}

// TestEverySize draws every moment at sizes from 80x24 to 200x60 (and
// smaller, and resized mid-meeting), on the laptop and on a guest's and a
// member's remote screen: never more lines than the height, never a line
// wider than the width.
func TestEverySize(t *testing.T) {
	sizes := [][2]int{{80, 24}, {81, 25}, {99, 30}, {100, 30}, {120, 40}, {160, 50}, {200, 60}, {60, 20}, {40, 12}, {20, 6}, {1, 1}}
	for _, v := range []struct {
		name string
		cfg  func(*Config)
	}{
		{"laptop", func(*Config) {}},
		{"guest", remote(meeting.Actor{}, "Guest 12")},
		{"member", remote(meeting.Actor{Person: "rhys"}, "")},
	} {
		for name, build := range moments() {
			t.Run(v.name+"/"+name, func(t *testing.T) {
				r := newRig(t, v.cfg)
				build(r)
				for _, sz := range sizes {
					r.size(sz[0], sz[1])
					checkFrame(t, r.screen(), sz[0], sz[1])
				}
			})
		}
	}
}

// TestColourNeverCarriesMeaning draws every moment in colour, in each
// theme, and checks that with the colour taken away it says exactly what
// the plain (NO_COLOR) screen says.
func TestColourNeverCarriesMeaning(t *testing.T) {
	for name, build := range moments() {
		for _, theme := range []string{ThemeDark, ThemeLight, ThemeHighContrast} {
			t.Run(name+"/"+theme, func(t *testing.T) {
				live, clock, rec := newLive(t)
				_ = rec
				colour := lipgloss.NewRenderer(os.Stdout)
				colour.SetColorProfile(termenv.TrueColor)
				rc := &rig{t: t, live: live, clock: clock, rec: rec, m: New(Config{Live: live, Actor: meeting.ConsoleActor(), Renderer: colour, Theme: theme})}
				rp := &rig{t: t, live: live, clock: clock, rec: rec, m: New(Config{Live: live, Actor: meeting.ConsoleActor(), Theme: theme})}
				defer rc.m.Close()
				defer rp.m.Close()
				rc.size(120, 40)
				rp.size(120, 40)
				build(rc)
				// The plain screen follows the same keys.
				replayKeys(rp, rc)
				rp.sync()
				rc.sync()
				colourView := rc.m.View()
				if !strings.Contains(colourView, "\x1b[") {
					t.Fatal("the colour screen has no colour")
				}
				if got, want := plainView(colourView), rp.screen(); got != want {
					t.Fatalf("colour and plain screens differ:\ncolour:\n%s\nplain:\n%s", got, want)
				}
			})
		}
	}
}

// replayKeys puts the plain screen in the same local state as the colour
// one (the keys pressed are local state; the meeting is shared).
func replayKeys(dst, src *rig) {
	dst.m.screen = src.m.screen
	dst.m.showHelp = src.m.showHelp
	dst.m.confirmQuit = src.m.confirmQuit
	dst.m.cmd.open, dst.m.cmd.err = src.m.cmd.open, src.m.cmd.err
	dst.m.cmd.input.SetValue(src.m.cmd.input.Value())
	dst.m.form.open, dst.m.form.focus, dst.m.form.hint = src.m.form.open, src.m.form.focus, src.m.form.hint
	dst.m.form.setValues(src.m.form.values())
	dst.m.form.fields[fieldDue].SetPlaceholder(src.m.form.fields[fieldDue].placeholder)
	dst.m.closing = src.m.closing
	dst.m.ask, dst.m.pick = src.m.ask, src.m.pick
	dst.m.messages = src.m.messages
	dst.m.status.lines, dst.m.status.err = src.m.status.lines, src.m.status.err
	dst.m.cfg.Share = src.m.cfg.Share
}

func TestNoColorRendererIsPlain(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	live, _, _ := newLive(t)
	m := New(Config{Live: live, Actor: meeting.ConsoleActor(), Renderer: lipgloss.NewRenderer(os.Stdout), Theme: ThemeHighContrast})
	defer m.Close()
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if v := m.View(); strings.Contains(v, "\x1b") {
		t.Fatalf("NO_COLOR screen has escape codes:\n%q", v[:200])
	}
	if !m.styles.Plain {
		t.Fatal("styles not plain under NO_COLOR")
	}
}

func TestResolveTheme(t *testing.T) {
	for _, c := range []struct{ theme, fgbg, want string }{
		{"", "", ThemeDark}, {ThemeAuto, "15;0", ThemeDark}, {ThemeAuto, "0;15", ThemeLight},
		{ThemeAuto, "0;default;7", ThemeLight}, {ThemeLight, "15;0", ThemeLight}, {ThemeHighContrast, "", ThemeHighContrast},
	} {
		if got := ResolveTheme(c.theme, c.fgbg); got != c.want {
			t.Errorf("ResolveTheme(%q, %q) = %q; want %q", c.theme, c.fgbg, got, c.want)
		}
	}
	if ValidTheme("blue") || !ValidTheme("") || !ValidTheme(ThemeHighContrast) {
		t.Error("ValidTheme")
	}
}

// TestDraftsSurviveACrash types into the command line, lets the draft be
// saved, and opens a new screen on the same meeting (as after a crash):
// the line is back. Carrying it out clears the draft at once.
func TestDraftsSurviveACrash(t *testing.T) {
	path := filepath.Join(t.TempDir(), "draft.json")
	live, _, _ := newLive(t)
	m := New(Config{Live: live, Actor: meeting.ConsoleActor(), Drafts: FileDrafts(path)})
	defer m.Close()
	r := &rig{t: t, live: live, m: m}
	r.keys("enter", ":", "note The carers' centre will host the next meeting")
	saveDraftNow(r)
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no draft saved: %v", err)
	}
	// A stale tick does not write an old draft over a newer one.
	r.send(draftTickMsg{gen: m.draftGen - 1})

	m2 := New(Config{Live: live, Actor: meeting.ConsoleActor(), Drafts: FileDrafts(path)})
	defer m2.Close()
	r2 := &rig{t: t, live: live, m: m2}
	r2.size(80, 24)
	if !m2.cmd.open || m2.cmd.value() != "note The carers' centre will host the next meeting" {
		t.Fatalf("restored line %v %q", m2.cmd.open, m2.cmd.value())
	}
	r2.contains("Restored what you were typing")
	r2.keys("enter")
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("draft still there after the line was carried out: %v", err)
	}

	// The action form's fields come back too.
	r2.keys("a", "aled", "enter")
	saveDraftNow(r2)
	m3 := New(Config{Live: live, Actor: meeting.ConsoleActor(), Drafts: FileDrafts(path)})
	defer m3.Close()
	if !m3.form.open || m3.form.fields[fieldOwner].Value() != "aled" {
		t.Fatalf("restored form %v %q", m3.form.open, m3.form.fields[fieldOwner].Value())
	}
}

// saveDraftNow gives the screen its draft tick and waits for the save to
// finish (it writes and fsyncs a file: no fixed time is long enough on a
// busy machine).
func saveDraftNow(r *rig) {
	r.t.Helper()
	var run func(cmd tea.Cmd)
	run = func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		switch msg := cmd().(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				run(c)
			}
		case draftSavedMsg:
			r.send(msg)
		}
	}
	run(r.send(draftTickMsg{gen: r.m.draftGen}))
}

// TestListenStopsOnClose checks the mailbox listener returns when the
// model is closed, so no goroutine outlives a session.
func TestListenStopsOnClose(t *testing.T) {
	live, _, _ := newLive(t)
	m := New(Config{Live: live, Actor: meeting.Actor{Person: "mair"}, Remote: true})
	cmd := m.listen()
	if _, ok := cmd().(snapshotMsg); !ok {
		t.Fatal("the first listen did not deliver the current snapshot")
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	m.Close()
	select {
	case msg := <-done:
		if _, ok := msg.(stoppedMsg); !ok {
			t.Fatalf("got %T", msg)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("listen did not return after Close")
	}
	m.Close() // twice is fine
}

func TestTicksOnlyWhileAClockRuns(t *testing.T) {
	live, _, _ := newLive(t)
	m := New(Config{Live: live, Actor: meeting.ConsoleActor()})
	defer m.Close()
	if m.needsTick() {
		t.Fatal("ticks on the simulated clock")
	}
	m.snap.State.Setup.Clock = "" // as on the real clock
	if !m.needsTick() || m.ensureTick() == nil || m.ensureTick() != nil {
		t.Fatal("want one tick chain while the meeting is open")
	}
	m.Update(tickMsg{gen: m.tickGen - 1}) // a stale tick starts nothing
}

// TestNoPackageState checks that the package keeps no variables: every
// SSH session runs its own program, and nothing may be shared. A blank
// var (a compile-time interface check) holds nothing.
func TestNoPackageState(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR && !onlyBlank(g) {
				t.Errorf("%s: package-level var at %s", f, fset.Position(g.Pos()))
			}
		}
	}
}

// onlyBlank reports whether a var declaration names nothing but _, as a
// compile-time interface check does: no state.
func onlyBlank(g *ast.GenDecl) bool {
	for _, spec := range g.Specs {
		for _, name := range spec.(*ast.ValueSpec).Names {
			if name.Name != "_" {
				return false
			}
		}
	}
	return true
}

// BenchmarkView draws a busy meeting at 120x40: what every clock tick and
// every change costs each screen.
func BenchmarkView(b *testing.B) {
	r := newRig(b)
	busyItem(r)
	r.size(120, 40)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.m.dirty = true
		_ = r.m.View()
	}
}

// BenchmarkViewColour is the same with a true-colour renderer.
func BenchmarkViewColour(b *testing.B) {
	colour := lipgloss.NewRenderer(os.Stdout)
	colour.SetColorProfile(termenv.TrueColor)
	r := newRig(b, func(c *Config) { c.Renderer = colour })
	busyItem(r)
	r.size(120, 40)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.m.dirty = true
		_ = r.m.View()
	}
}

// TestTickDrawsOnlyWhenTheClockShows checks a tick that changes nothing
// on screen draws no new frame.
func TestTickDrawsOnlyWhenTheClockShows(t *testing.T) {
	r := newRig(t)
	arriveAll(r)
	r.keys("enter")
	r.do("item 4")                  // 25 minutes: minutes only, no seconds
	r.m.snap.State.Setup.Clock = "" // ticking, as on the real clock
	r.m.ensureTick()
	r.clock.Advance(10 * time.Second)
	r.send(tickMsg{gen: r.m.tickGen})
	_ = r.m.View()
	r.clock.Advance(time.Second) // 24m left shows no seconds
	r.send(tickMsg{gen: r.m.tickGen})
	if r.m.dirty {
		t.Fatal("a second passing with nothing to show drew a frame")
	}
	r.clock.Advance(time.Minute)
	r.send(tickMsg{gen: r.m.tickGen})
	if !r.m.dirty {
		t.Fatal("a minute passing drew nothing")
	}
	r.do("hand mair", "speak")
	_ = r.m.View()
	r.clock.Advance(time.Second) // the speaker's time shows seconds
	r.send(tickMsg{gen: r.m.tickGen})
	if !r.m.dirty {
		t.Fatal("the speaker's clock did not move")
	}
}

// TestWidthAgreesWithAnsi checks the quick width against the proper one.
func TestWidthAgreesWithAnsi(t *testing.T) {
	for _, s := range []string{"", "abc", "Siân Davies", "Llŷr", "── Speaking queue ──", "▶ next", "…", "✓ Quorate", "✗ NOT", "日本", "e\u0301", "\x1b[1mbold\x1b[0m", "█░", "◷ ▲ ■ ●", "Dafydd’s"} {
		if got, want := width(s), ansi.StringWidth(s); got != want {
			t.Errorf("width(%q) = %d; ansi says %d", s, got, want)
		}
	}
}

func TestNoticesGoToTheStatusLine(t *testing.T) {
	ch := make(chan []string, 1)
	r := newRig(t, func(c *Config) { c.Notices = ch })
	cmd := listenNotices(ch, r.m.stop)
	ch <- []string{"Mair Jones joined remotely."}
	r.runCmd(r.send(cmd()))
	r.contains("Mair Jones joined remotely.")
	close(ch)
	if _, ok := listenNotices(ch, r.m.stop)().(stoppedMsg); !ok {
		t.Fatal("a closed notice channel did not stop the listener")
	}
}

func TestStartScreenSuggestionsSeam(t *testing.T) {
	calls := 0
	r := newRig(t, func(c *Config) {
		c.Suggestions = func(st *meeting.State) []Suggestion {
			calls++
			return []Suggestion{
				{Role: "chair", People: []string{"bethan", "sian"}, Why: "Bethan has never chaired"},
				{Role: "minutes", People: []string{"claire"}, Why: "Claire took them least recently"},
			}
		}
	})
	r.size(120, 40)
	r.contains("Chair:        Bethan Morgan, Siân Davies", "Minute-taker: Claire Thomas", "Chair: Bethan has never chaired")
	before := calls
	for i := 0; i < 5; i++ {
		r.m.dirty = true
		_ = r.m.View()
	}
	if calls != before {
		t.Fatalf("suggestions worked out again %d times for the same snapshot", calls-before)
	}
	r.do("arrive bethan")
	r.contains("Bethan Morgan [here]")
}
