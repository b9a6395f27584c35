package text

import (
	"strings"
	"testing"
)

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Siân Davies", "Siân Davies"},
		{"clear\x1b[2Jscreen", "clearscreen"},
		{"osc52\x1b]52;c;ZXZpbA==\x07 done", "osc52 done"},
		{"link \x1b]8;;http://x\x1b\\text\x1b]8;;\x1b\\", "link text"},
		{"c1 csi \u009b31m red", "c1 csi  red"},
		{"bell\a and cr\r", "bell and cr"},
		{"tab\there", "tab here"},
		{"rtl \u202egnp.exe", "rtl gnp.exe"},
		{"zero\u200bwidth\ufeff", "zerowidth"},
		{"bad \xff utf8", "bad  utf8"},
		{"Llŷr ŵ", "Llŷr ŵ"},
		{"tags \U000e0041\U000e0042\U000e007f hidden", "tags  hidden"},
		{"soft\u00adhyphen and \u2066isolate\u2069", "softhyphen and isolate"},
		{"line\u2028sep", "line sep"},
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzClean(f *testing.F) {
	f.Add("\x1b[31mred\x1b[0m")
	f.Add("\x1b]52;c;x\x07")
	f.Add("\u202e\u200b")
	f.Fuzz(func(t *testing.T, s string) {
		out := Clean(s)
		for _, r := range out {
			if r < 0x20 || (r >= 0x7f && r < 0xa0) || isInvisible(r) {
				t.Fatalf("Clean(%q) left %U", s, r)
			}
		}
		if strings.ContainsRune(out, 0x1b) {
			t.Fatalf("Clean(%q) left an escape", s)
		}
	})
}

// TestProblem: every family Clean removes is named by Problem, and text
// Clean leaves alone has none.
func TestProblem(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Siân Davies (Swansea Bay UHB) – 'chair'", ""},
		{"osc52\x1b]52;c;ZXZpbA==\x07", "escape character"},
		{"link \x1b]8;;http://x\x1b\\", "escape character"},
		{"c1 \u009b31m", "U+009B"},
		{"bell\a", "U+0007"},
		{"two\nlines", "more than one line"},
		{"rtl \u202egnp.exe", "bidirectional control U+202E"},
		{"tags\U000E0041", "tag character U+E0041"},
		{"zero\u200bwidth", "invisible character U+200B"},
		{"bad \xff", "not valid UTF-8"},
		{strings.Repeat("ŵ", 101), "101 characters long; the most is 100"},
	} {
		got := Problem(tt.in, 100)
		if tt.want == "" && got != "" || !strings.Contains(got, tt.want) {
			t.Errorf("Problem(%q) = %q; want %q", tt.in, got, tt.want)
		}
		if (got == "") != (Clean(tt.in) == tt.in) && !strings.Contains(got, "long") {
			t.Errorf("Problem(%q) = %q but Clean gives %q", tt.in, got, Clean(tt.in))
		}
	}
}

// TestCleanAll reaches strings in nested structs, slices, maps and
// pointers, and leaves clean text and bytes alone.
func TestCleanAll(t *testing.T) {
	type inner struct {
		Name string
		Tags []string
	}
	type outer struct {
		Title string
		In    *inner
		List  []inner
		Map   map[string]string
		Raw   []byte
		n     string
	}
	bad := "x\x1b]52;c;ZQ==\x07\u202e\U000E0041"
	v := outer{Title: bad, In: &inner{Name: bad, Tags: []string{bad}}, List: []inner{{Name: bad}},
		Map: map[string]string{"k": bad}, Raw: []byte(bad), n: bad}
	CleanAll(&v)
	if v.Title != "x" || v.In.Name != "x" || v.In.Tags[0] != "x" || v.List[0].Name != "x" || v.Map["k"] != "x" {
		t.Errorf("not cleaned: %+v %+v", v, *v.In)
	}
	if string(v.Raw) != bad || v.n != bad {
		t.Error("bytes or an unexported field changed")
	}
}
