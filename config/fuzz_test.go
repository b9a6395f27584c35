package config

import (
	"errors"
	"strings"
	"testing"
)

// fuzzSeeds are inputs every fuzz target starts from: the design examples,
// each error case's shape, and TOML that is awkward to locate keys in.
func fuzzSeeds() []string {
	return []string{
		"",
		designGroup,
		designRoster,
		designAgenda,
		"[quorum]\nmin_pres = 3\n",
		"quorum = { min_present = 0 }\n",
		"[minutes]\nformats = [\n  \"md\", # c\n  \"pdf\",\n]\n",
		"[[person]]\nname = \"Siân\"\nkind = \"volunteer\"\ntrained = [\"x\"]\n",
		"person = [{ name = \"A\", kind = \"carer\" }, 5]\n",
		"title = \"T\"\nstart = 2026-12-03\n[[item]]\ntitle = \"\"\nminutes = -5\nlead = \"da\"\n",
		"title = \"T\"\nstart = 10:00:00\nnext = 2027-01-01\n[item]\nx = 1\n",
		"a = \"\"\"\n[[item]]\nminutes = 1\n\"\"\"\nb = '''x'''''\n",
		"[a.b.c]\n[[a.b.d]]\n[[a.b.d]]\ne.f = 1\n",
		"\"quo\\\"ted\" = 1\n'lit' = 2\n",
		"x = [[1, 2], [\"a\", {b = [3]}]]\n",
		"[[item]\n",
		"name = \"\\u0000\\u001b[31m\"\n",
		"\ufeffname = \"bom\"\n",
		"name = \"G\"\r\n[quorum]\r\nmin_present = 6\r\n",
	}
}

// checkFuzzError checks what every error from a parser must be: one or
// more *Error naming the file and a line (or a non-*Error only for a read
// failure, which strings.Reader never has).
func checkFuzzError(t *testing.T, file string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	errs := Errors(err)
	if len(errs) == 0 {
		t.Fatalf("error %T is not an *Error: %v", err, err)
	}
	for _, e := range errs {
		if e.File != file || e.Msg == "" || e.Line < 0 {
			t.Fatalf("bad *Error %+v", e)
		}
	}
	var first *Error
	if !errors.As(err, &first) {
		t.Fatal("errors.As finds no *Error")
	}
	_ = err.Error()
}

func FuzzParseGroup(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		g, err := ParseGroup("group.toml", strings.NewReader(src))
		checkFuzzError(t, "group.toml", err)
		if err != nil {
			return
		}
		if g.Quorum.MinPresent < 1 || g.Quorum.MinLivedExperience < 0 || g.Quorum.MinLivedExperience > g.Quorum.MinPresent {
			t.Fatalf("accepted a bad quorum %+v", g.Quorum)
		}
		if g.Breaks.Every.Duration <= 0 || g.Breaks.Length.Duration <= 0 || g.Share.Grace.Duration <= 0 {
			t.Fatalf("accepted a bad duration %+v %+v", g.Breaks, g.Share)
		}
		if len(g.Minutes.Formats) == 0 {
			t.Fatal("accepted no minutes formats")
		}
	})
}

func FuzzParseRoster(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		r, err := ParseRoster("roster.toml", strings.NewReader(src))
		checkFuzzError(t, "roster.toml", err)
		if err != nil {
			if r != nil {
				t.Fatal("a roster and an error")
			}
			return
		}
		seen := map[string]bool{}
		for _, p := range r.People() {
			if p.ID == "" || seen[p.ID] || !p.Kind.Valid() || strings.TrimSpace(p.Name) == "" {
				t.Fatalf("accepted a bad person %+v", p)
			}
			seen[p.ID] = true
			if got, err := r.Find(p.ID); err != nil || got.ID != p.ID {
				t.Fatalf("Find(%q) = %q, %v", p.ID, got.ID, err)
			}
		}
	})
}

func FuzzParseAgenda(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	people := testRoster(f)
	f.Fuzz(func(t *testing.T, src string) {
		ag, err := ParseAgenda("agenda.toml", strings.NewReader(src), people)
		checkFuzzError(t, "agenda.toml", err)
		if err != nil {
			return
		}
		if ag.Title == "" || ag.Start.IsZero() || len(ag.Items) == 0 {
			t.Fatalf("accepted a bad agenda %+v", ag)
		}
		for _, it := range ag.Items {
			if it.Minutes < 1 || !it.Ladder.Valid() {
				t.Fatalf("accepted a bad item %+v", it)
			}
			if _, ok := people.Get(it.Lead); it.Lead != "" && !ok {
				t.Fatalf("accepted an unknown lead %q", it.Lead)
			}
		}
	})
}

func FuzzLocateKeys(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		ix := locateKeys(src)
		lines := strings.Count(src, "\n") + 1
		for k, p := range ix {
			if p.line < 1 || p.line > lines || p.col < 1 {
				t.Fatalf("key %s at %d:%d in a file of %d lines", k, p.line, p.col, lines)
			}
		}
	})
}
