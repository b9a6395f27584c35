package meeting

import (
	"fmt"
	"strings"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/roster"
)

// votingPermission is the rights table for votes and elections: the
// chair and the minute-taker run them; members give their own vote, and
// their own ballot; observers and guests never vote. ok is false for
// other verbs.
func votingPermission(role Role, verb Verb) (p permission, ok bool) {
	switch verb {
	case VerbVote, VerbVoteClose, VerbElect, VerbTally, VerbElectClose:
		if role == RoleChair || role == RoleMinuteTaker {
			return allowed, true
		}
		return denied, true
	case VerbFor, VerbAgainst, VerbAbstain:
		switch role {
		case RoleChair, RoleMinuteTaker:
			return allowed, true
		case RoleMember:
			return selfOnly, true
		}
		return denied, true
	case VerbBallot:
		// A ballot is always the actor's own: its name is the candidate.
		if role == RoleObserver {
			return denied, true
		}
		return allowed, true
	}
	return denied, false
}

// openVoting names the vote or election now open, and the command that
// closes it; ok is false when none is.
func (s *State) openVoting() (what, closeWith string, ok bool) {
	if v := s.OpenVote(); v != nil {
		return fmt.Sprintf("vote %d (%s)", v.Number, v.Question), "vote close", true
	}
	if el := s.OpenElection(); el != nil {
		return fmt.Sprintf("the ballot for %s", el.Role), "elect close", true
	}
	return "", "", false
}

// votingOpen refuses to leave the item, or end the meeting, while a vote
// or an election on it is open.
func (d *decider) votingOpen() error {
	switch d.c.Verb {
	case VerbNext, VerbItem, VerbEnd:
		if what, closeWith, ok := d.s.openVoting(); ok {
			return cannot(d.c.Verb, "%s is still open on this item; close it first with: %s", what, closeWith)
		}
	}
	return nil
}

func (d *decider) voting() ([]Event, error) {
	if p := d.s.Pause; p != nil {
		if d.role == RoleChair || d.role == RoleMinuteTaker {
			return nil, d.notPaused()
		}
		return nil, cannot(d.c.Verb, "the meeting is paused (%s); votes are taken when it resumes", p.Kind)
	}
	switch d.c.Verb {
	case VerbVote:
		return d.openVote()
	case VerbFor, VerbAgainst, VerbAbstain:
		return d.castVotes(Choice(d.c.Verb))
	case VerbVoteClose:
		return d.closeVote()
	case VerbElect:
		return d.openElection()
	case VerbBallot:
		return d.ballot()
	case VerbTally:
		return d.tally()
	}
	return d.closeElection()
}

// busy refuses a second vote or election while one is open.
func (d *decider) busy() error {
	if what, closeWith, ok := d.s.openVoting(); ok {
		return cannot(d.c.Verb, "%s is open; one vote or ballot at a time: close it first with: %s", what, closeWith)
	}
	return nil
}

func (d *decider) openVote() ([]Event, error) {
	if err := d.busy(); err != nil {
		return nil, err
	}
	e := d.event(EvVoteOpened)
	e.Number, e.Text = len(d.s.Votes)+1, d.c.Text
	return []Event{e}, nil
}

// find matches a typed name to people: one person by their name, or, for
// a name that is no one's, several people by its words ("sian mair").
func (d *decider) find(name string) ([]roster.Person, error) {
	p, err := d.s.Roster.Find(name)
	if err == nil {
		return []roster.Person{p}, nil
	}
	if words := strings.Fields(name); len(words) > 1 {
		var out []roster.Person
		for _, w := range words {
			q, werr := d.s.Roster.Find(w)
			if werr != nil {
				return nil, cannot(d.c.Verb, "%s: %v", d.c.Verb, err)
			}
			out = append(out, q)
		}
		return out, nil
	}
	return nil, cannot(d.c.Verb, "%s: %v", d.c.Verb, err)
}

// named is the people the command names, each once, or the actor when it
// names nobody.
func (d *decider) named() ([]roster.Person, error) {
	if len(d.c.Names) == 0 {
		p, err := d.person()
		if err != nil {
			return nil, err
		}
		return []roster.Person{p}, nil
	}
	var out []roster.Person
	for _, name := range d.c.Names {
		found, err := d.find(name)
		if err != nil {
			return nil, err
		}
		for _, p := range found {
			if contains(personIDs(out), p.ID) {
				return nil, cannot(d.c.Verb, "%s is named twice", p.Name)
			}
			out = append(out, p)
		}
	}
	return out, nil
}

