package config

import (
	"strings"
	"testing"
	"time"
)

func TestParseMonths(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Months
		ok   bool
	}{
		{"12 months", 12, true}, {"1 month", 1, true}, {"1 year", 12, true}, {"2 Years", 24, true},
		{" 18 months ", 18, true}, {"10 years", 120, true},
		{"12m", 0, false}, {"12", 0, false}, {"0 months", 0, false}, {"-1 year", 0, false},
		{"a year", 0, false}, {"12 weeks", 0, false}, {"121 months", 0, false}, {"", 0, false},
	} {
		got, err := ParseMonths(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseMonths(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
		if tt.ok {
			back, err := ParseMonths(got.String())
			if err != nil || back != got {
				t.Errorf("%q does not read back: %q gives %v, %v", tt.in, got.String(), back, err)
			}
		}
	}
}

func TestTermEndsOnTheSameDay(t *testing.T) {
	elected := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	if got := Months(12).After(elected); !got.Equal(time.Date(2027, 12, 3, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("a year's term from %s ends %s", elected, got)
	}
}

// The [votes] rules and a term are written to group.toml and read back.
func TestVotesAndTermAreWrittenAndReadBack(t *testing.T) {
	g := DefaultGroup()
	g.Name = "x"
	g.Votes = Votes{Majority: MajorityTwoThirds, LivedExperienceMustAgree: true}
	g.Rotation.Term = 18
	data, err := FormatGroup(g)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"[votes]", `majority = "two-thirds"`, "lived_experience_must_agree = true", `term = "18 months"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("group.toml lacks %q:\n%s", want, data)
		}
	}
	back, err := ParseGroup("group.toml", strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	if d := groupDiff(g, back); d != "" {
		t.Errorf("%s differs:\n%s", d, data)
	}
	// The defaults write nothing about votes or terms.
	data, err = FormatGroup(DefaultGroup())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "votes") || strings.Contains(string(data), "term") {
		t.Errorf("the defaults wrote votes or a term:\n%s", data)
	}
}
