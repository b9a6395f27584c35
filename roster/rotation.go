package roster

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Rotation: who is suggested to chair and to take the minutes next.
//
// The framework asks "Are roles of the group rotated e.g. Chair, minute
// taker? Is training offered to support individuals to take on these
// roles?" Suggest answers with a person for each role and the reason in
// words, from the group's past meetings (PastMeeting) and its rules
// (Rules). The order is:
//
//  1. Only members are suggested: not guests, not people who have retired,
//     and never anyone who opted out of the role (roster.toml opt_out).
//  2. With ChairMustBeLivedExperience, only people who use services and
//     carers are suggested for chair.
//  3. With NoChairAtFirstMeeting, nobody is suggested for chair who has
//     not been at one of the group's meetings yet (unless the group has
//     never met, when everyone is new and the rule cannot tell newcomers).
//  4. With MinutesNotStaffTwiceRunning, when staff took the minutes at the
//     last meeting and a volunteer trained for minutes can be suggested,
//     staff are not suggested for minutes.
//  5. While the term of someone elected to the role runs, they are
//     suggested first (see rotation_term.go).
//  6. The rest are ranked: with TrainedFirst, people trained for the role
//     before those who are not; then whoever held the role least recently,
//     never-held first; then whoever held it fewer times; then roster
//     order. Hand-overs count: everyone who held a role at a meeting held
//     it there.
//
// The chair is suggested first and is not suggested for minutes as well.

// Rules are the group's rotation rules ([rotation] in group.toml).
type Rules struct {
	TrainedFirst                bool
	ChairMustBeLivedExperience  bool
	NoChairAtFirstMeeting       bool
	MinutesNotStaffTwiceRunning bool
}

// DefaultRules has every rule on, as a group has them unless group.toml
// turns one off.
func DefaultRules() Rules {
	return Rules{TrainedFirst: true, ChairMustBeLivedExperience: true, NoChairAtFirstMeeting: true, MinutesNotStaffTwiceRunning: true}
}

// PastMeeting is one of the group's past meetings as rotation and
// attendance see it.
type PastMeeting struct {
	// Date is when the meeting opened, in the group's time zone.
	Date time.Time
	// Members are the roster ids of the group's members at the time (the
	// people who could have come); Attended and Apologies are subsets.
	Members   []string
	Attended  []string
	Apologies []string
	// Chairs and MinuteTakers are everyone who held the role, in order: a
	// hand-over mid-meeting gives two.
	Chairs       []string
	MinuteTakers []string
	// Kinds is each person's kind at the time (staff taking the minutes is
	// judged by what they were then).
	Kinds map[string]Kind
	// Elections are the people elected to a role at the meeting.
	Elections []Election
}

// Holders returns who held role r at the meeting.
func (m PastMeeting) Holders(r Role) []string {
	if r == RoleChair {
		return m.Chairs
	}
	return m.MinuteTakers
}

// Request is what Suggest works from.
type Request struct {
	People []Person      // the roster now
	Past   []PastMeeting // the group's past meetings, in any order
	Rules  Rules
	// Present, when not nil, limits the suggestions to these people (who
	// are here); nil means anyone on the roster.
	Present []string
	// TermMonths is how long someone elected to a role holds it
	// ([rotation] term), 0 for no set term; Now is when the suggestion is
	// for (see rotation_term.go).
	TermMonths int
	Now        time.Time
}

// Suggestions are the suggested chair and minute-taker.
type Suggestions struct {
	Chair, Minutes Suggestion
}

// Suggestion is who is suggested for one role and why, with everyone else
// considered, in order, and who was left out and why.
type Suggestion struct {
	Role Role
	// Person is the suggestion; OK is false when there is nobody to
	// suggest, and Reason then says why.
	Person Person
	OK     bool
	Reason string
	// Ranked is everyone who could be suggested, best first (Person is
	// the first).
	Ranked []Candidate
	// LeftOut is everyone not suggested because of a rule, with why.
	LeftOut []Candidate
	// Term is the latest election to the role, if there was one.
	Term *Term
}

