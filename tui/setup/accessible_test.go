package setup

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/roster"
)

// lines joins answers, one a line, as typed at huh's accessible prompts.
func lines(answers ...string) *strings.Reader {
	return strings.NewReader(strings.Join(answers, "\n") + "\n")
}

func TestInitFormAccessible(t *testing.T) {
	a := NewInitAnswers(config.DefaultGroup())
	var out bytes.Buffer
	in := lines(
		"Grŵp Cydgynhyrchu Bae'r Gorllewin", // name
		"eight", "65", "8",                  // a bad number is asked again, with why
		"9", "3", // more lived experience than present is refused, then 3
		"n",           // remote attendees do not count
		"4",           // every 90 minutes
		"3",           // 15 minutes
		"4", "3", "0", // Word and a web page as well as Markdown
		"3", // both languages
	)
	if err := NewPrompter(true, in, &out).Run(a.Form(true)); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"What is the group called?",
		"type a whole number from 1 to 50",
		"65 is not from 1 to 50: a quorum is how many members must be there",
		"that is more than the 8 who must be present in all",
		"How often is a break due? [Enter keeps: every 1 hour]",
		"4. ✓ Word document (.docx), to share through Teams",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the prompts lack %q:\n%s", want, out.String())
		}
	}
	g, err := a.Group(config.DefaultGroup())
	if err != nil {
		t.Fatal(err)
	}
	want := config.DefaultGroup()
	want.Name = "Grŵp Cydgynhyrchu Bae'r Gorllewin"
	want.Quorum = config.Quorum{MinPresent: 8, MinLivedExperience: 3, RemoteCounts: false}
	want.Breaks = config.Breaks{Every: config.Duration{Duration: 90 * time.Minute}, Length: config.Duration{Duration: 15 * time.Minute}}
	want.Minutes.Formats = []string{"md", "html", "docx"}
	want.Minutes.Language = "en+cy"
	if !strings.EqualFold(strings.Join(g.Minutes.Formats, ","), "md,html,docx") || g.Quorum != want.Quorum || g.Breaks != want.Breaks ||
		g.Name != want.Name || g.Minutes.Language != "en+cy" {
		t.Errorf("group %+v\nwant %+v", g, want)
	}

	// What the form gives writes and loads back unchanged.
	dir := t.TempDir()
	start := FirstMeeting(time.Date(2026, 11, 5, 15, 0, 0, 0, time.UTC), g.Location())
	if _, err := config.NewFolder(dir, g, config.TemplateAgenda(g, start)); err != nil {
		t.Fatal(err)
	}
	back, err := config.LoadGroup(filepath.Join(dir, config.GroupFile))
	if err != nil {
		t.Fatal(err)
	}
	if back.Name != g.Name || back.Quorum != g.Quorum || back.Breaks != g.Breaks || back.Minutes.Language != g.Minutes.Language ||
		strings.Join(back.Minutes.Formats, ",") != strings.Join(g.Minutes.Formats, ",") {
		t.Errorf("loaded back %+v\nwant %+v", back, g)
	}
}

// Enter at every question keeps its default; the end of the input before
// the last question is answered saves nothing.
func TestInitFormAccessibleEmptyInputKeepsDefaults(t *testing.T) {
	a := NewInitAnswers(config.DefaultGroup())
	if err := NewPrompter(true, strings.NewReader(""), &bytes.Buffer{}).Run(a.Form(true)); !errors.Is(err, ErrInputEnded) {
		t.Fatalf("no input at all: %v; want ErrInputEnded", err)
	}
	a = NewInitAnswers(config.DefaultGroup())
	if err := NewPrompter(true, lines("", "", "", "", "", "", "0", ""), &bytes.Buffer{}).Run(a.Form(true)); err != nil {
		t.Fatal(err)
	}
	g, err := a.Group(config.DefaultGroup())
	if err != nil {
		t.Fatal(err)
	}
	def := config.DefaultGroup()
	if g.Name != DefaultGroupName || g.Quorum != def.Quorum || g.Breaks != def.Breaks || g.Minutes.Language != "en" || strings.Join(g.Minutes.Formats, ",") != "md" {
		t.Errorf("got %+v", g)
	}
}

func TestFirstMeeting(t *testing.T) {
	loc, _ := time.LoadLocation("Europe/London")
	// 28 days after Wednesday 4 November 2026 is Wednesday 2 December.
	if got := FirstMeeting(time.Date(2026, 11, 4, 9, 0, 0, 0, loc), loc); !got.Equal(time.Date(2026, 12, 2, 10, 0, 0, 0, loc)) {
		t.Errorf("got %v", got)
	}
	// 28 days after a Saturday is a Saturday: the Monday after.
	if got := FirstMeeting(time.Date(2026, 11, 7, 9, 0, 0, 0, loc), loc); got.Weekday() != time.Monday {
		t.Errorf("got %v", got)
	}
}

func TestRunPeopleAccessible(t *testing.T) {
	dir := t.TempDir()
	book, err := OpenPeople(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	key := newKey(t, "aled@laptop")
	in := lines(
		"1", "Siân Davies", "1", // add: name, uses services
		"", "1", "0", "2", "1", "0", "", // no organisation; trained as chair; Welsh; large print; no other needs
		"",                     // no key
		"1", "Aled Price", "3", // add: staff
		"Swansea Bay UHB", "y", "0", "", "0", "",
		"not a key", key, // a bad key is asked again
		"2", "1", // change Siân
		"", "", "-", "0", "", "0", "hearing loop, a quiet room", "",
		"3", "2", "y", // retire Aled
	)
	var out bytes.Buffer
	if err := RunPeople(NewPrompter(true, in, &out), book); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"No members yet.",
		"Added Siân Davies (typed in meetings as sian) to roster.toml.",
		"not an SSH public key",
		"Added Aled Price (typed in meetings as aled) to roster.toml.",
		"Saved Siân Davies (typed in meetings as sian) in roster.toml.",
		"Aled Price has retired",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the output lacks %q:\n%s", want, out.String())
		}
	}
	got := loadPeople(t, dir)
	want := []roster.Person{
		{ID: "sian", Name: "Siân Davies", Kind: roster.PersonUsingServices, Trained: []roster.Role{roster.RoleChair}, Language: "cy",
			Needs: []string{roster.NeedLargePrint, roster.NeedHearingLoop, "a quiet room"}},
		{ID: "aled", Name: "Aled Price", Kind: roster.Staff, Organisation: "Swansea Bay UHB", DecisionAuthority: true,
			SSHKeys: []string{key}, Retired: true},
	}
	if len(got) != len(want) {
		t.Fatalf("roster %+v", got)
	}
	for i := range want {
		if !samePersonAs(got[i], want[i]) {
			t.Errorf("person %d: %+v\nwant %+v", i+1, got[i], want[i])
		}
	}
}

func TestRunPeopleAccessibleKeepsNotes(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, config.RosterFile)
	if err := os.WriteFile(path, []byte(handRoster), 0o644); err != nil {
		t.Fatal(err)
	}
	book, err := OpenPeople(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	// Change Siân's name; everything else as it is. Then the input ends.
	in := lines("2", "1", "Siân Davies-Jones", "", "", "0", "", "0", "", "")
	if err := RunPeople(NewPrompter(true, in, &out), book); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	want := strings.Replace(handRoster, `name = "Siân Davies"   # she`, `name = "Siân Davies-Jones"   # she`, 1)
	if string(got) != want {
		t.Errorf("roster.toml:\n%s\nwant:\n%s\noutput:\n%s", got, want, out.String())
	}
}
