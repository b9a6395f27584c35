package history

import (
	"strings"
	"testing"

	"github.com/gyda/gyda/config"
)

// edgeGroup is three meetings a week apart with what the sample fixture
// lacks: a guest, a red card, an item closed with people not heard, words
// to avoid and an acronym not in the glossary (and the same in notes that
// must not count: off the record, and on a confidential item), a
// provisional decision turned down later, an action overdue and one not,
// reflection scores that average to a half, a meeting with no decisions,
// and a group that sets no break rhythm.
func edgeGroup(t *testing.T) *History {
	t.Helper()
	g := &inMemory{t: t}
	g.meet(1,
		"arrive sian", "arrive dafydd", "arrive mair", "arrive rhys remote", "arrive aled", "arrive claire", "arrive tom", "arrive priya",
		"chair sian", "minutes claire",
		"decide The WGRP will facilitate a survey.",
		"note We will facilitate the XYZ meetings and facilitate the QQQ ones with AAA, BBB and CCC.",
		"note "+strings.Repeat("carers ", 26)+"spoke.",
		"offrecord We will facilitate the ZZZ plan.",
		"card mair red", "resume",
		"speak sian", "done",
		"action aled by 2026-12-05: write to the board",
		"action claire by 2026-12-31: book the room",
		"leave mair", "leave rhys", "leave dafydd",
		"decide Meet in the evenings.",
		"next", "next", "next", "next",
		"note This note on the confidential item says XYZ and facilitate, and "+strings.Repeat("carers ", 26)+"spoke.",
		"reflect 4/5 good", "reflect 3/5 fine", "reflect no score",
		"expense sian: 12 miles", "expense priya: £3 parking",
		"wait 2h",
		"end")
	g.meet(8, "arrive sian", "arrive dafydd", "arrive mair", "arrive aled", "arrive claire", "arrive tom",
		"ratify 1 no", "review 2 done", "end")
	g.meet(15, "arrive sian", "end")
	return g.history()
}

func TestAuditOfTheEdges(t *testing.T) {
	h := edgeGroup(t)
	for _, m := range h.Meetings {
		m.Setup.Agenda.Items[4].Confidential = true // the note on item 5 is not counted
	}
	g := h.Meetings[0].Setup.Group
	name := g.Name
	g.Name = "" // the group's name comes from its last meeting
	g.Breaks.Every = config.Duration{}
	for _, m := range h.Meetings {
		m.Setup.Group.Breaks.Every = config.Duration{}
	}
	a := BuildAudit(h, Period{}, g, nil)
	if a.Group != name {
		t.Errorf("group %q; want %q from its last meeting", a.Group, name)
	}
	m1, m2, m3 := a.Meetings[0], a.Meetings[1], a.Meetings[2]
	for _, c := range []struct {
		name      string
		got, want int
	}{
		{"m1 lived", m1.Lived, 4}, {"m1 staff", m1.Staff, 3}, {"m1 guests", m1.Guests, 1}, {"m1 remote", m1.Remote, 1},
		{"m1 decisions", m1.Decisions, 2}, {"m1 quorate and balanced", m1.QuorateBalanced, 1}, {"m1 provisional", m1.Provisional, 1},
		{"m1 authority", m1.Authority, 2}, {"m1 red cards", m1.RedCards, 1}, {"m1 not heard", m1.NotHeard, 1},
		{"m1 breaks due", m1.BreaksDue, 0}, {"m1 reflections", m1.Reflections, 3}, {"m1 scored", m1.Scored, 2}, {"m1 score sum", m1.ScoreSum, 7},
		{"m1 acronyms", m1.Plain.Acronyms, 5}, {"m1 avoid", m1.Plain.Avoid, 3}, {"m1 long", m1.Plain.LongSentences, 1},
		{"m2 decisions", m2.Decisions, 0}, {"m3 guests", m3.Guests, 0},
		{"agreed", a.Actions.Agreed, 2}, {"done on time", a.Actions.DoneOnTime, 1}, {"open", a.Actions.Open, 1}, {"overdue", a.Actions.Overdue, 1},
		{"not ratified", a.Decisions.NotRatified, 1}, {"waiting", a.Decisions.Waiting, 0},
		{"claimants", a.Claimants, 2}, {"plain total", a.Plain.Total(), 9},
	} {
		if c.got != c.want {
			t.Errorf("%s = %d; want %d", c.name, c.got, c.want)
		}
	}
	if s, ok := m1.AverageScore(); !ok || s != 3.5 {
		t.Errorf("average score %v, %v; want 3.5", s, ok)
	}
	if _, ok := m2.AverageScore(); ok {
		t.Error("a meeting with no scores has an average")
	}
	// The most found first, then in alphabetical order; five at most.
	if got, want := strings.Join(a.Plain.Common, ", "), "facilitate (3), AAA (1), BBB (1), CCC (1), QQQ (1)"; got != want {
		t.Errorf("found most often %q; want %q", got, want)
	}
	text := a.Text()
	md := string(a.Markdown())
	html := string(a.HTML())
	for _, want := range []string{
		"1 red card was shown: someone needed the meeting to stop.",
		"1 item was closed with a member present who had not been heard.",
		"Reflection scores: 3.5 out of 5 on average, from 2 scores.",
		"2 actions agreed: 1 done on time and 1 still open (1 past their date).",
		"Of 1 provisional decision: 1 not ratified.",
		"Travel and other expenses were recorded for 2 people: £8.40",
		"Found most often: facilitate (3), AAA (1), BBB (1), CCC (1) and QQQ (1).",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the Markdown report lacks %q", want)
		}
	}
	for _, want := range []string{"8 December 2026", "no decisions"} {
		if !strings.Contains(text, want) || !strings.Contains(html, want) {
			t.Errorf("the text or HTML report lacks %q", want)
		}
	}
}

