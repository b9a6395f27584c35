package meeting

import (
	"fmt"
	"testing"
)

// A refusal carries a suggestion only when it has one: a line that does
// not parse asks nothing, a parse error or a refusal with a suggestion
// gives it, even wrapped, and an error of any other kind gives none.
func TestSuggestionOfGivesOnlyTheSuggestionARefusalCarries(t *testing.T) {
	_, plain := Parse("arrive")
	mair := &Suggestion{Ask: "Mair Jones?", Line: "arrive mair"}
	tests := []struct {
		name string
		err  error
		want *Suggestion
	}{
		{"a line that does not parse", plain, nil},
		{"a parse error with a suggestion", &ParseError{Line: "arrive mai", Msg: "no such name", Suggest: mair}, mair},
		{"a wrapped parse error with a suggestion", fmt.Errorf("action due date: %w", &ParseError{Suggest: mair}), mair},
		{"a refusal without one", &CommandError{Verb: VerbArrive, Msg: "no"}, nil},
		{"a refusal with one", &CommandError{Verb: VerbArrive, Msg: "no", Suggest: mair}, mair},
		{"another error", fmt.Errorf("disk full"), nil},
		{"no error", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := SuggestionOf(tt.err)
			if ok != (tt.want != nil) || (ok && got != *tt.want) || (!ok && got != Suggestion{}) {
				t.Errorf("SuggestionOf(%v) = %+v, %v; want %+v", tt.err, got, ok, tt.want)
			}
		})
	}
}
