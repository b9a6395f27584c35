package minutes

import (
	"fmt"
	"strings"
	"time"

	"github.com/gyda/gyda/meeting"
)

// votePhrases are the minutes' words for votes and elections, in one
// language.
type votePhrases interface {
	voteDecision(n int, provisional bool) string // "Decision 3, by vote"
	voteResult(t meeting.Tally) string           // "Carried: 5 for, 3 against, 1 abstained."
	voteByKind(t meeting.Tally) string
	notVoted(names []string) string
	voteRule(t meeting.Tally) string
	electionOf(r meeting.Role) string // "election of the chair, by secret ballot"
	electionResult(e *ElectionRecord) string
	ballotsCounted(n int) string
	termUntil(t time.Time) string

	erVotedOn() string
	erVoted(n int, choice meeting.Choice) string // "2 people voted for it."
	erVoteOutcome(carried bool) string
	erElection(e *ElectionRecord) string
	erGotVotes(name string, n int) string // "Siân Davies got 3 votes.")

	csvVotes() []string
	csvElections() []string
	result(carried bool) string
	ruleName(r meeting.Rule) string
	yesNo(yes bool) string
	tied() string

	electionDueSummary(e *ElectionRecord) string
	electionDueDescription(m *Model, e *ElectionRecord) string
}

// candidateCounts says each candidate's ballots, elected first, then most
// first: "Siân Davies 3, Dafydd ap Gwilym 2".
func candidateCounts(e *ElectionRecord) string {
	var parts []string
	for _, c := range e.ranked() {
		parts = append(parts, fmt.Sprintf("%s %d", e.Name(c.Person), c.Votes))
	}
	return strings.Join(parts, ", ")
}

func (english) voteDecision(n int, provisional bool) string {
	if provisional {
		return fmt.Sprintf("Decision %d (provisional), by vote", n)
	}
	return fmt.Sprintf("Decision %d, by vote", n)
}

func (english) voteResult(t meeting.Tally) string { return t.Result() + ": " + t.All.String() + "." }

func (english) voteByKind(t meeting.Tally) string {
	return fmt.Sprintf("By kind: people with lived experience %s; staff %s.", t.Lived, t.Staff)
}

func (e english) notVoted(names []string) string {
	return "Present and did not vote: " + e.joinAnd(names) + "."
}

func (english) voteRule(t meeting.Tally) string { return t.RuleText() }

func (e english) electionOf(r meeting.Role) string {
	return "election of the " + e.role(r) + ", by secret ballot"
}

func (english) electionResult(e *ElectionRecord) string { return e.Sentence(e.Name) }

func (english) ballotsCounted(n int) string {
	return "It was a secret ballot: " + plural(n, "ballot was", "ballots were") + " counted."
}

func (e english) termUntil(t time.Time) string { return "The term runs until " + e.longDate(t) + "." }

func (english) erVotedOn() string { return "We voted on this:" }

func (english) erVoted(n int, choice meeting.Choice) string {
	switch choice {
	case meeting.ChoiceAbstain:
		return plural(n, "person", "people") + " did not choose."
	case meeting.ChoiceAgainst:
		if n == 0 {
			return "Nobody voted against it."
		}
		return plural(n, "person", "people") + " voted against it."
	}
	if n == 0 {
		return "Nobody voted for it."
	}
	return plural(n, "person", "people") + " voted for it."
}

func (english) erVoteOutcome(carried bool) string {
	if carried {
		return "So we agreed."
	}
	return "So we did not agree."
}

// erRole is the role as the easy-read summary says it.
func (english) erRole(r meeting.Role) string {
	if r == meeting.RoleMinuteTaker {
		return "minute-taker (the person who writes the notes)"
	}
	return "chair (the person who runs our meetings)"
}

func (e english) erElection(el *ElectionRecord) string {
	switch {
	case el.Elected != "":
		return fmt.Sprintf("We chose %s to be our %s.", el.Name(el.Elected), e.erRole(el.Role))
	case len(el.Tied) > 0:
		return fmt.Sprintf("We voted for our %s. The vote was a tie, so nobody was chosen.", e.erRole(el.Role))
	}
	return fmt.Sprintf("Nobody voted for our %s, so nobody was chosen.", e.erRole(el.Role))
}

func (english) erGotVotes(name string, n int) string {
	return name + " got " + plural(n, "vote", "votes") + "."
}

func (english) csvVotes() []string {
	return []string{"Date", "Decision", "Item", "Question", "Result", "For", "Against", "Abstained",
		"Lived experience for", "Lived experience against", "Lived experience abstained",
		"Staff for", "Staff against", "Staff abstained", "Present and did not vote", "Decided by", "Provisional"}
}

func (english) csvElections() []string {
	return []string{"Date", "Decision", "Item", "Role", "Candidate", "Votes", "Elected", "Provisional"}
}

func (english) result(carried bool) string {
	if carried {
		return "Carried"
	}
	return "Not carried"
}

