package meeting

import (
	"reflect"
	"testing"
)

// TestJudge is each rule on both sides of its boundary.
func TestJudge(t *testing.T) {
	simple, twoThirds := VoteRules{}, VoteRules{TwoThirds: true}
	livedSimple := VoteRules{LivedMustAgree: true}
	livedTwoThirds := VoteRules{TwoThirds: true, LivedMustAgree: true}
	c := func(f, a, ab int) Counts { return Counts{For: f, Against: a, Abstain: ab} }
	tests := []struct {
		name       string
		all, lived Counts
		rules      VoteRules
		want       Verdict
	}{
		{"simple: one more for carries", c(5, 4, 0), Counts{}, simple, Verdict{Carried: true, By: RuleSimple}},
		{"simple: one fewer for does not", c(4, 5, 0), Counts{}, simple, Verdict{By: RuleSimple}},
		{"simple: a tie does not carry, and says so", c(4, 4, 1), Counts{}, simple, Verdict{By: RuleSimple, Tie: true}},
		{"simple: abstentions are not counted", c(2, 1, 6), Counts{}, simple, Verdict{Carried: true, By: RuleSimple}},
		{"simple: only abstentions is not a tie", c(0, 0, 3), Counts{}, simple, Verdict{By: RuleSimple}},
		{"simple: nobody voted", c(0, 0, 0), Counts{}, simple, Verdict{By: RuleSimple}},
		{"two thirds: exactly two thirds carries", c(6, 3, 0), Counts{}, twoThirds, Verdict{Carried: true, By: RuleTwoThirds}},
		{"two thirds: just under does not", c(5, 3, 0), Counts{}, twoThirds, Verdict{By: RuleTwoThirds}},
		{"two thirds: a simple majority is not enough", c(3, 2, 0), Counts{}, twoThirds, Verdict{By: RuleTwoThirds}},
		{"two thirds: 2 of 3 carries", c(2, 1, 4), Counts{}, twoThirds, Verdict{Carried: true, By: RuleTwoThirds}},
		{"two thirds: a tie", c(3, 3, 0), Counts{}, twoThirds, Verdict{By: RuleTwoThirds, Tie: true}},
		{"lived experience agree: carries, and says they agreed", c(5, 3, 0), c(3, 1, 0), livedSimple,
			Verdict{Carried: true, By: RuleSimple, LivedAgreed: true}},
		{"lived experience disagree: not carried by their rule", c(5, 3, 0), c(1, 3, 0), livedSimple, Verdict{By: RuleLived}},
		{"lived experience tied: not carried by their rule", c(6, 2, 0), c(2, 2, 0), livedSimple, Verdict{By: RuleLived, Tie: true}},
		{"lived experience only abstained: not carried", c(4, 1, 3), c(0, 0, 3), livedSimple, Verdict{By: RuleLived}},
		{"lived experience agree by one: carries", c(4, 3, 0), c(2, 1, 0), livedSimple, Verdict{Carried: true, By: RuleSimple, LivedAgreed: true}},
		{"lived experience need only a simple majority under two thirds", c(6, 3, 0), c(3, 2, 0), livedTwoThirds,
			Verdict{Carried: true, By: RuleTwoThirds, LivedAgreed: true}},
		{"the majority fails first: it is the rule that decided", c(3, 5, 0), c(3, 0, 0), livedSimple, Verdict{By: RuleSimple}},
		{"the rule off: lived experience against does not matter", c(5, 3, 0), c(0, 3, 0), simple, Verdict{Carried: true, By: RuleSimple}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Judge(tt.all, tt.lived, tt.rules); got != tt.want {
				t.Errorf("Judge(%v, %v, %+v) = %+v; want %+v", tt.all, tt.lived, tt.rules, got, tt.want)
			}
		})
	}
}

func TestTwoThirdsOf(t *testing.T) {
	for _, tt := range []struct{ f, a, want int }{{6, 3, 6}, {5, 3, 6}, {2, 0, 2}, {2, 1, 2}, {0, 0, 0}, {7, 3, 7}} {
		if got := TwoThirdsOf(Counts{For: tt.f, Against: tt.a}); got != tt.want {
			t.Errorf("TwoThirdsOf(%d for, %d against) = %d; want %d", tt.f, tt.a, got, tt.want)
		}
	}
}

