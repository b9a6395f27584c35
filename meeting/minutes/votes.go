package minutes

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gyda/gyda/meeting"
)

// VoteRecord is a vote as minuted: its result (the counts, the counts by
// kind and the rule that decided it), with the members present who did
// not vote by name.
type VoteRecord struct {
	meeting.Tally
	NotVotedNames []string
}

// ElectionRecord is an election as minuted: each candidate's ballots
// (paper and screen together) and who was elected.
type ElectionRecord struct {
	meeting.Ballot
	// Names are the candidates' names, by roster id.
	Names map[string]string
	// Until is when the elected person's term ends, by [rotation] term;
	// zero when the group sets no term or nobody was elected.
	Until time.Time
}

// ranked is the candidates, the one elected first, then most votes
// first.
func (e *ElectionRecord) ranked() []meeting.CandidateCount {
	var out []meeting.CandidateCount
	if e.Elected != "" {
		out = append(out, meeting.CandidateCount{Person: e.Elected, Votes: e.Votes(e.Elected)})
	}
	return append(out, e.Others()...)
}

// Name is a candidate's name.
func (e *ElectionRecord) Name(id string) string { return e.Names[id] }

// voteRecord is the vote a decision is the result of, or nil.
func voteRecord(st *meeting.State, d meeting.Decision) *VoteRecord {
	if d.Vote == nil {
		return nil
	}
	v := &VoteRecord{Tally: *d.Vote}
	for _, id := range d.Vote.NotVoted {
		v.NotVotedNames = append(v.NotVotedNames, st.Name(id))
	}
	return v
}

// electionRecord is the election a decision is the result of, or nil.
func electionRecord(st *meeting.State, d meeting.Decision, local func(time.Time) time.Time) *ElectionRecord {
	if d.Election == nil {
		return nil
	}
	e := &ElectionRecord{Ballot: *d.Election, Names: map[string]string{}}
	for _, c := range d.Election.Counts {
		e.Names[c.Person] = st.Name(c.Person)
	}
	if term := st.Setup.Group.Rotation.Term; term > 0 && e.Elected != "" {
		e.Until = term.After(local(d.At))
	}
	return e
}

// Elections lists the meeting's elections, in order.
func (m *Model) Elections() []*ElectionRecord {
	var out []*ElectionRecord
	for _, it := range m.Items {
		for _, d := range it.Decisions {
			if d.Election != nil {
				out = append(out, d.Election)
			}
		}
	}
	return out
}

// decisionHead is a decision's first lines: its number and what was
// decided; for a vote, the question, the result, the counts by kind, who
// did not vote and the rule that decided it; for an election, who was
// elected with the counts.
func (b *builder) decisionHead(d Decision) []line {
	switch {
	case d.Vote != nil:
		v := d.Vote
		first := strong(b.fixed(func(p phrasebook) string { return p.voteDecision(d.Number, d.Provisional) }))
		lines := []line{append(first, text(": "), b.words(v.Question))}
		lines = append(lines, b.each(func(p phrasebook) string { return p.voteResult(v.Tally) })...)
		lines = append(lines, b.each(func(p phrasebook) string { return p.voteByKind(v.Tally) })...)
		if len(v.NotVotedNames) > 0 {
			lines = append(lines, b.each(func(p phrasebook) string { return p.notVoted(v.NotVotedNames) })...)
		}
		return append(lines, b.each(func(p phrasebook) string { return p.voteRule(v.Tally) })...)
	case d.Election != nil:
		e := d.Election
		first := strong(b.fixed(func(p phrasebook) string { return p.decision(d.Number, d.Provisional) }))
		first = append(first, text(": "))
		lines := []line{append(first, b.fixed(func(p phrasebook) string { return p.electionOf(e.Role) })...)}
		lines = append(lines, b.each(func(p phrasebook) string { return p.electionResult(e) })...)
		lines = append(lines, b.each(func(p phrasebook) string { return p.ballotsCounted(e.Ballots()) })...)
		if !e.Until.IsZero() {
			lines = append(lines, b.each(func(p phrasebook) string { return p.termUntil(e.Until) })...)
		}
		return lines
	}
	first := strong(b.fixed(func(p phrasebook) string { return p.decision(d.Number, d.Provisional) }))
	return []line{append(first, text(": "), b.words(d.Text))}
}

