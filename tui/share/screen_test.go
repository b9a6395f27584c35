package share

import (
	"bytes"
	"strings"
	"testing"
)

func TestScreenDrawsOnlyWhatChanged(t *testing.T) {
	var out bytes.Buffer
	s := newScreen(&out, 10, 3)
	s.paint("one\ntwo\nthree")
	first := out.String()
	if !strings.Contains(first, "\x1b[2J") || !strings.Contains(first, "\x1b[3;1Hthree") {
		t.Fatalf("first frame %q", first)
	}
	out.Reset()
	s.paint("one\nTWO\nthree")
	if got := out.String(); got != "\x1b[2;1HTWO\x1b[0m\x1b[K" {
		t.Fatalf("a one-line change wrote %q", got)
	}
	out.Reset()
	s.paint("one\nTWO\nthree")
	if out.Len() != 0 {
		t.Fatalf("an unchanged frame wrote %q", out.String())
	}
	out.Reset()
	s.paint("one")
	if got := out.String(); !strings.Contains(got, "\x1b[2;1H\x1b[K") || !strings.Contains(got, "\x1b[3;1H\x1b[K") {
		t.Fatalf("lines that went were not cleared: %q", got)
	}
	out.Reset()
	s.resize(5, 2)
	s.paint("a very long line\nsecond\nthird")
	got := out.String()
	if !strings.Contains(got, "\x1b[2J") || strings.Contains(got, "third") || strings.Contains(got, "a very") && !strings.Contains(got, "a ver\x1b") {
		t.Fatalf("after a resize: %q", got)
	}
	// The bottom row never reaches the last column.
	if !strings.Contains(got, "\x1b[2;1Hseco\x1b") {
		t.Fatalf("bottom row %q", got)
	}
}

func TestFits(t *testing.T) {
	for _, c := range []struct {
		s    string
		w    int
		want bool
	}{
		{"abc", 3, true},
		{"abcd", 3, false},
		{"\x1b[1;31mabc\x1b[0m", 3, true},
		{"\x1b[1;31mabcd\x1b[0m", 3, false},
		{"Siân ─ ▶ ✓", 10, true},
		{"漢字漢字", 7, false},
		{"漢字漢字", 8, true},
		{"😀😀", 3, false},
	} {
		if got := fits(c.s, c.w); got != c.want {
			t.Errorf("fits(%q, %d) = %v", c.s, c.w, got)
		}
	}
}
