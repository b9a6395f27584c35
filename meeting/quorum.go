package meeting

import (
	"fmt"
	"strings"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/roster"
)

// Status is who is present and whether that makes the meeting quorate and
// balanced. It is computed after every arrival and departure and stored
// with every decision.
type Status struct {
	Present int `json:"present"` // lived-experience members and staff present
	Lived   int `json:"lived"`   // people using services and carers present
	Staff   int `json:"staff"`   // paid staff present
	Guests  int `json:"guests"`  // guests and observers present (not counted)
	// Visitors are people not in the roster present (not counted).
	Visitors int `json:"visitors,omitempty"`
	Remote   int `json:"remote"` // of Present, how many joined remotely

	// Counted and CountedLived are the numbers that count for quorum: the
	// same as Present and Lived unless remote attendees do not count.
	Counted      int `json:"counted"`
	CountedLived int `json:"counted_lived"`

	NeedPresent int `json:"need_present"`
	NeedLived   int `json:"need_lived"`

	Quorate   bool `json:"quorate"`
	Balanced  bool `json:"balanced"`
	Authority bool `json:"authority"` // a staff member with decision authority is present
}

// Status counts who is present now against the group's rules.
// In a view made for someone who may not see each person's kind (see
// SeenBy) it is the status of the meeting the view was made from.
func (s *State) Status() Status {
	if s.status != nil {
		return *s.status
	}
	return s.statusWithout(nil)
}

// statusWithout counts who is present, leaving out people not taking part
// (those who declared an interest in the item being decided).
func (s *State) statusWithout(out []string) Status {
	q := s.Setup.Group.Quorum
	st := Status{NeedPresent: q.MinPresent, NeedLived: q.MinLivedExperience}
	for _, a := range s.Present() {
		if contains(out, a.Person) {
			continue
		}
		p := s.Person(a.Person)
		if !p.Kind.Counted() {
			if p.Kind == roster.Visitor {
				st.Visitors++
			} else {
				st.Guests++
			}
			continue
		}
		st.Present++
		counts := !a.Remote || q.RemoteCounts
		if a.Remote {
			st.Remote++
		}
		if counts {
			st.Counted++
		}
		if p.Kind.LivedExperience() {
			st.Lived++
			if counts {
				st.CountedLived++
			}
		} else {
			st.Staff++
			if p.DecisionAuthority {
				st.Authority = true
			}
		}
	}
	st.Quorate = st.Counted >= st.NeedPresent && st.CountedLived >= st.NeedLived
	st.Balanced = st.Lived >= st.Staff
	return st
}

// String says the status in words and numbers, never by colour alone:
// "7 present: 4 lived experience, 3 staff; balanced; quorate (needs 6, and
// 2 lived experience)".
func (st Status) String() string {
	var b strings.Builder
	b.WriteString(st.Headcount())
	if others := st.NotCounted(); others != "" {
		fmt.Fprintf(&b, ", and %s not counted", others)
	}
	if st.Balanced {
		b.WriteString("; balanced")
	} else {
		fmt.Fprintf(&b, "; NOT balanced (%d staff to %d lived experience)", st.Staff, st.Lived)
	}
	if st.Quorate {
		fmt.Fprintf(&b, "; quorate (%s)", st.Needs())
	} else {
		fmt.Fprintf(&b, "; NOT quorate (%s)", st.Needs())
	}
	return b.String()
}

// Headcount says who is counted as present, by kind: "7 present: 4 lived
// experience, 3 staff (1 remote)".
func (st Status) Headcount() string {
	s := fmt.Sprintf("%d present: %d lived experience, %d staff", st.Present, st.Lived, st.Staff)
	if st.Remote > 0 {
		s += fmt.Sprintf(" (%d remote)", st.Remote)
	}
	return s
}

// Needs says what quorum asks for, and how many count when remote
// attendees do not: "needs 6, and 2 lived experience; 5 count, as remote
// attendees do not".
func (st Status) Needs() string {
	s := fmt.Sprintf("needs %d, and %d lived experience", st.NeedPresent, st.NeedLived)
	if st.Counted != st.Present {
		s += fmt.Sprintf("; %d count, as remote attendees do not", st.Counted)
	}
	return s
}

// NotCounted says who is present but not counted: "1 guest", "2 guests
// and 1 visitor", or "".
func (st Status) NotCounted() string {
	var others []string
	if st.Guests > 0 {
		others = append(others, prose.Count(st.Guests, "guest", "guests"))
	}
	if st.Visitors > 0 {
		others = append(others, prose.Count(st.Visitors, "visitor", "visitors"))
	}
	return prose.AndList(others)
}

// Shortfall says in words what is missing for the meeting to be quorate and
// balanced, or "" when nothing is.
func (st Status) Shortfall() string {
	var why []string
	if more := st.NeedPresent - st.Counted; more > 0 {
		why = append(why, prose.Count(more, "more person", "more people")+" needed for quorum")
	}
	if more := st.NeedLived - st.CountedLived; more > 0 {
		why = append(why, prose.Count(more, "more lived-experience member", "more lived-experience members")+" needed")
	}
	if !st.Balanced {
		why = append(why, fmt.Sprintf("not balanced: %d staff to %d lived experience", st.Staff, st.Lived))
	}
	return strings.Join(why, "; ")
}