// What the record shows for each question, for the edge group and for a
// group that met once with one person and did nothing else.
func TestAuditEvidenceOnBothSidesOfNothing(t *testing.T) {
	h := edgeGroup(t)
	for _, m := range h.Meetings {
		m.Setup.Agenda.Items[4].Confidential = true
		m.Setup.Group.Breaks.Every = config.Duration{}
	}
	g := h.Meetings[0].Setup.Group
	busy := BuildAudit(h, Period{}, g, h.Meetings[0].Setup.People)
	quiet := &inMemory{t: t}
	quiet.meet(1, "arrive sian", "end")
	still := BuildAudit(quiet.history(), Period{}, g, nil)
	tests := []struct {
		name string
		a    *Audit
		want map[int][]string
	}{
		{"busy", busy, map[int][]string{
			1: nil,
			2: {"3 meetings in the period, 40m long on average: a time commitment the group can tell newcomers."},
			3: {"1 of 3 meetings were blended, with someone joining remotely.",
				"Breaks: 0 taken, 0 fell due (a break is due after each spell of the group's break rhythm without one).",
				"Travel and other expenses were recorded for 2 people: £8.40 (actual costs only; mileage at the group's rate)."},
			4: {"1 of 2 decisions (50%) were taken while the meeting was quorate and balanced; 1 were provisional.",
				"A staff member with decision authority was present for 2 of 2 decisions.",
				"On average 2.7 people with lived experience and 2.0 staff came to each meeting."},
			5: {"Plain English in the minutes: 9 findings in 66 words people typed (5 acronyms not in the glossary, 1 long sentence and 3 words to avoid).",
				"Found most often: facilitate (3), AAA (1), BBB (1), CCC (1), QQQ (1)."},
			6: nil,
			7: {"Of 1 provisional decision: 1 not ratified.", "1 red card was shown: someone needed the meeting to stop."},
			8: {"Chaired by 1 person (once by people with lived experience, none by staff). Minutes taken by 1 person (none by people with lived experience, once by staff).",
				"Of the 11 members on the roster now, 3 are trained to chair and 3 to take the minutes.",
				"1 item was closed with a member present who had not been heard.",
				"Reflection scores: 3.5 out of 5 on average, from 2 scores."},
			9:  {"Items on the ladder of co-production: 5 doing with, 0 doing for, 0 doing to."},
			10: {"4 volunteers gave 2 hours at meetings and earned 2 time credits."},
			11: {"2 actions agreed: 1 done on time and 1 still open (1 past their date)."},
		}},
		{"still", still, map[int][]string{
			1: nil,
			2: {"1 meeting in the period, 0s long on average: a time commitment the group can tell newcomers."},
			3: {"0 of 1 meetings were blended, with someone joining remotely.",
				"Breaks: 0 taken, 0 fell due (a break is due after each spell of the group's break rhythm without one).",
				"No expenses were recorded in the meetings."},
			4:  {"No decisions were recorded.", "On average 1.0 people with lived experience and 0.0 staff came to each meeting."},
			5:  {"Plain English in the minutes: no findings in 0 words people typed."},
			6:  nil,
			7:  nil,
			8:  {"Chaired by nobody recorded. Minutes taken by nobody recorded."},
			9:  {"Items on the ladder of co-production: 1 doing with, 0 doing for, 0 doing to."},
			10: {"1 volunteer gave 0 hours at meetings and earned 0 time credits."},
			11: nil,
		}},
	}
	for _, tt := range tests {
		for n, want := range tt.want {
			if got := tt.a.Questions[n-1].Evidence; strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s, question %d:\n got %q\nwant %q", tt.name, n, got, want)
			}
		}
	}
	text := still.Text()
	for _, want := range []string{
		"Who chaired and took the minutes\n--------------------------------\nRoles by meeting:\n  Date             Chair         Minutes\n  1 December 2026  not recorded  not recorded\nNothing to show for this period.\n",
		"  1 December 2026  ....................  no decisions\n",
		"  1 December 2026  ....................  the speaking queue was not used\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the text report lacks %q:\n%s", want, text)
		}
	}
}

