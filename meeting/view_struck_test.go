package meeting

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// What was struck out of the minutes is shown to every viewer as that an
// entry was struck, and why, never its words, except on the laptop. A
// struck note that was off the record, or taken on a confidential item,
// is kept from viewers who may not see private things, as the note was;
// a struck decision or action is not a note, so it is shown to them
// whatever its item, with its number (only notes' numbers would tell
// where the hidden notes were).
func TestRuleStruckEntriesAreSeenAsTheEntriesWere(t *testing.T) {
	setup := testSetup()
	setup.Agenda.Items[2].Confidential = true
	r := newRigWith(t, setup)
	r.do("arrive sian", "arrive dafydd", "arrive mair", "arrive gwen", "chair sian", "minutes dafydd",
		"note KEEPNOTE for everyone", "offrecord SECRETNOTE a story", "decide OPENDEC to meet again",
		"action mair by 2027-01-31: ACTTEXT ask the bus company",
		"item 3", "note CONFNOTE about someone", "decide CONFDEC to write to them",
		"strike note 1: said twice", "strike note 2: not for the minutes",
		"strike note 3: wrong item", "strike decision 2: taken back",
		"strike action 1: done already")
	all := []string{"note 1 item 1", "note 2 item 1", "note 3 item 3", "decision 2 item 3", "action 1 item 1"}
	public := []string{"note 0 item 1", "decision 2 item 3", "action 1 item 1"}
	tests := []struct {
		name   string
		viewer Actor
		struck []string
		words  bool // sees what the struck entries said
	}{
		{"the laptop", ConsoleActor(), all, true},
		{"the chair", Actor{Person: "sian"}, all, true},
		{"the minute-taker", Actor{Person: "dafydd"}, all, false},
		{"a member", Actor{Person: "mair"}, public, false},
		{"a guest in the roster", Actor{Person: "gwen"}, public, false},
		{"a passcode guest", Actor{}, public, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := r.live.Snapshot(tt.viewer).State
			var got []string
			for _, x := range st.Struck {
				got = append(got, fmt.Sprintf("%s %d item %d", x.Entry, x.Number, x.Item))
				if (x.Text != "") != tt.words {
					t.Errorf("%s sees the words of struck %s %d: %q", tt.name, x.Entry, x.Number, x.Text)
				}
				if x.Reason == "" {
					t.Errorf("%s does not see why %s %d was struck", tt.name, x.Entry, x.Number)
				}
			}
			if !slices.Equal(got, tt.struck) {
				t.Errorf("%s sees struck %q, want %q", tt.name, got, tt.struck)
			}
			seen := everything(t, st)
			for _, text := range []string{"SECRETNOTE", "CONFNOTE"} {
				if strings.Contains(seen, text) != tt.words {
					t.Errorf("%s sees %q: %v, want %v", tt.name, text, !tt.words, tt.words)
				}
			}
			// Why a private note was struck is as private as the note.
			private := len(tt.struck) == len(all)
			for _, reason := range []string{"not for the minutes", "wrong item"} {
				if strings.Contains(seen, reason) != private {
					t.Errorf("%s sees why a private note was struck (%q): %v, want %v", tt.name, reason, !private, private)
				}
			}
		})
	}
}
