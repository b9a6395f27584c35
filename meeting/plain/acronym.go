package plain

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DemoGlossary returns a fresh copy of the demo group's glossary: the
// acronyms of the West Glamorgan seed documents. The caller may change it.
func DemoGlossary() map[string]string {
	return map[string]string{
		"ATB":   "Adults Transformation Board",
		"CTB":   "Children & Young People Transformation Board",
		"ITB":   "Integrated Transformation Board",
		"RPB":   "Regional Partnership Board",
		"T&F":   "Task & Finish",
		"UNCRC": "United Nations Convention on the Rights of the Child",
		"WGRP":  "West Glamorgan Regional Partnership",
		"CYP":   "children and young people",
	}
}

// glossary maps acronyms to what they stand for.
type glossary map[string]string

// newGlossary copies g, trimming space, dropping empty entries and adding
// an upper-case key for any key written in lower case ("rpb" finds "RPB").
func newGlossary(g map[string]string) glossary {
	out := glossary{}
	for k, v := range g {
		k, v = strings.TrimSpace(k), squash(v)
		if k != "" && v != "" {
			out[k] = v
		}
	}
	for k, v := range out {
		if u := strings.ToUpper(k); u != k {
			if _, ok := out[u]; !ok {
				out[u] = v
			}
		}
	}
	return out
}

// lookup finds the glossary entry for a word part as written: the part
// itself ("PhD"), or an acronym with a plural or possessive ending ("RPBs",
// "ITB's"). It returns the key, the ending and the expansion.
func (g glossary) lookup(part string) (key, suffix, expansion string, ok bool) {
	if e, ok := g[part]; ok {
		return part, "", e, true
	}
	if base, suffix, ok := splitAcronym(part); ok {
		if e, ok := g[base]; ok {
			return base, suffix, e, true
		}
	}
	return "", "", "", false
}

// splitAcronym reports whether part is an acronym, possibly with a plural or
// possessive ending, and returns the acronym and the ending: "RPB" ("RPB",
// ""), "RPBs" ("RPB", "s"), "ITB's" ("ITB", "'s"), "T&F" ("T&F", "").
// An acronym starts with a capital letter and has only capital letters,
// digits and "&", with at least two capital letters; or it is mixed case
// with at least three capitals and more capitals than small letters
// ("DToC", delayed transfers of care). "I", "A", "PhD", "McDonald" and
// "4G" are not acronyms.
func splitAcronym(part string) (base, suffix string, ok bool) {
	for _, s := range []string{"'s", "’s", "s"} {
		if b, found := strings.CutSuffix(part, s); found && isAcronym(b) {
			return b, s, true
		}
	}
	if isAcronym(part) {
		return part, "", true
	}
	return "", "", false
}

// isAcronym reports whether s is written like an acronym.
func isAcronym(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) || strings.HasSuffix(s, "&") {
		return false
	}
	caps, small := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsLower(r):
			small++
		case unicode.IsDigit(r), r == '&', unicode.IsMark(r):
		default:
			return false
		}
	}
	if small > 0 {
		return caps >= 3 && caps > small
	}
	return caps >= 2
}

// romanNumerals are II to XXXIX, written with I, V and X only. They are not
// taken for acronyms ("Part II", "Appendix IV") unless the glossary has them.
// Numerals with L, C, D or M are left as acronyms, since LD, CD and MDT are
// common in health and social care.
var romanNumerals = func() map[string]bool {
	ones := []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
	m := map[string]bool{}
	for tens := range 4 {
		for _, o := range ones {
			m[strings.Repeat("X", tens)+o] = true
		}
	}
	return m
}()

// notAcronyms are capital-letter words that people do not need spelt out:
// "OK", and English words written in capitals for emphasis ("NOT").
var notAcronyms = setOf("OK NOT NO YES AND OR BUT THE ALL")

// acronymUse is one acronym written in a text.
type acronymUse struct {
	tok        int    // index of the token it is in
	start, end int    // byte offsets of the acronym with its ending
	line, col  int    // where it starts
	base       string // the acronym: "ITB"
	suffix     string // its ending: "", "s", "'s"
}

// parts calls fn for each hyphen-separated part of token i ("NHS-funded" is
// "NHS" and "funded") with its byte offsets and column.
func (d *doc) parts(i int, fn func(part string, start, end, col int)) {
	t := d.toks[i]
	off, col := 0, t.col
	for {
		n := strings.IndexAny(t.text[off:], "-‐‑")
		end := len(t.text)
		if n >= 0 {
			end = off + n
		}
		if end > off {
			fn(t.text[off:end], t.start+off, t.start+end, col)
		}
		if n < 0 {
			return
		}
		_, w := utf8.DecodeRuneInString(t.text[end:])
		col += utf8.RuneCountInString(t.text[off:end]) + 1
		off = end + w
	}
}

