package meeting

import (
	"errors"
	"strings"
	"unicode"

	"github.com/gyda/gyda/roster"
)

// Suggestion is what a refused line most likely meant: a short question
// for a screen to ask ("Mair Jones?") and, when the line was typed, the
// line to carry out if the answer is yes. A name that only starts a
// surname, a near miss and a date that could be read two ways are asked
// about this way, never guessed.
type Suggestion struct {
	Ask  string // "Mair Jones?", "31 January 2027?"
	Line string // "arrive mair"; empty when there is no line to rewrite
}

// SuggestionOf returns the suggestion a refusal carries, if any.
func SuggestionOf(err error) (Suggestion, bool) {
	var ce *CommandError
	if errors.As(err, &ce) && ce.Suggest != nil {
		return *ce.Suggest, true
	}
	var pe *ParseError
	if errors.As(err, &pe) && pe.Suggest != nil {
		return *pe.Suggest, true
	}
	return Suggestion{}, false
}

// withLine is how a refusal with a suggestion reads: the reason, then
// the line to type ("...; did you mean Mair Jones? type: arrive mair").
func withLine(msg string, s *Suggestion) string {
	if s == nil || s.Line == "" {
		return msg
	}
	return msg + " type: " + s.Line
}

// rewrite is line with the first whole appearance of old after the verb
// replaced by new, or "" when old is not there.
func rewrite(line, old, new string) string {
	if line == "" || old == "" {
		return ""
	}
	start := strings.IndexFunc(line, unicode.IsSpace)
	if start < 0 {
		return ""
	}
	i := strings.Index(line[start:], old)
	if i < 0 {
		return ""
	}
	i += start
	return line[:i] + new + line[i+len(old):]
}

// unsureName turns a name the roster is not sure of into a refusal that
// asks about the one person it most likely means.
func (d *decider) unsureName(err error) error {
	var u *roster.UnsureError
	if !errors.As(err, &u) {
		return cannot(d.c.Verb, "%s: %v", d.c.Verb, err)
	}
	s := &Suggestion{Ask: u.Person.Name + "?", Line: rewrite(d.c.Line, d.c.Name, u.Person.ID)}
	return &CommandError{Verb: d.c.Verb, Msg: string(d.c.Verb) + ": " + err.Error(), Suggest: s}
}
