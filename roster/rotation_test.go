package roster

import (
	"strings"
	"testing"
	"time"
)

// The fake group the rotation tests use.
var rotaPeople = []Person{
	{ID: "sian", Name: "Siân Davies", Kind: PersonUsingServices, Trained: []Role{RoleChair, RoleMinutes}},
	{ID: "bethan", Name: "Bethan Morgan", Kind: PersonUsingServices, Trained: []Role{RoleChair}},
	{ID: "dafydd", Name: "Dafydd ap Gwilym", Kind: Carer, Trained: []Role{RoleMinutes}},
	{ID: "mair", Name: "Mair Jones", Kind: PersonUsingServices},
	{ID: "rhys", Name: "Rhys Evans", Kind: Carer, OptOut: []Role{RoleChair}},
	{ID: "aled", Name: "Aled Price", Kind: Staff, Trained: []Role{RoleChair}},
	{ID: "claire", Name: "Claire Thomas", Kind: Staff, Trained: []Role{RoleMinutes}},
	{ID: "nia", Name: "Nia Roberts", Kind: Staff, Trained: []Role{RoleMinutes}},
	{ID: "newbie", Name: "Nerys Newydd", Kind: Carer, Trained: []Role{RoleChair}},
	{ID: "gwen", Name: "Gwen Guest", Kind: Guest, Trained: []Role{RoleChair, RoleMinutes}},
	{ID: "olwen", Name: "Olwen Old", Kind: PersonUsingServices, Trained: []Role{RoleChair, RoleMinutes}, Retired: true},
}

// everyone but the newcomer came to the fake meetings.
var regulars = []string{"sian", "bethan", "dafydd", "mair", "rhys", "aled", "claire", "nia"}

func day(n int) time.Time { return time.Date(2026, 9, 1, 10, 0, 0, 0, time.UTC).AddDate(0, n, 0) }

// met is a fake past meeting n months after September 2026.
func met(n int, chairs, minutes string) PastMeeting {
	m := PastMeeting{Date: day(n), Attended: regulars, Kinds: map[string]Kind{}}
	for _, p := range rotaPeople {
		m.Members = append(m.Members, p.ID)
		m.Kinds[p.ID] = p.Kind
	}
	if chairs != "" {
		m.Chairs = strings.Split(chairs, ",")
	}
	if minutes != "" {
		m.MinuteTakers = strings.Split(minutes, ",")
	}
	return m
}

func rulesOff() Rules { return Rules{} }

func with(r Rules, edit func(*Rules)) Rules { edit(&r); return r }

