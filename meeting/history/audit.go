package history

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/plain"
	"github.com/gyda/gyda/roster"
)

// Audit is the co-production audit for a period: what the group's own
// record says about how it works together, laid beside the toolkit's
// self-assessment questions (Annex A) so the group can fill in the rest.
// Every figure comes from the meetings' journals.
type Audit struct {
	Group    string
	Period   Period
	Meetings []AuditMeeting

	Decisions DecisionTotals
	Votes     VoteAgreement // how lived experience and staff voted
	Roles     []RoleCount   // who chaired and took minutes, most first
	Actions   ActionTotals
	Recognition
	Plain PlainTotals
	// Trained is how many of the roster's active members are trained for
	// each role now.
	Trained   Trained
	Questions []Question
	// Notes say what was left out, and why.
	Notes []string
}

// AuditMeeting is one meeting's figures.
type AuditMeeting struct {
	ID, Date, Title string
	Length          time.Duration // opened to ended
	// Who came (everyone who was there at any time).
	Lived, Staff, Guests, Remote int
	// Decisions taken, and how many quorate and balanced; Authority is
	// how many with a staff member with decision authority present.
	Decisions, QuorateBalanced, Provisional, Authority int
	Chairs, MinuteTakers                               []Holder
	Speaking                                           meeting.SpeakingShare
	BreaksDue, BreaksTaken                             int
	RedCards                                           int
	NotHeard                                           int // items closed with a member not heard, where the queue was used
	Ladder                                             map[config.Ladder]int
	Plain                                              PlainCount
	Reflections, Scored, ScoreSum                      int
	Votes                                              VoteAgreement
}

// LivedShare is the lived-experience members' share of the speaking time
// given to members (guests left out), in whole per cent, and whether any
// speaking time was recorded.
func (m AuditMeeting) LivedShare() (int, bool) {
	total := m.Speaking.Lived + m.Speaking.Staff
	if total <= 0 {
		return 0, false
	}
	return percent(int64(m.Speaking.Lived), int64(total)), true
}

// AverageScore is the mean reflection score, to one decimal place, and
// whether anyone gave a score.
func (m AuditMeeting) AverageScore() (float64, bool) {
	if m.Scored == 0 {
		return 0, false
	}
	return float64(m.ScoreSum*10/m.Scored) / 10, true
}

// DecisionTotals are the decisions of the period.
type DecisionTotals struct {
	Total, QuorateBalanced, Provisional, Authority int
	// Ratified, NotRatified and Waiting are what became of the period's
	// provisional decisions.
	Ratified, NotRatified, Waiting int
}

// RoleCount is how often someone held the rotating roles in the period.
type RoleCount struct {
	Name             string
	Kind             roster.Kind
	Chaired, Minuted int
}

// ActionTotals are the period's actions and where they stand now.
type ActionTotals struct {
	Agreed, DoneOnTime, DoneLate, Dropped, Open, Overdue int
	// Redated is how many were given a new date at least once.
	Redated int
}

// Recognition is the volunteers' time and expenses in the period.
type Recognition struct {
	Volunteers int     // different volunteers who came
	Hours      float64 // volunteers' hours present
	Credits    int
	Claimants  int // people who claimed expenses
	Miles      float64
	Mileage    int // pence
	Other      int // pence
}

// PlainCount is plain-English findings in the words people typed into the
// minutes (notes, decisions, actions, declarations and reflections; never
// off-the-record notes or a confidential item's notes). Acronyms in the
// group's glossary are spelt out by the minutes and are not counted.
type PlainCount struct {
	Acronyms, LongSentences, Avoid int
	Words                          int // words checked
}

// Total is all the findings.
func (p PlainCount) Total() int { return p.Acronyms + p.LongSentences + p.Avoid }

// PlainTotals are the period's plain-English findings, with the words to
// avoid and unknown acronyms found most often.
type PlainTotals struct {
	PlainCount
	Common []string // "facilitate (2)", most found first, at most five
}

// Trained counts the active members and those trained for each role.
type Trained struct {
	Members, Chair, Minutes int
}

// Question is one of the toolkit's self-assessment questions (Annex A),
// with what gyda's record shows for it.
type Question struct {
	Number   int
	Text     string
	Evidence []string // empty when gyda records nothing that bears on it
}

