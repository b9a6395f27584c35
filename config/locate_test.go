package config

import (
	"testing"

	"github.com/BurntSushi/toml"
)

func TestLocateKeys(t *testing.T) {
	const src = `# a comment with key = "x" and [table]
name = "West Glamorgan" # trailing [not.a.table]
quorum.min_present = 6
"quoted key" = 1
text = """
min_present = 99
[not_a_table]
"""
lit = '''
[[item]] ''
'''
[quorum]
  min_lived_experience = 2
[glossary]
"T&F" = "Task & Finish"
[[item]]
title = "Welcome"
[[item]]
title = "Two" # second
lines = [
  "a",
  { b = 1, c = [2, 3] },
]
inline = { x = { y = 1 } }
[item.sub]
z = 1
[[item.part]]
w = 1
[[item.part]]
w = 2
when = 1979-05-27 07:32:00Z
after = 1
`
	var v map[string]any
	if _, err := toml.Decode(src, &v); err != nil {
		t.Fatalf("test input is not valid TOML: %v", err)
	}
	ix := locateKeys(src)
	tests := []struct {
		segs      []string
		line, col int
	}{
		{[]string{keySeg("name")}, 2, 1},
		{[]string{keySeg("quorum")}, 3, 1},
		{[]string{keySeg("quorum"), keySeg("min_present")}, 3, 8},
		{[]string{keySeg("quoted key")}, 4, 1},
		{[]string{keySeg("text")}, 5, 1},
		{[]string{keySeg("lit")}, 9, 1},
		{[]string{keySeg("quorum"), keySeg("min_lived_experience")}, 13, 3},
		{[]string{keySeg("glossary")}, 14, 2},
		{[]string{keySeg("glossary"), keySeg("T&F")}, 15, 1},
		{[]string{keySeg("item")}, 16, 3},
		{[]string{keySeg("item"), indexSeg(0)}, 16, 3},
		{[]string{keySeg("item"), indexSeg(0), keySeg("title")}, 17, 1},
		{[]string{keySeg("item"), indexSeg(1)}, 18, 3},
		{[]string{keySeg("item"), indexSeg(1), keySeg("title")}, 19, 1},
		{[]string{keySeg("item"), indexSeg(1), keySeg("lines"), indexSeg(0)}, 21, 3},
		{[]string{keySeg("item"), indexSeg(1), keySeg("lines"), indexSeg(1), keySeg("c"), indexSeg(1)}, 22, 20},
		{[]string{keySeg("item"), indexSeg(1), keySeg("inline"), keySeg("x"), keySeg("y")}, 24, 18},
		{[]string{keySeg("item"), indexSeg(1), keySeg("sub"), keySeg("z")}, 26, 1},
		{[]string{keySeg("item"), indexSeg(1), keySeg("part"), indexSeg(1), keySeg("w")}, 30, 1},
		{[]string{keySeg("item"), indexSeg(1), keySeg("part"), indexSeg(1), keySeg("after")}, 32, 1},
		// Not written: the nearest written ancestor.
		{[]string{keySeg("item"), indexSeg(1), keySeg("minutes")}, 18, 3},
		{[]string{keySeg("breaks"), keySeg("every")}, 1, 1},
		{nil, 1, 1},
	}
	for _, tt := range tests {
		got := ix.find(tt.segs)
		if got.line != tt.line || got.col != tt.col {
			t.Errorf("find(%s) = %d:%d, want %d:%d", tt.segs, got.line, got.col, tt.line, tt.col)
		}
	}
	if _, ok := ix[keySeg("not_a_table")]; ok {
		t.Error("a header inside a multi-line string was taken for a table")
	}
	if _, ok := ix[keySeg("text")+keySeg("min_present")]; ok {
		t.Error("a key inside a multi-line string was recorded")
	}
}

func TestLocateKeysCRLFAndUnicode(t *testing.T) {
	src := "name = \"Siân\"\r\n[[person]]\r\n  kind = \"carer\" \r\nŵ = 1\r\n"
	ix := locateKeys(src)
	if p := ix.find([]string{keySeg("person"), indexSeg(0), keySeg("kind")}); p != (keyPos{3, 3}) {
		t.Errorf("kind at %v, want 3:3", p)
	}
	if p := ix.find([]string{keySeg("person"), indexSeg(0), keySeg("ŵ")}); p != (keyPos{4, 1}) {
		t.Errorf("ŵ at %v, want 4:1", p)
	}
}