// Candidate is a person as rotation sees them for one role.
type Candidate struct {
	Person  Person
	Trained bool
	// LastHeld is the date of the last meeting where they held the role;
	// zero if never. Times is at how many meetings they held it.
	LastHeld time.Time
	Times    int
	// Why says why they were left out (for LeftOut), or where they stand
	// (for Ranked).
	Why string
}

// Line says the suggestion in one line for a screen or plain mode:
// "Chair: Bethan Morgan (trained for chair; has never chaired)".
func (s Suggestion) Line() string {
	label := strings.ToUpper(s.Role.Label()[:1]) + s.Role.Label()[1:]
	if !s.OK {
		return label + ": nobody to suggest (" + s.Reason + ")."
	}
	return label + ": " + s.Person.Name + " (" + s.Reason + ")."
}

// Suggest suggests the next chair and minute-taker.
func Suggest(req Request) Suggestions {
	past := slices.Clone(req.Past)
	slices.SortStableFunc(past, func(a, b PastMeeting) int { return a.Date.Compare(b.Date) })
	h := history{past: past, req: req}
	chair := h.suggest(RoleChair, "")
	minutes := h.suggest(RoleMinutes, chairID(chair))
	return Suggestions{Chair: chair, Minutes: minutes}
}

func chairID(s Suggestion) string {
	if s.OK {
		return s.Person.ID
	}
	return ""
}

type history struct {
	past []PastMeeting // oldest first
	req  Request
}

// candidate describes p for role r from the history.
func (h history) candidate(p Person, r Role) Candidate {
	c := Candidate{Person: p, Trained: p.TrainedFor(r)}
	for _, m := range h.past {
		if slices.Contains(m.Holders(r), p.ID) {
			c.Times++
			c.LastHeld = m.Date
		}
	}
	return c
}

func (h history) attended(id string) bool {
	for _, m := range h.past {
		if slices.Contains(m.Attended, id) {
			return true
		}
	}
	return false
}

// lastStaffMinutes returns the staff who took the minutes at the last
// meeting, if any did.
func (h history) lastStaffMinutes() []string {
	if len(h.past) == 0 {
		return nil
	}
	last := h.past[len(h.past)-1]
	var staff []string
	for _, id := range last.MinuteTakers {
		if last.Kinds[id].IsStaff() {
			staff = append(staff, id)
		}
	}
	return staff
}

func (h history) suggest(r Role, exclude string) Suggestion {
	s := Suggestion{Role: r}
	rules := h.req.Rules
	var pool []Candidate
	for _, p := range h.req.People {
		switch {
		case p.Retired || !p.Kind.Counted():
			continue
		case h.req.Present != nil && !slices.Contains(h.req.Present, p.ID):
			continue
		}
		c := h.candidate(p, r)
		switch {
		case p.ID == exclude:
			c.Why = "suggested for chair"
		case p.OptedOut(r):
			c.Why = "has asked not to be suggested for " + r.Label()
		case r == RoleChair && rules.ChairMustBeLivedExperience && !p.Kind.LivedExperience():
			c.Why = "staff: the group's chair is a volunteer (chair_must_be_lived_experience)"
		case r == RoleChair && rules.NoChairAtFirstMeeting && len(h.past) > 0 && !h.attended(p.ID):
			c.Why = "not at a meeting yet: nobody chairs at their first meeting"
		}
		if c.Why != "" {
			s.LeftOut = append(s.LeftOut, c)
			continue
		}
		pool = append(pool, c)
	}
	if r == RoleMinutes && rules.MinutesNotStaffTwiceRunning {
		pool, s.LeftOut = h.notStaffTwice(pool, s.LeftOut)
	}
	slices.SortStableFunc(pool, func(a, b Candidate) int {
		if rules.TrainedFirst && a.Trained != b.Trained {
			if a.Trained {
				return -1
			}
			return 1
		}
		if c := a.LastHeld.Compare(b.LastHeld); c != 0 {
			return c // zero (never) sorts first
		}
		return cmp.Compare(a.Times, b.Times)
	})
	for i := range pool {
		pool[i].Why = standing(pool[i], r)
	}
	s.Ranked = pool
	s.Term = h.term(r)
	if h.elected(&s, pool, exclude) {
		return s
	}
	if len(pool) == 0 {
		s.Reason = nobodyReason(r, s.LeftOut, h.req.Present != nil)
		return s
	}
	s.Person, s.OK = pool[0].Person, true
	s.Reason = h.reason(pool, r)
	return s
}

