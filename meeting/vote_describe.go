package meeting

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/gyda/gyda/internal/prose"
)

// describeVoting says what a vote or election event did, as the state's
// viewer may see it.
func (s *State) describeVoting(e Event) []string {
	switch e.Type {
	case EvVoteOpened:
		return append([]string{fmt.Sprintf("Vote %d is open on item %d: %s", e.Number, s.Item, e.Text)}, s.howToVote()...)
	case EvVoteCast:
		line := fmt.Sprintf("%s: %s.", s.Name(e.Person), e.Choice.Word())
		if was, ok := s.previousChoice(e.Person); ok {
			line = fmt.Sprintf("%s: %s (was %s).", s.Name(e.Person), e.Choice.Word(), was.Word())
		}
		return []string{line}
	case EvElectionOpened:
		return append([]string{fmt.Sprintf("Secret ballot %d is open for %s, on item %d: %s.", e.Number, e.Role, s.Item,
			prose.OrList(s.nameList(e.People)))}, s.howToBallot()...)
	case EvBallotCast:
		if e.Person == s.Sight().Self {
			return []string{"Your ballot is in. It is secret: gyda records that you voted, never who for, and it cannot be changed."}
		}
		return []string{fmt.Sprintf("%s has voted on their screen.", s.Name(e.Person))}
	case EvTallied:
		if e.Remote {
			return []string{fmt.Sprintf("Ballots given on screens, counted now: %d for %s.", e.Number, s.Name(e.Person))}
		}
		verb := "added for"
		if e.Number < 0 {
			verb = "taken away from"
		}
		return []string{fmt.Sprintf("Paper ballots: %d %s %s.", abs(e.Number), verb, s.Name(e.Person))}
	}
	return nil
}

// previousChoice is the person's vote before the one just recorded.
func (s *State) previousChoice(id string) (Choice, bool) {
	v := s.OpenVote()
	if v == nil {
		return "", false
	}
	seen := false
	for i := len(v.Casts) - 1; i >= 0; i-- {
		if v.Casts[i].Person != id {
			continue
		}
		if seen {
			return v.Casts[i].Choice, true
		}
		seen = true
	}
	return "", false
}

// howToVote says how the viewer takes part in the open vote.
func (s *State) howToVote() []string {
	g := s.Sight()
	switch {
	case g.Counts:
		return []string{"Record votes with: for NAME, NAME...; against NAME...; abstain NAME... Members joining remotely vote on their own screen. " +
			"Close it with: vote close."}
	case g.Role == RoleMember:
		return []string{"You can vote for, against or abstain, and change your vote until the vote closes."}
	}
	return []string{"Guests do not vote."}
}

// howToBallot says how the viewer takes part in the open election.
func (s *State) howToBallot() []string {
	g := s.Sight()
	switch {
	case g.Counts:
		return []string{"People in the room vote on paper: count the ballots, then add them with: tally NAME N. " +
			"Members joining remotely vote on their own screen with: ballot NAME; nobody sees how until the ballot closes. Close it with: elect close."}
	case g.Role != RoleMember:
		return []string{"Guests do not vote."}
	case s.IsRemote(g.Self):
		return []string{"To vote, type ballot and the name of the person you vote for. Your ballot is secret, and cannot be changed."}
	}
	return []string{"You are in the room: vote on paper."}
}

// describeResult says a vote's or an election's result, recorded as a
// decision.
func (s *State) describeResult(e Event) []string {
	out := s.describeDecision(e)
	var result []string
	if t := e.Tally; t != nil {
		result = s.tallyLines(t)
	}
	if b := e.Ballot; b != nil && b.Elected != "" && b.Elected != s.holder(b.Role) {
		verb := "chair"
		if b.Role == RoleMinuteTaker {
			verb = "minutes"
		}
		result = append(result, fmt.Sprintf("Hand the role over when you are ready with: %s %s", verb, b.Elected))
	}
	return append(out[:1], append(result, out[1:]...)...)
}

// tallyLines say a closed vote's result: carried or not with the counts,
// the split by kind, who was present and did not vote, and the rule that
// decided it.
func (s *State) tallyLines(t *Tally) []string {
	out := []string{fmt.Sprintf("%s: %s.", t.Result(), t.All),
		fmt.Sprintf("By kind: lived experience %s; staff %s.", t.Lived, t.Staff)}
	if len(t.NotVoted) > 0 {
		out = append(out, fmt.Sprintf("Present and did not vote: %s.", s.names(t.NotVoted)))
	}
	return append(out, t.RuleText())
}

// holder is who holds a role now.
func (s *State) holder(r Role) string {
	if r == RoleMinuteTaker {
		return s.Minutes
	}
	return s.Chair
}

