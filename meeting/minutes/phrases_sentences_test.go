package minutes

import (
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/meeting"
)

// The sentences of the minutes that the fixed meeting never makes, in
// both languages, each read whole as the reader of the minutes reads it:
// every rule a vote can fail by, a meeting short of one need but not the
// other, an election nobody voted in, a break item that was not taken,
// one guest and several.

// tally is a closed vote's tally, its verdict judged by the rules as the
// meeting judges it.
func tally(all, lived meeting.Counts, rules meeting.VoteRules) meeting.Tally {
	return meeting.Tally{All: all, Lived: lived, Rules: rules, Verdict: meeting.Judge(all, lived, rules)}
}

// TestVoteRuleSaysWhichRuleDecidedInBothLanguages: the line under a vote
// names the rule that decided it, with its numbers, for each way a vote
// can carry or fail.
func TestVoteRuleSaysWhichRuleDecidedInBothLanguages(t *testing.T) {
	simple, twoThirds := meeting.VoteRules{}, meeting.VoteRules{TwoThirds: true}
	lived := meeting.VoteRules{LivedMustAgree: true}
	const must = ", ac mae rheolau'r grŵp yn dweud bod rhaid iddyn nhw gytuno."
	tests := []struct {
		name   string
		t      meeting.Tally
		en, cy string
	}{
		{"simple majority carried", tally(meeting.Counts{For: 3, Against: 1}, meeting.Counts{}, simple),
			"Carried by a simple majority (more for than against; abstentions do not count).",
			"Derbyniwyd drwy fwyafrif syml (mwy o blaid nag yn erbyn; nid yw ymatal yn cyfrif)."},
		{"simple majority not reached", tally(meeting.Counts{For: 1, Against: 3}, meeting.Counts{}, simple),
			"Not carried: it needed a simple majority (more for than against; abstentions do not count).",
			"Ni dderbyniwyd: roedd angen mwyafrif syml (mwy o blaid nag yn erbyn; nid yw ymatal yn cyfrif)."},
		{"two thirds carried", tally(meeting.Counts{For: 4, Against: 2, Abstain: 1}, meeting.Counts{}, twoThirds),
			"Carried by a two-thirds majority (4 of the 6 who voted for or against).",
			"Derbyniwyd drwy fwyafrif o ddwy ran o dair (4 o'r 6 a bleidleisiodd o blaid neu yn erbyn)."},
		{"two thirds one short", tally(meeting.Counts{For: 3, Against: 2}, meeting.Counts{}, twoThirds),
			"Not carried: it needed a two-thirds majority (4 of the 5 who voted for or against).",
			"Ni dderbyniwyd: roedd angen mwyafrif o ddwy ran o dair (4 o'r 5 a bleidleisiodd o blaid neu yn erbyn)."},
		{"a tie", tally(meeting.Counts{For: 2, Against: 2}, meeting.Counts{}, simple),
			"Not carried: a tie, 2 for and 2 against. gyda never breaks a tie.",
			"Ni dderbyniwyd: roedd y bleidlais yn gyfartal (o blaid: 2; yn erbyn: 2). Nid yw gyda byth yn torri pleidlais gyfartal."},
		{"nobody for or against", tally(meeting.Counts{Abstain: 3}, meeting.Counts{}, simple),
			"Not carried: nobody voted for or against.",
			"Ni dderbyniwyd: ni phleidleisiodd neb o blaid nac yn erbyn."},
		{"lived experience tied", tally(meeting.Counts{For: 4, Against: 2}, meeting.Counts{For: 1, Against: 1}, lived),
			"Not carried: the lived-experience members were tied (1 for, 1 against), and the group's rules say they must agree.",
			"Ni dderbyniwyd: roedd yr aelodau â phrofiad bywyd yn gyfartal (o blaid: 1; yn erbyn: 1)" + must},
		{"no lived-experience member for or against", tally(meeting.Counts{For: 3, Abstain: 2}, meeting.Counts{Abstain: 2}, lived),
			"Not carried: no lived-experience member voted for or against, and the group's rules say they must agree.",
			"Ni dderbyniwyd: ni phleidleisiodd unrhyw aelod â phrofiad bywyd o blaid nac yn erbyn" + must},
		{"lived experience against", tally(meeting.Counts{For: 4, Against: 3}, meeting.Counts{For: 1, Against: 3}, lived),
			"Not carried: the lived-experience members did not agree (1 for, 3 against), and the group's rules say they must.",
			"Ni dderbyniwyd: ni chytunodd yr aelodau â phrofiad bywyd (o blaid: 1; yn erbyn: 3)" + must},
		{"lived experience agreed", tally(meeting.Counts{For: 4, Against: 1}, meeting.Counts{For: 2}, lived),
			"Carried by a simple majority (more for than against; abstentions do not count), and the lived-experience members agreed (2 for, 0 against), as the group's rules require.",
			"Derbyniwyd drwy fwyafrif syml (mwy o blaid nag yn erbyn; nid yw ymatal yn cyfrif), a chytunodd yr aelodau â phrofiad bywyd (o blaid: 2; yn erbyn: 0), fel y mae rheolau'r grŵp yn ei ofyn."},
	}
	for _, tt := range tests {
		if got := (english{}).voteRule(tt.t); got != tt.en {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.en)
		}
		if got := (welsh{}).voteRule(tt.t); got != tt.cy {
			t.Errorf("%s, Welsh:\n got %q\nwant %q", tt.name, got, tt.cy)
		}
	}
}