func TestSuggestRoles(t *testing.T) {
	all := DefaultRules()
	tests := []struct {
		name    string
		past    []PastMeeting
		rules   Rules
		present []string
		role    Role
		want    string // id, or "" for nobody
		reason  string // part of the reason
		leftOut map[string]string
	}{
		// Trained first, then least recently held, never-held first.
		{name: "the group's first meeting: first trained volunteer", rules: all, role: RoleChair,
			want: "sian", reason: "trained for chair; has never chaired",
			leftOut: map[string]string{"rhys": "asked not to be suggested for chair", "aled": "chair_must_be_lived_experience"}},
		{name: "first meeting rule cannot tell newcomers when the group never met", rules: all, role: RoleChair,
			want: "sian", leftOut: map[string]string{"aled": "volunteer"}},
		{name: "never-held first", past: []PastMeeting{met(0, "sian", "dafydd")}, rules: all, role: RoleChair,
			want: "bethan", reason: "trained for chair; has never chaired"},
		{name: "least recently held", past: []PastMeeting{met(1, "bethan", "dafydd"), met(0, "sian", "dafydd")}, rules: all, role: RoleChair,
			want: "sian", reason: "last chaired on 1 September 2026 (once); held it longest ago"},
		{name: "trained before untrained who never held it", past: []PastMeeting{met(0, "sian", ""), met(1, "bethan", "")}, rules: all, role: RoleChair,
			want: "sian"},
		{name: "trained first off: untrained who never held it first", past: []PastMeeting{met(0, "sian", ""), met(1, "bethan", "")},
			rules: with(all, func(r *Rules) { r.TrainedFirst = false }), role: RoleChair,
			want: "dafydd", reason: "not trained for chair yet; has never chaired"},
		{name: "nobody trained available: untrained suggested with a word about training",
			past: []PastMeeting{met(0, "sian", "")}, present: []string{"mair", "rhys", "aled"}, rules: all, role: RoleChair,
			want: "mair", reason: "nobody trained can be suggested, so offer training"},
		{name: "the only one trained", past: []PastMeeting{met(0, "sian", "")}, present: []string{"mair", "sian", "aled"}, rules: all, role: RoleChair,
			want: "sian", reason: "trained for chair; last chaired on 1 September 2026 (once); the only one trained who can be suggested"},
		{name: "fewer times held breaks a tie on date", past: []PastMeeting{met(0, "sian", ""), met(1, "bethan,sian", "")}, rules: all, role: RoleChair,
			want: "bethan", reason: "last chaired on 1 October 2026 (once); held it fewer times"},

		// Opt-outs are honoured whatever the rules.
		{name: "opted out never suggested, even with every rule off", past: []PastMeeting{met(0, "sian", ""), met(1, "bethan", "")},
			rules: rulesOff(), present: []string{"sian", "bethan", "rhys"}, role: RoleChair,
			want: "sian", leftOut: map[string]string{"rhys": "has asked not to be suggested for chair"}},
		{name: "everyone opted out or left out: nobody, with reasons", rules: all, present: []string{"rhys", "aled"}, role: RoleChair,
			want: "", reason: "Rhys Evans: has asked not to be suggested for chair; Aled Price: staff"},

		// The chair is a volunteer.
		{name: "chair must be lived experience", past: []PastMeeting{met(0, "sian", ""), met(1, "bethan", "")}, rules: all, role: RoleChair,
			want: "sian", leftOut: map[string]string{"aled": "staff: the group's chair is a volunteer"}},
		{name: "staff may chair when the rule is off", past: []PastMeeting{met(0, "sian", ""), met(1, "bethan", "")},
			rules: with(all, func(r *Rules) { r.ChairMustBeLivedExperience = false }), role: RoleChair,
			want: "aled", reason: "trained for chair; has never chaired"},

		// Nobody chairs at their first meeting.
		{name: "newcomer not proposed for chair", past: []PastMeeting{met(0, "sian", ""), met(1, "bethan", "")}, rules: all, role: RoleChair,
			want: "sian", leftOut: map[string]string{"newbie": "nobody chairs at their first meeting"}},
		{name: "newcomer may chair when the rule is off", past: []PastMeeting{met(0, "sian", ""), met(1, "bethan", "")},
			rules: with(all, func(r *Rules) { r.NoChairAtFirstMeeting = false }), role: RoleChair,
			want: "newbie"},
		{name: "newcomer is for minutes all the same", past: []PastMeeting{met(0, "sian", "sian"), met(1, "bethan", "sian")},
			rules: with(all, func(r *Rules) { r.TrainedFirst = false }), present: []string{"sian", "dafydd", "newbie"}, role: RoleMinutes,
			want: "newbie", reason: "not trained for minute-taker yet; has never taken the minutes"},

		// The minute-taker is not staff twice running.
		{name: "staff took the minutes last time: a trained volunteer this time",
			past: []PastMeeting{met(0, "sian", "dafydd"), met(1, "bethan", "claire")}, rules: all, role: RoleMinutes,
			want: "dafydd", reason: "staff took the minutes last time",
			leftOut: map[string]string{"nia": "staff took the minutes at the last meeting", "claire": "staff took the minutes"}},
		{name: "staff twice allowed when the rule is off",
			past:  []PastMeeting{met(0, "sian", "dafydd"), met(1, "bethan", "claire")},
			rules: with(all, func(r *Rules) { r.MinutesNotStaffTwiceRunning = false }), role: RoleMinutes,
			want: "nia", reason: "trained for minute-taker; has never taken the minutes"},
		{name: "staff again when no trained volunteer is here",
			past: []PastMeeting{met(0, "sian", "dafydd"), met(1, "bethan", "claire")}, present: []string{"mair", "claire", "nia"},
			rules: all, role: RoleMinutes, want: "nia"},
		{name: "a hand-over to staff counts as staff taking the minutes",
			past: []PastMeeting{met(0, "sian", "nia"), met(1, "bethan", "dafydd,claire")}, rules: all, role: RoleMinutes,
			want: "dafydd", leftOut: map[string]string{"nia": "staff took the minutes", "claire": "staff took the minutes"}},
		{name: "volunteer minute-takers last time: staff may be suggested",
			past: []PastMeeting{met(0, "sian", "dafydd"), met(1, "bethan", "sian")}, rules: all, role: RoleMinutes,
			want: "claire"},

		// The chair is not suggested for minutes as well.
		{name: "the suggested chair is not the minute-taker", rules: all, role: RoleMinutes,
			want: "dafydd", leftOut: map[string]string{"sian": "suggested for chair"}},

		// Guests and retired people are never suggested.
		{name: "guests and retired people never", rules: rulesOff(), present: []string{"gwen", "olwen"}, role: RoleChair,
			want: "", reason: "no member here"},

		// Combinations.
		{name: "every rule off: least recently held of anyone", past: []PastMeeting{met(0, "sian", "dafydd"), met(1, "bethan", "claire")},
			rules: rulesOff(), role: RoleChair, want: "dafydd", reason: "not trained for chair yet; has never chaired"},
		{name: "every rule on, long history", past: []PastMeeting{
			met(0, "sian", "dafydd"), met(1, "bethan", "claire"), met(2, "sian", "dafydd"), met(3, "bethan", "nia")},
			rules: all, role: RoleChair, want: "sian", reason: "last chaired on 1 November 2026 (twice); held it longest ago"},
		{name: "every rule on, long history, minutes", past: []PastMeeting{
			met(0, "sian", "dafydd"), met(1, "bethan", "claire"), met(2, "sian", "dafydd"), met(3, "bethan", "nia")},
			rules: all, role: RoleMinutes, want: "dafydd", reason: "last took the minutes on 1 November 2026 (twice)",
			leftOut: map[string]string{"sian": "suggested for chair", "claire": "staff took the minutes"}},
		{name: "trained first off and staff rule off: untrained never-held first", past: []PastMeeting{met(0, "aled", "claire")},
			rules: Rules{ChairMustBeLivedExperience: true, NoChairAtFirstMeeting: true}, role: RoleMinutes,
			want: "bethan", leftOut: map[string]string{"sian": "suggested for chair"}},
		{name: "staff chair allowed and newcomer rule off, trained first", past: []PastMeeting{met(0, "sian", ""), met(1, "bethan", "")},
			rules: Rules{TrainedFirst: true}, role: RoleChair, want: "aled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Suggest(Request{People: rotaPeople, Past: tt.past, Rules: tt.rules, Present: tt.present})
			s := got.Chair
			if tt.role == RoleMinutes {
				s = got.Minutes
			}
			if tt.want == "" {
				if s.OK {
					t.Fatalf("suggested %s (%s); want nobody", s.Person.ID, s.Reason)
				}
			} else if !s.OK || s.Person.ID != tt.want {
				t.Fatalf("suggested %q (%s); want %s\nranked: %s", s.Person.ID, s.Reason, tt.want, ranked(s))
			}
			if !strings.Contains(s.Reason, tt.reason) {
				t.Errorf("reason %q; want it to contain %q", s.Reason, tt.reason)
			}
			for id, why := range tt.leftOut {
				found := false
				for _, c := range s.LeftOut {
					if c.Person.ID == id {
						found = true
						if !strings.Contains(c.Why, why) {
							t.Errorf("%s left out because %q; want %q", id, c.Why, why)
						}
					}
				}
				if !found {
					t.Errorf("%s is not left out; ranked: %s", id, ranked(s))
				}
			}
			for _, c := range s.Ranked {
				if c.Person.OptedOut(tt.role) || c.Person.Retired || !c.Person.Kind.Counted() {
					t.Errorf("%s ranked for %s though they cannot be", c.Person.ID, tt.role)
				}
			}
		})
	}
}

