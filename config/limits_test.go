package config

import (
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/gyda/gyda/roster"
)

// Each setting's limits, on both sides: the last value allowed and the
// first one refused.
func TestGroupSettingsAtTheirLimits(t *testing.T) {
	tests := []struct {
		src string
		err string // "" when it is allowed
	}{
		{"[attendance]\nflag_after = 0", ""},
		{"[attendance]\nflag_after = 52", ""},
		{"[attendance]\nflag_after = 53", "attendance.flag_after: must be a whole number of meetings, 0 to 52"},
		{"[attendance]\nflag_after = -1", "attendance.flag_after: must be a whole number of meetings, 0 to 52"},
		{"[recognition]\ncredits_per_hour = 10", ""},
		{"[recognition]\ncredits_per_hour = 10.5", "recognition.credits_per_hour: must be a number of time credits more than 0 and at most 10"},
		{"[recognition]\ncredits_per_hour = 0.01", ""},
		{"[recognition]\ncredits_per_hour = 0", "recognition.credits_per_hour: must be"},
		{"[recognition]\nmileage_rate = 0", ""},
		{"[recognition]\nmileage_rate = 5", ""},
		{"[recognition]\nmileage_rate = 5.01", "recognition.mileage_rate: must be pounds per mile, 0 to 5"},
		{"[recognition]\nmileage_rate = -0.01", "recognition.mileage_rate: must be pounds per mile, 0 to 5"},
		{"[recognition]\nmileage_rate = 0.45", ""},
		{"[recognition]\nmileage_rate = 0.455", "recognition.mileage_rate: must be in whole pence"},
		{"[papers]\nnotice_days = 0", ""},
		{"[papers]\nnotice_days = -1", "papers.notice_days: must be a whole number of days, 0 or more"},
		{"[quorum]\nmin_present = 2147483647", ""},
		{"[quorum]\nmin_present = 2147483648", "quorum.min_present: must be"},
		{"[recognition]\ncredits_per_hour = 2147483648", "recognition.credits_per_hour: must be"},
	}
	for _, tt := range tests {
		_, err := ParseGroup("group.toml", strings.NewReader(tt.src))
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("%q: %v", tt.src, err)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("%q: error %v; want %q", tt.src, err, tt.err)
		}
	}
}

func TestAgendaItemMinutesAtTheirLimit(t *testing.T) {
	for src, want := range map[string]string{
		"title = \"T\"\nstart = 2026-12-03T10:00:00Z\n[[item]]\ntitle = \"A\"\nminutes = 1\n": "",
		"title = \"T\"\nstart = 2026-12-03T10:00:00Z\n[[item]]\ntitle = \"A\"\nminutes = 0\n": "item[1].minutes: must be a whole number of minutes, 1 or more (got 0)",
	} {
		_, err := ParseAgenda("next.toml", strings.NewReader(src), nil)
		switch {
		case want == "" && err != nil:
			t.Errorf("%q: %v", src, err)
		case want != "" && (err == nil || !strings.Contains(err.Error(), want)):
			t.Errorf("%q: error %v; want %q", src, err, want)
		}
	}
}

// Keys are written bare when they can be, and quoted when a character
// would not be allowed bare.
func TestKeysBareOrQuoted(t *testing.T) {
	for k, bare := range map[string]bool{
		"az": true, "AZ": true, "09": true, "a_b": true, "a-b": true, "RPB": true,
		"a`": false, "{": false, "@": false, "[": false, "/": false, ":": false, "T&F": false, "a b": false, "ŵ": false,
	} {
		if got := tomlKey(k) == k; got != bare {
			t.Errorf("tomlKey(%q) = %q; bare %v, want %v", k, tomlKey(k), got, bare)
		}
		if got := displayKey(k) == k; got != bare {
			t.Errorf("displayKey(%q) = %q; bare %v, want %v", k, displayKey(k), got, bare)
		}
	}
	if tomlKey("") != `""` || displayKey("") != `""` {
		t.Error("an empty key is not quoted")
	}
}

