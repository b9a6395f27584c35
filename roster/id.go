package roster

import (
	"strconv"
	"strings"
	"unicode"
)

// DeriveID makes an id from a person's name: the first word of the name,
// folded to lower case without accents, keeping only letters, digits and
// hyphens ("Siân Davies" -> "sian", "Mary-Jane O'Neill" -> "mary-jane").
// A name with no letters or digits gives "person". New uses DeriveID for
// people without an id, and when that id is taken tries the first and last
// words ("sian-davies"), then adds a number ("sian-davies-2").
func DeriveID(name string) string {
	words := idWords(name)
	if len(words) == 0 {
		return "person"
	}
	return words[0]
}

// fullID is the id made from the first and last words of the name, or the
// first word alone for a one-word name.
func fullID(name string) string {
	words := idWords(name)
	switch len(words) {
	case 0:
		return "person"
	case 1:
		return words[0]
	}
	return words[0] + "-" + words[len(words)-1]
}

// idWords splits a name into words made only of folded letters, digits and
// inner hyphens.
func idWords(name string) []string {
	var words []string
	for _, w := range strings.Fields(Fold(name)) {
		var b strings.Builder
		for _, r := range w {
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				b.WriteRune(r)
			case r == '-':
				b.WriteRune(r)
			}
		}
		if s := strings.Trim(b.String(), "-"); s != "" {
			words = append(words, s)
		}
	}
	return words
}

// uniqueID returns the id New gives to name when taken holds the ids (in
// match-key form) already in use. next remembers, for each full id that
// needed a number, the number to try next, so that many people with the
// same first and last names cost one look each, not one for each before
// them.
func uniqueID(name string, taken map[string]int, next map[string]int) string {
	first := DeriveID(name)
	if _, ok := taken[matchKey(first)]; !ok {
		return first
	}
	full := fullID(name)
	if _, ok := taken[matchKey(full)]; !ok {
		return full
	}
	for n := max(next[full], 2); ; n++ {
		id := full + "-" + strconv.Itoa(n)
		if _, ok := taken[matchKey(id)]; !ok {
			next[full] = n + 1
			return id
		}
	}
}

// checkID says what is wrong with an id written in the roster, or "" if it
// is fine. An id is typed in commands, so it is one word: letters, digits,
// '-', '_' and '.'.
func checkID(id string) string {
	if id == "" {
		return "is empty; leave it out to derive one from the name, or write one word such as \"sian\""
	}
	for _, r := range id {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.' {
			continue
		}
		return strconv.Quote(id) + " is not a usable id; use one word of letters, digits, '-' or '_', such as \"sian\""
	}
	if matchKey(id) == "" {
		return strconv.Quote(id) + " is not a usable id; it needs a letter or a digit"
	}
	return ""
}
