package meeting

import (
	"strings"
	"testing"
)

// A decision recorded while a secret ballot is open is not its result:
// the ballots given on screens before it are still counted at the close.
func TestScreenBallotsOutlastADecisionTakenWhileTheBallotIsOpen(t *testing.T) {
	r := newRig(t)
	r.do(allHere...)
	r.do(remoteMembers...)
	r.do("elect chair: sian, dafydd", "tally sian 1")
	r.ballot("mair", "dafydd")
	r.ballot("rhys", "dafydd")
	r.do("decide DURING the ballot, to meet in March")
	out := strings.Join(r.do("elect close"), "\n")
	if !strings.Contains(out, "Ballots given on screens, counted now: 2 for Dafydd ap Gwilym.") {
		t.Errorf("the screen ballots given before the decision were not counted at the close:\n%s", out)
	}
}
