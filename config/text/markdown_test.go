package text

import "testing"

func TestEscapeMarkdown(t *testing.T) {
	for _, tt := range []struct{ in, inline, line string }{
		{"", "", ""},
		{"plain words", "plain words", "plain words"},
		{"*bold* and _em_", `\*bold\* and \_em\_`, `\*bold\* and \_em\_`},
		{"[link](x) `code` <b> a|b", `\[link\](x) \` + "`code\\`" + ` \<b\> a\|b`, `\[link\](x) \` + "`code\\`" + ` \<b\> a\|b`},
		{`back\slash`, `back\\slash`, `back\\slash`},
		{"# heading", "# heading", `\# heading`},
		{"- list", "- list", `\- list`},
		{"+ list", "+ list", `\+ list`},
		{"=== underline", "=== underline", `\=== underline`},
		{"a - b # c", "a - b # c", "a - b # c"},
		{"*-", `\*-`, `\*-`},
		{"Siân", "Siân", "Siân"},
	} {
		if got := EscapeMarkdown(tt.in); got != tt.inline {
			t.Errorf("EscapeMarkdown(%q) = %q; want %q", tt.in, got, tt.inline)
		}
		if got := EscapeMarkdownLine(tt.in); got != tt.line {
			t.Errorf("EscapeMarkdownLine(%q) = %q; want %q", tt.in, got, tt.line)
		}
	}
}
