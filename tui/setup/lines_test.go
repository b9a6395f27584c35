package setup

import (
	"bufio"
	"strings"
	"testing"
)

// Each bufio.Scanner made on a LineReader gets one line, as huh's
// accessible prompts need.
func TestLineReaderOneLinePerScanner(t *testing.T) {
	r := NewLineReader(strings.NewReader("one\ntwo\r\n\nfour"))
	var got []string
	for range 5 {
		s := bufio.NewScanner(r)
		if !s.Scan() {
			got = append(got, "<eof>")
			continue
		}
		got = append(got, s.Text())
	}
	if want := "one|two||four|<eof>"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
	if NewLineReader(r) != r {
		t.Error("a LineReader was wrapped again")
	}
}

func TestLineReaderReadLine(t *testing.T) {
	long := strings.Repeat("x", 10000)
	r := NewLineReader(strings.NewReader("a\r\n" + long + "\nlast"))
	for _, want := range []string{"a", long, "last"} {
		got, ok := r.ReadLine()
		if !ok || got != want {
			t.Fatalf("ReadLine = %q, %v; want %d chars", got[:min(len(got), 20)], ok, len(want))
		}
	}
	if _, ok := r.ReadLine(); ok {
		t.Error("read past the end")
	}
}
