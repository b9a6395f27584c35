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

// Stop ends a sentence with a full stop, unless it already ends with one,
// a question mark or an exclamation mark: "Items not reached: 8.
// Reflection: how did today go?" gets no second stop.
func Stop(s string) string {
	if s != "" && strings.ContainsRune(".!?", rune(s[len(s)-1])) {
		return s
	}
	return s + "."
}
