package meeting

import (
	"fmt"
	"slices"
	"time"

	"github.com/gyda/gyda/roster"
)

// Apply folds one event into the state. It is the only way the state
// changes, for the live meeting and for replay alike. An event that cannot
// apply (a journal from a newer gyda, say) is an error and changes nothing.
func (s *State) Apply(e Event) error {
	s.endedTurn = -1
	if e.Type == EvUndone {
		if err := s.undo(e); err != nil {
			return err
		}
	} else if err := s.apply(e); err != nil {
		return err
	}
	s.log = append(s.log, e)
	if e.By != "" {
		if s.mine == nil {
			s.mine = map[string]ownEvents{}
		}
		s.mine[e.By] = s.mine[e.By].add(e, len(s.log))
	}
	s.Events++
	if e.At.After(s.Last) {
		s.Last = e.At
	}
	return nil
}

func (s *State) apply(e Event) error {
	if e.Type != EvOpened && s.Opened.IsZero() {
		return fmt.Errorf("%s before the meeting opened", e.Type)
	}
	switch e.Type {
	case EvOpened:
		if !s.Opened.IsZero() {
			return fmt.Errorf("the meeting opened twice")
		}
		s.Opened = e.At
		s.goToItem(1, e.At)
	case EvResumed:
		s.Interruptions = append(s.Interruptions, Interruption{From: e.Since, To: e.At})
		s.loseScreenBallots(e.At)
		s.endTurn(e.Since)
		if s.Pause == nil {
			// The gap does not count against the item's time.
			s.stopItemClock(e.Since)
			s.startItemClock(e.At)
		}
	case EvArrived:
		if s.IsPresent(e.Person) {
			return fmt.Errorf("%s is already present", e.Person)
		}
		s.present[e.Person] = len(s.Attendance)
		s.Attendance = append(s.Attendance, Stint{Person: e.Person, Remote: e.Remote, From: e.At})
	case EvLeft:
		i := s.stint(e.Person)
		if i < 0 {
			return fmt.Errorf("%s is not present", e.Person)
		}
		s.Attendance[i].To = e.At
		delete(s.present, e.Person)
		if s.Speaker != nil && s.Speaker.Person == e.Person {
			s.endTurn(e.At)
		}
		s.Queue = removeRequest(s.Queue, e.Person)
	case EvApologies:
		s.Apologies = append(s.Apologies, e.Person)
	case EvRole:
		switch e.Role {
		case RoleChair:
			s.Chair = e.Person
		case RoleMinuteTaker:
			s.Minutes = e.Person
		default:
			return fmt.Errorf("unknown role %q", e.Role)
		}
		s.Handovers = append(s.Handovers, Handover{Role: e.Role, Person: e.Person, At: e.At, Item: s.Item})
	case EvItem:
		if e.Item < 1 || e.Item > len(s.Items) {
			return fmt.Errorf("no item %d", e.Item)
		}
		s.endTurn(e.At)
		old := &s.Items[s.Item-1]
		old.ClosedAt = e.At
		old.NotSpoken = s.presentOnly(e.People)
		s.stopItemClock(e.At)
		s.goToItem(e.Item, e.At)
	case EvBreakStarted:
		s.endTurn(e.At)
		s.stopItemClock(e.At)
		s.endPause(e.At)
		length := time.Duration(e.Seconds) * time.Second
		s.Pause = &Pause{Kind: PauseBreak, Since: e.At, Length: length}
		s.Breaks = append(s.Breaks, Break{From: e.At, Planned: length, Item: s.Item})
		s.BreakRequests = nil
	case EvBreakRequested:
		s.BreakRequests = append(s.BreakRequests, Request{Person: e.Person, At: e.At})
	case EvResumedAfter:
		if s.Pause == nil {
			return fmt.Errorf("resume when not paused")
		}
		s.endPause(e.At)
		s.startItemClock(e.At)
	case EvHand:
		s.Queue = append(removeRequest(s.Queue, e.Person), Request{Person: e.Person, At: e.At})
	case EvGoRound:
		for _, p := range e.People {
			s.Queue = append(removeRequest(s.Queue, p), Request{Person: p, At: e.At})
		}
	case EvLowered:
		s.Queue = removeRequest(s.Queue, e.Person)
	case EvSpeaking:
		s.endTurn(e.At)
		s.Queue = removeRequest(s.Queue, e.Person)
		s.Speaker = &Turn{Person: e.Person, Kind: s.Person(e.Person).Kind, Item: s.Item, From: e.At}
	case EvTurnEnded:
		s.endTurn(e.At)
	case EvCard:
		s.Cards = append(s.Cards, CardShown{Person: e.Person, Card: e.Card, At: e.At, Item: s.Item})
		if e.Card == CardRed && s.Pause == nil {
			s.endTurn(e.At)
			s.stopItemClock(e.At)
			s.Pause = &Pause{Kind: PauseRedCard, Since: e.At, Person: e.Person}
		}
	case EvNote, EvOffRecord:
		n := e.Number
		if n == 0 {
			n = s.NextNumber(EntryNote) // a journal from before notes were numbered
		}
		s.Notes = append(s.Notes, Note{Number: n, Item: s.Item, Text: e.Text, OffRecord: e.Type == EvOffRecord, At: e.At, By: e.By})
	case EvDecided:
		if err := s.closeVoting(e); err != nil {
			return err
		}
		d := Decision{Number: e.Number, Item: s.Item, Text: e.Text, At: e.At, By: e.By,
			Provisional: e.Provisional, Reason: e.Reason, Warnings: e.Warnings, NotTaking: e.People,
			Vote: e.Tally, Election: e.Ballot}
		if e.Quorum != nil {
			d.Quorum = *e.Quorum
		}
		s.Decisions = append(s.Decisions, d)
	case EvDeclared:
		s.Declarations = append(s.Declarations, Declaration{Person: e.Person, Item: e.Item, Text: e.Text, At: e.At})
	case EvAction:
		s.Actions = append(s.Actions, Action{Number: e.Number, Item: s.Item, Owner: e.Person, Due: e.Due, Text: e.Text, At: e.At, By: e.By})
	case EvCorrected:
		text, corrected, ok := s.entry(e.Entry, e.Number)
		if !ok {
			return fmt.Errorf("no %s %d", e.Entry, e.Number)
		}
		*text = e.Text
		*corrected++
	case EvStruck:
		x, ok := s.strike(e.Entry, e.Number)
		if !ok {
			return fmt.Errorf("no %s %d", e.Entry, e.Number)
		}
		x.Reason, x.At, x.By = e.Text, e.At, e.By
		s.Struck = append(s.Struck, x)
	case EvVisitor:
		r, err := s.Roster.WithVisitor(roster.Person{ID: e.Person, Name: e.Name, Organisation: e.Organisation})
		if err != nil {
			return err
		}
		if s.IsPresent(e.Person) {
			return fmt.Errorf("%s is already present", e.Person)
		}
		v, _ := r.Get(e.Person)
		s.Roster, s.Visitors = r, append(s.Visitors, v)
		s.present[e.Person] = len(s.Attendance)
		s.Attendance = append(s.Attendance, Stint{Person: e.Person, Remote: e.Remote, From: e.At})
	case EvReflected:
		s.Reflections = append(s.Reflections, Reflection{Text: e.Text, By: e.By, At: e.At, Score: e.Score})
	case EvExpense:
		if e.Pence <= 0 {
			return fmt.Errorf("an expense of %d pence", e.Pence)
		}
		s.Expenses = append(s.Expenses, Expense{Person: e.Person, Pence: e.Pence, Miles: e.Miles, Rate: e.Rate, Text: e.Text, At: e.At, By: e.By})
	case EvReviewed:
		if e.Number < 1 || e.Number > len(s.Setup.Carried.Actions) {
			return fmt.Errorf("no carried action %d", e.Number)
		}
		s.Reviews = append(s.Reviews, ActionReview{Number: e.Number, Outcome: e.Outcome, Due: e.Due, Note: e.Text, At: e.At, By: e.By})
	case EvRatified:
		if e.Number < 1 || e.Number > len(s.Setup.Carried.Decisions) {
			return fmt.Errorf("no carried decision %d", e.Number)
		}
		r := Ratification{Number: e.Number, Ratified: e.Outcome == OutcomeRatified, Note: e.Text, At: e.At, By: e.By}
		if e.Quorum != nil {
			r.Quorum = *e.Quorum
		}
		s.Ratifications = append(s.Ratifications, r)
	case EvVoteOpened, EvVoteCast, EvElectionOpened, EvBallotCast, EvTallied:
		return s.applyVoting(e)
	case EvEnded:
		s.endTurn(e.At)
		s.endPause(e.At)
		s.stopItemClock(e.At)
		s.Items[s.Item-1].ClosedAt = e.At
		s.Items[s.Item-1].NotSpoken = s.presentOnly(e.People)
		s.Ended = e.At
	default:
		return fmt.Errorf("unknown event %q (is this journal from a newer gyda?)", e.Type)
	}
	return nil
}

