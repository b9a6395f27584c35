package history

import (
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/config"
)

// votingMeeting votes three ways and elects Siân chair: lived experience
// and staff agree on the first vote, disagree on the second, and the
// lived-experience members are tied on the third.
const votingMeeting = `arrive sian
arrive dafydd
arrive mair
arrive rhys
arrive aled
arrive claire
arrive tom
chair dafydd
minutes claire
next
vote Ask for a bigger room?
for sian, mair, aled, claire
against tom
vote close
vote Move to the afternoon?
for aled, claire, tom
against sian, mair, rhys
vote close
vote Write to the bus company?
for sian, aled
against mair
vote close
elect chair: sian, mair
tally sian 4
tally mair 2
elect close
end
`

// votingHistory is a group with a term for its chair that has held
// votingMeeting.
func votingHistory(t *testing.T, term config.Months) (*History, config.Folder, *Audit) {
	t.Helper()
	dir, folder, agenda := sampleGroup(t)
	folder.Group.Rotation.Term = term
	runMeeting(t, dir, folder, agenda, meetingDays[0], votingMeeting)
	h, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	return h, folder, BuildAudit(h, Period{}, folder.Group, folder.Roster.People())
}

func TestAuditCountsHowLivedExperienceAndStaffVoted(t *testing.T) {
	_, _, a := votingHistory(t, 12)
	if a.Votes != (VoteAgreement{Votes: 3, SameWay: 1, Differently: 1, NoMajority: 1, Elections: 1}) {
		t.Errorf("votes %+v", a.Votes)
	}
	const said = "Of 3 votes, lived-experience members and staff voted the same way in 1 (33%), differently in 1, and in 1 one side had no majority."
	md := string(a.Markdown())
	for _, want := range []string{"## Votes: lived experience and staff", "| 1 October 2026 | 3 | 1 | 1 | 1 | 1 |", said,
		"1 election was held by secret ballot."} {
		if !strings.Contains(md, want) {
			t.Errorf("the audit lacks %q:\n%s", want, md)
		}
	}
	if got := a.Questions[6].Evidence; !strings.Contains(strings.Join(got, "\n"), said) {
		t.Errorf("question 7's evidence lacks the votes: %q", got)
	}
	for _, format := range []string{a.Text(), string(a.HTML())} {
		if !strings.Contains(format, "Votes: lived experience and staff") {
			t.Errorf("a format lacks the votes section")
		}
	}
}

// The audit of a group that never voted has no votes section.
func TestAuditWithoutVotesSaysNothingOfThem(t *testing.T) {
	a, _ := fixtureAudit(t, Period{})
	if md := string(a.Markdown()); strings.Contains(md, "Votes:") {
		t.Errorf("an audit without votes has a votes section:\n%s", md)
	}
}

// The chair elected in a meeting is suggested while the term runs, and
// the rota says until when; then an election is due.
func TestElectedChairAcrossMeetings(t *testing.T) {
	h, folder, _ := votingHistory(t, 12)
	during := h.Suggest(folder.Roster.People(), folder.Group, nil, meetingDays[1])
	if during.Chair.Person.ID != "sian" || !strings.Contains(during.Chair.Reason, "elected chair on 1 October 2026, until 1 October 2027") {
		t.Errorf("during the term: %s (%s)", during.Chair.Person.ID, during.Chair.Reason)
	}
	if got := during.Chair.Term.Line(meetingDays[1]); got != "Siân Davies was elected chair on 1 October 2026 (4 votes to 2), until 1 October 2027. An election is due then." {
		t.Errorf("term line %q", got)
	}
	after := time.Date(2027, 10, 7, 10, 0, 0, 0, time.UTC)
	later := h.Suggest(folder.Roster.People(), folder.Group, nil, after)
	if strings.Contains(later.Chair.Reason, "elected") {
		t.Errorf("after the term: %s (%s)", later.Chair.Person.ID, later.Chair.Reason)
	}
	if got := later.Chair.Term.Line(after); !strings.Contains(got, "the term ended on 1 October 2027, so an election is due now") {
		t.Errorf("term line after %q", got)
	}
}

// The votes table has a row for each meeting that voted or held an
// election, and none for a meeting that did neither; the secret ballot
// is mentioned only when there was an election.
func TestAuditVotesTableHasTheMeetingsThatVoted(t *testing.T) {
	g := &inMemory{t: t}
	g.meet(1, quorate("vote Ask for a bigger room?", "for sian, mair, aled, claire", "against tom", "vote close")...)
	g.meet(8, quorate()...)
	_, folder, _ := sampleGroup(t)
	votes := func() string { // the votes section of the audit in Markdown
		md := string(BuildAudit(g.history(), Period{}, folder.Group, folder.Roster.People()).Markdown())
		_, s, _ := strings.Cut(md, "## Votes:")
		s, _, _ = strings.Cut(s, "\n## ")
		return s
	}
	md := votes()
	for _, want := range []string{"| 1 December 2026 | 1 | 1 | 0 | 0 | 0 |", "| All | 1 | 1 | 0 | 0 | 0 |"} {
		if !strings.Contains(md, want) {
			t.Errorf("votes without an election: the audit lacks %q:\n%s", want, md)
		}
	}
	for _, unwanted := range []string{"| 8 December 2026 |", "secret ballot"} {
		if strings.Contains(md, unwanted) {
			t.Errorf("votes without an election: the audit has %q:\n%s", unwanted, md)
		}
	}

	g.meet(15, quorate("elect chair: sian, mair", "tally sian 4", "tally mair 2", "elect close")...)
	md = votes()
	for _, want := range []string{"| 1 December 2026 | 1 | 1 | 0 | 0 | 0 |", "| 15 December 2026 | 0 | 0 | 0 | 0 | 1 |",
		"| All | 1 | 1 | 0 | 0 | 1 |", "1 election was held by secret ballot."} {
		if !strings.Contains(md, want) {
			t.Errorf("with an election: the audit lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "| 8 December 2026 |") {
		t.Errorf("with an election: the audit has a row for a meeting without votes:\n%s", md)
	}
}