// A long text in an error is cut to 40 characters.
func TestLongValuesAreShortenedInErrors(t *testing.T) {
	forty, fortyOne := strings.Repeat("x", 40), strings.Repeat("x", 41)
	if got := describe(forty); got != `"`+forty+`"` {
		t.Errorf("40 characters: %s", got)
	}
	if got := describe(fortyOne); got != `"`+strings.Repeat("x", 37)+`..."` {
		t.Errorf("41 characters: %s", got)
	}
}

// Problems with the keys of one table are told in the order the keys are
// written: by line, then along the line; not by name.
func TestErrorsInTheOrderWritten(t *testing.T) {
	for src, want := range map[string]string{
		"[glossary]\nZZ = 1\nAA = 2\n":       "glossary.ZZ glossary.AA",
		"glossary = { ZZ = 1, AA = 2 }\n":    "glossary.ZZ glossary.AA",
		"[quorum]\nzz = 1\naa = 2\nmm = 3\n": "quorum.zz quorum.aa quorum.mm",
	} {
		_, err := ParseGroup("group.toml", strings.NewReader(src))
		var keys []string
		for _, e := range Errors(err) {
			keys = append(keys, e.Key)
		}
		if got := strings.Join(keys, " "); got != want {
			t.Errorf("%q: errors in the order %q; want %q", src, got, want)
		}
	}
}

func TestSpanInWords(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0: "0 minutes", time.Minute: "1 minute", 2 * time.Minute: "2 minutes", time.Hour: "1 hour",
		time.Hour + time.Minute: "1 hour 1 minute", 2*time.Hour + 30*time.Minute: "2 hours 30 minutes", 2 * time.Hour: "2 hours",
		89 * time.Second: "1 minute", 90 * time.Second: "2 minutes",
	} {
		if got := Span(d); got != want {
			t.Errorf("Span(%v) = %q; want %q", d, got, want)
		}
	}
}

// Naming people who are not in the roster: the ids are listed, up to a
// limit.
func TestUnknownLeadListsIDsUpToALimit(t *testing.T) {
	people := func(n int) *roster.Roster {
		var ps []roster.Person
		for i := range n {
			ps = append(ps, roster.Person{ID: strings.Repeat("q", i+1), Name: "Q" + strings.Repeat("q", i+1), Kind: roster.Carer})
		}
		r, err := roster.New(ps)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	src := "title = \"T\"\nstart = 2026-12-03T10:00:00Z\n[[item]]\ntitle = \"A\"\nminutes = 5\nlead = \"zz\"\n"
	for n, want := range map[int]string{
		1:                "use one of q",
		0:                "the roster has no one in it",
		maxListedIDs:     "use one of q, qq,",
		maxListedIDs + 1: "(and 1 more)",
	} {
		_, err := ParseAgenda("next.toml", strings.NewReader(src), people(n))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%d people: %v; want %q", n, err, want)
		}
	}
}

