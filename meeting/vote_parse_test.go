package meeting

import (
	"slices"
	"testing"
)

// Names in a vote are separated by commas or "and" (or "&"), in any mix:
// a serial comma before "and", or an "and" with nothing before it, names
// nobody extra.
func TestRuleVoteNamesSplitAtCommasAndAnd(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"for sian, mair and rhys", []string{"sian", "mair", "rhys"}},
		{"for sian, mair, and rhys", []string{"sian", "mair", "rhys"}},
		{"against sian & mair", []string{"sian", "mair"}},
		{"abstain and sian", []string{"sian"}},
		{"for sian and and mair", []string{"sian", "mair"}},
		{"for sian and", []string{"sian"}},
		{"vote for Dafydd ap Gwilym, Mair Jones", []string{"Dafydd ap Gwilym", "Mair Jones"}},
		{"for", nil},
	} {
		c, err := Parse(tt.line)
		if err != nil {
			t.Errorf("%q: %v", tt.line, err)
			continue
		}
		if !slices.Equal(c.Names, tt.want) {
			t.Errorf("%q names %q; want %q", tt.line, c.Names, tt.want)
		}
	}
	// And the meeting counts them so.
	r := newRig(t)
	r.do(allHere...)
	r.do("vote Fund weekend respite?", "for sian, mair, and rhys", "vote close")
	if v := r.lastDecision().Vote; v.All != (Counts{3, 0, 0}) {
		t.Errorf("counted %v; want 3 for", v.All)
	}
}
