package text

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Allowed says, for an error message, what a value may hold.
const Allowed = "letters, digits, spaces and punctuation, on one line"

// Problem says what is wrong with s as one line of text of at most max
// characters (max 0: any length), or "" if nothing is: the first thing
// Clean would remove or change (an escape sequence, a control character,
// a bidirectional override, an invisible character, invalid UTF-8), or
// its length. Names, titles and places are checked with it when a file
// or a form gives them, so they are put right rather than cleaned.
func Problem(s string, max int) string {
	if !utf8.ValidString(s) {
		return "it is not valid UTF-8 text"
	}
	for _, r := range s {
		switch {
		case r == 0x1b:
			return "it holds an escape character (U+001B), which could take over a terminal"
		case r >= 0x80 && r <= 0x9f:
			return fmt.Sprintf("it holds the control character U+%04X, which could take over a terminal", r)
		case r == '\n', r == '\r', r == 0x2028, r == 0x2029:
			return "it has more than one line"
		case unicode.IsControl(r):
			return fmt.Sprintf("it holds the control character U+%04X", r)
		case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
			return fmt.Sprintf("it holds the bidirectional control U+%04X, which can make text read differently from what it says", r)
		case r >= 0xE0000 && r <= 0xE007F:
			return fmt.Sprintf("it holds the invisible tag character U+%04X", r)
		case isInvisible(r):
			return fmt.Sprintf("it holds the invisible character U+%04X", r)
		}
	}
	if n := utf8.RuneCountInString(s); max > 0 && n > max {
		return fmt.Sprintf("it is %d characters long; the most is %d", n, max)
	}
	return ""
}
