package meeting

import (
	"strings"
	"testing"
)

// An undo is refused, with the reason, when something recorded after the
// event depends on it: the chair or the minute-taker is told what, and
// nothing changes. Every way a later event can depend on an earlier one
// has a case here. Someone other than the chair types the undo (mostly
// Dafydd, the minute-taker), so that it passes over what others recorded
// since and reaches the event that something depends on.
var undoDependsCases = []undoCase{
	// Someone's arrival, and what they did while here.
	{name: "arrived, then left", setup: []string{"AS dafydd: arrive mair", "leave mair"}, by: "dafydd",
		refused: true, want: "Mair Jones arriving at 10:00 cannot be taken back: Mair Jones's leaving at 10:00 was recorded since. Nothing was changed."},
	{name: "arrived, then had the floor", setup: []string{"AS dafydd: arrive mair", "speak mair"}, by: "dafydd",
		refused: true, want: "Mair Jones has had the floor since (at 10:00)"},
	{name: "arrived, then put a hand up", setup: []string{"AS dafydd: arrive mair", "hand mair"}, by: "dafydd",
		refused: true, want: "Mair Jones was put in the speaking queue since (at 10:00)"},
	{name: "arrived, then showed a card", setup: []string{"AS dafydd: arrive mair", "card mair yellow"}, by: "dafydd",
		refused: true, want: "Mair Jones showed a card since (at 10:00)"},
	{name: "arrived, then took the chair", setup: []string{"AS dafydd: arrive sian", "chair sian"}, by: "dafydd",
		refused: true, want: "Siân Davies became the chair since (at 10:00)"},
	{name: "arrived, then an expense", setup: []string{"AS dafydd: arrive mair", "expense mair: £4.50 bus fare"}, by: "dafydd",
		refused: true, want: "an expense of Mair Jones's was recorded since"},
	{name: "arrived, then voted", setup: []string{"AS dafydd: arrive mair", "vote Run the survey again?", "for mair"}, by: "dafydd",
		refused: true, want: "Mair Jones's vote was recorded since (at 10:00)"},
	{name: "arrived, then gave a secret ballot", setup: []string{"AS dafydd: arrive mair remote", "elect chair: rhys, dafydd", "AS mair: ballot rhys"},
		by: "dafydd", refused: true, want: "Mair Jones gave a ballot since (at 10:00)"},
	{name: "arrived, then stood in an election", setup: []string{"AS dafydd: arrive sian", "elect chair: sian, rhys"}, by: "dafydd",
		refused: true, want: "Siân Davies has been a candidate in an election since (at 10:00)"},
	{name: "arrived again, then paper ballots counted for them",
		setup: []string{"arrive sian", "elect chair: sian, rhys", "leave sian", "AS dafydd: arrive sian", "tally sian 2"}, by: "dafydd",
		refused: true, want: "ballots for Siân Davies were counted since (at 10:00)"},
	{name: "arrived, then counted when a carried decision was ratified",
		setup: []string{"arrive sian", "arrive mair", "arrive aled", "arrive claire", "AS dafydd: arrive tom", "ratify 1"}, by: "dafydd",
		refused: true, want: "carried decision 1 was considered (at 10:00) with Tom Hughes counted as present"},
	{name: "arrived, then recorded something themselves", setup: []string{"AS dafydd: arrive mair", "AS mair: reflect Everyone had a say"}, by: "dafydd",
		refused: true, want: "Mair Jones has recorded things since (at 10:00)"},
	{name: "arrived, then left out of a decision they declared an interest in",
		setup: []string{"AS dafydd: arrive aled", "declare aled item 1: manages the service", "decide Extend the survey"}, by: "dafydd",
		refused: true, want: "Aled Price arriving at 10:00 cannot be taken back: decision 1 (at 10:00) counted Aled Price as present"},
	{name: "a visitor, then left", setup: []string{"AS dafydd: visitor Dr Anita Patel", "leave anita"}, by: "dafydd",
		refused: true, want: "The visitor Dr Anita Patel arriving at 10:00 cannot be taken back: Dr Anita Patel's leaving at 10:00 was recorded since"},

	// Someone's leaving.
	{name: "left, then a carried decision considered without them",
		setup: []string{"arrive sian", "arrive mair", "arrive aled", "arrive claire", "arrive tom", "AS dafydd: leave tom", "ratify 1"}, by: "dafydd",
		refused: true, want: "Tom Hughes leaving at 10:00 cannot be taken back: carried decision 1 was considered after Tom Hughes left, without them"},

	// A role handed over.
	{name: "a role, then the roles changed hands again",
		setup: []string{"arrive mair remote", "arrive sian", "chair mair", "AS mair: minutes rhys", "chair sian"}, by: "mair",
		refused: true, want: "Rhys Evans becoming the minute-taker at 10:00 cannot be taken back: the roles changed hands again at 10:00"},

	// Votes and elections.
	{name: "a vote opened, then votes given in it", setup: []string{"AS dafydd: vote Run the survey again?", "for rhys"}, by: "dafydd",
		refused: true, want: `Opening vote 1, "Run the survey again?" cannot be taken back: votes or ballots have been recorded in it since`},
	{name: "a vote opened, then closed with no votes", setup: []string{"AS dafydd: vote Run the survey again?", "vote close"}, by: "dafydd",
		refused: true, want: "votes or ballots have been recorded in it since"},
	{name: "an election opened, then a secret ballot", setup: []string{"arrive sian remote", "AS dafydd: elect chair: sian, rhys", "AS sian: ballot rhys"},
		by: "dafydd", refused: true, want: "Opening election 1 cannot be taken back: votes or ballots have been recorded in it since"},
	{name: "a vote, then changed", setup: []string{"vote Run the survey again?", "AS dafydd: for rhys", "against rhys"}, by: "dafydd",
		refused: true, want: "Rhys Evans's vote, for cannot be taken back: Rhys Evans's vote was changed since"},
	{name: "an election opened, then closed with no ballots", setup: []string{"arrive sian", "AS dafydd: elect chair: sian, rhys", "elect close"},
		by: "dafydd", refused: true, want: "Opening election 1 cannot be taken back: votes or ballots have been recorded in it since"},
	{name: "paper ballots, then the election closed", setup: []string{"arrive sian", "elect chair: sian, rhys", "AS dafydd: tally sian 2", "elect close"},
		by: "dafydd", refused: true, want: "2 paper ballots for Siân Davies cannot be taken back: it was counted in decision 1 since"},

	// Notes, decisions and actions, and putting them right.
	{name: "a note, then struck", setup: []string{"AS dafydd: note 212 carers", "strike note 1: recorded twice"}, by: "dafydd",
		refused: true, want: `Note 1, "212 carers" cannot be taken back: note 1 was struck since; undo that first`},
	{name: "an off-the-record note, then corrected", setup: []string{"AS dafydd: offrecord Mair's story", "correct note 1: Mair's own story"}, by: "dafydd",
		refused: true, want: "Note 1 (off the record) cannot be taken back: note 1 was corrected since; undo that first"},
	{name: "an action, then another", setup: []string{"AS dafydd: action mair by 31/01/2027: ring the bus company", "action tom by 31/01/2027: write to the board"},
		by: "dafydd", refused: true,
		want: `Action 1, Mair Jones by 31 January 2027: "ring the bus company" cannot be taken back: action 2 has been recorded since, and the numbers would no longer follow on: strike action 1 instead (strike action 1: REASON)`},
	{name: "a correction, then corrected again", setup: []string{"note 212 carers", "AS dafydd: correct note 1: 213 carers", "correct note 1: 214 carers"},
		by: "dafydd", refused: true, want: "The correction of note 1 cannot be taken back: note 1 was corrected again since; undo that first"},
	{name: "a correction, then struck", setup: []string{"decide Ask the bus company in", "AS dafydd: correct decision 1: Ask the bus company to come", "strike decision 1: wrong item"},
		by: "dafydd", refused: true, want: "decision 1 was struck again since; undo that first"},
}

