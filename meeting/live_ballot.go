package meeting

import (
	"fmt"
	"time"
)

// ballotBox holds the choices of the screen ballots given in the open
// election: a count for each candidate, never linked to who gave it, kept
// only in the running meeting's memory until the election closes (see the
// package's notes on secrecy).
type ballotBox struct {
	election int            // the election the counts are for
	counts   map[string]int // candidate -> screen ballots
}

// decide is State.Decide, except that closing an election first counts
// the screen ballots from the box: all at once, one anonymous count for
// each candidate, recorded with the result or not at all.
func (l *Live) decide(actor Actor, c Command, now time.Time) ([]Event, error) {
	el := l.state.OpenElection()
	if c.Verb != VerbElectClose || el == nil || l.box.election != el.Number {
		return l.state.Decide(actor, c, now)
	}
	var counted []Event
	for _, id := range el.Candidates {
		if n := l.box.counts[id]; n > 0 {
			counted = append(counted, Event{Type: EvTallied, At: now, Person: id, Number: n, Remote: true})
		}
	}
	st := l.state.Clone()
	for _, e := range counted {
		if err := st.Apply(e); err != nil {
			return nil, fmt.Errorf("count the screen ballots: %w (report this)", err)
		}
	}
	events, err := st.Decide(actor, c, now)
	if err != nil {
		return nil, err
	}
	return append(counted, events...), nil
}

// seal keeps the choice of a screen ballot just recorded, and empties the
// box when the election closes. The caller holds the lock, and the
// events are on disk.
func (l *Live) seal(c Command, events []Event) {
	for _, e := range events {
		switch {
		case e.Type == EvBallotCast:
			el := l.state.OpenElection()
			id, err := l.state.candidate(el, c.Name)
			if err != nil {
				continue // Decide matched it: cannot happen
			}
			if l.box.election != el.Number {
				l.box = ballotBox{election: el.Number, counts: map[string]int{}}
			}
			l.box.counts[id]++
		case e.Type == EvDecided && e.Ballot != nil:
			l.box = ballotBox{}
		}
	}
}

// afterVoting is what someone who gave a vote, a ballot or a paper count
// is told next, as they may see it: the running counts for the chair and
// the minute-taker, their own vote for a member.
func (l *Live) afterVoting(actor Actor, v Verb) []string {
	switch v {
	case VerbFor, VerbAgainst, VerbAbstain, VerbBallot, VerbTally:
		lines := l.state.SeenBy(actor).VotingLines()
		if len(lines) > 1 {
			return lines[1:] // the first names the vote, which the actor knows
		}
	}
	return nil
}
