package minutes

import (
	"fmt"
	"time"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting"
)

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
	return "It was a secret ballot: " + prose.Count(n, "ballot was", "ballots were") + " counted."
}

func (e english) termUntil(t time.Time) string { return "The term runs until " + e.longDate(t) + "." }

func (english) erVotedOn() string { return "We voted on this:" }

func (english) erVoted(n int, choice meeting.Choice) string {
	switch choice {
	case meeting.ChoiceAbstain:
		return prose.Count(n, "person", "people") + " did not choose."
	case meeting.ChoiceAgainst:
		if n == 0 {
			return "Nobody voted against it."
		}
		return prose.Count(n, "person", "people") + " voted against it."
	}
	if n == 0 {
		return "Nobody voted for it."
	}
	return prose.Count(n, "person", "people") + " voted for it."
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
	return name + " got " + prose.Count(n, "vote", "votes") + "."
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
