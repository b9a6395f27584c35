// Package plain checks that writing is in plain English, as the group's
// charter asks: "Does the language used in the meeting enable everyone to
// understand e.g. use of plain English, no jargon or acronyms?"
//
// It is used by the minutes writer, by the live meeting (a decision typed in
// jargon gets a gentle hint with a plainer word, never a refusal) and by
// "gyda check". It is pure: no files, no clock, no UI.
//
// A Checker finds:
//
//   - acronyms: the first use of a glossary acronym that is not spelt out
//     next to it ("Regional Partnership Board (RPB)"), and the first use of
//     any acronym that is not in the glossary. An acronym is a word of two or
//     more capital letters, which may hold digits and "&" (NHS, T&F, CYP),
//     with an optional plural or possessive ending (RPBs, ITB's). "I", "A"
//     and "OK" are not acronyms; nor are Roman numerals written with I, V and
//     X (Part II, Appendix IV), unless the glossary has them; nor "AM" and
//     "PM" after a number. Words in capitals for emphasis are flagged like
//     acronyms: write them in lower case.
//   - long sentences: more than MaxSentenceWords words.
//   - words to avoid: GOV.UK's style guide list and some Welsh public-sector
//     jargon, each with a plainer word, plus the group's own list. Word forms
//     are matched (deliver, delivers, delivered, delivering). Some words are
//     flagged only in their jargon use: "impact", "progress" and "land" as
//     verbs, "key" as an adjective, "drive" with a scheme ("drive forward"),
//     "foster" not about foster care, "agenda" not about a meeting.
//     Capitalised words inside a sentence are taken for names ("Delivery
//     Unit") and pass, and so do the words of glossary expansions.
//   - the passive voice, as a hint: "was agreed" may be passive.
//   - readability: a Flesch reading ease under TargetEase, for English text
//     of MinReadabilityWords words or more.
//
// Welsh sentences (see IsWelsh) get only the acronym and sentence-length
// checks: the others are rules of English. Markdown block quotes ("> ")
// are someone else's words, quoted as written, and are not checked.
// Acronyms may also be mixed case (DToC: at least three capitals, more
// capitals than small letters); English words in capitals for emphasis
// (NOT, AND, ...) are not taken for acronyms.
//
// Positions are 1-based lines and columns; a column counts characters
// (runes), not bytes, and a tab is one character.
package plain

import (
	"fmt"
	"slices"
	"strings"
)

// Kind is the kind of a finding.
type Kind string

// The kinds of finding.
const (
	KindAcronym      Kind = "acronym"       // an acronym not spelt out, or not in the glossary
	KindLongSentence Kind = "long-sentence" // a sentence of more than MaxSentenceWords words
	KindAvoid        Kind = "avoid"         // a word to avoid, with a plainer one
	KindPassive      Kind = "passive"       // may be the passive voice
	KindReadability  Kind = "readability"   // a reading ease under TargetEase
)

// Hint reports whether a kind of finding is a hint, worth a look but often
// fine (minutes often say "it was agreed"; a hard subject is hard to read),
// rather than a problem to fix: the passive voice and reading ease.
func (k Kind) Hint() bool { return k == KindPassive || k == KindReadability }

// Finding is one problem found in a text.
type Finding struct {
	Line, Col  int    // where it starts: 1-based line, and column in characters
	Kind       Kind   // what kind of problem
	Text       string // the word, phrase or acronym (for a long sentence, its first words)
	Message    string // what is wrong, in plain words
	Suggestion string // what to write instead, or ""
}

// String formats f as "line:col: kind: message -> suggestion".
func (f Finding) String() string {
	s := fmt.Sprintf("%d:%d: %s: %s", f.Line, f.Col, f.Kind, f.Message)
	if f.Suggestion != "" {
		s += " -> " + f.Suggestion
	}
	return s
}

