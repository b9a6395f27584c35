package history

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/config/demo"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/journal"
)

// The fixture: the sample group meets three times (testdata/meetings),
// each meeting run through the live meeting into a real journal in the
// group folder, with what the earlier meetings carried, just as gyda run
// does.

var meetingDays = []time.Time{
	time.Date(2026, 10, 1, 10, 0, 0, 0, time.UTC),
	time.Date(2026, 11, 5, 10, 0, 0, 0, time.UTC),
	time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC),
}

// sampleGroup writes the sample group into a fresh folder.
func sampleGroup(t testing.TB) (string, config.Folder, config.Agenda) {
	t.Helper()
	dir := t.TempDir()
	folder, agenda, err := demo.WriteTo(dir)
	if err != nil {
		t.Fatal(err)
	}
	return dir, folder, agenda
}

// threeMeetings runs the three scripted meetings in the sample group.
func threeMeetings(t *testing.T) (string, config.Folder) {
	t.Helper()
	dir, folder, agenda := sampleGroup(t)
	for i, day := range meetingDays {
		script, err := os.ReadFile(filepath.Join("testdata", "meetings", []string{"1.txt", "2.txt", "3.txt"}[i]))
		if err != nil {
			t.Fatal(err)
		}
		runMeeting(t, dir, folder, agenda, day, string(script))
	}
	return dir, folder
}

// runMeeting runs a script as a meeting starting at start, carrying what
// the group's earlier meetings left open.
func runMeeting(t testing.TB, dir string, folder config.Folder, agenda config.Agenda, start time.Time, script string) *meeting.State {
	t.Helper()
	h, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	agenda.Start = start
	setup := &meeting.Setup{Group: folder.Group, Agenda: agenda, People: folder.Roster.People(), Clock: "sim", Carried: h.Carried()}
	j := newJournal(t, dir, start.Format("2006-01-02")+"-co-production-group", setup)
	defer j.Close()
	live, _, err := meeting.Start(setup, nil, j, meeting.NewSimClock(start), meeting.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(script), "\n") {
		if _, err := live.Do(meeting.ConsoleActor(), line); err != nil {
			t.Fatalf("meeting of %s: %q: %v", start.Format("2006-01-02"), line, err)
		}
	}
	return live.Snapshot(meeting.ConsoleActor()).State
}

// newJournal creates the journal of a meeting called name in the group
// folder dir, with setup in its header.
func newJournal(t testing.TB, dir, name string, setup *meeting.Setup) *journal.Journal {
	t.Helper()
	meta, err := json.Marshal(setup)
	if err != nil {
		t.Fatal(err)
	}
	mdir := filepath.Join(dir, "meetings", name)
	if err := os.MkdirAll(mdir, 0o755); err != nil {
		t.Fatal(err)
	}
	j, err := journal.Create(filepath.Join(mdir, JournalName), meta)
	if err != nil {
		t.Fatal(err)
	}
	return j
}