// TestProvisionalSaysOnlyTheNeedThatWasShort: a meeting short of people
// but with exactly the lived experience it needs is short of people
// only, and the other way round; Welsh says every reason in one
// sentence. A record that says "not quorate" without the numbers that
// were short (the meeting always records them, but a journal is a file
// that can be edited) says so, with no empty brackets.
func TestProvisionalSaysOnlyTheNeedThatWasShort(t *testing.T) {
	noNeeds := meeting.Status{Present: 3, Counted: 3, Lived: 2, CountedLived: 2, Staff: 1, Balanced: true}
	const after, cyAfter = " It goes to the next meeting to be ratified.", " Bydd yn mynd i'r cyfarfod nesaf i'w gadarnhau."
	tests := []struct {
		q      meeting.Status
		en, cy string
	}{
		{statusOf(5, 2, 3, 2),
			"Provisional: when it was taken, the meeting was not quorate (it needed 1 more person)." + after,
			"Dros dro: pan wnaed y penderfyniad, nid oedd cworwm (angen 1 yn rhagor)." + cyAfter},
		{statusOf(6, 1, 3, 3),
			"Provisional: when it was taken, the meeting was not quorate (it needed 1 more person with lived experience)." + after,
			"Dros dro: pan wnaed y penderfyniad, nid oedd cworwm (angen 1 yn rhagor â phrofiad bywyd)." + cyAfter},
		{statusOf(4, 1, 1, 3),
			"Provisional: when it was taken, the meeting was not quorate (it needed 2 more people and 1 more person with lived experience). It was also not balanced (3 staff to 1 person with lived experience)." + after,
			"Dros dro: pan wnaed y penderfyniad, nid oedd cworwm (angen 2 yn rhagor; angen 1 yn rhagor â phrofiad bywyd) ac nid oedd y cyfarfod yn gytbwys (staff: 3, profiad bywyd: 1)." + cyAfter},
		{statusOf(7, 3, 3, 4),
			"Provisional: when it was taken, the meeting was not balanced (4 staff to 3 people with lived experience)." + after,
			"Dros dro: pan wnaed y penderfyniad, nid oedd y cyfarfod yn gytbwys (staff: 4, profiad bywyd: 3)." + cyAfter},
		{statusOf(6, 2, 3, 3), "Provisional." + after, "Dros dro." + cyAfter},
		{noNeeds,
			"Provisional: when it was taken, the meeting was not quorate." + after,
			"Dros dro: pan wnaed y penderfyniad, nid oedd cworwm." + cyAfter},
	}
	for _, tt := range tests {
		d := Decision{Quorum: tt.q}
		if got := (english{}).provisionalBecause(d); got != tt.en {
			t.Errorf("%+v:\n got %q\nwant %q", tt.q, got, tt.en)
		}
		if got := (welsh{}).provisionalBecause(d); got != tt.cy {
			t.Errorf("Welsh %+v:\n got %q\nwant %q", tt.q, got, tt.cy)
		}
	}
}

