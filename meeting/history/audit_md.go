package history

import (
	"fmt"
	"strings"
)

// Markdown writes the audit as Markdown: headings, paragraphs and tables
// (the charts' numbers are in the tables), then the self-assessment
// questions with room for the group's answers.
func (a *Audit) Markdown() []byte {
	var b strings.Builder
	line := func(format string, args ...any) {
		fmt.Fprintf(&b, format, args...)
		b.WriteByte('\n')
	}
	line("# Co-production audit: %s", mdEscape(a.Group))
	for _, p := range a.intro() {
		line("")
		line("%s", mdEscape(p))
	}
	for _, s := range a.sections() {
		line("")
		line("## %s", mdEscape(s.heading))
		for _, p := range s.paras {
			line("")
			line("%s", mdEscape(p))
		}
		for _, t := range []*table{s.table, s.extra} {
			if t == nil || len(t.rows) == 0 {
				continue
			}
			line("")
			line("%s:", mdEscape(t.caption))
			line("")
			line("| %s |", strings.Join(mdCells(t.head), " | "))
			seps := make([]string, len(t.head))
			for i := range seps {
				seps[i] = "---"
				if i < len(t.numeric) && t.numeric[i] {
					seps[i] = "---:"
				}
			}
			line("| %s |", strings.Join(seps, " | "))
			for _, r := range t.rows {
				line("| %s |", strings.Join(mdCells(r), " | "))
			}
		}
		for _, p := range s.after {
			line("")
			line("%s", mdEscape(p))
		}
		for _, q := range s.annex {
			line("")
			line("### Question %d", q.Number)
			line("")
			line("> %s", mdEscape(q.Text))
			line("")
			if len(q.Evidence) == 0 {
				line("What gyda's record shows: nothing that bears on this question.")
			} else {
				line("What gyda's record shows:")
				line("")
				for _, e := range q.Evidence {
					line("- %s", mdEscape(e))
				}
			}
			line("")
			line("Do you need to develop in this area? If so, how will you do it?")
			line("")
			line("Your answer:")
			line("")
			line("&nbsp;")
		}
	}
	return []byte(b.String())
}

func mdCells(cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = mdEscape(strings.ReplaceAll(c, "\n", " "))
	}
	return out
}

// mdEscape keeps text from being read as Markdown: emphasis, links, code,
// HTML and table cells.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>|", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
