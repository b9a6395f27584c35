package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestFormatAgendaReadsBack(t *testing.T) {
	loc := london(t)
	people := testRoster(t)
	full := Agenda{
		Title:  `Co-production Group: "Carers' Week"`,
		Start:  time.Date(2026, 12, 3, 10, 0, 0, 0, loc),
		End:    time.Date(2026, 12, 3, 12, 30, 0, 0, loc),
		Place:  "Orangery, Margam Park",
		Online: true,
		Next:   time.Date(2027, 1, 14, 0, 0, 0, 0, loc), NextDateOnly: true,
		Items: []Item{
			{Title: "Welcome, apologies and quorum", Minutes: 10, Lead: "sian", Ladder: DoingWith},
			{Title: "A personal story", Minutes: 20, Confidential: true},
			{Title: "Break", Minutes: 10},
		},
		Papers: []Paper{
			{Title: "Carers' survey results", Sent: time.Date(2026, 11, 20, 0, 0, 0, 0, loc), Formats: []string{FormatLargePrint, FormatWelsh}},
			{Title: "Transport report"},
		},
	}
	summer := Agenda{
		Title: "Summer meeting",
		Start: time.Date(2026, 7, 2, 18, 30, 0, 0, loc),
		End:   time.Date(2026, 7, 3, 0, 30, 0, 0, loc), // past midnight
		Next:  time.Date(2026, 8, 6, 18, 30, 0, 0, loc),
		Items: []Item{{Title: "Everything", Minutes: 300}},
	}
	// 01:30 on 25 October 2026 happens twice in London; the second one.
	fold := Agenda{
		Title: "Night shift",
		Start: time.Date(2026, 10, 25, 0, 30, 0, 0, time.UTC),
		Items: []Item{{Title: "Handover", Minutes: 15}},
	}
	for name, ag := range map[string]Agenda{"full": full, "summer": summer, "clocks go back": fold} {
		t.Run(name, func(t *testing.T) {
			data := FormatAgenda(ag, loc)
			back, err := ParseAgendaIn("next.toml", strings.NewReader(string(data)), people, loc)
			if err != nil {
				t.Fatalf("%v\n%s", err, data)
			}
			if d := AgendaDiff(ag, back); d != "" {
				t.Errorf("%s differs:\n%s", d, data)
			}
		})
	}
	data := string(FormatAgenda(full, loc))
	for _, want := range []string{"start = 2026-12-03T10:00:00\n", "end = 12:30:00\n", "next = 2027-01-14", "sent = 2026-11-20\n", `formats = ["large-print", "cy"]`} {
		if !strings.Contains(data, want) {
			t.Errorf("agenda lacks %q:\n%s", want, data)
		}
	}
}

func TestWriteAgenda(t *testing.T) {
	loc := london(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "agendas", "next.toml")
	ag := Agenda{Title: "Co-production Group", Start: time.Date(2026, 12, 3, 10, 0, 0, 0, loc),
		Items: []Item{{Title: "Welcome", Minutes: 10, Lead: "sian"}}}
	if err := WriteAgenda(path, ag, testRoster(t), loc, false); err != nil {
		t.Fatal(err)
	}
	back, err := LoadAgendaIn(path, testRoster(t), loc)
	if err != nil {
		t.Fatal(err)
	}
	if d := AgendaDiff(ag, back); d != "" {
		t.Errorf("%s differs", d)
	}
	if err := WriteAgenda(path, ag, testRoster(t), loc, false); !errors.Is(err, fs.ErrExist) {
		t.Errorf("err = %v, want fs.ErrExist", err)
	}
	// An agenda that does not check is not written.
	ag.Items[0].Lead = "nobody"
	err = WriteAgenda(filepath.Join(dir, "bad.toml"), ag, testRoster(t), loc, false)
	if err == nil || !strings.Contains(err.Error(), `"nobody" is not a roster id`) {
		t.Errorf("err = %v", err)
	}
	ag.Items = nil
	if err := WriteAgenda(filepath.Join(dir, "bad.toml"), ag, testRoster(t), loc, false); err == nil {
		t.Error("an agenda without items was written")
	}
}

func TestParseAgendaEndAndPapers(t *testing.T) {
	loc := london(t)
	src := `title = "x"
start = 2026-12-03T10:00:00
end = 2026-12-03T13:00:00
[[item]]
title = "a"
minutes = 5
[[paper]]
title = "Survey"
sent = 2026-11-20T09:00:00Z
formats = ["Easy-Read", "easy-read"]
`
	ag, err := ParseAgendaIn("a.toml", strings.NewReader(src), nil, loc)
	if err != nil {
		t.Fatal(err)
	}
	if !ag.End.Equal(time.Date(2026, 12, 3, 13, 0, 0, 0, loc)) {
		t.Errorf("end %v", ag.End)
	}
	if p := ag.Papers[0]; !p.Sent.Equal(time.Date(2026, 11, 20, 0, 0, 0, 0, loc)) || len(p.Formats) != 1 || p.Formats[0] != FormatEasyRead {
		t.Errorf("paper %+v", p)
	}

	const head = "title = \"x\"\nstart = 2026-12-03T10:00:00\n[[item]]\ntitle = \"a\"\nminutes = 5\n"
	tests := map[string]struct{ src, want string }{
		"end before start": {"title = \"x\"\nstart = 2026-12-03T10:00:00\nend = 09:00:00\n[[item]]\ntitle = \"a\"\nminutes = 5\n", "a.toml:3: end: must be after the start"},
		"end a date":       {"title = \"x\"\nstart = 2026-12-03T10:00:00\nend = 2026-12-03\n[[item]]\ntitle = \"a\"\nminutes = 5\n", "a.toml:3: end: needs a time"},
		"end in quotes":    {"title = \"x\"\nstart = 2026-12-03T10:00:00\nend = \"12:00\"\n[[item]]\ntitle = \"a\"\nminutes = 5\n", "a.toml:3: end: must be a time of day"},
		"paper no title":   {head + "[[paper]]\nsent = 2026-11-20\n", "a.toml:6: paper[1].title: missing"},
		"paper sent text":  {head + "[[paper]]\ntitle = \"p\"\nsent = \"last week\"\n", "a.toml:8: paper[1].sent: must be a date"},
		"paper format":     {head + "[[paper]]\ntitle = \"p\"\nformats = [\"braille\"]\n", `a.toml:8: paper[1].formats[1]: "braille" is not a paper format; use "large-print", "easy-read" or "cy"`},
		"paper typo":       {head + "[[paper]]\ntitle = \"p\"\nsnet = 2026-11-20\n", "a.toml:8: paper[1].snet: unknown key; allowed keys in [[paper]] are title, sent, formats"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := ParseAgendaIn("a.toml", strings.NewReader(tt.src), nil, loc)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("err = %v\nwant it to start %q", err, tt.want)
			}
		})
	}
}

