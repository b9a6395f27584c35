package history

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting"
)

// annexA is the toolkit's self-assessment questions (Annex A of the WGLAM
// Regional Co-production Framework and Toolkit), in its own words,
// shortened to their questions.
func annexA() []string {
	return []string{
		"Does your organisation/board have a mechanism in place responsible for the development of services? If yes, does it have a clear Terms of Reference? Is coproduction referenced throughout it?",
		"Has your organisation/board actively sought people that use services or have used services and their carers to become involved? Have you identified the likely extent of the time commitment required from participants and made this clear at the outset?",
		"Has your organisation/board considered equity to enable a diverse group of individuals are able to participate effectively? Are travel expenses reimbursed? Are appropriate breaks and refreshments provided? 'Blended' meetings which allow both attendees in person, and virtual attendees?",
		"Do you have an equal split of people that are using services or have used services and their carers (people that are volunteering their time) and paid staff? Have you ensured that the members of staff representing your organisation have the appropriate decision making powers to enable decisions to be genuinely coproduced by the group?",
		"Think creatively of ways to break down the differences in power between paid staff and citizens. Does the language used in the meeting enable everyone to understand e.g. use of plain English, no jargon or acronyms?",
		"Identifying Assets with the Group: Do all the members of the group know the skills, knowledge and experience of all the individuals in the group? Do they know what the gaps are?",
		"Do all members of the group share the same vision? Is there good communication within the group? Are you making decisions and solving problems together as a group? Is the Chair able to confidently and constructively handle differences of opinion or situations of conflict?",
		"Is the responsibility of the group shared amongst participants? For example, are roles of the group rotated e.g. Chair, minute taker? Is training offered to support individuals to take on these roles? Are all individuals encouraged to participate? Are all contributions acknowledged and valued by the group?",
		"Are individuals in the group involved at every stage? - Design - Development - Monitoring, review and evaluation. Does your project focus on creating good outcomes rather than on outputs?",
		"Do you recognise the individuals that are volunteering their time? Can they be rewarded, for example, using time credits? Are their achievements and contributions celebrated?",
		"Do you need to challenge deadlines as a collective group to ensure that the work you are doing is true coproduction and not just tokenistic?",
	}
}

// questions lays the record beside Annex A.
func (a *Audit) questions() []Question {
	qs := make([]Question, len(annexA()))
	for i, text := range annexA() {
		qs[i] = Question{Number: i + 1, Text: text}
	}
	if len(a.Meetings) == 0 {
		return qs
	}
	add := func(n int, format string, args ...any) {
		qs[n-1].Evidence = append(qs[n-1].Evidence, fmt.Sprintf(format, args...))
	}
	n := len(a.Meetings)
	var length time.Duration
	blended, breaksDue, breaksTaken, redCards, notHeard := 0, 0, 0, 0, 0
	shareSum, shared := 0, 0
	ladder := map[config.Ladder]int{}
	for _, m := range a.Meetings {
		length += m.Length
		if m.Remote > 0 {
			blended++
		}
		breaksDue += m.BreaksDue
		breaksTaken += m.BreaksTaken
		redCards += m.RedCards
		notHeard += m.NotHeard
		if s, ok := m.LivedShare(); ok {
			shareSum += s
			shared++
		}
		for k, v := range m.Ladder {
			ladder[k] += v
		}
	}

	add(2, "%s in the period, %s long on average: a time commitment the group can tell newcomers.", prose.Count(n, "meeting", "meetings"), meeting.Span(length/time.Duration(n)))

	add(3, "%d of %d meetings were blended, with someone joining remotely.", blended, n)
	add(3, "Breaks: %d taken, %d fell due (a break is due after each spell of the group's break rhythm without one).", breaksTaken, breaksDue)
	if a.Claimants > 0 {
		add(3, "Travel and other expenses were recorded for %s: %s (actual costs only; mileage at the group's rate).", prose.Count(a.Claimants, "person", "people"), meeting.Money(a.Mileage+a.Other))
	} else {
		add(3, "No expenses were recorded in the meetings.")
	}

	d := a.Decisions
	if d.Total > 0 {
		add(4, "%d of %d decisions (%d%%) were taken while the meeting was quorate and balanced; %d were provisional.", d.QuorateBalanced, d.Total, percent(int64(d.QuorateBalanced), int64(d.Total)), d.Provisional)
		add(4, "A staff member with decision authority was present for %d of %d decisions.", d.Authority, d.Total)
	} else {
		add(4, "No decisions were recorded.")
	}
	lived, staff := 0, 0
	for _, m := range a.Meetings {
		lived += m.Lived
		staff += m.Staff
	}
	add(4, "On average %.1f people with lived experience and %.1f staff came to each meeting.", float64(lived)/float64(n), float64(staff)/float64(n))

	p := a.Plain
	if p.Total() == 0 {
		add(5, "Plain English in the minutes: no findings in %d words people typed.", p.Words)
	} else {
		add(5, "Plain English in the minutes: %s in %d words people typed (%s).", prose.Count(p.Total(), "finding", "findings"), p.Words,
			tally(tallied{p.Acronyms, "acronym not in the glossary", "acronyms not in the glossary"},
				tallied{p.LongSentences, "long sentence", "long sentences"}, tallied{p.Avoid, "word to avoid", "words to avoid"}))
	}
	if len(p.Common) > 0 {
		add(5, "Found most often: %s.", strings.Join(p.Common, ", "))
	}

	if d.Provisional > 0 {
		add(7, "Of %s: %s.", prose.Count(d.Provisional, "provisional decision", "provisional decisions"), d.ratification("still waiting"))
	}
	if v := a.Votes; v.Votes > 0 {
		add(7, "%s", v.Sentence())
	}
	if redCards > 0 {
		add(7, "%s shown: someone needed the meeting to stop.", prose.Count(redCards, "red card was", "red cards were"))
	}

	chairs, minuters := a.roleSpread()
	add(8, "Chaired by %s. Minutes taken by %s.", chairs, minuters)
	if tr := a.Trained; tr.Members > 0 {
		add(8, "Of the %s on the roster now, %d are trained to chair and %d to take the minutes.", prose.Count(tr.Members, "member", "members"), tr.Chair, tr.Minutes)
	}
	if shared > 0 {
		add(8, "People with lived experience had %d%% of members' speaking time on average, over %s where the speaking queue was used.", shareSum/shared, prose.Count(shared, "meeting", "meetings"))
	}
	if notHeard > 0 {
		add(8, "%s closed with a member present who had not been heard.", prose.Count(notHeard, "item was", "items were"))
	}
	if sum, scored := a.scores(); scored > 0 {
		add(8, "Reflection scores: %.1f out of 5 on average, from %s.", float64(sum*10/scored)/10, prose.Count(scored, "score", "scores"))
	}

	if total := ladder[config.DoingWith] + ladder[config.DoingFor] + ladder[config.DoingTo]; total > 0 {
		add(9, "Items on the ladder of co-production: %d doing with, %d doing for, %d doing to.", ladder[config.DoingWith], ladder[config.DoingFor], ladder[config.DoingTo])
	}

	add(10, "%s gave %s at meetings and earned %s.", prose.Count(a.Volunteers, "volunteer", "volunteers"), hoursText(a.Hours), prose.Count(a.Credits, "time credit", "time credits"))

	t := a.Actions
	if t.Agreed > 0 {
		s := prose.Count(t.Agreed, "action", "actions") + " agreed: " + tally(tallied{t.DoneOnTime, "done on time", ""},
			tallied{t.DoneLate, "done late", ""}, tallied{t.Dropped, "dropped", ""}, tallied{t.Open, "still open", ""})
		if t.Open > 0 {
			s += " (" + numberOrNone(t.Overdue) + " past their date)"
		}
		if t.Redated > 0 {
			s += "; " + strconv.Itoa(t.Redated) + " given a new date"
		}
		add(11, "%s.", s)
	}
	return qs
}

