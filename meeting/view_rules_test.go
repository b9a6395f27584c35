package meeting

import (
	"strings"
	"testing"
)

// Rule 12, confidentiality, at the agenda's edges: a note on a
// confidential item is kept from every viewer who may not see private
// things, whether the item is the first or the last, and a note on an
// item between them that is not confidential is seen by all.
func TestRuleConfidentialItemsAtTheAgendasEdgesAreKeptFromMembers(t *testing.T) {
	setup := testSetup()
	last := len(setup.Agenda.Items)
	setup.Agenda.Items[0].Confidential = true
	setup.Agenda.Items[last-1].Confidential = true
	r := newRigWith(t, setup)
	r.do("arrive sian", "arrive dafydd", "arrive claire", "chair sian", "minutes dafydd",
		"note FIRSTCONF on the first item", "next", "note OPEN on the second item", "item 4", "note LASTCONF on the last item")
	tests := []struct {
		viewer  Actor
		name    string
		private bool // sees the confidential notes
	}{
		{ConsoleActor(), "the laptop", true},
		{Actor{Person: "sian"}, "the chair", true},
		{Actor{Person: "dafydd"}, "the minute-taker", true},
		{Actor{Person: "claire"}, "a member", false},
		{Actor{}, "a passcode guest", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := everything(t, r.live.Snapshot(tt.viewer).State)
			for _, text := range []string{"FIRSTCONF", "LASTCONF"} {
				if strings.Contains(got, text) != tt.private {
					t.Errorf("%s sees the note %s: %v; want %v", tt.name, text, !tt.private, tt.private)
				}
			}
			if !strings.Contains(got, "OPEN on the second item") {
				t.Errorf("%s does not see the note on an item that is not confidential", tt.name)
			}
		})
	}
}
