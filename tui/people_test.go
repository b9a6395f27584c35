package tui

import (
	"strings"
	"testing"
	"time"
)

// Someone who arrived and left is listed apart, with the time they left,
// never as "not here yet"; someone who comes back is here again.
func TestPeopleWhoLeft(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		r := newRig(t)
		r.size(sz[0], sz[1])
		r.do("arrive tom", "arrive mair")
		r.clock.Advance(8 * time.Minute)
		r.do("leave tom")
		r.contains("Left: Tom Hughes (10:08)")
		for _, l := range strings.Split(r.screen(), "\n") {
			if strings.Contains(l, "Not here yet") && strings.Contains(l, "Tom Hughes") {
				t.Fatalf("%dx%d: Tom is listed as not here yet: %q", sz[0], sz[1], l)
			}
		}
		r.clock.Advance(time.Minute)
		r.do("leave mair")
		r.contains("Left: Tom Hughes (10:08),", "Mair Jones (10:09)")
		r.do("arrive tom")
		r.contains("Left: Mair Jones (10:09)")
		r.lacks("Tom Hughes (10:08)")
	}
}

// An item wider than the line (a name with many markers) is wrapped at its
// spaces, never cut: access needs always show.
func TestListWrapNeverCutsAnItem(t *testing.T) {
	items := []string{"Siân Davies [chair] [large print] uses services", "Mair Jones [speaking] [easy read, hearing loop] uses services", "Rhys Evans [remote] carer"}
	for _, w := range []int{30, 40, 60, 80} {
		got := listWrap(" Lived experience 3: ", items, w)
		joined := strings.Join(strings.Fields(strings.Join(got, " ")), " ")
		if want := "Lived experience 3: " + strings.Join(items, ", "); joined != want {
			t.Errorf("%d columns: %q\nwant the words of %q", w, got, want)
		}
		for _, l := range got {
			if width(l) > w || strings.HasSuffix(l, "…") {
				t.Errorf("%d columns: line %q", w, l)
			}
		}
	}
}