// erDecision is a decision in the easy-read summary.
func (b *builder) erDecision(d Decision) []line {
	switch {
	case d.Vote != nil:
		lines := b.each(func(p phrasebook) string { return p.erVotedOn() })
		lines = append(lines, line{sentence(b.words(d.Vote.Question))})
		all := d.Vote.All
		lines = append(lines, b.each(func(p phrasebook) string { return p.erVoted(all.For, meeting.ChoiceFor) })...)
		lines = append(lines, b.each(func(p phrasebook) string { return p.erVoted(all.Against, meeting.ChoiceAgainst) })...)
		if all.Abstain > 0 {
			lines = append(lines, b.each(func(p phrasebook) string { return p.erVoted(all.Abstain, meeting.ChoiceAbstain) })...)
		}
		return append(lines, b.each(func(p phrasebook) string { return p.erVoteOutcome(d.Vote.Verdict.Carried) })...)
	case d.Election != nil:
		e := d.Election
		lines := b.each(func(p phrasebook) string { return p.erElection(e) })
		if e.Ballots() > 0 {
			for _, c := range e.ranked() {
				lines = append(lines, b.each(func(p phrasebook) string { return p.erGotVotes(e.Name(c.Person), c.Votes) })...)
			}
		}
		return lines
	}
	return []line{{sentence(b.words(d.Text))}}
}

// votesCSV is votes.csv and elections.csv, when the meeting had votes
// and elections.
func votesCSV(m *Model, langs []phrasebook, date string) []File {
	word := func(f func(p phrasebook) string) string { return joinFixed(langs, f) }
	header := func(f func(p phrasebook) []string) []string { return csvHeader(langs, f) }
	x := newExpander(m.Glossary)
	itoa := strconv.Itoa
	votes := [][]string{header(func(p phrasebook) []string { return p.csvVotes() })}
	elections := [][]string{header(func(p phrasebook) []string { return p.csvElections() })}
	for _, it := range m.Items {
		for _, d := range it.Decisions {
			provisional := word(func(p phrasebook) string { return p.yesNo(d.Provisional) })
			if v := d.Vote; v != nil {
				votes = append(votes, []string{date, itoa(d.Number), itoa(it.Number), x.Expand(v.Question),
					word(func(p phrasebook) string { return p.result(v.Verdict.Carried) }),
					itoa(v.All.For), itoa(v.All.Against), itoa(v.All.Abstain),
					itoa(v.Lived.For), itoa(v.Lived.Against), itoa(v.Lived.Abstain),
					itoa(v.Staff.For), itoa(v.Staff.Against), itoa(v.Staff.Abstain),
					strings.Join(v.NotVotedNames, "; "), word(func(p phrasebook) string { return p.ruleName(v.Verdict.By) }), provisional})
			}
			if e := d.Election; e != nil {
				for _, c := range e.Counts {
					elected := word(func(p phrasebook) string { return p.yesNo(c.Person == e.Elected) })
					if slices.Contains(e.Tied, c.Person) {
						elected = word(func(p phrasebook) string { return p.tied() })
					}
					elections = append(elections, []string{date, itoa(d.Number), itoa(it.Number),
						word(func(p phrasebook) string { return p.role(e.Role) }), e.Name(c.Person), itoa(c.Votes), elected, provisional})
				}
			}
		}
	}
	var out []File
	if len(votes) > 1 {
		out = append(out, File{"votes.csv", WriteCSV(votes)})
	}
	if len(elections) > 1 {
		out = append(out, File{"elections.csv", WriteCSV(elections)})
	}
	return out
}

// icsElections adds to the calendar, for each person elected for a term,
// an all-day event on the day the term ends: an election is due.
func icsElections(w *icsWriter, m *Model, langs []phrasebook, lang, dtstamp string) {
	for _, e := range m.Elections() {
		if e.Until.IsZero() {
			continue
		}
		w.prop("BEGIN", "VEVENT")
		w.prop("UID", fmt.Sprintf("%s-election-%d@gyda", m.Key, e.Election))
		w.prop("DTSTAMP", dtstamp)
		w.prop("DTSTART;VALUE=DATE", e.Until.Format("20060102"))
		w.prop("DTEND;VALUE=DATE", e.Until.AddDate(0, 0, 1).Format("20060102"))
		w.prop("SUMMARY"+lang, icsText(joinFixed(langs, func(p phrasebook) string { return p.electionDueSummary(e) })))
		w.prop("DESCRIPTION"+lang, icsText(joinFixed(langs, func(p phrasebook) string { return p.electionDueDescription(m, e) })))
		w.prop("TRANSP", "TRANSPARENT")
		w.prop("STATUS", "CONFIRMED")
		w.prop("END", "VEVENT")
	}
}
