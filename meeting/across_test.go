package meeting

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/meeting/meetingtest"
)

// Matters arising, expenses and reflection scores: the meeting's part in
// what happens across meetings.

func TestParseAcrossMeetings(t *testing.T) {
	due := time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		line string
		want Command
	}{
		{"review 1 done", Command{Verb: VerbReview, Number: 1, Outcome: OutcomeDone}},
		{"review #2 dropped: the bus company closed", Command{Verb: VerbReview, Number: 2, Outcome: OutcomeDropped, Text: "the bus company closed"}},
		{"review 1 by 2027-01-31", Command{Verb: VerbReview, Number: 1, Outcome: OutcomeNewDate, Due: due}},
		{"review 1 BY 2027-01-31 : waiting for the figures", Command{Verb: VerbReview, Number: 1, Outcome: OutcomeNewDate, Due: due, Text: "waiting for the figures"}},
		{"ratify 1", Command{Verb: VerbRatify, Number: 1, Outcome: OutcomeRatified}},
		{"ratify 1 yes", Command{Verb: VerbRatify, Number: 1, Outcome: OutcomeRatified}},
		{"ratify 2 no: we need the costs first", Command{Verb: VerbRatify, Number: 2, Outcome: OutcomeNotRatified, Text: "we need the costs first"}},
		{"arising", Command{Verb: VerbArising}},
		{"matters", Command{Verb: VerbArising}},
		{"expense sian: 12 miles", Command{Verb: VerbExpense, Name: "sian", Miles: 12}},
		{"expense Siân Davies: 12.5 miles from Neath", Command{Verb: VerbExpense, Name: "Siân Davies", Miles: 12.5, Text: "from Neath"}},
		{"expense sian: 3 mile", Command{Verb: VerbExpense, Name: "sian", Miles: 3}},
		{"expense rhys: £4.50 bus fare", Command{Verb: VerbExpense, Name: "rhys", Pence: 450, Text: "bus fare"}},
		{"expense rhys: £4.5 bus fare", Command{Verb: VerbExpense, Name: "rhys", Pence: 450, Text: "bus fare"}},
		{"expense rhys: £12 taxi, as the bus was cancelled", Command{Verb: VerbExpense, Name: "rhys", Pence: 1200, Text: "taxi, as the bus was cancelled"}},
		{"expense rhys: 80p parking", Command{Verb: VerbExpense, Name: "rhys", Pence: 80, Text: "parking"}},
	}
	for _, tt := range tests {
		got, err := Parse(tt.line)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.line, err)
			continue
		}
		got.Line, got.DueText = "", ""
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%q) = %+v; want %+v", tt.line, got, tt.want)
		}
	}
}

func TestParseAcrossMeetingsErrors(t *testing.T) {
	tests := []struct{ line, want string }{
		{"review", "review needs the number of the item from the matters arising"},
		{"review one done", "review needs the number"},
		{"review 0 done", "review needs the number"},
		{"review 1", "review 1 needs done, dropped, or by and a new date"},
		{"review 1 finished", "review 1 needs done, dropped, or by and a new date"},
		{"review 1 by 31/13/2027", `review 1: the new date: "31/13/2027" is not a day of the calendar`},
		{"ratify", "ratify needs the number"},
		{"ratify 1 maybe", "ratify 1 maybe: say yes or no"},
		{"arising now", "arising takes nothing after it"},
		{"expense", "expense needs a name, a colon and the cost"},
		{"expense sian 12 miles", "expense needs a name, a colon and the cost"},
		{"expense sian: 12", "expense needs miles or an amount in pounds after the colon"},
		{"expense sian: 12 km", "expense needs miles or an amount in pounds"},
		{"expense sian: 12.55 miles", "expense needs miles or an amount in pounds"},
		{"expense sian: 0 miles", "0 miles is not a distance from 0.1 to 1000 miles"},
		{"expense sian: 1001 miles", "is not a distance"},
		{"expense sian: £4.50", "say what the £4.50 was for, like: expense NAME: £4.50 bus fare"},
		{"expense sian: £4.505 bus", "expense needs miles or an amount in pounds"},
		{"expense sian: £0 bus", "the amount must be more than nothing"},
		{"expense sian: £1000 hotel", "£1000.00 is more than £999.99 for one claim"},
		{"expense sian: 4.50 bus fare", "expense needs miles or an amount in pounds"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.line)
		if err == nil {
			t.Errorf("Parse(%q) succeeded; want an error containing %q", tt.line, tt.want)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q): %q; want it to contain %q", tt.line, err, tt.want)
		}
	}
}

