package minutes

import (
	"testing"
	"time"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/roster"
)

// The sentence forms the fixed meeting of the golden files never uses, in
// both languages, as a reader of the minutes sees them: a meeting that
// did not end in gyda, a place only online, a dropped action, a decision
// not ratified, a pause with no end, a stop of gyda with no gap, a next
// meeting with no time, a count of one and of none.

// phraseCase is one sentence the minutes write and what it must read.
type phraseCase struct {
	name      string
	got, want string
}

func checkPhrases(t *testing.T, cases []phraseCase) {
	t.Helper()
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, c.got, c.want)
		}
	}
}

func TestEnglishSentenceFormsTheGoldenMeetingLacks(t *testing.T) {
	e := english{}
	open := &Model{Date: at, Opened: at}
	ended := &Model{Date: at, Opened: at, Ended: at.Add(90 * time.Minute)}
	brk := Item{IsBreak: true, Breaks: []Span{{at, at.Add(10 * time.Minute)}}, Planned: 15 * time.Minute}
	breakNoSpans := Item{IsBreak: true, Visited: true, Planned: 15 * time.Minute, Took: 10 * time.Minute}
	checkPhrases(t, []phraseCase{
		{"a meeting that did not end", e.when(open), "Thursday 3 December 2026, from 10:00 (the meeting did not end in gyda)"},
		{"a meeting that ended", e.when(ended), "Thursday 3 December 2026, from 10:00 to 11:30"},
		{"a place and online", e.place("Tŷ Gwyn", true), "Tŷ Gwyn, and online"},
		{"online only", e.place("", true), "Online"},
		{"a place only", e.place("Tŷ Gwyn", false), "Tŷ Gwyn"},
		{"no place", e.place("", false), ""},
		{"an action done", e.arisingActionNow(ArisingAction{Outcome: meeting.OutcomeDone}), "Now: done."},
		{"an action dropped", e.arisingActionNow(ArisingAction{Outcome: meeting.OutcomeDropped}), "Now: dropped."},
		{"an action not reviewed", e.arisingActionNow(ArisingAction{}), "Now: not reviewed; it goes to the next meeting."},
		{"a decision not ratified", e.arisingDecisionNow(ArisingDecision{Considered: true, At: at}), "Now: not ratified, at 10:00."},
		{"a decision not considered", e.arisingDecisionNow(ArisingDecision{At: at}), "Now: not considered; it goes to the next meeting."},
		{"the log's dropped", e.outcome(meeting.OutcomeDropped), "dropped"},
		{"the log's open", e.outcome(""), "open"},
		{"a break item", e.itemFacts(brk), "15 minutes planned; the break was from 10:00 to 10:10."},
		{"a break item with no break recorded", e.itemFacts(breakNoSpans), "15 minutes planned, took 10 minutes."},
		{"a ladder rung", e.itemFacts(Item{Planned: time.Minute, Ladder: "doing with"}), "1 minute planned; not reached. Co-production: doing with."},
		{"a red card, no pause", e.redCard(RedCard{Name: "Mair", At: at}), "Mair showed a red card at 10:00."},
		{"a pause with no end", e.redCard(RedCard{Name: "Mair", At: at, Paused: true}), "Mair showed a red card at 10:00, and the meeting paused."},
		{"no authority", e.noAuthority(), "Note: " + noAuthorityWarning + ": check that the partners can act on this."},
		{"a note", e.note("the room was cold"), "Note: the room was cold."},
		{"gyda stopped with no gap", e.interruption(Span{at, at}), "The meeting was interrupted at 10:00 (gyda stopped) and carried on where it stopped; nothing recorded was lost."},
		{"gyda stopped for a second", e.interruption(Span{at, at.Add(time.Second)}), "The meeting was interrupted: gyda recorded nothing from 10:00:00 to 10:00:01, then resumed."},
		{"next meeting, day only", e.nextMeetingAt(at, true), "Thursday 3 December 2026."},
		{"next meeting, day and time", e.nextMeetingAt(at, false), "Thursday 3 December 2026, 10:00."},
		{"speaking with no guests", e.speaking(meeting.SpeakingShare{Lived: time.Minute, Staff: time.Minute}),
			"Speaking time: people with lived experience 1 minute (50%), staff 1 minute (50%)."},
		{"not carried", e.result(false), "Not carried"},
		{"carried", e.result(true), "Carried"},
		{"two thirds", e.ruleName(meeting.RuleTwoThirds), "two-thirds majority"},
		{"lived must agree", e.ruleName(meeting.RuleLived), "lived experience must agree"},
		{"simple", e.ruleName(meeting.RuleSimple), "simple majority"},
		{"tied", e.tied(), "tied"},
		{"no members", e.erMembers(0), "No members came."},
		{"one member", e.erMembers(1), "1 member came."},
		{"one guest and members", e.erGuests(1, true), "1 guest came too."},
		{"two guests alone", e.erGuests(2, false), "2 guests came."},
		{"one for", e.erVoted(1, meeting.ChoiceFor), "1 person voted for it."},
		{"none for", e.erVoted(0, meeting.ChoiceFor), "Nobody voted for it."},
		{"one against", e.erVoted(1, meeting.ChoiceAgainst), "1 person voted against it."},
		{"none against", e.erVoted(0, meeting.ChoiceAgainst), "Nobody voted against it."},
		{"two abstained", e.erVoted(2, meeting.ChoiceAbstain), "2 people did not choose."},
		{"one ballot", e.ballotsCounted(1), "It was a secret ballot: 1 ballot was counted."},
		{"one vote got", e.erGotVotes("Mair", 1), "Mair got 1 vote."},
	})
}

