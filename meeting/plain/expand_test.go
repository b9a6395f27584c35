package plain

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestExpandFirstUseAcrossCalls(t *testing.T) {
	e := NewExpander(DemoGlossary())
	steps := []struct{ in, want string }{
		{"The RPB met.", "The Regional Partnership Board (RPB) met."},
		{"The RPB met again, with the ITB.", "The RPB met again, with the Integrated Transformation Board (ITB)."},
		{"A T&F group; another T&F group.", "A Task & Finish (T&F) group; another T&F group."},
		{"RPB, ITB, T&F.", "RPB, ITB, T&F."},
		{"", ""},
	}
	for _, s := range steps {
		if got := e.Expand(s.in); got != s.want {
			t.Errorf("Expand(%q)\n got  %q\n want %q", s.in, got, s.want)
		}
	}
	if got, want := e.Used(), []string{"RPB", "ITB", "T&F"}; !slices.Equal(got, want) {
		t.Errorf("Used() = %v, want %v", got, want)
	}
}

func TestExpandWholeWordsOnly(t *testing.T) {
	tests := []struct{ in, want string }{
		{"T&Fx and XT&F and RPBX and ARPB and rpb.", "T&Fx and XT&F and RPBX and ARPB and rpb."},
		{"(T&F)", "(Task & Finish (T&F))"},
		{"An RPB-led review.", "An Regional Partnership Board (RPB)-led review."},
		{"The CYP team.", "The children and young people (CYP) team."},
		{"The RPBs met.", "The Regional Partnership Boards (RPBs) met."},
		{"The ITB's plan.", "The Integrated Transformation Board's (ITB's) plan."},
		{"The ITB’s plan.", "The Integrated Transformation Board’s (ITB’s) plan."},
		{"Siân’s UNCRC talk.", "Siân’s United Nations Convention on the Rights of the Child (UNCRC) talk."},
		{"Line one\nRPB\nline three", "Line one\nRegional Partnership Board (RPB)\nline three"},
	}
	for _, tt := range tests {
		if got := NewExpander(DemoGlossary()).Expand(tt.in); got != tt.want {
			t.Errorf("Expand(%q)\n got  %q\n want %q", tt.in, got, tt.want)
		}
	}
}

func TestExpandLeavesSpeltOutUses(t *testing.T) {
	e := NewExpander(DemoGlossary())
	for _, in := range []string{
		"The Regional Partnership Board (RPB) met.",
		"The ITB (Integrated Transformation Board) met.",
		"The RPB and the ITB met later.",
	} {
		if got := e.Expand(in); got != in {
			t.Errorf("Expand(%q) = %q, want it unchanged", in, got)
		}
	}
}

func TestExpandedTextPassesTheAcronymCheck(t *testing.T) {
	in := "The RPB asked the ITB's T&F group to talk to CYP about the UNCRC. The RPBs, ATB, CTB and WGRP agreed."
	out := NewExpander(DemoGlossary()).Expand(in)
	if fs := ofKind(demo().Check(out), KindAcronym); len(fs) != 0 {
		t.Errorf("%q:\n%v", out, fs)
	}
}

func TestExpandWithEmptyGlossary(t *testing.T) {
	in := "The RPB met."
	if got := NewExpander(nil).Expand(in); got != in {
		t.Errorf("got %q", got)
	}
}

func TestWithEnding(t *testing.T) {
	for in, want := range map[[2]string]string{
		{"Board", "s"}: "Boards", {"Task & Finish", "s"}: "Task & Finishes", {"Class", "s"}: "Classes",
		{"Body", "s"}: "Bodies", {"Day", "s"}: "Days", {"Board", "'s"}: "Board's", {"Board", ""}: "Board",
	} {
		if got := withEnding(in[0], in[1]); got != want {
			t.Errorf("withEnding(%q, %q) = %q, want %q", in[0], in[1], got, want)
		}
	}
}

func TestExpanderIsSafeForConcurrentUse(t *testing.T) {
	e := NewExpander(DemoGlossary())
	var mu sync.Mutex
	var all strings.Builder
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				out := e.Expand("The RPB and the ITB. ")
				mu.Lock()
				all.WriteString(out)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	for _, exp := range []string{"Regional Partnership Board (RPB)", "Integrated Transformation Board (ITB)"} {
		if n := strings.Count(all.String(), exp); n != 1 {
			t.Errorf("%q spelt out %d times, want once", exp, n)
		}
	}
}

// An acronym the glossary lacks is listed once, in the order met; "AM" and
// "PM" after a time are the time of day, not the Assembly Member or the
// Prime Minister, but are acronyms anywhere else, the start of a text
// included.
func TestExpandListsUnknownAcronymsButNotTheTimeOfDay(t *testing.T) {
	tests := []struct {
		texts []string
		want  []string
	}{
		{[]string{"We meet at 10 AM today."}, nil},
		{[]string{"We finish at 2.30 PM today."}, nil},
		{[]string{"AM for Gower, then the PM."}, []string{"AM", "PM"}},
		{[]string{"The AM met the PM at 10 AM. The ICB came at 2 PM."}, []string{"AM", "PM", "ICB"}},
		{[]string{"At 10", "AM came."}, []string{"AM"}}, // a time is in the same text
		{[]string{"The ICB and the ICB.", "The ICB."}, []string{"ICB"}},
	}
	for _, tt := range tests {
		x := NewExpander(DemoGlossary())
		for _, text := range tt.texts {
			x.Expand(text)
		}
		got := x.Unknown()
		if got == nil {
			got = []string{}
		}
		if tt.want == nil {
			tt.want = []string{}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: Unknown() = %q, want %q", tt.texts, got, tt.want)
		}
	}
}
