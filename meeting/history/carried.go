package history

import (
	"github.com/gyda/gyda/meeting"
)

// Status is where an action or a provisional decision stands across
// meetings.
type Status string

// The statuses of actions and provisional decisions.
const (
	Open        Status = "open"
	Done        Status = "done"
	Dropped     Status = "dropped"
	Ratified    Status = "ratified"
	NotRatified Status = "not ratified"
)

// ActionRecord is one action's life across meetings.
type ActionRecord struct {
	meeting.Origin
	Owner     string // roster id
	OwnerName string
	Text      string
	FirstDue  string // YYYY-MM-DD, as agreed
	Due       string // YYYY-MM-DD, the latest date it was given
	Redated   bool   // given a new date at a later meeting
	Status    Status
	// ClosedAt is the date (YYYY-MM-DD) and ClosedIn the meeting where it
	// was marked done or dropped.
	ClosedAt, ClosedIn string
	// OnTime is true for an action marked done without a new date, at or
	// before the first meeting held on or after its due date.
	OnTime bool
}

// DecisionRecord is one provisional decision's life across meetings.
type DecisionRecord struct {
	meeting.Origin
	Text   string
	Reason string // why it was provisional
	Status Status
	// SettledAt is the date (YYYY-MM-DD) and SettledIn the meeting where
	// it was ratified or not.
	SettledAt, SettledIn string
}

// Ledger is every action and provisional decision of the group's meetings,
// and where each stands after the last meeting.
type Ledger struct {
	Actions   []ActionRecord
	Decisions []DecisionRecord
}

// Ledger follows every action and provisional decision through the
// meetings, oldest first: each meeting's reviews and ratifications of what
// it carried, then what it agreed itself. An item carried into a meeting
// that did not review it stays open. An item carried from a meeting that
// is no longer in the folder is followed from what was carried.
func (h *History) Ledger() Ledger {
	var l Ledger
	actions := map[string]int{}   // origin key -> index in l.Actions
	decisions := map[string]int{} // origin key -> index in l.Decisions
	for _, m := range h.Meetings {
		st := m.State
		for i, ca := range m.Setup.Carried.Actions {
			j, ok := actions[ca.Key()]
			if !ok {
				j = len(l.Actions)
				actions[ca.Key()] = j
				l.Actions = append(l.Actions, ActionRecord{Origin: ca.Origin, Owner: ca.Owner, OwnerName: ca.OwnerName,
					Text: ca.Text, FirstDue: ca.Due, Due: ca.Due, Redated: ca.Redated, Status: Open})
			}
			rv, ok := st.ActionReviewOf(i + 1)
			if !ok {
				continue
			}
			a := &l.Actions[j]
			switch rv.Outcome {
			case meeting.OutcomeDone:
				a.Status, a.ClosedAt, a.ClosedIn = Done, m.Day(), m.ID
			case meeting.OutcomeDropped:
				a.Status, a.ClosedAt, a.ClosedIn = Dropped, m.Day(), m.ID
			case meeting.OutcomeNewDate:
				a.Due, a.Redated = rv.Due, true
			}
		}
		for i, cd := range m.Setup.Carried.Decisions {
			j, ok := decisions[cd.Key()]
			if !ok {
				j = len(l.Decisions)
				decisions[cd.Key()] = j
				l.Decisions = append(l.Decisions, DecisionRecord{Origin: cd.Origin, Text: cd.Text, Reason: cd.Reason, Status: Open})
			}
			if r, ok := st.RatificationOf(i + 1); ok {
				d := &l.Decisions[j]
				d.Status, d.SettledAt, d.SettledIn = NotRatified, m.Day(), m.ID
				if r.Ratified {
					d.Status = Ratified
				}
			}
		}
		for _, a := range st.Actions {
			o := meeting.Origin{Meeting: m.ID, Date: m.Day(), Number: a.Number}
			if _, ok := actions[o.Key()]; ok {
				continue
			}
			actions[o.Key()] = len(l.Actions)
			l.Actions = append(l.Actions, ActionRecord{Origin: o, Owner: a.Owner, OwnerName: st.Name(a.Owner),
				Text: a.Text, FirstDue: a.Due, Due: a.Due, Status: Open})
		}
		for _, d := range st.Decisions {
			if !d.Provisional {
				continue
			}
			o := meeting.Origin{Meeting: m.ID, Date: m.Day(), Number: d.Number}
			if _, ok := decisions[o.Key()]; ok {
				continue
			}
			decisions[o.Key()] = len(l.Decisions)
			l.Decisions = append(l.Decisions, DecisionRecord{Origin: o, Text: d.Text, Reason: d.Reason, Status: Open})
		}
	}
	for i := range l.Actions {
		a := &l.Actions[i]
		if a.Status == Done && !a.Redated {
			a.OnTime = a.ClosedAt <= h.firstMeetingFrom(a.FirstDue)
		}
	}
	return l
}

// firstMeetingFrom is the date of the first meeting held on or after day
// (YYYY-MM-DD), or day itself if there is none.
func (h *History) firstMeetingFrom(day string) string {
	for _, m := range h.Meetings {
		if d := m.Day(); d >= day {
			return d
		}
	}
	return day
}

// Carried is what the next meeting's matters arising should review: every
// action not done or dropped (with its latest date) and every provisional
// decision not yet ratified or turned down, oldest first.
func (h *History) Carried() meeting.Carried {
	l := h.Ledger()
	var c meeting.Carried
	for _, a := range l.Actions {
		if a.Status == Open {
			c.Actions = append(c.Actions, meeting.CarriedAction{Origin: a.Origin, Owner: a.Owner, OwnerName: a.OwnerName,
				Due: a.Due, Text: a.Text, Redated: a.Redated})
		}
	}
	for _, d := range l.Decisions {
		if d.Status == Open {
			c.Decisions = append(c.Decisions, meeting.CarriedDecision{Origin: d.Origin, Text: d.Text, Reason: d.Reason})
		}
	}
	return c
}
