package minutes

import "testing"

// Each column of a Word table gets room for its longest word, then a share
// of the room left in proportion to its weight; a column the table gives
// no weight weighs 1.
func TestColumnWidthsShareTheRoomLeftByWeight(t *testing.T) {
	cell := func(s string) line { return line{text(s)} }
	lay := layoutFor(false)
	longest := 2*lay.body*6 + 260 // two bold characters and the cell's margins
	spare := lay.width() - 3*longest
	for _, tt := range []struct {
		name    string
		widths  []int
		weights []int
	}{
		{"no weights: equal shares", nil, []int{1, 1, 1}},
		{"fewer weights than columns", []int{2, 3}, []int{2, 3, 1}},
		{"a weight for each column", []int{1, 2, 5}, []int{1, 2, 5}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tab := &table{head: []line{cell("Aa"), cell("Bb"), cell("Cc")},
				rows: [][]line{{cell("dd"), cell("e"), cell("ff")}}, widths: tt.widths}
			got := columnWidths(tab, lay)
			total := 0
			for _, w := range tt.weights {
				total += w
			}
			for i, w := range got {
				if want := longest + spare*tt.weights[i]/total; w != want {
					t.Errorf("column %d is %d twips wide; want %d (widths %v)", i+1, w, want, got)
				}
			}
		})
	}
}
