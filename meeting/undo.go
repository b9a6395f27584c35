package meeting

import (
	"fmt"
	"slices"
	"time"

	"github.com/gyda/gyda/internal/prose"
)

// Undo takes back the last thing recorded, as a new event (EvUndone): the
// state is built again without it, with the same Apply, so replaying the
// journal gives the same meeting. Typed again, it goes further back.
//
// What may be taken back: an arrival (a visitor's too), a departure,
// apologies, a role handed over, a hand up, a card, a request for a
// break, a note, a decision, an action, a declaration, a reflection, an
// expense, a review or ratification of a matter arising, a correction or
// strike, and while a vote or a ballot is open, opening it, a vote
// recorded in it or paper ballots added to it. A secret ballot given on a
// screen is never taken back (what it chose is in no state to take back),
// nor is the result of a vote or an election: strike it, and vote again. The meeting moving on (an item, a break, the floor given) is
// not taken back by undo and is passed over. A hand that is down again
// (answered, lowered, or cleared by the next item) and a request for a
// break that a break has answered are passed over too: there is nothing
// left of them to take back.
//
// Who: the chair takes back the last thing anyone recorded; anyone else,
// the last thing they recorded themselves. An undo that something later
// depends on (undoing an arrival after that person spoke, or after a
// decision counted them) is refused with the reason, and nothing changes.

// undoable reports whether undo may take back an event of type t.
func undoable(t EventType) bool {
	switch t {
	case EvArrived, EvVisitor, EvLeft, EvApologies, EvRole, EvHand, EvCard, EvBreakRequested,
		EvNote, EvOffRecord, EvDecided, EvDeclared, EvAction, EvReflected, EvExpense,
		EvReviewed, EvRatified, EvCorrected, EvStruck,
		EvVoteOpened, EvVoteCast, EvElectionOpened, EvTallied:
		return true
	}
	return false
}

// voting reports whether an event is part of a vote or an election.
func voting(e Event) bool {
	switch e.Type {
	case EvVoteOpened, EvVoteCast, EvElectionOpened, EvBallotCast, EvTallied:
		return true
	}
	return e.Type == EvDecided && (e.Tally != nil || e.Ballot != nil)
}

func (d *decider) undo() ([]Event, error) {
	s := d.s
	anyone := d.role == RoleChair
	for i, e := range s.loggedBackward() {
		if s.undone[i] || !undoable(e.Type) || !anyone && e.By != d.actor.Person || s.spent(e) || e.Type == EvTallied && e.Remote {
			continue
		}
		if why := s.dependsOn(i); why != "" {
			return nil, cannot(VerbUndo, "%s cannot be taken back: %s. Nothing was changed.", capital(s.undoWhat(e)), why)
		}
		u := d.event(EvUndone)
		u.Undoes = i
		if s.sight != nil {
			// A viewer's state (a preview for a screen) has not the
			// events to build again from: the meeting's own decides.
			return []Event{u}, nil
		}
		if err := s.Clone().Apply(u); err != nil {
			return nil, cannot(VerbUndo, "%s cannot be taken back: what was recorded after it depends on it (%v). Nothing was changed.", capital(s.undoWhat(e)), err)
		}
		return []Event{u}, nil
	}
	if anyone {
		return nil, cannot(VerbUndo, "there is nothing recorded that undo can take back")
	}
	return nil, refuse(d.role, VerbUndo, "there is nothing you recorded that undo can take back; only the chair can take back what others recorded")
}

// UndoWhat says what undo would take back for the actor now ("Mair Jones
// arriving at 10:02"), or why it would be refused. Nothing changes: a
// screen asks before it undoes.
func (s *State) UndoWhat(actor Actor) (string, error) {
	role := s.RoleOf(actor)
	perm := permissionFor(role, VerbUndo)
	if perm == denied {
		return "", refuse(role, VerbUndo, "only %s can use undo; you are taking part as %s", whoMay(VerbUndo), prose.Article(string(role)))
	}
	if !s.Ended.IsZero() {
		return "", cannot(VerbUndo, "the meeting has ended; nothing more can be recorded")
	}
	d := decider{s: s, actor: actor, role: role, perm: perm, c: Command{Verb: VerbUndo}}
	events, err := d.undo()
	if err != nil {
		return "", err
	}
	e, _ := s.eventAt(events[0].Undoes)
	if e.By == actor.Person {
		return s.undoWhat(e), nil
	}
	return s.undoWhat(e) + recordedBy(s, e), nil
}

