package share

import (
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/tui"
	gossh "golang.org/x/crypto/ssh"
)

// A dropped connection loses nothing the minute-taker was typing: joining
// again puts the half-typed line back, and nobody else gets it. Carrying
// it out forgets it.
func TestHalfTypedLineComesBackAfterADroppedConnection(t *testing.T) {
	live, _, keys := sampleMeeting(t)
	for _, l := range []string{"arrive sian, dafydd, mair", "minutes dafydd"} {
		if _, err := live.Do(meeting.ConsoleActor(), l); err != nil {
			t.Fatal(err)
		}
	}
	h := startHost(t, live, nil)
	const line = "note The carers' centre will host the next meeting"

	first := connect(t, h, dialOpt{signers: []gossh.Signer{keys["dafydd"]}})
	first.out.waitFor(t, "you: Dafydd ap Gwilym", 10*time.Second)
	first.typeText(t, ":"+line)
	first.out.waitFor(t, "host the next meeting", 10*time.Second)
	waitUntil(t, 10*time.Second, "the draft to be kept", func() bool {
		return h.drafts.of("dafydd").Load().Line == line
	})
	// A second screen of Dafydd's, open while the first is, starts with
	// nothing: what is half-typed on one device stays there.
	second := connect(t, h, dialOpt{signers: []gossh.Signer{keys["dafydd"]}})
	second.out.waitFor(t, "you: Dafydd ap Gwilym", 10*time.Second)
	second.Close()
	first.Close()
	waitUntil(t, 10*time.Second, "the first screen to close", func() bool { return !h.drafts.of("dafydd").Held() })
	if strings.Contains(second.out.text(), "host the next meeting") {
		t.Fatal("a second screen open at the same time shows the first one's draft")
	}

	// Someone else joining gets nothing of it.
	other := connect(t, h, dialOpt{signers: []gossh.Signer{keys["mair"]}})
	other.out.waitFor(t, "you: Mair Jones", 10*time.Second)

	again := connect(t, h, dialOpt{signers: []gossh.Signer{keys["dafydd"]}})
	again.out.waitFor(t, "Restored what you were typing when you were last here", 10*time.Second)
	again.out.waitFor(t, "host the next meeting", 10*time.Second)
	if strings.Contains(other.out.text(), "host the next meeting") || strings.Contains(other.out.text(), "Restored what you were typing") {
		t.Fatal("Mair's screen shows Dafydd's draft")
	}

	again.typeText(t, "\r")
	waitUntil(t, 10*time.Second, "the note to be recorded", func() bool {
		return len(live.Snapshot(meeting.ConsoleActor()).State.Notes) == 1
	})
	waitUntil(t, 10*time.Second, "the draft to be forgotten", func() bool {
		return h.drafts.of("dafydd").Load() == (tui.Draft{})
	})
}
