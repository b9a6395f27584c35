package plain

import (
	"slices"
	"strings"
	"testing"
)

// The edges of the plain-English checks: how lines are read (headings,
// lists, rules), how words are cut, and each heuristic on both sides of
// its threshold.

func TestClassifyLines(t *testing.T) {
	tests := []struct {
		line string
		kind lineKind
		skip int // bytes before the text
	}{
		{"", lineBlank, 0},
		{"   ", lineBlank, 3},
		{"---", lineRule, 3},
		{"# Title", lineHeading, 2},
		{"###### Six", lineHeading, 7},
		{"####### Seven is text", lineText, 0},
		{"#", lineHeading, 1},
		{"##\tTab", lineHeading, 3},
		{"#hashtag", lineText, 0},
		{"> # Quoted heading", lineQuote, 18},
		{"  > quoted, indented", lineQuote, 20},
		{"not > quoted", lineText, 0},
		{"| a | b |", lineTable, 0},
		{"- item", lineList, 2},
		{"* item", lineList, 2},
		{"+ item", lineList, 2},
		{"• item", lineList, 4},
		{"-\titem", lineList, 2},
		{"1. item", lineList, 3},
		{"12) item", lineList, 4},
		{"10.\titem", lineList, 4},
		{"123456789. nine digits", lineList, 11},
		{"1234567890. ten digits", lineText, 0},
		{"1.5 is a number", lineText, 0},
		{"1.", lineText, 0},
		{"1", lineText, 0},
		{"2026 was a year", lineText, 0},
		{"-item", lineText, 0},
		{". not a list", lineText, 0},
		{") nor this", lineText, 0},
		{"  Indented", lineText, 2},
	}
	for _, tt := range tests {
		kind, skip := classify(tt.line)
		if kind != tt.kind || skip != tt.skip {
			t.Errorf("classify(%q) = %v, %d; want %v, %d", tt.line, kind, skip, tt.kind, tt.skip)
		}
	}
}

func TestIsRule(t *testing.T) {
	tests := map[string]bool{
		"---": true, "===": true, "***": true, "___": true, "- - -": true, "--- ": true, "-\t-\t-": true, "----------": true,
		"--": false, "-- ": false, "- -": false, "+++": false, "--x": false, "-=-": false, "": false, "a--": false,
	}
	for s, want := range tests {
		if got := isRule(s); got != want {
			t.Errorf("isRule(%q) = %v; want %v", s, got, want)
		}
	}
}

func TestWordsAndWhereTheyAre(t *testing.T) {
	text := "Mae'r RPB's co-production, T&F 2.5 and 1,000 at 10:30 24/7.\r\nnon-XYZ a,b end-\nlast"
	d := scan(text)
	var got []string
	for _, tk := range d.toks {
		got = append(got, tk.text)
	}
	want := []string{"Mae'r", "RPB's", "co-production", "T&F", "2.5", "and", "1,000", "at", "10:30", "24/7", "non-XYZ", "a", "b", "end", "last"}
	if !slices.Equal(got, want) {
		t.Fatalf("words %q\nwant  %q", got, want)
	}
	if tk := d.toks[10]; tk.line != 2 || tk.col != 1 || text[tk.start:tk.end] != "non-XYZ" {
		t.Errorf("non-XYZ at line %d col %d, %q", tk.line, tk.col, text[tk.start:tk.end])
	}
	if tk := d.toks[14]; tk.line != 3 || tk.col != 1 {
		t.Errorf("last at line %d col %d", tk.line, tk.col)
	}
	if n := len(d.lines); n != 3 {
		t.Errorf("%d lines; want 3", n)
	}
	if n := len(scan("one\n").lines); n != 2 {
		t.Errorf("a text ending in a newline has %d lines; want 2 (the last empty)", n)
	}
}

func TestAcronymsInsideHyphenatedWords(t *testing.T) {
	fs := ofKind(demo().Check("The non-XYZ and ABC-led groups."), KindAcronym)
	if len(fs) != 2 || fs[0].Text != "XYZ" || fs[0].Col != 9 || fs[1].Text != "ABC" || fs[1].Col != 17 {
		t.Errorf("findings %+v; want XYZ at column 9 and ABC at 17", fs)
	}
	x := NewExpander(DemoGlossary())
	if got := x.Expand("Our non-CYP work and RPB-led plans."); got != "Our non-children and young people (CYP) work and Regional Partnership Board (RPB)-led plans." {
		t.Errorf("Expand: %q", got)
	}
}

func TestTimesOfDayAreNotAcronyms(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"We meet at 10 AM and 2 PM.", nil},
		{"AM and PM are times.", []string{"AM", "PM"}},
		{"We need 10 XYZ forms.", []string{"XYZ"}},
		{"We need 10 forms for the AM.", []string{"AM"}},
	}
	for _, tt := range tests {
		equalTexts(t, tt.text, texts(demo().Check(tt.text), KindAcronym), tt.want)
	}
}

