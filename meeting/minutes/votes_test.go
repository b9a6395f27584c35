package minutes

import (
	"strings"
	"testing"

	"github.com/gyda/gyda/config/demo"
	"github.com/gyda/gyda/meeting"
)

// votesScript is a quorate, balanced meeting (4 lived experience, 3
// staff) that votes three times, with the group's rule that the
// lived-experience members must agree, and holds two elections: one won
// among three candidates, one tied.
const votesScript = `arrive sian
arrive dafydd
arrive mair
arrive rhys
arrive aled
arrive claire
arrive tom
chair sian
minutes dafydd
next
vote Move the meetings to the afternoon?
for sian, mair
against aled and claire
vote close
vote Ask the health board for a bigger room?
for aled, claire, tom, sian
against mair, rhys, dafydd
vote close
wait 5m
vote Thank the carers' centre?
for sian mair rhys aled
abstain claire
vote close
elect chair: mair, rhys, sian
tally mair 3
tally rhys 2
tally sian 2
elect close
elect minutes: dafydd, aled
tally dafydd 3
tally aled 3
elect close
end
`

// votesMinutes is votesScript's minutes in a language, as Markdown and as
// the easy-read summary.
func votesMinutes(t *testing.T, lang string) (md, easy string) {
	t.Helper()
	folder, agenda, err := demo.WriteTo(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	folder.Group.Minutes.Language = lang
	folder.Group.Votes.LivedExperienceMustAgree = true
	folder.Group.Rotation.Term = 24
	setup := &meeting.Setup{Group: folder.Group, Agenda: agenda, People: folder.Roster.People(), Clock: "sim"}
	setup, events := runScript(t, setup, votesScript)
	m, err := Build(setup, events)
	if err != nil {
		t.Fatal(err)
	}
	return string(Markdown(m)), string(EasyReadMarkdown(m))
}

// TestVotesMinutedLineByLine checks each vote and election, line by line,
// in English and in Welsh: the question, the result, the counts, the
// counts by kind, who did not vote, the rule that decided it; who was
// elected with the counts, and until when; a tie said and not broken.
func TestVotesMinutedLineByLine(t *testing.T) {
	const taken = "Taken at 10:00. 7 present: 4 lived experience, 3 staff. Balanced and quorate (needs 6, and 2 lived experience)."
	const taken5 = "Taken at 10:05. 7 present: 4 lived experience, 3 staff. Balanced and quorate (needs 6, and 2 lived experience)."
	const cyTaken = "Penderfynwyd am 10:00, gyda 7 yn bresennol (profiad bywyd: 4, staff: 3); cytbwys; cworwm (angen 6, gan gynnwys 2 â phrofiad bywyd)."
	const cyTaken5 = "Penderfynwyd am 10:05, gyda 7 yn bresennol (profiad bywyd: 4, staff: 3); cytbwys; cworwm (angen 6, gan gynnwys 2 â phrofiad bywyd)."
	want := map[string][][]string{
		"en": {
			{
				"**Decision 1, by vote**: Move the meetings to the afternoon?  ",
				"Not carried: 2 for, 2 against, 0 abstained.  ",
				"By kind: people with lived experience 2 for, 0 against, 0 abstained; staff 0 for, 2 against, 0 abstained.  ",
				"Present and did not vote: Dafydd ap Gwilym, Rhys Evans and Tom Hughes.  ",
				"Not carried: a tie, 2 for and 2 against. gyda never breaks a tie.  ",
				taken,
			},
			{
				"**Decision 2, by vote**: Ask the health board for a bigger room?  ",
				"Not carried: 4 for, 3 against, 0 abstained.  ",
				"By kind: people with lived experience 1 for, 3 against, 0 abstained; staff 3 for, 0 against, 0 abstained.  ",
				"Not carried: the lived-experience members did not agree (1 for, 3 against), and the group's rules say they must.  ",
				taken,
			},
			{
				"**Decision 3, by vote**: Thank the carers' centre?  ",
				"Carried: 4 for, 0 against, 1 abstained.  ",
				"By kind: people with lived experience 3 for, 0 against, 0 abstained; staff 1 for, 0 against, 1 abstained.  ",
				"Present and did not vote: Dafydd ap Gwilym and Tom Hughes.  ",
				"Carried by a simple majority (more for than against; abstentions do not count), and the lived-experience members agreed (3 for, 0 against), as the group's rules require.  ",
				taken5,
			},
			{
				"**Decision 4**: election of the chair, by secret ballot  ",
				"Mair Jones was elected chair with 3 votes (Rhys Evans 2, Siân Davies 2).  ",
				"It was a secret ballot: 7 ballots were counted.  ",
				"The term runs until Sunday 3 December 2028.  ",
				taken5,
			},
			{
				"**Decision 5**: election of the minute-taker, by secret ballot  ",
				"The election for minute-taker was tied: Dafydd ap Gwilym and Aled Price had 3 votes each. Nobody was elected; gyda never breaks a tie.  ",
				"It was a secret ballot: 6 ballots were counted.  ",
				taken5,
			},
		},
		"cy": {
			{
				"**Penderfyniad 1, drwy bleidlais**: Move the meetings to the afternoon?  ",
				"Ni dderbyniwyd. O blaid: 2; yn erbyn: 2; yn ymatal: 0.  ",
				"Yn ôl math: pobl â phrofiad bywyd (o blaid: 2; yn erbyn: 0; yn ymatal: 0); staff (o blaid: 0; yn erbyn: 2; yn ymatal: 0).  ",
				"Yn bresennol ond heb bleidleisio: Dafydd ap Gwilym, Rhys Evans a Tom Hughes.  ",
				"Ni dderbyniwyd: roedd y bleidlais yn gyfartal (o blaid: 2; yn erbyn: 2). Nid yw gyda byth yn torri pleidlais gyfartal.  ",
				cyTaken,
			},
			{
				"**Penderfyniad 2, drwy bleidlais**: Ask the health board for a bigger room?  ",
				"Ni dderbyniwyd. O blaid: 4; yn erbyn: 3; yn ymatal: 0.  ",
				"Yn ôl math: pobl â phrofiad bywyd (o blaid: 1; yn erbyn: 3; yn ymatal: 0); staff (o blaid: 3; yn erbyn: 0; yn ymatal: 0).  ",
				"Ni dderbyniwyd: ni chytunodd yr aelodau â phrofiad bywyd (o blaid: 1; yn erbyn: 3), ac mae rheolau'r grŵp yn dweud bod rhaid iddyn nhw gytuno.  ",
				cyTaken,
			},
			{
				"**Penderfyniad 3, drwy bleidlais**: Thank the carers' centre?  ",
				"Derbyniwyd. O blaid: 4; yn erbyn: 0; yn ymatal: 1.  ",
				"Yn ôl math: pobl â phrofiad bywyd (o blaid: 3; yn erbyn: 0; yn ymatal: 0); staff (o blaid: 1; yn erbyn: 0; yn ymatal: 1).  ",
				"Yn bresennol ond heb bleidleisio: Dafydd ap Gwilym a Tom Hughes.  ",
				"Derbyniwyd drwy fwyafrif syml (mwy o blaid nag yn erbyn; nid yw ymatal yn cyfrif), a chytunodd yr aelodau â phrofiad bywyd (o blaid: 3; yn erbyn: 0), fel y mae rheolau'r grŵp yn ei ofyn.  ",
				cyTaken5,
			},
			{
				"**Penderfyniad 4**: ethol cadeirydd, drwy bleidlais gudd  ",
				"Etholwyd Mair Jones yn gadeirydd. Pleidleisiau: Mair Jones 3, Rhys Evans 2, Siân Davies 2.  ",
				"Pleidlais gudd oedd hi. Pleidleisiau a gyfrifwyd: 7.  ",
				"Mae'r tymor yn para tan ddydd Sul 3 Rhagfyr 2028.  ",
				cyTaken5,
			},
			{
				"**Penderfyniad 5**: ethol cofnodwr, drwy bleidlais gudd  ",
				"Roedd y bleidlais am gofnodwr yn gyfartal: Dafydd ap Gwilym 3, Aled Price 3. Ni chafodd neb ei ethol; nid yw gyda byth yn torri pleidlais gyfartal.  ",
				"Pleidlais gudd oedd hi. Pleidleisiau a gyfrifwyd: 6.  ",
				cyTaken5,
			},
		},
	}
	wantEasy := map[string][]string{
		"en": {
			"We voted on this:  \nMove the meetings to the afternoon?  \n2 people voted for it.  \n2 people voted against it.  \nSo we did not agree.",
			"We voted on this:  \nThank the carers' centre?  \n4 people voted for it.  \nNobody voted against it.  \n1 person did not choose.  \nSo we agreed.",
			"We chose Mair Jones to be our chair (the person who runs our meetings).  \nMair Jones got 3 votes.  \nRhys Evans got 2 votes.  \nSiân Davies got 2 votes.",
			"We voted for our minute-taker (the person who writes the notes). The vote was a tie, so nobody was chosen.  \nDafydd ap Gwilym got 3 votes.  \nAled Price got 3 votes.",
		},
		"cy": {
			"Fe wnaethon ni bleidleisio ar hyn:  \nMove the meetings to the afternoon?  \nPleidleisiodd 2 o bobl o blaid.  \nPleidleisiodd 2 o bobl yn erbyn.  \nFelly wnaethon ni ddim cytuno.",
			"Fe wnaethon ni bleidleisio ar hyn:  \nThank the carers' centre?  \nPleidleisiodd 4 o bobl o blaid.  \nNi phleidleisiodd neb yn erbyn.  \nWnaeth 1 person ddim dewis.  \nFelly fe wnaethon ni gytuno.",
			"Fe wnaethon ni ddewis Mair Jones yn gadeirydd.  \nPleidleisiau i Mair Jones: 3.  \nPleidleisiau i Rhys Evans: 2.  \nPleidleisiau i Siân Davies: 2.",
			"Roedd y bleidlais am gofnodwr yn gyfartal, felly ni chafodd neb ei ddewis.  \nPleidleisiau i Dafydd ap Gwilym: 3.  \nPleidleisiau i Aled Price: 3.",
		},
	}
	for lang, blocks := range want {
		md, easy := votesMinutes(t, lang)
		lines := strings.Split(md, "\n")
		for _, block := range blocks {
			start := -1
			for i, l := range lines {
				if l == block[0] {
					start = i
				}
			}
			if start < 0 {
				t.Errorf("%s: no line %q in:\n%s", lang, block[0], md)
				continue
			}
			for j, w := range block {
				if got := lines[min(start+j, len(lines)-1)]; got != w {
					t.Errorf("%s: line %d of %q:\n got %q\nwant %q", lang, j+1, block[0], got, w)
				}
			}
		}
		for _, w := range wantEasy[lang] {
			if !strings.Contains(easy, w) {
				t.Errorf("%s easy read lacks:\n%s\nin:\n%s", lang, w, easy)
			}
		}
	}
}

// TestEasyReadVoteSentencesAreShort: each easy-read sentence about a vote
// is one short sentence.
func TestEasyReadVoteSentencesAreShort(t *testing.T) {
	el := &ElectionRecord{Ballot: meeting.Ballot{Role: meeting.RoleMinuteTaker, Elected: "dafydd",
		Counts: []meeting.CandidateCount{{Person: "dafydd", Votes: 4}}}, Names: map[string]string{"dafydd": "Dafydd ap Gwilym"}}
	tied := &ElectionRecord{Ballot: meeting.Ballot{Role: meeting.RoleChair, Tied: []string{"a", "b"}}}
	for _, p := range []phrasebook{english{}, welsh{}} {
		for _, s := range []string{p.erVotedOn(), p.erVoted(0, meeting.ChoiceFor), p.erVoted(1, meeting.ChoiceAgainst),
			p.erVoted(12, meeting.ChoiceAbstain), p.erVoteOutcome(true), p.erVoteOutcome(false), p.erElection(el),
			p.erElection(&ElectionRecord{Ballot: meeting.Ballot{Role: meeting.RoleChair}}), p.erGotVotes("Dafydd ap Gwilym", 4)} {
			if n := len(strings.Fields(s)); n > 16 {
				t.Errorf("%s: %q has %d words; easy read wants short sentences", p.code(), s, n)
			}
			if strings.Count(strings.TrimRight(s, ".:"), ". ") > 0 {
				t.Errorf("%s: %q is more than one sentence", p.code(), s)
			}
		}
		if s := p.erElection(tied); strings.Count(strings.TrimRight(s, "."), ". ") > 1 {
			t.Errorf("%s: %q is long", p.code(), s)
		}
	}
}
