package room

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gyda/gyda/tui"
)

// Every glyph is five rows of one width, of pixels only.
func TestTheFontIsWellFormed(t *testing.T) {
	chars := "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 :.,;'’‘\"“”-–—+!?/()&"
	for _, r := range chars {
		g, ok := glyph(r)
		if !ok {
			t.Errorf("no glyph for %q", r)
			continue
		}
		for i, row := range g {
			if len(row) != len(g[0]) || strings.Trim(row, "#.") != "" {
				t.Errorf("%q row %d is %q", r, i, row)
			}
		}
	}
}

func TestLargeTypeDrawsWelshLettersAndRefusesWhatItLacks(t *testing.T) {
	rows, ok := blocks("Siân", 1)
	if !ok || len(rows) != 6 || !strings.ContainsAny(rows[0], "▀▄") {
		t.Fatalf("Siân in large type: %v %q", ok, rows)
	}
	if rows, ok := blocks("SIAN", 1); !ok || len(rows) != 5 {
		t.Fatalf("SIAN in large type: %v %d rows", ok, len(rows))
	}
	for _, word := range []string{"ŵyr", "Ŷ", "dŵr", "Llŷn", "Tŷ", "caffi", "Ëa", "Café", "à"} {
		if _, ok := blocks(word, 1); !ok {
			t.Errorf("%q cannot be drawn in large type", word)
		}
	}
	for _, word := range []string{"€5", "日本", "naïve\u0327"} {
		if _, ok := blocks(word, 1); ok {
			t.Errorf("%q was drawn in large type with something missing", word)
		}
	}
	// Something it cannot draw is shown in ordinary type instead.
	b := (&block{}).addText(frame{w: 120, fonts: &fonts{}}, lvLarge, nil, "Costs: €5 a head", NewStyles(tui.PlainRenderer(), "").Big, 2)
	if b.sizes[0].level < lvSpaced {
		t.Fatalf("a title with € was drawn in the block font: %q", b.sizes[0].lines)
	}
}

func TestHalfAndHugeTypeAreTheSameLetters(t *testing.T) {
	big, _ := blocks("10:45", 1)
	huge, _ := blocks("10:45", 2)
	half, _ := halfBlocks("10:45")
	if len(huge) != 2*len(big) || utf8.RuneCountInString(huge[0]) != 2*utf8.RuneCountInString(big[0]) {
		t.Errorf("huge is not twice large: %d rows of %d, %d of %d", len(huge), utf8.RuneCountInString(huge[0]), len(big), utf8.RuneCountInString(big[0]))
	}
	if len(half) != 3 || utf8.RuneCountInString(half[0]) != utf8.RuneCountInString(big[0]) {
		t.Errorf("half is %d rows of %d", len(half), utf8.RuneCountInString(half[0]))
	}
	if fontWidth("10:45") != utf8.RuneCountInString(big[0]) {
		t.Errorf("fontWidth %d, drawn %d", fontWidth("10:45"), utf8.RuneCountInString(big[0]))
	}
}

func TestFontLinesBreakAtSpaces(t *testing.T) {
	lines, ok := fontLines("Carers' respite survey: what carers told us", 190, 2)
	if !ok || len(lines) != 2 || lines[0] != "Carers' respite survey: what carers" {
		t.Fatalf("%v %q", ok, lines)
	}
	if _, ok := fontLines("Carers' respite survey: what carers told us", 76, 2); ok {
		t.Fatal("a title needing four lines fitted in two")
	}
}