// notStaffTwice leaves staff out of the minutes when staff took them last
// time and a trained volunteer can take them.
func (h history) notStaffTwice(pool, leftOut []Candidate) ([]Candidate, []Candidate) {
	staff := h.lastStaffMinutes()
	if len(staff) == 0 {
		return pool, leftOut
	}
	volunteer := slices.ContainsFunc(pool, func(c Candidate) bool { return c.Trained && c.Person.Kind.LivedExperience() })
	if !volunteer {
		return pool, leftOut
	}
	var kept []Candidate
	for _, c := range pool {
		if c.Person.Kind.IsStaff() {
			c.Why = "staff took the minutes at the last meeting, and a trained volunteer can take them this time"
			leftOut = append(leftOut, c)
			continue
		}
		kept = append(kept, c)
	}
	return kept, leftOut
}

// standing says where a ranked candidate stands.
func standing(c Candidate, r Role) string {
	var parts []string
	if c.Trained {
		parts = append(parts, "trained for "+r.Label())
	} else {
		parts = append(parts, "not trained for "+r.Label()+" yet")
	}
	parts = append(parts, heldText(c, r))
	return strings.Join(parts, "; ")
}

func heldText(c Candidate, r Role) string {
	never, last := "has never chaired", "last chaired"
	if r == RoleMinutes {
		never, last = "has never taken the minutes", "last took the minutes"
	}
	if c.Times == 0 {
		return never
	}
	return fmt.Sprintf("%s on %s (%s)", last, LongDate(c.LastHeld), timesText(c.Times))
}

func timesText(n int) string {
	if n == 1 {
		return "once"
	}
	if n == 2 {
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}

// reason explains why the first of pool is suggested.
func (h history) reason(pool []Candidate, r Role) string {
	first := pool[0]
	why := standing(first, r)
	switch {
	case len(pool) == 1:
		why += "; the only one who can be suggested"
	case h.req.Rules.TrainedFirst && first.Trained && !pool[1].Trained:
		why += "; the only one trained who can be suggested"
	case first.Times > 0 && pool[1].Times > 0 && (!h.req.Rules.TrainedFirst || pool[1].Trained == first.Trained):
		if first.LastHeld.Equal(pool[1].LastHeld) {
			why += "; held it fewer times"
		} else {
			why += "; held it longest ago"
		}
	}
	if !first.Trained && h.req.Rules.TrainedFirst {
		why += "; nobody trained can be suggested, so offer training"
	}
	if r == RoleMinutes && h.req.Rules.MinutesNotStaffTwiceRunning && len(h.lastStaffMinutes()) > 0 && first.Person.Kind.LivedExperience() {
		why += "; staff took the minutes last time"
	}
	return why
}

func nobodyReason(r Role, leftOut []Candidate, presentOnly bool) string {
	if len(leftOut) == 0 {
		if presentOnly {
			return "no member here can take the " + r.Label() + "'s role"
		}
		return "the roster has no members who could"
	}
	var parts []string
	for _, c := range leftOut {
		parts = append(parts, c.Person.Name+": "+c.Why)
	}
	return "everyone is left out by a rule or their own wish: " + strings.Join(parts, "; ")
}

// LongDate shows a date as people write it: "3 December 2026".
func LongDate(t time.Time) string { return t.Format("2 January 2006") }
