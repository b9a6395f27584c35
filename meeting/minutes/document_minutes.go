package minutes

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gyda/gyda/roster"
)

// minutesDoc builds the full minutes. withEasyRead puts the easy-read
// summary first, as its own section (for HTML and Word).
func minutesDoc(m *Model, withEasyRead bool) document {
	b := newBuilder(m)
	title := line{b.words(m.Title), text(": ")}
	title = append(title, b.fixed(func(p phrasebook) string { return p.minutesWord() })...)
	b.d.title = title.plainText()
	b.heading(1, title)
	var head []line
	if m.Group != "" {
		head = append(head, line{b.words(m.Group)})
	}
	head = append(head, b.each(func(p phrasebook) string { return p.when(m) })...)
	if m.Place != "" || m.Online {
		if m.Place != "" && !m.Online {
			head = append(head, line{text(m.Place)})
		} else {
			head = append(head, b.each(func(p phrasebook) string { return p.place(m.Place, m.Online) })...)
		}
	}
	b.para("header", head...)
	if m.Demo {
		b.para("demo", emph(b.each(func(p phrasebook) string { return p.demo() }))...)
	}
	if withEasyRead {
		er := easyReadDoc(m, 2)
		b.d.blocks = append(b.d.blocks, block{kind: sectionBlock, class: "summary"})
		b.d.blocks = append(b.d.blocks, er.blocks...)
		b.d.blocks = append(b.d.blocks, block{kind: sectionEndBlock})
	}
	b.attendance(m)
	b.quorum(m)
	b.declarations(m)
	b.lastMinutes(m)
	b.arising(m)
	for _, it := range m.Items {
		b.item(it)
	}
	b.actionLog(m)
	b.reflection(m)
	b.record(m)
	b.wordsUsed(2)
	if !m.Next.IsZero() {
		b.heading(2, b.fixed(func(p phrasebook) string { return p.nextMeeting() }))
		b.para("", b.each(func(p phrasebook) string { return p.nextMeetingAt(m.Next, m.NextDateOnly) })...)
	}
	return b.d
}

func (b *builder) attendance(m *Model) {
	b.heading(2, b.fixed(func(p phrasebook) string { return p.whoWasThere() }))
	var lines []line
	lines = append(lines, b.each(func(p phrasebook) string { return p.chair(p.holders(m.Chair)) })...)
	lines = append(lines, b.each(func(p phrasebook) string { return p.minuteTaker(p.holders(m.MinuteTaker)) })...)
	b.para("", lines...)
	b.heading(3, b.fixed(func(p phrasebook) string { return p.present() }))
	if len(m.Present) == 0 {
		b.para("", b.each(func(p phrasebook) string { return p.nobodyPresent() })...)
	} else {
		t := &table{caption: b.fixed(func(p phrasebook) string { return p.present() }),
			head: b.columns(func(p phrasebook) []string { return p.attendanceColumns() }), widths: []int{5, 7, 4, 3, 3}}
		for _, a := range m.Present {
			kind := b.fixed(func(p phrasebook) string { return p.kind(a.Kind) })
			if a.Organisation != "" && (a.Kind.IsStaff() || a.Kind == roster.Visitor) {
				kind = append(kind, text(", "+a.Organisation))
			}
			left := line{text(clock(a.Left))}
			if a.Left.IsZero() {
				left = b.fixed(func(p phrasebook) string { return p.atTheEnd() })
			}
			t.rows = append(t.rows, []line{{text(a.Name)}, kind,
				b.fixed(func(p phrasebook) string { return p.how(a) }), {text(clock(a.Arrived))}, left})
		}
		b.table(t)
	}
	if len(m.InAttendance) > 0 {
		b.heading(3, b.fixed(func(p phrasebook) string { return p.inAttendance() }))
		var items [][]line
		for _, a := range m.InAttendance {
			who := a.Name
			if a.Organisation != "" {
				who += ", " + a.Organisation
			}
			l := line{text(who + " (")}
			l = append(l, b.fixed(func(p phrasebook) string { return p.attendedAs(a) })...)
			items = append(items, []line{append(l, text(")"))})
		}
		b.list("", items...)
	}
	b.heading(3, b.fixed(func(p phrasebook) string { return p.apologies() }))
	if len(m.Apologies) == 0 {
		b.para("", b.each(func(p phrasebook) string { return p.noApologies() })...)
	} else {
		var items [][]line
		for _, n := range m.Apologies {
			items = append(items, []line{{text(n)}})
		}
		b.list("", items...)
	}
}

func (b *builder) quorum(m *Model) {
	q := m.Quorum
	b.heading(2, b.fixed(func(p phrasebook) string { return p.quorumAndBalance() }))
	b.para("", b.each(func(p phrasebook) string { return p.quorumRule(q) })...)
	if q.Highest.Present > 0 {
		b.para("", b.each(func(p phrasebook) string { return p.fullest(q.Highest) })...)
	}
	if q.Reached {
		b.para("", b.each(func(p phrasebook) string { return p.quorate(q) })...)
	} else {
		b.para("", b.each(func(p phrasebook) string { return p.neverQuorate() })...)
	}
	if q.Unbalanced {
		b.para("", b.each(func(p phrasebook) string { return p.unbalanced(q) })...)
	}
	if q.Decisions > 0 {
		b.para("", b.each(func(p phrasebook) string { return p.decisionCount(q) })...)
	}
}

