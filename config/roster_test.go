package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gyda/gyda/roster"
)

// designRoster is roster.toml as DESIGN.md shows it, with every key used.
const designRoster = `[[person]]
id = "sian"                       # optional, derived from the name
name = "Siân Davies"
kind = "person-using-services"    # person-using-services | carer | staff | guest
trained = ["chair", "minutes"]
language = "cy"                   # optional
needs = ["large-print", "easy-read", "hearing-loop", "wheelchair", "remote"]
ssh_keys = ["ssh-ed25519 AAAA... sian@laptop"]

[[person]]
name = "Dafydd ap Gwilym"
kind = "staff"
organisation = "Swansea Bay UHB"  # staff
decision_authority = true         # staff
opt_out = ["minutes"]

[[person]]
name = "Old Member"
kind = "carer"
retired = true
`

func TestParseRosterDesignExample(t *testing.T) {
	r, err := ParseRoster("roster.toml", strings.NewReader(designRoster))
	if err != nil {
		t.Fatal(err)
	}
	want := []roster.Person{
		{
			ID: "sian", Name: "Siân Davies", Kind: roster.PersonUsingServices,
			Trained:  []roster.Role{roster.RoleChair, roster.RoleMinutes},
			Language: "cy",
			Needs:    []string{"large-print", "easy-read", "hearing-loop", "wheelchair", "remote"},
			SSHKeys:  []string{"ssh-ed25519 AAAA... sian@laptop"},
		},
		{
			ID: "dafydd", Name: "Dafydd ap Gwilym", Kind: roster.Staff,
			Organisation: "Swansea Bay UHB", DecisionAuthority: true,
			OptOut: []roster.Role{roster.RoleMinutes},
		},
		{ID: "old", Name: "Old Member", Kind: roster.Carer, Retired: true},
	}
	if got := r.People(); !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestParseRosterInlineAndEmpty(t *testing.T) {
	r, err := ParseRoster("roster.toml", strings.NewReader(`person = [{ name = "A B", kind = "guest" }]`))
	if err != nil || r.Len() != 1 || r.IDs()[0] != "a" {
		t.Errorf("inline array of tables: %v, %v", r, err)
	}
	r, err = ParseRoster("roster.toml", strings.NewReader("# no one yet\n"))
	if err != nil || r.Len() != 0 {
		t.Errorf("empty roster: %v, %v", r, err)
	}
}

func TestParseRosterErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string
	}{
		{
			name: "bad kind",
			src:  "[[person]]\nid = \"sian\"\nname = \"Siân Davies\"\nkind = \"volunteer\"\n",
			want: `roster.toml:4: person[1].kind: "volunteer" is not a kind; use person-using-services, carer, staff or guest`,
		},
		{
			name: "missing kind points at the person",
			src:  "[[person]]\nname = \"A\"\nkind = \"carer\"\n\n[[person]]\nname = \"B\"\n",
			want: `roster.toml:5: person[2].kind: missing; use person-using-services, carer, staff or guest`,
		},
		{
			name: "missing name",
			src:  "[[person]]\nkind = \"carer\"\n",
			want: `roster.toml:1: person[1].name: missing; every person needs a name`,
		},
		{
			name: "bad role, on the line of the entry",
			src:  "[[person]]\nname = \"A\"\nkind = \"carer\"\ntrained = [\n  \"chair\",\n  \"minute-taker\",\n]\n",
			want: `roster.toml:6: person[1].trained[2]: "minute-taker" is not a role; use chair or minutes`,
		},
		{
			name: "bad opt_out",
			src:  "[[person]]\nname = \"A\"\nkind = \"carer\"\nopt_out = [\"tea\"]\n",
			want: `roster.toml:4: person[1].opt_out[1]: "tea" is not a role; use chair or minutes`,
		},
		{
			name: "duplicate id",
			src:  "[[person]]\nid = \"sian\"\nname = \"Siân Davies\"\nkind = \"carer\"\n[[person]]\nid = \"SIAN\"\nname = \"Sian Jones\"\nkind = \"staff\"\n",
			want: `roster.toml:6: person[2].id: "SIAN" is already the id of person 1 (Siân Davies); ids must differ (ignoring case and accents)`,
		},
		{
			name: "unknown key",
			src:  "[[person]]\nname = \"A\"\nkind = \"carer\"\nemail = \"a@example.org\"\n",
			want: `roster.toml:4: person[1].email: unknown key; allowed keys in [[person]] are id, name, kind, organisation, decision_authority, trained, opt_out, language, needs, ssh_keys, retired`,
		},
		{
			name: "unknown top-level table",
			src:  "[[people]]\nname = \"A\"\n",
			want: `roster.toml:1: people: unknown key; allowed keys at the top level are [[person]]`,
		},
		{
			name: "person written as one table",
			src:  "[person]\nname = \"A\"\n",
			want: `roster.toml:1: person: must be a list of [[person]] tables, each headed [[person]] with two brackets (got a table)`,
		},
		{
			name: "wrong types do not also report missing",
			src:  "[[person]]\nname = 5\nkind = true\nretired = \"no\"\ntrained = [\"chair\", 1]\n",
			want: "roster.toml:2: person[1].name: must be text in quotes (got 5)\n" +
				"roster.toml:3: person[1].kind: must be text in quotes (got true)\n" +
				"roster.toml:4: person[1].retired: must be true or false (got \"no\")\n" +
				"roster.toml:5: person[1].trained[2]: must be text in quotes (got 1)",
		},
		{
			name: "not valid TOML",
			src:  "[[person]\nname = \"A\"\n",
			want: "roster.toml:1:9: not valid TOML: expected end of table array name delimiter ']', but got '\\n' instead",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := ParseRoster("roster.toml", strings.NewReader(tt.src))
			if err == nil {
				t.Fatalf("no error; got %v", r.People())
			}
			if r != nil {
				t.Error("a bad roster was returned")
			}
			if err.Error() != tt.want {
				t.Errorf("error:\n got %s\nwant %s", err, tt.want)
			}
			for _, e := range Errors(err) {
				if e.Line < 1 {
					t.Errorf("error without a line: %+v", e)
				}
			}
		})
	}
}

