package history

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/roster"
)

func TestLoadEmptyGroup(t *testing.T) {
	dir, _, _ := sampleGroup(t)
	h, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Meetings)+len(h.Unfinished)+len(h.Problems) != 0 {
		t.Errorf("a group that never met has history %+v", h)
	}
	if !h.Carried().IsZero() {
		t.Errorf("nothing should be carried: %+v", h.Carried())
	}
}

func TestLoadThreeMeetings(t *testing.T) {
	dir, _ := threeMeetings(t)
	h, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, m := range h.Meetings {
		ids = append(ids, m.ID+" "+m.Day())
	}
	want := []string{"2026-10-01-co-production-group 2026-10-01", "2026-11-05-co-production-group 2026-11-05", "2026-12-03-co-production-group 2026-12-03"}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("meetings %q; want %q", ids, want)
	}
	if len(h.Unfinished) != 0 || len(h.Problems) != 0 {
		t.Errorf("unfinished %d, problems %v", len(h.Unfinished), h.Problems)
	}

	// A meeting that has not ended is kept apart; a damaged journal is
	// reported by name and left out; a folder without a journal is not a
	// meeting.
	dir2, folder, agenda := sampleGroup(t)
	runMeeting(t, dir2, folder, agenda, meetingDays[0], "arrive sian\nend")
	runMeeting(t, dir2, folder, agenda, meetingDays[1], "arrive sian")
	bad := filepath.Join(dir2, "meetings", "2026-12-03-broken", JournalName)
	if err := os.MkdirAll(filepath.Dir(bad), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("not a journal\nat all\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir2, "meetings", "notes"), 0o755); err != nil {
		t.Fatal(err)
	}
	h2, err := Load(dir2)
	if err != nil {
		t.Fatal(err)
	}
	if len(h2.Meetings) != 1 || len(h2.Unfinished) != 1 || len(h2.Problems) != 1 {
		t.Fatalf("meetings %d, unfinished %d, problems %v", len(h2.Meetings), len(h2.Unfinished), h2.Problems)
	}
	if !strings.Contains(h2.Problems[0].Error(), "2026-12-03-broken") {
		t.Errorf("the problem does not name the journal: %v", h2.Problems[0])
	}
	notes := strings.Join(h2.Notes(), "\n")
	for _, w := range []string{"The meeting of 5 November 2026 (2026-11-05-co-production-group) has not ended, so it is not counted", "Left out: ", "2026-12-03-broken"} {
		if !strings.Contains(notes, w) {
			t.Errorf("notes do not say %q:\n%s", w, notes)
		}
	}
}

func TestLoadUnreadableFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "meetings"), []byte("a file, not a folder"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(dir)
	if err == nil || !strings.Contains(err.Error(), "read the group's meetings in") {
		t.Errorf("Load with a file for the meetings folder: %v", err)
	}
}

func TestLedgerAndCarried(t *testing.T) {
	dir, _ := threeMeetings(t)
	h, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	l := h.Ledger()
	type act struct {
		key, due        string
		status          Status
		redated, ontime bool
	}
	var got []act
	for _, a := range l.Actions {
		got = append(got, act{a.Key(), a.Due, a.Status, a.Redated, a.OnTime})
	}
	want := []act{
		{"2026-10-01-co-production-group#1", "2026-10-20", Done, false, true},
		{"2026-10-01-co-production-group#2", "2026-12-15", Done, true, false},
		{"2026-10-01-co-production-group#3", "2026-11-01", Dropped, false, false},
		{"2026-11-05-co-production-group#1", "2027-01-20", Open, true, false},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("actions:\n got %+v\nwant %+v", got, want)
	}
	if a := l.Actions[0]; a.ClosedAt != "2026-11-05" || a.ClosedIn != "2026-11-05-co-production-group" || a.OwnerName != "Aled Price" {
		t.Errorf("first action closed %s in %s, owner %q", a.ClosedAt, a.ClosedIn, a.OwnerName)
	}
	if len(l.Decisions) != 2 || l.Decisions[0].Status != Ratified || l.Decisions[0].SettledAt != "2026-11-05" ||
		l.Decisions[1].Status != Open || l.Decisions[1].Text != "Ask the council for a carers' newsletter." {
		t.Errorf("decisions %+v", l.Decisions)
	}
	if !strings.Contains(l.Decisions[1].Reason, "1 more person needed for quorum") {
		t.Errorf("provisional reason %q", l.Decisions[1].Reason)
	}

	c := h.Carried()
	if len(c.Actions) != 1 || c.Actions[0].Owner != "john" || c.Actions[0].Due != "2027-01-20" || !c.Actions[0].Redated ||
		c.Actions[0].Origin != (meeting.Origin{Meeting: "2026-11-05-co-production-group", Date: "2026-11-05", Number: 1}) {
		t.Errorf("carried actions %+v", c.Actions)
	}
	if len(c.Decisions) != 1 || c.Decisions[0].Number != 1 || c.Decisions[0].Date != "2026-12-03" {
		t.Errorf("carried decisions %+v", c.Decisions)
	}

	// What each meeting was given to review, in its own journal.
	if got := len(h.Meetings[1].Setup.Carried.Actions); got != 3 {
		t.Errorf("the second meeting carried %d actions; want 3", got)
	}
	if got := h.Meetings[2].Setup.Carried; len(got.Actions) != 2 || len(got.Decisions) != 0 {
		t.Errorf("the third meeting carried %+v", got)
	}
}