// spent reports whether an event has nothing left to take back: a hand
// that is down again, a request for a break that a break answered.
func (s *State) spent(e Event) bool {
	switch e.Type {
	case EvHand:
		return !slices.ContainsFunc(s.Queue, func(r Request) bool { return r.Person == e.Person && r.At.Equal(e.At) })
	case EvBreakRequested:
		return !slices.ContainsFunc(s.BreakRequests, func(r Request) bool { return r.Person == e.Person && r.At.Equal(e.At) })
	}
	return false
}

// later is the events recorded after the i-th (from 1) that stand: not
// taken back, and not undos themselves.
func (s *State) later(i int) []Event {
	var out []Event
	for j, e := range s.logged() {
		if j > i && !s.undone[j] && e.Type != EvUndone {
			out = append(out, e)
		}
	}
	return out
}

// dependsOn says what recorded after the i-th event depends on it, or "".
func (s *State) dependsOn(i int) string {
	e, _ := s.eventAt(i)
	name := s.Name(e.Person)
	later := s.later(i)
	switch e.Type {
	case EvArrived, EvVisitor:
		for _, l := range later {
			if why := s.tookPart(e.Person, l); why != "" {
				return why
			}
		}
	case EvLeft:
		for _, l := range later {
			switch {
			case (l.Type == EvArrived || l.Type == EvVisitor) && l.Person == e.Person:
				return fmt.Sprintf("%s arrived again at %s", name, s.LocalTime(l.At))
			case l.Type == EvDecided:
				return fmt.Sprintf("decision %d was taken after %s left, without them", l.Number, name)
			case l.Type == EvRatified:
				return fmt.Sprintf("carried decision %d was considered after %s left, without them", l.Number, name)
			}
		}
	case EvRole:
		for _, l := range later {
			switch {
			case l.Type == EvRole:
				return fmt.Sprintf("the roles changed hands again at %s", s.LocalTime(l.At))
			case l.By == e.Person && e.Person != "":
				return fmt.Sprintf("%s has recorded things as the %s since", name, e.Role)
			}
		}
	case EvCard:
		if e.Card != CardRed {
			break
		}
		for _, l := range later {
			switch l.Type {
			case EvResumedAfter, EvBreakStarted, EvItem, EvResumed:
				return fmt.Sprintf("the meeting has gone on since the pause it started (at %s)", s.LocalTime(l.At))
			}
		}
	case EvVoteOpened, EvElectionOpened:
		for _, l := range later {
			if voting(l) && l.Type != EvVoteOpened && l.Type != EvElectionOpened {
				return "votes or ballots have been recorded in it since"
			}
		}
	case EvVoteCast, EvTallied:
		for _, l := range later {
			switch {
			case l.Type == EvDecided && (l.Tally != nil || l.Ballot != nil):
				return fmt.Sprintf("it was counted in decision %d since", l.Number)
			case l.Type == EvVoteCast && l.Person == e.Person && e.Type == EvVoteCast:
				return fmt.Sprintf("%s's vote was changed since", name)
			}
		}
	case EvNote, EvOffRecord, EvDecided, EvAction:
		if e.Tally != nil || e.Ballot != nil {
			return "the result of a vote or an election is not taken back by undo; strike it (strike decision " + fmt.Sprint(e.Number) + ": REASON) and vote again"
		}
		kind := entryOf(e.Type)
		for _, l := range later {
			switch {
			case (l.Type == EvCorrected || l.Type == EvStruck) && l.Entry == kind && l.Number == e.Number:
				return fmt.Sprintf("%s %d was %s since; undo that first", kind, e.Number, fixWord(l.Type))
			case kind != EntryNote && l.Type == e.Type:
				return fmt.Sprintf("%s %d has been recorded since, and the numbers would no longer follow on: strike %s %d instead (strike %s %d: REASON)",
					kind, l.Number, kind, e.Number, kind, e.Number)
			}
		}
	case EvDeclared:
		for _, l := range later {
			if l.Type == EvDecided && slices.Contains(l.People, e.Person) && s.decisionItem(l.Number) == e.Item {
				return fmt.Sprintf("decision %d left %s out because of it", l.Number, name)
			}
		}
	case EvCorrected, EvStruck:
		for _, l := range later {
			if (l.Type == EvCorrected || l.Type == EvStruck) && l.Entry == e.Entry && l.Number == e.Number {
				return fmt.Sprintf("%s %d was %s again since; undo that first", e.Entry, e.Number, fixWord(l.Type))
			}
		}
	}
	return ""
}

