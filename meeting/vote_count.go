package meeting

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/gyda/gyda/internal/prose"
)

// Counting: pure functions of the votes, so each rule can be tested on
// its own.

// Counts is how many voted each way.
type Counts struct {
	For     int `json:"for"`
	Against int `json:"against"`
	Abstain int `json:"abstain"`
}

// Add counts one vote.
func (c *Counts) Add(ch Choice) {
	switch ch {
	case ChoiceFor:
		c.For++
	case ChoiceAgainst:
		c.Against++
	case ChoiceAbstain:
		c.Abstain++
	}
}

// Total is everyone who voted, abstentions included.
func (c Counts) Total() int { return c.For + c.Against + c.Abstain }

// Tied reports whether as many voted for as against, and some did.
func (c Counts) Tied() bool { return c.For == c.Against && c.For > 0 }

// String says the counts: "5 for, 3 against, 1 abstained".
func (c Counts) String() string {
	return fmt.Sprintf("%d for, %d against, %d abstained", c.For, c.Against, c.Abstain)
}

// VoteRules are the group's rules for votes ([votes] in group.toml), as
// they stood when the vote closed.
type VoteRules struct {
	// TwoThirds needs at least two thirds of those voting for or against
	// to vote for; without it, more for than against (a simple majority).
	TwoThirds bool `json:"two_thirds,omitempty"`
	// LivedMustAgree needs, as well, more of the lived-experience members
	// voting for or against to vote for than against.
	LivedMustAgree bool `json:"lived_must_agree,omitempty"`
}

// Rule names the rule that decided a vote.
type Rule string

// The rules a vote can be decided by.
const (
	RuleSimple    Rule = "simple"
	RuleTwoThirds Rule = "two-thirds"
	RuleLived     Rule = "lived-experience"
)

// Verdict is what the rules made of the counts.
type Verdict struct {
	Carried bool `json:"carried"`
	// By is the rule that decided it: the majority when it failed or the
	// vote carried, the lived-experience rule when only that failed.
	By Rule `json:"by"`
	// Tie says the votes By counts were tied (as many for as against).
	Tie bool `json:"tie,omitempty"`
	// LivedAgreed says, with LivedMustAgree, that the lived-experience
	// members agreed.
	LivedAgreed bool `json:"lived_agreed,omitempty"`
}

// majority reports whether c carries by the majority: more for than
// against and, for two thirds, at least two thirds of those voting for
// or against. Abstentions are not counted either way.
func majority(c Counts, twoThirds bool) bool {
	if c.For <= c.Against {
		return false
	}
	return !twoThirds || 3*c.For >= 2*(c.For+c.Against)
}

// TwoThirdsOf is how many of those voting for or against must vote for,
// for two thirds: 6 of 9, 6 of 8, 2 of 2.
func TwoThirdsOf(c Counts) int { return (2*(c.For+c.Against) + 2) / 3 }

// Judge decides a vote from all the counts and the lived-experience
// members' counts, by the rules. A tie is never broken: it does not carry.
func Judge(all, lived Counts, r VoteRules) Verdict {
	main := RuleSimple
	if r.TwoThirds {
		main = RuleTwoThirds
	}
	switch {
	case !majority(all, r.TwoThirds):
		return Verdict{By: main, Tie: all.Tied()}
	case r.LivedMustAgree && !majority(lived, false):
		return Verdict{By: RuleLived, Tie: lived.Tied()}
	}
	return Verdict{Carried: true, By: main, LivedAgreed: r.LivedMustAgree}
}

// Tally is a closed vote's result, as recorded with its decision.
type Tally struct {
	Vote     int    `json:"vote"` // the vote's number in the meeting
	Question string `json:"question"`
	All      Counts `json:"all"`
	Lived    Counts `json:"lived"` // people using services and carers
	Staff    Counts `json:"staff"`
	// NotVoted is the members present who did not vote (not those with a
	// declared interest, who were not taking part).
	NotVoted []string  `json:"not_voted,omitempty"`
	Rules    VoteRules `json:"rules"`
	Verdict  Verdict   `json:"verdict"`
}

// Result says the result in a word or two: "Carried", "Not carried".
func (t *Tally) Result() string {
	if t.Verdict.Carried {
		return "Carried"
	}
	return "Not carried"
}

// Summary is the vote as a decision's text in English, for screens and
// for what is carried to the next meeting: "Fund weekend respite? Vote:
// carried, 5 for, 3 against, 1 abstained."
func (t *Tally) Summary() string {
	return fmt.Sprintf("%s Vote: %s, %s.", strings.TrimSpace(t.Question), strings.ToLower(t.Result()), t.All)
}

