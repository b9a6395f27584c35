package setup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/roster"
)

// peopleScreen opens the people screen on a group folder holding roster
// (which may be empty).
func peopleScreen(t *testing.T, rosterText string) (*driver, string) {
	t.Helper()
	dir := t.TempDir()
	if rosterText != "" {
		if err := os.WriteFile(filepath.Join(dir, config.RosterFile), []byte(rosterText), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	m, err := PeopleFolder(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return newDriver(t, m), dir
}

func loadPeople(t *testing.T, dir string) []roster.Person {
	t.Helper()
	r, err := config.LoadRoster(filepath.Join(dir, config.RosterFile))
	if err != nil {
		t.Fatal(err)
	}
	return r.People()
}

func TestPeopleScreenAddsSomeone(t *testing.T) {
	d, dir := peopleScreen(t, "")
	d.wantView("No members yet. Press a to add someone.")
	key := newKey(t, "sian@laptop")

	d.key("a")
	d.wantView("A new person", "Full name")
	d.typ("Siân Davies", "enter")
	d.key("enter") // uses services: the first kind
	d.wantView("Organisation, if any")
	d.key("enter")             // no organisation
	d.typ("x", "enter")        // trained as chair
	d.typ("", "down", "enter") // Welsh
	d.typ("x", "enter")        // large print
	d.key("enter")             // no other needs
	d.wantView("Paste an SSH public key")
	d.typ("not a key", "enter")
	d.wantView("not an SSH public key")
	for range len("not a key") {
		d.key("backspace")
	}
	d.typ(key, "enter")

	d.wantView("Added Siân Davies (typed in meetings as sian) to roster.toml.", "▶ Siân Davies (person using services; trained as chair; first language Welsh (Cymraeg); large print; 1 SSH key)")
	got := loadPeople(t, dir)
	want := roster.Person{ID: "sian", Name: "Siân Davies", Kind: roster.PersonUsingServices, Trained: []roster.Role{roster.RoleChair},
		Language: "cy", Needs: []string{roster.NeedLargePrint}, SSHKeys: []string{key}}
	if len(got) != 1 || !samePersonAs(got[0], want) {
		t.Errorf("roster.toml holds %+v\nwant %+v", got, want)
	}
}

func TestPeopleScreenAsksStaffAboutDecisionAuthority(t *testing.T) {
	d, dir := peopleScreen(t, "")
	d.key("a")
	d.typ("Aled Price", "enter")
	d.typ("", "down", "down", "enter") // staff
	d.wantView("Which organisation do they represent?", "decision authority")
	d.typ("Swansea Bay UHB", "enter")
	d.key("y") // decision authority
	for range 4 {
		d.key("enter")
	}
	d.key("enter") // no key
	got := loadPeople(t, dir)
	if len(got) != 1 || got[0].Kind != roster.Staff || got[0].Organisation != "Swansea Bay UHB" || !got[0].DecisionAuthority {
		t.Errorf("roster.toml holds %+v", got)
	}
}

// handRoster is a roster a support officer keeps by hand, with notes.
const handRoster = `# Our group's people. Ask Nia before changing this file.

# Chair this year
[[person]]
id = "sian"
name = "Siân Davies"   # she prefers Siân, with the accent
kind = "person-using-services"
trained = ["chair", "minutes"]

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

func TestPeopleScreenEditKeepsNotes(t *testing.T) {
	d, dir := peopleScreen(t, handRoster)
	d.key("down") // Dafydd
	d.key("enter")
	d.wantView("Change Dafydd ap Gwilym")
	d.key("enter")                  // name as it is
	d.key("enter")                  // carer, as he is
	d.key("enter")                  // organisation
	d.key("enter")                  // roles
	d.key("enter")                  // language
	d.typ("", "down", "x", "enter") // easy read
	d.typ("a quiet room", "enter")
	d.key("enter") // no key

	d.wantView("Saved Dafydd ap Gwilym (typed in meetings as dafydd) in roster.toml.")
	got, err := os.ReadFile(filepath.Join(dir, config.RosterFile))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(handRoster, "name = \"Dafydd ap Gwilym\"\nkind = \"carer\"\n",
		"name = \"Dafydd ap Gwilym\"\nkind = \"carer\"\nid = \"dafydd\"\nneeds = [\"easy-read\", \"a quiet room\"]\n", 1)
	if string(got) != want {
		t.Errorf("roster.toml:\n%s\nwant:\n%s", got, want)
	}
}

func TestPeopleScreenRetiresAndBringsBack(t *testing.T) {
	d, dir := peopleScreen(t, handRoster)
	d.key("down")
	d.key("down")
	d.key("r")
	d.wantView("Retire Aled Price?")
	d.key("y")
	d.wantView("Aled Price has retired", "2 members; 1 retired.")
	if v := d.view(); strings.Contains(v, "▶ Aled") || strings.Contains(v, "  Aled Price (") {
		t.Errorf("a retired person is still listed:\n%s", v)
	}
	if p := loadPeople(t, dir); !p[2].Retired {
		t.Error("roster.toml does not say Aled retired")
	}

	d.key("v")
	d.wantView("Aled Price (staff, Swansea Bay UHB; decision authority; RETIRED)", "v hide retired", "▶ Dafydd")
	d.key("down")
	d.key("r")
	d.wantView("Bring Aled Price back")
	d.key("y")
	d.wantView("Aled Price is back on the list of members.")
	got, _ := os.ReadFile(filepath.Join(dir, config.RosterFile))
	if string(got) != handRoster {
		t.Errorf("bringing Aled back did not restore the file:\n%s", got)
	}
}

func TestPeopleScreenCancelChangesNothing(t *testing.T) {
	d, dir := peopleScreen(t, handRoster)
	d.key("a")
	d.typ("Someone", "enter")
	d.key("esc")
	d.wantView("Nothing was changed.", "▶ Siân Davies")
	got, _ := os.ReadFile(filepath.Join(dir, config.RosterFile))
	if string(got) != handRoster {
		t.Error("a cancelled form changed roster.toml")
	}
	d.key("q")
	if !d.quit {
		t.Error("q did not leave the screen")
	}
}

func TestPeopleScreenSaysWhyNotSaved(t *testing.T) {
	d, dir := peopleScreen(t, handRoster)
	// Someone changes the file behind the screen's back.
	if err := os.WriteFile(filepath.Join(dir, config.RosterFile), []byte(handRoster+"\n[[person]]\nname = \"Tom\"\nkind = \"staff\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d.key("r")
	d.key("y")
	d.wantView("Not saved:", "changed by someone else")
}

func TestPeopleScreenMovesWithinTheList(t *testing.T) {
	d, _ := peopleScreen(t, handRoster)
	d.key("up")
	d.wantView("▶ Siân Davies")
	for range 5 {
		d.key("down")
	}
	d.wantView("▶ Aled Price")
	d.key("?")
	d.wantView("↑ up", "↓ down")
}
