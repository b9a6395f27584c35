package config

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/gyda/gyda/roster"
)

// What the written files say, on both sides of each choice.

func TestFormatGroupGlossaryAndWordsToAvoid(t *testing.T) {
	g := DefaultGroup()
	out, err := FormatGroup(g)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out, []byte("[glossary]\n# RPB = \"Regional Partnership Board\"\n")) || bytes.Contains(out, []byte("[plain.avoid]")) {
		t.Errorf("no glossary or words: an example, and no [plain.avoid]:\n%s", out)
	}
	g.Glossary = map[string]string{"ITB": "Integrated Transformation Board"}
	g.Plain.Avoid = map[string]string{"utilise": "use"}
	out, err = FormatGroup(g)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out, []byte("# RPB =")) || !bytes.Contains(out, []byte("ITB = \"Integrated Transformation Board\"\n")) ||
		!bytes.Contains(out, []byte("[plain.avoid]\nutilise = \"use\"\n")) {
		t.Errorf("a glossary and words:\n%s", out)
	}
}

func TestGroupDiffSeesEveryList(t *testing.T) {
	a := DefaultGroup()
	b := DefaultGroup()
	a.Glossary, b.Glossary = map[string]string{}, nil
	a.Plain.Avoid, b.Plain.Avoid = map[string]string{}, nil
	a.Minutes.Formats, b.Minutes.Formats = []string{}, nil
	if d := groupDiff(a, b); d != "" {
		t.Errorf("empty and nil lists differ: %s", d)
	}
	for name, edit := range map[string]func(*Group){
		"Glossary": func(g *Group) { g.Glossary = map[string]string{"X": "y"} },
		"Plain":    func(g *Group) { g.Plain.Avoid = map[string]string{"x": "y"} },
		"Minutes":  func(g *Group) { g.Minutes.Formats = []string{"md", "txt"} },
	} {
		c := DefaultGroup()
		edit(&c)
		if d := groupDiff(DefaultGroup(), c); d != "the setting "+name {
			t.Errorf("a different %s: groupDiff says %q", name, d)
		}
	}
}