func TestWelshSentenceFormsTheGoldenMeetingLacks(t *testing.T) {
	w := welsh{}
	open := &Model{Date: at, Opened: at}
	brk := Item{IsBreak: true, Breaks: []Span{{at, at.Add(10 * time.Minute)}}, Planned: 15 * time.Minute}
	breakNoSpans := Item{IsBreak: true, Visited: true, Planned: 15 * time.Minute, Took: 10 * time.Minute}
	checkPhrases(t, []phraseCase{
		{"a person using services", w.kind(roster.PersonUsingServices), "person sy'n defnyddio gwasanaethau"},
		{"a carer", w.kind(roster.Carer), "gofalwr"},
		{"staff", w.kind(roster.Staff), "staff"},
		{"a guest", w.kind(roster.Guest), "gwestai"},
		{"a visitor", w.kind(roster.Visitor), "ymwelydd"},
		{"an unknown kind", w.kind(roster.Kind("other")), "other"},
		{"in the room and remote", w.how(Attendee{Remote: true, InPerson: true}), "wyneb yn wyneb ac o bell"},
		{"remote", w.how(Attendee{Remote: true}), "o bell"},
		{"in the room", w.how(Attendee{InPerson: true}), "wyneb yn wyneb"},
		{"chair", w.role(meeting.RoleChair), "cadeirydd"},
		{"minute-taker", w.role(meeting.RoleMinuteTaker), "cofnodwr"},
		{"member", w.role(meeting.RoleMember), "aelod"},
		{"observer", w.role(meeting.RoleObserver), "sylwedydd"},
		{"an unknown role", w.role(meeting.Role("other")), "other"},
		{"doing to", w.ladder("doing to"), "gwneud i"},
		{"doing for", w.ladder("doing for"), "gwneud ar gyfer"},
		{"doing with", w.ladder("doing with"), "gwneud gyda"},
		{"another rung", w.ladder("co-producing"), "co-producing"},
		{"a meeting that did not end", w.when(open), "Dydd Iau 3 Rhagfyr 2026, o 10:00 (ni chofnodwyd diwedd y cyfarfod)"},
		{"a place and online", w.place("Tŷ Gwyn", true), "Tŷ Gwyn, ac ar-lein"},
		{"online only", w.place("", true), "Ar-lein"},
		{"a place only", w.place("Tŷ Gwyn", false), "Tŷ Gwyn"},
		{"no place", w.place("", false), ""},
		{"an action done", w.arisingActionNow(ArisingAction{Outcome: meeting.OutcomeDone}), "Nawr: wedi'i wneud."},
		{"an action dropped", w.arisingActionNow(ArisingAction{Outcome: meeting.OutcomeDropped}), "Nawr: wedi'i ollwng."},
		{"an action not reviewed", w.arisingActionNow(ArisingAction{}), "Nawr: heb ei adolygu; bydd yn mynd i'r cyfarfod nesaf."},
		{"a decision not ratified", w.arisingDecisionNow(ArisingDecision{Considered: true, At: at}), "Nawr: ni chafodd ei gadarnhau, am 10:00."},
		{"a decision not considered", w.arisingDecisionNow(ArisingDecision{At: at}), "Nawr: heb ei ystyried; bydd yn mynd i'r cyfarfod nesaf."},
		{"the log's done", w.outcome(meeting.OutcomeDone), "wedi'i wneud"},
		{"the log's dropped", w.outcome(meeting.OutcomeDropped), "wedi'i ollwng"},
		{"the log's new date", w.outcome(meeting.OutcomeNewDate), "dyddiad newydd"},
		{"the log's open", w.outcome(""), "agored"},
		{"a break item", w.itemFacts(brk), "Amser a gynlluniwyd: 15 munud; yr egwyl: o 10:00 tan 10:10."},
		{"a break item with no break recorded", w.itemFacts(breakNoSpans), "Amser a gynlluniwyd: 15 munud; amser a gymerwyd: 10 munud."},
		{"a red card, no pause", w.redCard(RedCard{Name: "Mair", At: at}), "Dangosodd Mair gerdyn coch am 10:00."},
		{"a pause with no end", w.redCard(RedCard{Name: "Mair", At: at, Paused: true}), "Dangosodd Mair gerdyn coch am 10:00, ac oedodd y cyfarfod."},
		{"not taking part", w.notTaking([]string{"Siân", "Aled"}), "Heb gymryd rhan, ar ôl datgan buddiant: Siân ac Aled."},
		{"no authority", w.noAuthority(), "Nodyn: nid oedd aelod o staff ag awdurdod i wneud penderfyniadau yn bresennol: gwiriwch y gall y partneriaid weithredu ar hyn."},
		{"a note", w.note("roedd hi'n oer"), "Nodyn: roedd hi'n oer."},
		{"gyda stopped with no gap", w.interruption(Span{at, at}), "Torrwyd ar draws y cyfarfod am 10:00 (stopiodd gyda), ac aeth ymlaen o'r un man; ni chollwyd dim a gofnodwyd."},
		{"gyda stopped for a second", w.interruption(Span{at, at.Add(time.Second)}), "Torrwyd ar draws y cyfarfod: ni chofnodwyd dim o 10:00:00 tan 10:00:01, ac yna ailddechreuodd."},
		{"next meeting, day only", w.nextMeetingAt(at, true), "Dydd Iau 3 Rhagfyr 2026."},
		{"next meeting, day and time", w.nextMeetingAt(at, false), "Dydd Iau 3 Rhagfyr 2026, 10:00."},
		{"speaking with no guests", w.speaking(meeting.SpeakingShare{Lived: time.Minute, Staff: time.Minute}),
			"Amser siarad: pobl â phrofiad bywyd 1 munud (50%), staff 1 munud (50%)."},
		{"a date that is not a day's", adverbial("3 Rhagfyr 2026"), "3 Rhagfyr 2026"},
		{"a member, unsoftened", w.softRole(meeting.RoleMember), "aelod"},
		{"the chair, softened", w.softRole(meeting.RoleChair), "gadeirydd"},
		{"not carried", w.result(false), "Ni dderbyniwyd"},
		{"two thirds", w.ruleName(meeting.RuleTwoThirds), "mwyafrif o ddwy ran o dair"},
		{"lived must agree", w.ruleName(meeting.RuleLived), "rhaid i bobl â phrofiad bywyd gytuno"},
		{"simple", w.ruleName(meeting.RuleSimple), "mwyafrif syml"},
		{"tied", w.tied(), "cyfartal"},
		{"no ballots", w.electionResult(&ElectionRecord{Ballot: meeting.Ballot{Role: meeting.RoleChair}}),
			"Ni chyfrifwyd unrhyw bleidlais yn yr etholiad am gadeirydd, felly ni chafodd neb ei ethol."},
		{"nobody voted, easy read", w.erElection(&ElectionRecord{Ballot: meeting.Ballot{Role: meeting.RoleChair}}),
			"Ni phleidleisiodd neb, felly ni chafodd neb ei ddewis yn gadeirydd."},
		{"a tie, easy read", w.erElection(&ElectionRecord{Ballot: meeting.Ballot{Role: meeting.RoleChair, Tied: []string{"mair", "sian"}}}),
			"Roedd y bleidlais am gadeirydd yn gyfartal, felly ni chafodd neb ei ddewis."},
		{"no members", w.erMembers(0), "Ni ddaeth unrhyw aelod."},
		{"one member", w.erMembers(1), "Daeth 1 aelod."},
		{"one guest alone", w.erGuests(1, false), "Daeth 1 gwestai."},
		{"one guest and members", w.erGuests(1, true), "Daeth 1 gwestai hefyd."},
		{"two guests alone", w.erGuests(2, false), "Daeth 2 o westeion."},
		{"one for", w.erVoted(1, meeting.ChoiceFor), "Pleidleisiodd 1 person o blaid."},
		{"two for", w.erVoted(2, meeting.ChoiceFor), "Pleidleisiodd 2 o bobl o blaid."},
		{"none for", w.erVoted(0, meeting.ChoiceFor), "Ni phleidleisiodd neb o blaid."},
		{"one against", w.erVoted(1, meeting.ChoiceAgainst), "Pleidleisiodd 1 person yn erbyn."},
		{"none against", w.erVoted(0, meeting.ChoiceAgainst), "Ni phleidleisiodd neb yn erbyn."},
		{"one abstained", w.erVoted(1, meeting.ChoiceAbstain), "Wnaeth 1 person ddim dewis."},
		{"two abstained", w.erVoted(2, meeting.ChoiceAbstain), "Wnaeth 2 o bobl ddim dewis."},
	})
}

