package history

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting"
)

// The audit report is built once as sections (paragraphs, a chart, a
// table) and written three ways from them: Markdown, HTML with inline SVG
// charts, and plain text with bars for the terminal. Every chart's numbers
// are also in its table, and every bar carries its number in words, so
// nothing is said by a bar's length or colour alone.

type section struct {
	id      string // for HTML anchors and chart ids
	heading string
	paras   []string
	chart   *chart
	table   *table
	extra   *table   // a second table, after the first
	after   []string // paragraphs after the tables
	annex   []Question
}

type chart struct {
	title string // what the chart shows
	desc  string // the chart in words, for people who cannot see it
	max   float64
	unit  string // "%" or "" (counts)
	bars  []bar
}

type bar struct {
	label string
	value float64
	text  string // the number in words, shown after the bar
}

type table struct {
	caption string
	head    []string
	rows    [][]string
	// numeric marks the columns that hold numbers (right-aligned in text).
	numeric []bool
}

// sections lays the audit out.
func (a *Audit) sections() []section {
	var out []section
	out = append(out, a.meetingsSection(), a.balanceSection())
	if s, ok := a.votesSection(); ok {
		out = append(out, s)
	}
	out = append(out, a.rolesSection(), a.speakingSection(),
		a.breaksSection(), a.plainSection(), a.actionsSection(), a.recognitionSection(), a.reflectionSection())
	out = append(out, section{id: "annex-a", heading: "The self-assessment questions (Annex A)",
		paras: []string{"The toolkit's questions, with what gyda's record shows for each. The record cannot answer them alone: talk them through as a group and write your own answers."},
		annex: a.Questions})
	return out
}

// intro is the report's opening paragraphs.
func (a *Audit) intro() []string {
	out := []string{"Period: " + a.Period.String() + "."}
	switch n := len(a.Meetings); n {
	case 0:
		out = append(out, "No meetings that ended are on record for this period.")
	default:
		out = append(out, fmt.Sprintf("From %s, %s to %s. Every figure comes from the meetings' own records in gyda; off-the-record notes are never read.",
			prose.Count(n, "meeting", "meetings"), dateText(a.Meetings[0].Date), dateText(a.Meetings[n-1].Date)))
	}
	return append(out, a.Notes...)
}

func (a *Audit) meetingsSection() section {
	t := &table{caption: "The meetings and who came", head: []string{"Date", "Meeting", "Length", "Lived experience", "Staff", "Guests", "Joined remotely"},
		numeric: []bool{false, false, false, true, true, true, true}}
	for _, m := range a.Meetings {
		t.rows = append(t.rows, []string{dateText(m.Date), m.Title, meeting.Span(m.Length), itoa(m.Lived), itoa(m.Staff), itoa(m.Guests), itoa(m.Remote)})
	}
	return section{id: "meetings", heading: "Meetings", table: t}
}

func (a *Audit) balanceSection() section {
	s := section{id: "balance", heading: "Balance at each decision",
		paras: []string{"A decision stands when the meeting is quorate and people with lived experience are at least as many as paid staff. Otherwise it is provisional, and goes to a later meeting to be ratified."}}
	c := &chart{title: "Decisions taken quorate and balanced, by meeting", max: 100, unit: "%"}
	t := &table{caption: "Decisions by meeting", head: []string{"Date", "Decisions", "Quorate and balanced", "Provisional", "Decision authority present"},
		numeric: []bool{false, true, true, true, true}}
	var words []string
	for _, m := range a.Meetings {
		t.rows = append(t.rows, []string{dateText(m.Date), itoa(m.Decisions), itoa(m.QuorateBalanced), itoa(m.Provisional), itoa(m.Authority)})
		if m.Decisions == 0 {
			c.bars = append(c.bars, bar{label: dateText(m.Date), text: "no decisions"})
			words = append(words, dateText(m.Date)+": no decisions")
			continue
		}
		p := percent(int64(m.QuorateBalanced), int64(m.Decisions))
		txt := fmt.Sprintf("%d%% (%d of %d)", p, m.QuorateBalanced, m.Decisions)
		c.bars = append(c.bars, bar{label: dateText(m.Date), value: float64(p), text: txt})
		words = append(words, dateText(m.Date)+": "+txt)
	}
	d := a.Decisions
	t.rows = append(t.rows, []string{"All", itoa(d.Total), itoa(d.QuorateBalanced), itoa(d.Provisional), itoa(d.Authority)})
	c.desc = "Share of decisions taken while quorate and balanced. " + joinSentences(words)
	s.chart, s.table = c, t
	if d.Provisional > 0 {
		s.after = append(s.after, fmt.Sprintf("Of the %s: %s.",
			prose.Count(d.Provisional, "provisional decision", "provisional decisions"), d.ratification("still waiting to be considered")))
	}
	return s
}

