package meeting

import (
	"fmt"
	"slices"
	"time"
)

// Votes and secret ballots: see the package doc (doc.go) for how they
// work and what is and is not secret.

// The verbs of votes and elections. "vote close" and "elect close" are
// two words: Parse reads them from vote and elect.
const (
	VerbVote       Verb = "vote"
	VerbFor        Verb = "for"
	VerbAgainst    Verb = "against"
	VerbAbstain    Verb = "abstain"
	VerbVoteClose  Verb = "vote close"
	VerbElect      Verb = "elect"
	VerbBallot     Verb = "ballot"
	VerbTally      Verb = "tally"
	VerbElectClose Verb = "elect close"
)

// voteVerbs are the votes' help lines, in the order help shows them.
func voteVerbs() []VerbInfo {
	return []VerbInfo{
		{VerbVote, "vote QUESTION", "open a vote on this item (one at a time); its result is recorded as a decision", nil},
		{VerbFor, "for [NAME, NAME...]", "record people voting for (members: your own vote, which you can change until it closes)", nil},
		{VerbAgainst, "against [NAME, NAME...]", "record people voting against (members: your own vote)", nil},
		{VerbAbstain, "abstain [NAME, NAME...]", "record people abstaining (members: your own vote)", nil},
		{VerbVoteClose, "vote close", "close the vote: the result is recorded as a decision", nil},
		{VerbElect, "elect chair|minutes: NAME, NAME", "open a secret ballot for chair or minute-taker between people here", nil},
		{VerbBallot, "ballot NAME", "your secret ballot, when you join remotely (it cannot be changed)", nil},
		{VerbTally, "tally NAME N", "add N paper ballots counted in the room for NAME", nil},
		{VerbElectClose, "elect close", "close the ballot: who is elected, with the counts", nil},
	}
}

// The events of votes and elections. A vote's result, and an election's,
// is an EvDecided carrying a Tally or a Ballot.
const (
	EvVoteOpened     EventType = "vote-opened"
	EvVoteCast       EventType = "vote-cast"
	EvElectionOpened EventType = "election-opened"
	// EvBallotCast says a member voted on their own screen; it never says
	// who for.
	EvBallotCast EventType = "ballot-cast"
	// EvTallied adds ballots for a candidate: paper ballots counted in the
	// room, or (Remote) the screen ballots, counted when the election
	// closes. It names no voter.
	EvTallied EventType = "tallied"
)

// Choice is how someone voted.
type Choice string

// The choices in a vote.
const (
	ChoiceFor     Choice = "for"
	ChoiceAgainst Choice = "against"
	ChoiceAbstain Choice = "abstain"
)

// Word is the choice as a result says it: "for", "against", "abstained".
func (c Choice) Word() string {
	if c == ChoiceAbstain {
		return "abstained"
	}
	return string(c)
}

// Vote is a vote on an agenda item, open or closed.
type Vote struct {
	Number   int // in the meeting, from 1
	Item     int
	Question string
	Opened   time.Time
	By       string
	// Casts is every vote recorded, in order; a later one for the same
	// person replaces theirs (see Choices).
	Casts  []Cast
	Closed time.Time // zero while open
	Result *Tally    // nil while open
}

// Cast is one vote recorded.
type Cast struct {
	Person string
	Choice Choice
	At     time.Time
	By     string // who recorded it: the person themselves on their own screen
}

// Choices is each person's vote as it stands, in the order they first
// voted.
func (v *Vote) Choices() []Cast {
	var out []Cast
	at := make(map[string]int, len(v.Casts))
	for _, c := range v.Casts {
		if i, ok := at[c.Person]; ok {
			out[i] = c
			continue
		}
		at[c.Person] = len(out)
		out = append(out, c)
	}
	return out
}

// ChoiceOf is the person's vote as it stands, if they have voted.
func (v *Vote) ChoiceOf(id string) (Choice, bool) {
	for i := len(v.Casts) - 1; i >= 0; i-- {
		if v.Casts[i].Person == id {
			return v.Casts[i].Choice, true
		}
	}
	return "", false
}

// Election is a secret ballot for chair or minute-taker, open or closed.
type Election struct {
	Number     int
	Role       Role
	Item       int
	Candidates []string
	Opened     time.Time
	By         string
	// Voted is who gave a ballot on their own screen, in order: never
	// what they chose.
	Voted []string
	// Paper is the ballots counted in the room, by candidate (in the
	// order of Candidates); Screen the ballots given on screens, known
	// only once the election closes.
	Paper, Screen []int
	// Lost is how many screen ballots an interruption lost (see the
	// package's notes on secrecy); LostAt when it last did.
	Lost   int
	LostAt time.Time
	Closed time.Time // zero while open
	Result *Ballot   // nil while open
}

// Voters is how many ballots are in so far: on screens and on paper.
func (e *Election) Voters() (screen, paper int) {
	for _, n := range e.Paper {
		paper += n
	}
	return len(e.Voted), paper
}

