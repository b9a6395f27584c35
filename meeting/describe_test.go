package meeting

import (
	"strings"
	"testing"
)

// The lines say whose turn a red card or a new speaker ended (plain mode
// has nothing else to say it), and only when it did.
func TestDescribeSaysWhoseTurnEnded(t *testing.T) {
	r := newRig(t)
	r.do("arrive mair", "arrive tom", "speak mair")
	r.wait(90e9)
	lines := r.do("speak tom")
	if !strings.HasPrefix(lines[0], "Mair Jones's turn has ended (1m 30s). Tom Hughes is speaking.") {
		t.Fatalf("speak tom: %q", lines)
	}
	r.wait(30e9)
	lines = r.do("card mair red")
	if want := "RED CARD from Mair Jones: stop: a question, or not OK. Tom Hughes's turn has ended (30s). The meeting is paused; type resume to go on."; lines[0] != want {
		t.Fatalf("card: %q\nwant %q", lines[0], want)
	}
	lines = r.do("resume", "break", "card tom red")
	if last := lines[len(lines)-1]; strings.Contains(last, "turn has ended") {
		t.Fatalf("a red card during a break ended nobody's turn: %q", last)
	}
	r.do("resume")
}
