package meeting

import (
	"errors"
	"strings"
	"testing"

	"github.com/gyda/gyda/meeting/meetingtest"
	"github.com/gyda/gyda/roster"
)

// Before the chair undoes something another person recorded, the screen
// says whose it was; once the meeting has ended there is nothing to undo.
func TestUndoWhatSaysWhoRecordedIt(t *testing.T) {
	r := newRig(t)
	r.do("arrive dafydd remote", "minutes dafydd")
	r.line("AS dafydd: note 212 carers answered")
	if what, err := r.state().UndoWhat(ConsoleActor()); err != nil || what != `note 1, "212 carers answered" (recorded by Dafydd ap Gwilym)` {
		t.Fatalf("the chair is asked about %q, %v", what, err)
	}
	if what, err := r.state().UndoWhat(Actor{Person: "dafydd"}); err != nil || what != `note 1, "212 carers answered"` {
		t.Fatalf("the minute-taker is asked about %q, %v", what, err)
	}
	r.do("end")
	if _, err := r.state().UndoWhat(ConsoleActor()); err == nil || !strings.Contains(err.Error(), "the meeting has ended; nothing more can be recorded") {
		t.Fatalf("after the end: %v", err)
	}
}

// The current item is the one the meeting is at, from the first to the
// last; before the meeting opens it is none.
func TestCurrentItemIsTheItemTheMeetingIsAt(t *testing.T) {
	st, err := NewState(testSetup())
	if err != nil {
		t.Fatal(err)
	}
	if n, title := st.CurrentItem(); n != 0 || title != "" {
		t.Fatalf("before the meeting opens: item %d %q", n, title)
	}
	r := newRig(t)
	if n, title := r.state().CurrentItem(); n != 1 || title != "Welcome, apologies and quorum" {
		t.Fatalf("at the opening: item %d %q", n, title)
	}
	r.do("item 4")
	if n, title := r.state().CurrentItem(); n != 4 || title != "Any other business" {
		t.Fatalf("at the last item: item %d %q", n, title)
	}
	past := r.state().Clone()
	past.Item = 5
	if n, title := past.CurrentItem(); n != 0 || title != "" {
		t.Fatalf("past the last item: item %d %q", n, title)
	}
}

// A record that cannot be replayed says which event (counting from 1)
// and why, so the journal's line can be found.
func TestReplaySaysWhichEventCannotApply(t *testing.T) {
	r := newRig(t)
	r.do("arrive mair", "note 212 carers")
	events := meetingtest.Events[Event](t, r.rec)
	bad := Event{Type: EvUndone, At: testStart, Undoes: 99}
	_, err := Replay(testSetup(), append(events, bad))
	var re *ReplayError
	if !errors.As(err, &re) || re.Event != len(events)+1 || re.Type != EvUndone || re.Err == nil || !errors.Is(err, re.Err) {
		t.Fatalf("replay: %v (%+v)", err, re)
	}
	if want := "replay event 4 (undone): undo of event 99, of 3"; err.Error() != want {
		t.Fatalf("replay said %q; want %q", err, want)
	}
	if _, err := Replay(testSetup(), []Event{{Type: EvArrived, At: testStart, Person: "mair"}}); !errors.As(err, &re) || re.Event != 1 {
		t.Fatalf("an arrival before the opening: %v", err)
	}
}

// A meeting needs an agenda with items and a roster that holds together.
func TestNewStateNeedsItemsAndARoster(t *testing.T) {
	setup := testSetup()
	setup.Agenda.Items = nil
	if _, err := NewState(setup); err == nil || !strings.Contains(err.Error(), `the agenda "Co-production Group" has no items`) {
		t.Fatalf("no items: %v", err)
	}
	setup = testSetup()
	setup.People = append(setup.People, roster.Person{ID: "mair", Name: "Mair Evans", Kind: roster.Carer})
	if _, err := NewState(setup); err == nil || !strings.Contains(err.Error(), "meeting roster") {
		t.Fatalf("two people with one id: %v", err)
	}
}

// Correcting or striking an entry that is not there says which numbers
// there are, or that there are none yet.
func TestCorrectSaysWhichNumbersThereAre(t *testing.T) {
	r := newRig(t)
	r.fails("correct note 1: 213 carers", "there is no note 1; no notes are recorded yet")
	r.do("action mair by 31/01/2027: ring the bus company", "action tom by 31/01/2027: write to the board")
	r.fails("strike action 3: recorded twice", "there is no action 3; the actions are 1 and 2")
}

// A due date that cannot be read at all is refused with why, and no line
// is offered to type instead.
func TestADueDateNotUnderstoodIsRefused(t *testing.T) {
	r := newRig(t)
	_, err := r.live.Do(ConsoleActor(), "action mair by 45/13/2027: ring the bus company")
	if err == nil || !IsRefusal(err) {
		t.Fatalf("a date that is no date: %v", err)
	}
	if s, ok := SuggestionOf(err); ok {
		t.Fatalf("a date that is no date offers %+v", s)
	}
	if len(r.state().Actions) != 0 {
		t.Fatal("the action was recorded")
	}
}