func TestDisplayName(t *testing.T) {
	for in, want := range map[string]string{"": "the group", "   ": "the group", " West   Glamorgan ": "West Glamorgan"} {
		if got := displayName(in); got != want {
			t.Errorf("displayName(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestTemplateAgendaTitle(t *testing.T) {
	start := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	if got := TemplateAgenda(Group{}, start).Title; got != "Co-production Group" {
		t.Errorf("a group with no name: %q", got)
	}
	if got := TemplateAgenda(Group{Name: "West Glamorgan"}, start).Title; got != "West Glamorgan" {
		t.Errorf("a named group: %q", got)
	}
}

func TestFormatAgendaPapersAndTimeZone(t *testing.T) {
	loc := london(t)
	start := time.Date(2026, 12, 3, 10, 0, 0, 0, loc)
	ag := Agenda{Title: "T", Start: start, Items: []Item{{Title: "A", Minutes: 10}},
		Papers: []Paper{{Title: "No formats"}, {Title: "Easy read", Formats: []string{FormatEasyRead}}}}
	out := FormatAgenda(ag, loc)
	if n := bytes.Count(out, []byte("formats = ")); n != 1 {
		t.Errorf("%d formats lines; want 1, for the paper that has formats:\n%s", n, out)
	}
	if nilLoc := FormatAgenda(ag, nil); !bytes.Equal(nilLoc, out) {
		t.Errorf("no time zone given is not London's:\n%s\nwant\n%s", nilLoc, out)
	}
	path := t.TempDir() + "/next.toml"
	if err := WriteAgenda(path, ag, nil, nil, false); err != nil {
		t.Fatalf("WriteAgenda with no time zone: %v", err)
	}
	if got := nilIfEmpty([]string{}); got != nil {
		t.Errorf("nilIfEmpty of nothing = %#v", got)
	}
	if got := nilIfEmpty([]string{"a"}); strings.Join(got, "") != "a" {
		t.Errorf("nilIfEmpty of something = %#v", got)
	}
}

func TestFormatRosterSpacing(t *testing.T) {
	people := []roster.Person{{ID: "a", Name: "A", Kind: roster.Carer}, {ID: "b", Name: "B", Kind: roster.Carer}}
	out, err := FormatRoster("", people)
	if err != nil {
		t.Fatal(err)
	}
	if want := "[[person]]\nid = \"a\"\nname = \"A\"\nkind = \"carer\"\n\n[[person]]\nid = \"b\"\nname = \"B\"\nkind = \"carer\"\n"; string(out) != want {
		t.Errorf("two people, no header:\n%q\nwant\n%q", out, want)
	}
	out, err = FormatRoster("# Our people\n", people[:1])
	if err != nil {
		t.Fatal(err)
	}
	if want := "# Our people\n\n[[person]]\nid = \"a\"\nname = \"A\"\nkind = \"carer\"\n"; string(out) != want {
		t.Errorf("a header and one person:\n%q\nwant\n%q", out, want)
	}
}

// Why a roster is written out whole names the person, counted from 1; a
// person added without an id gets one, as does everyone unchanged.
func TestEditRosterSaysWhichPersonItCouldNotFollow(t *testing.T) {
	src := "[[person]]\nname = \"A\"\nkind = \"carer\"\n\n[[person]]\nname = \"\"\"B\"\"\"\nkind = \"carer\"\n"
	people := peopleOf(t, src)
	people[1].Language = "cy"
	people = append(people, roster.Person{Name: "C", Kind: roster.Staff})
	out, ed, err := EditRoster("roster.toml", []byte(src), people)
	if err != nil {
		t.Fatal(err)
	}
	if !ed.Rewrote || ed.Reason != "person 2 (B): a value written over several lines in triple quotes" {
		t.Errorf("rewrote %v because %q", ed.Rewrote, ed.Reason)
	}
	if !strings.Contains(string(out), "id = \"c\"\nname = \"C\"") {
		t.Errorf("the person added has no id:\n%s", out)
	}
}

// A person the edit leaves without an id keeps the one the file gives
// them, even when it is not the id their name would give.
func TestEditRosterKeepsWrittenIDs(t *testing.T) {
	src := "[[person]]\nid = \"sd\"\nname = \"Siân Davies\"\nkind = \"carer\"\n"
	people := peopleOf(t, src)
	people[0].ID = ""
	people[0].Language = "cy"
	_, ed, err := EditRoster("roster.toml", []byte(src), people)
	if err != nil {
		t.Fatal(err)
	}
	if got := ed.People[0].ID; got != "sd" {
		t.Errorf("id %q; want the written sd", got)
	}
}

// A file whose last line has no newline: a key added after it goes on a
// line of its own.
func TestEditRosterWithoutAFinalNewline(t *testing.T) {
	src := "[[person]]\nid = \"sian\"\nname = \"Siân Davies\"\nkind = \"carer\""
	people := peopleOf(t, src)
	people[0].Language = "cy"
	out, ed := edit(t, src, people)
	if ed.Rewrote {
		t.Fatalf("rewrote: %s", ed.Reason)
	}
	if want := src + "\nlanguage = \"cy\"\n"; out != want {
		t.Errorf("got %q; want %q", out, want)
	}
}

// A glossary key is written bare when TOML allows it (letters A to Z,
// digits, _ and -), so that the file reads as a person would write it,
// and in quotes otherwise; either way it reads back as the same key.
func TestTomlKeyIsBareWhenTOMLAllowsIt(t *testing.T) {
	for _, k := range []string{"a", "z", "A", "Z", "0", "9", "_", "-", "RPB", "co-production_2026"} {
		if got := tomlKey(k); got != k {
			t.Errorf("tomlKey(%q) = %s, want it bare", k, got)
		}
	}
	// The characters just outside each range, and others.
	for _, k := range []string{"`", "{", "@", "[", "/", ":", "T&F", "a b", "Siân", "a.b", ""} {
		if got, want := tomlKey(k), tomlString(k); got != want {
			t.Errorf("tomlKey(%q) = %s, want %s", k, got, want)
		}
	}
	g := DefaultGroup()
	g.Glossary = map[string]string{"ADASS": "Association of Directors of Adult Social Services", "Z9": "a code", "T&F": "Task and Finish"}
	out, err := FormatGroup(g)
	if err != nil {
		t.Fatal(err)
	}
	if want := "ADASS = \"Association of Directors of Adult Social Services\"\n\"T&F\" = \"Task and Finish\"\nZ9 = \"a code\"\n"; !strings.Contains(string(out), want) {
		t.Errorf("the glossary is not written as\n%s\nin\n%s", want, out)
	}
	back, err := ParseGroup("group.toml", bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if d := groupDiff(g, back); d != "" {
		t.Errorf("%s reads back differently:\n%s", d, out)
	}
}

// Text is written in double quotes with the letters of every language as
// they are and control characters escaped, and reads back as it was.
func TestTomlStringEscapesOnlyWhatItMust(t *testing.T) {
	for in, want := range map[string]string{
		"":                  `""`,
		"Siân ap Gwilym":    `"Siân ap Gwilym"`,
		`say "yes"`:         `"say \"yes\""`,
		`a\b`:               `"a\\b"`,
		"one\ntwo\tthree\r": `"one\ntwo\tthree\r"`,
		"\b\f":              `"\b\f"`,
		"\x00\x1f \x7f~":    `"\u0000\u001F \u007F~"`,
		"bad \xff byte":     `"bad \uFFFD byte"`,
	} {
		got := tomlString(in)
		if got != want {
			t.Errorf("tomlString(%q) = %s, want %s", in, got, want)
		}
		var back struct{ S string }
		if _, err := toml.Decode("s = "+got, &back); err != nil || back.S != strings.ToValidUTF8(in, "\uFFFD") {
			t.Errorf("%s reads back as %q (%v)", got, back.S, err)
		}
	}
}