// presentOnly is ids without those not present: an arrival taken back
// after an item closed is not among those not heard on it.
func (s *State) presentOnly(ids []string) []string {
	var out []string
	for _, id := range ids {
		if s.IsPresent(id) {
			out = append(out, id)
		}
	}
	return out
}

// entry finds a numbered note, decision or action that stands (not
// struck): its wording and how often it was reworded.
func (s *State) entry(kind Entry, n int) (text *string, corrected *int, ok bool) {
	switch kind {
	case EntryNote:
		for i := range s.Notes {
			if s.Notes[i].Number == n {
				return &s.Notes[i].Text, &s.Notes[i].Corrected, true
			}
		}
	case EntryDecision:
		for i := range s.Decisions {
			if s.Decisions[i].Number == n {
				return &s.Decisions[i].Text, &s.Decisions[i].Corrected, true
			}
		}
	case EntryAction:
		for i := range s.Actions {
			if s.Actions[i].Number == n {
				return &s.Actions[i].Text, &s.Actions[i].Corrected, true
			}
		}
	}
	return nil, nil, false
}

// strike takes a numbered entry out of its list and returns it as struck.
func (s *State) strike(kind Entry, n int) (Struck, bool) {
	x := Struck{Entry: kind, Number: n}
	switch kind {
	case EntryNote:
		if i := slices.IndexFunc(s.Notes, func(v Note) bool { return v.Number == n }); i >= 0 {
			x.Item, x.Text, x.OffRecord = s.Notes[i].Item, s.Notes[i].Text, s.Notes[i].OffRecord
			s.Notes = slices.Delete(slices.Clone(s.Notes), i, i+1)
			return x, true
		}
	case EntryDecision:
		if i := slices.IndexFunc(s.Decisions, func(v Decision) bool { return v.Number == n }); i >= 0 {
			x.Item, x.Text = s.Decisions[i].Item, s.Decisions[i].Text
			s.Decisions = slices.Delete(slices.Clone(s.Decisions), i, i+1)
			return x, true
		}
	case EntryAction:
		if i := slices.IndexFunc(s.Actions, func(v Action) bool { return v.Number == n }); i >= 0 {
			x.Item, x.Text = s.Actions[i].Item, s.Actions[i].Text
			s.Actions = slices.Delete(slices.Clone(s.Actions), i, i+1)
			return x, true
		}
	}
	return x, false
}

