package tui

import (
	"slices"
	"strings"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/roster"
)

// candidate is one way to finish the word being typed.
type candidate struct {
	text  string // what replaces the word, with what follows it
	label string // what the hint shows
}

// completion is what tab can do to a line: replace everything after base
// with one of the candidates.
type completion struct {
	base  string
	items []candidate
}

// nameVerb reports whether a verb's first argument is a person, and what
// follows the name once it is complete.
func nameVerb(v meeting.Verb) (suffix string, ok bool) {
	switch v {
	case meeting.VerbArrive, meeting.VerbLeave, meeting.VerbApologies, meeting.VerbChair,
		meeting.VerbMinutes, meeting.VerbHand, meeting.VerbLower, meeting.VerbSpeak:
		return "", true
	case meeting.VerbCard:
		return " ", true
	case meeting.VerbDeclare:
		return ": ", true
	case meeting.VerbAction:
		return " by ", true
	}
	return "", false
}

// noArgs reports the verbs that take nothing after them.
func noArgs(v meeting.Verb) bool {
	switch v {
	case meeting.VerbQuorum, meeting.VerbNext, meeting.VerbResume, meeting.VerbDone, meeting.VerbEnd,
		meeting.VerbVoteClose, meeting.VerbElectClose:
		return true
	}
	return false
}

// complete works out what tab offers for line: verbs the role may use
// (the host's own commands too, for the chair) while the first word is
// typed, then people (matched ignoring case and
// accents, by id or by the start of any word of their name, and only
// those the verb makes sense for), then card colours.
func complete(line string, st *meeting.State, role meeting.Role, host []meeting.VerbInfo) completion {
	trimmed := strings.TrimLeft(line, " ")
	lead := line[:len(line)-len(trimmed)]
	word, rest, spaced := strings.Cut(trimmed, " ")
	if !spaced {
		return completion{base: lead, items: completeVerb(strings.ToLower(word), st, role, host)}
	}
	verb, ok := meeting.LookupVerb(strings.ToLower(word))
	if !ok || !meeting.Allowed(role, verb) {
		return completion{}
	}
	rest = strings.TrimLeft(rest, " ")
	base := line[:len(line)-len(rest)]
	switch verb {
	case meeting.VerbHelp:
		return completion{base: base, items: completeVerb(strings.ToLower(rest), st, meeting.RoleChair, host)}
	case meeting.VerbCard:
		if i := strings.LastIndexByte(rest, ' '); i >= 0 {
			return completion{base: base + rest[:i+1], items: completeColour(rest[i+1:])}
		}
		items := append(completeColour(rest), completeName(rest, st, verb)...)
		return completion{base: base, items: items}
	}
	if c, ok := completeVoting(base, rest, st, verb); ok {
		return c
	}
	suffix, ok := nameVerb(verb)
	if !ok {
		return completion{}
	}
	if strings.Contains(rest, ":") || (verb == meeting.VerbAction && strings.Contains(rest, " by ")) {
		return completion{}
	}
	if verb == meeting.VerbArrive {
		if name, ok := strings.CutSuffix(rest, " remote"); ok && name != "" {
			return completion{}
		}
	}
	if several(verb) && strings.Contains(rest, ",") {
		return lastName(base, rest, st, verb)
	}
	items := completeName(rest, st, verb)
	for i := range items {
		items[i].text += suffix
	}
	return completion{base: base, items: items}
}

// several reports the verbs that take several people, separated by
// commas: tab then completes the last of them.
func several(v meeting.Verb) bool {
	switch v {
	case meeting.VerbArrive, meeting.VerbLeave, meeting.VerbApologies:
		return true
	}
	return false
}

// completeVoting completes the commands of votes and elections: the
// names of those present after for, against and abstain (the last of
// several, after a comma), the candidates after ballot and tally, close
// after vote, and the role or close after elect, then the people present
// as candidates. ok is false for other verbs.
func completeVoting(base, rest string, st *meeting.State, verb meeting.Verb) (c completion, ok bool) {
	switch verb {
	case meeting.VerbFor, meeting.VerbAgainst, meeting.VerbAbstain:
		return lastName(base, rest, st, verb), true
	case meeting.VerbBallot:
		return completion{base: base, items: completeName(rest, st, verb)}, true
	case meeting.VerbTally:
		items := completeName(rest, st, verb)
		for i := range items {
			items[i].text += " "
		}
		return completion{base: base, items: items}, true
	case meeting.VerbVote:
		return completion{base: base, items: completeWords(rest, "close")}, true
	case meeting.VerbElect:
		if _, names, ok := strings.Cut(rest, ":"); ok {
			return lastName(base+rest[:len(rest)-len(names)], names, st, verb), true
		}
		return completion{base: base, items: completeWords(rest, "chair: ", "minutes: ", "close")}, true
	}
	return completion{}, false
}

