package minutes

import (
	"strings"
	"unicode"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting/plain"
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
	if r.text = prose.UpperFirst(strings.TrimSpace(r.text)); r.text != "" {
		r.text = prose.Stop(r.text)
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