// Whatever is recorded after an event about someone else, or another
// entry, does not stop it being taken back: undo refuses only what later
// events depend on.
var undoIndependentCases = []undoCase{
	{name: "arrived, then others took part and a vote opened",
		setup: []string{"AS dafydd: arrive mair", "arrive tom", "hand rhys", "speak rhys", "card rhys yellow", "expense rhys: £2 bus fare",
			"leave tom", "arrive sian", "chair sian", "action mair by 31/01/2027: ring the bus company", "vote Run the survey again?", "for rhys"},
		by: "dafydd", want: "Undone: Mair Jones arriving at 10:00 (recorded by Dafydd ap Gwilym).",
		check: func(t *testing.T, st *State) { notPresent(t, st, "mair") }},
	{name: "arrived, then an election others stood and voted in",
		setup: []string{"AS dafydd: arrive mair", "arrive sian remote", "elect chair: sian, rhys", "AS sian: ballot rhys", "tally rhys 1"},
		by:    "dafydd", want: "Undone: Mair Jones arriving at 10:00",
		check: func(t *testing.T, st *State) { notPresent(t, st, "mair") }},
	{name: "arrived remote", setup: []string{"arrive mair remote"}, want: "Undone: Mair Jones arriving at 10:00.",
		check: func(t *testing.T, st *State) { notPresent(t, st, "mair") }},
	{name: "left, then others arrived and an expense of theirs",
		setup: []string{"arrive mair", "AS dafydd: leave mair", "arrive tom", "visitor Dr Anita Patel", "expense mair: £4.50 bus fare"}, by: "dafydd",
		want: "Mair Jones is here again.",
		check: func(t *testing.T, st *State) {
			if !st.IsPresent("mair") || !st.IsPresent("tom") {
				t.Fatal("Mair is not here again, or Tom is gone")
			}
		}},
	{name: "a role, then the meeting moved on", setup: []string{"arrive mair remote", "chair mair", "AS mair: minutes rhys", "next"}, by: "mair",
		want: "Dafydd ap Gwilym is the minute-taker again.",
		check: func(t *testing.T, st *State) {
			if st.Minutes != "dafydd" || st.Item != 2 {
				t.Fatalf("minute-taker %q, item %d", st.Minutes, st.Item)
			}
		}},
	{name: "the first minute-taker", bare: true, setup: []string{"arrive dafydd", "minutes dafydd"}, want: "Nobody is the minute-taker now.",
		check: func(t *testing.T, st *State) {
			if st.Minutes != "" {
				t.Fatalf("minute-taker %q", st.Minutes)
			}
		}},
	{name: "a yellow card, then the next item", setup: []string{"arrive mair", "card mair yellow", "next"},
		want: "Undone: the yellow card from Mair Jones at 10:00.",
		check: func(t *testing.T, st *State) {
			if len(st.Cards) != 0 || st.Item != 2 {
				t.Fatalf("cards %v, item %d", st.Cards, st.Item)
			}
		}},
	{name: "a hand answered, with another hand up since", setup: []string{"arrive mair remote", "AS mair: hand", "speak mair", "done", "hand rhys"},
		by: "mair", refused: true, want: "there is nothing you recorded that undo can take back"},
	{name: "a hand answered, before another still up", setup: []string{"arrive mair", "hand rhys", "hand mair", "lower mair"},
		want: "Undone: Rhys Evans's hand up (at 10:00).",
		check: func(t *testing.T, st *State) {
			if len(st.Queue) != 0 {
				t.Fatalf("queue %v", st.Queue)
			}
		}},
	{name: "a break asked for and given, with another asked for since",
		setup: []string{"arrive mair remote", "AS mair: break", "break", "resume", "AS rhys: break"}, by: "mair",
		refused: true, want: "there is nothing you recorded that undo can take back"},
	{name: "a decision, then a note", setup: []string{"AS dafydd: decide Ask the bus company in", "note They said yes"}, by: "dafydd",
		want:  `Undone: decision 1, "Ask the bus company in" (recorded by Dafydd ap Gwilym).`,
		check: func(t *testing.T, st *State) { entries(t, st, 1, 0, 0) }},
	{name: "a note, then another note and a decision corrected",
		setup: []string{"note 212 carers", "decide Ask the bus company in", "decide Write to the board", "AS dafydd: note 14 staff",
			"correct note 1: 213 carers", "correct decision 2: Write to the health board", "strike note 1: recorded twice"},
		by: "dafydd", want: `Undone: note 2, "14 staff"`,
		check: func(t *testing.T, st *State) { entries(t, st, 0, 2, 0) }},
	{name: "a declaration in one item, then a decision in another that left them out",
		setup: []string{"arrive aled", "declare aled item 1: manages the service", "AS dafydd: declare aled item 2: funds the survey", "decide Extend the survey"},
		by:    "dafydd", want: "Undone: Aled Price's declaration of interest in item 2",
		check: func(t *testing.T, st *State) {
			if len(st.Declarations) != 1 || st.Declarations[0].Item != 1 {
				t.Fatalf("declarations %+v", st.Declarations)
			}
		}},
	{name: "a correction, then another entry corrected",
		setup: []string{"note 212 carers", "note 14 staff", "decide Ask the bus company in", "AS dafydd: correct note 1: 213 carers",
			"correct note 2: 15 staff", "correct decision 1: Ask the bus company to come"},
		by: "dafydd", want: "Note 1 reads again: 212 carers"},
	{name: "a vote given, then others'", setup: []string{"vote Run the survey again?", "AS dafydd: for rhys", "against dafydd"}, by: "dafydd",
		want: "Undone: Rhys Evans's vote, for",
		check: func(t *testing.T, st *State) {
			if v := st.OpenVote(); v == nil || len(v.Casts) != 1 || v.Casts[0].Person != "dafydd" {
				t.Fatalf("vote %+v", v)
			}
		}},
}

