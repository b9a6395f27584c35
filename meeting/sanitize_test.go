package meeting

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