// Warnings at their edges: a meeting of exactly an hour needs no break
// item, a minute more does; what the group's break rhythm says only when it
// has one; a paper sent on the day is said to be on the day.
func TestAgendaWarningsAtTheirEdges(t *testing.T) {
	loc := london(t)
	start := time.Date(2026, 12, 3, 10, 0, 0, 0, loc)
	agenda := func(minutes int, papers ...Paper) Agenda {
		return Agenda{Title: "x", Start: start, Items: []Item{{Title: "Talk", Minutes: minutes}}, Papers: papers}
	}
	has := func(ws []Warning, part string) bool {
		for _, w := range ws {
			if strings.Contains(w.String(), part) {
				return true
			}
		}
		return false
	}
	g := DefaultGroup()
	if ws := AgendaWarnings(agenda(60), g, nil); has(ws, "no break is planned") {
		t.Errorf("an hour's meeting is warned of no break: %v", ws)
	}
	if ws := AgendaWarnings(agenda(61), g, nil); !has(ws, "no break is planned in a meeting of 1 hour 1 minute; add an item called \"Break\" (the group takes a break of 10 minutes every hour)") {
		t.Errorf("61 minutes: %v", ws)
	}
	for _, b := range []Breaks{{Every: Duration{}, Length: Duration{10 * time.Minute}}, {Every: Duration{time.Hour}, Length: Duration{}}} {
		g := DefaultGroup()
		g.Breaks = b
		ws := AgendaWarnings(agenda(61), g, nil)
		if !has(ws, "no break is planned") || has(ws, "the group takes a break") {
			t.Errorf("breaks %+v: %v", b, ws)
		}
	}
	g.Breaks.Every = Duration{90 * time.Minute}
	if ws := AgendaWarnings(agenda(100), g, nil); !has(ws, "(the group takes a break of 10 minutes every 1 hour 30 minutes)") {
		t.Errorf("every 90 minutes: %v", ws)
	}
	for sent, want := range map[time.Time]string{
		time.Date(2026, 12, 3, 0, 0, 0, 0, loc):  "on or after the day of the meeting",
		time.Date(2026, 12, 2, 0, 0, 0, 0, loc):  "1 day before the meeting",
		time.Date(2026, 11, 27, 0, 0, 0, 0, loc): "6 days before the meeting",
	} {
		if ws := AgendaWarnings(agenda(30, Paper{Title: "P", Sent: sent}), DefaultGroup(), nil); !has(ws, want) {
			t.Errorf("sent %s: %v; want %q", sent.Format("2 Jan"), ws, want)
		}
	}
	if ws := AgendaWarnings(agenda(30, Paper{Title: "P", Sent: time.Date(2026, 11, 26, 0, 0, 0, 0, loc)}), DefaultGroup(), nil); has(ws, "paper[1]") {
		t.Errorf("a paper sent the notice's 7 days ahead is warned: %v", ws)
	}
}

// Keys are found after the awkward parts of TOML: a multi-line string that
// ends in extra quotes, a quoted key with an escape, a header with a
// comment after it.
func TestLocateKeysAfterAwkwardParts(t *testing.T) {
	const src = "a = \"\"\"x\"\"\"\"\"\nb = 1\n\"T\\u0026F\" = 2\n[t] # c\nd = 3\ne = '''y'''''\nf = 4\n"
	ix := locateKeys(src)
	for _, tt := range []struct {
		segs      []string
		line, col int
	}{
		{[]string{keySeg("b")}, 2, 1},
		{[]string{keySeg("T&F")}, 3, 1},
		{[]string{keySeg("t"), keySeg("d")}, 5, 1},
		{[]string{keySeg("t"), keySeg("f")}, 7, 1},
	} {
		if got := ix.find(tt.segs); got != (keyPos{tt.line, tt.col}) {
			t.Errorf("%q at %+v; want %d:%d", tt.segs, got, tt.line, tt.col)
		}
	}
}

// Where a syntax error is: from the byte offset when it is inside the
// file, else from the line and column the toml package gives.
func TestSyntaxPositionFromTheOffset(t *testing.T) {
	src := "a = 1\nb = \n"
	tests := []struct {
		p    toml.Position
		want keyPos
	}{
		{toml.Position{Start: 10, Line: 3, Col: 1}, keyPos{2, 5}},
		{toml.Position{Start: len(src), Line: 3, Col: 1}, keyPos{3, 1}},
		{toml.Position{Start: len(src) + 1, Line: 2, Col: 4}, keyPos{2, 4}},
		{toml.Position{Start: 0, Line: 1, Col: 1}, keyPos{1, 1}},
		{toml.Position{Start: 0, Line: 2, Col: 3}, keyPos{2, 3}},
		{toml.Position{Start: -1, Line: 0, Col: 0}, keyPos{1, 1}},
	}
	for _, tt := range tests {
		if got := syntaxPos(src, tt.p); got != tt.want {
			t.Errorf("syntaxPos(%+v) = %+v; want %+v", tt.p, got, tt.want)
		}
	}
}
