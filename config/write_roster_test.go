package config

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/gyda/gyda/roster"
)

// handRoster is a roster.toml as a support officer might keep it by hand:
// notes at the top and above people, a note after a value, a list over
// several lines with notes inside, and a person without an id.
const handRoster = `# Our group's people. Ask Nia before changing this file.

# Chair this year
[[person]]
id = "sian"
name = "Siân Davies"   # she prefers Siân, with the accent
kind = "person-using-services"
trained = [
  "chair",   # trained March 2026
  "minutes",
]
needs = ["large-print"]

[[person]]
name = "Dafydd ap Gwilym"
kind = "carer"

# Staff
[[person]]
id = "aled"
name = "Aled Price"
kind = "staff"
organisation = "Swansea Bay UHB"
decision_authority = true
`

// peopleOf parses a roster text and returns its people.
func peopleOf(t *testing.T, src string) []roster.Person {
	t.Helper()
	r, err := ParseRoster("roster.toml", strings.NewReader(src))
	if err != nil {
		t.Fatalf("parse:\n%s\n%v", src, err)
	}
	return r.People()
}

// edit runs EditRoster and checks that the result reads back as want.
func edit(t *testing.T, src string, want []roster.Person) (string, RosterEdit) {
	t.Helper()
	out, ed, err := EditRoster("roster.toml", []byte(src), want)
	if err != nil {
		t.Fatal(err)
	}
	got := peopleOf(t, string(out))
	if len(got) != len(want) {
		t.Fatalf("%d people read back, want %d:\n%s", len(got), len(want), out)
	}
	for i := range got {
		w := want[i]
		if w.ID == "" {
			w.ID = got[i].ID
		}
		if !got[i].Same(w) {
			t.Errorf("person %d reads back as %+v, want %+v", i+1, got[i], w)
		}
	}
	return string(out), ed
}

func TestEditRosterChangesOnlyWhatChanged(t *testing.T) {
	people := peopleOf(t, handRoster)

	people[1].Needs = []string{roster.NeedEasyRead}
	out, ed := edit(t, handRoster, people)
	if ed.Rewrote {
		t.Fatalf("rewrote the file: %s", ed.Reason)
	}
	want := strings.Replace(handRoster, `name = "Dafydd ap Gwilym"
kind = "carer"
`, `name = "Dafydd ap Gwilym"
kind = "carer"
id = "dafydd"
needs = ["easy-read"]
`, 1)
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}

func TestEditRosterKeepsANoteAfterAChangedValue(t *testing.T) {
	people := peopleOf(t, handRoster)
	people[0].Name = "Siân Davies-Jones"
	out, _ := edit(t, handRoster, people)
	want := strings.Replace(handRoster, `name = "Siân Davies"   # she`, `name = "Siân Davies-Jones"   # she`, 1)
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}

func TestEditRosterReplacesAListOverSeveralLines(t *testing.T) {
	people := peopleOf(t, handRoster)
	people[0].Trained = []roster.Role{roster.RoleChair}
	out, _ := edit(t, handRoster, people)
	want := strings.Replace(handRoster, `trained = [
  "chair",   # trained March 2026
  "minutes",
]
`, `trained = ["chair"]
`, 1)
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}

func TestEditRosterRetiresAndBringsBack(t *testing.T) {
	people := peopleOf(t, handRoster)
	people[2].Retired = true
	out, _ := edit(t, handRoster, people)
	want := handRoster + "retired = true\n"
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
	people[2].Retired = false
	back, _ := edit(t, out, people)
	if back != handRoster {
		t.Errorf("bringing Aled back gave:\n%s\nwant the file as it was", back)
	}
}

func TestEditRosterRemovesAValueNoLongerSet(t *testing.T) {
	people := peopleOf(t, handRoster)
	people[2].Organisation = ""
	people[2].DecisionAuthority = false
	out, _ := edit(t, handRoster, people)
	want := strings.Replace(handRoster, "organisation = \"Swansea Bay UHB\"\ndecision_authority = true\n", "", 1)
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}