// BuildAudit gathers the audit for the meetings of all in the period,
// with the group's rules and its roster now. The whole history is needed,
// because what became of an action or a provisional decision may be
// settled at a meeting after the period.
func BuildAudit(all *History, p Period, g config.Group, people []roster.Person) *Audit {
	h := all.Between(p)
	a := &Audit{Group: g.Name, Period: p, Notes: h.Notes()}
	for _, person := range people {
		if person.Retired || !person.Kind.Counted() {
			continue
		}
		a.Trained.Members++
		if person.TrainedFor(roster.RoleChair) {
			a.Trained.Chair++
		}
		if person.TrainedFor(roster.RoleMinutes) {
			a.Trained.Minutes++
		}
	}
	if n := len(h.Meetings); n > 0 && a.Group == "" {
		a.Group = h.Meetings[n-1].Setup.Group.Name
	}
	checker := plain.NewChecker(g.Glossary, g.Plain.Avoid)
	common := map[string]int{}
	roles := map[string]*RoleCount{}
	for _, m := range h.Meetings {
		am := auditMeeting(m, checker, common)
		a.Meetings = append(a.Meetings, am)
		a.Decisions.Total += am.Decisions
		a.Decisions.QuorateBalanced += am.QuorateBalanced
		a.Decisions.Provisional += am.Provisional
		a.Decisions.Authority += am.Authority
		a.Votes = a.Votes.plus(am.Votes)
		a.Plain.Acronyms += am.Plain.Acronyms
		a.Plain.LongSentences += am.Plain.LongSentences
		a.Plain.Avoid += am.Plain.Avoid
		a.Plain.Words += am.Plain.Words
		count := func(hs []Holder, chair bool) {
			for _, hd := range hs {
				rc := roles[hd.ID]
				if rc == nil {
					rc = &RoleCount{Name: hd.Name, Kind: hd.Kind}
					roles[hd.ID] = rc
				}
				if chair {
					rc.Chaired++
				} else {
					rc.Minuted++
				}
			}
		}
		count(am.Chairs, true)
		count(am.MinuteTakers, false)
	}
	for _, rc := range roles {
		a.Roles = append(a.Roles, *rc)
	}
	slices.SortFunc(a.Roles, func(x, y RoleCount) int {
		if c := cmp.Compare(y.Chaired+y.Minuted, x.Chaired+x.Minuted); c != 0 {
			return c
		}
		return cmp.Compare(x.Name, y.Name)
	})
	a.Plain.Common = commonWords(common, 5)
	a.ledger(all, h)
	a.recognition(h, g.Recognition.CreditsPerHour)
	a.Questions = a.questions()
	return a
}

func auditMeeting(m *Meeting, checker *plain.Checker, common map[string]int) AuditMeeting {
	st := m.State
	am := AuditMeeting{ID: m.ID, Date: m.Day(), Title: m.Title(), Length: st.Ended.Sub(st.Opened),
		Chairs: m.RoleHolders(roster.RoleChair), MinuteTakers: m.RoleHolders(roster.RoleMinutes),
		Speaking: st.SpeakingByKind(0, st.Ended), Ladder: map[config.Ladder]int{}}
	seen := map[string]bool{}
	for _, s := range st.Attendance {
		if seen[s.Person] {
			continue
		}
		seen[s.Person] = true
		switch k := st.Person(s.Person).Kind; {
		case k.LivedExperience():
			am.Lived++
		case k.IsStaff():
			am.Staff++
		default:
			am.Guests++
		}
	}
	remote := map[string]bool{}
	for _, s := range st.Attendance {
		if s.Remote && st.Person(s.Person).Kind.Counted() {
			remote[s.Person] = true
		}
	}
	am.Remote = len(remote)
	for _, d := range st.Decisions {
		am.Decisions++
		if d.Provisional {
			am.Provisional++
		} else {
			am.QuorateBalanced++
		}
		if d.Quorum.Authority {
			am.Authority++
		}
	}
	am.BreaksDue, am.BreaksTaken = breaks(st)
	for _, c := range st.Cards {
		if c.Card == meeting.CardRed {
			am.RedCards++
		}
	}
	for i, it := range st.Items {
		if len(it.NotSpoken) > 0 && spokeOn(st, i+1) {
			am.NotHeard++
		}
	}
	for i, it := range m.Setup.Agenda.Items {
		if it.Ladder != "" && st.Items[i].Visited {
			am.Ladder[it.Ladder]++
		}
	}
	for _, r := range st.Reflections {
		am.Reflections++
		if r.Score > 0 {
			am.Scored++
			am.ScoreSum += r.Score
		}
	}
	am.Plain = plainCount(m, checker, common)
	am.Votes = voteAgreement(st)
	return am
}

