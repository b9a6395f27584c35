package minutes

import (
	"fmt"
	"strings"
	"time"
)

// Markdown writes the minutes as Markdown: the shape UK public bodies use,
// in plain English, with every glossary acronym spelled out on first use.
func Markdown(m *Model) []byte {
	w := &mdWriter{x: newExpander(m.Glossary)}
	w.header(m)
	w.attendance(m)
	w.quorum(m)
	w.declarations(m)
	for _, it := range m.Items {
		w.item(it)
	}
	w.actionLog(m)
	w.reflection(m)
	w.record(m)
	if !m.Next.IsZero() {
		w.h2("Next meeting")
		w.para(longDate(m.Next) + ", " + m.Next.Format("15:04") + ".")
	}
	return []byte(w.b.String())
}

type mdWriter struct {
	b strings.Builder
	x expander
}

func (w *mdWriter) line(format string, args ...any) {
	fmt.Fprintf(&w.b, format, args...)
	w.b.WriteByte('\n')
}

func (w *mdWriter) h2(s string) { w.line("\n## %s\n", s) }
func (w *mdWriter) h3(s string) { w.line("\n### %s\n", s) }

// para writes text from people, with acronyms spelled out on first use.
func (w *mdWriter) para(s string) { w.line("%s", w.x.Expand(s)) }

func (w *mdWriter) header(m *Model) {
	w.line("# %s: minutes", mdEscape(w.x.Expand(m.Title)))
	w.line("")
	if m.Group != "" {
		w.line("%s  ", mdEscape(w.x.Expand(m.Group)))
	}
	when := longDate(m.Date) + ", from " + m.Opened.Format("15:04")
	if !m.Ended.IsZero() {
		when += " to " + m.Ended.Format("15:04")
	} else {
		when += " (the meeting did not end in gyda)"
	}
	w.line("%s  ", when)
	place := m.Place
	switch {
	case place != "" && m.Online:
		place += ", and online"
	case place == "" && m.Online:
		place = "Online"
	}
	if place != "" {
		w.line("%s", mdEscape(place))
	}
	if m.Demo {
		w.line("\n*This is a rehearsal with gyda's sample group. The people are made up.*")
	}
}

func (w *mdWriter) attendance(m *Model) {
	w.h2("Who was there")
	w.line("Chair: %s.  ", holders(m.Chair))
	w.line("Minutes taken by: %s.", holders(m.MinuteTaker))
	w.h3("Present")
	if len(m.Present) == 0 {
		w.line("Nobody was recorded as present.")
	} else {
		w.line("| Name | Taking part as | How | Arrived | Left |")
		w.line("| --- | --- | --- | --- | --- |")
		for _, a := range m.Present {
			w.line("| %s | %s | %s | %s | %s |", mdCell(a.Name), kindWithOrg(a), a.How(), a.Arrived.Format("15:04"), leftAt(a.Left))
		}
	}
	if len(m.InAttendance) > 0 {
		w.h3("In attendance")
		for _, a := range m.InAttendance {
			w.line("- %s (%s, %s, %s to %s)", mdEscape(a.Name), a.Kind.Label(), a.How(), a.Arrived.Format("15:04"), leftAt(a.Left))
		}
	}
	w.h3("Apologies")
	if len(m.Apologies) == 0 {
		w.line("None were given.")
	} else {
		for _, n := range m.Apologies {
			w.line("- %s", mdEscape(n))
		}
	}
}

func (w *mdWriter) quorum(m *Model) {
	q := m.Quorum
	w.h2("Quorum and balance")
	rule := fmt.Sprintf("The group is quorate with %d members present, at least %d of them people who use services or carers.", q.NeedPresent, q.NeedLived)
	if !q.RemoteCounts {
		rule += " People joining remotely do not count towards the quorum."
	}
	rule += " It is balanced when people with lived experience are at least as many as paid staff."
	w.line("%s", rule)
	w.line("")
	if q.Highest.Present > 0 {
		w.line("At its fullest: %s.", q.Highest)
	}
	switch {
	case !q.Reached:
		w.line("The meeting was never quorate, so any decisions are provisional and go to the next meeting to be ratified.")
	case q.FellBelow:
		w.line("The meeting was quorate, then lost quorum for a time.")
	default:
		w.line("The meeting stayed quorate once it became quorate.")
	}
	if q.Unbalanced {
		w.line("For part of the meeting, staff outnumbered people with lived experience.")
	}
	if q.Decisions > 0 {
		w.line("")
		w.line("%s: %d taken quorate and balanced, %d provisional.", plural(q.Decisions, "decision", "decisions"), q.QuorateBalanced, q.Provisional)
	}
}

