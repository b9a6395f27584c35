package meeting

import (
	"slices"
	"testing"
)

// A note's number counts every note of the meeting, off the record or
// not, so the numbers a viewer could see would have gaps where the notes
// they may not see were taken, and say how many there were and when. A
// viewer who may not see every note sees the notes they may see with no
// number, and so does what was struck of them; the chair and the
// minute-taker, who correct and strike notes by their numbers, see them.
func TestNoteNumbersDoNotGiveAwayTheNotesAViewerMayNotSee(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive dafydd", "arrive mair", "arrive gwen",
		"chair sian", "minutes dafydd",
		"note first", "offrecord a personal story", "note second", "note second again",
		"strike note 4: said twice")
	tests := []struct {
		name    string
		viewer  Actor
		numbers []int // of the notes seen, in order
		struck  int   // the number of the struck note seen
	}{
		{"the chair", Actor{Person: "sian"}, []int{1, 2, 3}, 4},
		{"the minute-taker", Actor{Person: "dafydd"}, []int{1, 2, 3}, 4},
		{"a member", Actor{Person: "mair"}, []int{0, 0}, 0},
		{"a guest", Actor{}, []int{0, 0}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := r.live.Snapshot(tt.viewer).State
			var got []int
			for _, n := range st.Notes {
				got = append(got, n.Number)
			}
			if !slices.Equal(got, tt.numbers) {
				t.Errorf("%s sees notes numbered %v, want %v", tt.name, got, tt.numbers)
			}
			if len(st.Struck) != 1 || st.Struck[0].Number != tt.struck {
				t.Errorf("%s sees struck %+v, want one note numbered %d", tt.name, st.Struck, tt.struck)
			}
		})
	}
	// The meeting's own state is not changed by the views made of it.
	if n := r.state().Notes; n[0].Number != 1 || n[2].Number != 3 {
		t.Errorf("the meeting's notes are numbered %d, %d after the views, want 1, 3", n[0].Number, n[2].Number)
	}
}
