package plain

import (
	"strings"
	"sync"
)

// Expander spells out each glossary acronym the first time it is used, over
// all the texts given to it in turn: the minutes writer uses one Expander
// for a whole set of minutes. It is safe for use by many goroutines, though
// "first" then depends on the order of the calls.
type Expander struct {
	mu       sync.Mutex
	glossary glossary
	seen     map[string]bool
	order    []string
	unknown  []string // acronyms not in the glossary, in the order first met
}

// NewExpander returns an Expander for a glossary of acronyms and what they
// stand for (group.toml [glossary]).
func NewExpander(glossary map[string]string) *Expander {
	return &Expander{glossary: newGlossary(glossary), seen: map[string]bool{}}
}

// Expand returns text with the first use of each glossary acronym spelt
// out: "RPB" becomes "Regional Partnership Board (RPB)"; later uses, in this
// text or in later calls, stay "RPB". Only whole words match ("T&F" but not
// "T&Fx"; the "NHS" of "NHS-funded" is a whole word). A plural or possessive
// ending goes on both: "RPBs" becomes "Regional Partnership Boards (RPBs)",
// "ITB's" becomes "Integrated Transformation Board's (ITB's)". A use that is
// already spelt out ("Regional Partnership Board (RPB)", or "RPB (Regional
// Partnership Board)") is left as it is and counts as the first use.
func (e *Expander) Expand(text string) string {
	e.mu.Lock()
	defer e.mu.Unlock()
	d := scan(text)
	var b strings.Builder
	last := 0
	for i := range d.toks {
		d.parts(i, func(part string, start, end, _ int) {
			key, suffix, exp, ok := e.glossary.lookup(part)
			if !ok {
				e.noteUnknown(d, i, part)
				return
			}
			if e.seen[key] {
				return
			}
			e.seen[key] = true
			e.order = append(e.order, key)
			use := acronymUse{tok: i, start: start, end: end, base: key, suffix: suffix}
			if d.spelledOut(use, expansionWords(exp)) {
				return
			}
			b.WriteString(text[last:start])
			b.WriteString(withEnding(exp, suffix))
			b.WriteString(" (")
			b.WriteString(part)
			b.WriteString(")")
			last = end
		})
	}
	b.WriteString(text[last:])
	return b.String()
}

// Used returns the glossary acronyms met so far, in the order first used:
// the minutes can list them in a glossary of their own.
func (e *Expander) Used() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]string(nil), e.order...)
}

// Meaning is what a glossary acronym stands for, or "".
func (e *Expander) Meaning(acronym string) string {
	_, _, exp, _ := e.glossary.lookup(acronym)
	return exp
}

// Unknown returns the acronyms met so far that the glossary does not
// have ("ICB", "DToC"), in the order first used: the minutes list them
// with a place to explain them.
func (e *Expander) Unknown() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]string(nil), e.unknown...)
}

// noteUnknown remembers part, of token i, if it is an acronym the
// glossary does not have.
func (e *Expander) noteUnknown(d *doc, i int, part string) {
	base, _, ok := splitAcronym(part)
	if !ok || romanNumerals[base] || notAcronyms[base] || e.seen["?"+base] {
		return
	}
	if (base == "AM" || base == "PM") && i > 0 && isNumber(d.toks[i-1].text) {
		return
	}
	e.seen["?"+base] = true
	e.unknown = append(e.unknown, base)
}

// withEnding puts an acronym's plural or possessive ending on its expansion.
func withEnding(exp, suffix string) string {
	if suffix != "s" {
		return exp + suffix
	}
	switch {
	case strings.HasSuffix(exp, "s"), strings.HasSuffix(exp, "x"), strings.HasSuffix(exp, "z"),
		strings.HasSuffix(exp, "ch"), strings.HasSuffix(exp, "sh"):
		return exp + "es"
	case strings.HasSuffix(exp, "y") && len(exp) > 1 && !strings.ContainsRune("aeiou", rune(exp[len(exp)-2])):
		return exp[:len(exp)-1] + "ies"
	}
	return exp + "s"
}