func (w *mdWriter) declarations(m *Model) {
	w.h2("Declarations of interest")
	if len(m.Declarations) == 0 {
		w.line("None were declared.")
		return
	}
	for _, d := range m.Declarations {
		w.line("- %s (item %d, %s): %s", mdEscape(d.Name), d.Item, mdEscape(d.ItemTitle), mdEscape(w.x.Expand(d.Text)))
	}
}

func (w *mdWriter) item(it Item) {
	w.h2(fmt.Sprintf("%d. %s", it.Number, mdEscape(w.x.Expand(it.Title))))
	var facts []string
	if it.Lead != "" {
		facts = append(facts, "Led by "+it.Lead)
	}
	if it.Visited {
		facts = append(facts, fmt.Sprintf("%s planned, took %s", minutesText(it.Planned), minutesText(it.Took)))
	} else {
		facts = append(facts, fmt.Sprintf("%s planned; not reached", minutesText(it.Planned)))
	}
	if it.Ladder != "" {
		facts = append(facts, "Co-production: "+it.Ladder)
	}
	w.line("*%s.*", strings.Join(facts, ". "))
	if it.Confidential {
		w.line("")
		w.line("This item was confidential. The discussion is not minuted; decisions and actions are.")
	}
	if !it.Confidential && len(it.Notes) > 0 {
		w.line("")
		for _, n := range it.Notes {
			w.line("- %s", mdEscape(w.x.Expand(n)))
		}
	}
	for _, h := range it.Handovers {
		w.line("\n%s.", h)
	}
	for _, c := range it.Cards {
		w.line("\n%s.", c)
	}
	for _, d := range it.Decisions {
		w.line("")
		if d.Provisional {
			w.line("**Decision %d (provisional)**: %s  ", d.Number, mdEscape(w.x.Expand(d.Text)))
			w.line("Provisional because %s. It goes to the next meeting to be ratified.  ", d.Reason)
		} else {
			w.line("**Decision %d**: %s  ", d.Number, mdEscape(w.x.Expand(d.Text)))
		}
		w.line("Taken at %s with %s.", d.At.Format("15:04"), d.Quorum)
		if len(d.NotTaking) > 0 {
			w.line("Not taking part, having declared an interest: %s.", joinAnd(d.NotTaking))
		}
		for _, warn := range d.Warnings {
			w.line("Note: %s.", warn)
		}
	}
	for _, a := range it.Actions {
		w.line("")
		w.line("**Action %d**: %s will %s, by %s.", a.Number, mdEscape(a.Owner), mdEscape(lowerFirst(w.x.Expand(a.Text))), longDate(a.Due))
	}
	if len(it.NotHeard) > 0 {
		w.line("")
		w.line("Not heard on this item: %s.", joinAnd(it.NotHeard))
	}
}

func (w *mdWriter) actionLog(m *Model) {
	w.h2("Actions")
	if len(m.Actions) == 0 {
		w.line("No actions were agreed.")
		return
	}
	w.line("| Number | Who | What | By when | From item |")
	w.line("| --- | --- | --- | --- | --- |")
	for _, a := range m.Actions {
		w.line("| %d | %s | %s | %s | %d |", a.Number, mdCell(a.Owner), mdCell(a.Text), a.Due.Format("2 January 2006"), a.Item)
	}
}

func (w *mdWriter) reflection(m *Model) {
	w.h2("Reflection")
	if len(m.Reflections) == 0 {
		w.line("No reflection was recorded.")
		return
	}
	for _, r := range m.Reflections {
		w.line("- %s", mdEscape(w.x.Expand(r)))
	}
}

func (w *mdWriter) record(m *Model) {
	w.h2("How the meeting went")
	if len(m.Breaks) == 0 {
		w.line("- No breaks were taken.")
	}
	for _, b := range m.Breaks {
		w.line("- Break from %s to %s.", b.From.Format("15:04"), b.To.Format("15:04"))
	}
	for _, g := range m.Interruptions {
		w.line("- The meeting was interrupted: gyda recorded nothing from %s to %s, then resumed.", g.From.Format("15:04:05"), g.To.Format("15:04:05"))
	}
	total := m.Speaking.Lived + m.Speaking.Staff + m.Speaking.Guests
	if total > 0 {
		w.line("- Speaking time: people with lived experience %s (%d%%), staff %s (%d%%)%s.",
			minutesText(m.Speaking.Lived), percent(m.Speaking.Lived, total),
			minutesText(m.Speaking.Staff), percent(m.Speaking.Staff, total), guestShare(m.Speaking.Guests, total))
	}
}

func guestShare(d, total time.Duration) string {
	if d == 0 {
		return ""
	}
	return fmt.Sprintf(", guests %s (%d%%)", minutesText(d), percent(d, total))
}
