package tui

import (
	"strings"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting"
)

// quorumLine is the quorum and balance line under the header: in words
// and numbers, never by colour alone ("✗ NOT QUORATE · ✓ Balanced · 4
// present: ... · needs 6, 2 lived experience: short by 2 people"). What
// does not fit on one line goes on the next, whole: no number is cut off.
type quorumLine struct{}

func (quorumLine) view(f frame, w, maxLines int) []string {
	st, s := f.st.Status(), f.s
	var segs []string
	if st.Quorate {
		segs = append(segs, s.Good.Render("✓ Quorate"))
	} else {
		segs = append(segs, s.Bad.Render("✗ NOT QUORATE"))
	}
	if st.Balanced {
		segs = append(segs, s.Good.Render("✓ Balanced"))
	} else {
		segs = append(segs, s.Bad.Render("✗ NOT BALANCED"))
	}
	numbers := itoa(st.Present) + " present: " + itoa(st.Lived) + " lived experience, " + itoa(st.Staff) + " staff"
	if st.Remote > 0 {
		numbers += " (" + itoa(st.Remote) + " remote)"
	}
	segs = append(segs, numbers)
	need := "needs " + itoa(st.NeedPresent) + ", " + itoa(st.NeedLived) + " lived experience"
	if st.Counted != st.Present {
		need += "; " + itoa(st.Counted) + " count (remote do not)"
	}
	if short := quorumShortfall(st); short != "" {
		segs = append(segs, s.Bad.Render(need+": "+short))
	} else {
		segs = append(segs, s.Dim.Render(need))
	}
	if st.Guests > 0 {
		segs = append(segs, s.Dim.Render(prose.Count(st.Guests, "guest", "guests")+" not counted"))
	}
	if st.Present > 0 && !st.Authority {
		segs = append(segs, s.Warn.Render("no staff with decision authority"))
	}
	return wrapSegments(segs, s.Dim.Render(" · "), "  ", w, maxLines)
}

// quorumShortfall says what is missing for quorum, without the balance
// (which has its own marker): "short by 2 people", "short by 1
// lived-experience member", or both.
func quorumShortfall(st meeting.Status) string {
	var parts []string
	if more := st.NeedPresent - st.Counted; more > 0 {
		parts = append(parts, prose.Count(more, "person", "people"))
	}
	if more := st.NeedLived - st.CountedLived; more > 0 {
		parts = append(parts, prose.Count(more, "lived-experience member", "lived-experience members"))
	}
	if len(parts) == 0 {
		return ""
	}
	return "short by " + strings.Join(parts, " and ")
}
