package meeting

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/gyda/gyda/config"
)

// MaxLineLength is the longest command line accepted, in bytes.
const MaxLineLength = 2000

// ParseError says why a typed line is not a command. Nothing changes when a
// line fails to parse.
type ParseError struct {
	Line string
	Msg  string
	// Suggest is what was most likely meant (a date with its year), to be
	// asked about; nil when there is nothing to suggest.
	Suggest *Suggestion
}

func (e *ParseError) Error() string { return withLine(e.Msg, e.Suggest) }

func parseErr(line, format string, args ...any) error {
	return &ParseError{Line: line, Msg: fmt.Sprintf(format, args...)}
}

// Parse turns one typed line into a Command. It checks only the shape of the
// line; names are matched and rules checked by Decide.
func Parse(line string) (Command, error) {
	if len(line) > MaxLineLength {
		return Command{}, parseErr(line, "that line is %d characters long; the most is %d", len(line), MaxLineLength)
	}
	line = strings.TrimSpace(line)
	if line == "" {
		return Command{}, parseErr(line, "nothing typed: type a command, or help")
	}
	word, rest := cutWord(line)
	verb, ok := LookupVerb(word)
	if !ok {
		return Command{}, parseErr(line, "%q is not a command; type help for the list%s", word, suggestVerb(word))
	}
	c, err := parseVerb(line, verb, rest)
	c.Line = line
	return c, err
}

// parseVerb reads what follows the verb.
func parseVerb(line string, verb Verb, rest string) (Command, error) {
	c := Command{Verb: verb}
	switch verb {
	case VerbArrive:
		name, remote := strings.CutSuffix(rest, " remote")
		if rest == "remote" {
			name, remote = "", true
		}
		c.Name, c.Remote = strings.TrimSpace(name), remote
		if c.Name == "" {
			return c, parseErr(line, "arrive needs a name: arrive NAME [remote]")
		}
	case VerbLeave, VerbApologies, VerbChair, VerbMinutes:
		if rest == "" {
			return c, parseErr(line, "%s needs a name: %s NAME", verb, verb)
		}
		c.Name = rest
	case VerbHand, VerbLower, VerbSpeak:
		c.Name = rest
	case VerbQuorum, VerbNext, VerbResume, VerbDone, VerbEnd, VerbArising, VerbGoRound:
		if rest != "" {
			return c, parseErr(line, "%s takes nothing after it (got %q)", verb, rest)
		}
	case VerbItem:
		n, err := strconv.Atoi(rest)
		if err != nil || n < 1 {
			return c, parseErr(line, "item needs an item number, 1 or more: item N")
		}
		c.Item = n
	case VerbBreak:
		if rest != "" {
			d, err := ParseDuration(rest)
			if err != nil {
				return c, parseErr(line, "break %s: %v", rest, err)
			}
			c.Duration = d
		}
	case VerbWait:
		d, err := ParseDuration(rest)
		if err != nil {
			return c, parseErr(line, "wait needs a length of time such as 5m or 1h: %v", err)
		}
		c.Duration = d
	case VerbCard:
		i := strings.LastIndexByte(rest, ' ')
		colour, name := rest, ""
		if i >= 0 {
			name, colour = strings.TrimSpace(rest[:i]), rest[i+1:]
		}
		switch Card(strings.ToLower(colour)) {
		case CardRed, CardYellow, CardGreen:
			c.Card, c.Name = Card(strings.ToLower(colour)), name
		default:
			return c, parseErr(line, "card needs a colour, red, yellow or green: card [NAME] red|yellow|green")
		}
	case VerbNote, VerbOffRecord, VerbDecide, VerbReflect:
		if rest == "" {
			return c, parseErr(line, "%s needs some text: %s TEXT", verb, verb)
		}
		c.Text = rest
	case VerbDeclare:
		name, text, ok := strings.Cut(rest, ":")
		c.Name, c.Text = strings.TrimSpace(name), strings.TrimSpace(text)
		if i := strings.LastIndex(strings.ToLower(c.Name), " item "); i >= 0 {
			n, err := strconv.Atoi(strings.TrimPrefix(strings.TrimSpace(c.Name[i+len(" item "):]), "#"))
			if err != nil || n < 1 {
				return c, parseErr(line, "declare NAME item N: TEXT needs an item number, 1 or more")
			}
			c.Name, c.Item = strings.TrimSpace(c.Name[:i]), n
		}
		if !ok || c.Name == "" || c.Text == "" {
			return c, parseErr(line, "declare needs a name, the item, a colon and the interest: declare NAME item N: TEXT")
		}
	case VerbUndo:
		if rest != "" {
			return c, parseErr(line, "undo takes nothing after it (got %q): it takes back the last thing you recorded", rest)
		}
	case VerbCorrect, VerbStrike:
		return parseCorrection(line, verb, rest)
	case VerbVisitor:
		name, remote := strings.CutSuffix(rest, " remote")
		name, org, _ := strings.Cut(name, ",")
		c.Name, c.Organisation, c.Remote = strings.TrimSpace(name), strings.TrimSpace(org), remote
		if c.Name == "" {
			return c, parseErr(line, "visitor needs the visitor's name: visitor NAME, ORGANISATION (the organisation if they have one)")
		}
	case VerbAction:
		return parseAction(line, rest)
	case VerbVote, VerbFor, VerbAgainst, VerbAbstain, VerbElect, VerbBallot, VerbTally:
		return parseVoting(line, verb, rest)
	case VerbReview, VerbRatify:
		return parseReview(line, verb, rest)
	case VerbExpense:
		name, what, ok := strings.Cut(rest, ":")
		c.Name = strings.TrimSpace(name)
		if !ok || c.Name == "" {
			return c, parseErr(line, "expense needs a name, a colon and the cost: expense NAME: 12 miles, or expense NAME: £4.50 bus fare")
		}
		if err := parseExpense(line, what, &c); err != nil {
			return c, err
		}
	case VerbHelp:
		c.Text = rest
	}
	return c, nil
}

