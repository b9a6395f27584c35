package minutes

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting/plain"
	"github.com/gyda/gyda/roster"
)

// The readable formats (md, txt, html, docx) render one document, built
// once from the Model: headings, paragraphs, lists and tables, each made of
// runs of text. So every format says the same thing in the same order, and
// acronyms are spelt out at the same first use in each.

// inline is a run of text.
type inline struct {
	text   string
	strong bool
	em     bool
	lang   string // a BCP 47 tag when the run is not in the document's language
}

// line is a line of runs; a paragraph's lines are separated by line breaks.
type line []inline

// plainText is the line's text without formatting.
func (l line) plainText() string {
	var b strings.Builder
	for _, r := range l {
		b.WriteString(r.text)
	}
	return b.String()
}

type blockKind int

const (
	headingBlock blockKind = iota
	paraBlock
	listBlock
	tableBlock
	sectionBlock    // a section starts (HTML); other formats ignore it
	sectionEndBlock // the section ends
)

// block is a heading, a paragraph, a list or a table.
type block struct {
	kind  blockKind
	level int      // a heading's level, 1 to 4
	lines []line   // a heading's text (one line) or a paragraph's lines
	items [][]line // a list's items, each one or more lines
	table *table
	class string // what the block is, for styling: "facts", "decision", "easy-read", ...
}

// table is a table with a header row; the first cell of each row heads
// the row.
type table struct {
	caption line
	head    []line
	rows    [][]line
	widths  []int // relative column widths, for Word
}

// document is the minutes (or the easy-read summary) ready to render.
type document struct {
	tag    string // the main language's BCP 47 tag: "en-GB" or "cy-GB"
	title  string // the title as plain text
	blocks []block
}

// builder builds a document in one or two languages.
type builder struct {
	langs []phrasebook
	x     expander
	d     document
	seen  map[string]string // langOf's answers, by text
}

func newBuilder(m *Model) *builder {
	langs := languages(m.Language)
	return &builder{langs: langs, x: newExpander(m.Glossary), d: document{tag: langs[0].tag()}, seen: map[string]string{}}
}

func (b *builder) main() phrasebook { return b.langs[0] }

// tagFor is the lang tag for text in p's language: none for the main one.
func (b *builder) tagFor(p phrasebook) string {
	if p.code() == b.main().code() {
		return ""
	}
	return p.tag()
}

// fixed is a fixed phrase in every language on one line, "Welsh / English",
// said once when the languages agree ("staff").
func (b *builder) fixed(f func(p phrasebook) string) line {
	var l line
	var said []string
	for _, p := range b.langs {
		s := f(p)
		if containsString(said, s) {
			continue
		}
		if len(said) > 0 {
			l = append(l, inline{text: " / "})
		}
		said = append(said, s)
		l = append(l, inline{text: s, lang: b.tagFor(p)})
	}
	return l
}

// each is a fixed sentence in every language, one line per language.
func (b *builder) each(f func(p phrasebook) string) []line {
	var out []line
	for _, p := range b.langs {
		out = append(out, line{{text: f(p), lang: b.tagFor(p)}})
	}
	return out
}

// words is text people typed, with acronyms spelt out on first use, marked
// with its language when that is clearly not the document's.
func (b *builder) words(s string) inline {
	s = b.x.Expand(s)
	return inline{text: s, lang: b.langOf(s)}
}

// langOf guesses the language of typed text, only to tell screen readers
// and spell checkers; it leans towards saying nothing.
func (b *builder) langOf(s string) string {
	if tag, ok := b.seen[s]; ok {
		return tag
	}
	tag := ""
	switch main := b.main().code(); {
	case main != "cy" && plain.IsWelsh(s):
		tag = welsh{}.tag()
	case main == "cy" && !plain.IsWelsh(s) && looksEnglish(s):
		tag = english{}.tag()
	}
	if b.seen != nil {
		b.seen[s] = tag
	}
	return tag
}

// looksEnglish reports whether text has a common English word that is not
// also a Welsh word ("to" and "is" are).
func looksEnglish(s string) bool {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		switch w {
		case "the", "and", "of", "are", "was", "were", "we", "will", "for", "with", "that", "this", "be", "have", "has", "it", "they", "what", "our", "us":
			n++
		}
	}
	return n >= 1
}

func (b *builder) heading(level int, l line) {
	b.d.blocks = append(b.d.blocks, block{kind: headingBlock, level: level, lines: []line{l}})
}

func (b *builder) para(class string, lines ...line) {
	if len(lines) == 0 {
		return
	}
	b.d.blocks = append(b.d.blocks, block{kind: paraBlock, lines: lines, class: class})
}

