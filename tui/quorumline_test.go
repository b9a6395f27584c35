package tui

import (
	"strings"
	"testing"
)

// At 80 columns the quorum line keeps every word and number: what does
// not fit goes on a second line, whole.
func TestQuorumLineWrapsRatherThanCuts(t *testing.T) {
	r := newRig(t)
	r.contains("✗ NOT QUORATE", "0 present: 0 lived experience, 0 staff",
		"needs 6, 2 lived experience: short by 6 people and 2 lived-experience members")
	arriveAll(r)
	r.keys("enter")
	r.contains("✓ Quorate", "8 present: 5 lived experience, 3 staff (1 remote)", "needs 6, 2 lived experience", "1 guest not counted")
	r.do("leave mair", "leave rhys", "leave john")
	r.contains("✗ NOT QUORATE", "5 present: 2 lived experience, 3 staff", "needs 6, 2 lived experience: short by 1 person")
	for _, l := range strings.Split(r.screen(), "\n")[:4] {
		if strings.HasSuffix(l, "…") {
			t.Fatalf("a cut line at the top: %q", l)
		}
	}
}

func TestWrapSegments(t *testing.T) {
	got := wrapSegments([]string{"aaaa", "bbbb", "", "cccc"}, " · ", "  ", 11, 2)
	if strings.Join(got, "|") != "aaaa · bbbb|  cccc" {
		t.Fatalf("wrapSegments = %q", got)
	}
	if got := wrapSegments([]string{"aaaa", "bbbb", "cccc"}, " · ", "  ", 6, 2); len(got) != 2 {
		t.Fatalf("more than maxLines: %q", got)
	}
}
