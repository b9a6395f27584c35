package tui

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/gyda/gyda/config/demo"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/meetingtest"
	"github.com/gyda/gyda/tui/internal/cmdtest"
)

// updating reports whether -update was given: rewrite the golden files in
// testdata/. (The flag is registered by x/exp/golden, which teatest uses.)
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// demoSetup is the built-in sample group's meeting on the simulated clock.
func demoSetup(t testing.TB) *meeting.Setup {
	t.Helper()
	folder, agenda, err := demo.WriteTo(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return &meeting.Setup{Group: folder.Group, Agenda: agenda, People: folder.Roster.People(), Clock: "sim", Demo: true}
}

// rig is a live meeting of the sample group with a screen on it.
type rig struct {
	t     testing.TB
	live  *meeting.Live
	clock *meeting.SimClock
	rec   *meetingtest.Recorder
	m     *Model
	w, h  int
}

func newLive(t testing.TB) (*meeting.Live, *meeting.SimClock, *meetingtest.Recorder) {
	t.Helper()
	return newLiveWith(t, demoSetup(t))
}

// newLiveWith starts a meeting of setup on the simulated clock.
func newLiveWith(t testing.TB, setup *meeting.Setup) (*meeting.Live, *meeting.SimClock, *meetingtest.Recorder) {
	t.Helper()
	clock := meeting.NewSimClock(setup.Agenda.Start)
	rec := &meetingtest.Recorder{}
	live, _, err := meeting.Start(setup, nil, rec, clock, meeting.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return live, clock, rec
}

func newRig(t testing.TB, edit ...func(*Config)) *rig {
	t.Helper()
	live, clock, rec := newLive(t)
	cfg := Config{Live: live, Actor: meeting.ConsoleActor()}
	for _, e := range edit {
		e(&cfg)
	}
	return rigOn(t, clock, rec, cfg)
}

// rigOn is a screen made with cfg on a meeting already running (several
// screens may share one).
func rigOn(t testing.TB, clock *meeting.SimClock, rec *meetingtest.Recorder, cfg Config) *rig {
	t.Helper()
	r := &rig{t: t, live: cfg.Live, clock: clock, rec: rec, w: 80, h: 24}
	r.m = New(cfg)
	t.Cleanup(r.m.Close)
	r.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	return r
}

// do runs console commands that must succeed, then gives the screen the
// newest snapshot (as its mailbox would).
func (r *rig) do(lines ...string) {
	r.t.Helper()
	for _, l := range lines {
		if _, err := r.live.Do(meeting.ConsoleActor(), l); err != nil {
			r.t.Fatalf("%q: %v", l, err)
		}
	}
	r.sync()
}

// sync gives the screen the newest snapshot as its viewer may see it, as
// its mailbox would.
func (r *rig) sync() { r.runCmd(r.send(snapshotMsg{snap: r.live.Snapshot(r.m.cfg.Actor)})) }

func (r *rig) send(msg tea.Msg) tea.Cmd {
	_, cmd := r.m.Update(msg)
	return cmd
}

// keys sends keys: names like "enter", "tab", "ctrl+c", or text typed
// rune by rune.
func (r *rig) keys(ks ...string) {
	for _, k := range ks {
		if msg, ok := namedKey(k); ok {
			r.runCmd(r.send(msg))
			continue
		}
		for _, c := range k {
			r.runCmd(r.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{c}}))
		}
	}
}

// runCmd runs the commands that finish at once (writing the minutes,
// saving a draft) to the end, as Bubble Tea would, and feeds their
// messages back. It leaves alone the ones that wait: timers, and the
// listeners for the next snapshot or notice, which the rig stands in for
// (sync).
func (r *rig) runCmd(cmd tea.Cmd) {
	if cmd == nil || cmdtest.Waits(cmd) || listens(cmd) {
		return
	}
	switch msg := cmdtest.Finish(r.t, cmd).(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			r.runCmd(c)
		}
	case minutesMsg, draftSavedMsg:
		r.runCmd(r.send(msg))
	}
}

// listens reports whether cmd is one of the screen's listeners, which
// wait for the meeting's next snapshot or an outside notice.
func listens(cmd tea.Cmd) bool { return cmdtest.Named(cmd, "listen", "listenNotices") }

func namedKey(k string) (tea.KeyMsg, bool) {
	types := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab, "esc": tea.KeyEsc,
		"up": tea.KeyUp, "down": tea.KeyDown, "ctrl+c": tea.KeyCtrlC, "backspace": tea.KeyBackspace,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "ctrl+u": tea.KeyCtrlU, "space": tea.KeySpace,
	}
	t, ok := types[k]
	return tea.KeyMsg{Type: t}, ok
}

func (r *rig) size(w, h int) {
	r.w, r.h = w, h
	r.send(tea.WindowSizeMsg{Width: w, Height: h})
}

// screen is the view with escape codes stripped and trailing spaces cut.
func (r *rig) screen() string { return plainView(r.m.View()) }

func plainView(v string) string {
	lines := strings.Split(ansi.Strip(v), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

func (r *rig) contains(want ...string) {
	r.t.Helper()
	v := r.screen()
	for _, s := range want {
		if !strings.Contains(v, s) {
			r.t.Fatalf("screen does not show %q:\n%s", s, v)
		}
	}
}

func (r *rig) lacks(unwanted ...string) {
	r.t.Helper()
	v := r.screen()
	for _, s := range unwanted {
		if strings.Contains(v, s) {
			r.t.Fatalf("screen shows %q:\n%s", s, v)
		}
	}
}

// golden compares the view at a size with testdata/NAME-WxH.golden.
func (r *rig) golden(name string, w, h int) {
	r.t.Helper()
	r.size(w, h)
	got := r.screen()
	checkFrame(r.t, got, w, h)
	path := filepath.Join("testdata", name+"-"+itoa(w)+"x"+itoa(h)+".golden")
	if updating() {
		if err := os.WriteFile(path, []byte(got+"\n"), 0o644); err != nil {
			r.t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		r.t.Fatalf("%v (run go test ./tui -update to write it)", err)
	}
	if string(want) != got+"\n" {
		r.t.Errorf("%s differs from the view (go test ./tui -run %s -update rewrites it)\ngot:\n%s\nwant:\n%s", path, r.t.Name(), got, want)
	}
}

// checkFrame fails when a frame has more lines than the height or a line
// wider than the width.
func checkFrame(t testing.TB, v string, w, h int) {
	t.Helper()
	lines := strings.Split(v, "\n")
	if len(lines) > h {
		t.Fatalf("%d lines in a %d-line window:\n%s", len(lines), h, v)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Fatalf("line %d is %d wide in a %d-column window: %q", i+1, lw, w, l)
		}
	}
}