func (b *builder) list(class string, items ...[]line) {
	if len(items) == 0 {
		return
	}
	b.d.blocks = append(b.d.blocks, block{kind: listBlock, items: items, class: class})
}

func (b *builder) table(t *table) { b.d.blocks = append(b.d.blocks, block{kind: tableBlock, table: t}) }

// columns is a fixed header row.
func (b *builder) columns(f func(p phrasebook) []string) []line {
	n := len(f(b.main()))
	out := make([]line, n)
	for i := range n {
		out[i] = b.fixed(func(p phrasebook) string { return f(p)[i] })
	}
	return out
}

func text(s string) inline { return inline{text: s} }

// sentence makes typed words read as a sentence of their own in the
// easy-read summary: a capital letter first and a full stop at the end.
func sentence(r inline) inline {
	r.text = prose.UpperFirst(strings.TrimSpace(r.text))
	if r.text != "" && !strings.ContainsRune(".!?", rune(r.text[len(r.text)-1])) {
		r.text += "."
	}
	return r
}

func strong(l line) line {
	out := make(line, len(l))
	for i, r := range l {
		r.strong = true
		out[i] = r
	}
	return out
}

func emph(lines []line) []line {
	out := make([]line, len(lines))
	for i, l := range lines {
		out[i] = make(line, len(l))
		for j, r := range l {
			r.em = true
			out[i][j] = r
		}
	}
	return out
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

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

// easyReadDoc builds the easy-read summary: short sentences, one idea
// each. At level 1 it is a document of its own (easyread.md) with the
// meeting's title; at level 2 it is a section of the minutes. It spells
// out acronyms afresh, as its readers may read nothing else.
func easyReadDoc(m *Model, level int) document {
	b := newBuilder(m)
	if level == 1 {
		title := line{b.words(m.Title), text(": ")}
		title = append(title, b.fixed(func(p phrasebook) string { return p.easyReadWord() })...)
		b.d.title = title.plainText()
		b.heading(1, title)
	} else {
		b.heading(level, b.fixed(func(p phrasebook) string { return p.easyRead() }))
	}
	sub := level + 1
	b.para("easy-read", b.each(func(p phrasebook) string { return p.erWeMet(m.Date) })...)
	// The same count as the full minutes: members present, and guests in
	// attendance, apart.
	b.para("easy-read", b.each(func(p phrasebook) string { return p.erMembers(m.Members()) })...)
	if n := len(m.InAttendance) + m.Visitors(); n > 0 {
		b.para("easy-read", b.each(func(p phrasebook) string { return p.erGuests(n, m.Members() > 0) })...)
	}

	b.heading(sub, b.fixed(func(p phrasebook) string { return p.erTalked() }))
	b.para("easy-read", b.each(func(p phrasebook) string { return p.erTalkedAbout() })...)
	var topics [][]line
	for _, it := range m.Items {
		if it.Visited {
			topics = append(topics, []line{{b.words(it.Title)}})
		}
	}
	b.list("easy-read", topics...)

	b.heading(sub, b.fixed(func(p phrasebook) string { return p.erDecided() }))
	decided := 0
	for _, it := range m.Items {
		for _, d := range it.Decisions {
			decided++
			lines := b.erDecision(d)
			if d.Provisional {
				lines = append(lines, b.each(func(p phrasebook) string { return p.erProvisional() })...)
			}
			b.para("easy-read", lines...)
		}
	}
	for _, d := range m.Arising.Decisions {
		if d.Considered && d.Ratified {
			decided++
			lines := []line{{sentence(b.words(d.Text))}}
			b.para("easy-read", append(lines, b.each(func(p phrasebook) string { return p.erRatified() })...)...)
		}
	}
	if decided == 0 {
		b.para("easy-read", b.each(func(p phrasebook) string { return p.erNoDecisions() })...)
	}

	b.heading(sub, b.fixed(func(p phrasebook) string { return p.erWhoWhat() }))
	for _, a := range m.Actions {
		lines := b.each(func(p phrasebook) string { return p.erAction(a.Owner) })
		lines = append(lines, line{sentence(b.words(a.Text))})
		lines = append(lines, b.each(func(p phrasebook) string { return p.erBy(a.Due) })...)
		b.para("easy-read", lines...)
	}
	if len(m.Actions) == 0 {
		b.para("easy-read", b.each(func(p phrasebook) string { return p.erNoActions() })...)
	}

	b.heading(sub, b.fixed(func(p phrasebook) string { return p.erNext() }))
	if m.Next.IsZero() {
		b.para("easy-read", b.each(func(p phrasebook) string { return p.erNoNext() })...)
	} else {
		b.para("easy-read", b.each(func(p phrasebook) string { return p.erNextAt(m.Next, m.NextDateOnly) })...)
	}
	b.wordsUsed(sub)
	return b.d
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
