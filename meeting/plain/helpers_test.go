package plain

import (
	"slices"
	"testing"
)

// texts returns the Text of each finding of kind k.
func texts(fs []Finding, k Kind) []string {
	out := []string{}
	for _, f := range fs {
		if f.Kind == k {
			out = append(out, f.Text)
		}
	}
	return out
}

// ofKind returns the findings of kind k.
func ofKind(fs []Finding, k Kind) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Kind == k {
			out = append(out, f)
		}
	}
	return out
}

// demo is a Checker with the demo glossary and no words of the group's own.
func demo() *Checker { return NewChecker(DemoGlossary(), nil) }

// equalTexts fails t when got and want differ.
func equalTexts(t *testing.T, text string, got, want []string) {
	t.Helper()
	if want == nil {
		want = []string{}
	}
	if !slices.Equal(got, want) {
		t.Errorf("%q:\n got  %q\n want %q", text, got, want)
	}
}
