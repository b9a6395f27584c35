package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/roster"
)

// designAgenda is agendas/next.toml as DESIGN.md shows it, with a second
// item and next added so that every key is used.
const designAgenda = `title = "Co-production Group"
start = 2026-12-03T10:00:00Z
place = "Orangery, Margam Park"
online = true
next = 2027-02-04T10:00:00Z

[[item]]
title = "Welcome, apologies and quorum"
minutes = 10
lead = "sian"
ladder = "doing with"             # doing to | doing for | doing with
confidential = false

[[item]]
title = "A personal story"
minutes = 20
confidential = true
`

// testRoster is the people the agenda tests' leads are checked against.
func testRoster(t testing.TB) *roster.Roster {
	t.Helper()
	r, err := roster.New([]roster.Person{
		{Name: "Siân Davies", Kind: roster.PersonUsingServices},
		{Name: "Dafydd ap Gwilym", Kind: roster.Carer},
		{Name: "David Jones", Kind: roster.Staff},
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func london(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestParseAgendaDesignExample(t *testing.T) {
	ag, err := ParseAgenda("agendas/next.toml", strings.NewReader(designAgenda), testRoster(t))
	if err != nil {
		t.Fatal(err)
	}
	want := Agenda{
		Title:  "Co-production Group",
		Start:  time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC),
		Place:  "Orangery, Margam Park",
		Online: true,
		Next:   time.Date(2027, 2, 4, 10, 0, 0, 0, time.UTC),
		Items: []Item{
			{Title: "Welcome, apologies and quorum", Minutes: 10, Lead: "sian", Ladder: DoingWith},
			{Title: "A personal story", Minutes: 20, Confidential: true},
		},
	}
	if !ag.Start.Equal(want.Start) || !ag.Next.Equal(want.Next) {
		t.Errorf("start %v next %v, want %v and %v", ag.Start, ag.Next, want.Start, want.Next)
	}
	if ag.Start.Location().String() != "Europe/London" {
		t.Errorf("start is shown in %v, want Europe/London", ag.Start.Location())
	}
	ag.Start, ag.Next = want.Start, want.Next
	if !reflect.DeepEqual(ag, want) {
		t.Errorf("got  %+v\nwant %+v", ag, want)
	}
}

func TestParseAgendaTimes(t *testing.T) {
	ldn := london(t)
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		times    string
		loc      *time.Location
		start    time.Time
		next     time.Time
		dateOnly bool
	}{
		{
			name:  "local date-time is London time (summer time too)",
			times: "start = 2026-07-01T10:00:00\n",
			start: time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC),
		},
		{
			name:  "local date-time in winter",
			times: "start = 2026-12-03T10:00:00\n",
			start: time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC),
		},
		{
			name:  "local date-time in the group's zone",
			times: "start = 2026-12-03T10:00:00\n",
			loc:   tokyo,
			start: time.Date(2026, 12, 3, 1, 0, 0, 0, time.UTC),
		},
		{
			name:  "offset kept",
			times: "start = 2026-12-03T10:00:00+01:00\n",
			start: time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC),
		},
		{
			name:  "minutes only",
			times: "start = 2026-12-03T10:00\n",
			start: time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC),
		},
		{
			name:     "next as a date",
			times:    "start = 2026-12-03T10:00:00Z\nnext = 2027-02-04\n",
			start:    time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC),
			next:     time.Date(2027, 2, 4, 0, 0, 0, 0, ldn),
			dateOnly: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "title = \"T\"\n" + tt.times + "[[item]]\ntitle = \"I\"\nminutes = 5\n"
			ag, err := ParseAgendaIn("a.toml", strings.NewReader(src), nil, tt.loc)
			if err != nil {
				t.Fatal(err)
			}
			if !ag.Start.Equal(tt.start) {
				t.Errorf("start = %v, want %v", ag.Start, tt.start)
			}
			if !ag.Next.Equal(tt.next) || ag.NextDateOnly != tt.dateOnly {
				t.Errorf("next = %v (date only %v), want %v (%v)", ag.Next, ag.NextDateOnly, tt.next, tt.dateOnly)
			}
		})
	}
}

func TestParseAgendaWithoutRoster(t *testing.T) {
	src := "title = \"T\"\nstart = 2026-12-03T10:00:00Z\n[[item]]\ntitle = \"I\"\nminutes = 5\nlead = \"anyone\"\n"
	ag, err := ParseAgenda("a.toml", strings.NewReader(src), nil)
	if err != nil || ag.Items[0].Lead != "anyone" {
		t.Errorf("got %+v, %v", ag, err)
	}
}

