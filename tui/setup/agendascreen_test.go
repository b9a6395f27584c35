package setup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/config"
)

// agendaScreen opens the agenda builder for folder, as on 4 December 2026.
func agendaScreen(t *testing.T, folder config.Folder) (*driver, *Agenda, string) {
	t.Helper()
	path := filepath.Join(folder.Dir, config.NextAgenda)
	d, err := NewAgendaDraft(folder, path, time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	m := NewAgenda(d, Options{})
	drv := newDriver(t, m)
	for _, msg := range drv.run(m.Init()) {
		drv.send(msg)
	}
	return drv, m, path
}

// acceptDetails goes through the date and place form as it is.
func acceptDetails(d *driver) {
	for range 5 {
		d.key("enter")
	}
	d.key("y") // online
}

func TestAgendaScreenBuildsAnAgenda(t *testing.T) {
	folder, _ := aMeeting(t)
	d, m, path := agendaScreen(t, folder)
	d.wantView("The next meeting", "Title", "Date")
	acceptDetails(d)
	d.wantView("Left open at the meeting on 3 December 2026", "Action: Aled Price to share")
	d.key("enter") // both carried
	d.wantView("Co-production Group: Thursday 14 January 2027, 10:00 to 12:00, Orangery, Margam Park, and online",
		"▶  1. Welcome, apologies and quorum, 10 min, doing with",
		" 4. Action: Aled Price to share the survey results with the carers' centre (due 20 December), 5 min, led by Aled Price",
		"Items take 50 minutes of the 2 hours the meeting has: 1 hour 10 minutes to spare.",
		"Versions of papers needed:", "large print: Siân Davies",
		"Not saved yet: press s to save.")

	// Add an item: it goes before the closing standing items.
	d.key("a")
	d.wantView("Item title, in plain words")
	d.typ("Transport to hospital appointments", "enter")
	d.typ("70", "enter")
	d.typ("", "down", "down", "down", "enter") // Mair
	d.typ("", "down", "down", "down", "enter") // doing with
	d.key("n")
	d.wantView("▶  6. Transport to hospital appointments, 70 min, led by Mair Jones, doing with",
		"Items take 2 hours, just the time the meeting has.",
		`Warning: item: no break is planned in a meeting of 2 hours`)

	// Move it up, past the decision to ratify, and remove that.
	d.key("K")
	d.wantView("▶  5. Transport to hospital appointments")
	d.key("down")
	d.wantView("▶  6. To ratify")
	d.key("x")
	d.wantView(`Removed item "To ratify: Ask the bus company to come to the next meeting. (provisional since 3 December)".`)

	// Add a paper, sent late.
	d.key("p")
	d.typ("Carers' survey results", "enter")
	d.typ("2027-01-12", "enter")
	d.typ("x", "enter")
	d.wantView("Carers' survey results, sent Tuesday 12 January, also in large print",
		`Warning: paper[1].sent: "Carers' survey results" goes out on Tuesday 12 January, 2 days before the meeting`)

	// Change the item's time so that there is room for a break.
	for range 3 {
		d.key("up")
	}
	d.wantView("▶  5. Transport")
	d.key("enter")
	d.key("enter")
	d.typ("", "backspace", "backspace")
	d.typ("50", "enter")
	for range 3 {
		d.key("enter")
	}
	d.wantView(" 5. Transport to hospital appointments, 50 min")

	d.key("s")
	if !m.Saved() {
		t.Fatalf("not saved: %s", m.Status())
	}
	d.wantView("Wrote " + path + ": the agenda for Thursday 14 January 2027.")
	back, err := config.LoadAgendaIn(path, folder.Roster, folder.Group.Location())
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Items) != 7 || back.Items[4].Title != "Transport to hospital appointments" || back.Items[4].Minutes != 50 || len(back.Papers) != 1 {
		t.Errorf("saved %+v", back)
	}
	d.key("q")
	if !d.quit {
		t.Error("q after saving did not leave")
	}
}

func TestAgendaScreenAsksBeforeLeavingUnsaved(t *testing.T) {
	folder, _ := sampleFolder(t)
	d, _, path := agendaScreen(t, folder)
	before, _ := os.ReadFile(path)
	acceptDetails(d)
	d.key("x") // remove the welcome
	d.key("q")
	d.wantView("Leave without saving?")
	d.key("n") // stay
	if d.quit {
		t.Fatal("left when asked to stay")
	}
	d.wantView("▶  1. Declarations of interest")
	d.key("q")
	d.key("y")
	if !d.quit {
		t.Fatal("did not leave")
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("leaving without saving changed the agenda")
	}
}

func TestAgendaScreenRefusesBadDetails(t *testing.T) {
	folder, _ := sampleFolder(t)
	d, _, _ := agendaScreen(t, folder)
	d.key("enter") // title
	for range 20 {
		d.key("backspace")
	}
	d.typ("31 February", "enter")
	d.wantView(`"31 February" is not a day of the calendar`)
	for range 20 {
		d.key("backspace")
	}
	d.typ("2027-02-03", "enter")
	d.key("enter")
	for range 10 {
		d.key("backspace")
	}
	d.typ("9am", "enter") // ends before it starts
	d.key("enter")
	d.key("n")
	d.wantView("Not yet: the meeting ends at 09:00, which is not after it starts at 10:00")
	d.key("enter")
	d.key("enter")
	d.key("enter")
	for range 10 {
		d.key("backspace")
	}
	d.typ("1pm", "enter")
	d.key("enter")
	d.key("n")
	d.wantView("Wednesday 3 February 2027, 10:00 to 13:00")
	if strings.Contains(d.view(), "and online") {
		t.Error("online was answered no")
	}
}

func TestAgendaFolder(t *testing.T) {
	folder, _ := sampleFolder(t)
	m, err := AgendaFolder(folder.Dir, time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC), Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, m)
	for _, msg := range d.run(m.Init()) {
		d.send(msg)
	}
	d.wantView("The next meeting", "> 2026-12-03") // the sample agenda's date, still to come
	if _, err := AgendaFolder(t.TempDir(), time.Now(), Options{}); err == nil || !strings.Contains(err.Error(), "gyda init") {
		t.Errorf("a folder without a group: %v", err)
	}
}
