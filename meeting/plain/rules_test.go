package plain

import (
	"slices"
	"strings"
	"testing"
)

// Rule 11 of the meeting (../shared/DOMAIN.md), plain English: minutes
// expand every acronym on first use from the group's glossary, flag
// acronyms not in it, flag sentences over 25 words and words to avoid,
// each with a plainer word. One table test each part, with the cases on
// both sides of each boundary.

func TestRulePlainEnglishSpellsOutGlossaryAcronymsOnFirstUseOnly(t *testing.T) {
	tests := []struct {
		name  string
		texts []string // given to one Expander in turn
		want  []string
	}{
		{"first use spelt out", []string{"The RPB met."}, []string{"The Regional Partnership Board (RPB) met."}},
		{"second use in the same text left", []string{"The RPB met. The RPB agreed."},
			[]string{"The Regional Partnership Board (RPB) met. The RPB agreed."}},
		{"second use in a later text left", []string{"The RPB met.", "The RPB agreed."},
			[]string{"The Regional Partnership Board (RPB) met.", "The RPB agreed."}},
		{"already spelt out counts as the first use", []string{"The Regional Partnership Board (RPB) met. The RPB agreed."},
			[]string{"The Regional Partnership Board (RPB) met. The RPB agreed."}},
		{"each acronym has its own first use", []string{"The RPB and the ITB.", "The ITB and the RPB."},
			[]string{"The Regional Partnership Board (RPB) and the Integrated Transformation Board (ITB).", "The ITB and the RPB."}},
		{"not in the glossary: left as it is", []string{"The XYZ met."}, []string{"The XYZ met."}},
		{"part of a longer word: left", []string{"The RPBX met."}, []string{"The RPBX met."}},
		{"a plural", []string{"Both RPBs met."}, []string{"Both Regional Partnership Boards (RPBs) met."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := NewExpander(DemoGlossary())
			var got []string
			for _, s := range tt.texts {
				got = append(got, x.Expand(s))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("expanded\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}

func TestRulePlainEnglishFlagsAcronymsNotSpeltOutOrNotInTheGlossary(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // the acronyms flagged
	}{
		{"a glossary acronym not spelt out", "The RPB met.", []string{"RPB"}},
		{"a glossary acronym spelt out at its first use", "The Regional Partnership Board (RPB) met. The RPB agreed.", nil},
		{"an acronym not in the glossary", "The XYZ met.", []string{"XYZ"}},
		{"flagged once, at its first use", "The XYZ met. The XYZ agreed.", []string{"XYZ"}},
		{"two capitals make an acronym", "We met the DW team.", []string{"DW"}},
		{"one capital does not", "I met A team.", nil},
		{"OK is a word", "It was OK.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(demo().Check(tt.text), KindAcronym)
			equalTexts(t, tt.text, got, tt.want)
		})
	}
}

func TestRulePlainEnglishFlagsSentencesOverTwentyFiveWords(t *testing.T) {
	words := func(n int) string { return strings.TrimSpace(strings.Repeat("carers ", n)) + "." }
	tests := []struct {
		name    string
		text    string
		flagged bool
	}{
		{"24 words", words(24), false},
		{"exactly 25 words", words(25), false},
		{"26 words: one over", words(26), true},
		{"two sentences of 25", words(25) + " " + words(25), false},
	}
	if MaxSentenceWords != 25 {
		t.Fatalf("MaxSentenceWords is %d; the rule says 25", MaxSentenceWords)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := ofKind(demo().Check(tt.text), KindLongSentence)
			if (len(fs) > 0) != tt.flagged {
				t.Errorf("long-sentence findings %v; want flagged %v", fs, tt.flagged)
			}
			if tt.flagged && fs[0].Message != "sentence has 26 words; aim for 25 or fewer" {
				t.Errorf("message %q", fs[0].Message)
			}
		})
	}
}

func TestRulePlainEnglishFlagsWordsToAvoidWithAPlainerWord(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		word       string // flagged, or "" for nothing
		suggestion string
	}{
		{"deliver", "We will deliver the survey.", "deliver", "do, make or provide"},
		{"a word form: delivered", "We delivered the survey.", "delivered", "do, make or provide"},
		{"facilitate", "Siân will facilitate the session.", "facilitate", "help"},
		{"empower", "This will empower carers.", "empower", "allow or give permission"},
		{"tackle as a verb", "We will tackle waiting lists.", "tackle", "solve or deal with"},
		{"key as an adjective", "This is a key issue.", "key", "important or main"},
		{"progress as a verb", "We will progress the plan.", "progress", "work on or develop"},
		{"progress as a noun passes", "We made good progress.", "", ""},
		{"a plainer sentence passes", "We will do the survey.", "", ""},
		{"the group's own word", "We will synergise.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := ofKind(demo().Check(tt.text), KindAvoid)
			if tt.word == "" {
				if len(fs) != 0 {
					t.Errorf("flagged %v", fs)
				}
				return
			}
			if len(fs) != 1 || fs[0].Text != tt.word || !strings.Contains(fs[0].Suggestion, tt.suggestion) {
				t.Errorf("findings %+v; want %q with %q", fs, tt.word, tt.suggestion)
			}
		})
	}
	t.Run("the group's own list", func(t *testing.T) {
		fs := ofKind(NewChecker(nil, map[string]string{"synergise": "work together"}).Check("We will synergise."), KindAvoid)
		if len(fs) != 1 || fs[0].Text != "synergise" || !strings.Contains(fs[0].Suggestion, "work together") {
			t.Errorf("findings %+v", fs)
		}
	})
}
