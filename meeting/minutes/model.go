package minutes

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	gydatext "github.com/gyda/gyda/config/text"
	"sort"
	"strings"
	"time"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/roster"
	"slices"
)

// Model is everything the minutes say, in the order they say it, with
// times already in the group's time zone.
type Model struct {
	Group  string
	Title  string
	Date   time.Time // the day of the meeting, local
	Opened time.Time // local
	Ended  time.Time // local; zero if the meeting has not ended
	Place  string
	Online bool
	Demo   bool // a rehearsal with the built-in sample group

	Chair       []Holder // in order; more than one when handed over
	MinuteTaker []Holder

	Present      []Attendee // counted members who were present at any time, then visitors
	InAttendance []Attendee // guests and observers from the roster
	Apologies    []string   // names, only those who gave apologies

	Quorum QuorumRecord

	Declarations []Declaration
	// LastMinutes is what the record says of the minutes of the last
	// meeting, when an agenda item is for them; nil when none is.
	LastMinutes *LastMinutes
	Arising     Arising // matters arising: what earlier meetings left open
	Items       []Item
	Actions     []Action // the action log, every item's actions
	Reflections []Reflection

	Breaks        []Span
	Interruptions []Span
	Speaking      meeting.SpeakingShare

	Next         time.Time // the next meeting, if the agenda says; local
	NextDateOnly bool      // the agenda gave the next meeting's date but no time
	Planned      time.Duration

	Glossary map[string]string
	// Language is "en", "cy" or "en+cy": the language of the headings and
	// fixed phrases (people's own words stay as typed).
	Language string
	// LargePrint asks for large-print copies of the Word minutes too: set
	// by [minutes] large_print, or by anyone on the roster who needs large
	// print. (The HTML minutes always come with a large-print page.)
	LargePrint bool
	// Key is a short, stable name for this meeting, the same however often
	// its minutes are written: calendar entries are named from it.
	Key string
	// CreditsPerHour is the group's time credits for an hour present
	// ([recognition] credits_per_hour), as the meeting recorded it.
	CreditsPerHour float64
}

// Holder is someone who held a role, and from when.
type Holder struct {
	Name string
	From time.Time // local
	Item int       // the item when they took over
	// Left is when they left the meeting while holding the role, without
	// handing it over and without coming back to it; zero if they did not.
	Left time.Time // local
}

// Attendee is someone who was at the meeting.
type Attendee struct {
	Name         string
	Kind         roster.Kind
	Organisation string
	Remote       bool      // joined remotely (for all or part)
	InPerson     bool      // was in the room (for all or part)
	Arrived      time.Time // local, first arrival
	Left         time.Time // local, last departure; zero if there at the end
	Hours        float64   // time present
}

// Members counts those present who are members of the group (not
// visitors).
func (m *Model) Members() int {
	n := 0
	for _, a := range m.Present {
		if a.Kind.Counted() {
			n++
		}
	}
	return n
}

// Visitors counts the visitors present: people not in the roster.
func (m *Model) Visitors() int { return len(m.Present) - m.Members() }

// Volunteer reports whether the attendee gives their time as a volunteer
// (a person using services or a carer): volunteers earn time credits.
func (a Attendee) Volunteer() bool { return a.Kind.LivedExperience() }

// How says in person, remote, or both.
func (a Attendee) How() string {
	switch {
	case a.Remote && a.InPerson:
		return "in person and remote"
	case a.Remote:
		return "remote"
	}
	return "in person"
}

// QuorumRecord is the quorum and balance statement: when the meeting
// became quorate, when it was not quorate or not balanced after that, and
// how it stood at its fullest and at each decision.
type QuorumRecord struct {
	Decisions       int
	QuorateBalanced int // decisions taken quorate and balanced
	Provisional     int
	// Reached says the meeting was quorate at some point, first at
	// QuorateFrom; FellBelow that it then lost quorum, during Inquorate;
	// Unbalanced that staff outnumbered lived-experience members after it
	// became quorate, during UnbalancedFor. A span whose To is zero lasted
	// to the end of the meeting. Changes that were undone at the same
	// moment (three people marked as leaving one after another) are not
	// spans.
	Reached, FellBelow, Unbalanced bool
	QuorateFrom                    time.Time // local
	Inquorate, UnbalancedFor       []Span
	Highest                        meeting.Status // the most people present at once
	NeedPresent, NeedLived         int
	RemoteCounts                   bool
}