func TestEditRosterAddsAtTheEndWithAnID(t *testing.T) {
	people := peopleOf(t, handRoster)
	people = append(people, roster.Person{Name: "Siân Evans", Kind: roster.Carer, Language: "cy",
		SSHKeys: []string{"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGb7u2Cc6mB2S7vd2uAu1nT4Xv6k8fJ0Q8qzvJr2Kx8f siân@laptop"}})
	out, ed := edit(t, handRoster, people)
	if ed.Rewrote {
		t.Fatalf("rewrote: %s", ed.Reason)
	}
	if !strings.HasPrefix(out, handRoster) {
		t.Fatalf("the file before the new person changed:\n%s", out)
	}
	added := strings.TrimPrefix(out, handRoster)
	want := "\n[[person]]\nid = \"sian-evans\"\nname = \"Siân Evans\"\nkind = \"carer\"\nlanguage = \"cy\"\n" +
		"ssh_keys = [\"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGb7u2Cc6mB2S7vd2uAu1nT4Xv6k8fJ0Q8qzvJr2Kx8f siân@laptop\"]\n"
	if added != want {
		t.Errorf("added:\n%s\nwant:\n%s", added, want)
	}
	if got := ed.People[3].ID; got != "sian-evans" {
		t.Errorf("the new person's id is %q", got)
	}
	// Ids do not move: Siân Davies keeps "sian".
	if ed.People[0].ID != "sian" || ed.People[1].ID != "dafydd" {
		t.Errorf("ids moved: %q, %q", ed.People[0].ID, ed.People[1].ID)
	}
}

func TestEditRosterStartsAFile(t *testing.T) {
	for _, src := range []string{"", "# Our people\n", "# Our people"} {
		out, ed := edit(t, src, []roster.Person{{Name: "Mair Jones", Kind: roster.PersonUsingServices}})
		if ed.Rewrote {
			t.Errorf("%q: rewrote: %s", src, ed.Reason)
		}
		if !strings.HasPrefix(out, src) || !strings.Contains(out, "[[person]]\nid = \"mair\"\n") {
			t.Errorf("%q gave:\n%s", src, out)
		}
	}
}

func TestEditRosterUnchangedIsTheSameFile(t *testing.T) {
	out, _ := edit(t, handRoster, peopleOf(t, handRoster))
	if out != handRoster {
		t.Errorf("nothing changed, but the file did:\n%s", out)
	}
}

func TestEditRosterKeepsWindowsLineEnds(t *testing.T) {
	src := strings.ReplaceAll(handRoster, "\n", "\r\n")
	people := peopleOf(t, src)
	people[1].Needs = []string{"breaks"}
	people = append(people, roster.Person{Name: "Tom Hughes", Kind: roster.Staff})
	out, ed := edit(t, src, people)
	if ed.Rewrote {
		t.Fatalf("rewrote: %s", ed.Reason)
	}
	if strings.Count(out, "\n") != strings.Count(out, "\r\n") {
		t.Errorf("mixed line ends:\n%q", out)
	}
}

func TestEditRosterRewritesWhatItCannotFollow(t *testing.T) {
	for name, src := range map[string]string{
		"inline tables":  "# Our people\nperson = [{name = \"Mair Jones\", kind = \"carer\"}]\n",
		"triple quotes":  "# Our people\n[[person]]\nname = \"\"\"Mair Jones\"\"\"\nkind = \"carer\"\n",
		"quoted headers": "# Our people\n[[\"person\"]]\nname = \"Mair Jones\"\nkind = \"carer\"\n",
	} {
		t.Run(name, func(t *testing.T) {
			people := peopleOf(t, src)
			people[0].Needs = []string{"remote"}
			out, ed := edit(t, src, people)
			if !ed.Rewrote || ed.Reason == "" {
				t.Errorf("want a rewrite with a reason, got %+v", ed)
			}
			if !strings.HasPrefix(out, "# Our people\n\n[[person]]\n") {
				t.Errorf("the comment at the top was lost:\n%s", out)
			}
		})
	}
}