func (b *builder) declarations(m *Model) {
	b.heading(2, b.fixed(func(p phrasebook) string { return p.declarations() }))
	if len(m.Declarations) == 0 {
		b.para("", b.each(func(p phrasebook) string { return p.noDeclarations() })...)
		return
	}
	var items [][]line
	for _, d := range m.Declarations {
		l := line{text(d.Name + " (")}
		l = append(l, b.fixed(func(p phrasebook) string { return p.item(d.Item) })...)
		l = append(l, text(", "), b.words(d.ItemTitle), text("): "), b.words(d.Text))
		items = append(items, []line{l})
	}
	b.list("", items...)
}

// lastMinutes is the minutes of the last meeting, where the public-body
// shape puts them: what the item for them recorded about agreeing them,
// quoted, never assumed.
func (b *builder) lastMinutes(m *Model) {
	lm := m.LastMinutes
	if lm == nil {
		return
	}
	b.heading(2, b.fixed(func(p phrasebook) string { return p.lastMinutes() }))
	switch {
	case !lm.Visited:
		b.para("", b.each(func(p phrasebook) string { return p.lastMinutesNotReached(lm.Item) })...)
	case len(lm.Said) == 0:
		b.para("", b.each(func(p phrasebook) string { return p.lastMinutesSilent(lm.Item) })...)
	default:
		b.para("", b.each(func(p phrasebook) string { return p.lastMinutesSaid(lm.Item) })...)
		var said [][]line
		for _, s := range lm.Said {
			said = append(said, []line{{b.words(s)}})
		}
		b.list("", said...)
	}
}

// arising is the matters arising: each carried action and provisional
// decision, numbered as the meeting numbered them, and what became of it.
func (b *builder) arising(m *Model) {
	a := m.Arising
	if a.IsZero() {
		return
	}
	b.heading(2, b.fixed(func(p phrasebook) string { return p.mattersArising() }))
	if len(a.Actions) > 0 {
		b.heading(3, b.fixed(func(p phrasebook) string { return p.arisingActions() }))
		var items [][]line
		for _, x := range a.Actions {
			lines := []line{{text(strconv.Itoa(x.Number) + ". " + x.Owner + ": "), b.words(x.Text)}}
			lines = append(lines, b.each(func(p phrasebook) string { return p.arisingActionFrom(x) })...)
			lines = append(lines, b.each(func(p phrasebook) string { return p.arisingActionNow(x) })...)
			items = append(items, append(lines, b.noteLine(x.Note)...))
		}
		b.list("", items...)
	}
	if len(a.Decisions) > 0 {
		b.heading(3, b.fixed(func(p phrasebook) string { return p.arisingDecisions() }))
		var items [][]line
		for _, x := range a.Decisions {
			lines := []line{{text(strconv.Itoa(x.Number) + ". "), b.words(x.Text)}}
			lines = append(lines, b.each(func(p phrasebook) string { return p.arisingDecisionFrom(x) })...)
			lines = append(lines, b.each(func(p phrasebook) string { return p.arisingDecisionNow(x) })...)
			items = append(items, append(lines, b.noteLine(x.Note)...))
		}
		b.list("", items...)
	}
}

// noteLine is a typed note after a label ("Note: ..."), or nothing.
func (b *builder) noteLine(note string) []line {
	if note == "" {
		return nil
	}
	l := b.fixed(func(p phrasebook) string { return p.noteLabel() })
	return []line{append(l, text(": "), b.words(note))}
}

