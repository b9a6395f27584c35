// Package text says what counts as text in gyda's files, commands and
// outputs, and cleans what does not. It is one cleaner for every place
// text comes in (typed commands, SSH user names, files written by an older
// gyda) and every place it goes out (screens, minutes, CSV): no escape
// sequence, control character, bidirectional override, zero-width or tag
// character gets through it. Check says the same rules as a refusal, for
// files and forms, where text should be put right rather than cleaned.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean removes from text everything that could take over someone else's
// screen or hide what the text says: escape sequences (CSI, OSC and the
// rest), control characters (C0 and C1; a tab becomes a space), line and
// paragraph separators, and invisible format characters (bidirectional
// overrides and isolates, zero-width characters, Unicode tag characters
// and the rest of category Cf). Invalid UTF-8 is dropped.
func Clean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			i++
			continue
		case r == 0x1b: // ESC: drop the whole sequence
			i += escapeLength(s[i:])
			continue
		case r == 0x9b: // C1 CSI
			i += size + csiLength(s[i+size:])
			continue
		case r == 0x9d, r == 0x90, r == 0x98, r == 0x9e, r == 0x9f: // C1 OSC, DCS, SOS, PM, APC
			i += size + stringLength(s[i+size:])
			continue
		case r == '\t', r == 0x2028, r == 0x2029:
			b.WriteByte(' ')
		case unicode.IsControl(r), isInvisible(r):
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}

// isInvisible reports bidi controls, zero-width characters, tag
// characters and every other invisible format character (category Cf).
func isInvisible(r rune) bool {
	switch {
	case unicode.Is(unicode.Cf, r):
		return true
	case r >= 0xE0000 && r <= 0xE007F: // tags, unassigned ones too
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069: // embeddings, overrides, isolates
		return true
	case r == 0x200E, r == 0x200F, r == 0x061C: // marks
		return true
	case r >= 0x200B && r <= 0x200D, r == 0x2060, r == 0xFEFF, r == 0x180E: // zero width
		return true
	}
	return false
}

// escapeLength is the length of the escape sequence at the start of s
// (which begins with ESC).
func escapeLength(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		return 2 + csiLength(s[2:])
	case ']', 'P', 'X', '^', '_':
		return 2 + stringLength(s[2:])
	}
	return 2 // a two-character sequence such as ESC c or ESC 7
}

// csiLength is the length of a CSI sequence's parameters and final byte.
func csiLength(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x40 && s[i] <= 0x7e {
			return i + 1
		}
	}
	return len(s)
}

// stringLength is the length of an OSC, DCS or similar string up to and
// including its terminator (BEL, ST as ESC \, or C1 ST).
func stringLength(s string) int {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		case s[i] == 0xc2 && i+1 < len(s) && s[i+1] == 0x9c:
			return i + 2
		}
	}
	return len(s)
}
