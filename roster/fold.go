package roster

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s in lower case with its accents and other diacritics
// removed, so that names typed on any keyboard compare equal: "Siân" and
// "SIAN" both fold to "sian", "Llŷr" to "llyr". Letters that do not
// decompose are spelt out in ASCII ("ø" -> "o", "ß" -> "ss", "æ" -> "ae").
// Fold is the comparison used for every name and id the roster matches.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		if spelt, ok := spellOut(r); ok {
			b.WriteString(spelt)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// spellOut gives the ASCII spelling of a lower-case letter that has no
// decomposition into a base letter and a combining mark.
func spellOut(r rune) (string, bool) {
	switch r {
	case 'ø':
		return "o", true
	case 'ł':
		return "l", true
	case 'đ', 'ð':
		return "d", true
	case 'ħ':
		return "h", true
	case 'ı':
		return "i", true
	case 'ß':
		return "ss", true
	case 'æ':
		return "ae", true
	case 'œ':
		return "oe", true
	case 'þ':
		return "th", true
	case '’', 'ʼ', '‘':
		return "'", true
	}
	return "", false
}

// matchKey is the form in which names, ids and queries are compared: folded,
// apostrophes dropped, hyphens, underscores and dots read as spaces, and
// runs of spaces collapsed, so "sian-davies", "Siân Davies" and
// "  sian   DAVIES " are the same.
func matchKey(s string) string {
	return strings.Join(matchWords(s), " ")
}

// matchWords splits the match key of s into its words.
func matchWords(s string) []string {
	f := Fold(s)
	f = strings.ReplaceAll(f, "'", "")
	return strings.FieldsFunc(f, func(r rune) bool {
		return r == '-' || r == '_' || r == '.' || unicode.IsSpace(r) || unicode.IsControl(r)
	})
}