func TestEditRosterRefuses(t *testing.T) {
	people := peopleOf(t, handRoster)
	tests := map[string]struct {
		src  string
		want []roster.Person
		msg  string
	}{
		"removing someone":  {handRoster, people[:2], "retire them instead"},
		"a broken file":     {"[[person]]\nname = \"A\"\nkind = \"volunteer\"\n", nil, "roster.toml:3: person[1].kind"},
		"a duplicate id":    {handRoster, append(people, roster.Person{ID: "SIAN", Name: "Sian Two", Kind: roster.Carer}), "already the id of"},
		"a missing name":    {handRoster, append(people, roster.Person{Kind: roster.Carer}), "every person needs a name"},
		"an unknown kind":   {handRoster, append(people, roster.Person{Name: "X", Kind: "volunteer"}), "is not a kind"},
		"a role that isn't": {handRoster, append(people, roster.Person{Name: "X", Kind: roster.Carer, Trained: []roster.Role{"treasurer"}}), "is not a role"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			out, _, err := EditRoster("roster.toml", []byte(tt.src), tt.want)
			if err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %v, want it to mention %q", err, tt.msg)
			}
			if out != nil {
				t.Error("returned a file with the error")
			}
		})
	}
}

// TestEditRosterRandomEdits makes many random changes to the sample-like
// roster and checks each result reads back as asked and leaves every
// unchanged person's lines exactly as they were.
func TestEditRosterRandomEdits(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	needs := []string{"large-print", "easy-read", "hearing-loop", "wheelchair", "remote", "breaks", "a quiet room"}
	src := handRoster
	for round := range 200 {
		people := peopleOf(t, src)
		i := rng.IntN(len(people) + 1)
		if i == len(people) {
			people = append(people, roster.Person{Name: "Person " + string(rune('A'+round%26)) + " Round" + string(rune('a'+round/26)), Kind: roster.Kinds()[rng.IntN(4)]})
		} else {
			p := &people[i]
			switch rng.IntN(6) {
			case 0:
				p.Needs = nil
				for _, n := range needs {
					if rng.IntN(3) == 0 {
						p.Needs = append(p.Needs, n)
					}
				}
			case 1:
				p.Retired = !p.Retired
			case 2:
				p.Organisation = []string{"", "Swansea Council", "Neath Port Talbot Council"}[rng.IntN(3)]
			case 3:
				p.Language = []string{"", "cy", "pl"}[rng.IntN(3)]
			case 4:
				p.Trained = nil
				if rng.IntN(2) == 0 {
					p.Trained = append(p.Trained, roster.RoleChair)
				}
				if rng.IntN(2) == 0 {
					p.Trained = append(p.Trained, roster.RoleMinutes)
				}
			case 5:
				p.Name += " Jr"
			}
		}
		out, ed := edit(t, src, people)
		if ed.Rewrote {
			t.Fatalf("round %d rewrote: %s", round, ed.Reason)
		}
		if !strings.HasPrefix(out, "# Our group's people.") || !strings.Contains(out, "# Staff\n") {
			t.Fatalf("round %d lost a comment:\n%s", round, out)
		}
		src = out
	}
}

func TestSaveRoster(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, RosterFile)

	// A missing file is an empty roster, created on the first save.
	ed, err := SaveRoster(path, nil, []roster.Person{{Name: "Mair Jones", Kind: roster.PersonUsingServices}})
	if err != nil {
		t.Fatal(err)
	}
	if ed.People[0].ID != "mair" {
		t.Errorf("id %q", ed.People[0].ID)
	}
	loaded, err := LoadRoster(path)
	if err != nil {
		t.Fatal(err)
	}
	base := loaded.People()

	// Someone else changes the file: a save from the old view is refused.
	if err := os.WriteFile(path, []byte(handRoster), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = SaveRoster(path, base, append(base, roster.Person{Name: "Tom", Kind: roster.Staff}))
	if err == nil || !strings.Contains(err.Error(), "changed by someone else") {
		t.Fatalf("err = %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != handRoster {
		t.Error("a refused save changed the file")
	}

	// A save keeps the file's permissions and leaves no temporary file.
	base = peopleOf(t, handRoster)
	if _, err := SaveRoster(path, base, append(base, roster.Person{Name: "Tom Hughes", Kind: roster.Staff})); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600 kept", info.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files left in the folder: %v", entries)
	}
	got, _ := os.ReadFile(path)
	if !bytes.HasPrefix(got, []byte(handRoster)) || !bytes.Contains(got, []byte(`id = "tom"`)) {
		t.Errorf("saved:\n%s", got)
	}
}