func ranked(s Suggestion) string {
	var out []string
	for _, c := range s.Ranked {
		out = append(out, c.Person.ID+" ("+c.Why+")")
	}
	return strings.Join(out, ", ")
}

func TestSuggestOrderDoesNotDependOnInput(t *testing.T) {
	past := []PastMeeting{met(2, "sian", "dafydd"), met(0, "bethan", "claire"), met(1, "sian", "nia")}
	a := Suggest(Request{People: rotaPeople, Past: past, Rules: DefaultRules()})
	b := Suggest(Request{People: rotaPeople, Past: []PastMeeting{past[1], past[2], past[0]}, Rules: DefaultRules()})
	if a.Chair.Person.ID != b.Chair.Person.ID || a.Minutes.Person.ID != b.Minutes.Person.ID {
		t.Errorf("order of history changed the suggestion: %s/%s vs %s/%s", a.Chair.Person.ID, a.Minutes.Person.ID, b.Chair.Person.ID, b.Minutes.Person.ID)
	}
	if a.Chair.Person.ID != "bethan" {
		t.Errorf("chair %s; want bethan, who chaired longest ago", a.Chair.Person.ID)
	}
}

func TestSuggestionLine(t *testing.T) {
	s := Suggest(Request{People: rotaPeople, Rules: DefaultRules()})
	if got, want := s.Chair.Line(), "Chair: Siân Davies (trained for chair; has never chaired)."; got != want {
		t.Errorf("chair line %q; want %q", got, want)
	}
	if got, want := s.Minutes.Line(), "Minute-taker: Dafydd ap Gwilym (trained for minute-taker; has never taken the minutes)."; got != want {
		t.Errorf("minutes line %q; want %q", got, want)
	}
	none := Suggest(Request{People: rotaPeople, Rules: DefaultRules(), Present: []string{"aled"}})
	if got := none.Chair.Line(); !strings.HasPrefix(got, "Chair: nobody to suggest (everyone is left out") {
		t.Errorf("nobody line %q", got)
	}
}

