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