func (english) ruleName(r meeting.Rule) string {
	switch r {
	case meeting.RuleTwoThirds:
		return "two-thirds majority"
	case meeting.RuleLived:
		return "lived experience must agree"
	}
	return "simple majority"
}

func (english) yesNo(yes bool) string {
	if yes {
		return "yes"
	}
	return "no"
}

func (english) tied() string { return "tied" }

func (e english) electionDueSummary(el *ElectionRecord) string {
	return fmt.Sprintf("Election due: %s's term as %s ends", el.Name(el.Elected), e.role(el.Role))
}

func (e english) electionDueDescription(m *Model, el *ElectionRecord) string {
	return fmt.Sprintf("%s was elected %s at the meeting of %s (%s). The term ends today: hold an election.",
		el.Name(el.Elected), e.role(el.Role), e.longDate(m.Date), m.Title)
}

// counts says votes in Welsh as "label: number", so no noun follows a
// numeral: "o blaid: 5; yn erbyn: 3; yn ymatal: 1".
func (welsh) counts(c meeting.Counts) string {
	return fmt.Sprintf("o blaid: %d; yn erbyn: %d; yn ymatal: %d", c.For, c.Against, c.Abstain)
}

// softRole is a role after a word that softens it: "yn gadeirydd", "am
// gofnodwr".
func (w welsh) softRole(r meeting.Role) string {
	s := w.role(r)
	if rest, ok := strings.CutPrefix(s, "c"); ok {
		return "g" + rest
	}
	return s
}

func (welsh) voteDecision(n int, provisional bool) string {
	if provisional {
		return fmt.Sprintf("Penderfyniad %d (dros dro), drwy bleidlais", n)
	}
	return fmt.Sprintf("Penderfyniad %d, drwy bleidlais", n)
}

func (w welsh) voteResult(t meeting.Tally) string {
	return w.result(t.Verdict.Carried) + ". " + upperFirst(w.counts(t.All)) + "."
}

func (w welsh) voteByKind(t meeting.Tally) string {
	return fmt.Sprintf("Yn ôl math: pobl â phrofiad bywyd (%s); staff (%s).", w.counts(t.Lived), w.counts(t.Staff))
}

func (w welsh) notVoted(names []string) string {
	return "Yn bresennol ond heb bleidleisio: " + w.joinAnd(names) + "."
}

// voteRule: as English, which rule decided the vote.
func (welsh) voteRule(t meeting.Tally) string {
	v, all, lived := t.Verdict, t.All, t.Lived
	majority := "mwyafrif syml (mwy o blaid nag yn erbyn; nid yw ymatal yn cyfrif)"
	if t.Rules.TwoThirds {
		majority = fmt.Sprintf("mwyafrif o ddwy ran o dair (%d o'r %d a bleidleisiodd o blaid neu yn erbyn)", meeting.TwoThirdsOf(all), all.For+all.Against)
	}
	by := "f" + majority[1:] // "drwy" softens "mwyafrif"

	const must = ", ac mae rheolau'r grŵp yn dweud bod rhaid iddyn nhw gytuno."
	switch {
	case v.Carried && v.LivedAgreed:
		return fmt.Sprintf("Derbyniwyd drwy %s, a chytunodd yr aelodau â phrofiad bywyd (o blaid: %d; yn erbyn: %d), fel y mae rheolau'r grŵp yn ei ofyn.",
			by, lived.For, lived.Against)
	case v.Carried:
		return "Derbyniwyd drwy " + by + "."
	case v.By == meeting.RuleLived && v.Tie:
		return fmt.Sprintf("Ni dderbyniwyd: roedd yr aelodau â phrofiad bywyd yn gyfartal (o blaid: %d; yn erbyn: %d)%s", lived.For, lived.Against, must)
	case v.By == meeting.RuleLived && lived.For+lived.Against == 0:
		return "Ni dderbyniwyd: ni phleidleisiodd unrhyw aelod â phrofiad bywyd o blaid nac yn erbyn" + must
	case v.By == meeting.RuleLived:
		return fmt.Sprintf("Ni dderbyniwyd: ni chytunodd yr aelodau â phrofiad bywyd (o blaid: %d; yn erbyn: %d)%s", lived.For, lived.Against, must)
	case v.Tie:
		return fmt.Sprintf("Ni dderbyniwyd: roedd y bleidlais yn gyfartal (o blaid: %d; yn erbyn: %d). Nid yw gyda byth yn torri pleidlais gyfartal.", all.For, all.Against)
	case all.For+all.Against == 0:
		return "Ni dderbyniwyd: ni phleidleisiodd neb o blaid nac yn erbyn."
	}
	return "Ni dderbyniwyd: roedd angen " + majority + "."
}

func (w welsh) electionOf(r meeting.Role) string {
	return "ethol " + w.role(r) + ", drwy bleidlais gudd"
}

