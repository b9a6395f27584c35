package roster

import "testing"

// The reason given with a suggestion says only what is true of it.
func TestSuggestionReasonsExactly(t *testing.T) {
	tests := []struct {
		name    string
		past    []PastMeeting
		present []string
		role    Role
		want    string
	}{
		{"never held, before one who has: nothing about how long ago",
			[]PastMeeting{met(0, "sian", "")}, []string{"sian", "bethan"}, RoleChair,
			"trained for chair; has never chaired"},
		{"held longest ago",
			[]PastMeeting{met(0, "sian", ""), met(1, "bethan", "")}, []string{"sian", "bethan"}, RoleChair,
			"trained for chair; last chaired on 1 September 2026 (once); held it longest ago"},
		{"held as long ago, fewer times",
			[]PastMeeting{met(0, "bethan", ""), met(1, "sian,bethan", "")}, []string{"sian", "bethan"}, RoleChair,
			"trained for chair; last chaired on 1 October 2026 (once); held it fewer times"},
		{"the only one", nil, []string{"sian"}, RoleChair,
			"trained for chair; has never chaired; the only one who can be suggested"},
		{"three times", []PastMeeting{met(0, "sian", ""), met(1, "sian", ""), met(2, "sian", ""), met(3, "bethan", "")}, []string{"sian", "bethan"}, RoleChair,
			"trained for chair; last chaired on 1 November 2026 (3 times); held it longest ago"},
		{"nobody trained here", nil, []string{"mair", "rhys"}, RoleMinutes,
			"not trained for minute-taker yet; has never taken the minutes; the only one who can be suggested; nobody trained can be suggested, so offer training"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := pick(Suggest(Request{People: rotaPeople, Past: tt.past, Rules: DefaultRules(), Present: tt.present}), tt.role)
			if s.Reason != tt.want {
				t.Errorf("reason %q; want %q", s.Reason, tt.want)
			}
		})
	}
}