func TestMattersArising(t *testing.T) {
	r := newRig(t)
	opening := r.live.Snapshot(ConsoleActor()).State.Describe(Event{Type: EvOpened, At: testStart})
	if want := "Matters arising from earlier meetings: 2 actions to review, and 1 provisional decision to ratify or not. Type arising to list them."; opening[len(opening)-1] != want {
		t.Errorf("opening ends %q; want %q", opening[len(opening)-1], want)
	}
	lines := r.do("arising")
	want := []string{
		"Actions from earlier meetings:",
		"  1. Aled Price, by 30 November 2026: share the survey results with the carers' centre (action 1 of 5 November 2026). Now: not reviewed yet.",
		"  2. Ffion Hughes, by 1 December 2026: ask the bus company to come (action 2 of 5 November 2026). Now: not reviewed yet.",
		"Review each with: review N done, review N dropped, or review N by YYYY-MM-DD (a new date).",
		"Provisional decisions to ratify:",
		"  1. Run the survey again in spring (decision 1 of 5 November 2026; provisional because 1 more person needed for quorum). Now: not considered yet.",
		"Settle each, while quorate and balanced, with: ratify N, or ratify N no.",
	}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("arising:\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}

	r.fails("review 3 done", "there is no carried action 3; they are numbered 1 to 2")
	r.fails("review 1 by 2026-12-02", "the date 2 December 2026 is before the meeting (3 December 2026)")
	if got := r.do("review 1 done"); got[0] != "Carried action 1 (Aled Price: share the survey results with the carers' centre) is done." {
		t.Errorf("review line %q", got[0])
	}
	r.fails("review 1 done", "carried action 1 is already done")
	r.do("review 1 by 2027-01-31: the figures are late") // a change of mind: the latest counts
	r.fails("review 1 by 2027-01-31", "already given a new date, 31 January 2027")
	r.do("review 2 dropped")

	// Ratifying needs a quorate, balanced meeting.
	r.fails("ratify 1", "only while the meeting is quorate and balanced (now: 6 more people needed for quorum;")
	r.do("arrive sian", "arrive dafydd", "arrive mair", "arrive rhys", "arrive aled", "arrive claire")
	r.fails("ratify 2", "there is no carried decision 2; they are numbered 1 to 1")
	got := r.do("ratify 1")
	if got[0] != "Provisional decision 1 of 5 November 2026 is ratified: Run the survey again in spring" ||
		!strings.HasPrefix(got[1], "At the ratification: 6 present: 4 lived experience, 2 staff; balanced; quorate") {
		t.Errorf("ratify lines %q", got)
	}
	r.fails("ratify 1 yes", "carried decision 1 is already ratified")

	st := r.state()
	if rv, ok := st.ActionReviewOf(1); !ok || rv.Outcome != OutcomeNewDate || rv.Due != "2027-01-31" || rv.Note != "the figures are late" {
		t.Errorf("review of action 1: %+v", rv)
	}
	if rv, ok := st.ActionReviewOf(2); !ok || rv.Outcome != OutcomeDropped {
		t.Errorf("review of action 2: %+v", rv)
	}
	if rt, ok := st.RatificationOf(1); !ok || !rt.Ratified || !rt.Quorum.Quorate || rt.Quorum.Present != 6 {
		t.Errorf("ratification: %+v", rt)
	}
	lines = r.do("arising")
	for _, w := range []string{"Now: given a new date, 31 January 2027.", "Now: dropped.", "Now: ratified."} {
		if !strings.Contains(strings.Join(lines, "\n"), w) {
			t.Errorf("arising does not say %q:\n%s", w, strings.Join(lines, "\n"))
		}
	}
	// Still listed after the meeting ends.
	r.do("end")
	if _, err := r.live.Do(ConsoleActor(), "arising"); err != nil {
		t.Errorf("arising after the end: %v", err)
	}
}

func TestNothingCarried(t *testing.T) {
	setup := testSetup()
	setup.Carried = Carried{}
	live, lines, err := Start(setup, nil, &meetingtest.Recorder{}, NewSimClock(testStart), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(strings.Join(lines, "\n"), "Matters arising") {
		t.Errorf("opening mentions matters arising with none: %q", lines)
	}
	res, err := live.Do(ConsoleActor(), "arising")
	if err != nil || len(res.Lines) != 1 || res.Lines[0] != "Nothing is carried from earlier meetings." {
		t.Errorf("arising: %q, %v", res.Lines, err)
	}
	for _, line := range []string{"review 1 done", "ratify 1"} {
		if _, err := live.Do(ConsoleActor(), line); err == nil || !strings.Contains(err.Error(), "carried from earlier meetings") {
			t.Errorf("%s with nothing carried: %v", line, err)
		}
	}
}

func TestExpenses(t *testing.T) {
	r := newRig(t)
	r.fails("expense sian: 12 miles", "Siân Davies has not been at this meeting; record their arrival first")
	r.do("arrive sian", "arrive rhys remote", "arrive aled", "arrive gwen")
	if got := r.do("expense sian: 12 miles"); got[0] != "Expense for Siân Davies: 12 miles at 45p a mile, £5.40. It goes to the organisers, not into the minutes." {
		t.Errorf("mileage line %q", got[0])
	}
	r.do("expense sian: 12.5 miles home by another road")
	r.do("expense rhys: £4.50 bus fare", "expense gwen: 80p parking")
	r.fails("expense aled: £4.50 bus fare", "Aled Price is staff; staff claim expenses from their employer")
	r.fails("expense rhys: £10 flat rate for coming", "expenses are actual costs only, never a flat rate")
	r.fails("expense rhys: £5 attendance allowance", "never an allowance")
	r.do("leave rhys")
	r.do("expense rhys: £2.20 phone data") // claimed after they left: they were here

	st := r.state()
	want := []Expense{
		{Person: "sian", Pence: 540, Miles: 12, Rate: 45},
		{Person: "sian", Pence: 563, Miles: 12.5, Rate: 45, Text: "home by another road"},
		{Person: "rhys", Pence: 450, Text: "bus fare"},
		{Person: "gwen", Pence: 80, Text: "parking"},
		{Person: "rhys", Pence: 220, Text: "phone data"},
	}
	if len(st.Expenses) != len(want) {
		t.Fatalf("%d expenses; want %d: %+v", len(st.Expenses), len(want), st.Expenses)
	}
	for i, w := range want {
		got := st.Expenses[i]
		got.At, got.By = time.Time{}, ""
		if got != w {
			t.Errorf("expense %d: %+v; want %+v", i+1, got, w)
		}
	}
	if n := len(st.ExpensesOf("rhys")); n != 2 {
		t.Errorf("rhys has %d expenses; want 2", n)
	}

	// A member records their own, and only their own.
	r.do("arrive mair")
	if _, err := r.live.Do(Actor{Person: "mair"}, "expense mair: £3 bus fare"); err != nil {
		t.Errorf("a member's own expense: %v", err)
	}
	r.as(Actor{Person: "mair"}, "expense sian: £3 bus fare", "only for yourself")

	// A group that pays no mileage.
	setup := testSetup()
	setup.Group.Recognition.MileageRate = 0
	live, _, err := Start(setup, nil, &meetingtest.Recorder{}, NewSimClock(testStart), Options{})
	if err != nil {
		t.Fatal(err)
	}
	live.Do(ConsoleActor(), "arrive sian")
	if _, err := live.Do(ConsoleActor(), "expense sian: 3 miles"); err == nil || !strings.Contains(err.Error(), "the group pays no mileage") {
		t.Errorf("mileage at rate 0: %v", err)
	}
}

func TestMileagePence(t *testing.T) {
	tests := []struct {
		miles float64
		rate  int
		want  int
	}{
		{12, 45, 540}, {12.5, 45, 563}, {0.1, 45, 5}, {0.1, 25, 3}, {33.3, 45, 1499}, {100, 45, 4500}, {7.7, 20, 154},
	}
	for _, tt := range tests {
		if got := MileagePence(tt.miles, tt.rate); got != tt.want {
			t.Errorf("MileagePence(%v, %d) = %d; want %d", tt.miles, tt.rate, got, tt.want)
		}
	}
	for pence, want := range map[int]string{450: "£4.50", 5: "£0.05", 100000: "£1000.00", -250: "-£2.50"} {
		if got := Money(pence); got != want {
			t.Errorf("Money(%d) = %q; want %q", pence, got, want)
		}
	}
	for pence, want := range map[int]string{45: "45p a mile", 100: "£1 a mile", 125: "£1.25 a mile"} {
		if got := PerMile(pence); got != want {
			t.Errorf("PerMile(%d) = %q; want %q", pence, got, want)
		}
	}
}

func TestTimeCredits(t *testing.T) {
	tests := []struct {
		hours, rate float64
		want        int
	}{
		{0, 1, 0}, {0.1, 1, 1}, {0.75, 1, 1}, {1.49, 1, 1}, {1.5, 1, 2}, {2.5, 1, 3}, {1.25, 2, 3}, {3, 1.5, 5}, {2.4, 0, 2},
	}
	for _, tt := range tests {
		if got := TimeCredits(tt.hours, tt.rate); got != tt.want {
			t.Errorf("TimeCredits(%v, %v) = %d; want %d", tt.hours, tt.rate, got, tt.want)
		}
	}
}

func TestReflectionScores(t *testing.T) {
	for text, want := range map[string]int{
		"4/5 Everyone had a say": 4, "5/5": 5, "1/5, the room was cold": 1, "3/5: fine": 3,
		"Everyone had a say 4/5": 0, "6/5 great": 0, "0/5 awful": 0, "45/5": 0, "four out of five": 0,
	} {
		if got := reflectionScore(text); got != want {
			t.Errorf("reflectionScore(%q) = %d; want %d", text, got, want)
		}
	}
	r := newRig(t)
	if got := r.do("reflect 4/5 Everyone had a say"); got[0] != "Reflection noted (4 out of 5)." {
		t.Errorf("line %q", got[0])
	}
	r.do("reflect The room was too warm")
	st := r.state()
	if st.Reflections[0].Score != 4 || st.Reflections[0].Text != "4/5 Everyone had a say" || st.Reflections[1].Score != 0 {
		t.Errorf("reflections %+v", st.Reflections)
	}
}

func TestAcrossMeetingsReplayAndClone(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive dafydd", "arrive mair", "arrive rhys", "arrive aled", "arrive claire",
		"review 1 done", "review 2 by 2027-02-01", "ratify 1 no: we need the costs", "expense sian: 10 miles", "reflect 5/5 good")
	replayed, err := Replay(testSetup(), meetingtest.Events[Event](t, r.rec))
	if err != nil {
		t.Fatal(err)
	}
	live := r.state()
	replayed.Setup, replayed.Roster, replayed.loc = live.Setup, live.Roster, live.loc
	if !reflect.DeepEqual(replayed, live) {
		t.Fatalf("replayed state differs\nreplayed %+v\nlive     %+v", replayed, live)
	}
	c := live.Clone()
	c.Reviews[0].Outcome = OutcomeDropped
	c.Ratifications[0].Ratified = true
	c.Expenses[0].Pence = 1
	if live.Reviews[0].Outcome != OutcomeDone || live.Ratifications[0].Ratified || live.Expenses[0].Pence != 450 {
		t.Error("Clone shares the matters arising or expenses with the original")
	}
	// A journal that names a carried item the setup does not have is an error.
	bad := append(meetingtest.Events[Event](t, r.rec), Event{Type: EvReviewed, At: testStart, Number: 9, Outcome: OutcomeDone})
	if _, err := Replay(testSetup(), bad); err == nil || !strings.Contains(err.Error(), "no carried action 9") {
		t.Errorf("replay of a bad review: %v", err)
	}
}
