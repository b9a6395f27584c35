package history

import (
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/meetingtest"
)

// The rules of the meeting that reach across meetings (../shared/DOMAIN.md):
// provisional decisions carried to be ratified (rule 3), volunteers' time
// credits (rule 16) and actions carried and reviewed (rule 17). One table
// test each, with the cases on both sides of each boundary.

// inMemory is a group's meetings run in memory, one after another, each
// carrying what the earlier ones left open, as gyda run does.
type inMemory struct {
	t        *testing.T
	meetings []*Meeting
}

// meet runs a meeting of the sample group on day (in December 2026, at
// 10:00) from typed lines, and keeps it.
func (g *inMemory) meet(day int, lines ...string) *Meeting {
	g.t.Helper()
	_, folder, agenda := sampleGroup(g.t)
	agenda.Start = time.Date(2026, 12, day, 10, 0, 0, 0, time.UTC)
	setup := &meeting.Setup{Group: folder.Group, Agenda: agenda, People: folder.Roster.People(), Clock: "sim",
		Carried: New(g.meetings...).Carried()}
	rec := &meetingtest.Recorder{}
	live, _, err := meeting.Start(setup, nil, rec, meeting.NewSimClock(agenda.Start), meeting.Options{})
	if err != nil {
		g.t.Fatal(err)
	}
	for _, line := range lines {
		if _, err := live.Do(meeting.ConsoleActor(), line); err != nil {
			g.t.Fatalf("meeting of %d December: %q: %v", day, line, err)
		}
	}
	m, err := NewMeeting(agenda.Start.Format("2006-01-02")+"-co-production-group", "", setup, meetingtest.Events[meeting.Event](g.t, rec))
	if err != nil {
		g.t.Fatal(err)
	}
	g.meetings = append(g.meetings, m)
	return m
}

func (g *inMemory) history() *History { return New(g.meetings...) }

// quorateAndBalanced brings six of the sample group: three with lived
// experience, three staff.
var quorateAndBalanced = []string{"arrive sian", "arrive dafydd", "arrive mair", "arrive aled", "arrive claire", "arrive tom"}

func quorate(lines ...string) []string {
	return append(append([]string(nil), quorateAndBalanced...), append(lines, "end")...)
}

// Rule 17. Actions are carried to the next meeting and reviewed there: done
// or dropped closes one; a new date, or no review at all, keeps it open.
// One marked done, without a new date, at or before the first meeting on
// or after its due date is done on time.
func TestRuleActionsAreCarriedUntilReviewedDoneOrDropped(t *testing.T) {
	tests := []struct {
		name    string
		first   string   // the action, at the meeting of 1 December
		later   []string // what later meetings (from 8 December, a week apart) did with it
		status  Status
		carried bool
		due     string
		onTime  bool
	}{
		{"not reviewed: still carried", "action sian by 2026-12-07: book the room", []string{""}, Open, true, "2026-12-07", false},
		{"done at the next meeting: closed", "action sian by 2026-12-31: book the room", []string{"review 1 done"}, Done, false, "2026-12-31", true},
		{"dropped: closed", "action sian by 2026-12-07: book the room", []string{"review 1 dropped"}, Dropped, false, "2026-12-07", false},
		{"given a new date: still carried, with it", "action sian by 2026-12-07: book the room", []string{"review 1 by 2026-12-31"}, Open, true, "2026-12-31", false},
		{"done at the first meeting on its due date: on time", "action sian by 2026-12-08: book the room", []string{"review 1 done"}, Done, false, "2026-12-08", true},
		{"done at the first meeting after its due date: on time", "action sian by 2026-12-07: book the room", []string{"review 1 done"}, Done, false, "2026-12-07", true},
		{"done a meeting later than that: late", "action sian by 2026-12-07: book the room", []string{"", "review 1 done"}, Done, false, "2026-12-07", false},
		{"due on a meeting's day, done at the meeting after: late", "action sian by 2026-12-08: book the room", []string{"", "review 1 done"}, Done, false, "2026-12-08", false},
		{"due between meetings, done at the first after it: on time", "action sian by 2026-12-09: book the room", []string{"", "review 1 done"}, Done, false, "2026-12-09", true},
		{"done before its due date: on time", "action sian by 2026-12-31: book the room", []string{"review 1 done"}, Done, false, "2026-12-31", true},
		{"done after a new date: not on time", "action sian by 2026-12-07: book the room", []string{"review 1 by 2026-12-10", "review 1 done"}, Done, false, "2026-12-10", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &inMemory{t: t}
			g.meet(1, quorate(tt.first)...)
			for i, line := range tt.later {
				if line == "" {
					g.meet(8+7*i, "end")
					continue
				}
				g.meet(8+7*i, line, "end")
			}
			h := g.history()
			l := h.Ledger()
			if len(l.Actions) != 1 {
				t.Fatalf("ledger actions %+v", l.Actions)
			}
			a := l.Actions[0]
			if a.Status != tt.status || a.Due != tt.due || a.FirstDue != strings.TrimSuffix(strings.Fields(tt.first)[3], ":") {
				t.Errorf("action %s, due %s (first %s); want %s, due %s", a.Status, a.Due, a.FirstDue, tt.status, tt.due)
			}
			if a.Status == Done && a.OnTime != tt.onTime {
				t.Errorf("on time %v; want %v (closed %s)", a.OnTime, tt.onTime, a.ClosedAt)
			}
			c := h.Carried()
			if carried := len(c.Actions) == 1; carried != tt.carried {
				t.Fatalf("carried %+v; want carried %v", c.Actions, tt.carried)
			}
			if tt.carried && (c.Actions[0].Due != tt.due || c.Actions[0].Owner != "sian" || c.Actions[0].Meeting != "2026-12-01-co-production-group") {
				t.Errorf("carried %+v", c.Actions[0])
			}
		})
	}
}