func TestParseAgendaErrors(t *testing.T) {
	const head = "title = \"Co-production Group\"\nstart = 2026-12-03T10:00:00Z\n"
	const item = "[[item]]\ntitle = \"Welcome\"\nminutes = 10\n"
	manyIDs := func() *roster.Roster {
		var people []roster.Person
		for _, n := range []string{"Ann", "Bob", "Cai", "Del", "Eve", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kit", "Lu"} {
			people = append(people, roster.Person{Name: n, Kind: roster.Staff})
		}
		r, err := roster.New(people)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	empty, err := roster.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		src    string
		people *roster.Roster
		want   string
	}{
		{
			name: "minutes negative",
			src:  head + "place = \"Orangery\"\n\n" + item + "\n[[item]]\ntitle = \"Actions\"\n# how long\nminutes = -5\n",
			want: "agendas/next.toml:12: item[2].minutes: must be a whole number of minutes, 1 or more (got -5)",
		},
		{
			name: "minutes zero",
			src:  head + "[[item]]\ntitle = \"A\"\nminutes = 0\n",
			want: "agendas/next.toml:5: item[1].minutes: must be a whole number of minutes, 1 or more (got 0)",
		},
		{
			name: "minutes as text",
			src:  head + "[[item]]\ntitle = \"A\"\nminutes = \"10\"\n",
			want: "agendas/next.toml:5: item[1].minutes: must be a whole number of minutes, 1 or more (got \"10\")",
		},
		{
			name: "minutes fraction",
			src:  head + "[[item]]\ntitle = \"A\"\nminutes = 2.5\n",
			want: "agendas/next.toml:5: item[1].minutes: must be a whole number of minutes, 1 or more (got 2.5)",
		},
		{
			name: "minutes missing points at the item",
			src:  head + item + "[[item]]\ntitle = \"A\"\n",
			want: "agendas/next.toml:6: item[2].minutes: missing; give the item a time, like minutes = 10",
		},
		{
			name: "item title missing",
			src:  head + "[[item]]\nminutes = 5\n",
			want: "agendas/next.toml:3: item[1].title: missing; give the item a title, like title = \"Welcome\"",
		},
		{
			name: "item title empty",
			src:  head + "[[item]]\ntitle = \"  \"\nminutes = 5\n",
			want: "agendas/next.toml:4: item[1].title: is empty; give the item a title",
		},
		{
			name: "no items",
			src:  head,
			want: "agendas/next.toml:1: item: missing; add at least one [[item]] with a title and minutes",
		},
		{
			name: "item as one table",
			src:  head + "[item]\ntitle = \"A\"\nminutes = 5\n",
			want: "agendas/next.toml:3: item: must be a list of [[item]] tables, each headed [[item]] with two brackets (got a table)",
		},
		{
			name: "title missing",
			src:  "start = 2026-12-03T10:00:00Z\n" + item,
			want: "agendas/next.toml:1: title: missing; give the meeting a title, like title = \"Co-production Group\"",
		},
		{
			name: "start missing",
			src:  "title = \"T\"\n" + item,
			want: "agendas/next.toml:1: start: missing; give the date and time the meeting starts, like start = 2026-12-03T10:00:00",
		},
		{
			name: "start in quotes",
			src:  "title = \"T\"\nstart = \"2026-12-03 10:00\"\n" + item,
			want: "agendas/next.toml:2: start: must be a date and time, like 2026-12-03T10:00:00 (no quotes) (got \"2026-12-03 10:00\")",
		},
		{
			name: "start without a time",
			src:  "title = \"T\"\nstart = 2026-12-03\n" + item,
			want: "agendas/next.toml:2: start: needs a time as well as a date, like 2026-12-03T10:00:00",
		},
		{
			name: "start without a date",
			src:  "title = \"T\"\nstart = 10:30:00\n" + item,
			want: "agendas/next.toml:2: start: needs a date as well as a time, like 2026-12-03T10:30:00",
		},
		{
			name: "next a time",
			src:  head + "next = 10:00:00\n" + item,
			want: "agendas/next.toml:3: next: needs a date as well as a time, like 2026-12-03T10:00:00",
		},
		{
			name: "online not a boolean",
			src:  head + "online = \"yes\"\n" + item,
			want: "agendas/next.toml:3: online: must be true or false (got \"yes\")",
		},
		{
			name: "unknown key at the top",
			src:  head + "venue = \"x\"\n" + item,
			want: "agendas/next.toml:3: venue: unknown key; allowed keys at the top level are title, start, end, place, online, next, [[item]], [[paper]]",
		},
		{
			name: "unknown key in an item",
			src:  head + item + "owner = \"sian\"\n",
			want: "agendas/next.toml:6: item[1].owner: unknown key; allowed keys in [[item]] are title, minutes, lead, ladder, confidential, break",
		},
		{
			name: "bad ladder",
			src:  head + item + "ladder = \"doing-with\"\n",
			want: "agendas/next.toml:6: item[1].ladder: \"doing-with\" is not a rung of the ladder; use \"doing to\", \"doing for\" or \"doing with\" (or leave it out)",
		},
		{
			name: "lead is a name, not an id",
			src:  head + item + "lead = \"Siân Davies\"\n",
			want: "agendas/next.toml:6: item[1].lead: \"Siân Davies\" is not a roster id; did you mean sian (Siân Davies)?",
		},
		{
			name: "lead close to ids",
			src:  head + item + "lead = \"dafid\"\n",
			want: "agendas/next.toml:6: item[1].lead: \"dafid\" is not a roster id; did you mean david (David Jones) or dafydd (Dafydd ap Gwilym)?",
		},
		{
			name: "lead ambiguous",
			src:  head + item + "lead = \"da\"\n",
			want: "agendas/next.toml:6: item[1].lead: \"da\" is not a roster id; did you mean dafydd (Dafydd ap Gwilym) or david (David Jones)?",
		},
		{
			name: "lead unknown lists the ids",
			src:  head + item + "lead = \"xyz\"\n",
			want: "agendas/next.toml:6: item[1].lead: \"xyz\" is not a roster id; use one of sian, dafydd, david",
		},
		{
			name:   "lead unknown in a big roster",
			src:    head + item + "lead = \"xyz\"\n",
			people: manyIDs(),
			want:   "agendas/next.toml:6: item[1].lead: \"xyz\" is not a roster id; ids include ann, bob, cai, del, eve, fay, gus, hal, ivy, jo (and 2 more)",
		},
		{
			name:   "lead with an empty roster",
			src:    head + item + "lead = \"xyz\"\n",
			people: empty,
			want:   "agendas/next.toml:6: item[1].lead: \"xyz\" is not a roster id; the roster has no one in it",
		},
		{
			name: "several problems",
			src:  "title = 5\n[[item]]\ntitle = \"Welcome\"\nminutes = -1\nladder = \"doing\"\n",
			want: "agendas/next.toml:1: title: must be text in quotes (got 5)\n" +
				"agendas/next.toml:1: start: missing; give the date and time the meeting starts, like start = 2026-12-03T10:00:00\n" +
				"agendas/next.toml:4: item[1].minutes: must be a whole number of minutes, 1 or more (got -1)\n" +
				"agendas/next.toml:5: item[1].ladder: \"doing\" is not a rung of the ladder; use \"doing to\", \"doing for\" or \"doing with\" (or leave it out)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			people := tt.people
			if people == nil {
				people = testRoster(t)
			}
			ag, err := ParseAgenda("agendas/next.toml", strings.NewReader(tt.src), people)
			if err == nil {
				t.Fatalf("no error; got %+v", ag)
			}
			if !reflect.DeepEqual(ag, Agenda{}) {
				t.Errorf("a bad agenda was returned: %+v", ag)
			}
			if err.Error() != tt.want {
				t.Errorf("error:\n got %s\nwant %s", err, tt.want)
			}
			for _, e := range Errors(err) {
				if e.Line < 1 || e.File != "agendas/next.toml" {
					t.Errorf("error without file and line: %+v", e)
				}
			}
		})
	}
}

