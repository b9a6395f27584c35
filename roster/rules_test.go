package roster

import (
	"strings"
	"testing"
)

// The rules of the meeting that live in the roster (../shared/DOMAIN.md,
// rule 6, role rotation, and the attendance flag of rule 13), one table
// test each with the cases on both sides of each boundary.

// Rule 6. Suggest the next chair and minute-taker fairly: trained people
// who held the role least recently first; never a newcomer for chair at
// their first meeting; opt-outs honoured; the minute-taker not staff
// twice running.
func TestRuleRotationSuggestsTheTrainedWhoHeldTheRoleLeastRecently(t *testing.T) {
	tests := []struct {
		name string
		past []PastMeeting
		role Role
		want string
		why  string
	}{
		{"held a month less recently: suggested", []PastMeeting{met(0, "sian", ""), met(1, "bethan", "")}, RoleChair, "sian", "held it longest ago"},
		{"the other way round", []PastMeeting{met(0, "bethan", ""), met(1, "sian", "")}, RoleChair, "bethan", "held it longest ago"},
		{"never held before held at all", []PastMeeting{met(0, "sian", "")}, RoleChair, "bethan", "has never chaired"},
		{"held at the same meeting: fewer times first", []PastMeeting{met(0, "bethan", ""), met(1, "sian,bethan", "")}, RoleChair, "sian", "held it fewer times"},
		{"trained and held it before untrained and never held", []PastMeeting{met(0, "sian", ""), met(1, "bethan", "")}, RoleChair, "sian", "trained for chair"},
		{"minutes: least recently", []PastMeeting{met(0, "bethan", "claire"), met(1, "bethan", "nia")}, RoleMinutes, "claire", "held it longest ago"},
		{"minutes: the other way round", []PastMeeting{met(0, "bethan", "nia"), met(1, "bethan", "claire")}, RoleMinutes, "nia", "held it longest ago"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			present := []string{"sian", "bethan", "dafydd", "mair"}
			if tt.role == RoleMinutes {
				present = []string{"bethan", "mair", "claire", "nia"} // no volunteer trained for the minutes
			}
			s := pick(Suggest(Request{People: rotaPeople, Past: tt.past, Rules: DefaultRules(), Present: present}), tt.role)
			if !s.OK || s.Person.ID != tt.want || !strings.Contains(s.Reason, tt.why) {
				t.Errorf("suggested %q (%s); want %s (%s)\nranked: %s", s.Person.ID, s.Reason, tt.want, tt.why, ranked(s))
			}
		})
	}
}

func TestRuleRotationNeverSuggestsANewcomerForChairAtTheirFirstMeeting(t *testing.T) {
	came := func(m PastMeeting, ids ...string) PastMeeting {
		m.Attended = append(append([]string(nil), m.Attended...), ids...)
		return m
	}
	tests := []struct {
		name     string
		past     []PastMeeting
		leftOut  bool // newbie is left out for chair
		suggests bool // newbie is suggested (never chaired, trained: first in line when allowed)
	}{
		{"not at any meeting yet: left out", []PastMeeting{met(0, "sian", ""), met(1, "bethan", "")}, true, false},
		{"at exactly one meeting: suggested", []PastMeeting{met(0, "sian", ""), came(met(1, "bethan", ""), "newbie")}, false, true},
		{"at the first of two: suggested", []PastMeeting{came(met(0, "sian", ""), "newbie"), met(1, "bethan", "")}, false, true},
		{"the group has never met: everyone is new, so nobody is left out for it", nil, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Suggest(Request{People: rotaPeople, Past: tt.past, Rules: DefaultRules(), Present: []string{"mair", "newbie", "sian", "bethan"}}).Chair
			out := false
			for _, c := range s.LeftOut {
				if c.Person.ID == "newbie" {
					out = strings.Contains(c.Why, "nobody chairs at their first meeting")
				}
			}
			if out != tt.leftOut {
				t.Errorf("newbie left out %v; want %v\nleft out: %+v", out, tt.leftOut, s.LeftOut)
			}
			if got := s.OK && s.Person.ID == "newbie"; got != tt.suggests {
				t.Errorf("suggested %q; newbie suggested %v, want %v\nranked: %s", s.Person.ID, got, tt.suggests, ranked(s))
			}
		})
	}
}

