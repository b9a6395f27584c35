package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gyda/gyda/config/demo"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/tui/room"
)

// sharingFile reads GROUP/.gyda/sharing.json; false when there is none.
func sharingFile(t *testing.T, group string) (room.Joining, bool) {
	t.Helper()
	data, err := os.ReadFile(room.JoiningPath(group))
	if os.IsNotExist(err) {
		return room.Joining{}, false
	}
	if err != nil {
		t.Fatal(err)
	}
	var j room.Joining
	if err := json.Unmarshal(data, &j); err != nil {
		t.Fatalf("sharing.json: %v\n%s", err, data)
	}
	return j, true
}

// newSession starts a meeting of the sample group, edited.
func newSession(t *testing.T, edit func(*meeting.Setup)) *session {
	t.Helper()
	dir := t.TempDir()
	folder, agenda, err := demo.WriteTo(dir)
	if err != nil {
		t.Fatal(err)
	}
	setup := &meeting.Setup{Group: folder.Group, Agenda: agenda, People: folder.Roster.People(), Clock: "sim"}
	edit(setup)
	clock, _ := newClock("sim", agenda.Start)
	s, err := startSession(dir, setup, clock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.close() })
	return s
}

// While gyda run shares a meeting it tells the room screen how to join:
// the address and the fingerprint, and the passcode only when group.toml
// allows the room to show it; when it stops, that goes.
func TestSharingTellsTheRoomHowToJoin(t *testing.T) {
	for _, show := range []bool{false, true} {
		s := newSession(t, func(st *meeting.Setup) { st.Group.Room.ShowPasscode = show })
		var out strings.Builder
		_, sh, err := startSharing(s, meetingFlags{share: "127.0.0.1:0"}, env{stdout: &out}, false)
		if err != nil {
			t.Fatal(err)
		}
		j, ok := sharingFile(t, s.group)
		if !ok || j.Meeting != filepath.Base(s.dir) || j.Address != sh.host.Addr().String() || j.Fingerprint != sh.host.Fingerprint() {
			t.Fatalf("sharing.json %+v (%v); the host is at %s with %s", j, ok, sh.host.Addr(), sh.host.Fingerprint())
		}
		if (j.Passcode == sh.host.Passcode()) != show || show && j.Passcode == "" {
			t.Errorf("show_passcode %v, and sharing.json has the passcode %q", show, j.Passcode)
		}
		if fi, err := os.Stat(room.JoiningPath(s.group)); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("sharing.json: %v, mode %v", err, fi.Mode())
		}
		sh.stop()
		if _, ok := sharingFile(t, s.group); ok {
			t.Error("sharing.json is left after the sharing stopped")
		}
	}
}

// A gyda that stopped while sharing (the laptop died) leaves the file;
// the meeting resumed without sharing takes it away.
func TestAStaleSharingFileIsRemovedWhenTheMeetingRunsUnshared(t *testing.T) {
	s := newSession(t, func(*meeting.Setup) {})
	if err := room.WriteJoining(s.group, room.Joining{Meeting: filepath.Base(s.dir), Address: "127.0.0.1:2222", Fingerprint: "SHA256:x"}); err != nil {
		t.Fatal(err)
	}
	if _, sh, err := startSharing(s, meetingFlags{}, env{stdout: &strings.Builder{}}, false); err != nil {
		t.Fatal(err)
	} else {
		sh.stop()
	}
	if _, ok := sharingFile(t, s.group); ok {
		t.Error("a stale sharing.json was kept for a meeting that is not shared")
	}
}

func TestRoomUsage(t *testing.T) {
	group := sampleGroup(t)
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"room", "--theme", "blue"}, 2, `--theme "blue": use high-contrast, dark or light`},
		{[]string{"room", "extra"}, 2, "gyda room takes no arguments"},
		{[]string{"room"}, 2, "run it in a terminal"},
		{[]string{"help", "room"}, 0, "gyda room [--group DIR] [--theme high-contrast|dark|light]"},
	} {
		out, errs, code := gyda(t, group, "", tt.args...)
		if code != tt.code || !strings.Contains(out+errs, tt.want) {
			t.Errorf("gyda %v: exit %d, want %d and %q\n%s%s", tt.args, code, tt.code, tt.want, out, errs)
		}
	}
}