// acronyms finds every glossary term, and every word written like an
// acronym, in the text, in order.
func (d *doc) acronyms(g glossary) []acronymUse {
	var out []acronymUse
	for i, t := range d.toks {
		d.parts(i, func(part string, start, end, col int) {
			use := acronymUse{tok: i, start: start, end: end, line: t.line, col: col}
			if key, suffix, _, ok := g.lookup(part); ok {
				use.base, use.suffix = key, suffix
				out = append(out, use)
				return
			}
			base, suffix, ok := splitAcronym(part)
			switch {
			case !ok, romanNumerals[base], notAcronyms[base]:
				return
			case (base == "AM" || base == "PM") && i > 0 && isNumber(d.toks[i-1].text):
				return // "10 AM"
			}
			use.base, use.suffix = base, suffix
			out = append(out, use)
		})
	}
	return out
}

// isNumber reports whether s is only digits and full stops.
func isNumber(s string) bool {
	return strings.Trim(s, "0123456789.") == ""
}

// stem reduces a word for comparing an acronym's expansion with the text:
// lower case, without a possessive or plural ending.
func stem(w string) string {
	w = lower(w)
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "'")
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		w = w[:len(w)-1]
	}
	return w
}

// expansionWords splits an expansion into stemmed words, without "and"
// (which a text may write as "&", and "&" is not a word).
func expansionWords(expansion string) []string {
	var out []string
	for _, t := range scan(expansion).toks {
		if s := stem(t.text); s != "and" {
			out = append(out, s)
		}
	}
	return out
}

// spelledOut reports whether the acronym use u sits right next to its
// expansion: "Regional Partnership Board (RPB)" or "RPB (Regional
// Partnership Board)".
func (d *doc) spelledOut(u acronymUse, words []string) bool {
	if len(words) == 0 {
		return false
	}
	t := d.toks[u.tok]
	if u.start == t.start && u.tok > 0 &&
		strings.Trim(d.text[d.toks[u.tok-1].end:u.start], " \t\r\n(") == "" {
		if _, ok := d.matchWords(u.tok-1, -1, words); ok {
			return true
		}
	}
	if u.end == t.end && u.tok+1 < len(d.toks) &&
		strings.Trim(d.text[u.end:d.toks[u.tok+1].start], " \t\r\n(-–—:,") == "" {
		if _, ok := d.matchWords(u.tok+1, +1, words); ok {
			return true
		}
	}
	return false
}

// matchWords reports whether the stemmed words, read from token i in
// direction dir (+1 forwards, -1 backwards), are in the text there, skipping
// "and". It returns the index of the token after the match, in direction dir.
func (d *doc) matchWords(i, dir int, words []string) (int, bool) {
	for k := range words {
		if dir < 0 {
			k = len(words) - 1 - k
		}
		for i >= 0 && i < len(d.toks) && lower(d.toks[i].text) == "and" {
			i += dir
		}
		if i < 0 || i >= len(d.toks) || stem(d.toks[i].text) != words[k] {
			return i, false
		}
		i += dir
	}
	return i, true
}

// expansionTokens marks the tokens inside any glossary expansion written in
// the text ("Integrated Transformation Board"): they are names, not jargon.
func (d *doc) expansionTokens(words map[string][]string) map[int]bool {
	marked := map[int]bool{}
	for _, ws := range words {
		if len(ws) == 0 {
			continue
		}
		for i := range d.toks {
			if stem(d.toks[i].text) != ws[0] {
				continue
			}
			if end, ok := d.matchWords(i, +1, ws); ok {
				for j := i; j < end; j++ {
					marked[j] = true
				}
			}
		}
	}
	return marked
}

// acronymFindings flags the first use of each acronym: a glossary acronym
// that is not spelt out next to it, or an acronym that is not in the
// glossary. Later uses are not flagged.
func (c *Checker) acronymFindings(d *doc) []Finding {
	var out []Finding
	seen := map[string]bool{}
	for _, u := range d.acronyms(c.glossary) {
		if seen[u.base] {
			continue
		}
		seen[u.base] = true
		f := Finding{Line: u.line, Col: u.col, Kind: KindAcronym, Text: u.base}
		if exp, ok := c.glossary[u.base]; ok {
			if d.spelledOut(u, c.words[u.base]) {
				continue
			}
			f.Message = fmt.Sprintf("%s is not spelt out the first time it is used; write %s", quote(u.base), quote(exp+" ("+u.base+")"))
			f.Suggestion = exp
		} else {
			f.Message = quote(u.base) + " is not in the group's glossary: spell it out or add it to [glossary] in group.toml"
		}
		out = append(out, f)
	}
	return out
}

// quote puts double quotes round s.
func quote(s string) string { return "\"" + s + "\"" }
