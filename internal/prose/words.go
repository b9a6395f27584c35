package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Article puts "a" or "an" before a word, by its first letter: "a chair",
// "an attendee". It goes by spelling only ("an unit" is not caught), which
// is enough for the roles and kinds gyda names.
func Article(s string) string {
	if s != "" && strings.ContainsRune("aeiou", rune(s[0])) {
		return "an " + s
	}
	return "a " + s
}

// UpperFirst capitalises the first letter, accented or not: "dydd Iau"
// becomes "Dydd Iau", "élan" becomes "Élan".
func UpperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