func TestRuleText(t *testing.T) {
	tests := []struct {
		t    Tally
		want string
	}{
		{Tally{All: Counts{5, 3, 1}, Verdict: Verdict{Carried: true, By: RuleSimple}},
			"Carried by a simple majority (more for than against; abstentions do not count)."},
		{Tally{All: Counts{6, 3, 0}, Rules: VoteRules{TwoThirds: true}, Verdict: Verdict{Carried: true, By: RuleTwoThirds}},
			"Carried by a two-thirds majority (6 of the 9 who voted for or against)."},
		{Tally{All: Counts{5, 3, 0}, Rules: VoteRules{TwoThirds: true}, Verdict: Verdict{By: RuleTwoThirds}},
			"Not carried: it needed a two-thirds majority (6 of the 8 who voted for or against)."},
		{Tally{All: Counts{4, 4, 0}, Verdict: Verdict{By: RuleSimple, Tie: true}},
			"Not carried: a tie, 4 for and 4 against. gyda never breaks a tie."},
		{Tally{All: Counts{0, 0, 2}, Verdict: Verdict{By: RuleSimple}}, "Not carried: nobody voted for or against."},
		{Tally{All: Counts{5, 3, 0}, Lived: Counts{3, 1, 0}, Rules: VoteRules{LivedMustAgree: true},
			Verdict: Verdict{Carried: true, By: RuleSimple, LivedAgreed: true}},
			"Carried by a simple majority (more for than against; abstentions do not count), and the lived-experience members agreed (3 for, 1 against), as the group's rules require."},
		{Tally{All: Counts{5, 3, 0}, Lived: Counts{1, 3, 0}, Rules: VoteRules{LivedMustAgree: true}, Verdict: Verdict{By: RuleLived}},
			"Not carried: the lived-experience members did not agree (1 for, 3 against), and the group's rules say they must."},
		{Tally{All: Counts{5, 3, 0}, Lived: Counts{2, 2, 0}, Rules: VoteRules{LivedMustAgree: true}, Verdict: Verdict{By: RuleLived, Tie: true}},
			"Not carried: the lived-experience members were tied (2 for, 2 against), and the group's rules say they must agree."},
		{Tally{All: Counts{3, 1, 2}, Lived: Counts{0, 0, 2}, Rules: VoteRules{LivedMustAgree: true}, Verdict: Verdict{By: RuleLived}},
			"Not carried: no lived-experience member voted for or against, and the group's rules say they must agree."},
	}
	for _, tt := range tests {
		if got := tt.t.RuleText(); got != tt.want {
			t.Errorf("RuleText of %+v:\n got %s\nwant %s", tt.t, got, tt.want)
		}
	}
}

func TestElect(t *testing.T) {
	cc := func(pairs ...any) []CandidateCount {
		var out []CandidateCount
		for i := 0; i < len(pairs); i += 2 {
			out = append(out, CandidateCount{Person: pairs[i].(string), Votes: pairs[i+1].(int)})
		}
		return out
	}
	tests := []struct {
		name    string
		counts  []CandidateCount
		elected string
		tied    []string
	}{
		{"most votes wins", cc("sian", 5, "mair", 3), "sian", nil},
		{"by one", cc("sian", 4, "mair", 5), "mair", nil},
		{"a tie is not broken", cc("sian", 4, "mair", 4), "", []string{"sian", "mair"}},
		{"a tie for most among three", cc("sian", 3, "mair", 1, "rhys", 3), "", []string{"sian", "rhys"}},
		{"most, not a majority, among three", cc("sian", 3, "mair", 2, "rhys", 2), "sian", nil},
		{"no ballots", cc("sian", 0, "mair", 0), "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			elected, tied := Elect(tt.counts)
			if elected != tt.elected || !reflect.DeepEqual(tied, tt.tied) {
				t.Errorf("Elect(%v) = %q, %v; want %q, %v", tt.counts, elected, tied, tt.elected, tt.tied)
			}
		})
	}
}

func TestBallotSentence(t *testing.T) {
	names := map[string]string{"sian": "Siân Davies", "mair": "Mair Jones", "rhys": "Rhys Evans"}
	name := func(id string) string { return names[id] }
	tests := []struct {
		b    Ballot
		want string
	}{
		{Ballot{Role: RoleChair, Counts: []CandidateCount{{"sian", 5}, {"mair", 3}}, Elected: "sian"},
			"Siân Davies was elected chair, 5 votes to 3."},
		{Ballot{Role: RoleChair, Counts: []CandidateCount{{"sian", 1}, {"mair", 0}}, Elected: "sian"},
			"Siân Davies was elected chair, 1 vote to 0."},
		{Ballot{Role: RoleMinuteTaker, Counts: []CandidateCount{{"sian", 1}, {"mair", 2}, {"rhys", 4}}, Elected: "rhys"},
			"Rhys Evans was elected minute-taker with 4 votes (Mair Jones 2, Siân Davies 1)."},
		{Ballot{Role: RoleChair, Counts: []CandidateCount{{"sian", 4}, {"mair", 4}}, Tied: []string{"sian", "mair"}},
			"The election for chair was tied: Siân Davies and Mair Jones had 4 votes each. Nobody was elected; gyda never breaks a tie."},
		{Ballot{Role: RoleChair, Counts: []CandidateCount{{"sian", 0}, {"mair", 0}}},
			"No ballots were counted in the election for chair, so nobody was elected."},
	}
	for _, tt := range tests {
		if got := tt.b.Sentence(name); got != tt.want {
			t.Errorf("Sentence:\n got %s\nwant %s", got, tt.want)
		}
	}
}

// Everyone who voted counts in the total, abstentions included.
func TestCountsTotalIncludesAbstentions(t *testing.T) {
	for _, tt := range []struct {
		c    Counts
		want int
	}{{Counts{5, 3, 1}, 9}, {Counts{0, 0, 2}, 2}, {Counts{2, 0, 0}, 2}, {Counts{}, 0}} {
		if got := tt.c.Total(); got != tt.want {
			t.Errorf("%v: total %d; want %d", tt.c, got, tt.want)
		}
	}
}
