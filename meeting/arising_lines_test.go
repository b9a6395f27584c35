package meeting

import (
	"reflect"
	"strings"
	"testing"

	"github.com/gyda/gyda/meeting/meetingtest"
)

// Matters arising are listed by kind: only the kinds carried are named.
func TestArisingListsOnlyWhatIsCarried(t *testing.T) {
	actions, decisions := testCarried().Actions, testCarried().Decisions
	tests := []struct {
		name    string
		carried Carried
		opening string
		lines   []string
	}{
		{"one action only", Carried{Actions: actions[:1]},
			"Matters arising from earlier meetings: 1 action to review. Type arising to list them.",
			[]string{"Actions from earlier meetings:",
				"  1. Aled Price, by 30 November 2026: share the survey results with the carers' centre (action 1 of 5 November 2026). Now: not reviewed yet.",
				"Review each with: review N done, review N dropped, or review N by YYYY-MM-DD (a new date)."}},
		{"one decision only", Carried{Decisions: decisions},
			"Matters arising from earlier meetings: 1 provisional decision to ratify or not. Type arising to list them.",
			[]string{"Provisional decisions to ratify:",
				"  1. Run the survey again in spring (decision 1 of 5 November 2026; provisional because 1 more person needed for quorum). Now: not considered yet.",
				"Settle each, while quorate and balanced, with: ratify N, or ratify N no."}},
		{"two actions and a decision with no reason kept", Carried{Actions: actions, Decisions: []CarriedDecision{{Origin: decisions[0].Origin, Text: "Run it again"}}},
			"Matters arising from earlier meetings: 2 actions to review, and 1 provisional decision to ratify or not. Type arising to list them.",
			[]string{"Actions from earlier meetings:",
				"  1. Aled Price, by 30 November 2026: share the survey results with the carers' centre (action 1 of 5 November 2026). Now: not reviewed yet.",
				"  2. Ffion Hughes, by 1 December 2026: ask the bus company to come (action 2 of 5 November 2026). Now: not reviewed yet.",
				"Review each with: review N done, review N dropped, or review N by YYYY-MM-DD (a new date).",
				"Provisional decisions to ratify:",
				"  1. Run it again (decision 1 of 5 November 2026). Now: not considered yet.",
				"Settle each, while quorate and balanced, with: ratify N, or ratify N no."}},
		{"nothing", Carried{}, "", []string{"Nothing is carried from earlier meetings."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setup := testSetup()
			setup.Carried = tt.carried
			live, opening, err := Start(setup, nil, &meetingtest.Recorder{}, NewSimClock(testStart), Options{})
			if err != nil {
				t.Fatal(err)
			}
			last := opening[len(opening)-1]
			if said := strings.HasPrefix(last, "Matters arising"); said != (tt.opening != "") || said && last != tt.opening {
				t.Errorf("opening ends %q; want %q", last, tt.opening)
			}
			res, err := live.Do(ConsoleActor(), "arising")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(res.Lines, tt.lines) {
				t.Errorf("arising says\n%q\nwant\n%q", res.Lines, tt.lines)
			}
		})
	}
}

// The owner of a carried action is named as the roster has them now, or
// as the earlier meeting recorded them, or by their id.
func TestCarriedOwnerIsNamedAsBestKnown(t *testing.T) {
	s, err := NewState(testSetup())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		a    CarriedAction
		want string
	}{
		{CarriedAction{Owner: "aled", OwnerName: "Aled Price (was)"}, "Aled Price"},
		{CarriedAction{Owner: "ffion", OwnerName: "Ffion Hughes"}, "Ffion Hughes"},
		{CarriedAction{Owner: "ffion"}, "ffion"},
	}
	for _, tt := range tests {
		if got := s.carriedOwner(tt.a); got != tt.want {
			t.Errorf("carriedOwner(%+v) = %q; want %q", tt.a, got, tt.want)
		}
	}
}