func TestLoadAgenda(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "next.toml")
	if _, err := LoadAgenda(path, nil); !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), path) {
		t.Errorf("missing agenda: %v", err)
	}
	if err := os.WriteFile(path, []byte(designAgenda), 0o600); err != nil {
		t.Fatal(err)
	}
	ag, err := LoadAgenda(path, testRoster(t))
	if err != nil || len(ag.Items) != 2 {
		t.Errorf("LoadAgenda: %+v, %v", ag, err)
	}
}

// break = true makes an item a break, break = false stops a title making
// it one; without it the title decides, and a break-out group is not one.
func TestBreakItems(t *testing.T) {
	src := `title = "Group"
start = 2026-12-03T10:00:00Z
[[item]]
title = "Lunch"
minutes = 30
[[item]]
title = "Break-out groups"
minutes = 20
[[item]]
title = "Tea with the funders"
minutes = 20
break = false
[[item]]
title = "Stretch"
minutes = 5
break = true
`
	ag, err := ParseAgenda("agendas/next.toml", strings.NewReader(src), nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []bool
	for _, it := range ag.Items {
		got = append(got, it.IsBreak())
	}
	if want := []bool{true, false, false, true}; !slices.Equal(got, want) {
		t.Fatalf("breaks %v; want %v", got, want)
	}
	if _, err := checkedAgenda("next.toml", ag, nil, time.UTC); err != nil {
		t.Fatalf("the agenda does not read back as written: %v", err)
	}
	if out := string(FormatAgenda(ag, time.UTC)); !strings.Contains(out, "break = false") || !strings.Contains(out, "break = true") {
		t.Fatalf("written agenda lost break:\n%s", out)
	}
}
