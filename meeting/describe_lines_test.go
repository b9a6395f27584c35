package meeting

import (
	"reflect"
	"testing"
)

// TestEachCommandSaysWhatItDid runs a whole meeting as the chair and
// checks, line for line, what each command says: these lines are what
// plain mode, screen readers and the status line give the chair, so each
// rule's outcome (quorum and balance, the queue's order and why, a
// provisional decision and why, a warning) must be said in words.
func TestEachCommandSaysWhatItDid(t *testing.T) {
	r := newRig(t)
	r.live.state.Setup.Agenda.Items[3].Confidential = true
	script := []struct {
		line string
		want []string
	}{
		{"arrive sian", []string{"Siân Davies arrived (person using services, in the room).", "Quorum: 1 present: 1 lived experience, 0 staff; balanced; NOT quorate (needs 6, and 2 lived experience)."}},
		{"arrive aled remote", []string{"Aled Price arrived (staff, remote).", "Quorum: 2 present: 1 lived experience, 1 staff (1 remote); balanced; NOT quorate (needs 6, and 2 lived experience)."}},
		{"arrive gwen", []string{"Gwen Morgan arrived (guest, in the room).", "Quorum: 2 present: 1 lived experience, 1 staff (1 remote), and 1 guest not counted; balanced; NOT quorate (needs 6, and 2 lived experience)."}},
		{"arrive dafydd", []string{"Dafydd ap Gwilym arrived (carer, in the room).", "Quorum: 3 present: 2 lived experience, 1 staff (1 remote), and 1 guest not counted; balanced; NOT quorate (needs 6, and 2 lived experience)."}},
		{"arrive mair", []string{"Mair Jones arrived (person using services, in the room).", "Quorum: 4 present: 3 lived experience, 1 staff (1 remote), and 1 guest not counted; balanced; NOT quorate (needs 6, and 2 lived experience)."}},
		{"arrive rhys", []string{"Rhys Evans arrived (carer, in the room).", "Quorum: 5 present: 4 lived experience, 1 staff (1 remote), and 1 guest not counted; balanced; NOT quorate (needs 6, and 2 lived experience)."}},
		{"arrive claire", []string{"Claire Thomas arrived (staff, in the room).", "Quorum: 6 present: 4 lived experience, 2 staff (1 remote), and 1 guest not counted; balanced; quorate (needs 6, and 2 lived experience)."}},
		{"apologies tom", []string{"Apologies from Tom Hughes."}},
		{"chair sian", []string{"Siân Davies is now the chair."}},
		{"minutes aled", []string{"Aled Price is now the minute-taker."}},
		{"hand sian", []string{"Siân Davies has a hand up.", "Queue: 1. Siân Davies (has not spoken yet)."}},
		{"goround", []string{"Go-round: Aled Price, Dafydd ap Gwilym, Mair Jones, Rhys Evans and Claire Thomas not heard on this item yet, so in the queue now.", "Queue: 1. Siân Davies (has not spoken yet); 2. Aled Price (has not spoken yet); 3. Dafydd ap Gwilym (has not spoken yet); 4. Mair Jones (has not spoken yet); 5. Rhys Evans (has not spoken yet); 6. Claire Thomas (has not spoken yet)."}},
		{"lower sian", []string{"Siân Davies lowered their hand.", "Queue: 1. Aled Price (has not spoken yet); 2. Dafydd ap Gwilym (has not spoken yet); 3. Mair Jones (has not spoken yet); 4. Rhys Evans (has not spoken yet); 5. Claire Thomas (has not spoken yet)."}},
		{"speak aled", []string{"Aled Price is speaking.", "Queue: 1. Dafydd ap Gwilym (has not spoken yet); 2. Mair Jones (has not spoken yet); 3. Rhys Evans (has not spoken yet); 4. Claire Thomas (has not spoken yet)."}},
		{"wait 90s", []string{"The clock is now 10:01."}},
		{"done", []string{"Aled Price finished (1m 30s)."}},
		{"card sian yellow", []string{"YELLOW CARD from Siân Davies: slow down, or explain that."}},
		{"card dafydd green", []string{"GREEN CARD from Dafydd ap Gwilym: agree."}},
		{"card sian red", []string{"RED CARD from Siân Davies: stop: a question, or not OK. The meeting is paused; type resume to go on."}},
		{"wait 2m", []string{"The clock is now 10:03."}},
		{"resume", []string{"Resumed at 10:03."}},
		{"note hi", []string{"Note 1 added to item 1."}},
		{"offrecord secret", []string{"Off-the-record note 2 kept: it will not appear in any minutes."}},
		{"decide Go", []string{"Decision 1 recorded: Go", "At the decision: 6 present: 4 lived experience, 2 staff (1 remote), and 1 guest not counted; balanced; quorate (needs 6, and 2 lived experience)."}},
		{"declare aled item 1: x", []string{"Declaration of interest from Aled Price: x"}},
		{"decide Go again", []string{"Decision 2 recorded as PROVISIONAL (1 more person needed for quorum): Go again", "At the decision: 5 present: 4 lived experience, 1 staff, and 1 guest not counted; balanced; NOT quorate (needs 6, and 2 lived experience).", "Not taking part (declared an interest): Aled Price.", "warning: no staff member with decision authority is present: check that the partners can act on this"}},
		{"action sian by 2026-12-20: do it", []string{"Action 1: Siân Davies, by 20 December 2026: do it"}},
		{"reflect 4/5 good", []string{"Reflection noted (4 out of 5)."}},
		{"reflect fine", []string{"Reflection noted."}},
		{"expense sian: 12 miles from Neath", []string{"Expense for Siân Davies: 12 miles at 45p a mile, £5.40 (from Neath). It goes to the organisers, not into the minutes."}},
		{"expense sian: 1 mile", []string{"Expense for Siân Davies: 1 mile at 45p a mile, £0.45. It goes to the organisers, not into the minutes."}},
		{"expense dafydd: 0.5 miles", []string{"Expense for Dafydd ap Gwilym: 0.5 miles at 45p a mile, £0.23. It goes to the organisers, not into the minutes."}},
		{"expense sian: £2 bus", []string{"Expense for Siân Davies: £2.00, bus. It goes to the organisers, not into the minutes."}},
		{"review 1 done: ok", []string{"Carried action 1 (Aled Price: share the survey results with the carers' centre) is done. Note: ok"}},
		{"review 2 by 2027-01-31", []string{"Carried action 2 (Ffion Hughes: ask the bus company to come) is given a new date, 31 January 2027."}},
		{"ratify 1: at last", []string{"Provisional decision 1 of 5 November 2026 is ratified: Run the survey again in spring Note: at last", "At the ratification: 6 present: 4 lived experience, 2 staff (1 remote), and 1 guest not counted; balanced; quorate (needs 6, and 2 lived experience)."}},
		{"ratify 1 no", []string{"Provisional decision 1 of 5 November 2026 is not ratified: Run the survey again in spring", "At the ratification: 6 present: 4 lived experience, 2 staff (1 remote), and 1 guest not counted; balanced; quorate (needs 6, and 2 lived experience)."}},
		{"arising", []string{"Actions from earlier meetings:", "  1. Aled Price, by 30 November 2026: share the survey results with the carers' centre (action 1 of 5 November 2026). Now: done.", "  2. Ffion Hughes, by 1 December 2026: ask the bus company to come (action 2 of 5 November 2026). Now: given a new date, 31 January 2027.", "Review each with: review N done, review N dropped, or review N by YYYY-MM-DD (a new date).", "Provisional decisions to ratify:", "  1. Run the survey again in spring (decision 1 of 5 November 2026; provisional because 1 more person needed for quorum). Now: not ratified.", "Settle each, while quorate and balanced, with: ratify N, or ratify N no."}},
		{"break 15m", []string{"Break started at 10:03 for 15m: back at 10:18."}},
		{"wait 20m", []string{"The clock is now 10:23."}},
		{"quorum", []string{"Now 10:23. Item 1 of 4: Welcome, apologies and quorum; 8m 30s left.", "Quorum: 6 present: 4 lived experience, 2 staff (1 remote), and 1 guest not counted; balanced; quorate (needs 6, and 2 lived experience).", "Here: Siân Davies (person using services), Aled Price (staff, remote), Gwen Morgan (guest), Dafydd ap Gwilym (carer), Mair Jones (person using services), Rhys Evans (carer), Claire Thomas (staff).", "Chair: Siân Davies. Minutes: Aled Price.", "Queue: 1. Dafydd ap Gwilym (has not spoken yet); 2. Mair Jones (has not spoken yet); 3. Rhys Evans (has not spoken yet); 4. Claire Thomas (has not spoken yet).", "On a break; was due back at 10:18 (5m ago)."}},
		{"resume", []string{"Resumed at 10:23."}},
		{"hand sian", []string{"Siân Davies has a hand up.", "Queue: 1. Dafydd ap Gwilym (has not spoken yet); 2. Mair Jones (has not spoken yet); 3. Rhys Evans (has not spoken yet); 4. Claire Thomas (has not spoken yet); 5. Siân Davies (has not spoken yet)."}},
		{"speak aled", []string{"Aled Price is speaking.", "Queue: 1. Dafydd ap Gwilym (has not spoken yet); 2. Mair Jones (has not spoken yet); 3. Rhys Evans (has not spoken yet); 4. Claire Thomas (has not spoken yet); 5. Siân Davies (has not spoken yet)."}},
		{"next", []string{"Not heard on the last item: Siân Davies, Dafydd ap Gwilym, Mair Jones, Rhys Evans and Claire Thomas.", "Hands still up were lowered for the new item: Dafydd ap Gwilym, Mair Jones, Rhys Evans, Claire Thomas and Siân Davies; raise them again if still needed.", "Item 2 of 4: Carers' respite survey (led by Aled Price, 20 minutes, doing with)."}},
		{"item 4", []string{"Item 4 of 4: Any other business (10 minutes, confidential)."}},
		{"speak sian", []string{"Siân Davies is speaking.", "Queue: nobody waiting."}},
		{"wait 11m", []string{"The clock is now 10:34."}},
		{"quorum", []string{"Now 10:34. Item 4 of 4: Any other business; 1m over.", "Quorum: 6 present: 4 lived experience, 2 staff (1 remote), and 1 guest not counted; balanced; quorate (needs 6, and 2 lived experience).", "Here: Siân Davies (person using services), Aled Price (staff, remote), Gwen Morgan (guest), Dafydd ap Gwilym (carer), Mair Jones (person using services), Rhys Evans (carer), Claire Thomas (staff).", "Chair: Siân Davies. Minutes: Aled Price.", "Speaking: Siân Davies (11m).", "Queue: nobody waiting.", "Next break due at 11:23 (in 49m)."}},
		{"leave aled", []string{"Aled Price left.", "Quorum: 5 present: 4 lived experience, 1 staff, and 1 guest not counted; balanced; NOT quorate (needs 6, and 2 lived experience)."}},
		{"end", []string{"Meeting ended at 10:34.", "Not heard on the last item: Dafydd ap Gwilym, Mair Jones, Rhys Evans and Claire Thomas."}},
	}
	for _, s := range script {
		res, err := r.live.Do(ConsoleActor(), s.line)
		if err != nil {
			t.Fatalf("%q: %v", s.line, err)
		}
		if !reflect.DeepEqual(res.Lines, s.want) {
			t.Errorf("%q says\n%q\nwant\n%q", s.line, res.Lines, s.want)
		}
	}
}

