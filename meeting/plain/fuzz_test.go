package plain

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"",
		"Going forward we will leverage key stakeholders to facilitate robust delivery of the ITB's overarching strategy",
		"The Regional Partnership Board (RPB) met.\r\nIt was agreed.\r\n",
		"# Minutes\n\n- Siân\n1. item\n| a | b |\n---\n> quote",
		welshPassage,
		plainPassage,
		hardPassage,
		"e.g. i.e. etc. Dr. J. T&F-led RPBs' ITB’s ŵŷ\x00\xff\xfe a\u0302b",
		"&&& '' -- .. T& &F -RPB- 'RPB' RPB- ‐‑",
		strings.Repeat("word ", 40),
	} {
		f.Add(s)
	}
	c := NewChecker(DemoGlossary(), map[string]string{"synergise": "work together", "touch point": "contact"})
	f.Fuzz(func(t *testing.T, text string) {
		lines := strings.Split(text, "\n")
		fs := c.Check(text)
		for i, x := range fs {
			if i > 0 && (x.Line < fs[i-1].Line || x.Line == fs[i-1].Line && x.Col < fs[i-1].Col) {
				t.Fatalf("findings out of order: %v then %v", fs[i-1], x)
			}
			if x.Line < 1 || x.Line > len(lines) {
				t.Fatalf("line %d outside 1..%d: %v", x.Line, len(lines), x)
			}
			line := strings.TrimSuffix(lines[x.Line-1], "\r")
			n := utf8.RuneCountInString(line)
			if x.Col < 1 || x.Col > n+1 {
				t.Fatalf("col %d outside 1..%d: %v", x.Col, n+1, x)
			}
			switch x.Kind {
			case KindAcronym, KindAvoid, KindPassive, KindLongSentence:
				at := []rune(line)[x.Col-1:]
				want := []rune(x.Text)
				if len(want) == 0 || len(at) == 0 || at[0] != want[0] {
					t.Fatalf("text %q is not at %d:%d of %q", x.Text, x.Line, x.Col, line)
				}
			case KindReadability:
				if x.Line != 1 || x.Col != 1 {
					t.Fatalf("readability at %d:%d", x.Line, x.Col)
				}
			default:
				t.Fatalf("unknown kind %q", x.Kind)
			}
			if x.Message == "" {
				t.Fatalf("no message: %v", x)
			}
		}
		_ = c.Hint(text)
		_ = IsWelsh(text)
		if r, ok := Readability(text); ok && (r.Words < MinReadabilityWords || r.Sentences < 1) {
			t.Fatalf("ok with %+v", r)
		}
		if got := NewExpander(nil).Expand(text); got != text {
			t.Fatalf("an empty glossary changed the text")
		}
		if got := NewExpander(DemoGlossary()).Expand(text); len(got) < len(text) {
			t.Fatalf("Expand lost text")
		}
	})
}
