package meeting

import (
	"strings"
	"testing"
	"time"
)

// Apply is the only way the state changes, live and on replay; a journal
// can hold events no live meeting would make (a newer gyda, a hand-edited
// file), so Apply checks what it can and refuses the rest, changing
// nothing.

func TestApplyRefusesEventsThatCannotHappen(t *testing.T) {
	at := testStart.Add(time.Minute)
	tests := []struct {
		name   string
		before []Event // after the opening
		e      Event
		err    string // "" when it applies
	}{
		{"anything before the opening", nil, Event{Type: EvArrived, Person: "sian"}, "arrived before the meeting opened"},
		{"opening twice", []Event{}, Event{Type: EvOpened}, "the meeting opened twice"},
		{"arriving twice", []Event{{Type: EvArrived, Person: "sian"}}, Event{Type: EvArrived, Person: "sian"}, "sian is already present"},
		{"leaving when not here", []Event{}, Event{Type: EvLeft, Person: "sian"}, "sian is not present"},
		{"an unknown role", []Event{}, Event{Type: EvRole, Role: "treasurer", Person: "sian"}, `unknown role "treasurer"`},
		{"item 0", []Event{}, Event{Type: EvItem, Item: 0}, "no item 0"},
		{"the last item", []Event{}, Event{Type: EvItem, Item: 4}, ""},
		{"one after the last item", []Event{}, Event{Type: EvItem, Item: 5}, "no item 5"},
		{"resuming when not paused", []Event{}, Event{Type: EvResumedAfter}, "resume when not paused"},
		{"an expense of a penny", []Event{}, Event{Type: EvExpense, Person: "sian", Pence: 1}, ""},
		{"an expense of nothing", []Event{}, Event{Type: EvExpense, Person: "sian", Pence: 0}, "an expense of 0 pence"},
		{"the last carried action", []Event{}, Event{Type: EvReviewed, Number: 2, Outcome: OutcomeDone}, ""},
		{"a carried action after the last", []Event{}, Event{Type: EvReviewed, Number: 3, Outcome: OutcomeDone}, "no carried action 3"},
		{"carried action 0", []Event{}, Event{Type: EvReviewed, Number: 0, Outcome: OutcomeDone}, "no carried action 0"},
		{"the last carried decision", []Event{}, Event{Type: EvRatified, Number: 1, Outcome: OutcomeRatified}, ""},
		{"a carried decision after the last", []Event{}, Event{Type: EvRatified, Number: 2, Outcome: OutcomeRatified}, "no carried decision 2"},
		{"carried decision 0", []Event{}, Event{Type: EvRatified, Number: 0, Outcome: OutcomeRatified}, "no carried decision 0"},
		{"an event from a newer gyda", []Event{}, Event{Type: "teleported"}, `unknown event "teleported" (is this journal from a newer gyda?)`},
		{"undoing the last event", []Event{{Type: EvNote, Text: "x"}}, Event{Type: EvUndone, Undoes: 2}, ""},
		{"undoing event 0", []Event{}, Event{Type: EvUndone, Undoes: 0}, "undo of event 0, of 1"},
		{"undoing the opening", []Event{}, Event{Type: EvUndone, Undoes: 1}, "event 1 (opened) cannot be undone"},
		{"undoing one after the last event", []Event{{Type: EvNote, Text: "x"}}, Event{Type: EvUndone, Undoes: 3}, "undo of event 3, of 2"},
		{"undoing an arrival someone left after", []Event{{Type: EvArrived, Person: "sian"}, {Type: EvLeft, Person: "sian"}},
			Event{Type: EvUndone, Undoes: 2}, "without event 2, event 3 (left) no longer applies: sian is not present"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := NewState(testSetup())
			if err != nil {
				t.Fatal(err)
			}
			if tt.before != nil {
				for _, e := range append([]Event{{Type: EvOpened}}, tt.before...) {
					e.At = testStart
					if err := s.Apply(e); err != nil {
						t.Fatal(err)
					}
				}
			}
			events, last := s.Events, s.Last
			tt.e.At = at
			err = s.Apply(tt.e)
			if tt.err == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				if s.Events != events+1 || !s.Last.Equal(at) {
					t.Errorf("events %d, last %v; want %d, %v", s.Events, s.Last, events+1, at)
				}
				return
			}
			if err == nil || err.Error() != tt.err {
				t.Fatalf("error %v; want %q", err, tt.err)
			}
			if s.Events != events || !s.Last.Equal(last) {
				t.Errorf("a refused event counted: events %d, last %v", s.Events, s.Last)
			}
		})
	}
}

func TestApplyCountsEventsAndKeepsTheLatestTime(t *testing.T) {
	s, err := NewState(testSetup())
	if err != nil {
		t.Fatal(err)
	}
	times := []time.Duration{0, 2 * time.Minute, time.Minute} // a late event keeps the latest time
	for i, d := range times {
		e := Event{Type: EvNote, Text: "x", At: testStart.Add(d)}
		if i == 0 {
			e = Event{Type: EvOpened, At: testStart}
		}
		if err := s.Apply(e); err != nil {
			t.Fatal(err)
		}
		if s.Events != i+1 {
			t.Fatalf("after %d events, Events is %d", i+1, s.Events)
		}
	}
	if !s.Last.Equal(testStart.Add(2 * time.Minute)) {
		t.Errorf("last %v; want the latest event's time", s.Last)
	}
}

