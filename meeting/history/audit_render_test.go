package history

import (
	"strings"
	"testing"
)

// The charts and tables the audit is drawn from, at their edges: a bar of
// nothing draws nothing, a bar of very little is still seen, a bar past
// the top stops there, and only number columns are marked as numbers.

func TestSVGBarsAtTheEdges(t *testing.T) {
	c := &chart{title: "T", desc: "D", max: 100, bars: []bar{
		{label: "none", value: 0, text: "0"},
		{label: "tiny", value: 0.1, text: "0.1"},
		{label: "half", value: 50, text: "50"},
	}}
	svg := c.svg("c")
	rects := strings.Count(svg, "<rect ")
	if rects != 2 {
		t.Errorf("%d bars drawn; want 2 (nothing for a value of 0)", rects)
	}
	if !strings.Contains(svg, `width="2" height="20"`) {
		t.Errorf("a tiny value is not drawn 2 wide:\n%s", svg)
	}
	if !strings.Contains(svg, `width="150" height="20"`) {
		t.Errorf("half is not drawn 150 wide:\n%s", svg)
	}
	flat := (&chart{title: "T", bars: []bar{{label: "x", value: 3, text: "3"}, {label: "y", value: 0, text: "0"}}}).svg("f")
	if !strings.Contains(flat, `width="2" height="20"`) || strings.Count(flat, "<rect ") != 1 {
		t.Errorf("a chart with no top draws a value as the least bar, and nothing as nothing:\n%s", flat)
	}
	if !strings.Contains(flat, `<text x="29" y="50" font-family="Arial, Helvetica, sans-serif" font-size="15" fill="#111">0</text>`) {
		t.Errorf("nothing's number is not written beside the axis:\n%s", flat)
	}
}

func TestTextBarsAtTheEdges(t *testing.T) {
	tests := []struct {
		values []float64
		top    float64
		want   string
	}{
		{[]float64{0}, 100, "  a  ....................  t\n"},
		{[]float64{150}, 100, "  a  ####################  t\n"},
		{[]float64{100}, 100, "  a  ####################  t\n"},
		{[]float64{5}, 0, "  a  #...................  t\n"},
		{[]float64{0}, 0, "  a  ....................  t\n"},
	}
	for _, tt := range tests {
		if got := TextBars([]string{"a"}, tt.values, tt.top, []string{"t"}); got != tt.want {
			t.Errorf("TextBars(%v, top %v) = %q; want %q", tt.values, tt.top, got, tt.want)
		}
	}
}

func TestTableHTMLMarksRowHeadsAndNumbers(t *testing.T) {
	tb := &table{caption: "C", head: []string{"Who", "Kind", "Times", "Note"}, numeric: []bool{false, false, true},
		rows: [][]string{{"Siân", "carer", "3", "n"}}}
	got := tb.html()
	for _, want := range []string{`<th scope="row">Siân</th>`, `<td>carer</td>`, `<td class="number">3</td>`, `<td>n</td>`} {
		if !strings.Contains(got, want) {
			t.Errorf("table lacks %s:\n%s", want, got)
		}
	}
}

func TestTextSectionsDrawWhatTheyHave(t *testing.T) {
	a := &Audit{Group: "G"}
	text := a.Text()
	for _, want := range []string{
		"Co-production audit: G\n======================\n",
		"No meetings that ended are on record for this period.",
		// A section of paragraphs only.
		"Recognition of volunteers\n-------------------------\n0 volunteers gave 0 hours at meetings and earned 0 time credits.\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the text lacks %q:\n%s", want, text)
		}
	}
	html := string(a.HTML())
	if strings.Contains(html, "The meetings and who came") || strings.Contains(html, "Decisions taken quorate and balanced, by meeting") {
		t.Errorf("an audit of no meetings draws an empty table or chart of them:\n%s", html)
	}
	if !strings.Contains(html, "<figcaption>Actions agreed in the period, by where they stand</figcaption>") {
		t.Errorf("the actions chart, which always has its four bars, is not drawn:\n%s", html)
	}
}
