package plain

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// MaxSentenceWords is the longest sentence, in words, that is not flagged.
const MaxSentenceWords = 25

// shortLine is the length (in characters) below which a line without
// punctuation, followed by a line that starts with a capital letter, is taken
// to end its sentence: a list of names, or a title, not wrapped prose.
const shortLine = 40

// sentence is toks[from:to] of a doc.
type sentence struct {
	from, to int
	welsh    bool // set by the checker: the English-only rules skip it
}

// split cuts the words of d into sentences.
//
// A sentence ends at ". ! ?" (not after an abbreviation such as "e.g.",
// "i.e.", "Dr." or an initial; "etc." only before a capital letter), at a
// blank line, a rule or the end of the text, before and after a heading or a
// table row, before a list item, after a line ending in ":", and after a
// short line with no punctuation that is followed by a line starting with a
// capital letter (a list of names, a title). Otherwise a line without
// punctuation runs on into the next one, as wrapped prose does.
func (d *doc) split() []sentence {
	var out []sentence
	from := -1
	closeAt := func(to int) {
		if from >= 0 && to > from {
			out = append(out, sentence{from: from, to: to})
		}
		from = -1
	}
	for li, l := range d.lines {
		switch l.kind {
		case lineBlank, lineRule, lineHeading, lineList, lineTable:
			closeAt(l.first)
		}
		for i := l.first; i < l.last; i++ {
			if from < 0 {
				from = i
			}
			switch d.toks[i].brk {
			case breakHard:
				closeAt(i + 1)
			case breakSoft:
				if i+1 < len(d.toks) && startsUpper(d.toks[i+1].text) {
					closeAt(i + 1)
				}
			}
		}
		switch {
		case l.kind == lineHeading || l.kind == lineTable:
			closeAt(l.last)
		case l.endsColon:
			closeAt(l.last)
		case l.kind == lineText || l.kind == lineList:
			if li+1 < len(d.lines) {
				n := d.lines[li+1]
				if n.kind == lineText && n.startsUpper && l.length < shortLine {
					closeAt(l.last)
				}
			}
		}
	}
	closeAt(len(d.toks))
	return out
}

// startsUpper reports whether s starts with a capital letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// words counts the words of a sentence.
func (s sentence) words() int { return s.to - s.from }

// opening is the first few words of a sentence, to name it in a finding.
func (d *doc) opening(s sentence) string {
	const n = 6
	end := min(s.to, s.from+n)
	text := squash(d.text[d.toks[s.from].start:d.toks[end-1].end])
	if end < s.to {
		text += "…"
	}
	return text
}

// longSentences flags every sentence of more than MaxSentenceWords words.
func (d *doc) longSentences() []Finding {
	var out []Finding
	for _, s := range d.sents {
		if n := s.words(); n > MaxSentenceWords {
			t := d.toks[s.from]
			out = append(out, Finding{
				Line:       t.line,
				Col:        t.col,
				Kind:       KindLongSentence,
				Text:       d.opening(s),
				Message:    fmt.Sprintf("sentence has %d words; aim for %d or fewer", n, MaxSentenceWords),
				Suggestion: "split it into shorter sentences",
			})
		}
	}
	return out
}