func personIDs(people []roster.Person) []string {
	ids := make([]string, len(people))
	for i, p := range people {
		ids[i] = p.ID
	}
	return ids
}

// member checks that p is here and counted: guests never vote.
func (d *decider) member(p roster.Person) error {
	if !d.s.IsPresent(p.ID) {
		return cannot(d.c.Verb, "%s is not here; record their arrival first with: arrive %s", p.Name, p.ID)
	}
	if !p.Kind.Counted() {
		return cannot(d.c.Verb, "%s is a guest; guests do not vote", p.Name)
	}
	return nil
}

// declared is the person's declaration of interest in item n, if any.
func (s *State) declared(n int, id string) (Declaration, bool) {
	for _, dec := range s.Declarations {
		if dec.Item == n && dec.Person == id {
			return dec, true
		}
	}
	return Declaration{}, false
}

func (d *decider) castVotes(choice Choice) ([]Event, error) {
	v := d.s.OpenVote()
	if v == nil {
		if el := d.s.OpenElection(); el != nil {
			return nil, cannot(d.c.Verb, "the ballot for %s is secret: members joining remotely vote with ballot NAME, and the room on paper", el.Role)
		}
		return nil, cannot(d.c.Verb, "no vote is open; open one with: vote QUESTION")
	}
	people, err := d.named()
	if err != nil {
		return nil, err
	}
	var out []Event
	for _, p := range people {
		if d.perm == selfOnly && p.ID != d.actor.Person {
			return nil, refuse(d.role, d.c.Verb, "as %s you can vote only for yourself, not for %s", prose.Article(string(d.role)), p.Name)
		}
		if err := d.member(p); err != nil {
			return nil, err
		}
		if dec, ok := d.s.declared(v.Item, p.ID); ok {
			return nil, cannot(d.c.Verb, "%s declared an interest in this item (%s), so is not taking part in its decisions: their vote is not counted",
				p.Name, strings.TrimRight(dec.Text, "."))
		}
		if was, ok := v.ChoiceOf(p.ID); ok && was == choice {
			whose := p.Name + "'s"
			if p.ID == d.actor.Person {
				whose = "your"
			}
			return nil, cannot(d.c.Verb, "%s vote is already recorded as %s", whose, choice.Word())
		}
		e := d.event(EvVoteCast)
		e.Person, e.Choice = p.ID, choice
		out = append(out, e)
	}
	return out, nil
}

// voteRules are the group's rules for votes.
func (s *State) voteRules() VoteRules {
	v := s.Setup.Group.Votes
	return VoteRules{TwoThirds: v.TwoThirds(), LivedMustAgree: v.LivedExperienceMustAgree}
}

// count is the open vote's result as it stands, by the group's rules:
// the votes of people with a declared interest in the item are not
// counted, and members here who have not voted are named.
func (s *State) count(v *Vote) Tally {
	notTaking := s.notTaking(v.Item)
	t := Tally{Vote: v.Number, Question: v.Question, Rules: s.voteRules()}
	voted := map[string]bool{}
	for _, c := range v.Choices() {
		if contains(notTaking, c.Person) {
			continue
		}
		voted[c.Person] = true
		t.All.Add(c.Choice)
		switch k := s.Person(c.Person).Kind; {
		case k.LivedExperience():
			t.Lived.Add(c.Choice)
		case k.IsStaff():
			t.Staff.Add(c.Choice)
		}
	}
	for _, a := range s.Present() {
		if !voted[a.Person] && !contains(notTaking, a.Person) && s.Person(a.Person).Kind.Counted() {
			t.NotVoted = append(t.NotVoted, a.Person)
		}
	}
	t.Verdict = Judge(t.All, t.Lived, t.Rules)
	return t
}

func (d *decider) closeVote() ([]Event, error) {
	v := d.s.OpenVote()
	if v == nil {
		return nil, cannot(d.c.Verb, "no vote is open")
	}
	t := d.s.count(v)
	e := d.decision(t.Summary())
	e.Tally = &t
	return []Event{e}, nil
}

func (d *decider) openElection() ([]Event, error) {
	if err := d.busy(); err != nil {
		return nil, err
	}
	people, err := d.named()
	if err != nil {
		return nil, err
	}
	for _, p := range people {
		if !p.Kind.Counted() {
			return nil, cannot(d.c.Verb, "%s is a guest; only members of the group can be elected", p.Name)
		}
		if err := d.member(p); err != nil {
			return nil, err
		}
	}
	if len(people) < 2 {
		return nil, cannot(d.c.Verb, "an election needs two or more candidates")
	}
	e := d.event(EvElectionOpened)
	e.Number, e.Role, e.People = len(d.s.Elections)+1, d.c.Role, personIDs(people)
	return []Event{e}, nil
}

