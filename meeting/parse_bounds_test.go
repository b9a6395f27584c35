package meeting

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// The limits of what a typed line may say, on both sides of each one.
func TestParseLimits(t *testing.T) {
	tests := []struct {
		name string
		line string
		err  string // "" when it parses
	}{
		{"a line of the most characters", "note " + strings.Repeat("x", MaxLineLength-5), ""},
		{"a line one character longer", "note " + strings.Repeat("x", MaxLineLength-4), "that line is 2001 characters long; the most is 2000"},
		{"a break of a second", "break 1s", ""},
		{"a break of nothing", "break 0m", `"0m" must be more than nothing`},
		{"a break of a day", "break 24h", ""},
		{"a break a second longer than a day", "break 24h0m1s", `"24h0m1s" is longer than a day`},
		{"a length of nothing typed", "wait  ", "wait needs a length of time"},
		{"a declaration for item 1", "declare aled item 1: manages it", ""},
		{"a declaration for item 0", "declare aled item 0: manages it", "declare NAME item N: TEXT needs an item number, 1 or more"},
		{"the fewest miles", "expense sian: 0.1 miles", ""},
		{"no miles", "expense sian: 0 miles", "expense: 0 miles is not a distance from 0.1 to 1000 miles"},
		{"the most miles", "expense sian: 1000 miles", ""},
		{"more than the most miles", "expense sian: 1000.1 miles", "expense: 1000.1 miles is not a distance"},
		{"the most for one claim", "expense sian: £999.99 train", ""},
		{"a penny more", "expense sian: £1000 train", "is more than £999.99 for one claim"},
		{"the most in pence", "expense sian: 99999p train", ""},
		{"a penny more in pence", "expense sian: 100000p train", "is more than £999.99 for one claim"},
		{"a penny", "expense sian: 1p parking", ""},
		{"no pence", "expense sian: 0p parking", "the amount must be more than nothing"},
		{"an amount with nothing said about it", "expense sian: £4.50", "say what the £4.50 was for"},
		{"review with no number", "review done", "review needs the number of the item from the matters arising (type arising to list them): review N done, review N dropped, or review N by DATE (add : NOTE if you like)"},
		{"ratify with no number", "ratify yes", "ratify needs the number of the item from the matters arising (type arising to list them): ratify N, or ratify N no"},
		{"review 1", "review 1 done", ""},
		{"review 0", "review 0 done", "review needs the number"},
		{"ratify neither yes nor no", "ratify 1 maybe", "ratify 1 maybe: say yes or no: ratify N, or ratify N no"},
		{"review with a bad date", "review 1 by soon", `review 1: the new date: "soon" is not a date: type it like 31/01/2027, 31 January 2027 or 2027-01-31`},
		{"review with neither done, dropped nor a date", "review 1 finished", "review 1 needs done, dropped, or by and a new date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.line)
			switch {
			case tt.err == "" && err != nil:
				t.Errorf("Parse(%.50q): %v", tt.line, err)
			case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Errorf("Parse(%.50q) error %v; want %q", tt.line, err, tt.err)
			}
		})
	}
}

func TestParseReviewAndRatify(t *testing.T) {
	due := time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		line string
		want Command
	}{
		{"review 2 done", Command{Verb: VerbReview, Number: 2, Outcome: OutcomeDone}},
		{"review #2 dropped: not needed now", Command{Verb: VerbReview, Number: 2, Outcome: OutcomeDropped, Text: "not needed now"}},
		{"review 1 drop", Command{Verb: VerbReview, Number: 1, Outcome: OutcomeDropped}},
		{"review 1 by 2027-01-31: after the ITB", Command{Verb: VerbReview, Number: 1, Outcome: OutcomeNewDate, Due: due, Text: "after the ITB"}},
		{"ratify 1", Command{Verb: VerbRatify, Number: 1, Outcome: OutcomeRatified}},
		{"ratify 1 yes", Command{Verb: VerbRatify, Number: 1, Outcome: OutcomeRatified}},
		{"ratify 1 no: not yet", Command{Verb: VerbRatify, Number: 1, Outcome: OutcomeNotRatified, Text: "not yet"}},
		{"ratify 3 not ratified", Command{Verb: VerbRatify, Number: 3, Outcome: OutcomeNotRatified}},
	}
	for _, tt := range tests {
		got, err := Parse(tt.line)
		if err == nil {
			got.Line, got.DueText = "", ""
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%q) = %+v, %v; want %+v", tt.line, got, err, tt.want)
		}
	}
}

func TestMistypedVerbsAreSuggested(t *testing.T) {
	tests := []struct{ word, want string }{
		{"ar", " (did you mean arrive or arising?)"},
		{"dec", " (did you mean decide or declare?)"},
		{"a", ""},
		{"zz", ""},
	}
	for _, tt := range tests {
		if got := suggestVerb(tt.word); got != tt.want {
			t.Errorf("suggestVerb(%q) = %q; want %q", tt.word, got, tt.want)
		}
	}
}

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"15", 15 * time.Minute},
		{"10min", 10 * time.Minute},
		{"10mins", 10 * time.Minute},
		{"1h30m", 90 * time.Minute},
		{"90s", 90 * time.Second},
	}
	for _, tt := range tests {
		if got, err := ParseDuration(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	if _, err := ParseDuration(" "); err == nil || err.Error() != "no length of time given" {
		t.Errorf("ParseDuration of nothing: %v", err)
	}
}
