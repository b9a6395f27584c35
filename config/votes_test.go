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

// A term is written as it is said: whole years in years, the rest in
// months, one without a plural.
func TestMonthsAreWrittenInYearsWhenWhole(t *testing.T) {
	for m, want := range map[Months]string{
		1: "1 month", 2: "2 months", 11: "11 months", 12: "1 year", 13: "13 months",
		18: "18 months", 23: "23 months", 24: "2 years", 25: "25 months", 120: "10 years",
	} {
		if got := m.String(); got != want {
			t.Errorf("Months(%d).String() = %q, want %q", int(m), got, want)
		}
		if got, err := m.MarshalText(); err != nil || string(got) != want {
			t.Errorf("Months(%d).MarshalText() = %q, %v; want %q", int(m), got, err, want)
		}
	}
}

// A term read from text is set only when it reads; a wrong one leaves
// the term as it was and says why.
func TestMonthsUnmarshalText(t *testing.T) {
	m := Months(6)
	if err := m.UnmarshalText([]byte("2 years")); err != nil || m != 24 {
		t.Errorf("UnmarshalText(\"2 years\") = %v, %v; want 24, nil", m, err)
	}
	if err := m.UnmarshalText([]byte("12m")); err == nil || m != 24 || !strings.Contains(err.Error(), `"12m" is not a number of months or years`) {
		t.Errorf("UnmarshalText(\"12m\") = %v, %v; want 24 and an error", m, err)
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