func spokeOn(st *meeting.State, item int) bool {
	for _, t := range st.Turns {
		if t.Item == item {
			return true
		}
	}
	return false
}

// breaks counts the breaks due and taken: a break falls due every
// [breaks] every of meeting time since the opening or the end of the last
// break, and a late break meets one of them.
func breaks(st *meeting.State) (due, taken int) {
	every := st.Setup.Group.Breaks.Every.Duration
	from := st.Opened
	gap := func(to time.Time) {
		if every > 0 && to.After(from) {
			due += int(to.Sub(from) / every)
		}
	}
	for _, b := range st.Breaks {
		gap(b.From)
		taken++
		from = b.To
		if from.IsZero() {
			from = st.Ended
		}
	}
	gap(st.Ended)
	return due, taken
}

// plainCount checks the words people typed into the meeting's minutes.
func plainCount(m *Meeting, checker *plain.Checker, common map[string]int) PlainCount {
	st := m.State
	var texts []string
	for _, n := range st.Notes {
		if !n.OffRecord && !m.Setup.Agenda.Items[n.Item-1].Confidential {
			texts = append(texts, n.Text)
		}
	}
	for _, d := range st.Decisions {
		texts = append(texts, d.Text)
	}
	for _, a := range st.Actions {
		texts = append(texts, a.Text)
	}
	for _, d := range st.Declarations {
		texts = append(texts, d.Text)
	}
	for _, r := range st.Reflections {
		texts = append(texts, r.Text)
	}
	var pc PlainCount
	for _, t := range texts {
		pc.Words += len(strings.Fields(t))
		for _, f := range checker.Check(t) {
			switch f.Kind {
			case plain.KindAcronym:
				if _, known := checker.Expansion(strings.TrimRight(strings.TrimSuffix(f.Text, "'s"), "s")); known {
					continue
				}
				if _, known := checker.Expansion(f.Text); known {
					continue
				}
				pc.Acronyms++
				common[f.Text]++
			case plain.KindLongSentence:
				pc.LongSentences++
			case plain.KindAvoid:
				pc.Avoid++
				common[strings.ToLower(f.Text)]++
			}
		}
	}
	return pc
}

func commonWords(counts map[string]int, n int) []string {
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b string) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	if len(words) > n {
		words = words[:n]
	}
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = fmt.Sprintf("%s (%d)", w, counts[w])
	}
	return out
}

// ledger counts the period's actions and provisional decisions, and what
// became of them by the last meeting on record.
func (a *Audit) ledger(all, period *History) {
	in := map[string]bool{}
	for _, m := range period.Meetings {
		in[m.ID] = true
	}
	last := ""
	if n := len(all.Meetings); n > 0 {
		last = all.Meetings[n-1].Day()
	}
	l := all.Ledger()
	for _, r := range l.Actions {
		if !in[r.Meeting] {
			continue
		}
		t := &a.Actions
		t.Agreed++
		if r.Redated {
			t.Redated++
		}
		switch {
		case r.Status == Done && r.OnTime:
			t.DoneOnTime++
		case r.Status == Done:
			t.DoneLate++
		case r.Status == Dropped:
			t.Dropped++
		default:
			t.Open++
			if r.Due < last {
				t.Overdue++
			}
		}
	}
	for _, d := range l.Decisions {
		if !in[d.Meeting] {
			continue
		}
		switch d.Status {
		case Ratified:
			a.Decisions.Ratified++
		case NotRatified:
			a.Decisions.NotRatified++
		default:
			a.Decisions.Waiting++
		}
	}
}

func (a *Audit) recognition(h *History, rate float64) {
	volunteers := map[string]bool{}
	claimants := map[string]bool{}
	for _, c := range h.Credits(rate) {
		if c.Kind.LivedExperience() {
			volunteers[c.Person] = true
			a.Hours += c.Hours
			a.Credits += c.Credits
		}
		if c.Expenses() > 0 {
			claimants[c.Person] = true
		}
		a.Miles += c.Miles
		a.Mileage += c.Mileage
		a.Other += c.Other
	}
	a.Volunteers, a.Claimants = len(volunteers), len(claimants)
}

func percent(part, whole int64) int {
	if whole <= 0 {
		return 0
	}
	return int((part*100 + whole/2) / whole)
}