func TestRuleRotationHonoursOptOutsWhateverTheRules(t *testing.T) {
	for _, rules := range []Rules{DefaultRules(), rulesOff()} {
		for _, role := range []Role{RoleChair, RoleMinutes} {
			// a is trained for the role and would be first, but opted out;
			// c is there to be the chair when the role is the minutes.
			people := []Person{
				{ID: "c", Name: "C", Kind: PersonUsingServices, Trained: []Role{RoleChair}, OptOut: []Role{RoleMinutes}},
				{ID: "a", Name: "A", Kind: Carer, Trained: []Role{role}, OptOut: []Role{role}},
				{ID: "b", Name: "B", Kind: Carer},
			}
			if role == RoleChair {
				people = people[1:]
			}
			s := pick(Suggest(Request{People: people, Rules: rules}), role)
			if !s.OK || s.Person.ID == "a" {
				t.Errorf("%s, rules %+v: suggested %q (%s); not a, who opted out", role, rules, s.Person.ID, s.Reason)
			}
			why := ""
			for _, c := range s.LeftOut {
				if c.Person.ID == "a" {
					why = c.Why
				}
			}
			if why != "has asked not to be suggested for "+role.Label() {
				t.Errorf("%s, rules %+v: a left out because %q", role, rules, why)
			}
		}
	}
}

func TestRuleRotationMinuteTakerIsNotStaffTwiceRunning(t *testing.T) {
	tests := []struct {
		name      string
		past      []PastMeeting
		present   []string
		staffOut  bool
		suggested string
	}{
		{"staff took them at the last meeting: a trained volunteer now", []PastMeeting{met(0, "sian", "dafydd"), met(1, "sian", "claire")},
			[]string{"sian", "claire", "nia", "dafydd"}, true, "dafydd"},
		{"staff took them at the meeting before the last only: staff may", []PastMeeting{met(0, "sian", "claire"), met(1, "sian", "dafydd")},
			[]string{"sian", "claire", "nia", "dafydd"}, false, "nia"},
		{"staff last time, but no trained volunteer here: staff may", []PastMeeting{met(0, "sian", "dafydd"), met(1, "sian", "claire")},
			[]string{"sian", "claire", "nia", "mair"}, false, "nia"},
		{"a volunteer handed over to staff last time: counts as staff", []PastMeeting{met(0, "sian", "nia"), met(1, "sian", "dafydd,claire")},
			[]string{"sian", "claire", "nia", "dafydd"}, true, "dafydd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Suggest(Request{People: rotaPeople, Past: tt.past, Rules: DefaultRules(), Present: tt.present}).Minutes
			out := false
			for _, c := range s.LeftOut {
				if c.Person.Kind.IsStaff() && strings.Contains(c.Why, "staff took the minutes at the last meeting") {
					out = true
				}
			}
			if out != tt.staffOut || !s.OK || s.Person.ID != tt.suggested {
				t.Errorf("staff left out %v, suggested %q; want %v, %s\nranked: %s", out, s.Person.ID, tt.staffOut, tt.suggested, ranked(s))
			}
		})
	}
}

// Rule 13, attendance: members who missed flag_after meetings running
// without apologies are named to the chair; apologies, or coming, break
// the run.
func TestRuleAttendanceNamesMembersWhoMissedMeetingsRunningWithoutApologies(t *testing.T) {
	meetings := func(n int, absent func(i int) (missed, apologised bool)) []PastMeeting {
		var out []PastMeeting
		for i := range n {
			m := met(i, "sian", "dafydd")
			m.Attended = []string{"sian"}
			missed, apologised := absent(i)
			if !missed {
				m.Attended = append(m.Attended, "mair")
			}
			if apologised {
				m.Apologies = []string{"mair"}
			}
			out = append(out, m)
		}
		return out
	}
	people := []Person{rotaPeople[0], rotaPeople[3]} // sian, mair
	tests := []struct {
		name   string
		past   []PastMeeting
		after  int
		missed int // mair's count when named; 0: not named
	}{
		{"missed exactly flag_after: named", meetings(4, func(i int) (bool, bool) { return i >= 1, false }), 3, 3},
		{"missed one fewer: not named", meetings(4, func(i int) (bool, bool) { return i >= 2, false }), 3, 0},
		{"missed more: named with all of them", meetings(5, func(i int) (bool, bool) { return i >= 1, false }), 3, 4},
		{"apologies at the last meeting break the run", meetings(4, func(i int) (bool, bool) { return i >= 1, i == 3 }), 3, 0},
		{"apologies earlier: only the meetings since count", meetings(5, func(i int) (bool, bool) { return i >= 1, i == 1 }), 3, 3},
		{"flag_after 1: a single miss", meetings(2, func(i int) (bool, bool) { return i == 1, false }), 1, 1},
		{"flag_after 0: never named", meetings(4, func(i int) (bool, bool) { return true, false }), 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Absences(people, tt.past, tt.after)
			missed := 0
			for _, a := range got {
				if a.Person.ID == "sian" {
					t.Errorf("sian came to every meeting, but is named: %+v", a)
				}
				if a.Person.ID == "mair" {
					missed = a.Missed
				}
			}
			if missed != tt.missed {
				t.Errorf("mair named having missed %d; want %d", missed, tt.missed)
			}
		})
	}
}

func pick(s Suggestions, r Role) Suggestion {
	if r == RoleChair {
		return s.Chair
	}
	return s.Minutes
}