func TestLoadRoster(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "roster.toml")
	_, err := LoadRoster(path)
	if err == nil || !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), path) {
		t.Errorf("missing roster: %v", err)
	}
	if err := os.WriteFile(path, []byte(designRoster), 0o600); err != nil {
		t.Fatal(err)
	}
	r, err := LoadRoster(path)
	if err != nil || r.Len() != 3 {
		t.Fatalf("LoadRoster: %v, %v", r, err)
	}
	if err := os.WriteFile(path, []byte("[[person]]\nname = \"A\"\nkind = \"x\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = LoadRoster(path)
	if want := path + `:3: person[1].kind: "x" is not a kind; use person-using-services, carer, staff or guest`; err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

// TestSameNameAndLongNameRefused: two people with one name (ignoring case
// and accents) are refused with both lines; a 200 KB name is refused.
func TestSameNameAndLongNameRefused(t *testing.T) {
	src := "[[person]]\nname = \"Siân Davies\"\nkind = \"carer\"\n\n[[person]]\nname = \"sian  DAVIES\"\nkind = \"staff\"\n"
	_, err := ParseRoster("roster.toml", strings.NewReader(src))
	if err == nil || err.Error() != `roster.toml:6: person[2].name: "sian  DAVIES" is also the name of person[1].name (line 2); give each person a name others can tell apart, such as with an initial or their organisation` {
		t.Errorf("same name: %v", err)
	}
	src = "[[person]]\nname = \"" + strings.Repeat("a", 200_000) + "\"\nkind = \"carer\"\n"
	if _, err := ParseRoster("roster.toml", strings.NewReader(src)); err == nil || !strings.Contains(err.Error(), "roster.toml:2: person[1].name: it is 200000 characters long; the most is 100") {
		t.Errorf("long name: %.300v", err)
	}
}

// TestEscapesInFilesAreRefused: each family of characters that could
// reach a terminal, or hide what text says, is refused in every kind of
// text the files hold, with the file, line and key.
func TestEscapesInFilesAreRefused(t *testing.T) {
	for name, bad := range hostile {
		t.Run(name, func(t *testing.T) {
			toml := tomlString(bad)
			_, err := ParseRoster("roster.toml", strings.NewReader("[[person]]\nname = \"Ann\"\nkind = \"staff\"\norganisation = "+toml+"\n"))
			if err == nil || !strings.Contains(err.Error(), "roster.toml:4: person[1].organisation: it ") {
				t.Errorf("roster: %v", err)
			}
			_, err = ParseGroup("group.toml", strings.NewReader("name = "+toml+"\n"))
			if err == nil || !strings.Contains(err.Error(), "group.toml:1: name: it ") {
				t.Errorf("group: %v", err)
			}
			_, err = ParseGroup("group.toml", strings.NewReader("name = \"G\"\n[glossary]\nRPB = "+toml+"\n"))
			if err == nil || !strings.Contains(err.Error(), "group.toml:3: glossary.RPB: it ") {
				t.Errorf("glossary: %v", err)
			}
			_, err = ParseAgenda("next.toml", strings.NewReader("title = \"T\"\nplace = "+toml+"\n[[item]]\ntitle = \"A\"\nminutes = 5\n"), nil)
			if err == nil || !strings.Contains(err.Error(), "next.toml:2: place: it ") {
				t.Errorf("agenda place: %v", err)
			}
			_, err = ParseAgenda("next.toml", strings.NewReader("title = \"T\"\n[[item]]\ntitle = "+toml+"\nminutes = 5\n"), nil)
			if err == nil || !strings.Contains(err.Error(), "next.toml:3: item[1].title: it ") {
				t.Errorf("agenda item: %v", err)
			}
		})
	}
}

// hostile are the families of text a file must not carry to a screen.
var hostile = map[string]string{
	"OSC 52 clipboard write": "Ann\x1b]52;c;ZWNobyBoaQ==\x07",
	"OSC 8 link":             "\x1b]8;;https://example.invalid\x1b\\Ann\x1b]8;;\x1b\\",
	"C1 CSI":                 "Ann\u009b2J",
	"right-to-left override": "Ann \u202eexe.txt",
	"tag characters":         "Ann\U000E0049\U000E0047\U000E004E",
	"zero width":             "An\u200bn",
	"bell":                   "Ann\a",
}