// candidate matches a typed name to one of the election's candidates.
func (s *State) candidate(el *Election, name string) (string, error) {
	people := make([]roster.Person, len(el.Candidates))
	for i, id := range el.Candidates {
		people[i] = s.Person(id)
	}
	p, err := roster.Match(people, name)
	if err != nil {
		return "", fmt.Errorf("%v; the candidates are %s", err, s.names(el.Candidates))
	}
	return p.ID, nil
}

func (d *decider) openElectionOrSay() (*Election, error) {
	el := d.s.OpenElection()
	if el != nil {
		return el, nil
	}
	if v := d.s.OpenVote(); v != nil {
		return nil, cannot(d.c.Verb, "vote %d is an open vote, not a secret ballot: use for, against or abstain", v.Number)
	}
	return nil, cannot(d.c.Verb, "no election is open; open one with: elect chair: NAME, NAME")
}

// ballot checks a member's own secret ballot, given on their own screen.
// The event says that they voted; the choice is kept by Live, never in
// an event (see the package's notes on secrecy).
func (d *decider) ballot() ([]Event, error) {
	el, err := d.openElectionOrSay()
	if err != nil {
		return nil, err
	}
	if d.actor.Person == "" {
		return nil, cannot(d.c.Verb, "ballot is how a member joining remotely votes, on their own screen; add paper ballots counted in the room with: tally NAME N")
	}
	me := d.s.Person(d.actor.Person)
	switch {
	case !d.s.IsPresent(me.ID):
		return nil, cannot(d.c.Verb, "you are not recorded as here, so you cannot vote")
	case !me.Kind.Counted():
		return nil, cannot(d.c.Verb, "guests do not vote")
	case !d.s.IsRemote(me.ID):
		return nil, cannot(d.c.Verb, "you are in the room: vote on paper there, and the chair adds the paper ballots")
	case contains(el.Voted, me.ID):
		return nil, cannot(d.c.Verb, "you have already voted in this election; a secret ballot cannot be changed")
	}
	if _, err := d.s.candidate(el, d.c.Name); err != nil {
		return nil, cannot(d.c.Verb, "ballot: %v", err)
	}
	e := d.event(EvBallotCast)
	e.Person = me.ID
	return []Event{e}, nil
}

// roomVoters is how many members are in the room: the most paper ballots
// there can be.
func (s *State) roomVoters() int {
	n := 0
	for _, a := range s.Present() {
		if !a.Remote && s.Person(a.Person).Kind.Counted() {
			n++
		}
	}
	return n
}

func (d *decider) tally() ([]Event, error) {
	el, err := d.openElectionOrSay()
	if err != nil {
		return nil, err
	}
	id, err := d.s.candidate(el, d.c.Name)
	if err != nil {
		return nil, cannot(d.c.Verb, "tally: %v", err)
	}
	n, i := d.c.Number, el.candidate(id)
	_, paper := el.Voters()
	switch room := d.s.roomVoters(); {
	case el.Paper[i]+n < 0:
		return nil, cannot(d.c.Verb, "%s has %s on paper; you cannot take away %d", d.s.Name(id), prose.Count(el.Paper[i], "ballot", "ballots"), -n)
	case n > 0 && paper+n > room:
		return nil, cannot(d.c.Verb, "that makes %d paper ballots, but only %s in the room (members joining remotely vote on their screen); count again",
			paper+n, prose.Count(room, "member is", "members are"))
	}
	e := d.event(EvTallied)
	e.Person, e.Number = id, n
	return []Event{e}, nil
}

// closeElection decides the election from every ballot counted: paper,
// and the screen ballots Live has just counted (see Live.decide).
func (d *decider) closeElection() ([]Event, error) {
	el, err := d.openElectionOrSay()
	if err != nil {
		return nil, err
	}
	b := Ballot{Election: el.Number, Role: el.Role}
	for i, id := range el.Candidates {
		b.Counts = append(b.Counts, CandidateCount{Person: id, Votes: el.Paper[i] + el.Screen[i]})
	}
	b.Elected, b.Tied = Elect(b.Counts)
	e := d.decision(b.Sentence(d.s.Name))
	e.Ballot, e.Role, e.Person = &b, el.Role, b.Elected
	return []Event{e}, nil
}