// TestElectionNobodyVotedInBothLanguages: an election with no ballots
// says nobody was elected, in the minutes and in the easy-read summary,
// and never calls it a tie.
func TestElectionNobodyVotedInBothLanguages(t *testing.T) {
	none := &ElectionRecord{Ballot: meeting.Ballot{Role: meeting.RoleChair,
		Counts: []meeting.CandidateCount{{Person: "mair"}, {Person: "sian"}}}}
	tests := []struct {
		got, want string
	}{
		{(welsh{}).electionResult(none), "Ni chyfrifwyd unrhyw bleidlais yn yr etholiad am gadeirydd, felly ni chafodd neb ei ethol."},
		{(welsh{}).erElection(none), "Ni phleidleisiodd neb, felly ni chafodd neb ei ddewis yn gadeirydd."},
		{(english{}).erElection(none), "Nobody voted for our chair (the person who runs our meetings), so nobody was chosen."},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%q; want %q", tt.got, tt.want)
		}
	}
}

// TestBreakItemNotTakenSaysNotReached: a break on the agenda that the
// meeting did not take as a break reads as an item not reached, not as
// a break with no times.
func TestBreakItemNotTakenSaysNotReached(t *testing.T) {
	from := time.Date(2026, 12, 3, 11, 0, 0, 0, time.UTC)
	tests := []struct {
		it     Item
		en, cy string
	}{
		{Item{IsBreak: true, Planned: 10 * time.Minute},
			"10 minutes planned; not reached.", "Amser a gynlluniwyd: 10 munud; ni chyrhaeddwyd yr eitem."},
		{Item{IsBreak: true, Planned: 10 * time.Minute, Breaks: []Span{{from, from.Add(12 * time.Minute)}}},
			"10 minutes planned; the break was from 11:00 to 11:12.", "Amser a gynlluniwyd: 10 munud; yr egwyl: o 11:00 tan 11:12."},
	}
	for _, tt := range tests {
		if got := (english{}).itemFacts(tt.it); got != tt.en {
			t.Errorf("%q; want %q", got, tt.en)
		}
		if got := (welsh{}).itemFacts(tt.it); got != tt.cy {
			t.Errorf("Welsh %q; want %q", got, tt.cy)
		}
	}
}

// TestEasyReadCountsInWelsh: the Welsh easy-read summary says one guest
// in the singular and more with "o" and the plural, "hefyd" when members
// came too, and no members in words.
func TestEasyReadCountsInWelsh(t *testing.T) {
	w := welsh{}
	tests := []struct {
		got, want string
	}{
		{w.erGuests(1, false), "Daeth 1 gwestai."},
		{w.erGuests(1, true), "Daeth 1 gwestai hefyd."},
		{w.erGuests(2, false), "Daeth 2 o westeion."},
		{w.erGuests(2, true), "Daeth 2 o westeion hefyd."},
		{w.erMembers(0), "Ni ddaeth unrhyw aelod."},
		{w.erMembers(1), "Daeth 1 aelod."},
		{w.erMembers(8), "Daeth 8 aelod."},
		{(english{}).erMembers(0), "No members came."},
		{(english{}).erMembers(1), "1 member came."},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%q; want %q", tt.got, tt.want)
		}
	}
	md := ruleModel(t, func(s *meeting.Setup) { s.Group.Minutes.Language = "cy" }, "arrive sian", "arrive priya", "end")
	easy := string(EasyReadMarkdown(md))
	for _, want := range []string{"Daeth 1 aelod.", "Daeth 1 gwestai hefyd."} {
		if !strings.Contains(easy, want) {
			t.Errorf("the Welsh easy-read summary lacks %q:\n%s", want, easy)
		}
	}
}