// Checker checks texts against a group's glossary and its words to avoid.
// It is not changed by checking, so one Checker may be used by many
// goroutines at once.
type Checker struct {
	glossary glossary
	words    map[string][]string // acronym -> its expansion, as stemmed words
	avoid    avoidIndex          // the group's own words to avoid
}

// NewChecker returns a Checker for a group. glossary maps acronyms to what
// they stand for (group.toml [glossary]); avoid maps the group's own words
// or phrases to avoid to plainer ones (group.toml plain.avoid). The group's
// words are checked before the built-in list, so they may replace its
// suggestions; an empty plainer word flags the word with no suggestion.
// Both maps may be nil; NewChecker copies them.
func NewChecker(glossary map[string]string, avoid map[string]string) *Checker {
	c := &Checker{glossary: newGlossary(glossary), words: map[string][]string{}, avoid: groupAvoid(avoid)}
	for k, v := range c.glossary {
		c.words[k] = expansionWords(v)
	}
	return c
}

// Expansion returns what acronym stands for in the glossary.
func (c *Checker) Expansion(acronym string) (string, bool) {
	e, ok := c.glossary[strings.TrimSpace(acronym)]
	return e, ok
}

// Check returns the findings for text, in order of position (a readability
// finding is at line 1, column 1). Lines are counted within text.
func (c *Checker) Check(text string) []Finding {
	d := scan(text)
	d.markWelsh()
	var out []Finding
	out = append(out, d.readabilityFinding()...)
	out = append(out, d.longSentences()...)
	out = append(out, c.acronymFindings(d)...)
	skip := d.expansionTokens(c.words)
	for _, s := range d.sents {
		if s.welsh {
			continue
		}
		out = append(out, c.avoidFindings(d, s, skip)...)
		out = append(out, passiveFindings(d, s)...)
	}
	slices.SortStableFunc(out, func(a, b Finding) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Col - b.Col
	})
	return out
}

// maxHints is how many problems Hint names.
const maxHints = 3

// Hint returns one short, gentle sentence about text for the live meeting,
// or "" when it is fine, for example:
//
//	plain English: "facilitate" could be "help"; "ITB" is Integrated Transformation Board
//
// It names words to avoid, acronyms and long sentences, up to three, each
// once; it leaves out the passive voice and readability, which are for
// finished writing.
func (c *Checker) Hint(text string) string {
	var items []string
	seen := map[string]bool{}
	for _, f := range c.Check(text) {
		var item string
		switch f.Kind {
		case KindAvoid:
			item = quote(f.Text) + " could be " + quote(f.Suggestion)
			if f.Suggestion == "" {
				item = quote(f.Text) + " is jargon"
			}
		case KindAcronym:
			item = quote(f.Text) + " is " + f.Suggestion
			if f.Suggestion == "" {
				item = quote(f.Text) + " is not in the glossary: spell it out"
			}
		case KindLongSentence:
			var n int
			fmt.Sscanf(f.Message, "sentence has %d words", &n)
			item = fmt.Sprintf("a sentence of %d words could be two", n)
		default:
			continue
		}
		if key := lower(item); !seen[key] {
			seen[key] = true
			items = append(items, item)
		}
	}
	switch {
	case len(items) == 0:
		return ""
	case len(items) > maxHints:
		items = append(items[:maxHints], fmt.Sprintf("and %d more", len(items)-maxHints))
	}
	return "plain English: " + strings.Join(items, "; ")
}

// markWelsh marks the Welsh sentences of d. A sentence is Welsh when it
// looks Welsh by itself, or when the whole text looks Welsh and the
// sentence does not clearly look English (short sentences say little).
func (d *doc) markWelsh() {
	whole := welshScore(d.toks).welsh()
	for i, s := range d.sents {
		sc := welshScore(d.toks[s.from:s.to])
		d.sents[i].welsh = sc.welsh() || (whole && !sc.clearlyEnglish())
	}
}