// tookPart says how person p took part in event l, recorded after their
// arrival, or "" if it does not depend on their being there.
func (s *State) tookPart(p string, l Event) string {
	name, at := s.Name(p), s.LocalTime(l.At)
	switch {
	case l.Type == EvLeft && l.Person == p:
		return fmt.Sprintf("%s's leaving at %s was recorded since", name, at)
	case l.Type == EvSpeaking && l.Person == p:
		return fmt.Sprintf("%s has had the floor since (at %s)", name, at)
	case l.Type == EvHand && l.Person == p, l.Type == EvGoRound && slices.Contains(l.People, p):
		return fmt.Sprintf("%s was put in the speaking queue since (at %s)", name, at)
	case l.Type == EvCard && l.Person == p:
		return fmt.Sprintf("%s showed a card since (at %s)", name, at)
	case l.Type == EvRole && l.Person == p:
		return fmt.Sprintf("%s became the %s since (at %s)", name, l.Role, at)
	case l.Type == EvExpense && l.Person == p:
		return fmt.Sprintf("an expense of %s's was recorded since", name)
	case l.Type == EvVoteCast && l.Person == p:
		return fmt.Sprintf("%s's vote was recorded since (at %s)", name, at)
	case l.Type == EvBallotCast && l.Person == p:
		return fmt.Sprintf("%s gave a ballot since (at %s)", name, at)
	case l.Type == EvElectionOpened && slices.Contains(l.People, p):
		return fmt.Sprintf("%s has been a candidate in an election since (at %s)", name, at)
	case l.Type == EvTallied && l.Person == p:
		return fmt.Sprintf("ballots for %s were counted since (at %s)", name, at)
	case l.Type == EvDecided:
		return fmt.Sprintf("decision %d (at %s) counted %s as present", l.Number, at, name)
	case l.Type == EvRatified:
		return fmt.Sprintf("carried decision %d was considered (at %s) with %s counted as present", l.Number, at, name)
	case l.By == p:
		return fmt.Sprintf("%s has recorded things since (at %s)", name, at)
	}
	return ""
}

// decisionItem is the item decision n was taken on, or 0.
func (s *State) decisionItem(n int) int {
	for _, d := range s.Decisions {
		if d.Number == n {
			return d.Item
		}
	}
	return 0
}

func entryOf(t EventType) Entry {
	switch t {
	case EvDecided:
		return EntryDecision
	case EvAction:
		return EntryAction
	}
	return EntryNote
}

func fixWord(t EventType) string {
	if t == EvStruck {
		return "struck"
	}
	return "corrected"
}