func TestAbsences(t *testing.T) {
	missing := func(n int, absent, apologies []string, members ...string) PastMeeting {
		m := met(n, "sian", "dafydd")
		if len(members) > 0 {
			m.Members = members
		}
		m.Attended = nil
		for _, id := range regulars {
			if !contains(absent, id) && !contains(apologies, id) {
				m.Attended = append(m.Attended, id)
			}
		}
		m.Apologies = apologies
		return m
	}
	past := []PastMeeting{
		missing(0, nil, nil),
		missing(1, []string{"rhys", "mair"}, nil),
		missing(2, []string{"rhys", "mair", "aled"}, []string{"claire"}),
		missing(3, []string{"rhys", "aled", "claire"}, []string{"mair"}),
		missing(4, []string{"rhys", "aled", "claire"}, nil),
	}
	got := Absences(rotaPeople, past, 3)
	want := []struct {
		id     string
		missed int
		since  time.Time
	}{
		{"rhys", 4, day(1)},
		{"aled", 3, day(2)},
		{"newbie", 5, day(0)},
	}
	// newbie missed 5, so comes first.
	want[0], want[1], want[2] = want[2], want[0], want[1]
	if len(got) != len(want) {
		t.Fatalf("got %d absences %+v; want %d", len(got), got, len(want))
	}
	for i, w := range want {
		if got[i].Person.ID != w.id || got[i].Missed != w.missed || !got[i].Since.Equal(w.since) {
			t.Errorf("absence %d: %s missed %d since %v; want %s %d since %v", i, got[i].Person.ID, got[i].Missed, got[i].Since, w.id, w.missed, w.since)
		}
	}
	if line := got[0].Line(); !strings.Contains(line, "has not been to a meeting yet") || !strings.Contains(line, "need any support") {
		t.Errorf("newcomer's line %q", line)
	}
	if line := got[1].Line(); line != "Rhys Evans has missed the last 4 meetings without sending apologies (since 1 October 2026). "+
		"You might ask whether they need any support to take part: transport, joining remotely, papers in another format, or another time of day." {
		t.Errorf("line %q", line)
	}
	if got := Absences(rotaPeople, past, 0); got != nil {
		t.Errorf("flag_after 0 should turn the flag off; got %+v", got)
	}
	if got := Absences(rotaPeople, past, 5); len(got) != 1 || got[0].Person.ID != "newbie" {
		t.Errorf("after 5: %+v", got)
	}
	// Meetings from before someone joined do not count against them.
	joined := []PastMeeting{missing(0, nil, nil, "sian"), missing(1, nil, nil, "sian"), missing(2, nil, nil, "sian", "newbie")}
	if got := Absences(rotaPeople, joined, 2); len(got) != 0 {
		t.Errorf("newbie joined at the last meeting; got %+v", got)
	}
	// Guests and retired people are never flagged.
	for _, a := range Absences(rotaPeople, past, 1) {
		if a.Person.Retired || !a.Person.Kind.Counted() {
			t.Errorf("%s flagged", a.Person.ID)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