func (b *builder) item(it Item) {
	b.heading(2, line{text(strconv.Itoa(it.Number) + ". "), b.words(it.Title)})
	b.para("facts", emph(b.each(func(p phrasebook) string { return p.itemFacts(it) }))...)
	if it.Confidential {
		b.para("", b.each(func(p phrasebook) string { return p.confidential() })...)
	}
	var notes [][]line
	for _, n := range it.Notes {
		notes = append(notes, []line{{b.words(n)}})
	}
	b.list("notes", notes...)
	// What happened to the meeting during the item, in the order it
	// happened: hand-overs, the chair or minute-taker leaving, red cards.
	type happening struct {
		at  time.Time
		say func(p phrasebook) string
	}
	var happened []happening
	for _, h := range it.Handovers {
		happened = append(happened, happening{h.At, func(p phrasebook) string { return p.handover(h) }})
	}
	for _, d := range it.Departures {
		happened = append(happened, happening{d.At, func(p phrasebook) string { return p.departure(d) }})
	}
	for _, c := range it.Cards {
		happened = append(happened, happening{c.At, func(p phrasebook) string { return p.redCard(c) }})
	}
	slices.SortStableFunc(happened, func(a, b happening) int { return a.at.Compare(b.at) })
	for _, h := range happened {
		b.para("", b.each(h.say)...)
	}
	for _, d := range it.Decisions {
		class := "decision"
		if d.Provisional {
			class = "decision provisional"
		}
		lines := b.decisionHead(d)
		if d.Provisional {
			lines = append(lines, b.each(func(p phrasebook) string { return p.provisionalBecause(d) })...)
		}
		lines = append(lines, b.each(func(p phrasebook) string { return p.takenAt(d) })...)
		if len(d.NotTaking) > 0 {
			lines = append(lines, b.each(func(p phrasebook) string { return p.notTaking(d.NotTaking) })...)
		}
		if d.NoAuthority {
			lines = append(lines, b.each(func(p phrasebook) string { return p.noAuthority() })...)
		}
		for _, w := range d.Warnings {
			lines = append(lines, b.each(func(p phrasebook) string { return p.note(w) })...)
		}
		b.para(class, lines...)
	}
	for _, a := range it.Actions {
		l := append(strong(b.fixed(func(p phrasebook) string { return p.action(a.Number) })), text(": "))
		if len(b.langs) == 1 {
			before, after := b.main().actionSentence(a.Owner, a.Due)
			w := b.words(a.Text)
			if b.main().code() == "en" {
				w.text = lowerFirst(w.text)
			}
			w.text = strings.TrimRight(w.text, ".")
			b.para("action", append(l, text(before), w, text(after)))
			continue
		}
		lines := []line{append(l, text(a.Owner+": "), b.words(a.Text))}
		lines = append(lines, b.each(func(p phrasebook) string { return p.byDate(a.Due) })...)
		b.para("action", lines...)
	}
	if len(it.NotHeard) > 0 {
		b.para("", b.each(func(p phrasebook) string { return p.notHeard(it.NotHeard) })...)
	}
}

func (b *builder) actionLog(m *Model) {
	b.heading(2, b.fixed(func(p phrasebook) string { return p.actions() }))
	if len(m.Actions) == 0 {
		b.para("", b.each(func(p phrasebook) string { return p.noActions() })...)
		return
	}
	t := &table{caption: b.fixed(func(p phrasebook) string { return p.actions() }),
		head: b.columns(func(p phrasebook) []string { return p.actionColumns() }), widths: []int{3, 5, 10, 5, 3}}
	for _, a := range m.Actions {
		t.rows = append(t.rows, []line{{text(strconv.Itoa(a.Number))}, {text(a.Owner)}, {b.words(a.Text)},
			b.fixed(func(p phrasebook) string { return p.shortDate(a.Due) }), {text(strconv.Itoa(a.Item))}})
	}
	b.table(t)
}

func (b *builder) reflection(m *Model) {
	b.heading(2, b.fixed(func(p phrasebook) string { return p.reflection() }))
	if len(m.Reflections) == 0 {
		b.para("", b.each(func(p phrasebook) string { return p.noReflection() })...)
		return
	}
	var items [][]line
	for _, r := range m.Reflections {
		var l line
		if r.Score > 0 {
			l = append(b.fixed(func(p phrasebook) string { return p.score(r.Score) }), text(": "))
		}
		items = append(items, []line{append(l, b.words(r.Text))})
	}
	b.list("", items...)
}

func (b *builder) record(m *Model) {
	b.heading(2, b.fixed(func(p phrasebook) string { return p.howItWent() }))
	var items [][]line
	if len(m.Breaks) == 0 {
		items = append(items, b.each(func(p phrasebook) string { return p.noBreaks() }))
	}
	for _, s := range m.Breaks {
		items = append(items, b.each(func(p phrasebook) string { return p.breakSpan(s) }))
	}
	for _, s := range m.Interruptions {
		items = append(items, b.each(func(p phrasebook) string { return p.interruption(s) }))
	}
	if sh := m.Speaking; sh.Lived+sh.Staff+sh.Guests > 0 {
		items = append(items, b.each(func(p phrasebook) string { return p.speaking(sh) }))
	}
	b.list("", items...)
}

// wordsUsed is the section of short words the document used: each
// glossary acronym with what it stands for, and each acronym the glossary
// does not have, with a place to write what it means (and a reminder to
// add it to the glossary). It comes last, when every typed word has been
// read; with no acronyms there is no section.
func (b *builder) wordsUsed(level int) {
	used, unknown := b.x.Used(), b.x.Unknown()
	if len(used)+len(unknown) == 0 {
		return
	}
	b.heading(level, b.fixed(func(p phrasebook) string { return p.wordsHeading() }))
	var items [][]line
	for _, a := range used {
		items = append(items, []line{{text(a + ": " + b.x.Meaning(a))}})
	}
	for _, a := range unknown {
		items = append(items, b.each(func(p phrasebook) string { return a + ": " + p.unexplained() }))
	}
	b.list("words", items...)
}
