package plain

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestCheckJargonHeavy(t *testing.T) {
	text := "Going forward we will leverage key stakeholders to facilitate robust delivery of the ITB's overarching strategy"
	fs := demo().Check(text)
	want := []struct {
		col        int
		kind       Kind
		text, sugg string
	}{
		{1, KindAvoid, "Going forward", "in future"},
		{23, KindAvoid, "leverage", "use or influence"},
		{32, KindAvoid, "key", "important or main"},
		{36, KindAvoid, "stakeholders", "people involved"},
		{52, KindAvoid, "facilitate", "help"},
		{63, KindAvoid, "robust", "strong"},
		{70, KindAvoid, "delivery", "doing or providing"},
		{86, KindAcronym, "ITB", "Integrated Transformation Board"},
		{92, KindAvoid, "overarching", "overall or main"},
	}
	if len(fs) != len(want) {
		t.Fatalf("got %d findings, want %d:\n%v", len(fs), len(want), fs)
	}
	for i, w := range want {
		f := fs[i]
		if f.Line != 1 || f.Col != w.col || f.Kind != w.kind || f.Text != w.text || f.Suggestion != w.sugg {
			t.Errorf("finding %d = %+v, want %+v", i, f, w)
		}
		if f.Message == "" {
			t.Errorf("finding %d has no message", i)
		}
	}
	if !strings.Contains(fs[7].Message, `write "Integrated Transformation Board (ITB)"`) {
		t.Errorf("acronym message does not say how to spell it out: %q", fs[7].Message)
	}
}

func TestCheckPlainTextHasNoFindings(t *testing.T) {
	for _, text := range []string{
		"",
		"We agreed to meet every month. Siân will send the notes by Friday.",
		"The Regional Partnership Board (RPB) met in Neath. The RPB will write to carers.",
		"Dai asked the group to slow down and explain the word. The chair said sorry and explained it.",
		"# Minutes\n\nPresent:\n- Siân Davies (chair)\n- Dai Jones\n\nWe looked at the plan for next year and chose three things to work on.\n",
		"Please add this to the agenda for the next meeting. The key to the office is with Siân.",
		"Our foster carers need more support. Volunteers deliver leaflets to every house.",
		"Strengthening exercises help with falls. I drive to Neath on Mondays. The office is based in Swansea.",
	} {
		if fs := demo().Check(text); len(fs) != 0 {
			t.Errorf("%q: want no findings, got %v", text, fs)
		}
	}
}

func TestCheckOrderAndLines(t *testing.T) {
	text := "The XYZ met.\n\nIt was agreed to facilitate a meeting.\n  We will tackle it with the RPB."
	fs := demo().Check(text)
	type pos struct {
		line, col int
		kind      Kind
	}
	want := []pos{{1, 5, KindAcronym}, {3, 4, KindPassive}, {3, 18, KindAvoid}, {4, 11, KindAvoid}, {4, 30, KindAcronym}}
	if len(fs) != len(want) {
		t.Fatalf("got %v", fs)
	}
	for i, w := range want {
		if fs[i].Line != w.line || fs[i].Col != w.col || fs[i].Kind != w.kind {
			t.Errorf("finding %d = %v, want %v", i, fs[i], w)
		}
	}
}

func TestColumnsCountCharactersNotBytes(t *testing.T) {
	fs := demo().Check("Siân ŵŷ: we will facilitate it.")
	if len(fs) != 1 || fs[0].Col != 18 {
		t.Fatalf("got %v, want one finding at column 18", fs)
	}
}