// The summary of a meeting where nobody has come yet and no role is held.
func TestSummaryBeforeAnyoneComes(t *testing.T) {
	r := newRig(t)
	want := []string{
		"Now 10:00. Item 1 of 4: Welcome, apologies and quorum; 10m left.",
		"Quorum: 0 present: 0 lived experience, 0 staff; balanced; NOT quorate (needs 6, and 2 lived experience).",
		"Chair: nobody yet. Minutes: nobody yet.",
		"Queue: nobody waiting.",
		"Next break due at 11:00 (in 1h 00m).",
	}
	if got := r.do("quorum"); !reflect.DeepEqual(got, want) {
		t.Errorf("quorum says\n%q\nwant\n%q", got, want)
	}
}

// Lines said when there is nothing more to say: an end with everyone
// heard, and a turn's end described before any turn was recorded.
func TestDescribeSaysNoMoreThanThereIs(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "speak sian", "done")
	if got, want := r.do("end"), []string{"Meeting ended at 10:00."}; !reflect.DeepEqual(got, want) {
		t.Errorf("end says %q; want %q", got, want)
	}
	s, err := NewState(testSetup())
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Describe(Event{Type: EvTurnEnded, Person: "sian"}); !reflect.DeepEqual(got, []string{"Siân Davies finished (0s)."}) {
		t.Errorf("a turn's end with no turn recorded says %q", got)
	}
	if got := s.Describe(Event{Type: "teleported"}); !reflect.DeepEqual(got, []string{"teleported"}) {
		t.Errorf("an unknown event says %q", got)
	}
}