// VotingLines say the open vote or election as the viewer may see it:
// its question and, for the chair and the minute-taker, the running
// counts and who has not voted; for a member, their own vote and how to
// vote; for a guest, that guests do not vote. When nothing is open, the
// result of the last vote or election closed on the current item (a
// result is recorded as a decision, which everyone may see), until the
// meeting moves to another item. Nil when there is neither.
func (s *State) VotingLines() []string {
	if v := s.OpenVote(); v != nil {
		out := []string{fmt.Sprintf("Vote %d open on item %d: %s", v.Number, v.Item, v.Question)}
		return append(out, s.voteProgress(v)...)
	}
	if el := s.OpenElection(); el != nil {
		out := []string{fmt.Sprintf("Secret ballot %d open for %s: %s.", el.Number, el.Role, prose.OrList(s.nameList(el.Candidates)))}
		return append(out, s.ballotProgress(el)...)
	}
	return s.lastResultLines()
}

// lastResultLines say the result of the vote or election closed last, if
// it closed on the current item.
func (s *State) lastResultLines() []string {
	for i := len(s.Decisions) - 1; i >= 0 && s.Decisions[i].Item == s.Item; i-- {
		switch d := s.Decisions[i]; {
		case d.Vote != nil:
			out := []string{fmt.Sprintf("Vote %d closed on item %d: %s", d.Vote.Vote, d.Item, d.Vote.Question)}
			return append(out, s.tallyLines(d.Vote)...)
		case d.Election != nil:
			return []string{fmt.Sprintf("Secret ballot %d for %s closed.", d.Election.Election, d.Election.Role), d.Election.Sentence(s.Name)}
		}
	}
	return nil
}

// BallotChoices are the candidates the viewer may give their own secret
// ballot for on their screen now, in the order they were named: the
// viewer is present and counted, joins remotely and has not voted in the
// open election. Nil otherwise (nothing open, in the room, a guest, or
// voted already).
func (s *State) BallotChoices() []string {
	el, me := s.OpenElection(), s.Sight().Self
	if el == nil || me == "" || !s.IsPresent(me) || !s.IsRemote(me) || !s.Person(me).Kind.Counted() || contains(el.Voted, me) {
		return nil
	}
	return slices.Clone(el.Candidates)
}

func (s *State) voteProgress(v *Vote) []string {
	g := s.Sight()
	if !g.Counts {
		if g.Role != RoleMember {
			return []string{"Guests do not vote."}
		}
		if c, ok := v.ChoiceOf(g.Self); ok {
			return []string{fmt.Sprintf("Your vote: %s. You can change it until the vote closes.", c.Word())}
		}
		return []string{"You have not voted yet."}
	}
	t := s.count(v)
	out := []string{fmt.Sprintf("So far: %s (lived experience: %s; staff: %s).", t.All, t.Lived, t.Staff)}
	if len(t.NotVoted) > 0 {
		out = append(out, fmt.Sprintf("Not voted yet: %s.", s.names(t.NotVoted)))
	}
	if nt := s.notTaking(v.Item); len(nt) > 0 {
		out = append(out, fmt.Sprintf("Not taking part (declared an interest): %s.", s.names(nt)))
	}
	return out
}

func (s *State) ballotProgress(el *Election) []string {
	g := s.Sight()
	if !g.Counts {
		switch {
		case g.Role != RoleMember:
			return []string{"Guests do not vote."}
		case contains(el.Voted, g.Self):
			return []string{"Your ballot is in; it is secret."}
		}
		return s.howToBallot()
	}
	screen, paper := el.Voters()
	var counts []string
	for i, id := range el.Candidates {
		counts = append(counts, fmt.Sprintf("%s %d", s.Name(id), el.Paper[i]))
	}
	out := []string{fmt.Sprintf("Paper ballots added: %s (%d of %s in the room).", strings.Join(counts, ", "), paper,
		prose.Count(s.roomVoters(), "member", "members"))}
	line := fmt.Sprintf("Voted on screen: %d", screen)
	if screen > 0 {
		line += " (" + s.names(el.Voted) + ")"
	}
	line += "; how is not seen until the ballot closes."
	out = append(out, line)
	var waiting []string
	for _, a := range s.Present() {
		if a.Remote && s.Person(a.Person).Kind.Counted() && !contains(el.Voted, a.Person) {
			waiting = append(waiting, a.Person)
		}
	}
	if len(waiting) > 0 {
		out = append(out, fmt.Sprintf("Not voted on screen yet: %s.", s.names(waiting)))
	}
	return out
}

// lostBallotLines say what an interruption at `at` did to the open
// election's screen ballots.
func (s *State) lostBallotLines(at time.Time) []string {
	el := s.OpenElection()
	if el == nil || !el.LostAt.Equal(at) {
		return nil
	}
	return []string{fmt.Sprintf("The interruption lost %s given on screens in the open ballot for %s: to keep them secret, "+
		"how people voted is written down only when the ballot closes. Those members can vote again.", prose.Count(el.Lost, "ballot", "ballots"), el.Role)}
}

// nameList is the people's names.
func (s *State) nameList(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = s.Name(id)
	}
	return out
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