// struck finds a struck entry.
func (s *State) struck(kind Entry, n int) (Struck, bool) {
	for _, x := range s.Struck {
		if x.Entry == kind && x.Number == n {
			return x, true
		}
	}
	return Struck{}, false
}

// NextNumber is the number the next note, decision or action gets: one
// more than the highest in the record, struck ones included.
func (s *State) NextNumber(kind Entry) int {
	n := 0
	for _, x := range s.Struck {
		if x.Entry == kind {
			n = max(n, x.Number)
		}
	}
	switch kind {
	case EntryNote:
		for _, x := range s.Notes {
			n = max(n, x.Number)
		}
	case EntryDecision:
		for _, x := range s.Decisions {
			n = max(n, x.Number)
		}
	case EntryAction:
		for _, x := range s.Actions {
			n = max(n, x.Number)
		}
	}
	return n + 1
}

// undo takes an event back: the state is built again from every event
// applied so far but that one (and those taken back before), with the
// same Apply, so it is exactly as if it had never been recorded. Decide
// refuses an undo that later events depend on; if one gets here anyway,
// the rebuild fails and nothing changes.
func (s *State) undo(e Event) error {
	if e.Undoes < 1 || e.Undoes > len(s.log) {
		return fmt.Errorf("undo of event %d, of %d", e.Undoes, len(s.log))
	}
	if t := s.log[e.Undoes-1].Type; t == EvUndone || t == EvOpened || s.undone[e.Undoes] {
		return fmt.Errorf("event %d (%s) cannot be undone", e.Undoes, t)
	}
	fresh, err := NewState(s.Setup)
	if err != nil {
		return err
	}
	for i, ev := range s.log {
		if i+1 == e.Undoes || s.undone[i+1] || ev.Type == EvUndone {
			continue
		}
		if err := fresh.apply(ev); err != nil {
			return fmt.Errorf("without event %d, event %d (%s) no longer applies: %w", e.Undoes, i+1, ev.Type, err)
		}
	}
	undone := make(map[int]bool, len(s.undone)+1)
	for k := range s.undone {
		undone[k] = true
	}
	undone[e.Undoes] = true
	fresh.log, fresh.mine, fresh.undone, fresh.Events, fresh.Last = s.log, s.mine, undone, s.Events, s.Last
	*s = *fresh
	return nil
}

func (s *State) goToItem(n int, at time.Time) {
	s.Item = n
	s.Queue = nil
	s.Items[n-1].Visited = true
	s.Items[n-1].ClosedAt = time.Time{}
	if s.Pause == nil {
		s.startItemClock(at)
	}
}

func (s *State) startItemClock(at time.Time) {
	c := &s.Items[s.Item-1]
	if c.RunningSince.IsZero() {
		c.RunningSince = at
	}
}

func (s *State) stopItemClock(at time.Time) {
	c := &s.Items[s.Item-1]
	if !c.RunningSince.IsZero() {
		if at.After(c.RunningSince) {
			c.Elapsed += at.Sub(c.RunningSince)
		}
		c.RunningSince = time.Time{}
	}
}

func (s *State) endPause(at time.Time) {
	if s.Pause == nil {
		return
	}
	if s.Pause.Kind == PauseBreak { // a break pause always has its Break, appended with it
		s.Breaks[len(s.Breaks)-1].To = at
	}
	s.Pause = nil
}

func (s *State) endTurn(at time.Time) {
	if s.Speaker == nil {
		return
	}
	t := *s.Speaker
	t.To = at
	if t.To.Before(t.From) {
		t.To = t.From
	}
	s.Turns = append(s.Turns, t)
	s.endedTurn = len(s.Turns) - 1
	s.Speaker = nil
}

func removeRequest(q []Request, person string) []Request {
	out := q[:0:0]
	for _, r := range q {
		if r.Person != person {
			out = append(out, r)
		}
	}
	return out
}