// FuzzEditRoster checks, for any roster that reads, that an edit that
// changes nothing changes no byte, and that retiring the first person and
// adding someone reads back as asked (EditRoster checks the read-back
// itself, so an error here is a failure of the line editor and of the
// whole-file rewrite both).
func FuzzEditRoster(f *testing.F) {
	f.Add(handRoster)
	f.Add("[[person]]\nname = \"A\"\nkind = \"carer\"\n")
	f.Add("# x\r\n[[person]] # a\r\nname = 'A'\r\nkind = \"staff\"\r\nneeds = [\r\n 'x', # y\r\n]\r\n")
	f.Add("person = [{name = \"A\", kind = \"guest\"}]")
	f.Fuzz(func(t *testing.T, src string) {
		r, err := ParseRoster("roster.toml", strings.NewReader(src))
		if err != nil {
			return
		}
		people := r.People()
		out, _, err := EditRoster("roster.toml", []byte(src), people)
		if err != nil {
			t.Fatalf("an edit changing nothing failed: %v", err)
		}
		if string(out) != src {
			t.Fatalf("an edit changing nothing changed the file:\n%q\n%q", src, out)
		}
		if len(people) > 0 {
			people[0].Retired = !people[0].Retired
		}
		people = append(people, roster.Person{Name: "Zoë Fuzz", Kind: roster.Guest})
		if _, _, err := EditRoster("roster.toml", []byte(src), people); err != nil {
			t.Fatalf("retire and add: %v\n%q", err, src)
		}
	})
}

// A value changed where it stands keeps the spaces or tabs between it and
// a note after it, for a bare value (true, false) as for text.
func TestEditRosterKeepsTheSpaceBeforeANoteAfterABareValue(t *testing.T) {
	src := "[[person]]\nid = \"aled\"\nname = \"Aled Price\"\nkind = \"staff\"\n" +
		"retired = false   # still on the group\ndecision_authority = false\t# not yet\n"
	people := peopleOf(t, src)
	people[0].Retired = true
	people[0].DecisionAuthority = true
	out, ed := edit(t, src, people)
	if ed.Rewrote {
		t.Fatalf("rewrote: %s", ed.Reason)
	}
	want := "[[person]]\nid = \"aled\"\nname = \"Aled Price\"\nkind = \"staff\"\n" +
		"retired = true   # still on the group\ndecision_authority = true\t# not yet\n"
	if out != want {
		t.Errorf("got:\n%q\nwant:\n%q", out, want)
	}
}

// A key added to a person is indented as the keys above it are.
func TestEditRosterIndentsAnAddedKeyAsTheOthers(t *testing.T) {
	for _, indent := range []string{"  ", "\t"} {
		src := "[[person]]\n" + indent + "id = \"mair\"\n" + indent + "name = \"Mair Jones\"\n" + indent + "kind = \"carer\"\n"
		people := peopleOf(t, src)
		people[0].Language = "cy"
		out, ed := edit(t, src, people)
		if ed.Rewrote {
			t.Fatalf("%q: rewrote: %s", indent, ed.Reason)
		}
		if want := src + indent + "language = \"cy\"\n"; out != want {
			t.Errorf("got:\n%q\nwant:\n%q", out, want)
		}
	}
}

// A note just under a person's header belongs to that person: the person
// above can still be edited line by line.
func TestEditRosterWithANoteUnderAHeader(t *testing.T) {
	for _, above := range []string{"", "# Staff\n"} {
		src := "[[person]]\nid = \"a\"\nname = \"A\"\nkind = \"carer\"\n" + above + "[[person]]\n# joined in May\nid = \"b\"\nname = \"B\"\nkind = \"staff\"\n"
		people := peopleOf(t, src)
		people[0].Language = "cy"
		out, ed := edit(t, src, people)
		if ed.Rewrote {
			t.Fatalf("%q above the header: rewrote: %s", above, ed.Reason)
		}
		if want := strings.Replace(src, "kind = \"carer\"\n", "kind = \"carer\"\nlanguage = \"cy\"\n", 1); out != want {
			t.Errorf("got:\n%s\nwant:\n%s", out, want)
		}
	}
}

