package share

import (
	"testing"
	"time"

	"github.com/gyda/gyda/meeting"
	gossh "golang.org/x/crypto/ssh"
)

func TestRosterKeyJoinsAndSeesTheMeeting(t *testing.T) {
	live, rec, keys := sampleMeeting(t)
	h := startHost(t, live, nil)
	c := connect(t, h, dialOpt{signers: []gossh.Signer{keys["rhys"]}})
	c.out.waitFor(t, "you: Rhys Evans, member", 5*time.Second)
	c.out.waitFor(t, "Item 1 of", 5*time.Second)
	if countEvents(t, rec, meeting.EvArrived) != 1 {
		t.Fatalf("arrivals recorded: %d, want 1", countEvents(t, rec, meeting.EvArrived))
	}
	if st := live.Snapshot(meeting.ConsoleActor()).State; !st.IsPresent("rhys") || !st.IsRemote("rhys") {
		t.Fatal("rhys is not recorded as here remotely")
	}
	// A hand goes up from the remote screen and shows in the meeting.
	c.typeText(t, "h")
	waitUntil(t, 10*time.Second, "the hand", func() bool { return len(live.Snapshot(meeting.ConsoleActor()).State.Queue) == 1 })
	c.out.waitFor(t, "▶ next  Rhys Evans", 5*time.Second)
	// The hand's own message comes first; the new snapshot then changes
	// the keys.
	c.out.waitFor(t, "h lower my hand", 2*time.Second)
}
