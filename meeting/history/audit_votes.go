package history

import (
	"cmp"
	"fmt"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting"
)

// VoteAgreement is how the lived-experience members and the staff voted
// in the votes counted in meetings: whether most of each side voted the
// same way. Abstentions are not counted; a side that was tied, or where
// nobody voted for or against, has no majority.
type VoteAgreement struct {
	Votes       int
	SameWay     int // most of each side for, or most of each side against
	Differently int
	NoMajority  int // one side, or both, had no majority
	Elections   int // secret ballots for chair or minute-taker
}

// add counts one vote.
func (v *VoteAgreement) add(t *meeting.Tally) {
	v.Votes++
	lived, staff := side(t.Lived), side(t.Staff)
	switch {
	case lived == 0 || staff == 0:
		v.NoMajority++
	case lived == staff:
		v.SameWay++
	default:
		v.Differently++
	}
}

// plus is both counts together.
func (v VoteAgreement) plus(o VoteAgreement) VoteAgreement {
	return VoteAgreement{Votes: v.Votes + o.Votes, SameWay: v.SameWay + o.SameWay, Differently: v.Differently + o.Differently,
		NoMajority: v.NoMajority + o.NoMajority, Elections: v.Elections + o.Elections}
}

// side is which way most of a side voted: 1 for, -1 against, 0 neither.
func side(c meeting.Counts) int { return cmp.Compare(c.For, c.Against) }

// voteAgreement counts a meeting's votes and elections.
func voteAgreement(st *meeting.State) VoteAgreement {
	var v VoteAgreement
	for _, d := range st.Decisions {
		switch {
		case d.Vote != nil:
			v.add(d.Vote)
		case d.Election != nil:
			v.Elections++
		}
	}
	return v
}

// Sentence says the period's agreement: "Of 5 votes, lived-experience
// members and staff voted the same way in 3 (60%), differently in 1, and
// in 1 one side had no majority."
func (v VoteAgreement) Sentence() string {
	if v.Votes == 0 {
		return "No votes were counted."
	}
	return fmt.Sprintf("Of %s, lived-experience members and staff voted the same way in %d (%d%%), differently in %d, and in %d one side had no majority.",
		prose.Count(v.Votes, "vote", "votes"), v.SameWay, percent(int64(v.SameWay), int64(v.Votes)), v.Differently, v.NoMajority)
}

// votesSection is the votes of the period, when there were any.
func (a *Audit) votesSection() (section, bool) {
	if a.Votes.Votes == 0 && a.Votes.Elections == 0 {
		return section{}, false
	}
	s := section{id: "votes", heading: "Votes: lived experience and staff",
		paras: []string{"For each vote counted in a meeting, whether most of the lived-experience members who voted and most of the staff who voted were on the same side: both for, or both against. Abstentions are not counted; a side that was tied, or where nobody voted for or against, had no majority."}}
	t := &table{caption: "Votes by meeting", head: []string{"Date", "Votes", "Same way", "Differently", "A side with no majority", "Elections"},
		numeric: []bool{false, true, true, true, true, true}}
	for _, m := range a.Meetings {
		v := m.Votes
		if v.Votes == 0 && v.Elections == 0 {
			continue
		}
		t.rows = append(t.rows, []string{dateText(m.Date), itoa(v.Votes), itoa(v.SameWay), itoa(v.Differently), itoa(v.NoMajority), itoa(v.Elections)})
	}
	v := a.Votes
	t.rows = append(t.rows, []string{"All", itoa(v.Votes), itoa(v.SameWay), itoa(v.Differently), itoa(v.NoMajority), itoa(v.Elections)})
	s.table = t
	s.after = append(s.after, v.Sentence())
	if v.Elections > 0 {
		s.after = append(s.after, fmt.Sprintf("%s held by secret ballot.", prose.Count(v.Elections, "election was", "elections were")))
	}
	return s, true
}
