package room

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/gyda/gyda/config/demo"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/journal"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// meetingID is the folder of the rig's meeting.
const meetingID = "2026-12-03-co-production-group"

// rig is the sample group's folder with a meeting running in it, written
// to a real journal as gyda run writes it, and a room screen on the
// folder. The meeting runs on a simulated clock that is also the room's
// wall clock, so the views are the same on every machine.
type rig struct {
	t     testing.TB
	dir   string
	setup *meeting.Setup
	live  *meeting.Live
	clock *meeting.SimClock
	j     *journal.Journal
	m     *Model
}

// newRig writes the sample group to a folder and opens a room screen on
// it; start then starts the meeting.
func newRig(t testing.TB) *rig {
	t.Helper()
	dir := t.TempDir()
	folder, agenda, err := demo.WriteTo(dir)
	if err != nil {
		t.Fatal(err)
	}
	setup := &meeting.Setup{Group: folder.Group, Agenda: agenda, People: folder.Roster.People()}
	r := &rig{t: t, dir: dir, setup: setup, clock: meeting.NewSimClock(agenda.Start)}
	r.m, err = New(Config{Group: dir, Now: r.clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.m.Close)
	return r
}

// start opens the meeting in GROUP/meetings/ID/journal.jsonl.
func (r *rig) start() *rig {
	r.t.Helper()
	meta, err := json.Marshal(r.setup)
	if err != nil {
		r.t.Fatal(err)
	}
	path := filepath.Join(r.dir, "meetings", meetingID, "journal.jsonl")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if r.j, err = journal.Create(path, meta); err != nil {
		r.t.Fatal(err)
	}
	r.t.Cleanup(func() { r.j.Close() })
	if r.live, _, err = meeting.Start(r.setup, nil, r.j, r.clock, meeting.Options{}); err != nil {
		r.t.Fatal(err)
	}
	return r
}

// do carries out the chair's commands, each of which must work.
func (r *rig) do(lines ...string) *rig {
	r.t.Helper()
	for _, l := range lines {
		if _, err := r.live.Do(meeting.ConsoleActor(), l); err != nil {
			r.t.Fatalf("%q: %v", l, err)
		}
	}
	return r
}

// wait moves the clock on.
func (r *rig) wait(d time.Duration) *rig { r.clock.Advance(d); return r }

// share writes the sharing file as gyda run --share does.
func (r *rig) share(passcode string) *rig {
	r.t.Helper()
	err := WriteJoining(r.dir, Joining{Meeting: meetingID, Address: "127.0.0.1:2222",
		Fingerprint: "SHA256:Qm9vayBvZiBMbGFuZGFmZiBmaW5nZXJwcmludCBleGFtcGxl", Passcode: passcode})
	if err != nil {
		r.t.Fatal(err)
	}
	return r
}

// screen is the room screen at a size, after a second has passed (the
// room looks at the folder), escape codes stripped and trailing spaces
// cut.
func (r *rig) screen(w, h int) string {
	r.t.Helper()
	r.m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	r.m.Update(tickMsg{})
	v := r.m.View()
	checkFrame(r.t, v, w, h)
	return plainView(v)
}

func plainView(v string) string {
	lines := strings.Split(ansi.Strip(v), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

// shows fails unless the screen at w by h shows every one of want.
func (r *rig) shows(w, h int, want ...string) string {
	r.t.Helper()
	v := r.screen(w, h)
	for _, s := range want {
		if !strings.Contains(v, s) {
			r.t.Fatalf("the %dx%d room screen does not show %q:\n%s", w, h, s, v)
		}
	}
	return v
}

// lacks fails if the screen at w by h shows any of unwanted.
func (r *rig) lacks(w, h int, unwanted ...string) {
	r.t.Helper()
	v := r.screen(w, h)
	for _, s := range unwanted {
		if strings.Contains(v, s) {
			r.t.Fatalf("the %dx%d room screen shows %q:\n%s", w, h, s, v)
		}
	}
}

// golden compares the screen at a size with testdata/NAME-WxH.golden.
func (r *rig) golden(name string, w, h int) {
	r.t.Helper()
	got := r.screen(w, h) + "\n"
	path := filepath.Join("testdata", name+"-"+strconv.Itoa(w)+"x"+strconv.Itoa(h)+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			r.t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			r.t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		r.t.Fatalf("%v (go test ./tui/room -update writes it)", err)
	}
	if string(want) != got {
		r.t.Errorf("%s differs from the screen (go test ./tui/room -run %s -update rewrites it)\ngot:\n%s\nwant:\n%s", path, r.t.Name(), got, want)
	}
}

// checkFrame fails when a frame is not exactly h lines of w cells: the
// room paints its background over the whole screen.
func checkFrame(t testing.TB, v string, w, h int) {
	t.Helper()
	lines := strings.Split(v, "\n")
	if len(lines) != h {
		t.Fatalf("%d lines in a %d-line window:\n%s", len(lines), h, ansi.Strip(v))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw != w {
			t.Fatalf("line %d is %d wide in a %d-column window: %q", i+1, lw, w, ansi.Strip(l))
		}
	}
}