// A roster that is written out whole says why, naming the line the line
// editor could not follow.
func TestEditRosterSaysWhichLineItCouldNotFollow(t *testing.T) {
	src := "# Our people\n\n[[\"person\"]]\nname = \"Mair Jones\"\nkind = \"carer\"\n"
	people := peopleOf(t, src)
	people[0].Language = "cy"
	_, ed := edit(t, src, people)
	if want := "roster.toml has a table other than [[person]] (line 3)"; !ed.Rewrote || ed.Reason != want {
		t.Errorf("rewrote %v because %q; want %q", ed.Rewrote, ed.Reason, want)
	}
}

// formatValue writes what a person's field or a file holds as TOML, and
// says when it is the zero value, which is written by leaving the key out.
func TestFormatValue(t *testing.T) {
	for _, tt := range []struct {
		v    any
		text string
		zero bool
	}{
		{"Siân", `"Siân"`, false},
		{"", `""`, true},
		{true, "true", false},
		{false, "false", true},
		{int64(3), "3", false},
		{int64(0), "0", true},
		{-2, "-2", false},
		{[]string{"a", "b"}, `["a", "b"]`, false},
		{[]any{"a"}, `["a"]`, false},
		{[]string{}, "[]", true},
	} {
		text, zero, err := formatValue(reflect.ValueOf(tt.v))
		if err != nil || text != tt.text || zero != tt.zero {
			t.Errorf("formatValue(%#v) = %q, %v, %v; want %q, %v", tt.v, text, zero, err, tt.text, tt.zero)
		}
	}
	var none any
	if _, zero, err := formatValue(reflect.ValueOf(&none).Elem()); !zero || err != nil {
		t.Errorf("nothing: zero %v, err %v", zero, err)
	}
	for _, v := range []any{1.5, []any{1}} {
		if _, _, err := formatValue(reflect.ValueOf(v)); err == nil {
			t.Errorf("formatValue(%#v) gave no error", v)
		}
	}
}

// readsBackAs names the first person who would read back differently,
// counting from 1.
func TestReadsBackAsNamesThePerson(t *testing.T) {
	people := peopleOf(t, handRoster)
	if ok, why := readsBackAs("roster.toml", []byte(handRoster), people); !ok || why != "" {
		t.Errorf("the roster itself: %v, %q", ok, why)
	}
	changed := slices.Clone(people)
	changed[1].Language = "cy"
	if ok, why := readsBackAs("roster.toml", []byte(handRoster), changed); ok || why != "person 2 (Dafydd ap Gwilym) reads back differently" {
		t.Errorf("a changed person: %v, %q", ok, why)
	}
	if ok, why := readsBackAs("roster.toml", []byte(handRoster), people[:2]); ok || why != "3 people read back, not 2" {
		t.Errorf("a person more: %v, %q", ok, why)
	}
}

// editBlock gives up, saying why, on a block it cannot edit line by line
// (the roster is then written out whole): a key written twice or one it
// does not know. A roster that parses has neither; this is its own guard.
func TestEditBlockRefusesWhatItDoesNotKnow(t *testing.T) {
	p := roster.Person{ID: "mair", Name: "Mair Jones", Kind: roster.Carer}
	for why, src := range map[string]string{
		"the key name is written twice":        "name = \"Mair\"\nname = \"Mair Jones\"\nkind = \"carer\"\n",
		"the key colour is not one gyda knows": "name = \"Mair Jones\"\nkind = \"carer\"\ncolour = \"blue\"\n",
	} {
		written := map[string]any{"name": "Mair Jones", "kind": "carer"}
		if _, got := editBlock(splitLines(src), written, p, "\n"); got != why {
			t.Errorf("editBlock gave %q, want %q", got, why)
		}
	}
}