// candidate is the index of a candidate, or -1.
func (e *Election) candidate(id string) int { return slices.Index(e.Candidates, id) }

// OpenVote is the vote now open, or nil.
func (s *State) OpenVote() *Vote {
	if n := len(s.Votes); n > 0 && s.Votes[n-1].Result == nil {
		return &s.Votes[n-1]
	}
	return nil
}

// OpenElection is the election now open, or nil.
func (s *State) OpenElection() *Election {
	if n := len(s.Elections); n > 0 && s.Elections[n-1].Result == nil {
		return &s.Elections[n-1]
	}
	return nil
}

// applyVoting folds a vote or election event into the state.
func (s *State) applyVoting(e Event) error {
	switch e.Type {
	case EvVoteOpened:
		if s.OpenVote() != nil || s.OpenElection() != nil {
			return fmt.Errorf("a vote opened while another was open")
		}
		s.Votes = append(s.Votes, Vote{Number: e.Number, Item: s.Item, Question: e.Text, Opened: e.At, By: e.By})
	case EvVoteCast:
		v := s.OpenVote()
		if v == nil {
			return fmt.Errorf("a vote recorded when no vote was open")
		}
		v.Casts = append(v.Casts, Cast{Person: e.Person, Choice: e.Choice, At: e.At, By: e.By})
	case EvElectionOpened:
		if s.OpenVote() != nil || s.OpenElection() != nil {
			return fmt.Errorf("an election opened while a vote was open")
		}
		n := len(e.People)
		s.Elections = append(s.Elections, Election{Number: e.Number, Role: e.Role, Item: s.Item, Candidates: slices.Clone(e.People),
			Opened: e.At, By: e.By, Paper: make([]int, n), Screen: make([]int, n)})
	case EvBallotCast:
		el := s.OpenElection()
		if el == nil {
			return fmt.Errorf("a ballot given when no election was open")
		}
		el.Voted = append(el.Voted, e.Person)
	case EvTallied:
		el := s.OpenElection()
		if el == nil {
			return fmt.Errorf("ballots counted when no election was open")
		}
		i := el.candidate(e.Person)
		if i < 0 {
			return fmt.Errorf("ballots counted for %s, who is not a candidate", e.Person)
		}
		count := &el.Paper[i]
		if e.Remote {
			count = &el.Screen[i]
		}
		if *count+e.Number < 0 {
			return fmt.Errorf("fewer than no ballots for %s", e.Person)
		}
		*count += e.Number
	}
	return nil
}

// closeVoting closes the open vote or election a decision is the result
// of.
func (s *State) closeVoting(e Event) error {
	switch {
	case e.Tally != nil:
		v := s.OpenVote()
		if v == nil || v.Number != e.Tally.Vote {
			return fmt.Errorf("the result of vote %d, which is not open", e.Tally.Vote)
		}
		v.Result, v.Closed = e.Tally, e.At
	case e.Ballot != nil:
		el := s.OpenElection()
		if el == nil || el.Number != e.Ballot.Election {
			return fmt.Errorf("the result of election %d, which is not open", e.Ballot.Election)
		}
		el.Result, el.Closed = e.Ballot, e.At
	}
	return nil
}

// loseScreenBallots follows an interruption: the choices of screen
// ballots in an open election were kept only in the memory of the
// meeting that stopped, so they are gone, and their voters may vote
// again.
func (s *State) loseScreenBallots(at time.Time) {
	if el := s.OpenElection(); el != nil && len(el.Voted) > 0 {
		el.Lost += len(el.Voted)
		el.LostAt = at
		el.Voted = nil
	}
}

// cloneVoting deep-copies the votes and elections into c.
func (s *State) cloneVoting(c *State) {
	c.Votes = cloneSlice(s.Votes)
	for i := range c.Votes {
		c.Votes[i].Casts = cloneSlice(s.Votes[i].Casts)
	}
	c.Elections = cloneSlice(s.Elections)
	for i := range c.Elections {
		el := &c.Elections[i]
		el.Candidates, el.Voted = cloneSlice(el.Candidates), cloneSlice(el.Voted)
		el.Paper, el.Screen = cloneSlice(el.Paper), cloneSlice(el.Screen)
	}
}

// hideVotes takes out of a view how anyone but self voted, and the paper
// ballots added to an open election: a viewer without Sight.Counts sees
// the questions, the candidates, their own vote and whether they gave a
// ballot, and the results once recorded.
func (s *State) hideVotes(self string) {
	for i := range s.Votes {
		v := &s.Votes[i]
		var own []Cast
		for _, c := range v.Casts {
			if c.Person != "" && c.Person == self {
				own = append(own, c)
			}
		}
		v.Casts = own
	}
	if el := s.OpenElection(); el != nil {
		el.Paper = make([]int, len(el.Candidates))
		var own []string
		if contains(el.Voted, self) && self != "" {
			own = []string{self}
		}
		el.Voted = own
	}
}