func (a *Audit) rolesSection() section {
	s := section{id: "roles", heading: "Who chaired and took the minutes",
		paras: []string{"Roles are shared when many people hold them, people with lived experience among them. A hand-over during a meeting counts for both people."}}
	byMeeting := &table{caption: "Roles by meeting", head: []string{"Date", "Chair", "Minutes"}}
	for _, m := range a.Meetings {
		byMeeting.rows = append(byMeeting.rows, []string{dateText(m.Date), holdersText(m.Chairs), holdersText(m.MinuteTakers)})
	}
	c := &chart{title: "Times each person chaired and took the minutes"}
	t := &table{caption: "Roles by person", head: []string{"Person", "Taking part as", "Chaired", "Took the minutes"}, numeric: []bool{false, false, true, true}}
	var words []string
	for _, r := range a.Roles {
		c.max = max(c.max, float64(r.Chaired), float64(r.Minuted))
		t.rows = append(t.rows, []string{r.Name, r.Kind.Label(), itoa(r.Chaired), itoa(r.Minuted)})
		if r.Chaired > 0 {
			c.bars = append(c.bars, bar{label: r.Name + ", chair", value: float64(r.Chaired), text: prose.Count(r.Chaired, "time", "times")})
		}
		if r.Minuted > 0 {
			c.bars = append(c.bars, bar{label: r.Name + ", minutes", value: float64(r.Minuted), text: prose.Count(r.Minuted, "time", "times")})
		}
		words = append(words, fmt.Sprintf("%s (%s): chaired %s, took the minutes %s", r.Name, r.Kind.Label(), prose.Count(r.Chaired, "time", "times"), prose.Count(r.Minuted, "time", "times")))
	}
	c.desc = strings.Join(words, "; ") + "."
	chairs, minuters := a.roleSpread()
	s.paras = append(s.paras, "Chaired by "+chairs+". Minutes taken by "+minuters+".")
	s.chart, s.table, s.extra = c, t, byMeeting
	return s
}

func (a *Audit) speakingSection() section {
	s := section{id: "speaking", heading: "Speaking time",
		paras: []string{"Speaking time counted by the speaking queue, by the kind of member each speaker was when they spoke. The share is of members' time: lived experience against staff."}}
	c := &chart{title: "Lived-experience members' share of speaking time, by meeting", max: 100, unit: "%"}
	t := &table{caption: "Speaking time by meeting", head: []string{"Date", "Lived experience", "Staff", "Guests", "Lived-experience share"}, numeric: []bool{false, true, true, true, true}}
	var words []string
	for _, m := range a.Meetings {
		sp := m.Speaking
		share, ok := m.LivedShare()
		shareText := "not recorded"
		if ok {
			shareText = fmt.Sprintf("%d%%", share)
			c.bars = append(c.bars, bar{label: dateText(m.Date), value: float64(share), text: shareText})
		} else {
			c.bars = append(c.bars, bar{label: dateText(m.Date), text: "the speaking queue was not used"})
		}
		words = append(words, dateText(m.Date)+": "+shareText)
		t.rows = append(t.rows, []string{dateText(m.Date), minutesText(sp.Lived), minutesText(sp.Staff), minutesText(sp.Guests), shareText})
	}
	c.desc = "Lived-experience members' share of members' speaking time. " + joinSentences(words)
	s.chart, s.table = c, t
	return s
}

func (a *Audit) breaksSection() section {
	s := section{id: "breaks", heading: "Breaks",
		paras: []string{"\"Timings of meetings and regular breaks.\" A break falls due after each spell of the group's break rhythm without one; a late break still meets it."}}
	c := &chart{title: "Breaks taken and breaks due, by meeting"}
	t := &table{caption: "Breaks by meeting", head: []string{"Date", "Breaks due", "Breaks taken"}, numeric: []bool{false, true, true}}
	var words []string
	for _, m := range a.Meetings {
		c.max = max(c.max, float64(m.BreaksDue), float64(m.BreaksTaken))
		c.bars = append(c.bars,
			bar{label: dateText(m.Date) + ", due", value: float64(m.BreaksDue), text: itoa(m.BreaksDue) + " due"},
			bar{label: dateText(m.Date) + ", taken", value: float64(m.BreaksTaken), text: itoa(m.BreaksTaken) + " taken"})
		t.rows = append(t.rows, []string{dateText(m.Date), itoa(m.BreaksDue), itoa(m.BreaksTaken)})
		words = append(words, fmt.Sprintf("%s: %d due, %d taken", dateText(m.Date), m.BreaksDue, m.BreaksTaken))
	}
	c.desc = joinSentences(words)
	s.chart, s.table = c, t
	return s
}

