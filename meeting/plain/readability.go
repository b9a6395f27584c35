package plain

import (
	"fmt"
	"math"
	"strings"
)

// MinReadabilityWords is the fewest words a readability score is given for:
// on shorter texts the formulas say little.
const MinReadabilityWords = 100

// TargetEase is the Flesch reading ease that plain English aims for.
const TargetEase = 60

// Score is a readability score: the counts it is made from, the Flesch
// reading ease (0 to 100, higher is easier; 60 to 70 is plain English) and
// the Flesch-Kincaid grade (the US school grade, years of school minus
// five, that can read it).
type Score struct {
	Words, Sentences, Syllables int
	Ease, Grade                 float64
}

// Band describes the reading ease in words, using Flesch's bands: "very
// easy" (90 and over), "easy", "fairly easy", "plain English" (60 to 69),
// "fairly difficult", "difficult", "very difficult" (under 30).
func (s Score) Band() string {
	switch e := s.Ease; {
	case e >= 90:
		return "very easy"
	case e >= 80:
		return "easy"
	case e >= 70:
		return "fairly easy"
	case e >= 60:
		return "plain English"
	case e >= 50:
		return "fairly difficult"
	case e >= 30:
		return "difficult"
	}
	return "very difficult"
}

// Readability scores the English sentences of text. A word is a run of
// letters (numbers are not counted); sentences are cut as Check cuts them, so
// a heading or a list item is a sentence of its own; Welsh sentences are
// left out. ok is true only when there are at least MinReadabilityWords
// English words; r holds the counts and figures whenever there is a word.
//
//	Ease  = 206.835 - 1.015 * words/sentences - 84.6 * syllables/words
//	Grade = 0.39 * words/sentences + 11.8 * syllables/words - 15.59
func Readability(text string) (r Score, ok bool) {
	d := scan(text)
	d.markWelsh()
	return d.readability()
}

// readability scores the sentences of d not marked Welsh.
func (d *doc) readability() (Score, bool) {
	var r Score
	for _, s := range d.sents {
		if s.welsh {
			continue
		}
		words := 0
		for _, t := range d.toks[s.from:s.to] {
			if hasLetter(t.text) {
				words++
				r.Syllables += syllables(t.text)
			}
		}
		if words > 0 {
			r.Words += words
			r.Sentences++
		}
	}
	if r.Words == 0 {
		return r, false
	}
	wps := float64(r.Words) / float64(r.Sentences)
	spw := float64(r.Syllables) / float64(r.Words)
	r.Ease = 206.835 - 1.015*wps - 84.6*spw
	r.Grade = 0.39*wps + 11.8*spw - 15.59
	return r, r.Words >= MinReadabilityWords
}

// readabilityFinding reports a reading ease under TargetEase.
func (d *doc) readabilityFinding() []Finding {
	r, ok := d.readability()
	if !ok || r.Ease >= TargetEase {
		return nil
	}
	return []Finding{{
		Line: 1, Col: 1, Kind: KindReadability,
		Message: fmt.Sprintf("reading ease %.0f (%s), grade %.0f; aim for %d or more",
			math.Floor(r.Ease), r.Band(), math.Max(0, math.Round(r.Grade)), TargetEase),
		Suggestion: "use shorter sentences and shorter words",
	}}
}

// syllables estimates the syllables in an English word. Hyphenated words
// count each part. It counts groups of vowels (y counts as a vowel except
// before a vowel at the start), then corrects for a silent final "e"
// ("make"), silent "-es" and "-ed" ("makes", "asked"; but "changes",
// "wanted"), "-le" after a consonant ("table"), vowels said apart ("media",
// "period", "usual", "being", "quiet"), and the endings -ly, -ment, -ness,
// -less, -ful, counted on their own ("lovely" is "love" + "ly"). A few
// common words are listed. Every word with a letter has at least one.
func syllables(word string) int {
	n := 0
	for _, part := range strings.FieldsFunc(lower(word), func(r rune) bool { return r == '-' || r == '‐' || r == '‑' || r == '.' }) {
		n += syllablesPart(part)
	}
	if n == 0 && hasLetter(word) {
		n = 1
	}
	return n
}

// syllablesPart counts one word without hyphens.
func syllablesPart(w string) int {
	// Keep letters only, with accented vowels as plain ones.
	var b strings.Builder
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteRune(r)
		case strings.ContainsRune("àáâäāăą", r):
			b.WriteByte('a')
		case r == 'é': // said, even at the end: "café"
			b.WriteString("ee")
		case strings.ContainsRune("èêëēėę", r):
			b.WriteByte('e')
		case strings.ContainsRune("ìíîïī", r):
			b.WriteByte('i')
		case strings.ContainsRune("òóôöō", r):
			b.WriteByte('o')
		case strings.ContainsRune("ùúûüū", r):
			b.WriteByte('u')
		case strings.ContainsRune("ŵ", r):
			b.WriteByte('w')
		case strings.ContainsRune("ŷÿý", r):
			b.WriteByte('y')
		}
	}
	w = b.String()
	if w == "" {
		return 0
	}
	if n, ok := syllableWords[w]; ok {
		return n
	}
	if w != "s" && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		if n, ok := syllableWords[w[:len(w)-1]]; ok {
			return n
		}
	}
	if len(w) <= 3 {
		return 1
	}
	for _, suf := range syllableSuffixes {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 2 && strings.ContainsAny(stem, "aeiouy") {
			return max(1, syllablesPart(stem)) + 1
		}
	}
	return max(1, syllablesStem(w))
}

