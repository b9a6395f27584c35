package meeting

import (
	"strconv"
	"strings"
)

// parseVoting reads the commands of votes and elections:
//
//	vote QUESTION | vote close | vote for|against|abstain [NAME, NAME...]
//	for|against|abstain [NAME, NAME...]
//	elect chair|minutes: NAME, NAME... | elect close
//	ballot NAME
//	tally NAME N
//
// Names are separated by commas or "and"; a name given without them
// ("for sian mair") is split at spaces by Decide when it is not one
// person's name.
func parseVoting(line string, verb Verb, rest string) (Command, error) {
	c := Command{Verb: verb}
	switch verb {
	case VerbVote:
		word, more := cutWord(rest)
		switch word {
		case "close":
			if more != "" {
				return c, parseErr(line, "vote close takes nothing after it (got %q)", more)
			}
			c.Verb = VerbVoteClose
			return c, nil
		case "for", "against", "abstain":
			c.Verb = Verb(word)
			c.Names = splitNames(more)
			return c, nil
		case "":
			return c, parseErr(line, "vote needs a question: vote QUESTION (and vote close to close it)")
		}
		c.Text = rest
	case VerbFor, VerbAgainst, VerbAbstain:
		c.Names = splitNames(rest)
	case VerbElect:
		return parseElect(line, rest)
	case VerbBallot:
		if rest == "" {
			return c, parseErr(line, "ballot needs the name of the candidate you vote for: ballot NAME")
		}
		c.Name = rest
	case VerbTally:
		i := strings.LastIndexByte(rest, ' ')
		n, err := 0, error(nil)
		if i >= 0 {
			n, err = strconv.Atoi(strings.TrimPrefix(rest[i+1:], "+"))
		}
		if i < 0 || err != nil || n == 0 {
			return c, parseErr(line, "tally needs a candidate and how many paper ballots to add: tally NAME N (a negative N takes some away)")
		}
		c.Name, c.Number = strings.TrimSpace(rest[:i]), n
	}
	return c, nil
}

// parseElect reads "elect chair: NAME, NAME..." and "elect close".
func parseElect(line, rest string) (Command, error) {
	const usage = "elect chair: NAME, NAME... or elect minutes: NAME, NAME..."
	c := Command{Verb: VerbElect}
	if strings.EqualFold(rest, "close") {
		c.Verb = VerbElectClose
		return c, nil
	}
	role, names, ok := strings.Cut(rest, ":")
	if !ok {
		return c, parseErr(line, "elect needs the role, a colon and the candidates: %s", usage)
	}
	switch strings.ToLower(strings.Join(strings.Fields(role), " ")) {
	case "chair":
		c.Role = RoleChair
	case "minutes", "minute-taker", "minute taker", "minutetaker":
		c.Role = RoleMinuteTaker
	default:
		return c, parseErr(line, "elect %s: an election is for the chair or the minute-taker: %s", strings.TrimSpace(role), usage)
	}
	c.Names = splitNames(names)
	if len(c.Names) < 2 {
		return c, parseErr(line, "an election needs two or more candidates, separated by commas: %s", usage)
	}
	return c, nil
}

// splitNames splits typed names at commas and at the word "and".
func splitNames(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		words := strings.Fields(part)
		start := 0
		for i, w := range words {
			if strings.EqualFold(w, "and") || w == "&" {
				if i > start {
					out = append(out, strings.Join(words[start:i], " "))
				}
				start = i + 1
			}
		}
		if start < len(words) {
			out = append(out, strings.Join(words[start:], " "))
		}
	}
	return out
}

// Heard is a typed line as others may be told of it (the chair's laptop
// hears what remote members did): a secret ballot's line says that
// someone voted, never who for. Other lines are as typed.
func Heard(line string) string {
	if Secret(line) {
		return "ballot (secret: who for is not shown)"
	}
	return line
}

// Secret reports whether a typed line is a secret ballot: a screen must
// not keep it (in its history of lines, in a draft), so that nobody at
// that keyboard later finds who someone voted for.
func Secret(line string) bool {
	c, err := Parse(line)
	return err == nil && c.Verb == VerbBallot
}
