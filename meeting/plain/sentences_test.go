package plain

import (
	"strings"
	"testing"
)

// sentencesOf returns the sentences of text as their words joined by spaces.
func sentencesOf(text string) []string {
	d := scan(text)
	out := []string{}
	for _, s := range d.sents {
		var ws []string
		for _, t := range d.toks[s.from:s.to] {
			ws = append(ws, t.text)
		}
		out = append(out, strings.Join(ws, " "))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"Hello there. How are you? Fine!", []string{"Hello there", "How are you", "Fine"}},
		{"We met Dr. Jones and Mr. Smith, e.g. at the hub, i.e. in Neath.", []string{"We met Dr Jones and Mr Smith e.g at the hub i.e in Neath"}},
		{"J. R. Smith chaired. Cllr. Evans spoke.", []string{"J R Smith chaired", "Cllr Evans spoke"}},
		{"Apples, pears, etc. and more. We bought tea etc. Then we left.", []string{"Apples pears etc and more", "We bought tea etc", "Then we left"}},
		{"It costs 2.5 pounds. See www.westglamorgan.org.uk for more.", []string{"It costs 2.5 pounds", "See www.westglamorgan.org.uk for more"}},
		{`He said "stop." Then "why?" she asked (quietly.) And left…`, []string{"He said stop", "Then why", "she asked quietly", "And left"}},
		{"# Minutes\nPresent:\n- Siân Davies\n- Dai Jones\n\nThe group met\nin Neath and agreed the plan.\n## Decisions\n1. Meet monthly\n2) Pay expenses\n",
			[]string{"Minutes", "Present", "Siân Davies", "Dai Jones", "The group met in Neath and agreed the plan", "Decisions", "Meet monthly", "Pay expenses"}},
		{"Present:\nSiân Davies\nDai Jones\nMary Evans\n", []string{"Present", "Siân Davies", "Dai Jones", "Mary Evans"}},
		{"The group talked at length about the plans that the\nRegional Partnership Board has for carers.", []string{"The group talked at length about the plans that the Regional Partnership Board has for carers"}},
		{"- a point that goes on\n  over two lines\n- another\n", []string{"a point that goes on over two lines", "another"}},
		{"| Name | Kind |\n|---|---|\n| Siân | carer |\n", []string{"Name Kind", "Siân carer"}},
		{"Title\n=====\nText here.", []string{"Title", "Text here"}},
		{"> Quoted text\n> goes on.\r\nNext line.\r\n", []string{"Next line"}}, // a quotation is not checked
		{"Line one\n\nLine two", []string{"Line one", "Line two"}},
		{"We met at 10:30 and spent £1,000 on 24/7 care, and/or more.", []string{"We met at 10:30 and spent 1,000 on 24/7 care and or more"}},
	}
	for _, tt := range tests {
		equalTexts(t, tt.text, sentencesOf(tt.text), tt.want)
	}
}

func TestLongSentences(t *testing.T) {
	words := func(n int) string { return strings.TrimSpace(strings.Repeat("carers ", n)) }
	c := demo()
	if fs := ofKind(c.Check(words(MaxSentenceWords)+"."), KindLongSentence); len(fs) != 0 {
		t.Errorf("25 words should pass: %v", fs)
	}
	text := "Short one.\n\n  " + words(30) + ". Short again."
	fs := ofKind(c.Check(text), KindLongSentence)
	if len(fs) != 1 {
		t.Fatalf("got %v", fs)
	}
	f := fs[0]
	if f.Line != 3 || f.Col != 3 || f.Message != "sentence has 30 words; aim for 25 or fewer" ||
		f.Text != "carers carers carers carers carers carers…" || f.Suggestion == "" {
		t.Errorf("got %+v", f)
	}
	// A bulleted list does not make one long sentence.
	var list strings.Builder
	for range 20 {
		list.WriteString("- Siân Davies, carer\n")
	}
	if fs := ofKind(c.Check(list.String()), KindLongSentence); len(fs) != 0 {
		t.Errorf("list: %v", fs)
	}
}