// lastName completes the last of several names separated by commas.
func lastName(base, rest string, st *meeting.State, verb meeting.Verb) completion {
	if i := strings.LastIndexByte(rest, ','); i >= 0 {
		base, rest = base+rest[:i+1], rest[i+1:]
	}
	typed := strings.TrimLeft(rest, " ")
	if !strings.HasSuffix(base, " ") || typed != rest {
		base = strings.TrimRight(base, " ") + " "
	}
	return completion{base: base, items: completeName(typed, st, verb)}
}

// completeWords offers the words that start with what is typed.
func completeWords(typed string, words ...string) []candidate {
	var out []candidate
	for _, w := range words {
		if strings.HasPrefix(w, strings.ToLower(typed)) {
			out = append(out, candidate{text: w, label: strings.TrimRight(w, ": ")})
		}
	}
	return out
}

func completeVerb(prefix string, st *meeting.State, role meeting.Role, host []meeting.VerbInfo) []candidate {
	var out []candidate
	for _, v := range offeredVerbs(st, role, host) {
		if !strings.HasPrefix(string(v.Verb), prefix) {
			continue
		}
		text := string(v.Verb)
		if !noArgs(v.Verb) {
			text += " "
		}
		out = append(out, candidate{text: text, label: v.Usage})
	}
	return out
}

func completeColour(prefix string) []candidate {
	var out []candidate
	for _, c := range []meeting.Card{meeting.CardRed, meeting.CardYellow, meeting.CardGreen} {
		if strings.HasPrefix(string(c), strings.ToLower(prefix)) {
			out = append(out, candidate{text: string(c), label: string(c) + ": " + c.Meaning()})
		}
	}
	return out
}

// completeName offers the people whose id, or a word of whose name, starts
// with what is typed (ignoring case and accents), among those the verb
// makes sense for: arrive offers people not here, leave people here, and
// so on. Each completes to the person's id.
func completeName(typed string, st *meeting.State, verb meeting.Verb) []candidate {
	q := strings.Join(strings.Fields(roster.Fold(typed)), " ")
	var out []candidate
	for _, p := range st.Roster.Active() {
		if !nameFits(p, st, verb) || !nameMatches(p, q) {
			continue
		}
		out = append(out, candidate{text: p.ID, label: p.Name + " (" + p.ID + ")"})
	}
	return out
}

func nameMatches(p roster.Person, q string) bool {
	if q == "" || strings.HasPrefix(roster.Fold(p.ID), q) {
		return true
	}
	words := strings.Fields(strings.NewReplacer("-", " ", "'", "", "’", "").Replace(roster.Fold(p.Name)))
	for i := range words {
		if strings.HasPrefix(strings.Join(words[i:], " "), q) {
			return true
		}
	}
	return false
}

func nameFits(p roster.Person, st *meeting.State, verb meeting.Verb) bool {
	here := st.IsPresent(p.ID)
	switch verb {
	case meeting.VerbArrive:
		return !here
	case meeting.VerbApologies:
		return !here && !st.HasApologies(p.ID) && p.Kind.Counted()
	case meeting.VerbChair, meeting.VerbMinutes:
		return here && p.Kind.Counted()
	case meeting.VerbLower:
		for _, r := range st.Queue {
			if r.Person == p.ID {
				return true
			}
		}
		return false
	case meeting.VerbHand:
		if sp := st.Speaker; sp != nil && sp.Person == p.ID {
			return false
		}
		for _, r := range st.Queue {
			if r.Person == p.ID {
				return false
			}
		}
		return here
	case meeting.VerbLeave, meeting.VerbSpeak, meeting.VerbCard:
		return here
	case meeting.VerbFor, meeting.VerbAgainst, meeting.VerbAbstain, meeting.VerbElect:
		return here && p.Kind.Counted()
	case meeting.VerbBallot, meeting.VerbTally:
		el := st.OpenElection()
		return el != nil && slices.Contains(el.Candidates, p.ID)
	}
	return true
}