// RuleText says which rule decided the vote, in a sentence.
func (t *Tally) RuleText() string {
	v, all, lived := t.Verdict, t.All, t.Lived
	majority := "a simple majority (more for than against; abstentions do not count)"
	if t.Rules.TwoThirds {
		majority = fmt.Sprintf("a two-thirds majority (%d of the %d who voted for or against)", TwoThirdsOf(all), all.For+all.Against)
	}
	agreed := ""
	if v.LivedAgreed {
		agreed = fmt.Sprintf(", and the lived-experience members agreed (%d for, %d against), as the group's rules require", lived.For, lived.Against)
	}
	switch {
	case v.Carried:
		return "Carried by " + majority + agreed + "."
	case v.By == RuleLived && v.Tie:
		return fmt.Sprintf("Not carried: the lived-experience members were tied (%d for, %d against), and the group's rules say they must agree.", lived.For, lived.Against)
	case v.By == RuleLived && lived.For+lived.Against == 0:
		return "Not carried: no lived-experience member voted for or against, and the group's rules say they must agree."
	case v.By == RuleLived:
		return fmt.Sprintf("Not carried: the lived-experience members did not agree (%d for, %d against), and the group's rules say they must.", lived.For, lived.Against)
	case v.Tie:
		return fmt.Sprintf("Not carried: a tie, %d for and %d against. gyda never breaks a tie.", all.For, all.Against)
	case all.For+all.Against == 0:
		return "Not carried: nobody voted for or against."
	}
	return "Not carried: it needed " + majority + "."
}

// Ballot is a closed election's result, as recorded with its decision.
type Ballot struct {
	Election int              `json:"election"` // the election's number in the meeting
	Role     Role             `json:"role"`
	Counts   []CandidateCount `json:"counts"` // in the order the candidates were named
	// Elected is who was elected; empty when the most votes were tied
	// (Tied names them) or no ballots were counted.
	Elected string   `json:"elected,omitempty"`
	Tied    []string `json:"tied,omitempty"`
}

// CandidateCount is a candidate's ballots, paper and screen together.
type CandidateCount struct {
	Person string `json:"person"`
	Votes  int    `json:"votes"`
}

// Ballots is how many ballots were counted.
func (b *Ballot) Ballots() int {
	n := 0
	for _, c := range b.Counts {
		n += c.Votes
	}
	return n
}

// Others is the candidates other than the one elected, most votes first.
func (b *Ballot) Others() []CandidateCount {
	var out []CandidateCount
	for _, c := range b.Counts {
		if c.Person != b.Elected {
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(x, y CandidateCount) int { return cmp.Compare(y.Votes, x.Votes) })
	return out
}

// Votes is a candidate's ballots.
func (b *Ballot) Votes(id string) int {
	for _, c := range b.Counts {
		if c.Person == id {
			return c.Votes
		}
	}
	return 0
}

// Score says the elected person's ballots against the others': "5 votes
// to 3", "5 votes to 3 and 1"; "" when nobody was elected.
func (b *Ballot) Score() string {
	if b.Elected == "" {
		return ""
	}
	var others []string
	for _, o := range b.Others() {
		others = append(others, strconv.Itoa(o.Votes))
	}
	return prose.Count(b.Votes(b.Elected), "vote", "votes") + " to " + prose.AndList(others)
}

// Elect decides an election from each candidate's ballots: whoever has
// the most is elected; when the most are tied, or no ballots were
// counted, nobody is. gyda never breaks a tie.
func Elect(counts []CandidateCount) (elected string, tied []string) {
	top := 0
	for _, c := range counts {
		top = max(top, c.Votes)
	}
	if top == 0 {
		return "", nil
	}
	for _, c := range counts {
		if c.Votes == top {
			tied = append(tied, c.Person)
		}
	}
	if len(tied) == 1 {
		return tied[0], nil
	}
	return "", tied
}

// roleWord is a role as a result says it: "chair", "minute-taker".
func roleWord(r Role) string { return string(r) }

// Sentence says the result in English, naming people with name:
// "Siân Davies was elected chair, 5 votes to 3."
func (b *Ballot) Sentence(name func(string) string) string {
	role := roleWord(b.Role)
	votes := func(n int) string { return prose.Count(n, "vote", "votes") }
	switch {
	case b.Elected != "":
		others := b.Others()
		if len(others) == 1 {
			return fmt.Sprintf("%s was elected %s, %s.", name(b.Elected), role, b.Score())
		}
		parts := make([]string, len(others))
		for i, o := range others {
			parts[i] = fmt.Sprintf("%s %d", name(o.Person), o.Votes)
		}
		return fmt.Sprintf("%s was elected %s with %s (%s).", name(b.Elected), role, votes(b.Votes(b.Elected)), strings.Join(parts, ", "))
	case len(b.Tied) > 0:
		names := make([]string, len(b.Tied))
		for i, id := range b.Tied {
			names[i] = name(id)
		}
		return fmt.Sprintf("The election for %s was tied: %s had %s each. Nobody was elected; gyda never breaks a tie.",
			role, prose.AndList(names), votes(b.Votes(b.Tied[0])))
	}
	return fmt.Sprintf("No ballots were counted in the election for %s, so nobody was elected.", role)
}