// ratification says what became of the provisional decisions, leaving
// out the noughts: "1 ratified at a later meeting and 1 still waiting".
func (d DecisionTotals) ratification(waiting string) string {
	return tally(tallied{d.Ratified, "ratified at a later meeting", ""}, tallied{d.NotRatified, "not ratified", ""},
		tallied{d.Waiting, waiting, ""})
}

// roleSpread says how the roles were spread across people and kinds.
func (a *Audit) roleSpread() (chairs, minuters string) {
	spread := func(pick func(RoleCount) int) string {
		people, lived, staff := 0, 0, 0
		for _, r := range a.Roles {
			if n := pick(r); n > 0 {
				people++
				if r.Kind.LivedExperience() {
					lived += n
				} else {
					staff += n
				}
			}
		}
		if people == 0 {
			return "nobody recorded"
		}
		return fmt.Sprintf("%s (%s by people with lived experience, %s by staff)", prose.Count(people, "person", "different people"), times(lived), times(staff))
	}
	return spread(func(r RoleCount) int { return r.Chaired }), spread(func(r RoleCount) int { return r.Minuted })
}

func (a *Audit) scores() (sum, scored int) {
	for _, m := range a.Meetings {
		sum += m.ScoreSum
		scored += m.Scored
	}
	return sum, scored
}

// times says how often: "none", "once", "twice", "3 times".
func times(n int) string {
	switch n {
	case 0:
		return "none"
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return strconv.Itoa(n) + " times"
}

// numberOrNone says "none" for 0, else the number.
func numberOrNone(n int) string {
	if n == 0 {
		return "none"
	}
	return strconv.Itoa(n)
}

// tallied is a count and what it counts, in the singular and plural
// (many may be empty when both are the same: "1 dropped", "2 dropped").
type tallied struct {
	n         int
	one, many string
}

// tally says counts as a list, leaving out the noughts: "1 done on time
// and 2 dropped"; "none" when all are nought.
func tally(ts ...tallied) string {
	var parts []string
	for _, t := range ts {
		if t.many == "" {
			t.many = t.one
		}
		if t.n > 0 {
			parts = append(parts, prose.Count(t.n, t.one, t.many))
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return prose.AndList(parts)
}

// hoursText says "7.5 hours" or "1 hour".
func hoursText(h float64) string {
	s := fmt.Sprintf("%.1f", h)
	s = strings.TrimSuffix(s, ".0")
	if s == "1" {
		return "1 hour"
	}
	return s + " hours"
}