// syllableSuffixes are endings of one syllable counted apart from the stem.
var syllableSuffixes = []string{"ments", "ment", "ness", "less", "ful", "ly"}

// syllablesStem counts the vowel groups of w with the corrections above.
func syllablesStem(w string) int {
	n := len(w)
	// Silent endings.
	switch {
	case strings.HasSuffix(w, "ed") && n > 3:
		c := w[n-3]
		if c != 't' && c != 'd' && isConsonant(c) && !syllabicL(w, n-3) {
			w = w[:n-2] + "d" // "asked" -> "askd"
		}
	case strings.HasSuffix(w, "es") && n > 3:
		c := w[n-3]
		if isConsonant(c) && !strings.ContainsRune("sxzgc", rune(c)) && !strings.HasSuffix(w[:n-2], "ch") &&
			!strings.HasSuffix(w[:n-2], "sh") && !syllabicL(w, n-3) {
			w = w[:n-2] + "s" // "makes" -> "maks"
		}
	case strings.HasSuffix(w, "e") && n > 2:
		if isConsonant(w[n-2]) && !syllabicL(w, n-2) {
			w = w[:n-1] // "make" -> "mak"
		}
	}
	count := 0
	prevVowel := false
	for i := 0; i < len(w); i++ {
		v := isVowel(w, i)
		if v && !prevVowel {
			count++
		}
		if v && prevVowel && splitVowels(w, i) {
			count++
		}
		prevVowel = v
	}
	// A vowel or y before "-ing" is said apart: "being", "going", "saying".
	if m := len(w); m > 4 && strings.HasSuffix(w, "ing") && (isVowel(w, m-4) || w[m-4] == 'y') {
		count++
	}
	return count
}

// isConsonant reports whether the ASCII letter c is a consonant.
func isConsonant(c byte) bool {
	return c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiouy", rune(c))
}

// isVowel reports whether w[i] is a vowel; y is a vowel unless it starts
// the word before a vowel ("yes", "young").
func isVowel(w string, i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	case 'y':
		return !(i == 0 && len(w) > 1 && strings.ContainsRune("aeiou", rune(w[1])))
	}
	return false
}

// syllabicL reports whether w[i] is an "l" that carries its own syllable,
// after a consonant other than l or r: "table", "settled", "bubbles".
func syllabicL(w string, i int) bool {
	return i >= 1 && w[i] == 'l' && isConsonant(w[i-1]) && w[i-1] != 'l' && w[i-1] != 'r'
}

// splitVowels reports whether the vowels w[i-1] and w[i], next to each
// other, are said as two syllables.
func splitVowels(w string, i int) bool {
	a, b := w[i-1], w[i]
	var before byte
	if i >= 2 {
		before = w[i-2]
	}
	switch {
	case a == 'i' && b == 'a': // media, trial; not social, special
		return !strings.ContainsRune("ctsx", rune(before))
	case a == 'i' && b == 'o': // period, radio; not nation, region
		return !strings.ContainsRune("ctsxg", rune(before))
	case a == 'u' && b == 'a': // usual, actual; not equal, language
		return before != 'q' && before != 'g'
	case a == 'i' && b == 'u': // medium, stadium
		return true
	case a == 'u' && b == 'o': // duo
		return before != 'q'
	case a == 'i' && b == 'e': // quiet, client, society, earlier; not field, patient
		rest := w[i+1:]
		if before == 'c' || before == 't' {
			return strings.HasPrefix(rest, "t")
		}
		return strings.HasPrefix(rest, "t") || strings.HasPrefix(rest, "nt") || strings.HasPrefix(rest, "nc") ||
			rest == "r" || rest == "st"
	}
	return false
}

// syllableWords are common words the rules get wrong.
var syllableWords = map[string]int{
	"business": 2, "businesses": 3, "science": 2, "video": 3, "every": 2,
	"evening": 2, "wednesday": 2, "area": 3, "idea": 3, "ideas": 3, "create": 2,
	"created": 3, "creating": 3, "creation": 3, "maybe": 2, "anyone": 3,
	"element": 3, "elements": 3, "someone": 2, "people": 2, "recipe": 3,
	"cooperate": 4, "cooperation": 5, "coordinate": 4, "coordinator": 5,
	"coordination": 5, "real": 1, "ratio": 3, "being": 2, "poem": 2,
	"theatre": 3, "theory": 3, "welsh": 1, "wales": 1, "towards": 2, "whether": 2,
	"everything": 3, "something": 2, "anything": 3, "sometimes": 2, "somewhere": 2,
	"everybody": 4, "anybody": 4, "somebody": 3, "anyway": 3,
}
