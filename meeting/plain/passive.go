package plain

import (
	"strings"
	"unicode/utf8"
)

// passiveFindings looks for the passive voice in English sentence s: a form
// of "to be" (is, are, was, were, be, been, being, am, isn't, we're, ...)
// followed by a past participle, straight after it or after one adverb
// ("was agreed", "was not agreed", "is being held", "were jointly
// written"). A participle is an -ed word or a common irregular one (done,
// made, given, held, ...). Adjectives that look like participles ("is
// based in", "are interested", "is involved", "used to") pass. It is a hint:
// minutes often say "it was agreed", and the group may be happy with that.
func passiveFindings(d *doc, s sentence) []Finding {
	var out []Finding
	for i := s.from; i < s.to-1; i++ {
		if !beForms[lower(d.toks[i].text)] || !d.gapIsSpace(i, i+1) {
			continue
		}
		j := i + 1
		if w := lower(d.toks[j].text); !isParticiple(w) {
			if !isAdverb(w) || j+1 >= s.to || !d.gapIsSpace(j, j+1) {
				continue
			}
			j++
		}
		p := lower(d.toks[j].text)
		if !isParticiple(p) || adjectival[p] || (p == "used" && j+1 < s.to && lower(d.toks[j+1].text) == "to") {
			continue
		}
		t := d.toks[i]
		text := squash(d.text[t.start:d.toks[j].end])
		out = append(out, Finding{
			Line: t.line, Col: t.col, Kind: KindPassive, Text: text,
			Message: "\"" + text + "\" may be passive: say who does it",
		})
		i = j
	}
	return out
}

// isParticiple reports whether w (lower case) looks like a past participle.
func isParticiple(w string) bool {
	if irregularParticiples[w] {
		return true
	}
	return utf8.RuneCountInString(w) >= 4 && strings.HasSuffix(w, "ed") && !notParticiples[w] && hasLetter(w[:len(w)-2])
}

// isAdverb reports whether w (lower case) may stand between "to be" and a
// participle: "was not agreed", "is being held", "were jointly written".
func isAdverb(w string) bool {
	return adverbs[w] || (len(w) > 4 && strings.HasSuffix(w, "ly"))
}

// irregularParticiples are common past participles that do not end in -ed.
var irregularParticiples = setOf(`done made given taken seen known shown written held told sent kept left found
put set paid brought bought thought taught caught built spent lent meant met run won begun chosen driven
eaten fallen forgotten forgiven frozen hidden ridden risen spoken stolen sworn torn worn broken beaten
bitten blown drawn flown grown thrown withdrawn shaken mistaken undertaken overtaken proven sung struck
stuck hung cut hit hurt let shut spread bound heard laid led fed bred lost sold shot swept felt dealt
understood withheld upheld sought fought overseen foreseen born borne undone redone rewritten forbidden
agreed`)

// notParticiples are -ed words that are not past participles.
var notParticiples = setOf(`need seed feed weed deed heed reed shed sled embed hundred sacred naked wicked kindred
rugged ragged jagged crooked beloved indeed proceed exceed succeed speed bleed breed greed creed steed tweed`)

// adjectival are participles that, after "to be", usually describe rather
// than say something was done: "is based in Neath", "we are interested".
var adjectival = setOf(`based supposed interested pleased delighted worried tired married scared excited bored
concerned satisfied surprised disappointed committed determined prepared involved engaged aged called
entitled`)

// adverbs may come between "to be" and a participle.
var adverbs = setOf("not never also then now already still just all both being always often usually once again soon later first further well duly only")
