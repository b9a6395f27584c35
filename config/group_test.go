package config

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

// designGroup is group.toml as DESIGN.md shows it, with every other key
// this package knows added.
const designGroup = `name = "West Glamorgan Co-production Group"
timezone = "Europe/London"
theme = "high-contrast"
[quorum]
min_present = 6
min_lived_experience = 2
remote_counts = true
[breaks]
every = "60m"
length = "10m"
[minutes]
formats = ["md", "html", "docx"]
language = "en+cy"
large_print = true
[glossary]
RPB = "Regional Partnership Board"
"T&F" = "Task & Finish"
[plain.avoid]
utilise = "use"
[share]
grace = "90s"
[room]
show_passcode = true
[rotation]
trained_first = false
chair_must_be_lived_experience = false
no_chair_at_first_meeting = false
minutes_not_staff_twice_running = false
term = "2 years"
[attendance]
flag_after = 2
[recognition]
credits_per_hour = 1.5
mileage_rate = 0.25
[papers]
notice_days = 10
[votes]
majority = "two-thirds"
lived_experience_must_agree = true
`

func TestDefaultGroup(t *testing.T) {
	g := DefaultGroup()
	want := Group{
		Timezone: "Europe/London",
		Theme:    "auto",
		Quorum:   Quorum{MinPresent: 6, MinLivedExperience: 2, RemoteCounts: true},
		Breaks:   Breaks{Every: Duration{time.Hour}, Length: Duration{10 * time.Minute}},
		Minutes:  Minutes{Formats: []string{"md"}, Language: "en"},
		Share:    Share{Grace: Duration{2 * time.Minute}},
		Rotation: Rotation{TrainedFirst: true, ChairMustBeLivedExperience: true,
			NoChairAtFirstMeeting: true, MinutesNotStaffTwiceRunning: true},
		Attendance:  Attendance{FlagAfter: 3},
		Recognition: Recognition{CreditsPerHour: 1, MileageRate: 0.45},
		Papers:      Papers{NoticeDays: 7},
		Votes:       Votes{Majority: "simple"},
	}
	if !reflect.DeepEqual(g, want) {
		t.Errorf("DefaultGroup() = %+v, want %+v", g, want)
	}
	// Each call is a fresh value: changing one changes no other.
	g.Minutes.Formats[0] = "html"
	if DefaultGroup().Minutes.Formats[0] != "md" {
		t.Error("DefaultGroup shares its formats slice")
	}
}

func TestParseGroupDesignExample(t *testing.T) {
	g, err := ParseGroup("group.toml", strings.NewReader(designGroup))
	if err != nil {
		t.Fatal(err)
	}
	want := Group{
		Name:        "West Glamorgan Co-production Group",
		Timezone:    "Europe/London",
		Theme:       "high-contrast",
		Quorum:      Quorum{MinPresent: 6, MinLivedExperience: 2, RemoteCounts: true},
		Breaks:      Breaks{Every: Duration{time.Hour}, Length: Duration{10 * time.Minute}},
		Minutes:     Minutes{Formats: []string{"md", "html", "docx"}, Language: "en+cy", LargePrint: true},
		Glossary:    map[string]string{"RPB": "Regional Partnership Board", "T&F": "Task & Finish"},
		Plain:       Plain{Avoid: map[string]string{"utilise": "use"}},
		Share:       Share{Grace: Duration{90 * time.Second}},
		Room:        Room{ShowPasscode: true},
		Attendance:  Attendance{FlagAfter: 2},
		Recognition: Recognition{CreditsPerHour: 1.5, MileageRate: 0.25},
		Papers:      Papers{NoticeDays: 10},
		Rotation:    Rotation{Term: 24},
		Votes:       Votes{Majority: "two-thirds", LivedExperienceMustAgree: true},
	}
	if !reflect.DeepEqual(g, want) {
		t.Errorf("got  %+v\nwant %+v", g, want)
	}
	if g.Location().String() != "Europe/London" {
		t.Errorf("Location = %v", g.Location())
	}
}