func parseAction(line, rest string) (Command, error) {
	c := Command{Verb: VerbAction}
	const usage = "action NAME by DATE: TEXT"
	head, text, ok := strings.Cut(rest, ":")
	if !ok || strings.TrimSpace(text) == "" {
		return c, parseErr(line, "action needs a colon and what is to be done: %s", usage)
	}
	i := strings.LastIndex(head, " by ")
	if i < 0 {
		return c, parseErr(line, "action needs an owner and a due date: %s", usage)
	}
	c.Name = strings.TrimSpace(head[:i])
	if c.Name == "" {
		return c, parseErr(line, "action needs an owner: %s", usage)
	}
	c.Text = strings.TrimSpace(text)
	if err := parseDue(line, strings.TrimSpace(head[i+4:]), &c); err != nil {
		return c, fmt.Errorf("action due date: %w; %s", err, usage)
	}
	return c, nil
}

// parseDue reads a due date into c: a day (config.ParseDate), or "next
// meeting" (DueNext). A date that needs asking about (no year) is kept
// as typed in DueText, for Decide to ask about against the meeting's day.
func parseDue(line, date string, c *Command) error {
	c.DueText = date
	if config.IsNextMeeting(date) {
		c.DueNext = true
		return nil
	}
	// Any day serves to tell a date that needs asking about; Decide asks
	// with the meeting's.
	due, err := config.ParseDate(date, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	var de *config.DateError
	switch {
	case err == nil:
		c.Due = due
	case errors.As(err, &de) && !de.Suggest.IsZero():
		// Asked about in Decide, which knows the meeting's day.
	default:
		return parseErr(line, "%v", err)
	}
	return nil
}

// parseCorrection reads "correct note|decision|action N: TEXT" and
// "strike note|decision|action N: REASON".
func parseCorrection(line string, verb Verb, rest string) (Command, error) {
	c := Command{Verb: verb}
	what := "the new wording"
	if verb == VerbStrike {
		what = "the reason"
	}
	usage := fmt.Sprintf("%s note|decision|action N: %s", verb, strings.ToUpper(strings.TrimPrefix(what, "the ")))
	head, text, ok := strings.Cut(rest, ":")
	c.Text = strings.TrimSpace(text)
	kind, num := cutWord(strings.TrimSpace(head))
	switch Entry(strings.TrimSuffix(kind, "s")) {
	case EntryNote, EntryDecision, EntryAction:
		c.Entry = Entry(strings.TrimSuffix(kind, "s"))
	default:
		return c, parseErr(line, "%s needs what to change, note, decision or action, and its number: %s", verb, usage)
	}
	n, err := strconv.Atoi(strings.TrimPrefix(strings.TrimSpace(num), "#"))
	if err != nil || n < 1 {
		return c, parseErr(line, "%s %s needs the %s's number, 1 or more: %s", verb, c.Entry, c.Entry, usage)
	}
	c.Number = n
	if !ok || c.Text == "" {
		return c, parseErr(line, "%s %s %d needs a colon and %s: %s", verb, c.Entry, n, what, usage)
	}
	return c, nil
}

// parseReview reads "review N done|dropped|by DATE [: NOTE]" and
// "ratify N [yes|no] [: NOTE]".
func parseReview(line string, verb Verb, rest string) (Command, error) {
	c := Command{Verb: verb}
	usage := "review N done, review N dropped, or review N by DATE (add : NOTE if you like)"
	if verb == VerbRatify {
		usage = "ratify N, or ratify N no (add : NOTE if you like)"
	}
	head, note, _ := strings.Cut(rest, ":")
	c.Text = strings.TrimSpace(note)
	num, what := cutWord(strings.TrimSpace(head))
	n, err := strconv.Atoi(strings.TrimPrefix(num, "#"))
	if err != nil || n < 1 {
		return c, parseErr(line, "%s needs the number of the item from the matters arising (type arising to list them): %s", verb, usage)
	}
	c.Number = n
	what = strings.ToLower(strings.TrimSpace(what))
	if verb == VerbRatify {
		switch what {
		case "", "yes", "y", "ratified":
			c.Outcome = OutcomeRatified
		case "no", "n", "not", "not ratified":
			c.Outcome = OutcomeNotRatified
		default:
			return c, parseErr(line, "ratify %d %s: say yes or no: %s", n, what, usage)
		}
		return c, nil
	}
	switch {
	case what == "done":
		c.Outcome = OutcomeDone
	case what == "dropped" || what == "drop":
		c.Outcome = OutcomeDropped
	case strings.HasPrefix(what, "by "):
		c.Outcome = OutcomeNewDate
		if err := parseDue(line, strings.TrimSpace(what[3:]), &c); err != nil {
			return c, fmt.Errorf("review %d: the new date: %w; %s", n, err, usage)
		}
	default:
		return c, parseErr(line, "review %d needs done, dropped, or by and a new date: %s", n, usage)
	}
	return c, nil
}

// ParseDuration reads a length of time as typed in a meeting: "10m", "1h30m",
// "90s", or a bare number of minutes ("15").
func ParseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, fmt.Errorf("no length of time given")
	}
	if n, err := strconv.Atoi(s); err == nil {
		s = strconv.Itoa(n) + "m"
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "ins"), "in") // 10min, 10mins
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a length of time like 10m or 1h30m", s)
	}
	if d <= 0 {
		return 0, fmt.Errorf("%q must be more than nothing", s)
	}
	if d > 24*time.Hour {
		return 0, fmt.Errorf("%q is longer than a day", s)
	}
	return d, nil
}

func cutWord(s string) (word, rest string) {
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return strings.ToLower(s), ""
	}
	return strings.ToLower(s[:i]), strings.TrimSpace(s[i:])
}

// LookupVerb finds a verb by its name or one of its aliases (a lower-case
// word).
func LookupVerb(word string) (Verb, bool) {
	for _, v := range Verbs() {
		if string(v.Verb) == word {
			return v.Verb, true
		}
		for _, a := range v.Aliases {
			if a == word {
				return v.Verb, true
			}
		}
	}
	return "", false
}

// suggestVerb names verbs that start like the mistyped word.
func suggestVerb(word string) string {
	var near []string
	for _, v := range Verbs() {
		if len(word) >= 2 && (strings.HasPrefix(string(v.Verb), word[:2])) {
			near = append(near, string(v.Verb))
		}
	}
	if len(near) == 0 {
		return ""
	}
	return " (did you mean " + strings.Join(near, " or ") + "?)"
}
