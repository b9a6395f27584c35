package minutes

import (
	"math"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/gyda/gyda/meeting/plain"
)

// expander spells out glossary acronyms on their first use in a document,
// and says which acronyms it met, in the glossary or not.
type expander interface {
	Expand(string) string
	Used() []string
	Unknown() []string
	Meaning(string) string
}

func newExpander(glossary map[string]string) expander { return plain.NewExpander(glossary) }

func percent(part, total time.Duration) int {
	if total <= 0 {
		return 0
	}
	return int(math.Round(100 * float64(part) / float64(total)))
}

// lowerFirst lowers the first letter of an action's text so it reads on
// from "will", unless it starts an acronym or a name-like word in capitals.
func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || !unicode.IsUpper(r) {
		return s
	}
	if next, _ := utf8.DecodeRuneInString(s[size:]); unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}
