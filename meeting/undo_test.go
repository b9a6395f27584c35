package meeting

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/meeting/meetingtest"
)

// undoCase is a meeting recorded line by line, then an undo.
type undoCase struct {
	name  string
	setup []string // console lines; "AS ID: line" is typed by that person
	by    string   // who types undo: "" the chair's laptop, or a person's id
	bare  bool     // nothing recorded before setup (else Dafydd, the minute-taker, and Rhys are here)
	// want is in the undo's lines; refused cases want it in the error.
	want    string
	refused bool
	check   func(t *testing.T, st *State)
}

// Every event type, taken back or passed over, or an undo refused with
// the reason. After every undo the meeting is checked to be exactly as if
// the undone event had never been recorded, live and replayed from the
// journal.
var undoCases = []undoCase{
	{name: "opened: nothing to take back", bare: true, refused: true, want: "there is nothing recorded that undo can take back"},
	{name: "arrived", setup: []string{"arrive mair"}, want: "Undone: Mair Jones arriving at 10:00.",
		check: func(t *testing.T, st *State) { notPresent(t, st, "mair") }},
	{name: "arrived remote", setup: []string{"arrive mair remote"}, want: "Undone: Mair Jones arriving at 10:00.",
		check: func(t *testing.T, st *State) { notPresent(t, st, "mair") }},
	{name: "arrived, then spoke: refused", setup: []string{"arrive mair", "hand mair", "speak", "done"},
		refused: true, want: "Mair Jones arriving at 10:00 cannot be taken back: Mair Jones was put in the speaking queue since"},
	{name: "arrived, then counted in a decision: refused",
		setup: []string{"AS dafydd: arrive tom", "decide Ask the bus company in"}, by: "dafydd",
		refused: true, want: "decision 1 (at 10:00) counted Tom Hughes as present"},
	{name: "arrived, then offered a go-round: refused", setup: []string{"arrive mair", "goround"},
		refused: true, want: "Mair Jones was put in the speaking queue since"},
	{name: "arrived, then an expense: refused", setup: []string{"arrive mair", "expense mair: £4.50 bus fare", "AS dafydd: note x"}, by: "",
		check: func(t *testing.T, st *State) {
			if len(st.Notes) != 0 || len(st.Expenses) != 1 {
				t.Fatalf("the chair's undo took back %d notes, %d expenses", 1-len(st.Notes), 1-len(st.Expenses))
			}
		}},
	{name: "left", setup: []string{"arrive mair", "leave mair"}, want: "Mair Jones is here again.",
		check: func(t *testing.T, st *State) {
			if !st.IsPresent("mair") {
				t.Fatal("Mair is not here again")
			}
		}},
	{name: "left, then a decision without them: refused",
		setup: []string{"arrive mair", "AS dafydd: leave mair", "decide Ask the bus company in"}, by: "dafydd",
		refused: true, want: "decision 1 was taken after Mair Jones left, without them"},
	{name: "left, then an expense of theirs: taken back",
		setup: []string{"arrive mair", "AS dafydd: leave mair", "expense mair: £4.50 bus fare"}, by: "dafydd",
		want: "Undone: Mair Jones leaving at 10:00 (recorded by Dafydd ap Gwilym).\nMair Jones is here again.",
		check: func(t *testing.T, st *State) {
			if !st.IsPresent("mair") || len(st.Expenses) != 1 {
				t.Fatalf("Mair present %v, %d expenses", st.IsPresent("mair"), len(st.Expenses))
			}
		}},
	{name: "left, then arrived again: refused",
		setup: []string{"arrive mair", "AS dafydd: leave mair", "arrive mair"}, by: "dafydd",
		refused: true, want: "Mair Jones arrived again at 10:00"},
	{name: "apologies", setup: []string{"apologies tom"}, want: "Undone: apologies from Tom Hughes.",
		check: func(t *testing.T, st *State) {
			if st.HasApologies("tom") {
				t.Fatal("apologies still recorded")
			}
		}},
	{name: "role", setup: []string{"arrive sian", "chair sian", "chair rhys"}, want: "Siân Davies is the chair again.",
		check: func(t *testing.T, st *State) {
			if st.Chair != "sian" || len(st.Handovers) != 2 {
				t.Fatalf("chair %q, %d hand-overs", st.Chair, len(st.Handovers))
			}
		}},
	{name: "role, then the new chair recorded things: refused",
		setup: []string{"arrive mair remote", "chair mair", "AS mair: chair rhys", "AS rhys: note The new chair's note"}, by: "mair",
		refused: true, want: "Rhys Evans has recorded things as the chair since"},
	{name: "hand", setup: []string{"arrive mair", "hand mair"}, want: "Undone: Mair Jones's hand up (at 10:00).",
		check: func(t *testing.T, st *State) {
			if len(st.Queue) != 0 {
				t.Fatalf("queue %v", st.Queue)
			}
		}},
	{name: "hand answered, speaking and turn ended: passed over", setup: []string{"arrive mair", "arrive tom", "hand mair", "speak", "done"},
		want: "Undone: Tom Hughes arriving at 10:00.",
		check: func(t *testing.T, st *State) {
			notPresent(t, st, "tom")
			if len(st.Turns) != 1 {
				t.Fatal("Mair's turn is gone")
			}
		}},
	{name: "lowered: passed over", setup: []string{"arrive mair", "arrive tom", "hand mair", "lower mair"}, want: "Undone: Tom Hughes arriving",
		check: func(t *testing.T, st *State) { notPresent(t, st, "tom") }},
	{name: "item and hands cleared: passed over", setup: []string{"arrive mair", "arrive tom", "speak mair", "hand rhys", "item 2"}, want: "Undone: Tom Hughes arriving",
		check: func(t *testing.T, st *State) {
			notPresent(t, st, "tom")
			if st.Item != 2 {
				t.Fatalf("item %d", st.Item)
			}
			// Tom was not heard on item 1 when it closed; he is no longer
			// listed as not heard, as he never came.
			if ns := st.Items[0].NotSpoken; slices.Contains(ns, "tom") || !slices.Contains(ns, "rhys") {
				t.Fatalf("not heard on item 1: %v", ns)
			}
		}},
	{name: "break and resume: passed over", setup: []string{"arrive tom", "break", "resume"}, want: "Undone: Tom Hughes arriving",
		check: func(t *testing.T, st *State) {
			if len(st.Breaks) != 1 || st.Pause != nil {
				t.Fatalf("breaks %v pause %v", st.Breaks, st.Pause)
			}
		}},
	{name: "break requested", setup: []string{"arrive mair remote", "AS mair: break"}, by: "mair", want: "Undone: Mair Jones asking for a break",
		check: func(t *testing.T, st *State) {
			if len(st.BreakRequests) != 0 {
				t.Fatal("the request is still there")
			}
		}},
	{name: "break requested, then given: nothing of theirs left", setup: []string{"arrive mair remote", "AS mair: break", "break"}, by: "mair",
		refused: true, want: "there is nothing you recorded that undo can take back"},
	{name: "yellow card", setup: []string{"arrive mair", "card mair yellow"}, want: "Undone: the yellow card from Mair Jones at 10:00.",
		check: func(t *testing.T, st *State) {
			if len(st.Cards) != 0 {
				t.Fatal("card still recorded")
			}
		}},
	{name: "red card: no longer paused, the floor back", setup: []string{"arrive mair", "speak rhys", "card mair red"},
		want: "The meeting is no longer paused.\nRhys Evans has the floor again.",
		check: func(t *testing.T, st *State) {
			if st.Pause != nil || st.Speaker == nil || st.Speaker.Person != "rhys" {
				t.Fatalf("pause %v, speaker %v", st.Pause, st.Speaker)
			}
		}},
	{name: "red card with nobody speaking: no longer paused", setup: []string{"arrive mair", "card mair red"},
		want: "Undone: the red card from Mair Jones at 10:00.\nThe meeting is no longer paused.",
		check: func(t *testing.T, st *State) {
			if st.Pause != nil || st.Speaker != nil {
				t.Fatalf("pause %v, speaker %v", st.Pause, st.Speaker)
			}
		}},
	{name: "red card after the meeting went on: refused", setup: []string{"arrive mair", "card mair red", "resume"},
		refused: true, want: "the meeting has gone on since the pause it started"},
	{name: "note", setup: []string{"note 212 carers answered"}, want: `Undone: note 1, "212 carers answered".`,
		check: func(t *testing.T, st *State) { entries(t, st, 0, 0, 0) }},
	{name: "off-the-record note", setup: []string{"offrecord Mair's own story"}, want: "Undone: note 1 (off the record).",
		check: func(t *testing.T, st *State) { entries(t, st, 0, 0, 0) }},
	{name: "decision", setup: []string{"decide Ask the bus company in"}, want: `Undone: decision 1, "Ask the bus company in".`,
		check: func(t *testing.T, st *State) { entries(t, st, 0, 0, 0) }},
	{name: "decision, then another: refused with strike offered",
		setup: []string{"AS dafydd: decide Ask the bus company in", "decide Write to the board"}, by: "dafydd",
		refused: true, want: "decision 2 has been recorded since, and the numbers would no longer follow on: strike decision 1 instead"},
	{name: "declaration", setup: []string{"declare aled item 2: manages the service"}, want: "Undone: Aled Price's declaration of interest in item 2.",
		check: func(t *testing.T, st *State) {
			if len(st.Declarations) != 0 {
				t.Fatal("still declared")
			}
		}},
	{name: "declaration that kept someone out of a decision: refused",
		setup: []string{"arrive aled", "AS dafydd: declare aled item 1: manages the service", "decide Extend the survey"}, by: "dafydd",
		refused: true, want: "decision 1 left Aled Price out because of it"},
	{name: "action", setup: []string{"action mair by 31/01/2027: ring the bus company"},
		want:  `Undone: action 1, Mair Jones by 31 January 2027: "ring the bus company".`,
		check: func(t *testing.T, st *State) { entries(t, st, 0, 0, 0) }},
	{name: "reflection", setup: []string{"reflect 4/5 Everyone had a say"}, want: "Undone: the reflection",
		check: func(t *testing.T, st *State) {
			if len(st.Reflections) != 0 {
				t.Fatal("still there")
			}
		}},
	{name: "expense", setup: []string{"arrive mair", "expense mair: £4.50 bus fare"}, want: "Undone: Mair Jones's expense of £4.50.",
		check: func(t *testing.T, st *State) {
			if len(st.Expenses) != 0 {
				t.Fatal("still there")
			}
		}},
	{name: "review", setup: []string{"review 1 done"}, want: "Undone: the review of carried action 1.",
		check: func(t *testing.T, st *State) {
			if _, ok := st.ActionReviewOf(1); ok {
				t.Fatal("still reviewed")
			}
		}},
	{name: "ratification", setup: []string{"arrive sian", "arrive mair", "arrive aled", "arrive claire", "arrive tom", "ratify 1"},
		want: "Undone: the ratification of carried decision 1.",
		check: func(t *testing.T, st *State) {
			if _, ok := st.RatificationOf(1); ok {
				t.Fatal("still ratified")
			}
		}},
	{name: "correction", setup: []string{"note 212 carers", "correct note 1: 213 carers"}, want: "Note 1 reads again: 212 carers",
		check: func(t *testing.T, st *State) {
			if st.Notes[0].Text != "212 carers" || st.Notes[0].Corrected != 0 {
				t.Fatalf("note %+v", st.Notes[0])
			}
		}},
	{name: "strike", setup: []string{"decide Ask the bus company in", "strike decision 1: recorded under the wrong item"},
		want: "Decision 1 is back in the minutes.",
		check: func(t *testing.T, st *State) {
			if len(st.Decisions) != 1 || len(st.Struck) != 0 {
				t.Fatal("still struck")
			}
		}},
	{name: "correction by someone else after mine: refused",
		setup: []string{"AS dafydd: note 212 carers", "correct note 1: 213 carers"}, by: "dafydd",
		refused: true, want: "note 1 was corrected since; undo that first"},
	{name: "a strike by someone else after mine: refused",
		setup: []string{"AS dafydd: note 212 carers", "strike note 1: recorded twice"}, by: "dafydd",
		refused: true, want: "note 1 was struck since; undo that first"},
	{name: "visitor", setup: []string{"visitor Dr Anita Patel, NHS England"}, want: "Undone: the visitor Dr Anita Patel arriving at 10:00.",
		check: func(t *testing.T, st *State) {
			if _, err := st.Roster.Find("anita"); err == nil || len(st.Visitors) != 0 || st.Status().Visitors != 0 {
				t.Fatal("the visitor is still known")
			}
		}},
	{name: "undo again goes further back", setup: []string{"arrive mair", "arrive tom", "undo"}, want: "Undone: Mair Jones arriving",
		check: func(t *testing.T, st *State) { notPresent(t, st, "mair"); notPresent(t, st, "tom") }},
	{name: "the minute-taker takes back only their own", setup: []string{"AS dafydd: note Mine", "note The chair's"}, by: "dafydd",
		want: `Undone: note 1, "Mine" (recorded by Dafydd ap Gwilym).`,
		check: func(t *testing.T, st *State) {
			if len(st.Notes) != 1 || st.Notes[0].Number != 2 {
				t.Fatalf("notes %+v", st.Notes)
			}
		}},
	{name: "a member with nothing of theirs", setup: []string{"arrive mair", "hand mair"}, by: "mair",
		refused: true, want: "only the chair can take back what others recorded"},
	{name: "ended", setup: []string{"end"}, refused: true, want: "the meeting has ended"},
	{name: "vote opened", setup: []string{"vote Run the survey again?"}, want: `Undone: opening vote 1, "Run the survey again?".`,
		check: func(t *testing.T, st *State) {
			if st.OpenVote() != nil || len(st.Votes) != 0 {
				t.Fatal("the vote is still open")
			}
		}},
	{name: "vote cast", setup: []string{"arrive sian", "vote Run the survey again?", "for sian, rhys"}, want: "Undone: Rhys Evans's vote, for.",
		check: func(t *testing.T, st *State) {
			if v := st.OpenVote(); v == nil || len(v.Casts) != 1 || v.Casts[0].Person != "sian" {
				t.Fatalf("vote %+v", v)
			}
		}},
	{name: "a vote counted since: refused", setup: []string{"arrive sian", "vote Run the survey again?", "AS dafydd: for sian", "vote close"},
		by: "dafydd", refused: true, want: "it was counted in decision 1 since"},
	{name: "a vote's result: refused", setup: []string{"arrive sian", "vote Run the survey again?", "for sian", "vote close"},
		refused: true, want: "the result of a vote or an election is not taken back by undo; strike it (strike decision 1: REASON)"},
	{name: "an arrival, then a vote: refused", setup: []string{"arrive sian", "vote Run the survey again?", "AS dafydd: arrive mair", "for mair"},
		by: "dafydd", refused: true, want: "Mair Jones's vote was recorded since"},
	{name: "election opened", setup: []string{"arrive sian", "elect chair: sian, rhys"}, want: "Undone: opening election 1.",
		check: func(t *testing.T, st *State) {
			if st.OpenElection() != nil {
				t.Fatal("the election is still open")
			}
		}},
	{name: "paper ballots", setup: []string{"arrive sian", "elect chair: sian, rhys", "tally sian 2"}, want: "Undone: 2 paper ballots for Siân Davies.",
		check: func(t *testing.T, st *State) {
			if el := st.OpenElection(); el == nil || el.Paper[0] != 0 {
				t.Fatalf("election %+v", el)
			}
		}},
	{name: "paper ballots counted in an election's result: refused",
		setup: []string{"arrive sian", "elect chair: sian, rhys", "AS dafydd: tally sian 2", "elect close"},
		by:    "dafydd", refused: true, want: "it was counted in decision 1 since"},
	{name: "a secret ballot is never taken back", setup: []string{"arrive sian remote", "elect chair: sian, rhys", "AS sian: ballot rhys"},
		by: "sian", refused: true, want: "there is nothing you recorded that undo can take back"},
}