func TestCarriedFromAMissingMeetingIsFollowed(t *testing.T) {
	dir, _ := threeMeetings(t)
	// The first meeting's folder is lost; the second carried its items.
	if err := os.RemoveAll(filepath.Join(dir, "meetings", "2026-10-01-co-production-group")); err != nil {
		t.Fatal(err)
	}
	h, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	l := h.Ledger()
	if len(l.Actions) != 4 || l.Actions[0].Status != Done || l.Actions[2].Status != Dropped {
		t.Errorf("actions followed from what was carried: %+v", l.Actions)
	}
	if c := h.Carried(); len(c.Actions) != 1 || len(c.Decisions) != 1 {
		t.Errorf("carried %+v", c)
	}
}

func TestPastRotationAndAbsences(t *testing.T) {
	dir, folder := threeMeetings(t)
	h, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	past := h.Past()
	if got := past[1].Chairs; !reflect.DeepEqual(got, []string{"bethan", "sian"}) {
		t.Errorf("second meeting's chairs %q; the hand-over counts", got)
	}
	if got := past[0].MinuteTakers; !reflect.DeepEqual(got, []string{"claire"}) || past[0].Kinds["claire"] != roster.Staff {
		t.Errorf("first meeting's minute-takers %q", got)
	}
	if got := past[0].Apologies; !reflect.DeepEqual(got, []string{"bethan"}) {
		t.Errorf("first meeting's apologies %q", got)
	}
	s := h.Suggest(folder.Roster.People(), folder.Group, nil, meetingDays[2])
	if s.Chair.Person.ID != "sian" || s.Chair.Reason != "trained for chair; last chaired on 5 November 2026 (twice); held it longest ago" {
		t.Errorf("chair: %s", s.Chair.Line())
	}
	if s.Minutes.Person.ID != "claire" || s.Minutes.Reason != "trained for minute-taker; last took the minutes on 1 October 2026 (once); held it longest ago" {
		t.Errorf("minutes: %s", s.Minutes.Line())
	}
	if got := h.Absences(folder.Roster.People(), folder.Group); len(got) != 0 {
		t.Errorf("absences with flag_after 3: %+v", got)
	}
	g := folder.Group
	g.Attendance.FlagAfter = 2
	got := h.Absences(folder.Roster.People(), g)
	if len(got) != 1 || got[0].Person.ID != "rhys" || got[0].Missed != 2 || got[0].Since.Format("2006-01-02") != "2026-11-05" {
		t.Errorf("absences with flag_after 2: %+v", got)
	}
}

func TestCredits(t *testing.T) {
	dir, _ := threeMeetings(t)
	h, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		date, person string
		hours        string
		credits      int
		miles        float64
		mileage      int
		other        int
	}
	var got []row
	for _, c := range h.Credits(1) {
		got = append(got, row{c.Date, c.Person, fmtHours(c.Hours), c.Credits, c.Miles, c.Mileage, c.Other})
	}
	want := []row{
		{"2026-10-01", "sian", "1.5", 2, 12, 540, 0},
		{"2026-10-01", "dafydd", "1.5", 2, 0, 0, 0},
		{"2026-10-01", "mair", "1.17", 1, 0, 0, 0},
		{"2026-10-01", "rhys", "1.5", 2, 0, 0, 250},
		{"2026-11-05", "sian", "1.25", 1, 0, 0, 0},
		{"2026-11-05", "dafydd", "1.25", 1, 0, 0, 0},
		{"2026-11-05", "bethan", "1.25", 1, 20, 900, 0},
		{"2026-11-05", "john", "1.25", 1, 0, 0, 450},
		{"2026-12-03", "sian", "0.75", 1, 0, 0, 0},
		{"2026-12-03", "bethan", "0.75", 1, 0, 0, 0},
		{"2026-12-03", "mair", "0.75", 1, 0, 0, 0},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("credits:\n got %+v\nwant %+v", got, want)
	}
	claims := h.Credits(1)[0].Claims
	if !reflect.DeepEqual(claims, []string{"12 miles at 45p a mile, £5.40"}) {
		t.Errorf("claims %q", claims)
	}
	if got := h.Credits(1)[3].Claims; !reflect.DeepEqual(got, []string{"£2.50 phone data"}) {
		t.Errorf("rhys's claims %q", got)
	}
	p := Period{From: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)}
	if got := h.Between(p).Credits(1); len(got) != 4 || got[0].Date != "2026-11-05" {
		t.Errorf("credits in November: %+v", got)
	}
}

func fmtHours(h float64) string { return strconv.FormatFloat(math.Round(h*100)/100, 'f', -1, 64) }

func TestPeriod(t *testing.T) {
	d := func(s string) time.Time {
		v, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	p := Period{From: d("2026-11-05"), To: d("2026-12-03")}
	for day, want := range map[string]bool{"2026-11-04": false, "2026-11-05": true, "2026-12-03": true, "2026-12-04": false} {
		if got := p.Contains(d(day).Add(23 * time.Hour)); got != want {
			t.Errorf("Contains(%s) = %v", day, got)
		}
	}
	for p, want := range map[Period]string{
		{}: "all meetings", {From: d("2026-11-05")}: "from 5 November 2026", {To: d("2026-12-03")}: "up to 3 December 2026",
		{From: d("2026-11-05"), To: d("2026-12-03")}: "5 November 2026 to 3 December 2026",
	} {
		if got := p.String(); got != want {
			t.Errorf("%+v.String() = %q; want %q", p, got, want)
		}
	}
}

func TestReadMeetingErrors(t *testing.T) {
	_, err := ReadMeeting(filepath.Join(t.TempDir(), "nothing", JournalName))
	if err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing journal: %v", err)
	}
}
