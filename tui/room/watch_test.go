package room

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/journal"
)

// The room waits for a meeting, follows it, shows it ended, and follows
// the next one when it starts.
func TestTheRoomFollowsOneMeetingAfterAnother(t *testing.T) {
	r := newRig(t)
	r.shows(80, 24, "No meeting is running in this group yet.")
	r.start()
	r.shows(80, 24, "The meeting will start soon")
	r.arrive().do("next")
	r.shows(80, 24, "Item 2 of 7")
	r.do("end").wait(time.Minute)
	r.shows(80, 24, "The meeting ended at 10:00.")
	r.shows(80, 24, "The meeting ended at 10:00.") // and stays so

	// The next meeting, in a newer folder.
	r.j.Close()
	next := r.startIn("2027-01-14-co-production-group", r.setup.Agenda.Start.AddDate(0, 1, 11))
	r.shows(80, 24, "The meeting will start soon")
	if _, err := next.Do(meeting.ConsoleActor(), "arrive sian"); err != nil {
		t.Fatal(err)
	}
	r.shows(80, 24, "Item 1 of 7", "1 present")
}

// startIn starts a meeting of the rig's setup in another folder, its
// clock at start.
func (r *rig) startIn(id string, start time.Time) *meeting.Live {
	r.t.Helper()
	meta, _ := json.Marshal(r.setup)
	path := filepath.Join(r.dir, "meetings", id, "journal.jsonl")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		r.t.Fatal(err)
	}
	j, err := journal.Create(path, meta)
	if err != nil {
		r.t.Fatal(err)
	}
	r.t.Cleanup(func() { j.Close() })
	r.clock.Set(start)
	live, _, err := meeting.Start(r.setup, nil, j, r.clock, meeting.Options{})
	if err != nil {
		r.t.Fatal(err)
	}
	return live
}

// A meeting abandoned before anything was recorded (its folder removed)
// takes the room back to waiting.
func TestAnAbandonedMeetingTakesTheRoomBackToWaiting(t *testing.T) {
	r := newRig(t).start()
	r.shows(80, 24, "The meeting will start soon")
	r.j.Close()
	if err := os.RemoveAll(filepath.Dir(r.journalPath())); err != nil {
		t.Fatal(err)
	}
	r.shows(80, 24, "No meeting is running in this group yet.")
}

// The room, like gyda run, follows the newest meeting that has not
// ended; one that has ended, even a newer one, is not shown.
func TestTheRoomShowsTheUnfinishedMeeting(t *testing.T) {
	r := newRig(t).start().arrive()
	r.do("next")
	r.j.Close()
	ended := r.startIn("2026-12-04-co-production-group", r.setup.Agenda.Start.AddDate(0, 0, 1))
	if _, err := ended.Do(meeting.ConsoleActor(), "end"); err != nil {
		t.Fatal(err)
	}
	r.shows(80, 24, "Item 2 of 7", "8 present")
}

// A journal damaged before its last line (not a write in progress) is
// said on the screen, with the meeting as it stood before the damage;
// nothing is changed on disk.
func TestADamagedJournalIsSaidAndLeftAlone(t *testing.T) {
	r := newRig(t).start().arrive()
	r.do("next")
	r.shows(80, 24, "Item 2 of 7")
	r.do("hand mair", "speak", "done")
	data, err := os.ReadFile(r.journalPath())
	if err != nil {
		t.Fatal(err)
	}
	// Damage the record before last, as a bad disk might.
	lines := strings.SplitAfter(string(data), "\n")
	lines[len(lines)-3] = strings.Replace(lines[len(lines)-3], `"mair"`, `"MAIR"`, 1)
	damaged := strings.Join(lines, "")
	if err := os.WriteFile(r.journalPath(), []byte(damaged), 0o600); err != nil {
		t.Fatal(err)
	}
	r.shows(120, 40, "The meeting's record cannot be read just now", "checksum does not match", "Item 2 of 7")
	if back, _ := os.ReadFile(r.journalPath()); string(back) != damaged {
		t.Fatal("the room changed the journal")
	}
}