func TestUndoEveryEventType(t *testing.T) {
	covered := map[EventType]bool{EvUndone: true, EvResumed: true} // a resume: TestUndoPassesOverAResume
	for _, tc := range undoCases {
		t.Run(tc.name, func(t *testing.T) {
			runUndo(t, tc, func(st *State) {
				for _, e := range st.log {
					covered[e.Type] = true
				}
			})
		})
	}
	for _, typ := range allEventTypes() {
		if !covered[typ] {
			t.Errorf("no undo case records a %s event", typ)
		}
	}
}

// A meeting interrupted and resumed: the gap is passed over by undo.
func TestUndoPassesOverAResume(t *testing.T) {
	r := newRig(t)
	r.do("arrive mair")
	live, _, err := Start(testSetup(), meetingtest.Events[Event](t, r.rec), r.rec, r.clock, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r.live = live
	if r.state().log[len(r.state().log)-1].Type != EvResumed {
		t.Fatal("no resume recorded")
	}
	r.do("undo")
	notPresent(t, r.state(), "mair")
	r.sameAsNeverRecorded()
}

// After an undo, numbers follow on from what stands: a decision taken
// back leaves its number free; a note taken back out of order leaves a
// gap, never a number used twice.
func TestNumbersAfterUndo(t *testing.T) {
	r := newRig(t)
	r.do("arrive dafydd remote", "minutes dafydd", "decide A", "undo", "decide B")
	if d := r.state().Decisions; len(d) != 1 || d[0].Number != 1 || d[0].Text != "B" {
		t.Fatalf("decisions %+v", d)
	}
	if _, err := r.live.Do(Actor{Person: "dafydd"}, "note first"); err != nil {
		t.Fatal(err)
	}
	r.do("note second")
	if _, err := r.live.Do(Actor{Person: "dafydd"}, "undo"); err != nil {
		t.Fatal(err)
	}
	r.do("note third")
	var nums []int
	for _, n := range r.state().Notes {
		nums = append(nums, n.Number)
	}
	if !slices.Equal(nums, []int{2, 3}) {
		t.Fatalf("note numbers %v; want [2 3]", nums)
	}
}

func TestCorrectAndStrike(t *testing.T) {
	for _, kind := range []string{"note", "decision", "action"} {
		t.Run(kind, func(t *testing.T) {
			r := newRig(t)
			first := map[string]string{
				"note":     "note 212 carers answered",
				"decision": "decide Ask the bus compnay in",
				"action":   "action mair by 31/01/2027: ring the bus compnay",
			}[kind]
			r.do(first)
			r.fails("correct "+kind+" 2: x", "there is no "+kind+" 2; the "+kind+"s are 1")
			lines := r.do("correct " + kind + " 1: the right words")
			if !strings.Contains(lines[0], " 1 now reads: the right words") {
				t.Fatalf("correct said %q", lines)
			}
			text, corrected, _ := r.state().entry(Entry(kind), 1)
			if *text != "the right words" || *corrected != 1 {
				t.Fatalf("%s 1: %q, corrected %d", kind, *text, *corrected)
			}
			r.fails("correct "+kind+" 1: the right words", "says that already")
			lines = r.do("strike " + kind + " 1: recorded twice")
			if !strings.Contains(lines[0], "is struck out of the minutes (recorded twice)") {
				t.Fatalf("strike said %q", lines)
			}
			r.fails("correct "+kind+" 1: again", "is struck out of the minutes already (recorded twice)")
			r.fails("strike "+kind+" 1: again", "is struck out of the minutes already")
			st := r.state()
			if len(st.Notes)+len(st.Decisions)+len(st.Actions) != 0 || len(st.Struck) != 1 || st.Struck[0].Text != "the right words" {
				t.Fatalf("a struck %s is still in the record: %+v", kind, st.Struck)
			}
			r.do(first)
			if got := r.state().NextNumber(Entry(kind)); got != 3 {
				t.Fatalf("after a struck %s 1 and a new one, the next number is %d; want 3", kind, got)
			}
			// The journal keeps every version, and replays to the same.
			var versions []string
			for _, e := range meetingtest.Events[Event](t, r.rec) {
				if e.Text != "" && (e.Type == EvCorrected || e.Number == 1 && e.Type != EvStruck) {
					versions = append(versions, e.Text)
				}
			}
			if len(versions) != 2 {
				t.Fatalf("the journal keeps %q; want both wordings", versions)
			}
			r.sameAsNeverRecorded()
			r.as(Actor{Person: "mair"}, "strike "+kind+" 1: x", "only the chair")
		})
	}
}

func TestVisitor(t *testing.T) {
	r := newRig(t)
	lines := r.do("visitor Dr Anita Patel, NHS England")
	if !strings.Contains(lines[0], "Visitor Dr Anita Patel (NHS England) arrived (in the room): not counted for quorum or balance. They leave with: leave anita") {
		t.Fatalf("visitor said %q", lines)
	}
	st := r.state()
	if s := st.Status(); s.Present != 0 || s.Visitors != 1 || !strings.Contains(s.String(), "and 1 visitor not counted") {
		t.Fatalf("status %+v: %s", s, s)
	}
	if p := st.Person("anita"); p.Name != "Dr Anita Patel" || p.Organisation != "NHS England" {
		t.Fatalf("person %+v", p)
	}
	r.fails("visitor Dr Anita Patel", "is here already")
	r.fails("visitor Mair Jones", "Mair Jones is in the roster (person using services); record their arrival with: arrive mair")
	r.do("leave patel")
	r.fails("visitor dr anita patel", "visited earlier today; record them coming back with: arrive anita")
	r.do("arrive anita remote", "visitor Anita Jones")
	if _, err := r.state().Roster.Find("anita jones"); err != nil {
		t.Fatal(err)
	}
	if id := r.state().Visitors[1].ID; id != "anita-jones" {
		t.Fatalf("second visitor's id %q", id)
	}
	r.sameAsNeverRecorded()
}

// Names: a whole first name or surname, an id or the start of a first
// name is taken; the start of only a surname, or a near miss, is asked
// about, with the line to type.
func TestNamesAskedAbout(t *testing.T) {
	r := newRig(t)
	_, err := r.live.Do(ConsoleActor(), "arrive jon remote")
	s, ok := SuggestionOf(err)
	if !ok || s.Ask != "Mair Jones?" || s.Line != "arrive mair remote" {
		t.Fatalf("arrive jon: %v, %+v", err, s)
	}
	if !strings.Contains(err.Error(), `no one called "jon" in the roster; did you mean Mair Jones? type: arrive mair remote`) {
		t.Fatalf("error %q", err)
	}
	if r.state().IsPresent("mair") {
		t.Fatal("Mair was recorded")
	}
	_, err = r.live.Do(ConsoleActor(), "action gwenn by 31/01/2027: ring gwenn")
	if s, ok := SuggestionOf(err); !ok || s.Line != "action gwen by 31/01/2027: ring gwenn" {
		t.Fatalf("a near miss: %v %+v", err, s)
	}
	r.do("arrive jones", "arrive rh")
}

// A date without a year is asked about, with the line to type; "next
// meeting" is the agenda's next meeting, or asked for when it has none.
func TestDatesAskedAbout(t *testing.T) {
	r := newRig(t)
	_, err := r.live.Do(ConsoleActor(), "action mair by 31 Jan: ring the bus company")
	s, ok := SuggestionOf(err)
	if !ok || s.Ask != "31 January 2027?" || s.Line != "action mair by 31/01/2027: ring the bus company" {
		t.Fatalf("%v %+v", err, s)
	}
	r.fails("action mair by next meeting: x", "the agenda does not say when the next meeting is")
	r.fails("action mair by 01/12/2026: x", "the date 1 December 2026 is before the meeting (3 December 2026)")
	lines := r.do("action mair by 31 January 2027: x", "review 1 by 28/02/2027")
	if !strings.Contains(lines[0], "by 31 January 2027") {
		t.Fatalf("%q", lines)
	}

	setup := testSetup()
	setup.Agenda.Next = time.Date(2027, 1, 14, 10, 0, 0, 0, time.UTC)
	live, _, err := Start(setup, nil, &meetingtest.Recorder{}, NewSimClock(testStart), Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := live.Do(ConsoleActor(), "action mair by next meeting: ring the bus company")
	if err != nil || res.Events[0].Due != "2027-01-14" {
		t.Fatalf("%v %+v", err, res.Events)
	}
}

// An item that is a break starts the break when the meeting reaches it.
func TestBreakItemStartsTheBreak(t *testing.T) {
	setup := testSetup()
	off := false
	setup.Agenda.Items = append(setup.Agenda.Items[:2:2], configItem("Lunch", 30, nil), configItem("Break-out groups", 20, nil),
		configItem("Tea and cake", 15, &off), configItem("Wrap up", 5, nil))
	live, _, err := Start(setup, nil, &meetingtest.Recorder{}, NewSimClock(testStart), Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := live.Do(ConsoleActor(), "item 3")
	if err != nil || len(res.Events) != 2 || res.Events[1].Type != EvBreakStarted || res.Events[1].Seconds != 30*60 {
		t.Fatalf("item 3 (Lunch): %v, %+v", err, res.Events)
	}
	if p := live.Snapshot(ConsoleActor()).State.Pause; p == nil || p.Kind != PauseBreak {
		t.Fatal("not on a break")
	}
	for _, line := range []string{"resume", "next", "next"} {
		if res, err = live.Do(ConsoleActor(), line); err != nil {
			t.Fatal(err)
		}
	}
	if st := live.Snapshot(ConsoleActor()).State; st.Pause != nil || len(st.Breaks) != 1 {
		t.Fatalf("a break-out group or break = false started a break: %v", st.Breaks)
	}
}

// line runs one setup line: "AS ID: line" as that person, else on the
// chair's laptop.
func (r *rig) line(line string) {
	r.t.Helper()
	actor := ConsoleActor()
	if rest, ok := strings.CutPrefix(line, "AS "); ok {
		id, l, _ := strings.Cut(rest, ": ")
		actor, line = Actor{Person: id}, l
	}
	if _, err := r.live.Do(actor, line); err != nil {
		r.t.Fatalf("%q as %+v: %v", line, actor, err)
	}
}

// sameAsNeverRecorded checks that the live meeting, the journal replayed,
// and the journal without the undone events and the undos all give the
// same state: an undo is exactly as if the event had never been recorded.
func (r *rig) sameAsNeverRecorded() {
	r.t.Helper()
	events := meetingtest.Events[Event](r.t, r.rec)
	setup := r.live.Snapshot(ConsoleActor()).State.Setup
	replayed, err := Replay(setup, events)
	if err != nil {
		r.t.Fatalf("replay: %v", err)
	}
	never, err := Replay(setup, Standing(events))
	if err != nil {
		r.t.Fatalf("replay without the undone events: %v", err)
	}
	live := digest(r.t, r.state())
	if got := digest(r.t, replayed); got != live {
		r.t.Fatalf("replayed journal differs from the live meeting:\n%s\n%s", got, live)
	}
	if got := digest(r.t, never); got != live {
		r.t.Fatalf("the meeting after undo differs from one where it never happened:\n%s\n%s", got, live)
	}
}

// digest is a state's exported contents, without the count and time of
// the events applied.
func digest(t *testing.T, st *State) string {
	t.Helper()
	c := st.Clone()
	c.Events, c.Last, c.Setup = 0, time.Time{}, nil
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func configItem(title string, minutes int, isBreak *bool) config.Item {
	return config.Item{Title: title, Minutes: minutes, Break: isBreak}
}

func notPresent(t *testing.T, st *State, id string) {
	t.Helper()
	if st.IsPresent(id) || slices.ContainsFunc(st.Attendance, func(s Stint) bool { return s.Person == id }) {
		t.Fatalf("%s is still in the attendance", id)
	}
}

func entries(t *testing.T, st *State, notes, decisions, actions int) {
	t.Helper()
	if len(st.Notes) != notes || len(st.Decisions) != decisions || len(st.Actions) != actions {
		t.Fatalf("%d notes, %d decisions, %d actions; want %d, %d, %d", len(st.Notes), len(st.Decisions), len(st.Actions), notes, decisions, actions)
	}
}

// allEventTypes is every event type, so that a new one must be given an
// undo case.
func allEventTypes() []EventType {
	return []EventType{EvOpened, EvResumed, EvArrived, EvLeft, EvApologies, EvRole, EvItem, EvBreakStarted,
		EvBreakRequested, EvResumedAfter, EvHand, EvLowered, EvGoRound, EvSpeaking, EvTurnEnded, EvCard, EvNote,
		EvOffRecord, EvDecided, EvDeclared, EvAction, EvReflected, EvEnded, EvExpense, EvReviewed, EvRatified,
		EvUndone, EvCorrected, EvStruck, EvVisitor,
		EvVoteOpened, EvVoteCast, EvElectionOpened, EvBallotCast, EvTallied}
}

// A screen asks before it undoes: UndoWhat names what undo would take
// back, or why not, and changes nothing.
func TestUndoWhat(t *testing.T) {
	r := newRig(t)
	if _, err := r.state().UndoWhat(ConsoleActor()); err == nil {
		t.Fatal("nothing recorded, yet undo offers to take something back")
	}
	r.do("arrive mair", "hand mair")
	what, err := r.state().UndoWhat(ConsoleActor())
	if err != nil || what != "Mair Jones's hand up (at 10:00)" {
		t.Fatalf("UndoWhat = %q, %v", what, err)
	}
	if _, err := r.state().UndoWhat(Actor{Person: "gwen"}); err == nil {
		t.Fatal("an observer may undo")
	}
	if len(r.state().Queue) != 1 {
		t.Fatal("UndoWhat changed the meeting")
	}
}

// What was struck, and what others recorded, reach no view but the full
// one: a member's view says that an entry was struck and why, and of the
// journal keeps only what they recorded; they can still be told what undo
// would take back for them.
func TestViewsOfThePutRightRecord(t *testing.T) {
	r := newRig(t)
	r.do("arrive mair remote", "arrive dafydd remote", "minutes dafydd", "offrecord Mair's own story", "note 212 carers",
		"strike note 1: not for here", "strike note 2: recorded twice")
	if _, err := r.live.Do(Actor{Person: "mair"}, "hand"); err != nil {
		t.Fatal(err)
	}
	member := r.live.Snapshot(Actor{Person: "mair"}).State
	if len(member.Struck) != 1 || member.Struck[0].Number != 0 || member.Struck[0].Text != "" || member.Struck[0].Reason != "recorded twice" {
		t.Fatalf("a member sees struck %+v", member.Struck)
	}
	for _, e := range member.log {
		if e.By != "mair" && (e.Type != "" || e.Text != "" || e.Person != "") {
			t.Fatalf("a member's view has someone else's event %+v", e)
		}
	}
	if what, err := member.UndoWhat(Actor{Person: "mair"}); err != nil || what != "Mair Jones's hand up (at 10:00)" {
		t.Fatalf("UndoWhat in a member's view: %q, %v", what, err)
	}
	mt := r.live.Snapshot(Actor{Person: "dafydd"}).State
	if len(mt.Struck) != 2 || mt.Struck[0].Text != "" {
		t.Fatalf("the minute-taker sees struck %+v", mt.Struck)
	}
	if full := r.live.Snapshot(ConsoleActor()).State; full.Struck[0].Text != "Mair's own story" {
		t.Fatalf("the chair's state lost what was struck: %+v", full.Struck)
	}
}
