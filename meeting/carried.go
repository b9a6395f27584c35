package meeting

import (
	"fmt"
	"strings"
	"time"

	"github.com/gyda/gyda/internal/prose"
)

// Matters arising: what earlier meetings left open comes to this one to be
// reviewed. Actions ("we said, we did it together") are marked done,
// dropped, or given a new date; provisional decisions, taken while an
// earlier meeting was not quorate or not balanced, are ratified or not.
// What is carried is fixed in the Setup when the meeting starts (gyda
// reads it from the group's past meetings), so the minutes stay a pure
// function of this meeting's journal.

// Carried is what earlier meetings left open.
type Carried struct {
	Actions   []CarriedAction   `json:"actions,omitempty"`
	Decisions []CarriedDecision `json:"decisions,omitempty"`
}

// IsZero reports whether nothing is carried.
func (c Carried) IsZero() bool { return len(c.Actions) == 0 && len(c.Decisions) == 0 }

// Origin names where a carried item was first recorded: the meeting (its
// folder's name, unique in the group), that meeting's date, and the item's
// number there.
type Origin struct {
	Meeting string `json:"meeting"`
	Date    string `json:"date"` // YYYY-MM-DD
	Number  int    `json:"n"`
}

// Key identifies the item across meetings.
func (o Origin) Key() string { return fmt.Sprintf("%s#%d", o.Meeting, o.Number) }

// CarriedAction is an open action from an earlier meeting.
type CarriedAction struct {
	Origin
	Owner     string `json:"owner"`      // roster id
	OwnerName string `json:"owner_name"` // as the roster had it, in case they have left
	Due       string `json:"due"`        // YYYY-MM-DD; a later date if it was given a new one
	Text      string `json:"text"`
	// Redated says the action has been given a new date before.
	Redated bool `json:"redated,omitempty"`
}

// CarriedDecision is a provisional decision from an earlier meeting that
// has not been ratified yet.
type CarriedDecision struct {
	Origin
	Text   string `json:"text"`
	Reason string `json:"reason,omitempty"` // why it was provisional
}

// Outcome is what a meeting did with a carried item.
type Outcome string

// The outcomes of matters arising.
const (
	OutcomeDone        Outcome = "done"
	OutcomeDropped     Outcome = "dropped"
	OutcomeNewDate     Outcome = "new-date"
	OutcomeRatified    Outcome = "ratified"
	OutcomeNotRatified Outcome = "not-ratified"
)

// ActionReview is a carried action reviewed in this meeting.
type ActionReview struct {
	Number  int // in Setup.Carried.Actions, 1-based
	Outcome Outcome
	Due     string // the new date, with OutcomeNewDate
	Note    string
	At      time.Time
	By      string
}

// Ratification is a carried provisional decision considered in this
// meeting, with who was there.
type Ratification struct {
	Number   int // in Setup.Carried.Decisions, 1-based
	Ratified bool
	Note     string
	Quorum   Status
	At       time.Time
	By       string
}

// ActionReviewOf returns the latest review of carried action n (1-based).
func (s *State) ActionReviewOf(n int) (ActionReview, bool) {
	for i := len(s.Reviews) - 1; i >= 0; i-- {
		if s.Reviews[i].Number == n {
			return s.Reviews[i], true
		}
	}
	return ActionReview{}, false
}

// RatificationOf returns the latest ratification of carried decision n
// (1-based).
func (s *State) RatificationOf(n int) (Ratification, bool) {
	for i := len(s.Ratifications) - 1; i >= 0; i-- {
		if s.Ratifications[i].Number == n {
			return s.Ratifications[i], true
		}
	}
	return Ratification{}, false
}

func (d *decider) review() ([]Event, error) {
	carried := d.s.Setup.Carried.Actions
	n := d.c.Number
	if len(carried) == 0 {
		return nil, cannot(d.c.Verb, "no actions are carried from earlier meetings")
	}
	if n < 1 || n > len(carried) {
		return nil, cannot(d.c.Verb, "there is no carried action %d; they are numbered 1 to %d (type arising to list them)", n, len(carried))
	}
	e := d.event(EvReviewed)
	e.Number, e.Outcome, e.Text = n, d.c.Outcome, d.c.Text
	if d.c.Outcome == OutcomeNewDate {
		due, err := d.due()
		if err != nil {
			return nil, err
		}
		e.Due = due.Format("2006-01-02")
	}
	if r, ok := d.s.ActionReviewOf(n); ok && r.Outcome == e.Outcome && r.Due == e.Due {
		return nil, cannot(d.c.Verb, "carried action %d is already %s", n, outcomeWords(r.Outcome, r.Due))
	}
	return []Event{e}, nil
}