func TestLocateKeysEnds(t *testing.T) {
	// Not valid TOML, but the scan must still end and not panic.
	for _, src := range []string{"", "[", "[[", "a = [", "a = {", `a = "`, `a = """`, "'''", "=", "a.", "]]]", "a = [1,,", "\x00"} {
		locateKeys(src)
	}
}

func TestLocateKeysSpacedHeaders(t *testing.T) {
	src := "[ quorum ] # the rules\nmin_present = 6\n[[ item ]]\n[ \"a b\" . c ]\nd = 1\n"
	var v map[string]any
	if _, err := toml.Decode(src, &v); err != nil {
		t.Fatalf("test input is not valid TOML: %v", err)
	}
	ix := locateKeys(src)
	for _, tt := range []struct {
		segs []string
		want keyPos
	}{
		{[]string{keySeg("quorum"), keySeg("min_present")}, keyPos{2, 1}},
		{[]string{keySeg("item"), indexSeg(0)}, keyPos{3, 4}},
		{[]string{keySeg("a b"), keySeg("c"), keySeg("d")}, keyPos{5, 1}},
		{[]string{keySeg("a b"), keySeg("c")}, keyPos{4, 11}},
	} {
		if got := ix.find(tt.segs); got != tt.want {
			t.Errorf("find(%s) = %v, want %v", tt.segs, got, tt.want)
		}
	}
}

// A multi-line string may end with one or two quote characters of its own
// before the closing delimiter (`"""a""""` is `a"`): the scan takes them as
// the string's, not as a new string that would swallow what follows.
func TestLocateKeysAfterQuotesEndingAMultilineString(t *testing.T) {
	src := "a = [\"\"\"x\"\"\"\", \"y\"]\n" +
		"b = ['''p''''', 'q', \"\"\"r\"\"\"\"\", \"s\"]\n" +
		"c = 1\n"
	var v map[string]any
	if _, err := toml.Decode(src, &v); err != nil {
		t.Fatalf("test input is not valid TOML: %v", err)
	}
	ix := locateKeys(src)
	for _, tt := range []struct {
		segs []string
		want keyPos
	}{
		{[]string{keySeg("a"), indexSeg(1)}, keyPos{1, 16}},
		{[]string{keySeg("b"), indexSeg(1)}, keyPos{2, 17}},
		{[]string{keySeg("b"), indexSeg(3)}, keyPos{2, 33}},
		{[]string{keySeg("c")}, keyPos{3, 1}},
	} {
		if got := ix.find(tt.segs); got != tt.want {
			t.Errorf("find(%s) = %v, want %v", tt.segs, got, tt.want)
		}
	}
	if len(v["a"].([]any)) != 2 || v["a"].([]any)[0] != `x"` || v["b"].([]any)[2] != `r""` {
		t.Errorf("the TOML read is not what this test means: %v", v)
	}
}

// A quoted key may use TOML 1.1's \e (escape), which Go's strconv.Unquote
// does not know: it is found on its own line all the same, and an escaped
// backslash before an e is not taken for it.
func TestLocateKeysWithTheEscapeOfTOML11(t *testing.T) {
	src := "[quorum]\n\"a\\e\" = 1\n\"b\\\\e\" = 2\n"
	var v map[string]any
	if _, err := toml.Decode(src, &v); err != nil {
		t.Fatalf("test input is not valid TOML: %v", err)
	}
	if q := v["quorum"].(map[string]any); q["a\x1b"] == nil || q[`b\e`] == nil {
		t.Fatalf("the TOML read is not what this test means: %v", v)
	}
	ix := locateKeys(src)
	for _, tt := range []struct {
		key  string
		want keyPos
	}{
		{"a\x1b", keyPos{2, 1}},
		{`b\e`, keyPos{3, 1}},
	} {
		if got := ix.find([]string{keySeg("quorum"), keySeg(tt.key)}); got != tt.want {
			t.Errorf("find(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}
