package minutes

import (
	"fmt"
	"strings"
	"time"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting"
)

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
	return w.result(t.Verdict.Carried) + ". " + prose.UpperFirst(w.counts(t.All)) + "."
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