func (d *decider) ratify() ([]Event, error) {
	carried := d.s.Setup.Carried.Decisions
	n := d.c.Number
	if len(carried) == 0 {
		return nil, cannot(d.c.Verb, "no provisional decisions are carried from earlier meetings")
	}
	if n < 1 || n > len(carried) {
		return nil, cannot(d.c.Verb, "there is no carried decision %d; they are numbered 1 to %d (type arising to list them)", n, len(carried))
	}
	st := d.s.Status()
	if !st.Quorate || !st.Balanced {
		return nil, cannot(d.c.Verb, "a provisional decision can be ratified or turned down only while the meeting is quorate and balanced (now: %s); it stays carried to the next meeting", st.Shortfall())
	}
	if r, ok := d.s.RatificationOf(n); ok && (r.Ratified == (d.c.Outcome == OutcomeRatified)) {
		return nil, cannot(d.c.Verb, "carried decision %d is already %s", n, outcomeWords(d.c.Outcome, ""))
	}
	e := d.event(EvRatified)
	e.Number, e.Outcome, e.Text, e.Quorum = n, d.c.Outcome, d.c.Text, &st
	return []Event{e}, nil
}

// meetingDay is the day of the meeting, at midnight UTC, for comparing
// with due dates.
func (s *State) meetingDay() time.Time {
	day := s.Opened.In(s.Location())
	return time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
}

// outcomeWords says an outcome after "is": "done", "given a new date,
// 31 January 2027", "ratified".
func outcomeWords(o Outcome, due string) string {
	switch o {
	case OutcomeNewDate:
		return "given a new date, " + dateWords(due)
	case OutcomeNotRatified:
		return "not ratified"
	}
	return string(o)
}

// dateWords shows a YYYY-MM-DD date as "31 January 2027".
func dateWords(date string) string {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return date
	}
	return t.Format("2 January 2006")
}

// ArisingLines lists the matters arising and where each stands, with the
// commands that settle them.
func (s *State) ArisingLines() []string {
	c := s.Setup.Carried
	if c.IsZero() {
		return []string{"Nothing is carried from earlier meetings."}
	}
	var out []string
	if len(c.Actions) > 0 {
		out = append(out, "Actions from earlier meetings:")
		for i, a := range c.Actions {
			status := "not reviewed yet"
			if r, ok := s.ActionReviewOf(i + 1); ok {
				status = outcomeWords(r.Outcome, r.Due)
			}
			out = append(out, fmt.Sprintf("  %d. %s, by %s: %s (action %d of %s). Now: %s.",
				i+1, s.carriedOwner(a), dateWords(a.Due), a.Text, a.Number, dateWords(a.Date), status))
		}
		out = append(out, "Review each with: review N done, review N dropped, or review N by YYYY-MM-DD (a new date).")
	}
	if len(c.Decisions) > 0 {
		out = append(out, "Provisional decisions to ratify:")
		for i, d := range c.Decisions {
			status := "not considered yet"
			if r, ok := s.RatificationOf(i + 1); ok {
				status = outcomeWords(ratifiedOutcome(r.Ratified), "")
			}
			line := fmt.Sprintf("  %d. %s (decision %d of %s", i+1, d.Text, d.Number, dateWords(d.Date))
			if d.Reason != "" {
				line += "; provisional because " + d.Reason
			}
			out = append(out, line+"). Now: "+status+".")
		}
		out = append(out, "Settle each, while quorate and balanced, with: ratify N, or ratify N no.")
	}
	return out
}

func ratifiedOutcome(ok bool) Outcome {
	if ok {
		return OutcomeRatified
	}
	return OutcomeNotRatified
}

// carriedOwner is the owner's name now, or as it was recorded.
func (s *State) carriedOwner(a CarriedAction) string {
	if p, ok := s.Roster.Get(a.Owner); ok {
		return p.Name
	}
	if a.OwnerName != "" {
		return a.OwnerName
	}
	return a.Owner
}

// arisingSummary is the line the opening shows when anything is carried.
func (s *State) arisingSummary() []string {
	c := s.Setup.Carried
	if c.IsZero() {
		return nil
	}
	var parts []string
	if n := len(c.Actions); n > 0 {
		parts = append(parts, prose.Count(n, "action", "actions")+" to review")
	}
	if n := len(c.Decisions); n > 0 {
		parts = append(parts, prose.Count(n, "provisional decision", "provisional decisions")+" to ratify or not")
	}
	return []string{"Matters arising from earlier meetings: " + strings.Join(parts, ", and ") + ". Type arising to list them."}
}

func (s *State) describeReview(e Event) string {
	a := s.Setup.Carried.Actions[e.Number-1]
	line := fmt.Sprintf("Carried action %d (%s: %s) is %s.", e.Number, s.carriedOwner(a), a.Text, outcomeWords(e.Outcome, e.Due))
	if e.Text != "" {
		line += " Note: " + e.Text
	}
	return line
}

func (s *State) describeRatification(e Event) []string {
	d := s.Setup.Carried.Decisions[e.Number-1]
	line := fmt.Sprintf("Provisional decision %d of %s is %s: %s", d.Number, dateWords(d.Date), outcomeWords(e.Outcome, ""), d.Text)
	if e.Text != "" {
		line += " Note: " + e.Text
	}
	out := []string{line}
	if e.Quorum != nil {
		out = append(out, "At the ratification: "+e.Quorum.String()+".")
	}
	return out
}
