package tui

import (
	"strings"
	"testing"

	"github.com/gyda/gyda/meeting"
)

// The first line names the group and the meeting; a meeting titled as its
// group (gyda init's first agenda is) is named once, not twice.
func TestHeaderNamesTheGroupAndTheMeeting(t *testing.T) {
	for _, tc := range []struct{ name, group, meeting, want string }{
		{"different", "Co-production Group", "Autumn meeting", "Co-production Group · Autumn meeting"},
		{"same", "Co-production Group", "Co-production Group", "Co-production Group  "},
		{"untitled", "Co-production Group", "", "Co-production Group  "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			setup := demoSetup(t)
			setup.Group.Name, setup.Agenda.Title = tc.group, tc.meeting
			live, clock, rec := newLiveWith(t, setup)
			r := rigOn(t, clock, rec, Config{Live: live, Actor: meeting.ConsoleActor()})
			first := strings.Split(r.screen(), "\n")[0]
			if !strings.HasPrefix(first, tc.want) {
				t.Errorf("first line %q, want it to start %q", first, tc.want)
			}
		})
	}
}
