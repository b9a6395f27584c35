package room

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/config/demo"
)

// journalPath is the rig's meeting journal.
func (r *rig) journalPath() string {
	return filepath.Join(r.dir, "meetings", meetingID, "journal.jsonl")
}

// A journal read while it grows, stopped at every byte of its last
// records (as a reader may find a write part way through, or a crash
// leaves it): the room shows the meeting after exactly the whole records,
// never a record half read, never an error, and, when the rest arrives,
// all of it.
func TestAJournalReadWhileItGrowsIsNeverShownHalfRead(t *testing.T) {
	r := newRig(t).start().arrive()
	r.do("next", "hand mair", "speak").wait(time.Minute)
	r.do("decide The RPB will be asked to fund weekend respite.", "hand claire", "done").wait(time.Minute)
	full, err := os.ReadFile(r.journalPath())
	if err != nil {
		t.Fatal(err)
	}
	want := r.screen(120, 40)

	// A second group folder, where the same journal grows a byte at a
	// time over its last four records.
	dir := t.TempDir()
	if _, _, err := demo.WriteTo(dir); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "meetings", meetingID, "journal.jsonl")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(full, []byte("\n"))
	from := len(full)
	for _, l := range lines[len(lines)-5:] { // the last is "" after the final newline
		from -= len(l)
	}
	room, err := New(Config{Group: dir, Now: r.clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	defer room.Close()
	room.w, room.h = 120, 40
	for k := from; k <= len(full); k++ {
		if err := os.WriteFile(path, full[:k], 0o600); err != nil {
			t.Fatal(err)
		}
		room.Update(tickMsg{})
		s := room.sight
		whole := bytes.Count(full[:k], []byte("\n")) - 1 // less the header
		if s.err != nil {
			t.Fatalf("%d bytes of %d: the room shows an error: %v", k, len(full), s.err)
		}
		if s.guest == nil || s.guest.Events != whole {
			t.Fatalf("%d bytes of %d: the room shows the meeting after %v events, want the %d whole records", k, len(full), events(s), whole)
		}
		if v := plainView(room.View()); strings.Contains(v, "cannot be read") {
			t.Fatalf("%d bytes: the room shows a problem:\n%s", k, v)
		}
	}
	if got := plainView(room.View()); got != want {
		t.Fatalf("the whole journal, read a byte at a time, shows\n%s\nbut read at once\n%s", got, want)
	}
}

func events(s sight) any {
	if s.guest == nil {
		return "no meeting"
	}
	return s.guest.Events
}
