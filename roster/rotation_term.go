package roster

import (
	"fmt"
	"slices"
	"time"
)

// Elected chairs: the framework's chair "will be a Representative elected
// to undertake this role for an agreed period of time". A group that
// elects its chair or minute-taker in a meeting (a secret ballot) sets
// the period as [rotation] term. While the term runs, Suggest suggests the
// person elected, ahead of every rotation rule (the group chose them);
// when it has ended, rotation suggests as usual and Term says an election
// is due. With no term set, the person elected is suggested until the
// next election. Someone elected who is not here (when only people here
// are suggested), who has retired, or who has opted out of the role since
// (a person's own wish is always honoured), is not suggested, and
// rotation suggests someone else.

// Election is someone elected to a role at a past meeting.
type Election struct {
	Role   Role
	Person string // roster id
	// Votes is the result in words, "5 votes to 3".
	Votes string
	// Provisional says the meeting was not quorate or not balanced when
	// it elected them, so a later meeting should ratify it.
	Provisional bool
}

// Term is the latest election to a role, and how long it runs.
type Term struct {
	Role        Role
	Person      Person
	Elected     time.Time // the day of the meeting
	Until       time.Time // zero when the group sets no term
	Votes       string
	Provisional bool
}

// Runs reports whether the term runs at now: always, when the group sets
// no term.
func (t Term) Runs(now time.Time) bool { return t.Until.IsZero() || now.Before(t.Until) }

// Line says the term for the rota: who was elected, when, until when,
// and when an election is due.
func (t Term) Line(now time.Time) string {
	s := fmt.Sprintf("%s was elected %s on %s", t.Person.Name, t.Role.Label(), LongDate(t.Elected))
	if t.Votes != "" {
		s += " (" + t.Votes + ")"
	}
	switch {
	case t.Until.IsZero():
		s += ". The group sets no term ([rotation] term), so they are suggested until the next election."
	case t.Runs(now):
		s += ", until " + LongDate(t.Until) + ". An election is due then."
	default:
		s += "; the term ended on " + LongDate(t.Until) + ", so an election is due now."
	}
	if t.Provisional {
		s += " The election was provisional (the meeting was not quorate or not balanced), so a later meeting should ratify it."
	}
	return s
}

// NoElectionLine says, when the group sets a term but has elected nobody
// to the role, that an election is due; "" otherwise.
func NoElectionLine(r Role, termMonths int) string {
	if termMonths <= 0 {
		return ""
	}
	return fmt.Sprintf("Nobody has been elected %s in a meeting yet, and the group's term is %s: an election is due.", r.Label(), monthsText(termMonths))
}

func monthsText(n int) string {
	switch {
	case n%12 == 0 && n > 12:
		return fmt.Sprintf("%d years", n/12)
	case n == 12:
		return "a year"
	case n == 1:
		return "a month"
	}
	return fmt.Sprintf("%d months", n)
}

// term is the latest election to role r, or nil.
func (h history) term(r Role) *Term {
	for i := len(h.past) - 1; i >= 0; i-- {
		m := h.past[i]
		for j := len(m.Elections) - 1; j >= 0; j-- {
			e := m.Elections[j]
			if e.Role != r {
				continue
			}
			t := &Term{Role: r, Person: Person{ID: e.Person, Name: e.Person}, Elected: m.Date, Votes: e.Votes, Provisional: e.Provisional}
			if i := slices.IndexFunc(h.req.People, func(p Person) bool { return p.ID == e.Person }); i >= 0 {
				t.Person = h.req.People[i]
			}
			if h.req.TermMonths > 0 {
				t.Until = m.Date.AddDate(0, h.req.TermMonths, 0)
			}
			return t
		}
	}
	return nil
}

// elected puts the person elected to the role first while their term
// runs and they can be suggested; it reports whether it did.
func (h history) elected(s *Suggestion, pool []Candidate, exclude string) bool {
	t := s.Term
	if t == nil || !t.Runs(h.req.Now) || t.Person.ID == exclude {
		return false
	}
	i := slices.IndexFunc(pool, func(c Candidate) bool { return c.Person.ID == t.Person.ID })
	var c Candidate
	switch {
	case i >= 0:
		c = pool[i]
		pool = slices.Delete(slices.Clone(pool), i, i+1)
	default:
		// Left out by a rule (or their own wish): the group elected them.
		j := slices.IndexFunc(s.LeftOut, func(c Candidate) bool { return c.Person.ID == t.Person.ID })
		if j < 0 || s.LeftOut[j].Person.OptedOut(t.Role) {
			return false // not on the roster, retired, not here, or opted out since
		}
		c = s.LeftOut[j]
		s.LeftOut = slices.Delete(s.LeftOut, j, j+1)
	}
	c.Why = "elected " + t.Role.Label()
	s.Ranked = append([]Candidate{c}, pool...)
	s.Person, s.OK = c.Person, true
	s.Reason = fmt.Sprintf("elected %s on %s", t.Role.Label(), LongDate(t.Elected))
	if !t.Until.IsZero() {
		s.Reason += ", until " + LongDate(t.Until)
	}
	return true
}
