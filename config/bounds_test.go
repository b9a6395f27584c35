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