func TestParseGroupPapers(t *testing.T) {
	g, err := ParseGroup("group.toml", strings.NewReader("name = \"x\"\n[papers]\nnotice_days = 10\n"))
	if err != nil {
		t.Fatal(err)
	}
	if g.Papers.Notice() != 10 {
		t.Errorf("notice %d", g.Papers.Notice())
	}
	if DefaultGroup().Papers.Notice() != 7 || (Papers{}).Notice() != 7 {
		t.Error("the default notice is not 7 days")
	}
	_, err = ParseGroup("group.toml", strings.NewReader("[papers]\nnotice_days = -1\nnotice = \"7d\"\n"))
	if err == nil || !strings.Contains(err.Error(), "group.toml:2: papers.notice_days: must be a whole number of days") ||
		!strings.Contains(err.Error(), "group.toml:3: papers.notice: unknown key") {
		t.Errorf("err = %v", err)
	}
}

// AgendaDiff names the first thing two agendas do not agree on, counting
// items and papers from 1 as the file does, so that a writer's refusal
// says what would not read back.
func TestAgendaDiffNamesTheFirstDifference(t *testing.T) {
	loc := london(t)
	yes, no := true, false
	base := func() Agenda {
		start := time.Date(2026, 12, 3, 10, 0, 0, 0, loc)
		return Agenda{
			Title: "Co-production Group", Start: start, End: start.Add(2 * time.Hour),
			Place: "Orangery", Online: true,
			Next: time.Date(2027, 1, 14, 0, 0, 0, 0, loc), NextDateOnly: true,
			Items: []Item{{Title: "Welcome", Minutes: 10}, {Title: "Tea", Minutes: 10, Break: &yes}},
			Papers: []Paper{{Title: "Survey", Sent: time.Date(2026, 11, 20, 0, 0, 0, 0, loc)},
				{Title: "Report", Formats: []string{FormatEasyRead}}},
		}
	}
	same := base()
	same.Start = same.Start.UTC() // the same instant in another zone
	same.Papers[0].Formats = []string{}
	if d := AgendaDiff(base(), same); d != "" {
		t.Errorf("the same agenda differs in %q", d)
	}
	for want, change := range map[string]func(*Agenda){
		"title":                func(a *Agenda) { a.Title = "Other" },
		"start":                func(a *Agenda) { a.Start = a.Start.Add(time.Minute) },
		"end":                  func(a *Agenda) { a.End = time.Time{} },
		"place":                func(a *Agenda) { a.Place = "" },
		"online":               func(a *Agenda) { a.Online = false },
		"next":                 func(a *Agenda) { a.NextDateOnly = false },
		"the number of items":  func(a *Agenda) { a.Items = a.Items[:1] },
		"the number of papers": func(a *Agenda) { a.Papers = nil },
		"item[1]":              func(a *Agenda) { a.Items[0].Minutes = 11 },
		"item[2]":              func(a *Agenda) { a.Items[1].Break = &no },
		"paper[1]":             func(a *Agenda) { a.Papers[0].Sent = time.Time{} },
		"paper[2]":             func(a *Agenda) { a.Papers[1].Formats = nil },
	} {
		got := base()
		change(&got)
		if d := AgendaDiff(base(), got); d != want {
			t.Errorf("AgendaDiff = %q, want %q", d, want)
		}
	}
	if d := AgendaDiff(Agenda{Next: base().Next}, Agenda{}); d != "next" {
		t.Errorf("a next meeting left out: AgendaDiff = %q, want next", d)
	}
}

// An agenda is written in the group's own time zone, so that the group,
// reading it back in that zone, finds the meeting at the hour it was set.
func TestWriteAgendaInTheGroupsTimeZone(t *testing.T) {
	for _, zone := range []string{"UTC", "America/New_York"} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "next.toml")
		ag := Agenda{Title: "Summer meeting", Start: time.Date(2026, 7, 2, 10, 0, 0, 0, loc),
			Items: []Item{{Title: "Welcome", Minutes: 10}}}
		if err := WriteAgenda(path, ag, nil, loc, false); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), "start = 2026-07-02T10:00:00\n") {
			t.Errorf("%s: the start is not 10:00 there:\n%s", zone, data)
		}
		back, err := LoadAgendaIn(path, nil, loc)
		if err != nil {
			t.Fatal(err)
		}
		if !back.Start.Equal(ag.Start) {
			t.Errorf("%s: starts at %v, want %v", zone, back.Start, ag.Start)
		}
	}
}