// An audit of no meetings at all draws nothing from them, and does not
// fail for want of a last meeting.
func TestAuditOfNoMeetings(t *testing.T) {
	a := BuildAudit(New(), Period{}, config.Group{}, nil)
	if a.Group != "" || len(a.Meetings) != 0 || a.Actions != (ActionTotals{}) {
		t.Errorf("audit %+v", a)
	}
	if percent(0, 0) != 0 || percent(1, 3) != 33 || percent(2, 3) != 67 {
		t.Errorf("percent: %d %d %d", percent(0, 0), percent(1, 3), percent(2, 3))
	}
}

// What is said only when there is something to say.
func TestAuditSaysNothingOfNothing(t *testing.T) {
	g := &inMemory{t: t}
	g.meet(1, "arrive sian", "arrive dafydd", "arrive mair", "arrive aled", "arrive claire", "arrive tom",
		"action aled by 2026-12-08: write to the board", "speak sian", "done", "next",
		"decide Go ahead", "end")
	g.meet(8, "arrive sian", "review 1 done", "end")
	h := g.history()
	a := BuildAudit(h, Period{}, h.Meetings[0].Setup.Group, nil)
	md := string(a.Markdown())
	for _, not := range []string{"Of the 0 provisional", "Found most often", "past their date)"} {
		if strings.Contains(md, not) {
			t.Errorf("the report says %q with nothing to say", not)
		}
	}
	if a.Meetings[0].NotHeard != 1 {
		t.Errorf("not heard %d; want 1 (item 1, where only Siân spoke)", a.Meetings[0].NotHeard)
	}
	if a.Actions.Open != 0 || a.Actions.Overdue != 0 || a.Actions.DoneOnTime != 1 {
		t.Errorf("actions %+v", a.Actions)
	}
}

// An item closed after everyone present spoke is not counted as one where
// someone was not heard; an action due on the last meeting's day is not
// yet past its date.
func TestAuditAtTheBoundaries(t *testing.T) {
	g := &inMemory{t: t}
	g.meet(1, "arrive sian", "speak sian", "done", "next", "action sian by 2026-12-08: book the room", "end")
	g.meet(8, "arrive sian", "end")
	h := g.history()
	a := BuildAudit(h, Period{}, h.Meetings[0].Setup.Group, nil)
	if a.Meetings[0].NotHeard != 0 {
		t.Errorf("not heard %d; want 0", a.Meetings[0].NotHeard)
	}
	if a.Actions.Open != 1 || a.Actions.Overdue != 0 {
		t.Errorf("actions %+v; want 1 open, none past its date", a.Actions)
	}
}

// The ladder's line counts each rung, and is left out when no item on the
// ladder was reached.
func TestAuditLadderLine(t *testing.T) {
	tests := []struct {
		rung config.Ladder // item 1's
		want string
	}{
		{"", ""},
		{config.DoingWith, "Items on the ladder of co-production: 1 doing with, 0 doing for, 0 doing to."},
		{config.DoingFor, "Items on the ladder of co-production: 0 doing with, 1 doing for, 0 doing to."},
		{config.DoingTo, "Items on the ladder of co-production: 0 doing with, 0 doing for, 1 doing to."},
	}
	for _, tt := range tests {
		g := &inMemory{t: t}
		m := g.meet(1, "arrive sian", "end")
		m.Setup.Agenda.Items[0].Ladder = tt.rung
		a := BuildAudit(g.history(), Period{}, m.Setup.Group, nil)
		if got := strings.Join(a.Questions[8].Evidence, "\n"); got != tt.want {
			t.Errorf("rung %q: question 9 says %q; want %q", tt.rung, got, tt.want)
		}
	}
}

// Who chaired and took the minutes is listed by the times each held a
// role, most first, then by name: two minutes taken come before one
// meeting chaired. People are counted in a map, so the audit is built
// many times to see every order they may come in.
func TestAuditListsRoleHoldersByTimesHeld(t *testing.T) {
	g := &inMemory{t: t}
	g.meet(1, quorate("chair sian", "minutes claire")...)
	g.meet(8, quorate("chair aled", "minutes claire")...)
	h := g.history()
	_, folder, _ := sampleGroup(t)
	for range 20 {
		a := BuildAudit(h, Period{}, folder.Group, folder.Roster.People())
		var roles []string
		for _, rc := range a.Roles {
			roles = append(roles, rc.Name+":"+itoa(rc.Chaired)+"/"+itoa(rc.Minuted))
		}
		if got, want := strings.Join(roles, " "), "Claire Thomas:0/2 Aled Price:1/0 Siân Davies:1/0"; got != want {
			t.Fatalf("roles %q; want %q", got, want)
		}
	}
}