// Declaration is a declaration of interest.
type Declaration struct {
	Name      string
	Item      int
	ItemTitle string
	Text      string
}

// Item is one agenda item's minutes.
type Item struct {
	Number       int
	Title        string
	Lead         string
	Ladder       string
	Confidential bool
	Planned      time.Duration
	Took         time.Duration
	Visited      bool
	Notes        []string // never off-the-record notes, nor a confidential item's notes
	Decisions    []Decision
	Actions      []Action
	NotHeard     []string
	Cards        []RedCard    // red cards shown during the item
	Handovers    []RoleChange // roles handed over during the item
	Departures   []Departure  // the chair or minute-taker leaving during the item
	// IsBreak says the item is a break (its title, or break = true);
	// Breaks are the breaks taken during it.
	IsBreak bool
	Breaks  []Span
}

// Departure is the chair or the minute-taker (or someone who was both)
// leaving the meeting without handing the role over.
type Departure struct {
	Name  string
	Roles []meeting.Role
	At    time.Time // local
	Back  time.Time // local; when they came back still holding the role, or zero
}

// RedCard is a red card shown in the meeting: "stop, I have a question or
// I am not OK".
type RedCard struct {
	Name string
	At   time.Time // local
	// Paused says the card paused the meeting (it was not paused
	// already), Until when the pause ended (zero if the record stops
	// first).
	Paused bool
	Until  time.Time // local
}

// RoleChange is a role handed over during the meeting.
type RoleChange struct {
	Name string
	Role meeting.Role
	At   time.Time // local
}

// Decision is a decision as minuted.
type Decision struct {
	Number      int
	Text        string
	At          time.Time // local
	Provisional bool
	Reason      string
	Quorum      meeting.Status
	// NoAuthority says no staff member with decision authority was
	// present; Warnings are any other warnings the meeting recorded.
	NoAuthority bool
	Warnings    []string
	NotTaking   []string
	// Vote is the vote this decision is the result of, Election the
	// election; nil for a decision recorded as text.
	Vote     *VoteRecord
	Election *ElectionRecord
}

// Action is an action as minuted.
type Action struct {
	Number int
	Item   int
	Owner  string
	Due    time.Time // a date
	Text   string
}

// Reflection is part of the closing reflection.
type Reflection struct {
	Text  string // as typed, without the score
	Score int    // out of 5, or 0 when none was given
}

// LastMinutes is the agenda item for the minutes of the last meeting, and
// what was recorded there about agreeing them. gyda never says they were
// agreed: it quotes what the meeting recorded, or says nothing was.
type LastMinutes struct {
	Item    int
	Visited bool
	// Said is the item's notes and decisions that speak of agreeing or
	// approving the minutes (or the record), as typed.
	Said []string
}

// lastMinutes finds the item for the minutes of the last meeting, by its
// title, in English or Welsh.
func (m *Model) lastMinutes() {
	for _, it := range m.Items {
		if !mentions(it.Title, "minutes of the last meeting", "minutes of the previous meeting", "minutes of last meeting",
			"previous minutes", "last meeting's minutes", "cofnodion y cyfarfod diwethaf", "cofnodion y cyfarfod blaenorol",
			"cofnodion y cyfarfod cynt") {
			continue
		}
		lm := &LastMinutes{Item: it.Number, Visited: it.Visited}
		var texts []string
		texts = append(texts, it.Notes...)
		for _, d := range it.Decisions {
			texts = append(texts, d.Text)
		}
		for _, t := range texts {
			if mentions(t, "minutes", "record", "cofnod") && mentions(t, "agree", "approv", "accept", "confirm", "cytun", "cymeradw", "cadarnha") {
				lm.Said = append(lm.Said, t)
			}
		}
		m.LastMinutes = lm
		return
	}
}