// runUndo records tc's meeting, types undo, and checks what it says, or
// that it was refused and changed nothing; an undo that went ahead leaves
// the meeting as if the event had never been recorded. recorded, when not
// nil, is shown the meeting as it stands before the undo.
func runUndo(t *testing.T, tc undoCase, recorded func(*State)) {
	t.Helper()
	r := newRig(t)
	if !tc.bare {
		r.do("arrive dafydd remote", "minutes dafydd", "arrive rhys")
	}
	for _, line := range tc.setup {
		r.line(line)
	}
	if recorded != nil {
		recorded(r.state())
	}
	actor := ConsoleActor()
	if tc.by != "" {
		actor = Actor{Person: tc.by}
	}
	before, digestBefore := r.rec.Len(), digest(t, r.state())
	res, err := r.live.Do(actor, "undo")
	if tc.refused {
		if err == nil || !strings.Contains(err.Error(), tc.want) || !IsRefusal(err) {
			t.Fatalf("undo: %v; want a refusal saying %q", err, tc.want)
		}
		if r.rec.Len() != before || digest(t, r.state()) != digestBefore {
			t.Fatal("a refused undo changed the meeting")
		}
		return
	}
	if err != nil {
		t.Fatalf("undo: %v", err)
	}
	if got := strings.Join(res.Lines, "\n"); !strings.Contains(got, tc.want) {
		t.Fatalf("undo said:\n%s\nwant %q", got, tc.want)
	}
	if tc.check != nil {
		tc.check(t, r.state())
	}
	r.sameAsNeverRecorded()
}

func TestUndoIsRefusedWhenALaterRecordDependsOnIt(t *testing.T) {
	for _, tc := range undoDependsCases {
		t.Run(tc.name, func(t *testing.T) { runUndo(t, tc, nil) })
	}
}

func TestUndoGoesAheadWhenLaterRecordsAreAboutOthers(t *testing.T) {
	for _, tc := range undoIndependentCases {
		t.Run(tc.name, func(t *testing.T) { runUndo(t, tc, nil) })
	}
}
