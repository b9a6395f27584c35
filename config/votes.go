package config

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Votes is the [votes] table: how a vote counted in the meeting is
// decided.
type Votes struct {
	// Majority is "simple" (more for than against; abstentions are not
	// counted) or "two-thirds" (at least two thirds of those voting for
	// or against).
	Majority string `toml:"majority" json:"majority,omitempty"`
	// LivedExperienceMustAgree carries a vote only when, as well, more of
	// the lived-experience members who voted for or against voted for
	// than against: a decision about people's lives needs the support of
	// the people it is about.
	LivedExperienceMustAgree bool `toml:"lived_experience_must_agree" json:"lived_experience_must_agree,omitempty"`
}

// The majorities a vote can need ([votes] majority).
const (
	MajoritySimple    = "simple"
	MajorityTwoThirds = "two-thirds"
)

// Majorities lists the values [votes] majority may take.
func Majorities() []string { return []string{MajoritySimple, MajorityTwoThirds} }

// TwoThirds reports whether a vote needs two thirds of those voting. A
// journal from before [votes] existed has no majority, which is simple.
func (v Votes) TwoThirds() bool { return v.Majority == MajorityTwoThirds }

// Months is a length of time in whole months, written "12 months" or
// "1 year": an elected chair's term ([rotation] term). 0 is no term.
type Months int

// MaxTermMonths is the longest term a group may set: ten years.
const MaxTermMonths = 120

// After is the day the term that starts at t ends.
func (m Months) After(t time.Time) time.Time { return t.AddDate(0, int(m), 0) }

// String says the length as it is written in group.toml: "12 months",
// "1 month", "2 years".
func (m Months) String() string {
	switch {
	case m == 12:
		return "1 year"
	case m > 12 && m%12 == 0:
		return fmt.Sprintf("%d years", m/12)
	case m == 1:
		return "1 month"
	}
	return fmt.Sprintf("%d months", int(m))
}

// MarshalText writes the length as String does.
func (m Months) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText reads a length written as ParseMonths reads it.
func (m *Months) UnmarshalText(text []byte) error {
	v, err := ParseMonths(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// ParseMonths reads "12 months", "1 month", "1 year" or "2 years" (any
// letter case; "12m" is not accepted, as it reads as minutes elsewhere).
func ParseMonths(s string) (Months, error) {
	const want = `a number of months or years, like "12 months" or "2 years"`
	num, unit, ok := strings.Cut(strings.TrimSpace(s), " ")
	n, err := strconv.Atoi(num)
	if !ok || err != nil || n < 1 {
		return 0, fmt.Errorf("%q is not %s", s, want)
	}
	switch strings.ToLower(strings.TrimSpace(unit)) {
	case "month", "months":
	case "year", "years":
		n *= 12
	default:
		return 0, fmt.Errorf("%q is not %s", s, want)
	}
	if n > MaxTermMonths {
		return 0, fmt.Errorf("%q is longer than ten years", s)
	}
	return Months(n), nil
}

// readVotes reads the [votes] table into v.
func readVotes(d *doc, t *table, v *Votes) {
	oneOf(d, t, "majority", "a majority", Majorities(), &v.Majority)
	t.boolean("lived_experience_must_agree", &v.LivedExperienceMustAgree)
	t.unknown("in [votes]", "majority", "lived_experience_must_agree")
}

// readTerm reads [rotation] term into m.
func readTerm(d *doc, t *table, m *Months) {
	var s string
	a, ok := t.str("term", &s)
	if !ok {
		return
	}
	v, err := ParseMonths(s)
	if err != nil {
		d.fail(a, "%v: how long an elected chair or minute-taker serves", err)
		return
	}
	*m = v
}