// mentions reports whether text has any of the words, letter case and
// accents ignored.
func mentions(text string, words ...string) bool {
	t := roster.Fold(strings.ReplaceAll(text, "’", "'"))
	for _, w := range words {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// Arising is the matters arising: the open actions and provisional
// decisions earlier meetings carried to this one, and what this meeting
// did with each.
type Arising struct {
	Actions   []ArisingAction
	Decisions []ArisingDecision
}

// IsZero reports whether nothing was carried.
func (a Arising) IsZero() bool { return len(a.Actions) == 0 && len(a.Decisions) == 0 }

// ArisingAction is an action carried from an earlier meeting.
type ArisingAction struct {
	Number     int       // in this meeting's matters arising, 1-based
	FromDate   time.Time // the day of the meeting it was agreed at
	FromNumber int       // its number in that meeting
	Owner      string
	Due        time.Time
	Text       string
	// Outcome is what this meeting did: done, dropped or new-date; empty
	// when it was not reviewed, so it is carried on.
	Outcome meeting.Outcome
	NewDue  time.Time // with new-date
	Note    string
}

// ArisingDecision is a provisional decision carried from an earlier
// meeting to be ratified.
type ArisingDecision struct {
	Number     int
	FromDate   time.Time
	FromNumber int
	Text       string
	// Considered says this meeting ratified it or turned it down (Ratified
	// says which); if not, it is carried on.
	Considered bool
	Ratified   bool
	Note       string
	At         time.Time // local
	Quorum     meeting.Status
}

// Span is a stretch of time, local. In the quorum record a zero To means
// to the end of the meeting.
type Span struct {
	From, To time.Time
}

// Build replays a meeting's events and gathers its minutes.
func Build(setup *meeting.Setup, events []meeting.Event) (*Model, error) {
	st, err := meeting.Replay(setup, events)
	if err != nil {
		return nil, fmt.Errorf("build minutes: %w", err)
	}
	return FromState(st, events), nil
}

// FromState gathers the minutes from a replayed state and its events.
func FromState(st *meeting.State, events []meeting.Event) *Model {
	loc := st.Location()
	local := func(t time.Time) time.Time {
		if t.IsZero() {
			return t
		}
		return t.In(loc)
	}
	a := st.Setup.Agenda
	end := st.Ended
	if end.IsZero() {
		end = st.Last
	}
	m := &Model{
		Group: st.Setup.Group.Name, Title: a.Title, Place: a.Place, Online: a.Online, Demo: st.Setup.Demo,
		Opened: local(st.Opened), Ended: local(st.Ended), Next: local(a.Next), NextDateOnly: a.NextDateOnly,
		Glossary: st.Setup.Group.Glossary, Language: st.Setup.Group.Minutes.Language,
		LargePrint:     st.Setup.Group.Minutes.LargePrint,
		Speaking:       st.SpeakingByKind(0, end),
		CreditsPerHour: st.Setup.Group.Recognition.CreditsPerHour,
	}
	for _, it := range a.Items {
		m.Planned += time.Duration(it.Minutes) * time.Minute
	}
	for _, p := range st.Setup.People {
		if !p.Retired && p.HasNeed(roster.NeedLargePrint) {
			m.LargePrint = true
		}
	}
	m.Key = meetingKey(st.Setup.Group.Name, a.Title, st.Opened)
	m.Date = m.Opened
	if m.Date.IsZero() {
		m.Date = local(a.Start)
	}
	m.attendance(st, local, end)
	for _, h := range st.Handovers {
		holder := Holder{Name: st.Name(h.Person), From: local(h.At), Item: h.Item}
		if h.Role == meeting.RoleChair {
			m.Chair = append(m.Chair, holder)
		} else {
			m.MinuteTaker = append(m.MinuteTaker, holder)
		}
	}
	for _, id := range st.Apologies {
		if !everPresent(st, id) {
			m.Apologies = append(m.Apologies, st.Name(id))
		}
	}
	m.items(st, local, end)
	m.lastMinutes()
	m.quorum(st, events, local)
	for _, d := range st.Declarations {
		m.Declarations = append(m.Declarations, Declaration{Name: st.Name(d.Person), Item: d.Item,
			ItemTitle: a.Items[d.Item-1].Title, Text: d.Text})
	}
	for _, r := range st.Reflections {
		text := r.Text
		if r.Score > 0 {
			// "4/5 Everyone had a say": the score is shown on its own.
			if _, rest, ok := strings.Cut(strings.TrimSpace(text), " "); ok {
				text = strings.TrimSpace(rest)
			}
		}
		m.Reflections = append(m.Reflections, Reflection{Text: text, Score: r.Score})
	}
	m.arising(st, local)
	for _, b := range st.Breaks {
		to := b.To
		if to.IsZero() {
			to = end
		}
		m.Breaks = append(m.Breaks, Span{local(b.From), local(to)})
	}
	for _, g := range st.Interruptions {
		m.Interruptions = append(m.Interruptions, Span{local(g.From), local(g.To)})
	}
	gydatext.CleanAll(m) // every format is written from the model: clean it once, here
	return m
}

// arising gathers the matters arising and what the meeting did with them.
func (m *Model) arising(st *meeting.State, local func(time.Time) time.Time) {
	day := func(s string) time.Time {
		t, _ := time.Parse("2006-01-02", s)
		return t
	}
	for i, c := range st.Setup.Carried.Actions {
		a := ArisingAction{Number: i + 1, FromDate: day(c.Date), FromNumber: c.Number, Owner: c.OwnerName,
			Due: day(c.Due), Text: c.Text}
		if p, ok := st.Roster.Get(c.Owner); ok {
			a.Owner = p.Name
		}
		if a.Owner == "" {
			a.Owner = c.Owner
		}
		if r, ok := st.ActionReviewOf(i + 1); ok {
			a.Outcome, a.Note = r.Outcome, r.Note
			if r.Outcome == meeting.OutcomeNewDate {
				a.NewDue = day(r.Due)
			}
		}
		m.Arising.Actions = append(m.Arising.Actions, a)
	}
	for i, c := range st.Setup.Carried.Decisions {
		d := ArisingDecision{Number: i + 1, FromDate: day(c.Date), FromNumber: c.Number, Text: c.Text}
		if r, ok := st.RatificationOf(i + 1); ok {
			d.Considered, d.Ratified, d.Note, d.At, d.Quorum = true, r.Ratified, r.Note, local(r.At), r.Quorum
		}
		m.Arising.Decisions = append(m.Arising.Decisions, d)
	}
}

func anyoneSpoke(st *meeting.State, item int) bool {
	for _, t := range st.Turns {
		if t.Item == item {
			return true
		}
	}
	return false
}

func everPresent(st *meeting.State, id string) bool {
	for _, s := range st.Attendance {
		if s.Person == id {
			return true
		}
	}
	return false
}

func (m *Model) attendance(st *meeting.State, local func(time.Time) time.Time, end time.Time) {
	index := map[string]int{}
	var people []Attendee
	var ids []string
	for _, s := range st.Attendance {
		i, ok := index[s.Person]
		if !ok {
			p := st.Person(s.Person)
			i = len(people)
			index[s.Person] = i
			ids = append(ids, s.Person)
			people = append(people, Attendee{Name: p.Name, Kind: p.Kind, Organisation: p.Organisation, Arrived: local(s.From)})
		}
		a := &people[i]
		a.Remote = a.Remote || s.Remote
		a.InPerson = a.InPerson || !s.Remote
		to := s.To
		if to.IsZero() {
			to = end
			a.Left = time.Time{}
		} else {
			a.Left = local(s.To)
		}
		if to.After(s.From) {
			a.Hours += to.Sub(s.From).Hours()
		}
	}
	// Someone still present at the end left with the meeting.
	for i, id := range ids {
		if st.IsPresent(id) {
			people[i].Left = time.Time{}
		}
	}
	sort.SliceStable(people, func(i, j int) bool {
		return kindOrder(people[i].Kind) < kindOrder(people[j].Kind)
	})
	for _, p := range people {
		// A visitor is listed among those present, as a visitor with
		// their organisation; guests from the roster are in attendance.
		if p.Kind.Counted() || p.Kind == roster.Visitor {
			m.Present = append(m.Present, p)
		} else {
			m.InAttendance = append(m.InAttendance, p)
		}
	}
}

func kindOrder(k roster.Kind) int {
	kinds := roster.Kinds()
	if i := slices.Index(kinds, k); i >= 0 {
		return i
	}
	return len(kinds)
}

func (m *Model) items(st *meeting.State, local func(time.Time) time.Time, end time.Time) {
	a := st.Setup.Agenda
	for i, it := range a.Items {
		n := i + 1
		item := Item{Number: n, Title: it.Title, Ladder: string(it.Ladder), Confidential: it.Confidential,
			Planned: st.ItemPlanned(n), Took: st.ItemElapsed(n, end).Round(time.Second), Visited: st.Items[i].Visited}
		if it.Lead != "" {
			item.Lead = st.Name(it.Lead)
		}
		item.IsBreak = it.IsBreak()
		for _, b := range st.Breaks {
			if b.Item == n {
				to := b.To
				if to.IsZero() {
					to = end
				}
				item.Breaks = append(item.Breaks, Span{local(b.From), local(to)})
			}
		}
		// "Not heard" matters only where the speaking queue was used.
		if anyoneSpoke(st, n) {
			for _, p := range st.Items[i].NotSpoken {
				item.NotHeard = append(item.NotHeard, st.Name(p))
			}
		}
		m.Items = append(m.Items, item)
	}
	for _, note := range st.Notes {
		// Off-the-record notes never enter the model; nor do the notes of
		// a confidential item, so no format can print them by mistake.
		if note.OffRecord || a.Items[note.Item-1].Confidential {
			continue
		}
		m.Items[note.Item-1].Notes = append(m.Items[note.Item-1].Notes, note.Text)
	}
	for _, d := range st.Decisions {
		dec := Decision{Number: d.Number, Text: d.Text, At: local(d.At), Provisional: d.Provisional, Reason: d.Reason,
			Quorum: d.Quorum}
		for _, w := range d.Warnings {
			if strings.HasPrefix(w, noAuthorityWarning) {
				dec.NoAuthority = true
			} else {
				dec.Warnings = append(dec.Warnings, w)
			}
		}
		for _, p := range d.NotTaking {
			dec.NotTaking = append(dec.NotTaking, st.Name(p))
		}
		dec.Vote, dec.Election = voteRecord(st, d), electionRecord(st, d, local)
		m.Items[d.Item-1].Decisions = append(m.Items[d.Item-1].Decisions, dec)
	}
	for _, ac := range st.Actions {
		due, _ := time.Parse("2006-01-02", ac.Due)
		act := Action{Number: ac.Number, Item: ac.Item, Owner: st.Name(ac.Owner), Due: due, Text: ac.Text}
		m.Items[ac.Item-1].Actions = append(m.Items[ac.Item-1].Actions, act)
		m.Actions = append(m.Actions, act)
	}
	for _, c := range st.Cards {
		if c.Card == meeting.CardRed {
			m.Items[c.Item-1].Cards = append(m.Items[c.Item-1].Cards, RedCard{Name: st.Name(c.Person), At: local(c.At)})
		}
	}
	for _, h := range st.Handovers {
		if h.Item > 0 && !h.At.Equal(st.Opened) && h.At.Sub(st.Opened) > time.Minute {
			m.Items[h.Item-1].Handovers = append(m.Items[h.Item-1].Handovers,
				RoleChange{Name: st.Name(h.Person), Role: h.Role, At: local(h.At)})
		}
	}
}

func (m *Model) quorum(st *meeting.State, events []meeting.Event, local func(time.Time) time.Time) {
	q := &m.Quorum
	q.NeedPresent, q.NeedLived = st.Setup.Group.Quorum.MinPresent, st.Setup.Group.Quorum.MinLivedExperience
	q.RemoteCounts = st.Setup.Group.Quorum.RemoteCounts
	for _, d := range st.Decisions {
		q.Decisions++
		if d.Provisional {
			q.Provisional++
		} else {
			q.QuorateBalanced++
		}
	}
	// Walk the attendance changes to see how the meeting stood.
	replay, err := meeting.NewState(st.Setup)
	if err != nil {
		return
	}
	var inquorate, unbalanced spanner
	var roles roleWatch
	var card *RedCard // the red card the meeting is paused for
	// Taken-back events never happened: walk those that stand.
	for _, e := range meeting.Standing(events) {
		if replay.Apply(e) != nil {
			break
		}
		roles.see(m, replay, e, local)
		switch e.Type {
		case meeting.EvCard:
			if p := replay.Pause; e.Card == meeting.CardRed && p != nil && p.Kind == meeting.PauseRedCard && p.Since.Equal(e.At) {
				card = m.redCard(replay.Name(e.Person), local(e.At), replay.Item)
				if card != nil {
					card.Paused = true
				}
			}
		case meeting.EvResumedAfter, meeting.EvBreakStarted, meeting.EvEnded:
			if card != nil {
				card.Until, card = local(e.At), nil
			}
		}
		if e.Type != meeting.EvArrived && e.Type != meeting.EvLeft {
			continue
		}
		s := replay.Status()
		if s.Present > q.Highest.Present {
			q.Highest = s
		}
		at := local(e.At)
		if s.Quorate && !q.Reached {
			q.Reached, q.QuorateFrom = true, at
		}
		if q.Reached {
			inquorate.set(!s.Quorate, at)
			unbalanced.set(!s.Balanced, at)
		}
	}
	q.Inquorate, q.UnbalancedFor = inquorate.done(), unbalanced.done()
	q.FellBelow, q.Unbalanced = len(q.Inquorate) > 0, len(q.UnbalancedFor) > 0
	roles.done(m)
}

// roleWatch follows the chair and the minute-taker through the meeting's
// events, to minute either of them leaving without handing over.
type roleWatch struct {
	holder [2]int // how many have held each role so far: m.Chair[holder-1] holds it now
	away   [2]*departureAt
}

// departureAt finds a Departure in the model.
type departureAt struct{ item, i int }

func (d departureAt) get(m *Model) *Departure { return &m.Items[d.item].Departures[d.i] }

var watchedRoles = [2]meeting.Role{meeting.RoleChair, meeting.RoleMinuteTaker}

func (w *roleWatch) holders(m *Model, r int) []Holder {
	if r == 0 {
		return m.Chair
	}
	return m.MinuteTaker
}

// see takes one event, applied to st already.
func (w *roleWatch) see(m *Model, st *meeting.State, e meeting.Event, local func(time.Time) time.Time) {
	switch e.Type {
	case meeting.EvRole:
		for r, role := range watchedRoles {
			if e.Role == role {
				w.settle(m, r)
				w.holder[r]++
			}
		}
	case meeting.EvLeft:
		var at *departureAt
		for r, holder := range []string{st.Chair, st.Minutes} {
			if holder != e.Person || w.holder[r] == 0 || w.away[r] != nil {
				continue
			}
			if at == nil {
				it := &m.Items[st.Item-1]
				it.Departures = append(it.Departures, Departure{Name: st.Name(e.Person), At: local(e.At)})
				at = &departureAt{st.Item - 1, len(it.Departures) - 1}
			}
			d := at.get(m)
			d.Roles = append(d.Roles, watchedRoles[r])
			w.away[r] = at
		}
	case meeting.EvArrived:
		for r, holder := range []string{st.Chair, st.Minutes} {
			if holder == e.Person && w.away[r] != nil {
				w.away[r].get(m).Back = local(e.At)
				w.away[r] = nil
			}
		}
	}
}

// settle notes a holder who left and never came back to the role.
func (w *roleWatch) settle(m *Model, r int) {
	if at := w.away[r]; at != nil {
		if hs := w.holders(m, r); w.holder[r] <= len(hs) {
			hs[w.holder[r]-1].Left = at.get(m).At
		}
		w.away[r] = nil
	}
}

func (w *roleWatch) done(m *Model) {
	for r := range watchedRoles {
		w.settle(m, r)
	}
}

// redCard finds a red card in the minutes of the item it was shown in.
func (m *Model) redCard(name string, at time.Time, item int) *RedCard {
	cards := m.Items[item-1].Cards
	for i := range cards {
		if cards[i].Name == name && cards[i].At.Equal(at) {
			return &cards[i]
		}
	}
	return nil
}

// spanner gathers the spans of time a condition held.
type spanner struct {
	spans []Span
	since time.Time // zero while the condition does not hold
}

func (s *spanner) set(holds bool, at time.Time) {
	switch {
	case holds && s.since.IsZero():
		s.since = at
	case !holds && !s.since.IsZero():
		if at.After(s.since) {
			s.spans = append(s.spans, Span{From: s.since, To: at})
		}
		s.since = time.Time{}
	}
}

// done is the spans, the last one open (to the end) if the condition
// still held.
func (s *spanner) done() []Span {
	if !s.since.IsZero() {
		return append(s.spans, Span{From: s.since})
	}
	return s.spans
}

// noAuthorityWarning starts the warning the meeting records with a decision
// taken when no staff member with decision authority is present.
const noAuthorityWarning = "no staff member with decision authority is present"

// meetingKey names a meeting stably: the same group, title and opening time
// always give the same key.
func meetingKey(group, title string, opened time.Time) string {
	sum := sha256.Sum256([]byte(group + "\x00" + title + "\x00" + opened.UTC().Format(time.RFC3339Nano)))
	return hex.EncodeToString(sum[:8])
}