// Rule 3, across meetings: a provisional decision is carried until a
// meeting ratifies it or turns it down; a decision that was not
// provisional is never carried.
func TestRuleProvisionalDecisionsAreCarriedUntilSettled(t *testing.T) {
	tests := []struct {
		name    string
		first   []string
		later   string
		status  Status
		carried bool
	}{
		{"taken quorate and balanced: not carried", quorate("decide Meet in the afternoon"), "", "", false},
		{"taken with one more staff: carried", quorate("arrive nia", "decide Meet in the afternoon"), "", Open, true},
		{"taken one below the minimum present: carried", []string{"arrive sian", "arrive aled", "decide Meet in the afternoon", "end"}, "", Open, true},
		{"ratified: settled", quorate("arrive nia", "decide Meet in the afternoon"), "ratify 1", Ratified, false},
		{"turned down: settled", quorate("arrive nia", "decide Meet in the afternoon"), "ratify 1 no", NotRatified, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &inMemory{t: t}
			g.meet(1, tt.first...)
			if tt.later != "" {
				g.meet(8, quorate(tt.later)...)
			}
			h := g.history()
			l := h.Ledger()
			if tt.status == "" {
				if len(l.Decisions) != 0 {
					t.Errorf("ledger decisions %+v; want none", l.Decisions)
				}
			} else if len(l.Decisions) != 1 || l.Decisions[0].Status != tt.status {
				t.Errorf("ledger decisions %+v; want one %s", l.Decisions, tt.status)
			}
			if carried := len(h.Carried().Decisions) == 1; carried != tt.carried {
				t.Errorf("carried %+v; want carried %v", h.Carried().Decisions, tt.carried)
			}
		})
	}
}

// Rule 16, across meetings: volunteers earn time credits for the time from
// each arrival to each departure (breaks included), to the nearest whole
// credit and at least 1 for coming; staff earn none and are not listed.
func TestRuleVolunteersEarnTimeCreditsForTheirTimeStaffNone(t *testing.T) {
	tests := []struct {
		name    string
		lines   []string // after sian and aled arrive at 10:00
		credits int      // sian's
		hours   float64
	}{
		{"a minute: at least 1", []string{"wait 1m", "end"}, 1, 1.0 / 60},
		{"an hour and 29 minutes: 1", []string{"wait 89m", "end"}, 1, 89.0 / 60},
		{"an hour and a half: 2", []string{"wait 90m", "end"}, 2, 1.5},
		{"a break counts", []string{"wait 30m", "break 60m", "wait 60m", "resume", "end"}, 2, 1.5},
		{"left and came back: both stints", []string{"wait 1h", "leave sian", "wait 1h", "arrive sian", "wait 30m", "end"}, 2, 1.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &inMemory{t: t}
			g.meet(1, append([]string{"arrive sian", "arrive aled"}, tt.lines...)...)
			cs := g.history().Credits(1)
			if len(cs) != 1 || cs[0].Person != "sian" {
				t.Fatalf("credits %+v; want sian's only (staff are never listed)", cs)
			}
			if cs[0].Credits != tt.credits || cs[0].Hours < tt.hours-1e-9 || cs[0].Hours > tt.hours+1e-9 {
				t.Errorf("credits %d for %v hours; want %d for %v", cs[0].Credits, cs[0].Hours, tt.credits, tt.hours)
			}
		})
	}
}