func TestAvoidRulesOnBothSides(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Communication is key.", []string{"key"}},
		{"Trust is key to it.", []string{"key"}},
		{"This is key for us.", []string{"key"}},
		{"It is key in practice.", []string{"key"}},
		{"The key is lost.", nil},
		{"It is key with the door.", nil},
		{"We are committed to it.", []string{"committed"}},
		{"A committed volunteer.", nil},
		{"We commit to it.", []string{"commit"}},
		{"She was promoted to manager.", nil},
		{"We promoted the event.", []string{"promoted"}},
		{"We foster good relationships.", []string{"foster"}},
		{"We foster good children.", nil},
		{"We foster good links with carers.", []string{"foster"}},
		{"We will drive up standards.", []string{"drive"}},
		{"We will drive up to Neath.", nil},
		{"We drive to Neath.", nil},
		{"We deliver leaflets.", nil},
		{"We deliver support.", []string{"deliver"}},
		{"It will impact us.", []string{"impact"}},
		{"The impact was big.", nil},
		{"It impacts us.", []string{"impacts"}},
		{"The impacts of it.", nil},
		{"We tackle it.", []string{"tackle"}},
		{"A tackle was made.", nil},
		{"The prevention agenda.", []string{"agenda"}},
		{"The prevention agenda for the meeting.", nil},
		{"The prevention agenda, meeting papers.", nil},
		{"Meeting the prevention agenda.", nil},
		{"Meeting and the papers, then the prevention agenda.", []string{"agenda"}},
		{"Agenda.", nil},
		{"We will, going forward, meet.", []string{"going forward"}},
		{"We will going, forward.", nil},
		{"We are going", nil}, // a phrase's first word at the very end
		{"We will, impact it.", nil},
		{"We are committed, mostly, to it.", nil},
		{"We are committed, to be fair.", nil},
		{"the regional partnership board facilitates events.", []string{"facilitates"}}, // the word after a name is not part of it
		{"We commit resources.", []string{"commit"}},
		{"We drive real change.", []string{"drive"}},
		{"We foster the good children.", nil},
		{"The prevention agenda item.", nil},
		{"the integrated transformation board met.", nil}, // a glossary expansion is a name
	}
	for _, tt := range tests {
		equalTexts(t, tt.text, texts(demo().Check(tt.text), KindAvoid), tt.want)
	}
}

func TestPassiveOnBothSides(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"It was agreed.", []string{"was agreed"}},
		{"It was not agreed.", []string{"was not agreed"}},
		{"It was jointly written.", []string{"was jointly written"}},
		{"It was not.", nil},
		{"It was fully.", nil},
		{"It was only.", nil},
		{"It was used to it.", nil},
		{"It was used.", []string{"was used"}},
		{"It is based in Neath.", nil},
		{"It was bed.", nil},
		{"It was shed.", nil},
		{"It was owed.", []string{"was owed"}},
	}
	for _, tt := range tests {
		equalTexts(t, tt.text, texts(demo().Check(tt.text), KindPassive), tt.want)
	}
}

func TestReadingEaseBands(t *testing.T) {
	bands := []struct {
		ease float64
		want string
	}{
		{100, "very easy"}, {90, "very easy"}, {89.9, "easy"}, {80, "easy"}, {79.9, "fairly easy"}, {70, "fairly easy"},
		{69.9, "plain English"}, {60, "plain English"}, {59.9, "fairly difficult"}, {50, "fairly difficult"},
		{49.9, "difficult"}, {30, "difficult"}, {29.9, "very difficult"}, {-10, "very difficult"},
	}
	for _, b := range bands {
		if got := (Score{Ease: b.ease}).Band(); got != b.want {
			t.Errorf("Band(%v) = %q; want %q", b.ease, got, b.want)
		}
	}
}

func TestReadabilityCountsWordsAndSentences(t *testing.T) {
	r, _ := Readability("# 2026\nThe group meets.")
	if r.Sentences != 1 || r.Words != 3 {
		t.Errorf("%+v; want 1 sentence of 3 words (a heading of a number alone is no sentence)", r)
	}
	words := func(n int) string { return strings.Repeat("We meet. ", n/2) }
	if _, ok := Readability(words(MinReadabilityWords)); !ok {
		t.Errorf("%d words are not enough for a score", MinReadabilityWords)
	}
	if _, ok := Readability(words(MinReadabilityWords - 2)); ok {
		t.Errorf("%d words are enough for a score", MinReadabilityWords-2)
	}
}

func TestMoreSyllables(t *testing.T) {
	words := map[string]int{
		"videos": 3, "ideas": 3, "lazy": 2, "amazed": 2, "maze": 1, "freeze": 1, "zebra": 2,
		"ago": 1, "the": 1, "use": 1, "one": 1, // three letters or fewer count one
		"sized": 1, "zones": 1, "quotient": 2,
		"cycle": 2, "cycled": 2, "puzzle": 2, "curled": 1, "rolled": 1,
		"yearly": 2, "ya": 1, "y": 1,
	}
	for w, want := range words {
		if got := syllables(w); got != want {
			t.Errorf("syllables(%q) = %d; want %d", w, got, want)
		}
	}
}