func (a *Audit) plainSection() section {
	s := section{id: "plain-english", heading: "Plain English in the minutes",
		paras: []string{"The words people typed into the minutes: notes, decisions, actions, declarations and reflections. They are checked for acronyms that are not in the group's glossary, sentences over 25 words, and words to avoid. Acronyms in the glossary are spelt out in the minutes and are not counted."}}
	c := &chart{title: "Plain-English findings, by meeting"}
	t := &table{caption: "Plain-English findings by meeting", head: []string{"Date", "Words checked", "Acronyms not in the glossary", "Long sentences", "Words to avoid"},
		numeric: []bool{false, true, true, true, true}}
	var words []string
	for _, m := range a.Meetings {
		p := m.Plain
		c.max = max(c.max, float64(p.Total()))
		c.bars = append(c.bars, bar{label: dateText(m.Date), value: float64(p.Total()), text: prose.Count(p.Total(), "finding", "findings")})
		t.rows = append(t.rows, []string{dateText(m.Date), itoa(p.Words), itoa(p.Acronyms), itoa(p.LongSentences), itoa(p.Avoid)})
		words = append(words, fmt.Sprintf("%s: %s", dateText(m.Date), prose.Count(p.Total(), "finding", "findings")))
	}
	p := a.Plain
	t.rows = append(t.rows, []string{"All", itoa(p.Words), itoa(p.Acronyms), itoa(p.LongSentences), itoa(p.Avoid)})
	c.desc = joinSentences(words)
	s.chart, s.table = c, t
	if len(p.Common) > 0 {
		s.after = append(s.after, "Found most often: "+prose.AndList(p.Common)+".")
	}
	return s
}

func (a *Audit) actionsSection() section {
	t := a.Actions
	s := section{id: "actions", heading: "Actions",
		paras: []string{"\"We said, we did it together.\" The actions agreed in the period and where they stand at the last meeting on record. Done on time means marked done at or before the first meeting after its date, without a new date."}}
	c := &chart{title: "Actions agreed in the period, by where they stand"}
	rows := []struct {
		label string
		n     int
	}{{"Done on time", t.DoneOnTime}, {"Done late", t.DoneLate}, {"Dropped", t.Dropped}, {"Still open", t.Open}}
	tab := &table{caption: "Actions by where they stand", head: []string{"Where they stand", "Actions"}, numeric: []bool{false, true}}
	var words []string
	for _, r := range rows {
		c.max = max(c.max, float64(r.n))
		c.bars = append(c.bars, bar{label: r.label, value: float64(r.n), text: itoa(r.n)})
		tab.rows = append(tab.rows, []string{r.label, itoa(r.n)})
		words = append(words, fmt.Sprintf("%s: %d", r.label, r.n))
	}
	tab.rows = append(tab.rows, []string{"Agreed", itoa(t.Agreed)}, []string{"Still open and past their date", itoa(t.Overdue)}, []string{"Given a new date at least once", itoa(t.Redated)})
	c.desc = fmt.Sprintf("%s agreed. %s", prose.Count(t.Agreed, "action", "actions"), joinSentences(words))
	s.chart, s.table = c, tab
	return s
}

func (a *Audit) recognitionSection() section {
	s := section{id: "recognition", heading: "Recognition of volunteers",
		paras: []string{
			fmt.Sprintf("%s gave %s at meetings and earned %s.", prose.Count(a.Volunteers, "volunteer", "volunteers"), hoursText(a.Hours), prose.Count(a.Credits, "time credit", "time credits")),
			fmt.Sprintf("Expenses recorded: %s for %s of mileage, and %s of other actual costs, for %s. The organisers' export, person by person, is gyda credits.",
				meeting.Money(a.Mileage), prose.Miles(a.Miles), meeting.Money(a.Other), prose.Count(a.Claimants, "person", "people")),
		}}
	return s
}

func (a *Audit) reflectionSection() section {
	s := section{id: "reflection", heading: "Reflection",
		paras: []string{"\"Did people feel meaningfully involved?\" Each meeting closes with a short reflection; a score out of 5 can start it (reflect 4/5 ...)."}}
	c := &chart{title: "Average reflection score out of 5, by meeting", max: 5}
	t := &table{caption: "Reflection by meeting", head: []string{"Date", "Reflections", "Scores given", "Average score"}, numeric: []bool{false, true, true, true}}
	var words []string
	for _, m := range a.Meetings {
		avg, ok := m.AverageScore()
		avgText := "none given"
		if ok {
			avgText = strconv.FormatFloat(avg, 'f', 1, 64) + " out of 5"
			c.bars = append(c.bars, bar{label: dateText(m.Date), value: avg, text: avgText})
		} else {
			c.bars = append(c.bars, bar{label: dateText(m.Date), text: "no scores given"})
		}
		t.rows = append(t.rows, []string{dateText(m.Date), itoa(m.Reflections), itoa(m.Scored), avgText})
		words = append(words, dateText(m.Date)+": "+avgText)
	}
	c.desc = joinSentences(words)
	s.chart, s.table = c, t
	return s
}

func holdersText(hs []Holder) string {
	if len(hs) == 0 {
		return "not recorded"
	}
	var parts []string
	for _, h := range hs {
		parts = append(parts, h.Name+" ("+h.Kind.Label()+")")
	}
	return prose.AndList(parts)
}

func dateText(day string) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return day
	}
	return longDate(t)
}

func minutesText(d time.Duration) string {
	if d == 0 {
		return "0m"
	}
	return meeting.Span(d)
}

func itoa(n int) string { return strconv.Itoa(n) }

func joinSentences(parts []string) string {
	if len(parts) == 0 {
		return ""
	}
	return prose.AndList(parts) + "."
}