func TestNotesKeepWhetherTheyAreOffTheRecord(t *testing.T) {
	r := newRig(t)
	r.do("note The survey had 212 replies", "offrecord Mair's own story", "next", "note On item 2")
	want := []Note{
		{Number: 1, Item: 1, Text: "The survey had 212 replies", At: testStart},
		{Number: 2, Item: 1, Text: "Mair's own story", OffRecord: true, At: testStart},
		{Number: 3, Item: 2, Text: "On item 2", At: testStart},
	}
	got := r.state().Notes
	if len(got) != len(want) {
		t.Fatalf("notes %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("note %d: %+v; want %+v", i+1, got[i], want[i])
		}
	}
}

func TestEndClosesTheCurrentItem(t *testing.T) {
	for _, item := range []int{1, 2, 4} {
		r := newRig(t)
		r.do("arrive sian", "arrive aled")
		if item > 1 {
			r.do("item " + string(rune('0'+item)))
		}
		r.do("speak sian")
		r.wait(5 * time.Minute)
		r.do("end")
		st := r.state()
		for i, c := range st.Items {
			closed := !c.ClosedAt.IsZero()
			if i+1 == item && (!c.ClosedAt.Equal(testStart.Add(5*time.Minute)) || strings.Join(c.NotSpoken, ",") != "aled") {
				t.Errorf("ending on item %d: it closed at %v, not heard %v; want at the end, aled", item, c.ClosedAt, c.NotSpoken)
			}
			if i+1 != item && closed && i+1 > item {
				t.Errorf("ending on item %d closed item %d", item, i+1)
			}
		}
		if got := st.ItemElapsed(item, r.clock.Now().Add(time.Hour)); got != 5*time.Minute {
			t.Errorf("ending on item %d: its clock ran on after the end: %v", item, got)
		}
	}
}

func TestTheLatestReviewAndRatificationCount(t *testing.T) {
	setup := testSetup()
	setup.Carried.Decisions = append(setup.Carried.Decisions, CarriedDecision{Origin: Origin{Meeting: "m", Date: "2026-11-05", Number: 2}, Text: "Papers two weeks ahead"})
	r := newRig(t)
	live, _, err := Start(setup, nil, r.rec, r.clock, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r.live = live
	r.do("arrive sian", "arrive dafydd", "arrive mair", "arrive aled", "arrive claire", "arrive tom")
	r.do("ratify 1", "ratify 2 no", "ratify 1 no", "review 2 dropped", "review 1 done", "review 2 by 2027-01-31")
	st := r.state()
	for n, want := range map[int]bool{1: false, 2: false} {
		if got, ok := st.RatificationOf(n); !ok || got.Ratified != want {
			t.Errorf("ratification of %d: %+v, %v; want ratified %v", n, got, ok, want)
		}
	}
	if _, ok := st.RatificationOf(3); ok {
		t.Error("a ratification of a decision never considered")
	}
	for n, want := range map[int]Outcome{1: OutcomeDone, 2: OutcomeNewDate} {
		if got, ok := st.ActionReviewOf(n); !ok || got.Outcome != want {
			t.Errorf("review of %d: %+v, %v; want %s", n, got, ok, want)
		}
	}
	if _, ok := st.ActionReviewOf(3); ok {
		t.Error("a review of an action never reviewed")
	}
}

func TestReplayNamesTheEventItCannotApply(t *testing.T) {
	events := []Event{{Type: EvOpened, At: testStart}, {Type: EvArrived, Person: "sian", At: testStart}, {Type: EvArrived, Person: "sian", At: testStart}}
	_, err := Replay(testSetup(), events)
	if err == nil || err.Error() != "replay event 3 (arrived): sian is already present" {
		t.Fatalf("error %v", err)
	}
	if _, err := Replay(testSetup(), events[:2]); err != nil {
		t.Fatal(err)
	}
}

func TestItemNumbersOutsideTheAgendaHaveNoTime(t *testing.T) {
	s, err := NewState(testSetup())
	if err != nil {
		t.Fatal(err)
	}
	if n, title := s.CurrentItem(); n != 0 || title != "" {
		t.Errorf("before the opening the current item is %d %q; want none", n, title)
	}
	if err := s.Apply(Event{Type: EvOpened, At: testStart}); err != nil {
		t.Fatal(err)
	}
	if err := s.Apply(Event{Type: EvItem, Item: 4, At: testStart}); err != nil {
		t.Fatal(err)
	}
	if n, title := s.CurrentItem(); n != 4 || title != "Any other business" {
		t.Errorf("current item %d %q; want the last, 4", n, title)
	}
	later := testStart.Add(3 * time.Minute)
	for n, want := range map[int]time.Duration{0: 0, 1: 0, 4: 3 * time.Minute, 5: 0} {
		if got := s.ItemElapsed(n, later); got != want {
			t.Errorf("ItemElapsed(%d) = %v; want %v", n, got, want)
		}
	}
	for n, want := range map[int]time.Duration{0: 0, 1: 10 * time.Minute, 4: 10 * time.Minute, 5: 0} {
		if got := s.ItemPlanned(n); got != want {
			t.Errorf("ItemPlanned(%d) = %v; want %v", n, got, want)
		}
	}
}
