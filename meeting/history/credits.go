package history

import (
	"time"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/roster"
)

// Credit is one person's recognition for one meeting: the time they gave
// (volunteers earn time credits for it) and the expenses they claimed.
type Credit struct {
	Meeting string // the meeting's ID
	Date    string // YYYY-MM-DD
	Title   string
	Person  string // roster id
	Name    string
	Kind    roster.Kind // at the meeting
	// Hours is the time present, from each arrival to each departure (or
	// the end of the meeting), breaks included.
	Hours float64
	// Credits is the time credits earned (meeting.TimeCredits at the
	// meeting's credits_per_hour). Only volunteers (people who use
	// services and carers) earn them.
	Credits int
	Miles   float64 // mileage claimed
	Mileage int     // pence paid for it
	Other   int     // pence of other actual costs
	// Claims says each expense in words: "12 miles at 45p a mile, £5.40";
	// "£4.50 bus fare".
	Claims []string
}

// Expenses is the pence to pay for the meeting's expenses.
func (c Credit) Expenses() int { return c.Mileage + c.Other }

// Credits lists, meeting by meeting (oldest first) and then in order of
// arrival, every volunteer who came and everyone else who claimed
// expenses. Staff are never listed: they are paid, and claim expenses from
// their employer. rate is the credits per hour to use for a journal that
// does not record its own (from before [recognition] existed).
func (h *History) Credits(rate float64) []Credit {
	var out []Credit
	for _, m := range h.Meetings {
		out = append(out, m.Credits(rate)...)
	}
	return out
}

// Credits lists the meeting's recognition; see History.Credits.
func (m *Meeting) Credits(fallbackRate float64) []Credit {
	st := m.State
	rate := m.Setup.Group.Recognition.CreditsPerHour
	if rate <= 0 {
		rate = fallbackRate
	}
	end := st.Ended
	if end.IsZero() {
		end = st.Last
	}
	index := map[string]int{}
	var out []Credit
	row := func(id string) *Credit {
		i, ok := index[id]
		if !ok {
			p := st.Person(id)
			i = len(out)
			index[id] = i
			out = append(out, Credit{Meeting: m.ID, Date: m.Day(), Title: m.Title(), Person: id, Name: p.Name, Kind: p.Kind})
		}
		return &out[i]
	}
	present := map[string]time.Duration{}
	for _, a := range st.Attendance {
		if st.Person(a.Person).Kind.IsStaff() {
			continue
		}
		to := a.To
		if to.IsZero() {
			to = end
		}
		if to.After(a.From) {
			present[a.Person] += to.Sub(a.From)
		}
		row(a.Person)
	}
	for _, e := range st.Expenses {
		if st.Person(e.Person).Kind.IsStaff() {
			continue
		}
		c := row(e.Person)
		if e.Miles > 0 {
			c.Miles += e.Miles
			c.Mileage += e.Pence
			claim := prose.Miles(e.Miles) + " at " + meeting.PerMile(e.Rate) + ", " + meeting.Money(e.Pence)
			if e.Text != "" {
				claim += " (" + e.Text + ")"
			}
			c.Claims = append(c.Claims, claim)
		} else {
			c.Other += e.Pence
			c.Claims = append(c.Claims, meeting.Money(e.Pence)+" "+e.Text)
		}
	}
	kept := out[:0]
	for _, c := range out {
		c.Hours = present[c.Person].Hours()
		if c.Kind.LivedExperience() {
			c.Credits = meeting.TimeCredits(c.Hours, rate)
		}
		if c.Kind.LivedExperience() || c.Expenses() > 0 {
			kept = append(kept, c)
		}
	}
	return kept
}
