package plain

import (
	"slices"
	"strings"
	"testing"
)

func TestGlossaryAcronyms(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The RPB met.", []string{"RPB"}},
		{"The RPB met. The RPB agreed.", []string{"RPB"}}, // first use only
		{"The Regional Partnership Board (RPB) met. The RPB agreed.", nil},
		{"The regional partnership board (RPB) met.", nil},
		{"The RPB (Regional Partnership Board) met.", nil},
		{"The RPB - Regional Partnership Board - met.", nil},
		{"The Regional Partnership\nBoard (RPB) met.", nil},
		{"The Regional Partnership Board met. The RPB agreed.", []string{"RPB"}}, // not next to it
		{"The Regional Partnership Boards (RPBs) met.", nil},
		{"The Integrated Transformation Board's (ITB's) plan.", nil},
		{"The ITB's plan and the RPBs.", []string{"ITB", "RPB"}},
		{"A Task and Finish (T&F) group. Another T&F group.", nil},
		{"A T&F group.", []string{"T&F"}},
		{"Children and Young People Transformation Board (CTB).", nil},
		{"Work with children and young people (CYP).", nil},
		{"The UNCRC and WGRP and ATB.", []string{"UNCRC", "WGRP", "ATB"}},
		{"An RPB-led review.", []string{"RPB"}},
	}
	c := demo()
	for _, tt := range tests {
		equalTexts(t, tt.text, texts(c.Check(tt.text), KindAcronym), tt.want)
	}
	f := c.Check("The RPB met.")[0]
	if f.Suggestion != "Regional Partnership Board" || f.Col != 5 ||
		f.Message != `"RPB" is not spelt out the first time it is used; write "Regional Partnership Board (RPB)"` {
		t.Errorf("got %+v", f)
	}
}

func TestUnknownAcronyms(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The NHS and the NHS.", []string{"NHS"}}, // once
		{"NHS-funded care from the CAMHS team.", []string{"NHS", "CAMHS"}},
		{"Part II of Appendix IV, section XIV.", nil},
		{"The LD team and the MDT.", []string{"LD", "MDT"}},
		{"I am OK. A plan.", nil},
		{"We meet at 10 AM and finish at 2.30 PM. The AM for Gower.", []string{"AM"}},
		{"A PhD in 4G and iPhone.", nil},
		{"COVID-19 changed things.", []string{"COVID"}},
		{"PLEASE NOTE.", []string{"PLEASE", "NOTE"}},
		{"The GPs and the GP's list.", []string{"GP"}},
	}
	c := demo()
	for _, tt := range tests {
		fs := ofKind(c.Check(tt.text), KindAcronym)
		equalTexts(t, tt.text, texts(fs, KindAcronym), tt.want)
		for _, f := range fs {
			if f.Suggestion != "" || !strings.Contains(f.Message, "not in the group's glossary: spell it out or add it to [glossary] in group.toml") {
				t.Errorf("%q: %+v", tt.text, f)
			}
		}
	}
	if got := texts(NewChecker(map[string]string{"IV": "intravenous"}, nil).Check("IV drugs."), KindAcronym); len(got) != 1 {
		t.Errorf("a Roman numeral in the glossary is an acronym: got %v", got)
	}
}

func TestSplitAcronym(t *testing.T) {
	tests := []struct{ in, base, suffix string }{
		{"RPB", "RPB", ""}, {"RPBs", "RPB", "s"}, {"ITB's", "ITB", "'s"}, {"ITB’s", "ITB", "’s"},
		{"T&F", "T&F", ""}, {"UNCRC", "UNCRC", ""}, {"B12", "", ""}, {"NHS111", "NHS111", ""},
		{"I", "", ""}, {"A", "", ""}, {"PhD", "", ""}, {"Ss", "", ""}, {"4G", "", ""}, {"T&", "", ""},
		// Mixed case: more capitals than small letters, and at least three.
		{"DToC", "DToC", ""}, {"ABCde", "ABCde", ""}, {"ABCdef", "", ""}, {"ABc", "", ""},
	}
	for _, tt := range tests {
		b, s, ok := splitAcronym(tt.in)
		if b != tt.base || s != tt.suffix || ok != (tt.base != "") {
			t.Errorf("splitAcronym(%q) = %q, %q, %v", tt.in, b, s, ok)
		}
	}
}

func TestDemoGlossaryIsFresh(t *testing.T) {
	g := DemoGlossary()
	if len(g) != 8 || g["T&F"] != "Task & Finish" || g["CYP"] == "" {
		t.Fatalf("demo glossary: %v", g)
	}
	g["RPB"] = "changed"
	if DemoGlossary()["RPB"] != "Regional Partnership Board" {
		t.Error("DemoGlossary must return a fresh map")
	}
}

// Unknown acronyms, mixed-case ones included, are flagged; English words
// in capitals for emphasis are not.
func TestMixedCaseAndEmphasis(t *testing.T) {
	c := NewChecker(nil, nil)
	var got []string
	for _, f := range c.Check("The ICB and CAMHS spoke about DToC and GPs. It is NOT a PhD matter for McDonald.") {
		if f.Kind == KindAcronym {
			got = append(got, f.Text)
		}
	}
	if want := []string{"ICB", "CAMHS", "DToC", "GP"}; !slices.Equal(got, want) {
		t.Fatalf("acronyms flagged %q; want %q", got, want)
	}
	x := NewExpander(map[string]string{"GP": "general practitioner"})
	x.Expand("The ICB met the GPs.")
	x.Expand("DToC went up; the ICB said NOT yet.")
	if got := x.Unknown(); !slices.Equal(got, []string{"ICB", "DToC"}) {
		t.Fatalf("Unknown() = %q", got)
	}
}
