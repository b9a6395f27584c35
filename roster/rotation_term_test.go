package roster

import (
	"strings"
	"testing"
	"time"
)

// electedAt is a fake past meeting n months after September 2026 that
// elected who to the role.
func electedAt(n int, role Role, who string) PastMeeting {
	m := met(n, "sian", "dafydd")
	m.Elections = []Election{{Role: role, Person: who, Votes: "5 votes to 3"}}
	return m
}

func TestElectedChairIsSuggestedWhileTheTermRuns(t *testing.T) {
	tests := []struct {
		name    string
		past    []PastMeeting
		term    int
		now     time.Time
		present []string
		role    Role
		want    string
		reason  string
		line    string // part of the term's line, "" for no term
	}{
		{"during the term, ahead of rotation", []PastMeeting{met(0, "bethan", "dafydd"), electedAt(1, RoleChair, "sian")}, 12, day(12),
			nil, RoleChair, "sian", "elected chair on 1 October 2026, until 1 October 2027",
			"Siân Davies was elected chair on 1 October 2026 (5 votes to 3), until 1 October 2027. An election is due then."},
		{"on the day the term ends: rotation again", []PastMeeting{electedAt(1, RoleChair, "sian")}, 12, day(13),
			nil, RoleChair, "bethan", "trained for chair",
			"the term ended on 1 October 2027, so an election is due now"},
		{"no term: until the next election", []PastMeeting{electedAt(1, RoleChair, "sian")}, 0, day(40),
			nil, RoleChair, "sian", "elected chair on 1 October 2026",
			"The group sets no term ([rotation] term), so they are suggested until the next election."},
		{"the latest election counts", []PastMeeting{electedAt(1, RoleChair, "sian"), electedAt(3, RoleChair, "mair")}, 12, day(4),
			nil, RoleChair, "mair", "elected chair on 1 December 2026", "Mair Jones was elected chair"},
		{"elected staff, though rotation suggests only volunteers", []PastMeeting{electedAt(1, RoleChair, "aled")}, 12, day(2),
			nil, RoleChair, "aled", "elected chair", "Aled Price was elected chair"},
		{"not here: rotation among those here", []PastMeeting{electedAt(1, RoleChair, "sian")}, 12, day(2),
			[]string{"bethan", "mair"}, RoleChair, "bethan", "trained for chair", "until 1 October 2027"},
		{"opted out since: their wish is honoured", []PastMeeting{electedAt(1, RoleChair, "rhys")}, 12, day(2),
			nil, RoleChair, "bethan", "trained for chair", "Rhys Evans was elected chair"},
		{"retired since", []PastMeeting{electedAt(1, RoleChair, "olwen")}, 12, day(2),
			nil, RoleChair, "bethan", "trained for chair", "Olwen Old was elected chair"},
		{"elected and first by rotation too: suggested as elected", []PastMeeting{electedAt(1, RoleChair, "bethan")}, 12, day(2),
			nil, RoleChair, "bethan", "elected chair on 1 October 2026", "Bethan Morgan was elected chair"},
		{"elected staff, the only one left out", []PastMeeting{electedAt(1, RoleChair, "aled")}, 12, day(2),
			[]string{"aled", "bethan"}, RoleChair, "aled", "elected chair", "Aled Price was elected chair"},
		{"an elected minute-taker", []PastMeeting{electedAt(1, RoleMinutes, "mair")}, 12, day(2),
			nil, RoleMinutes, "mair", "elected minute-taker", "Mair Jones was elected minute-taker"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Suggest(Request{People: rotaPeople, Past: tt.past, Rules: DefaultRules(), Present: tt.present, TermMonths: tt.term, Now: tt.now})
			sg := s.Chair
			if tt.role == RoleMinutes {
				sg = s.Minutes
			}
			if !sg.OK || sg.Person.ID != tt.want || !strings.Contains(sg.Reason, tt.reason) {
				t.Errorf("suggested %s (%s); want %s (%s)", sg.Person.ID, sg.Reason, tt.want, tt.reason)
			}
			if sg.Term == nil {
				t.Fatal("no term")
			}
			if line := sg.Term.Line(tt.now); !strings.Contains(line, tt.line) {
				t.Errorf("term line %q lacks %q", line, tt.line)
			}
			if len(sg.Ranked) == 0 || sg.Ranked[0].Person.ID != tt.want {
				t.Errorf("ranked first: %+v", sg.Ranked)
			}
		})
	}
}

// The elected chair is not suggested for the minutes as well.
func TestElectedChairIsNotSuggestedForMinutes(t *testing.T) {
	s := Suggest(Request{People: rotaPeople, Past: []PastMeeting{electedAt(1, RoleChair, "dafydd")}, Rules: DefaultRules(), TermMonths: 12, Now: day(2)})
	if s.Chair.Person.ID != "dafydd" || s.Minutes.Person.ID == "dafydd" {
		t.Errorf("chair %s, minutes %s", s.Chair.Person.ID, s.Minutes.Person.ID)
	}
}

func TestNoElectionLine(t *testing.T) {
	if got := NoElectionLine(RoleChair, 0); got != "" {
		t.Errorf("no term: %q", got)
	}
	if got := NoElectionLine(RoleChair, 12); got != "Nobody has been elected chair in a meeting yet, and the group's term is a year: an election is due." {
		t.Errorf("%q", got)
	}
	for months, want := range map[int]string{1: "a month", 2: "2 months", 12: "a year", 18: "18 months", 24: "2 years", 36: "3 years"} {
		if got := NoElectionLine(RoleMinutes, months); !strings.Contains(got, "the group's term is "+want+":") {
			t.Errorf("term of %d months: %q; want %q", months, got, want)
		}
	}
}
