package meeting

import "testing"

// Rule 18, secret ballots counted on paper: a miscount can be taken back
// down to no ballots at all, and not one below.
func TestRuleAPaperMiscountIsTakenBackToNoneButNotBelow(t *testing.T) {
	r := newRig(t)
	r.do(allHere...)
	r.do("elect chair: sian, dafydd", "tally sian 2", "tally sian -2")
	el := r.state().OpenElection()
	if el == nil || el.Paper[0] != 0 {
		t.Fatalf("after taking back both ballots the election is %+v; want Siân at 0 on paper", el)
	}
	r.fails("tally sian -1", "Siân Davies has 0 ballots on paper; you cannot take away 1")
}
