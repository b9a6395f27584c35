package history

import (
	"reflect"
	"strings"
	"testing"

	"github.com/gyda/gyda/meeting"
)

func TestCreditsRateClaimsAndWhoIsListed(t *testing.T) {
	g := &inMemory{t: t}
	m := g.meet(1, "arrive sian", "arrive priya", "arrive aled",
		"expense sian: 12 miles from Neath", "expense priya: £3 parking", "expense sian: 80p tea",
		"wait 2h", "end")
	tests := []struct {
		name     string
		rate     float64 // the meeting's own
		fallback float64
		credits  int
	}{
		{"the meeting's own rate", 1, 3, 2},
		{"a rate of 2 credits an hour", 2, 3, 4},
		{"no rate recorded: the fallback", 0, 3, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m.Setup.Group.Recognition.CreditsPerHour = tt.rate
			cs := m.Credits(tt.fallback)
			var who []string
			for _, c := range cs {
				who = append(who, c.Person)
			}
			// Volunteers always, guests who claimed, never staff.
			if !reflect.DeepEqual(who, []string{"sian", "priya"}) {
				t.Fatalf("listed %q; want sian and priya", who)
			}
			if cs[0].Credits != tt.credits || cs[1].Credits != 0 {
				t.Errorf("credits %d and %d; want %d, and none for a guest", cs[0].Credits, cs[1].Credits, tt.credits)
			}
			if got, want := cs[0].Claims, []string{"12 miles at 45p a mile, £5.40 (from Neath)", "£0.80 tea"}; !reflect.DeepEqual(got, want) {
				t.Errorf("claims %q; want %q", got, want)
			}
			if cs[0].Expenses() != 620 || cs[1].Expenses() != 300 {
				t.Errorf("expenses %d and %d", cs[0].Expenses(), cs[1].Expenses())
			}
		})
	}
}

func TestAGuestWhoClaimedNothingIsNotListed(t *testing.T) {
	g := &inMemory{t: t}
	m := g.meet(1, "arrive sian", "arrive priya", "wait 1h", "end")
	if cs := m.Credits(1); len(cs) != 1 || cs[0].Person != "sian" {
		t.Errorf("credits %+v; want sian's only", cs)
	}
}

func TestNewMeetingNamesWhatItCannotReplay(t *testing.T) {
	g := &inMemory{t: t}
	m := g.meet(1, "arrive sian", "end")
	bad := append([]meeting.Event{}, m.Events...)
	bad = append(bad[:2], bad[1:]...) // sian arrives twice
	_, err := NewMeeting("2026-12-01-co-production-group", "", m.Setup, bad)
	if err == nil || !strings.HasPrefix(err.Error(), "meeting 2026-12-01-co-production-group: replay event 3 (arrived)") {
		t.Errorf("error %v; want it to name the meeting by its id", err)
	}
	_, err = NewMeeting("id", "/group/meetings/x/journal.jsonl", m.Setup, bad)
	if err == nil || !strings.HasPrefix(err.Error(), "journal /group/meetings/x/journal.jsonl line 4: replay event 3 (arrived)") {
		t.Errorf("error %v; want it to name the journal and the line", err)
	}
}

func TestMeetingsAreInTheOrderTheyOpenedNotByName(t *testing.T) {
	g := &inMemory{t: t}
	first, second := g.meet(1, "end"), g.meet(8, "end")
	a, err := NewMeeting("z-first", "", first.Setup, first.Events)
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewMeeting("a-second", "", second.Setup, second.Events)
	if err != nil {
		t.Fatal(err)
	}
	if h := New(b, a); h.Meetings[0].ID != "z-first" || h.Meetings[1].ID != "a-second" {
		t.Errorf("order %s, %s; want the one that opened first first", h.Meetings[0].ID, h.Meetings[1].ID)
	}
}

func TestMeetingsAreInTheOrderTheyOpenedThenByFolder(t *testing.T) {
	g := &inMemory{t: t}
	a := g.meet(1, "end")
	b := g.meet(8, "end")
	same, err := NewMeeting("2026-12-01-a-second-group", "", a.Setup, a.Events)
	if err != nil {
		t.Fatal(err)
	}
	h := New(b, a, same)
	var ids []string
	for _, m := range h.Meetings {
		ids = append(ids, m.ID)
	}
	if want := []string{"2026-12-01-a-second-group", "2026-12-01-co-production-group", "2026-12-08-co-production-group"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("order %q; want %q", ids, want)
	}
}
