package setup

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/config/demo"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/journal"
)

// sampleFolder writes the sample group into a folder and loads it.
func sampleFolder(t *testing.T) (config.Folder, config.Agenda) {
	t.Helper()
	dir := t.TempDir()
	folder, agenda, err := demo.WriteTo(dir)
	if err != nil {
		t.Fatal(err)
	}
	return folder, agenda
}

// holdMeeting runs a meeting of the folder's group on agenda through the
// command language, as gyda run --plain would, and ends it.
func holdMeeting(t *testing.T, folder config.Folder, agenda config.Agenda, lines ...string) {
	t.Helper()
	setup := &meeting.Setup{Group: folder.Group, Agenda: agenda, People: folder.Roster.People(), Clock: "sim"}
	meta, err := json.Marshal(setup)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(folder.Dir, "meetings", agenda.Start.Format("2006-01-02")+"-co-production-group")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	j, err := journal.Create(filepath.Join(dir, "journal.jsonl"), meta)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	live, _, err := meeting.Start(setup, nil, j, meeting.NewSimClock(agenda.Start), meeting.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range append(lines, "end") {
		if _, err := live.Do(meeting.ConsoleActor(), l); err != nil {
			t.Fatalf("%s: %v", l, err)
		}
	}
}

// aMeeting is a short inquorate meeting that agrees an action and takes a
// provisional decision.
func aMeeting(t *testing.T) (config.Folder, config.Agenda) {
	t.Helper()
	folder, agenda := sampleFolder(t)
	holdMeeting(t, folder, agenda,
		"arrive sian", "arrive aled", "chair sian", "minutes aled",
		"action aled by 2026-12-20: share the survey results with the carers' centre",
		"decide Ask the bus company to come to the next meeting.",
	)
	return folder, agenda
}

func TestReadLastMeeting(t *testing.T) {
	folder, _ := aMeeting(t)
	last, err := ReadLastMeeting(folder.Dir, folder.Roster)
	if err != nil {
		t.Fatal(err)
	}
	if last == nil {
		t.Fatal("no last meeting")
	}
	var got []string
	for _, c := range last.Carried {
		got = append(got, c.Kind+": "+c.Item.Title+" ["+c.Item.Lead+"]")
	}
	want := []string{
		"action: Action: Aled Price to share the survey results with the carers' centre (due 20 December) [aled]",
		"decision: To ratify: Ask the bus company to come to the next meeting. (provisional since 3 December) []",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("carried:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// A group that has not met has no last meeting.
	fresh, _ := sampleFolder(t)
	if last, err := ReadLastMeeting(fresh.Dir, fresh.Roster); err != nil || last != nil {
		t.Errorf("ReadLastMeeting = %v, %v", last, err)
	}
}

func TestNewAgendaDraftStartsFromTheLastMeeting(t *testing.T) {
	folder, _ := aMeeting(t)
	now := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)
	d, err := NewAgendaDraft(folder, filepath.Join(folder.Dir, config.NextAgenda), now)
	if err != nil {
		t.Fatal(err)
	}
	// The sample agenda said the next meeting is on 14 January at 10:00.
	if d.Date != "2027-01-14" || d.StartTime != "10:00" || d.EndTime != "12:00" || d.Place != "Orangery, Margam Park" || !d.Online {
		t.Errorf("details %q %q %q %q %v", d.Date, d.StartTime, d.EndTime, d.Place, d.Online)
	}
	d.ApplyCarried()
	var titles []string
	for _, it := range d.Agenda.Items {
		titles = append(titles, it.Title)
	}
	want := []string{"Welcome, apologies and quorum", "Declarations of interest", "Minutes of the last meeting and the action log",
		"Action: Aled Price to share the survey results with the carers' centre (due 20 December)",
		"To ratify: Ask the bus company to come to the next meeting. (provisional since 3 December)",
		"Any other business", "Reflection: how did today go?"}
	if strings.Join(titles, "\n") != strings.Join(want, "\n") {
		t.Errorf("items:\n%s", strings.Join(titles, "\n"))
	}
}

func TestRunAgendaAccessible(t *testing.T) {
	folder, _ := aMeeting(t)
	path := filepath.Join(folder.Dir, config.NextAgenda)
	d, err := NewAgendaDraft(folder, path, time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	in := lines(
		"", "14 January 2027", "10am", "12:30", "", "y", // details: title kept; place kept
		"2", "0", // untick the decision
		"1", "Transport to hospital appointments", "30", "4", "4", "n", // add an item led by Mair (4th option: No one, Siân, Dafydd, Mair)
		"1", "How we facilitate the key workstream", "20", "", "", "n", // a title in jargon
		"4", "5", "4", // move "Transport" (item 5) to place 4
		"5", "Carers' survey results", "2027-01-10", "1", "0", // a paper sent late, in large print
		"", // save
	)
	var out bytes.Buffer
	saved, err := RunAgenda(NewPrompter(true, in, &out), d)
	if err != nil || !saved {
		t.Fatalf("saved %v, err %v\n%s", saved, err, out.String())
	}
	for _, want := range []string{
		"Left open at the meeting on 3 December 2026: add these as items?",
		"4. Transport to hospital appointments, 30 min, led by Mair Jones, doing with",
		"Items take 1 hour 35 minutes of the 2 hours 30 minutes the meeting has: 55 minutes to spare.",
		"Paper 1. Carers' survey results, sent Sunday 10 January, also in large print",
		"Papers in large print for: Siân Davies.",
		"Papers in Welsh for: Siân Davies, Nia Roberts.",
		`Warning: paper[1].sent: "Carers' survey results" goes out on Sunday 10 January, 4 days before the meeting; the group's notice is 7 days`,
		`Warning: paper[1].formats: "Carers' survey results" has no easy read version; Mair Jones needs easy read`,
		`Warning: item[6].title: avoid: "facilitate" is a word to avoid -> help`,
		"Wrote " + path + ": the agenda for Thursday 14 January 2027.",
		"The agenda that was there is kept as " + filepath.Join(folder.Dir, "agendas", "2026-12-03.toml"),
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the output lacks %q", want)
		}
	}
	if t.Failed() || testing.Verbose() {
		t.Log(out.String())
	}
	// What was written loads back as the agenda that was built.
	back, err := config.LoadAgendaIn(path, folder.Roster, folder.Group.Location())
	if err != nil {
		t.Fatal(err)
	}
	if diff := config.AgendaDiff(d.Agenda, back); diff != "" {
		t.Errorf("%s differs", diff)
	}
	if len(back.Items) != 8 || back.Items[3].Lead != "mair" || back.Items[3].Ladder != config.DoingWith || len(back.Papers) != 1 {
		t.Errorf("loaded back %+v", back)
	}
	if _, err := config.LoadAgendaIn(filepath.Join(folder.Dir, "agendas", "2026-12-03.toml"), folder.Roster, nil); err != nil {
		t.Errorf("the old agenda was not kept: %v", err)
	}
}

func TestRunAgendaAccessibleLeaveWritesNothing(t *testing.T) {
	folder, _ := sampleFolder(t)
	path := filepath.Join(folder.Dir, config.NextAgenda)
	before, _ := os.ReadFile(path)
	d, err := NewAgendaDraft(folder, path, time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	saved, err := RunAgenda(NewPrompter(true, lines("", "", "", "", "", "", "8"), &out), d)
	if err != nil || saved {
		t.Fatalf("saved %v, err %v", saved, err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("leaving changed the agenda")
	}
	if !strings.Contains(out.String(), "Left without saving") {
		t.Errorf("output:\n%s", out.String())
	}
}

func TestFindingsOnTitles(t *testing.T) {
	folder, agenda := sampleFolder(t)
	agenda.Items[3].Title = "How we will facilitate the workstream with the ITB"
	agenda.Papers = []config.Paper{{Title: "The RPB's plan", Sent: agenda.Start.AddDate(0, 0, -10), Formats: config.PaperFormats()}}
	var got []string
	for _, f := range Findings(agenda, folder.Group, folder.Roster) {
		got = append(got, f.String())
	}
	want := []string{
		`item[4].title: avoid: "facilitate" is a word to avoid -> help`,
		`item[4].title: acronym: "ITB" is not spelt out the first time it is used; write "Integrated Transformation Board (ITB)" -> Integrated Transformation Board`,
		`item[6].title: acronym: "RPB" is not spelt out the first time it is used; write "Regional Partnership Board (RPB)" -> Regional Partnership Board`,
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || g == w
		}
		if !found {
			t.Errorf("findings lack %q:\n%s", w, strings.Join(got, "\n"))
		}
	}
	for _, g := range got {
		if strings.HasPrefix(g, "paper[1]") {
			t.Errorf("a second use of RPB was flagged: %s", g)
		}
	}
}
