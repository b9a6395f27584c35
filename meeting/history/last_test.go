package history

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/meeting"
	"os"
)

func TestReadLast(t *testing.T) {
	ended := "arrive sian\nchair sian\nend"
	tests := []struct {
		name string
		// add adds meetings to a group folder.
		add     func(t *testing.T, dir string, folder config.Folder, agenda config.Agenda)
		want    string // the meeting's ID; "" for none
		wantErr string
	}{
		{name: "a group that has not met", add: func(*testing.T, string, config.Folder, config.Agenda) {}},
		{name: "the newest of those that ended", want: "2026-11-05-co-production-group",
			add: func(t *testing.T, dir string, folder config.Folder, agenda config.Agenda) {
				runMeeting(t, dir, folder, agenda, meetingDays[1], ended)
				runMeeting(t, dir, folder, agenda, meetingDays[0], ended)
			}},
		{name: "one not ended is passed over", want: "2026-10-01-co-production-group",
			add: func(t *testing.T, dir string, folder config.Folder, agenda config.Agenda) {
				runMeeting(t, dir, folder, agenda, meetingDays[0], ended)
				runMeeting(t, dir, folder, agenda, meetingDays[1], "arrive sian")
			}},
		{name: "a rehearsal is passed over without being replayed", want: "2026-10-01-co-production-group",
			add: func(t *testing.T, dir string, folder config.Folder, agenda config.Agenda) {
				runMeeting(t, dir, folder, agenda, meetingDays[0], ended)
				writeJournal(t, dir, "2026-11-05-rehearsal", &meeting.Setup{Group: folder.Group, Agenda: agenda,
					People: folder.Roster.People(), Demo: true}, `{"type":"no-such-event"}`)
			}},
		{name: "a newer journal that cannot be read stops the search", wantErr: "2026-11-05-co-production-group",
			add: func(t *testing.T, dir string, folder config.Folder, agenda config.Agenda) {
				runMeeting(t, dir, folder, agenda, meetingDays[0], ended)
				writeJournal(t, dir, "2026-11-05-co-production-group", &meeting.Setup{Group: folder.Group, Agenda: agenda,
					People: folder.Roster.People()}, `{"type":"no-such-event"}`)
			}},
		{name: "a folder without a journal is no meeting", want: "2026-10-01-co-production-group",
			add: func(t *testing.T, dir string, folder config.Folder, agenda config.Agenda) {
				runMeeting(t, dir, folder, agenda, meetingDays[0], ended)
				if err := os.MkdirAll(filepath.Join(dir, "meetings", "2026-11-05-co-production-group"), 0o755); err != nil {
					t.Fatal(err)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, folder, agenda := sampleGroup(t)
			tt.add(t, dir, folder, agenda)
			m, err := ReadLast(dir)
			switch {
			case tt.wantErr != "":
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v; want one naming %s", err, tt.wantErr)
				}
			case err != nil:
				t.Fatal(err)
			case tt.want == "" && m != nil:
				t.Errorf("ReadLast = %s; want none", m.ID)
			case tt.want != "" && (m == nil || m.ID != tt.want || !m.Ended()):
				t.Errorf("ReadLast = %+v; want %s, ended", m, tt.want)
			}
		})
	}
}

// writeJournal writes a meeting's journal holding setup and the events
// given, as they are, without replaying them.
func writeJournal(t *testing.T, dir, name string, setup *meeting.Setup, events ...string) {
	t.Helper()
	setup.Agenda.Start = time.Date(2026, 11, 5, 10, 0, 0, 0, time.UTC)
	j := newJournal(t, dir, name, setup)
	defer j.Close()
	for _, e := range events {
		if _, err := j.Append(json.RawMessage(e)); err != nil {
			t.Fatal(err)
		}
	}
}
