package roster

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

// Absence is a member who has missed meetings running without sending
// apologies. It is said to the chair kindly: the point is to ask whether
// they need support to take part, not to chase them.
type Absence struct {
	Person Person
	// Missed is how many of the group's most recent meetings they missed
	// in a row, without apologies; Since is the date of the first of them.
	Missed int
	Since  time.Time
	// LastHere is the last meeting they came to; zero if they have not
	// come to one yet.
	LastHere time.Time
}

// Line says the absence kindly, in one or two sentences.
func (a Absence) Line() string {
	s := fmt.Sprintf("%s has missed the last %d meetings without sending apologies (since %s)", a.Person.Name, a.Missed, LongDate(a.Since))
	if a.LastHere.IsZero() {
		s += " and has not been to a meeting yet"
	}
	return s + ". You might ask whether they need any support to take part: transport, joining remotely, papers in another format, or another time of day."
}

// Absences lists the active members who missed at least after of the
// group's most recent meetings in a row without apologies, most missed
// first (then in roster order). A meeting counts only if they were a
// member then (it is in its Members). after below 1 turns the check off.
func Absences(people []Person, past []PastMeeting, after int) []Absence {
	if after < 1 {
		return nil
	}
	past = slices.Clone(past)
	slices.SortStableFunc(past, func(a, b PastMeeting) int { return b.Date.Compare(a.Date) }) // newest first
	var out []Absence
	for _, p := range people {
		if p.Retired || !p.Kind.Counted() {
			continue
		}
		a := Absence{Person: p}
		for _, m := range past {
			if !slices.Contains(m.Members, p.ID) {
				break
			}
			if slices.Contains(m.Attended, p.ID) || slices.Contains(m.Apologies, p.ID) {
				break
			}
			a.Missed++
			a.Since = m.Date
		}
		for _, m := range past {
			if slices.Contains(m.Attended, p.ID) {
				a.LastHere = m.Date
				break
			}
		}
		if a.Missed >= after {
			out = append(out, a)
		}
	}
	slices.SortStableFunc(out, func(x, y Absence) int { return cmp.Compare(y.Missed, x.Missed) })
	return out
}
