package history

import (
	"fmt"
	"strings"

	"github.com/gyda/gyda/config/text"
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
	line("# Co-production audit: %s", text.EscapeMarkdown(a.Group))
	for _, p := range a.intro() {
		line("")
		line("%s", text.EscapeMarkdown(p))
	}
	for _, s := range a.sections() {
		line("")
		line("## %s", text.EscapeMarkdown(s.heading))
		for _, p := range s.paras {
			line("")
			line("%s", text.EscapeMarkdown(p))
		}
		for _, t := range []*table{s.table, s.extra} {
			if t == nil || len(t.rows) == 0 {
				continue
			}
			line("")
			line("%s:", text.EscapeMarkdown(t.caption))
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
			line("%s", text.EscapeMarkdown(p))
		}
		for _, q := range s.annex {
			line("")
			line("### Question %d", q.Number)
			line("")
			line("> %s", text.EscapeMarkdown(q.Text))
			line("")
			if len(q.Evidence) == 0 {
				line("What gyda's record shows: nothing that bears on this question.")
			} else {
				line("What gyda's record shows:")
				line("")
				for _, e := range q.Evidence {
					line("- %s", text.EscapeMarkdown(e))
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
		out[i] = text.EscapeMarkdown(strings.ReplaceAll(c, "\n", " "))
	}
	return out
}
