package config

import (
	"errors"
	"runtime"
	"strings"
	"testing"
)

// TestDeepNestingIsRefusedCheaply: x = [[[...]]] 20,000 deep took 3.8 GB
// and 16 s to parse; it is now refused before parsing, naming the line,
// having allocated little more than the file itself.
func TestDeepNestingIsRefusedCheaply(t *testing.T) {
	deep := func(open, close string, n int) string {
		return "title = \"x\"\nx = " + strings.Repeat(open, n) + strings.Repeat(close, n) + "\n"
	}
	for name, src := range map[string]string{
		"arrays":        deep("[", "]", 20000),
		"inline tables": deep("{a=", "}", 20000),
		"dotted key":    "title = \"x\"\n" + strings.Repeat("a.", 20000) + "a = 1\n",
		"table header":  "title = \"x\"\n[" + strings.Repeat("a.", 20000) + "a]\n",
	} {
		t.Run(name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := ParseAgenda("deep.toml", strings.NewReader(src), nil)
			runtime.ReadMemStats(&after)
			var ce *Error
			if !errors.As(err, &ce) || ce.Line != 2 || !strings.Contains(ce.Msg, "nested more than 16 deep") {
				t.Fatalf("error %v", err)
			}
			if used := after.TotalAlloc - before.TotalAlloc; used > 4<<20 {
				t.Errorf("refusing it allocated %d bytes", used)
			}
		})
	}
}

// TestNestingGydaNeedsIsAllowed: the limit leaves room for what a real
// file holds (arrays of strings in tables, dates with fractions).
func TestNestingGydaNeedsIsAllowed(t *testing.T) {
	src := "x = [[1, 2], [3, [4, {a = [5]}]]] # [[[[[[[[[[[[[[[[[[[[\ny = \"[[[[[[[[[[[[[[[[[[[[\"\nz = '''\n{{{{{{{{{{{{{{{{{{{{{{{{{\n'''\nw = 1.5\n"
	if err := checkDepth("ok.toml", src); err != nil {
		t.Fatal(err)
	}
}

// TestOversizedFilesAreRefused: a file over its cap is refused before it
// is parsed (a 10 MB roster took 2.6 s and 333 MB).
func TestOversizedFilesAreRefused(t *testing.T) {
	big := strings.Repeat("# padding padding padding padding padding padding\n", (MaxRosterBytes/50)+10)
	if _, err := ParseRoster("roster.toml", strings.NewReader(big)); err == nil || !strings.Contains(err.Error(), "roster.toml: the file is larger than 4 MB") {
		t.Errorf("roster: %v", err)
	}
	big = big[:MaxFileBytes+1]
	if _, err := ParseGroup("group.toml", strings.NewReader(big)); err == nil || !strings.Contains(err.Error(), "group.toml: the file is larger than 1 MB") {
		t.Errorf("group: %v", err)
	}
	if _, err := ParseAgenda("next.toml", strings.NewReader(big), nil); err == nil || !strings.Contains(err.Error(), "larger than 1 MB") {
		t.Errorf("agenda: %v", err)
	}
	if _, err := ParseGroup("group.toml", strings.NewReader(big[:MaxFileBytes-100])); err != nil {
		t.Errorf("a file just under the cap: %v", err)
	}
}

// A file of exactly the limit is read; one byte more is refused.
func TestReadBoundedAtTheLimit(t *testing.T) {
	const limit = 64
	if got, err := readBounded("f.toml", strings.NewReader(strings.Repeat("a", limit)), limit); err != nil || len(got) != limit {
		t.Errorf("a file of the limit: %d bytes, %v", len(got), err)
	}
	if _, err := readBounded("f.toml", strings.NewReader(strings.Repeat("a", limit+1)), limit); err == nil {
		t.Error("a file one byte over the limit was read")
	}
}

// The nesting limit on both sides: 16 deep (arrays, inline tables, dots
// in a key) is allowed, 17 is refused, on the line where it is passed,
// counting the lines of a multi-line string before it. A backslash
// escapes a quote only in a basic string ("..."), not in a literal one
// ('...'), and a string left open at the end of the file is not an error
// here (the parser says what is wrong with it).
func TestNestingLimitOnBothSides(t *testing.T) {
	nest := func(n int) string { return strings.Repeat("[", n) + strings.Repeat("]", n) }
	key := func(dots int) string { return strings.Repeat("a.", dots) + "a = 1" }
	tests := []struct {
		name, src string
		line      int // 0: allowed
	}{
		{"arrays 16 deep", "x = " + nest(MaxDepth) + "\n", 0},
		{"arrays 17 deep", "x = " + nest(MaxDepth+1) + "\n", 1},
		{"a key with 16 dots", key(MaxDepth) + "\n", 0},
		{"a key with 17 dots", key(MaxDepth+1) + "\n", 1},
		{"after a string over three lines", "s = \"\"\"\none\ntwo\n\"\"\"\nx = " + nest(MaxDepth+1) + "\n", 5},
		{"after a literal string ending in a backslash", "p = 'C:\\'\nx = " + nest(MaxDepth+1) + "\n", 2},
		{"an escaped quote in a basic string", "s = \"a \\\" " + nest(MaxDepth+1) + "\"\n", 0},
		{"a string left open at the end", "x = [1]\ns = \"abc", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkDepth("f.toml", tt.src)
			var ce *Error
			switch {
			case tt.line == 0 && err != nil:
				t.Errorf("refused: %v", err)
			case tt.line != 0 && (!errors.As(err, &ce) || ce.Line != tt.line):
				t.Errorf("error %v; want one at line %d", err, tt.line)
			}
		})
	}
}
