package minutes

import (
	"fmt"
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/gyda/gyda/meeting/plain"
)

// expander spells out glossary acronyms on their first use in a document.
type expander interface{ Expand(string) string }

func newExpander(glossary map[string]string) expander { return plain.NewExpander(glossary) }

func holders(hs []Holder) string {
	if len(hs) == 0 {
		return "not recorded"
	}
	parts := make([]string, len(hs))
	for i, h := range hs {
		parts[i] = h.Name
		if i > 0 {
			parts[i] += fmt.Sprintf(" (from %s, item %d)", h.From.Format("15:04"), h.Item)
		}
	}
	return strings.Join(parts, ", then ")
}

func kindWithOrg(a Attendee) string {
	if a.Organisation != "" && a.Kind.IsStaff() {
		return a.Kind.Label() + ", " + mdCell(a.Organisation)
	}
	return a.Kind.Label()
}

func leftAt(t time.Time) string {
	if t.IsZero() {
		return "at the end"
	}
	return t.Format("15:04")
}

func longDate(t time.Time) string { return t.Format("Monday 2 January 2006") }

func minutesText(d time.Duration) string {
	n := int(math.Round(d.Minutes()))
	if n == 1 {
		return "1 minute"
	}
	return fmt.Sprintf("%d minutes", n)
}

func percent(part, total time.Duration) int {
	if total <= 0 {
		return 0
	}
	return int(math.Round(100 * float64(part) / float64(total)))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func joinAnd(list []string) string {
	switch len(list) {
	case 0:
		return ""
	case 1:
		return list[0]
	}
	return strings.Join(list[:len(list)-1], ", ") + " and " + list[len(list)-1]
}

// lowerFirst lowers the first letter of an action's text so it reads on
// from "will", unless it starts an acronym or a name-like word in capitals.
func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || !unicode.IsUpper(r) {
		return s
	}
	if next, _ := utf8.DecodeRuneInString(s[size:]); unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}

// mdEscape stops text typed in the meeting from turning into Markdown
// markup (a note starting with # is not a heading).
func mdEscape(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|':
			b.WriteByte('\\')
		case '#', '-', '+', '=':
			if i == 0 {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mdCell is text for a table cell.
func mdCell(s string) string { return mdEscape(strings.ReplaceAll(s, "\n", " ")) }