func (w welsh) electionResult(e *ElectionRecord) string {
	switch {
	case e.Elected != "":
		return fmt.Sprintf("Etholwyd %s yn %s. Pleidleisiau: %s.", e.Name(e.Elected), w.softRole(e.Role), candidateCounts(e))
	case len(e.Tied) > 0:
		return fmt.Sprintf("Roedd y bleidlais am %s yn gyfartal: %s. Ni chafodd neb ei ethol; nid yw gyda byth yn torri pleidlais gyfartal.",
			w.softRole(e.Role), candidateCounts(e))
	}
	return fmt.Sprintf("Ni chyfrifwyd unrhyw bleidlais yn yr etholiad am %s, felly ni chafodd neb ei ethol.", w.softRole(e.Role))
}

func (welsh) ballotsCounted(n int) string {
	return fmt.Sprintf("Pleidlais gudd oedd hi. Pleidleisiau a gyfrifwyd: %d.", n)
}

func (w welsh) termUntil(t time.Time) string {
	return "Mae'r tymor yn para tan " + adverbial(w.longDate(t)) + "."
}

func (welsh) erVotedOn() string { return "Fe wnaethon ni bleidleisio ar hyn:" }

// people says a number of people: "1 person", "5 o bobl".
func (welsh) people(n int) string {
	if n == 1 {
		return "1 person"
	}
	return fmt.Sprintf("%d o bobl", n)
}

func (w welsh) erVoted(n int, choice meeting.Choice) string {
	switch choice {
	case meeting.ChoiceAbstain:
		return "Wnaeth " + w.people(n) + " ddim dewis."
	case meeting.ChoiceAgainst:
		if n == 0 {
			return "Ni phleidleisiodd neb yn erbyn."
		}
		return "Pleidleisiodd " + w.people(n) + " yn erbyn."
	}
	if n == 0 {
		return "Ni phleidleisiodd neb o blaid."
	}
	return "Pleidleisiodd " + w.people(n) + " o blaid."
}

func (welsh) erVoteOutcome(carried bool) string {
	if carried {
		return "Felly fe wnaethon ni gytuno."
	}
	return "Felly wnaethon ni ddim cytuno."
}

func (w welsh) erElection(el *ElectionRecord) string {
	switch {
	case el.Elected != "":
		return fmt.Sprintf("Fe wnaethon ni ddewis %s yn %s.", el.Name(el.Elected), w.softRole(el.Role))
	case len(el.Tied) > 0:
		return fmt.Sprintf("Roedd y bleidlais am %s yn gyfartal, felly ni chafodd neb ei ddewis.", w.softRole(el.Role))
	}
	return fmt.Sprintf("Ni phleidleisiodd neb, felly ni chafodd neb ei ddewis yn %s.", w.softRole(el.Role))
}

// erGotVotes: "label: number", so no noun follows the numeral.
func (welsh) erGotVotes(name string, n int) string {
	return fmt.Sprintf("Pleidleisiau i %s: %d.", name, n)
}

func (welsh) csvVotes() []string {
	return []string{"Dyddiad", "Penderfyniad", "Eitem", "Cwestiwn", "Canlyniad", "O blaid", "Yn erbyn", "Yn ymatal",
		"Profiad bywyd o blaid", "Profiad bywyd yn erbyn", "Profiad bywyd yn ymatal",
		"Staff o blaid", "Staff yn erbyn", "Staff yn ymatal", "Yn bresennol heb bleidleisio", "Penderfynwyd gan", "Dros dro"}
}

func (welsh) csvElections() []string {
	return []string{"Dyddiad", "Penderfyniad", "Eitem", "Rôl", "Ymgeisydd", "Pleidleisiau", "Etholwyd", "Dros dro"}
}

func (welsh) result(carried bool) string {
	if carried {
		return "Derbyniwyd"
	}
	return "Ni dderbyniwyd"
}

func (welsh) ruleName(r meeting.Rule) string {
	switch r {
	case meeting.RuleTwoThirds:
		return "mwyafrif o ddwy ran o dair"
	case meeting.RuleLived:
		return "rhaid i bobl â phrofiad bywyd gytuno"
	}
	return "mwyafrif syml"
}

func (welsh) yesNo(yes bool) string {
	if yes {
		return "ie"
	}
	return "na"
}

func (welsh) tied() string { return "cyfartal" }

func (w welsh) electionDueSummary(el *ElectionRecord) string {
	return fmt.Sprintf("Etholiad yn ddyledus: tymor %s fel %s yn dod i ben", el.Name(el.Elected), w.role(el.Role))
}

func (w welsh) electionDueDescription(m *Model, el *ElectionRecord) string {
	return fmt.Sprintf("Etholwyd %s yn %s yng nghyfarfod %s (%s). Mae'r tymor yn dod i ben heddiw: cynhaliwch etholiad.",
		el.Name(el.Elected), w.softRole(el.Role), w.shortDate(m.Date), m.Title)
}