func TestParseGroupOverridesDefaults(t *testing.T) {
	tests := []struct {
		name string
		src  string
		edit func(*Group)
	}{
		{"empty file", "", func(*Group) {}},
		{"one quorum key", "[quorum]\nmin_present = 4\n", func(g *Group) { g.Quorum.MinPresent = 4 }},
		{"remote off", "quorum.remote_counts = false\n", func(g *Group) { g.Quorum.RemoteCounts = false }},
		{"inline table", "breaks = { every = \"1h30m\" }\n", func(g *Group) { g.Breaks.Every = Duration{90 * time.Minute} }},
		{"formats deduplicated", "[minutes]\nformats = [\"md\", \"MD\", \"csv\"]\n", func(g *Group) { g.Minutes.Formats = []string{"md", "csv"} }},
		{"lived experience may be 0", "[quorum]\nmin_lived_experience = 0\n", func(g *Group) { g.Quorum.MinLivedExperience = 0 }},
		{"lived experience may equal min_present", "[quorum]\nmin_present = 2\n", func(g *Group) { g.Quorum.MinPresent = 2 }},
		{"other time zone", "timezone = \"America/New_York\"\n", func(g *Group) { g.Timezone = "America/New_York" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := ParseGroup("group.toml", strings.NewReader(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			want := DefaultGroup()
			tt.edit(&want)
			if !reflect.DeepEqual(g, want) {
				t.Errorf("got  %+v\nwant %+v", g, want)
			}
		})
	}
}

func TestParseGroupErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string
	}{
		{
			name: "unknown key in a table",
			src:  "name = \"G\"\n\n[quorum]\nmin_present = 6\n\n# typo below\nmin_pres = 3\n",
			want: "group.toml:7: quorum.min_pres: unknown key; allowed keys in [quorum] are min_present, min_lived_experience, remote_counts",
		},
		{
			name: "unknown key at the top level",
			src:  "name = \"G\"\nnmae = \"H\"\n",
			want: "group.toml:2: nmae: unknown key; allowed keys at the top level are name, timezone, theme, [quorum], [breaks], [minutes], [glossary], [plain], [share], [room], [rotation], [attendance], [recognition], [papers], [votes]",
		},
		{
			name: "unknown table",
			src:  "[quorom]\nmin_present = 6\n",
			want: "group.toml:1: quorom: unknown key; allowed keys at the top level are name, timezone, theme, [quorum], [breaks], [minutes], [glossary], [plain], [share], [room], [rotation], [attendance], [recognition], [papers], [votes]",
		},
		{
			name: "unknown dotted key",
			src:  "breaks.evry = \"60m\"\n",
			want: "group.toml:1: breaks.evry: unknown key; allowed keys in [breaks] are every, length",
		},
		{
			name: "unknown key in minutes",
			src:  "[minutes]\nformat = [\"md\"]\n",
			want: "group.toml:2: minutes.format: unknown key; allowed keys in [minutes] are formats, language, large_print",
		},
		{
			name: "unknown key in share",
			src:  "[share]\ngrace = \"1m\"\nport = 22\n",
			want: "group.toml:3: share.port: unknown key; allowed keys in [share] are grace",
		},
		{
			name: "unknown key in room",
			src:  "[room]\nshow_pascode = true\n",
			want: "group.toml:2: room.show_pascode: unknown key; allowed keys in [room] are show_passcode",
		},
		{
			name: "unknown key in plain",
			src:  "[plain]\nwords = 1\n",
			want: "group.toml:2: plain.words: unknown key; allowed keys in [plain] are [plain.avoid]",
		},
		{
			name: "min_present zero",
			src:  "[quorum]\nmin_present = 0\n",
			want: "group.toml:2: quorum.min_present: must be a whole number, 1 or more (got 0)",
		},
		{
			name: "min_present text",
			src:  "[quorum]\nmin_present = \"six\"\n",
			want: "group.toml:2: quorum.min_present: must be a whole number, 1 or more (got \"six\")",
		},
		{
			name: "min_present fraction",
			src:  "[quorum]\nmin_present = 6.0\n",
			want: "group.toml:2: quorum.min_present: must be a whole number, 1 or more (got 6.0)",
		},
		{
			name: "min_lived_experience negative",
			src:  "[quorum]\nmin_lived_experience = -1\n",
			want: "group.toml:2: quorum.min_lived_experience: must be a whole number, 0 or more (got -1)",
		},
		{
			// Only the error in what was written: not that the default
			// (2) is more than min_present.
			name: "min_lived_experience negative beside a min_present of 1",
			src:  "[quorum]\nmin_present = 1\nmin_lived_experience = -1\n",
			want: "group.toml:3: quorum.min_lived_experience: must be a whole number, 0 or more (got -1)",
		},
		{
			name: "min_lived_experience the least 32-bit number",
			src:  "[quorum]\nmin_present = 1\nmin_lived_experience = -2147483648\n",
			want: "group.toml:3: quorum.min_lived_experience: must be a whole number, 0 or more (got -2147483648)",
		},
		{
			name: "min_lived_experience more than min_present",
			src:  "[quorum]\nmin_present = 3\nmin_lived_experience = 4\n",
			want: "group.toml:3: quorum.min_lived_experience: min_lived_experience (4) cannot be more than min_present (3)",
		},
		{
			name: "min_present below the default lived experience",
			src:  "[quorum]\nmin_present = 1\n",
			want: "group.toml:2: quorum.min_present: min_lived_experience (2) cannot be more than min_present (1)",
		},
		{
			name: "remote_counts not a boolean",
			src:  "[quorum]\nremote_counts = \"yes\"\n",
			want: "group.toml:2: quorum.remote_counts: must be true or false (got \"yes\")",
		},
		{
			name: "duration not parsed",
			src:  "[breaks]\nevery = \"an hour\"\n",
			want: "group.toml:2: breaks.every: must be a length of time in quotes, like \"60m\" or \"1h30m\" (got \"an hour\")",
		},
		{
			name: "duration a number",
			src:  "[breaks]\nevery = 60\n",
			want: "group.toml:2: breaks.every: must be a length of time in quotes, like \"60m\" or \"1h30m\" (got 60)",
		},
		{
			name: "duration zero",
			src:  "[breaks]\nlength = \"0s\"\n",
			want: "group.toml:2: breaks.length: must be longer than 0 (got \"0s\")",
		},
		{
			name: "duration negative",
			src:  "[share]\ngrace = \"-2m\"\n",
			want: "group.toml:2: share.grace: must be longer than 0 (got \"-2m\")",
		},
		{
			name: "bad format",
			src:  "[minutes]\nformats = [\"md\", \"pdf\"]\n",
			want: "group.toml:2: minutes.formats[2]: \"pdf\" is not a minutes format; use md, txt, html, docx, ics or csv",
		},
		{
			name: "bad format on its own line",
			src:  "[minutes]\nformats = [\n  \"md\",\n  \"pdf\",\n]\n",
			want: "group.toml:4: minutes.formats[2]: \"pdf\" is not a minutes format; use md, txt, html, docx, ics or csv",
		},
		{
			name: "no formats",
			src:  "[minutes]\nformats = []\n",
			want: "group.toml:2: minutes.formats: list at least one format: md, txt, html, docx, ics or csv",
		},
		{
			name: "formats not a list",
			src:  "[minutes]\nformats = \"md\"\n",
			want: "group.toml:2: minutes.formats: must be a list of text in quotes, like [\"a\", \"b\"] (got \"md\")",
		},
		{
			name: "bad language",
			src:  "[minutes]\nlanguage = \"fr\"\n",
			want: "group.toml:2: minutes.language: \"fr\" is not a minutes language; use en, cy or en+cy",
		},
		{
			name: "bad theme",
			src:  "theme = \"blue\"\n",
			want: "group.toml:1: theme: \"blue\" is not a theme; use auto, dark, light or high-contrast",
		},
		{
			name: "bad time zone",
			src:  "timezone = \"Europe/Londn\"\n",
			want: "group.toml:1: timezone: \"Europe/Londn\" is not a time zone; use a name such as \"Europe/London\"",
		},
		{
			name: "empty time zone",
			src:  "timezone = \"\"\n",
			want: "group.toml:1: timezone: \"\" is not a time zone; use a name such as \"Europe/London\"",
		},
		{
			name: "name not text",
			src:  "name = 7\n",
			want: "group.toml:1: name: must be text in quotes (got 7)",
		},
		{
			name: "quorum not a table",
			src:  "quorum = 6\n",
			want: "group.toml:1: quorum: must be a table, written [quorum] (got 6)",
		},
		{
			name: "glossary value not text",
			src:  "[glossary]\nRPB = \"Regional Partnership Board\"\nATB = 1\n",
			want: "group.toml:3: glossary.ATB: must be text in quotes (got 1)",
		},
		{
			name: "glossary quoted key",
			src:  "[glossary]\n\"T&F\" = true\n",
			want: "group.toml:2: glossary.\"T&F\": must be text in quotes (got true)",
		},
		{
			name: "several problems, in line order",
			src:  "theme = \"blue\"\n[quorum]\nmin_pres = 3\nmin_present = 0\n[breaks]\nevery = \"x\"\n",
			want: "group.toml:1: theme: \"blue\" is not a theme; use auto, dark, light or high-contrast\n" +
				"group.toml:3: quorum.min_pres: unknown key; allowed keys in [quorum] are min_present, min_lived_experience, remote_counts\n" +
				"group.toml:4: quorum.min_present: must be a whole number, 1 or more (got 0)\n" +
				"group.toml:6: breaks.every: must be a length of time in quotes, like \"60m\" or \"1h30m\" (got \"x\")",
		},
		{
			name: "bad majority",
			src:  "[votes]\nmajority = \"most\"\n",
			want: "group.toml:2: votes.majority: \"most\" is not a majority; use simple or two-thirds",
		},
		{
			name: "lived-experience rule not true or false",
			src:  "[votes]\nlived_experience_must_agree = \"yes\"\n",
			want: "group.toml:2: votes.lived_experience_must_agree: must be true or false (got \"yes\")",
		},
		{
			name: "unknown key in votes",
			src:  "[votes]\nmajoirty = \"simple\"\n",
			want: "group.toml:2: votes.majoirty: unknown key; allowed keys in [votes] are majority, lived_experience_must_agree",
		},
		{
			name: "term in minutes",
			src:  "[rotation]\nterm = \"12m\"\n",
			want: "group.toml:2: rotation.term: \"12m\" is not a number of months or years, like \"12 months\" or \"2 years\": how long an elected chair or minute-taker serves",
		},
		{
			name: "term too long",
			src:  "[rotation]\nterm = \"11 years\"\n",
			want: "group.toml:2: rotation.term: \"11 years\" is longer than ten years: how long an elected chair or minute-taker serves",
		},
		{
			name: "term not text",
			src:  "[rotation]\nterm = 12\n",
			want: "group.toml:2: rotation.term: must be text in quotes (got 12)",
		},
		{
			name: "not valid TOML",
			src:  "name = \"G\"\n[quorum]\nmin_present = \n",
			want: "group.toml:3:15: not valid TOML: expected value but found '\\n' instead",
		},
		{
			// The error is at the very end of the file, after its last
			// newline: the start of line 3, not past the end of line 2.
			name: "an inline table left open at the end of the file",
			src:  "name = \"G\"\nquorum = {\n",
			want: "group.toml:3:1: not valid TOML: unexpected '=': key name appears blank",
		},
		{
			name: "duplicate key",
			src:  "name = \"G\"\nname = \"H\"\n",
			want: "group.toml:2:1: not valid TOML: Key 'name' has already been defined.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := ParseGroup("group.toml", strings.NewReader(tt.src))
			if err == nil {
				t.Fatalf("no error; got %+v", g)
			}
			if err.Error() != tt.want {
				t.Errorf("error:\n got %s\nwant %s", err, tt.want)
			}
			if !reflect.DeepEqual(g, Group{}) {
				t.Errorf("a bad file returned a group: %+v", g)
			}
			errs := Errors(err)
			if len(errs) == 0 {
				t.Fatalf("error %T holds no *Error", err)
			}
			for _, e := range errs {
				if e.Line < 1 || e.File != "group.toml" {
					t.Errorf("error without file and line: %+v", e)
				}
			}
			var first *Error
			if !errors.As(err, &first) || first != errs[0] {
				t.Errorf("errors.As did not find the first *Error")
			}
		})
	}
}

func TestErrorFields(t *testing.T) {
	_, err := ParseGroup("group.toml", strings.NewReader("[quorum]\n  min_present = 0\n"))
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("%v is not an *Error", err)
	}
	want := Error{File: "group.toml", Line: 2, Col: 3, Key: "quorum.min_present", Msg: "must be a whole number, 1 or more (got 0)"}
	if *e != want {
		t.Errorf("got %+v, want %+v", *e, want)
	}
}

func TestGroupLocationFallback(t *testing.T) {
	for _, tz := range []string{"", "Local", "Nowhere/Special"} {
		if got := (Group{Timezone: tz}).Location().String(); got != "Europe/London" {
			t.Errorf("Location(%q) = %s, want Europe/London", tz, got)
		}
	}
	if got := (Group{Timezone: "Asia/Tokyo"}).Location().String(); got != "Asia/Tokyo" {
		t.Errorf("Location(Asia/Tokyo) = %s", got)
	}
}
