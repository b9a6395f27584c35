package tui

import (
	"strings"
	"time"

	"github.com/gyda/gyda/meeting"
)

// breakScreen takes the place of the panes during a break: a large
// countdown and "back at 11:10", readable from across the room.
type breakScreen struct{}

func (breakScreen) view(f frame, w, h int) []string {
	st, s, now := f.st, f.s, f.now
	p := st.Pause
	back := p.BackAt()
	left := back.Sub(now)
	var words string
	if left >= 0 {
		words = "Back at " + st.LocalTime(back) + " (in " + meeting.Span(left) + ")"
	} else {
		words = "We were due back at " + st.LocalTime(back) + " (" + meeting.Span(-left) + " ago)"
	}
	var out []string
	out = append(out, center(s.Warn.Render("ON A BREAK"), w))
	digits := countdown(left)
	big := bigText(digits)
	if h >= len(big)+6 && width(big[0]) <= w {
		out = append(out, "")
		for _, l := range big {
			out = append(out, center(s.Big.Render(l), w))
		}
		out = append(out, "")
	} else {
		out = append(out, center(s.Big.Render(digits), w))
	}
	out = append(out, center(s.Bold.Render(words), w))
	out = append(out, center(s.Dim.Render("Started at "+st.LocalTime(p.Since)+" for "+meeting.Span(p.Length)+"."), w))
	if meeting.Allowed(f.role, meeting.VerbResume) {
		out = append(out, center("Press r to resume the meeting when everyone is back.", w))
	} else {
		out = append(out, center("The meeting will carry on here when the chair resumes it.", w))
	}
	top := max((h-len(out))/2, 0)
	lines := make([]string, 0, h)
	for i := 0; i < top; i++ {
		lines = append(lines, "")
	}
	lines = append(lines, out...)
	if len(lines) > h {
		lines = lines[:h]
	}
	return lines
}

// countdown is the time left as mm:ss, or +mm:ss once it is over.
func countdown(d time.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "+", -d
	}
	d = d.Round(time.Second)
	m, sec := int(d/time.Minute), int(d/time.Second)%60
	return sign + two(m) + ":" + two(sec)
}

func two(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}

// glyph is a character of a five-line block font for the countdown.
func glyph(r rune) ([5]string, bool) {
	switch r {
	case '0':
		return [5]string{"█████", "█   █", "█   █", "█   █", "█████"}, true
	case '1':
		return [5]string{"  █  ", " ██  ", "  █  ", "  █  ", " ███ "}, true
	case '2':
		return [5]string{"█████", "    █", "█████", "█    ", "█████"}, true
	case '3':
		return [5]string{"█████", "    █", " ████", "    █", "█████"}, true
	case '4':
		return [5]string{"█   █", "█   █", "█████", "    █", "    █"}, true
	case '5':
		return [5]string{"█████", "█    ", "█████", "    █", "█████"}, true
	case '6':
		return [5]string{"█████", "█    ", "█████", "█   █", "█████"}, true
	case '7':
		return [5]string{"█████", "    █", "   █ ", "  █  ", "  █  "}, true
	case '8':
		return [5]string{"█████", "█   █", "█████", "█   █", "█████"}, true
	case '9':
		return [5]string{"█████", "█   █", "█████", "    █", "█████"}, true
	case ':':
		return [5]string{"   ", " █ ", "   ", " █ ", "   "}, true
	case '+':
		return [5]string{"     ", "  █  ", "█████", "  █  ", "     "}, true
	}
	return [5]string{}, false
}

// bigText draws s in the block font (digits, ':' and '+').
func bigText(s string) []string {
	var rows [5]strings.Builder
	for i, r := range s {
		g, ok := glyph(r)
		if !ok {
			continue
		}
		for j := range rows {
			if i > 0 {
				rows[j].WriteString(" ")
			}
			rows[j].WriteString(g[j])
		}
	}
	out := make([]string, 5)
	for j := range rows {
		out[j] = rows[j].String()
	}
	return out
}
