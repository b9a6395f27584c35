package config

import (
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/roster"
)

func warningPeople(t *testing.T) *roster.Roster {
	t.Helper()
	r, err := roster.New([]roster.Person{
		{ID: "sian", Name: "Siân Davies", Kind: roster.PersonUsingServices, Language: "cy", Needs: []string{"Large print"}},
		{ID: "mair", Name: "Mair Jones", Kind: roster.PersonUsingServices, Needs: []string{"easy-read"}},
		{ID: "nia", Name: "Nia Roberts", Kind: roster.Staff, Language: "cy"},
		{ID: "rhys", Name: "Rhys Evans", Kind: roster.Carer, Needs: []string{"large-print"}, Retired: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestPaperNeeds(t *testing.T) {
	got := PaperNeeds(warningPeople(t))
	want := []FormatNeed{
		{Format: FormatLargePrint, People: []string{"Siân Davies"}},
		{Format: FormatEasyRead, People: []string{"Mair Jones"}},
		{Format: FormatWelsh, People: []string{"Siân Davies", "Nia Roberts"}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got[i].Format != want[i].Format || strings.Join(got[i].People, ",") != strings.Join(want[i].People, ",") {
			t.Errorf("need %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	if PaperNeeds(nil) != nil {
		t.Error("no roster should need nothing")
	}
}

func TestAgendaWarnings(t *testing.T) {
	loc := london(t)
	g := DefaultGroup()
	start := time.Date(2026, 12, 3, 10, 0, 0, 0, loc)
	ag := Agenda{
		Title: "x", Start: start, End: start.Add(90 * time.Minute),
		Items: []Item{{Title: "Welcome", Minutes: 10, Lead: "sian"}, {Title: "Transport", Minutes: 70, Lead: "rhys"}, {Title: "Any other business", Minutes: 20}},
		Papers: []Paper{
			{Title: "Survey", Sent: time.Date(2026, 11, 20, 0, 0, 0, 0, loc), Formats: PaperFormats()},
			{Title: "Late report", Sent: time.Date(2026, 11, 30, 0, 0, 0, 0, loc), Formats: []string{FormatEasyRead}},
			{Title: "Draft plan"},
		},
	}
	var got []string
	for _, w := range AgendaWarnings(ag, g, warningPeople(t)) {
		got = append(got, w.String())
	}
	want := []string{
		"end: the items add up to 1 hour 40 minutes, but the meeting has 1 hour 30 minutes (10:00 to 11:30); take 10 minutes off the items or end later",
		`item: no break is planned in a meeting of 1 hour 30 minutes; add an item called "Break" (the group takes a break of 10 minutes every hour)`,
		`item[2].lead: Rhys Evans leads "Transport" but has retired from the group`,
		`paper[2].sent: "Late report" goes out on Monday 30 November, 3 days before the meeting; the group's notice is 7 days, so it should have gone by Thursday 26 November`,
		`paper[2].formats: "Late report" has no large print version; Siân Davies needs large print`,
		`paper[2].formats: "Late report" has no Welsh version; Siân Davies and Nia Roberts need Welsh`,
		`paper[3]: "Draft plan" has not been sent yet; send it by Thursday 26 November (7 days before the meeting)`,
		`paper[3].formats: "Draft plan" has no large print version; Siân Davies needs large print`,
		`paper[3].formats: "Draft plan" has no easy read version; Mair Jones needs easy read`,
		`paper[3].formats: "Draft plan" has no Welsh version; Siân Davies and Nia Roberts need Welsh`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// A break, items that fit, papers on time: nothing to say.
	ag.Items = []Item{{Title: "Welcome", Minutes: 40}, {Title: "Tea break", Minutes: 10}, {Title: "Transport", Minutes: 40}}
	ag.Papers = ag.Papers[:1]
	if w := AgendaWarnings(ag, g, warningPeople(t)); len(w) != 0 {
		t.Errorf("unexpected warnings %v", w)
	}
	// Without an end, the items decide how long the meeting is.
	ag.End = time.Time{}
	ag.Items = []Item{{Title: "Everything", Minutes: 75}}
	if w := AgendaWarnings(ag, g, nil); len(w) != 1 || w[0].Key != "item" {
		t.Errorf("warnings %v, want one about a break", w)
	}
}

func TestKeyLine(t *testing.T) {
	src := "title = \"x\"\nstart = 2026-12-03T10:00:00\n\n[[item]]\ntitle = \"a\"\nminutes = 5\n\n[[item]]\ntitle = \"b\"\nminutes = 5\n[[paper]]\ntitle = \"p\"\n"
	for key, want := range map[string]int{"title": 1, "start": 2, "end": 1, "item": 4, "item[2]": 8, "item[2].title": 9, "item[2].lead": 8, "paper[1]": 11, "paper[1].sent": 11, "paper[1].title": 12} {
		if got := KeyLine(src, key); got != want {
			t.Errorf("KeyLine(%q) = %d, want %d", key, got, want)
		}
	}
}

func TestSpan(t *testing.T) {
	for d, want := range map[time.Duration]string{0: "0 minutes", time.Minute: "1 minute", 45 * time.Minute: "45 minutes", time.Hour: "1 hour", 130 * time.Minute: "2 hours 10 minutes", 61 * time.Minute: "1 hour 1 minute"} {
		if got := Span(d); got != want {
			t.Errorf("Span(%v) = %q, want %q", d, got, want)
		}
	}
}

// A meeting needs a break when it runs over an hour: an hour exactly
// does not, a minute more does.
func TestBreakWarningIsForMeetingsOverAnHour(t *testing.T) {
	loc := london(t)
	start := time.Date(2026, 12, 3, 10, 0, 0, 0, loc)
	for minutes, want := range map[int]int{60: 0, 61: 1} {
		// by its end
		ag := Agenda{Title: "x", Start: start, End: start.Add(time.Duration(minutes) * time.Minute),
			Items: []Item{{Title: "Everything", Minutes: 30}}}
		if w := AgendaWarnings(ag, DefaultGroup(), nil); len(w) != want {
			t.Errorf("a meeting of %d minutes by its end: warnings %v, want %d", minutes, w, want)
		}
		// by its items, without an end
		ag = Agenda{Title: "x", Start: start, Items: []Item{{Title: "Everything", Minutes: minutes}}}
		if w := AgendaWarnings(ag, DefaultGroup(), nil); len(w) != want {
			t.Errorf("a meeting of %d minutes by its items: warnings %v, want %d", minutes, w, want)
		}
	}
}

// The warning about a missing break says how often the group takes one
// only when the group has both a length and a time between breaks.
func TestBreakWarningSaysTheGroupsBreaksOnlyWhenItHasThem(t *testing.T) {
	start := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	ag := Agenda{Title: "x", Start: start, Items: []Item{{Title: "Everything", Minutes: 90}}}
	const plain = `no break is planned in a meeting of 1 hour 30 minutes; add an item called "Break"`
	for name, tt := range map[string]struct {
		breaks Breaks
		want   string
	}{
		"every hour":       {Breaks{Every: Duration{time.Hour}, Length: Duration{10 * time.Minute}}, plain + " (the group takes a break of 10 minutes every hour)"},
		"every 90 minutes": {Breaks{Every: Duration{90 * time.Minute}, Length: Duration{15 * time.Minute}}, plain + " (the group takes a break of 15 minutes every 1 hour 30 minutes)"},
		"no time between":  {Breaks{Length: Duration{10 * time.Minute}}, plain},
		"no length":        {Breaks{Every: Duration{time.Hour}}, plain},
		"no breaks at all": {Breaks{}, plain},
	} {
		g := Group{Breaks: tt.breaks}
		w := AgendaWarnings(ag, g, nil)
		if len(w) != 1 || w[0].Msg != tt.want {
			t.Errorf("%s: %v\nwant %q", name, w, tt.want)
		}
	}
}

// A paper sent late says how many days before the meeting it went, and
// one sent on the day of the meeting or after says so instead of "0 days".
func TestLatePaperSaysWhenItWent(t *testing.T) {
	loc := london(t)
	start := time.Date(2026, 12, 3, 10, 0, 0, 0, loc)
	for sent, want := range map[time.Time]string{
		time.Date(2026, 12, 2, 0, 0, 0, 0, loc): "Wednesday 2 December, 1 day before the meeting;",
		time.Date(2026, 12, 3, 0, 0, 0, 0, loc): "Thursday 3 December, on or after the day of the meeting;",
		time.Date(2026, 12, 4, 0, 0, 0, 0, loc): "Friday 4 December, on or after the day of the meeting;",
		// across the clocks going back: still whole days
		time.Date(2026, 10, 24, 0, 0, 0, 0, loc): "Saturday 24 October, 3 days before the meeting;",
	} {
		ag := Agenda{Title: "x", Start: start, Items: []Item{{Title: "a", Minutes: 10}},
			Papers: []Paper{{Title: "Report", Sent: sent}}}
		if sent.Month() == time.October {
			ag.Start = time.Date(2026, 10, 27, 10, 0, 0, 0, loc)
		}
		w := AgendaWarnings(ag, DefaultGroup(), nil)
		if len(w) != 1 || w[0].Key != "paper[1].sent" || !strings.Contains(w[0].Msg, " goes out on "+want) {
			t.Errorf("sent %s: %v\nwant it to say %q", sent.Format(time.DateOnly), w, want)
		}
	}
}

func TestAndList(t *testing.T) {
	for want, names := range map[string][]string{
		"":                   nil,
		"Siân":               {"Siân"},
		"Siân and Nia":       {"Siân", "Nia"},
		"Siân, Nia and Mair": {"Siân", "Nia", "Mair"},
	} {
		if got := andList(names); got != want {
			t.Errorf("andList(%q) = %q, want %q", names, got, want)
		}
	}
}