func TestWelshOnBothSides(t *testing.T) {
	tests := []struct {
		text  string
		welsh bool
	}{
		{"Mae hi yma.", true},
		{"Diolch yn fawr iawn i chi gyd.", true},
		{"Mae'r cyfarfod.", true},
		{"the meeting is on Monday", false},
		{"Llanelli and the Rhondda", false},
	}
	for _, tt := range tests {
		if got := IsWelsh(tt.text); got != tt.welsh {
			t.Errorf("IsWelsh(%q) = %v; want %v", tt.text, got, tt.welsh)
		}
	}
	if welshSpelling("dau") != 0 || welshSpelling("mamau") != 0.5 || welshSpelling("llan") != 0.5 {
		t.Errorf("welsh spelling: dau %v, mamau %v, llan %v", welshSpelling("dau"), welshSpelling("mamau"), welshSpelling("llan"))
	}
	for _, s := range []struct {
		score            langScore
		welsh, clearlyEN bool
	}{
		{langScore{welshPoints: 2, english: 1, words: 10}, true, false},
		{langScore{welshPoints: 1.5, english: 0, words: 2}, false, false},
		{langScore{welshPoints: 2, english: 2, words: 4}, false, false},
		{langScore{welshPoints: 2, english: 0, words: 10}, true, false},
		{langScore{welshPoints: 2, english: 0, words: 11}, false, false},
		{langScore{welshPoints: 1, english: 2, words: 3}, false, true},
		{langScore{welshPoints: 2, english: 2, words: 3}, false, false},
		{langScore{welshPoints: 0, english: 1, words: 1}, false, false},
	} {
		if s.score.welsh() != s.welsh || s.score.clearlyEnglish() != s.clearlyEN {
			t.Errorf("%+v: welsh %v, clearly English %v; want %v, %v", s.score, s.score.welsh(), s.score.clearlyEnglish(), s.welsh, s.clearlyEN)
		}
	}
}

func TestSentencesAtLineEdges(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Siân Davies\nMair Jones", []string{"Siân Davies", "Mair Jones"}},
		{"a short line\nthat goes on", []string{"a short line that goes on"}},
		{strings.Repeat("x", 39) + "\nNext", []string{strings.Repeat("x", 39), "Next"}},
		{strings.Repeat("x", 40) + "\nNext", []string{strings.Repeat("x", 40) + " Next"}},
		{"- an item\nNext line", []string{"an item", "Next line"}},
		{"It is 10 a.m. Then we meet", []string{"It is 10 a.m", "Then we meet"}},
		{"We met, etc. and then", []string{"We met etc and then"}},
		{"We met etc.", []string{"We met etc"}},
	}
	for _, tt := range tests {
		equalTexts(t, tt.text, sentencesOf(tt.text), tt.want)
	}
}

func TestHintsAreFewAndSayHowManyMore(t *testing.T) {
	c := demo()
	three := c.Hint("We will facilitate, empower and leverage it.")
	four := c.Hint("We will facilitate, empower, leverage and utilise it.")
	if strings.Contains(three, "more") {
		t.Errorf("three findings say there are more: %q", three)
	}
	if !strings.HasSuffix(four, "; and 1 more") {
		t.Errorf("four findings: %q; want the fourth counted as 1 more", four)
	}
}

// The group's own words to avoid are matched in their forms: three
// letters are enough ("axe", "axed"), two are not inflected.
func TestGroupWordsInTheirForms(t *testing.T) {
	c := NewChecker(nil, map[string]string{"axe": "cut", "ok": "fine"})
	equalTexts(t, "They axed it.", texts(c.Check("They axed it."), KindAvoid), []string{"axed"})
	equalTexts(t, "It was oks.", texts(c.Check("It was oks."), KindAvoid), nil)
}

// A word one letter short of the glossary's expansion does not spell it
// out ("Bu Service" is not "Bus Service").
func TestSpeltOutNeedsTheWholeWords(t *testing.T) {
	c := NewChecker(map[string]string{"BS": "Bus Service"}, nil)
	equalTexts(t, "bus", texts(c.Check("The Bus Service (BS) runs."), KindAcronym), nil)
	equalTexts(t, "bu", texts(c.Check("The Bu Service (BS) runs."), KindAcronym), []string{"BS"})
}

func TestPluralEndingsOfExpansions(t *testing.T) {
	tests := map[string]string{"Board": "Boards", "Authority": "Authorities", "Day": "Days", "Box": "Boxes",
		"Church": "Churches", "Bus": "Buses", "Y": "Ys", "y": "ys", "Quiz": "Quizes", "Wish": "Wishes"}
	for exp, want := range tests {
		if got := withEnding(exp, "s"); got != want {
			t.Errorf("withEnding(%q, s) = %q; want %q", exp, got, want)
		}
	}
}
