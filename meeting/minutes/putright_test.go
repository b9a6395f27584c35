package minutes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gyda/gyda/config/demo"
	"github.com/gyda/gyda/meeting"
)

// A meeting where the record was put right: a wrong arrival undone, a
// decision corrected, a note and an action struck, a visitor, a break
// item, and acronyms the glossary does not have.
const putRightScript = `arrive sian
arrive dafydd
arrive jones
arrive rhys
arrive aled
arrive claire
arrive tom
undo
arrive john
chair sian
minutes dafydd
visitor Dr Anita Patel, NHS England
wait 5m
item 4
note The ICB said DToC is falling.
note Struck words about the wrong family.
strike note 2: about the wrong family
decide Ask the RPB for weekend respite funding.
correct decision 1: Ask the RPB to fund weekend respite.
action aled by 31/01/2027: share the survey with CAMHS
action claire by 28 Feb 2027: a struck action about the bus
strike action 2: recorded twice
leave anita
wait 5m
item 7
end
`

func TestPutRightInEveryFormat(t *testing.T) {
	folder, agenda, err := demo.WriteTo(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	agenda.Items[6].Title = "Lunch" // Any other business, made a break item
	setup := &meeting.Setup{Group: folder.Group, Agenda: agenda, People: folder.Roster.People(), Clock: "sim"}
	setup, events := runScript(t, setup, putRightScript)
	m, err := Build(setup, events)
	if err != nil {
		t.Fatal(err)
	}
	// The undone arrival (Tom Hughes) never happened: not present, and
	// the quorum record never saw him.
	for _, a := range m.Present {
		if a.Name == "Tom Hughes" {
			t.Fatal("Tom Hughes, whose arrival was undone, is listed as present")
		}
	}
	if m.Quorum.Highest.Staff != 2 {
		t.Fatalf("at its fullest %d staff; the undone arrival was counted", m.Quorum.Highest.Staff)
	}
	paths, err := WriteFiles(t.TempDir(), m, Formats())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(strings.Fields(publishedText(t, p, data)), " ")
		name := filepath.Base(p)
		for _, gone := range []string{"wrong family", "struck action", "Ask the RPB for weekend", "Tom Hughes"} {
			if strings.Contains(text, gone) {
				t.Errorf("%s has %q, which was struck, corrected or undone", name, gone)
			}
		}
		switch name {
		case "minutes.ics", "actions.csv", "credits.csv", "easyread.md":
			continue
		}
		if !strings.Contains(text, "Anita Patel") {
			t.Errorf("%s does not list the visitor", name)
		}
		if name == "attendance.csv" {
			continue
		}
		for _, want := range []string{"fund weekend respite", "NHS England", "ICB", "DToC", "CAMHS"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s lacks %q", name, want)
			}
		}
	}
	md := string(Markdown(m))
	for _, want := range []string{
		"| Dr Anita Patel | visitor, NHS England | in person | 10:00 | 10:05 |",
		"**Decision 1**: Ask the Regional Partnership Board (RPB) to fund weekend respite.",
		"## 7. Lunch\n\n*Led by Siân Davies. 10 minutes planned; the break was from 10:10 to 10:10.*",
		"## Short words used",
		"- ICB: not in the group's glossary yet. It stands for:",
		"- DToC: not in the group's glossary yet.",
		"- CAMHS: not in the group's glossary yet.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("minutes.md lacks %q\n%s", want, md)
		}
	}
	if strings.Count(md, "- Tom Hughes") > 0 {
		t.Error("Tom Hughes is listed")
	}
}