// undoWhat names an event for the lines about undoing it: "Mair Jones
// arriving at 10:02", "decision 2, \"...\"".
func (s *State) undoWhat(e Event) string {
	name, at := s.Name(e.Person), s.LocalTime(e.At)
	switch e.Type {
	case EvArrived:
		return fmt.Sprintf("%s arriving at %s", name, at)
	case EvVisitor:
		return fmt.Sprintf("the visitor %s arriving at %s", e.Name, at)
	case EvLeft:
		return fmt.Sprintf("%s leaving at %s", name, at)
	case EvApologies:
		return "apologies from " + name
	case EvRole:
		return fmt.Sprintf("%s becoming the %s at %s", name, e.Role, at)
	case EvHand:
		return fmt.Sprintf("%s's hand up (at %s)", name, at)
	case EvCard:
		return fmt.Sprintf("the %s card from %s at %s", e.Card, name, at)
	case EvBreakRequested:
		return fmt.Sprintf("%s asking for a break at %s", name, at)
	case EvNote:
		return fmt.Sprintf("note %d, %q", e.Number, e.Text)
	case EvOffRecord:
		return fmt.Sprintf("note %d (off the record)", e.Number)
	case EvDecided:
		return fmt.Sprintf("decision %d, %q", e.Number, e.Text)
	case EvAction:
		return fmt.Sprintf("action %d, %s by %s: %q", e.Number, name, longDue(e.Due), e.Text)
	case EvDeclared:
		return fmt.Sprintf("%s's declaration of interest in item %d", name, e.Item)
	case EvReflected:
		return "the reflection " + fmt.Sprintf("%q", e.Text)
	case EvExpense:
		return fmt.Sprintf("%s's expense of %s", name, Money(e.Pence))
	case EvReviewed:
		return fmt.Sprintf("the review of carried action %d", e.Number)
	case EvRatified:
		return fmt.Sprintf("the ratification of carried decision %d", e.Number)
	case EvCorrected:
		return fmt.Sprintf("the correction of %s %d", e.Entry, e.Number)
	case EvStruck:
		return fmt.Sprintf("striking %s %d", e.Entry, e.Number)
	case EvVoteOpened:
		return fmt.Sprintf("opening vote %d, %q", e.Number, e.Text)
	case EvVoteCast:
		return fmt.Sprintf("%s's vote, %s", name, e.Choice.Word())
	case EvElectionOpened:
		return fmt.Sprintf("opening election %d", e.Number)
	case EvTallied:
		return fmt.Sprintf("%s ballots for %s", prose.Count(e.Number, "paper", "paper"), name)
	}
	return string(e.Type)
}

// describeUndo says what an undo took back and how the meeting stands
// now; s is the state after it.
func (s *State) describeUndo(u Event) []string {
	if u.Undoes < 1 || u.Undoes > s.Events {
		return []string{"Undone."}
	}
	e, _ := s.eventAt(u.Undoes) // in a view, nothing of someone else's
	out := []string{"Undone: " + s.undoWhat(e) + recordedBy(s, e) + "."}
	switch e.Type {
	case EvArrived, EvVisitor, EvLeft:
		if e.Type == EvLeft {
			out = append(out, s.Name(e.Person)+" is here again.")
		}
		out = append(out, s.quorumLine())
	case EvRole:
		holder := s.Chair
		if e.Role == RoleMinuteTaker {
			holder = s.Minutes
		}
		if holder == "" {
			out = append(out, fmt.Sprintf("Nobody is the %s now.", e.Role))
		} else {
			out = append(out, fmt.Sprintf("%s is the %s again.", s.Name(holder), e.Role))
		}
	case EvHand:
		out = append(out, s.queueLine(u.At))
	case EvCard:
		if e.Card == CardRed && s.Pause == nil {
			out = append(out, "The meeting is no longer paused.")
			if sp := s.Speaker; sp != nil {
				out = append(out, s.Name(sp.Person)+" has the floor again.")
			}
		}
	case EvCorrected:
		if text, _, ok := s.entry(e.Entry, e.Number); ok {
			out = append(out, fmt.Sprintf("%s %d reads again: %s", capital(string(e.Entry)), e.Number, *text))
		}
	case EvStruck:
		out = append(out, fmt.Sprintf("%s %d is back in the minutes.", capital(string(e.Entry)), e.Number))
	case EvDecided, EvAction, EvNote:
		out = append(out, "It is gone from the minutes; the journal keeps a note that it was taken back.")
	}
	return out
}

// recordedBy says who recorded an event when it was someone at their own
// screen (not the chair's laptop).
func recordedBy(s *State, e Event) string {
	if e.By == "" {
		return ""
	}
	return " (recorded by " + s.Name(e.By) + ")"
}

// longDue shows a due date (YYYY-MM-DD) as people write it.
func longDue(due string) string {
	t, err := time.Parse("2006-01-02", due)
	if err != nil {
		return due
	}
	return t.Format("2 January 2006")
}

func capital(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// Standing is a meeting's events without those taken back and without
// the undos: replayed, they give the same meeting as all of them. Whatever
// walks through the events one by one (the minutes' quorum record, say)
// walks these, so an arrival taken back was never an arrival.
func Standing(events []Event) []Event {
	undone := map[int]bool{}
	for _, e := range events {
		if e.Type == EvUndone {
			undone[e.Undoes] = true
		}
	}
	out := make([]Event, 0, len(events))
	for i, e := range events {
		if !undone[i+1] && e.Type != EvUndone {
			out = append(out, e)
		}
	}
	return out
}