// TestWelshVoteRuleSaysWhichRuleDecided reads the Welsh sentence for each
// way a vote can be decided, with the counts it gives.
func TestWelshVoteRuleSaysWhichRuleDecided(t *testing.T) {
	both := meeting.VoteRules{TwoThirds: true, LivedMustAgree: true}
	lived := meeting.VoteRules{LivedMustAgree: true}
	const must = ", ac mae rheolau'r grŵp yn dweud bod rhaid iddyn nhw gytuno."
	tests := []struct {
		name        string
		all, livedC meeting.Counts
		rules       meeting.VoteRules
		want        string
	}{
		{"simple, carried", meeting.Counts{For: 3, Against: 1}, meeting.Counts{}, meeting.VoteRules{},
			"Derbyniwyd drwy fwyafrif syml (mwy o blaid nag yn erbyn; nid yw ymatal yn cyfrif)."},
		{"two thirds, carried with lived experience", meeting.Counts{For: 4, Against: 2}, meeting.Counts{For: 2, Against: 1}, both,
			"Derbyniwyd drwy fwyafrif o ddwy ran o dair (4 o'r 6 a bleidleisiodd o blaid neu yn erbyn), a chytunodd yr aelodau â phrofiad bywyd (o blaid: 2; yn erbyn: 1), fel y mae rheolau'r grŵp yn ei ofyn."},
		{"lived experience tied", meeting.Counts{For: 4, Against: 2}, meeting.Counts{For: 1, Against: 1}, lived,
			"Ni dderbyniwyd: roedd yr aelodau â phrofiad bywyd yn gyfartal (o blaid: 1; yn erbyn: 1)" + must},
		{"no lived experience votes", meeting.Counts{For: 3, Against: 1}, meeting.Counts{Abstain: 1}, lived,
			"Ni dderbyniwyd: ni phleidleisiodd unrhyw aelod â phrofiad bywyd o blaid nac yn erbyn" + must},
		{"lived experience against", meeting.Counts{For: 4, Against: 2}, meeting.Counts{For: 1, Against: 2}, lived,
			"Ni dderbyniwyd: ni chytunodd yr aelodau â phrofiad bywyd (o blaid: 1; yn erbyn: 2)" + must},
		{"tied", meeting.Counts{For: 2, Against: 2}, meeting.Counts{}, meeting.VoteRules{},
			"Ni dderbyniwyd: roedd y bleidlais yn gyfartal (o blaid: 2; yn erbyn: 2). Nid yw gyda byth yn torri pleidlais gyfartal."},
		{"nobody for or against", meeting.Counts{Abstain: 3}, meeting.Counts{}, meeting.VoteRules{},
			"Ni dderbyniwyd: ni phleidleisiodd neb o blaid nac yn erbyn."},
		{"short of two thirds", meeting.Counts{For: 3, Against: 2}, meeting.Counts{}, meeting.VoteRules{TwoThirds: true},
			"Ni dderbyniwyd: roedd angen mwyafrif o ddwy ran o dair (4 o'r 5 a bleidleisiodd o blaid neu yn erbyn)."},
	}
	for _, tt := range tests {
		tally := meeting.Tally{All: tt.all, Lived: tt.livedC, Rules: tt.rules, Verdict: meeting.Judge(tt.all, tt.livedC, tt.rules)}
		if got := (welsh{}).voteRule(tally); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// A meeting that was not quorate only for want of people, with exactly
// the lived experience it needed, is not said to need more of it.
func TestProvisionalAsksOnlyForWhatWasShort(t *testing.T) {
	q := meeting.Status{Present: 5, Counted: 5, CountedLived: 2, Lived: 3, Staff: 2, NeedPresent: 6, NeedLived: 2, Balanced: true}
	d := Decision{Quorum: q}
	const after = " It goes to the next meeting to be ratified."
	checkPhrases(t, []phraseCase{
		{"English", (english{}).provisionalBecause(d), "Provisional: when it was taken, the meeting was not quorate (it needed 1 more person)." + after},
		{"Welsh", (welsh{}).provisionalBecause(d), "Dros dro: pan wnaed y penderfyniad, nid oedd cworwm (angen 1 yn rhagor). Bydd yn mynd i'r cyfarfod nesaf i'w gadarnhau."},
		{"Welsh, short of everything", (welsh{}).provisionalBecause(Decision{Quorum: meeting.Status{Present: 4, Counted: 4, CountedLived: 1, Lived: 1, Staff: 3, NeedPresent: 6, NeedLived: 2}}),
			"Dros dro: pan wnaed y penderfyniad, nid oedd cworwm (angen 2 yn rhagor; angen 1 yn rhagor â phrofiad bywyd) ac nid oedd y cyfarfod yn gytbwys (staff: 3, profiad bywyd: 1). Bydd yn mynd i'r cyfarfod nesaf i'w gadarnhau."},
	})
}