func TestFindingString(t *testing.T) {
	f := Finding{Line: 3, Col: 7, Kind: KindAvoid, Text: "facilitate", Message: `"facilitate" is a word to avoid`, Suggestion: "help"}
	if got, want := f.String(), `3:7: avoid: "facilitate" is a word to avoid -> help`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	f.Suggestion = ""
	if got, want := f.String(), `3:7: avoid: "facilitate" is a word to avoid`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestHint(t *testing.T) {
	c := demo()
	tests := []struct{ text, want string }{
		{"We agreed to meet every month.", ""},
		{"The ITB will facilitate it.", `plain English: "ITB" is Integrated Transformation Board; "facilitate" could be "help"`},
		{"Ask the XYZ.", `plain English: "XYZ" is not in the glossary: spell it out`},
		{"It was agreed.", ""}, // passive is not hinted live
		{"Key points and key actions.", `plain English: "Key" could be "important or main"`},
		{"Going forward we will leverage key stakeholders to facilitate robust delivery of the ITB's overarching strategy",
			`plain English: "Going forward" could be "in future"; "leverage" could be "use or influence"; "key" could be "important or main"; and 6 more`},
		{strings.Repeat("word ", 30) + "end.", "plain English: a sentence of 31 words could be two"},
	}
	for _, tt := range tests {
		if got := c.Hint(tt.text); got != tt.want {
			t.Errorf("Hint(%q)\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
	// A group's word with no plainer one is named as jargon.
	own := NewChecker(nil, map[string]string{"blue-sky": ""})
	if got, want := own.Hint("No blue-sky ideas."), `plain English: "blue-sky" is jargon`; got != want {
		t.Errorf("Hint of a word with no plainer one\n got  %q\n want %q", got, want)
	}
}

// The passive voice and reading ease are hints, worth a look; the others
// are problems to fix.
func TestOnlyPassiveAndReadabilityAreHints(t *testing.T) {
	for k, want := range map[Kind]bool{
		KindPassive: true, KindReadability: true,
		KindAcronym: false, KindLongSentence: false, KindAvoid: false,
	} {
		if got := k.Hint(); got != want {
			t.Errorf("%s.Hint() = %v, want %v", k, got, want)
		}
	}
}

// A group's phrase wins over its own first word, whatever order
// group.toml's words come in (a map's order changes from run to run, so
// the checker is made many times).
func TestGroupAvoidLongestPhraseWins(t *testing.T) {
	for range 20 {
		c := NewChecker(nil, map[string]string{"touch": "contact", "touch base": "meet", "touch base with": "meet"})
		got := []string{}
		for _, f := range ofKind(c.Check("Let us touch base soon. We touch on it. We touched base with them."), KindAvoid) {
			got = append(got, f.Text+"="+f.Suggestion)
		}
		want := []string{"touch base=meet", "touch=contact", "touched base with=meet"}
		if !slices.Equal(got, want) {
			t.Fatalf("got %q, want %q", got, want)
		}
	}
}

func TestGroupAvoidWords(t *testing.T) {
	c := NewChecker(nil, map[string]string{
		"Synergise":   "work together",
		"touch point": "contact",
		"facilitate":  "help out",
		"  ":          "ignored",
		"blue-sky":    "",
	})
	fs := c.Check("We synergised well. They synergise. Our touch points matter. Our touch point matters. We facilitate. No blue-sky ideas.")
	got := []string{}
	for _, f := range ofKind(fs, KindAvoid) {
		got = append(got, f.Text+"="+f.Suggestion)
	}
	want := []string{"synergised=work together", "synergise=work together", "touch point=contact", "facilitate=help out", "blue-sky="}
	equalTexts(t, "group words", got, want)
}

func TestNilMapsAndExpansion(t *testing.T) {
	c := NewChecker(nil, nil)
	if got := texts(c.Check("The RPB met."), KindAcronym); len(got) != 1 || got[0] != "RPB" {
		t.Errorf("with no glossary every acronym is unknown: got %v", got)
	}
	c = NewChecker(map[string]string{" rpb ": " Regional   Partnership Board ", "X": ""}, nil)
	if e, ok := c.Expansion("RPB"); !ok || e != "Regional Partnership Board" {
		t.Errorf("Expansion(RPB) = %q, %v", e, ok)
	}
	if _, ok := c.Expansion("X"); ok {
		t.Error("an empty expansion should be dropped")
	}
}

func TestCheckerIsSafeForConcurrentUse(t *testing.T) {
	c := demo()
	text := "Going forward the RPB will facilitate it. It was agreed."
	want := len(c.Check(text))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if got := len(c.Check(text)); got != want {
					t.Errorf("got %d findings, want %d", got, want)
				}
			}
		})
	}
	wg.Wait()
}
