package meeting

import (
	"slices"
	"testing"
)

// Before the meeting ends, both screens say what ending now would leave:
// the items not reached, who has the floor, the hands still up. A title
// that ends a sentence of its own gets no second stop.
func TestLeftUndoneSaysWhatEndingNowLeaves(t *testing.T) {
	for _, tc := range []struct {
		name  string
		last  string // the last item's title
		lines []string
		want  []string
	}{
		{"nothing left", "Any other business", []string{"arrive sian, mair", "item 2", "item 3", "item 4"},
			nil},
		{"items not reached", "Any other business", []string{"arrive sian, mair"},
			[]string{"Items not reached (3 of 4): 2. Carers' respite survey, 3. Transport to appointments, 4. Any other business."}},
		{"a title asking a question", "How did today go?", []string{"arrive sian", "item 2"},
			[]string{"Items not reached (2 of 4): 3. Transport to appointments, 4. How did today go?"}},
		{"the floor and hands", "Any other business", []string{"arrive sian, mair, aled, rhys", "item 2", "item 3", "item 4", "hand mair", "hand aled", "hand rhys", "speak mair"},
			[]string{"Mair Jones has the floor.", "Hands still up (2): Aled Price and Rhys Evans."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			setup := testSetup()
			setup.Agenda.Items[3].Title = tc.last
			r := newRigWith(t, setup)
			r.do(tc.lines...)
			st := r.state()
			if got := st.LeftUndone(r.clock.Now()); !slices.Equal(got, tc.want) {
				t.Errorf("LeftUndone:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}
