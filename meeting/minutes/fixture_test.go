package minutes

import (
	"encoding/json"
	"testing"

	"github.com/gyda/gyda/config/demo"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/meetingtest"
)

// The fixed meeting every golden file is written from: the sample group's
// meeting, with a confidential item, an off-the-record note, a note in
// Welsh, a hand-over, a red card, a break, people leaving so the last
// decisions are provisional, a vote (with the group's rule that the
// lived-experience members must agree), an election of the chair for a
// term of a year, and text that would be a formula in a spreadsheet. It runs on a simulated clock, so it is the same every time.
const fixedScript = `arrive sian
arrive dafydd
arrive mair
arrive rhys remote
arrive aled
arrive claire
arrive priya
apologies bethan
apologies john
chair sian
minutes dafydd
expense mair: £4.50 bus fare from Baglan
wait 8m
next
declare aled item 2: manages the respite service at the health board
wait 3m
next
note The minutes of the last meeting were agreed.
note Diolch i bawb am ddod heddiw, yn enwedig y gofalwyr newydd.
review 1 done: sent to every member in November
review 2 by 2027-01-31: the ITB meets in January
ratify 1: with thanks to the carers who asked for it
wait 20m
next
hand mair
hand claire
speak
wait 3m
done
speak
wait 2m
done
note 212 carers answered the survey; many could not get respite at weekends.
note - a note that starts like a list, with <b>markup</b> & an ampersand
offrecord Mair talked about her own family's crisis last winter.
decide The RPB will be asked to fund weekend respite.
action aled by 2026-12-20: share the survey results with the carers' centre
action claire by 2026-12-18: =HYPERLINK("http://example.invalid","survey") is how the council sheet links it
wait 40m
break
wait 10m
resume
next
wait 10m
note The bus driver's name and the route were discussed in confidence.
decide Ask the transport team for the bus timetable in large print.
minutes claire
wait 5m
arrive tom
leave mair
leave rhys
leave priya
card dafydd red
wait 2m
resume
decide Ask the bus company to come to the next meeting.
action Dafydd ap Gwilym by 2027-01-10: write to the bus company and ask them to come to the CTB and the RPB with the new timetable for Cwmllynfell, Ystalyfera and Ystradgynlais
wait 6m
next
vote Should the group answer the RPB annual report in writing?
for sian, claire
against tom
abstain aled
vote close
wait 12m
next
elect chair: sian, dafydd
tally sian 3
tally dafydd 2
elect close
wait 4m
reflect 4/5 Everyone had a say; the room was too warm.
reflect Roedd pawb yn teimlo bod croeso iddyn nhw.
end
`

// The texts that must never appear in any published file.
const (
	offRecordText    = "family's crisis"
	confidentialText = "bus driver's name"
)

// carriedFromNovember is what the November meeting left open: three
// actions and two provisional decisions.
func carriedFromNovember() meeting.Carried {
	from := func(n int) meeting.Origin {
		return meeting.Origin{Meeting: "2026-11-05-co-production-group", Date: "2026-11-05", Number: n}
	}
	return meeting.Carried{
		Actions: []meeting.CarriedAction{
			{Origin: from(1), Owner: "dafydd", OwnerName: "Dafydd ap Gwilym", Due: "2026-11-30", Text: "send the easy-read survey to every member"},
			{Origin: from(2), Owner: "aled", OwnerName: "Aled Price", Due: "2026-12-01", Text: "ask the ITB for a date to hear from carers"},
			{Origin: from(4), Owner: "claire", OwnerName: "Claire Thomas", Due: "2026-12-02", Text: "book a hearing loop for the January meeting"},
		},
		Decisions: []meeting.CarriedDecision{
			{Origin: from(1), Text: "Meetings move to the afternoon so carers can come.", Reason: "2 more people needed for quorum"},
			{Origin: from(2), Text: "Papers go out two weeks before each meeting.", Reason: "not balanced"},
		},
	}
}

// fixedMeeting runs the fixed meeting and returns its setup and events.
func fixedMeeting(tb testing.TB) (*meeting.Setup, []meeting.Event) {
	tb.Helper()
	folder, agenda, err := demo.WriteTo(tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	agenda.Items[4].Confidential = true // Transport to hospital appointments
	folder.Group.Votes.LivedExperienceMustAgree = true
	folder.Group.Rotation.Term = 12
	setup := &meeting.Setup{Group: folder.Group, Agenda: agenda, People: folder.Roster.People(), Clock: "sim", Demo: true,
		Carried: carriedFromNovember()}
	return runScript(tb, setup, fixedScript)
}

// runScript runs typed lines as the chair on a simulated clock starting at
// the agenda's start, and returns the events as a journal would keep them.
func runScript(tb testing.TB, setup *meeting.Setup, script string) (*meeting.Setup, []meeting.Event) {
	tb.Helper()
	rec := &meetingtest.Recorder{}
	live, _, err := meeting.Start(setup, nil, rec, meeting.NewSimClock(setup.Agenda.Start), meeting.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	for _, l := range splitLines(script) {
		if _, err := live.Do(meeting.ConsoleActor(), l); err != nil {
			tb.Fatalf("%q: %v", l, err)
		}
	}
	// Through JSON, as the journal stores them.
	raw, err := json.Marshal(setup)
	if err != nil {
		tb.Fatal(err)
	}
	var stored meeting.Setup
	if err := json.Unmarshal(raw, &stored); err != nil {
		tb.Fatal(err)
	}
	return &stored, meetingtest.Events[meeting.Event](tb, rec)
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// fixedModel is the fixed meeting's minutes in a language.
func fixedModel(tb testing.TB, lang string) *Model {
	tb.Helper()
	setup, events := fixedMeeting(tb)
	setup.Group.Minutes.Language = lang
	m, err := Build(setup, events)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}
