package setup

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/huh"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/meeting/plain"
	"github.com/gyda/gyda/roster"
)

// AgendaDraft is the next meeting's agenda while it is being built: the
// details (title, date, times, place) as typed, the items and papers, and
// what the last meeting left open. NewAgendaDraft fills it in from the
// group's past; the forms change it; Save writes it.
type AgendaDraft struct {
	Folder config.Folder
	// Path is the file it will be written to.
	Path string
	// Agenda holds the items and papers; its details are set from the
	// typed ones by ApplyDetails.
	Agenda config.Agenda
	// Last is the last meeting, or nil.
	Last *LastMeeting

	Title     string
	Date      string // as typed
	StartTime string // as typed
	EndTime   string // as typed; may be empty
	Place     string
	Online    bool

	// CarryChosen are the indices of Last.Carried to add as items.
	CarryChosen  []int
	carryOffered bool

	// defs holds what the details form shows as placeholders.
	defs defaults
}

// NewAgendaDraft starts the agenda to be written to path for the group in
// folder. The date is the one the last meeting set for the next (when it
// is still to come); or, before the group has met, that of the agenda
// already at path (or the next meeting it set) when it is still to come;
// or four weeks from now. The times, title, place and online come from the
// last meeting's agenda, or the agenda already at path, or the group; the
// items are the standing ones (config.OpeningItems and
// config.ClosingItems). Everything the last meeting left open is
// offered, and chosen, to carry over.
func NewAgendaDraft(folder config.Folder, path string, now time.Time) (*AgendaDraft, error) {
	loc := folder.Group.Location()
	d := &AgendaDraft{Folder: folder, Path: path}
	last, err := ReadLastMeeting(folder.Dir, folder.Roster)
	if err != nil {
		return nil, err
	}
	d.Last = last
	var prev, existing *config.Agenda
	if ag, err := config.LoadAgendaIn(path, folder.Roster, loc); err == nil {
		existing = &ag
	}
	if last != nil {
		prev = &last.Setup.Agenda
	} else {
		prev = existing
	}
	start := FirstMeeting(now, loc)
	end := start.Add(2 * time.Hour)
	d.Title = cmpOr(folder.Group.Name, DefaultGroupName)
	if prev != nil {
		d.Title, d.Place, d.Online = prev.Title, prev.Place, prev.Online
		ps := prev.Start.In(loc)
		start = time.Date(start.Year(), start.Month(), start.Day(), ps.Hour(), ps.Minute(), 0, 0, loc)
		end = start.Add(2 * time.Hour)
		if !prev.End.IsZero() {
			end = start.Add(prev.End.Sub(prev.Start))
		}
	}
	// The date: the one the last meeting set for the next, or else the
	// agenda already there if it is still to come, or else the next meeting
	// that agenda set.
	length := end.Sub(start)
	switch {
	case last != nil && last.Setup.Agenda.Next.After(now):
		start = nextStart(last.Setup.Agenda, start, loc)
	case last == nil && existing != nil && existing.Start.After(now):
		start = existing.Start.In(loc)
	case last == nil && existing != nil && existing.Next.After(now):
		start = nextStart(*existing, start, loc)
	}
	end = start.Add(length)
	d.Date = start.Format("2006-01-02")
	d.StartTime = start.Format("15:04")
	d.EndTime = end.Format("15:04")
	if last != nil {
		for i := range last.Carried {
			d.CarryChosen = append(d.CarryChosen, i)
		}
	}
	d.Agenda.Items = append(config.OpeningItems(), config.ClosingItems()...)
	return d, d.ApplyDetails()
}

// nextStart is when the meeting ag set as the next one starts: its next,
// at the time of day of like when next is a date alone.
func nextStart(ag config.Agenda, like time.Time, loc *time.Location) time.Time {
	next := ag.Next.In(loc)
	if !ag.NextDateOnly {
		return next
	}
	return time.Date(next.Year(), next.Month(), next.Day(), like.Hour(), like.Minute(), 0, 0, loc)
}

// ApplyDetails checks the typed details and puts them in the agenda.
func (d *AgendaDraft) ApplyDetails() error {
	d.defs.keep()
	loc := d.Folder.Group.Location()
	day, err := parseDate(d.Date, loc)
	if err != nil {
		return err
	}
	h, m, err := parseClock(d.StartTime)
	if err != nil {
		return fmt.Errorf("start: %w", err)
	}
	start := time.Date(day.Year(), day.Month(), day.Day(), h, m, 0, 0, loc)
	var end time.Time
	if cleared(d.EndTime) != "" {
		eh, em, err := parseClock(d.EndTime)
		if err != nil {
			return fmt.Errorf("end: %w", err)
		}
		end = time.Date(day.Year(), day.Month(), day.Day(), eh, em, 0, 0, loc)
		if !end.After(start) {
			return fmt.Errorf("the meeting ends at %s, which is not after it starts at %s", end.Format("15:04"), start.Format("15:04"))
		}
	}
	title := strings.Join(strings.Fields(d.Title), " ")
	if title == "" {
		return errors.New("give the meeting a title")
	}
	d.Agenda.Title, d.Agenda.Start, d.Agenda.End = title, start, end
	d.Agenda.Place, d.Agenda.Online = cleared(d.Place), d.Online
	return nil
}

// DetailsForm asks the title, date, times, place and whether people can
// join online.
//
// What each field holds is shown as its placeholder: typing replaces it,
// never adds to it, and an empty answer keeps it (ApplyDetails).
func (d *AgendaDraft) DetailsForm(accessible bool) *huh.Form {
	keep := func(title, current string) string { return keeps(accessible, title, current) }
	if d.defs == nil {
		d.defs = defaults{}
	}
	d.defs.keep() // a form left before: what it showed stands
	title, date, starts, ends, place := d.defs.placeholder(&d.Title), d.defs.placeholder(&d.Date),
		d.defs.placeholder(&d.StartTime), d.defs.placeholder(&d.EndTime), d.defs.placeholder(&d.Place)
	return huh.NewForm(huh.NewGroup(
		huh.NewNote().Title("The next meeting").Description("When and where it is. Dates like 3/12/2026 or 3 December 2026; times like 10:00 or 2pm."),
		huh.NewInput().Title(keep("Title", title)).Placeholder(title).Value(&d.Title).CharLimit(120).Validate(required("a title", &title)),
		huh.NewInput().Title(keep("Date", date)).Placeholder(date).Value(&d.Date).Validate(validDate(false, &date)),
		huh.NewInput().Title(keep("Starts at", starts)).Placeholder(starts).Value(&d.StartTime).Validate(validClock(&starts)),
		huh.NewInput().Title(keep("Ends at", ends)+clearHint(accessible, ends)).Placeholder(ends).Value(&d.EndTime).Validate(func(s string) error {
			if cleared(cmpOr(s, ends)) == "" {
				return nil
			}
			return validClock(&ends)(s)
		}),
		huh.NewInput().Title(keep("Place", place)+clearHint(accessible, place)).Placeholder(place).Value(&d.Place).CharLimit(200).Validate(plainText(200)),
		huh.NewConfirm().Title("Can people join online as well?").Affirmative("Yes").Negative("No").Value(&d.Online),
	))
}

// CarryForm offers what the last meeting left open as items; nil when it
// left nothing.
func (d *AgendaDraft) CarryForm(accessible bool) *huh.Form {
	if d.Last == nil || len(d.Last.Carried) == 0 {
		d.carryOffered = true
		return nil
	}
	opts := make([]huh.Option[int], len(d.Last.Carried))
	for i, c := range d.Last.Carried {
		opts[i] = huh.NewOption(c.Item.Title, i)
	}
	title := fmt.Sprintf("Left open at the meeting on %s: add these as items?", d.Last.Opened.In(d.Folder.Group.Location()).Format("2 January 2006"))
	return huh.NewForm(huh.NewGroup(huh.NewMultiSelect[int]().Title(choose(accessible, title)).
		Description("Open actions and provisional decisions to ratify. Each gets 5 minutes; change them after.").
		Options(opts...).Value(&d.CarryChosen)))
}

// ApplyCarried puts the chosen items from the last meeting in the agenda,
// after the standing items that open it (or after the items already
// carried, if called again).
func (d *AgendaDraft) ApplyCarried() {
	d.carryOffered = true
	if d.Last == nil {
		return
	}
	at := 0
	for at < len(d.Agenda.Items) && at < len(config.OpeningItems()) && d.Agenda.Items[at].Title == config.OpeningItems()[at].Title {
		at++
	}
	var add []config.Item
	for i, c := range d.Last.Carried {
		if slices.Contains(d.CarryChosen, i) && !slices.ContainsFunc(d.Agenda.Items, func(it config.Item) bool { return it.Title == c.Item.Title }) {
			add = append(add, c.Item)
		}
	}
	d.Agenda.Items = slices.Insert(d.Agenda.Items, at, add...)
}

// When describes the meeting's date and times in words.
func (d *AgendaDraft) When() string {
	loc := d.Folder.Group.Location()
	s := d.Agenda.Start.In(loc).Format("Monday 2 January 2006, 15:04")
	if !d.Agenda.End.IsZero() {
		s += " to " + d.Agenda.End.In(loc).Format("15:04")
	}
	if d.Agenda.Place != "" {
		s += ", " + d.Agenda.Place
	}
	if d.Agenda.Online {
		s += ", and online"
	}
	return s
}

// ItemDraft is an agenda item as its form holds it.
type ItemDraft struct {
	Title        string
	Minutes      string
	Lead         string
	Ladder       config.Ladder
	Confidential bool
}

// NewItemDraft starts a draft from it (a zero Item for a new one).
func NewItemDraft(it config.Item) *ItemDraft {
	d := &ItemDraft{Title: it.Title, Lead: it.Lead, Ladder: it.Ladder, Confidential: it.Confidential}
	if it.Minutes > 0 {
		d.Minutes = strconv.Itoa(it.Minutes)
	}
	return d
}

// Item returns the item the answers describe.
func (d *ItemDraft) Item() (config.Item, error) {
	it := config.Item{Title: strings.Join(strings.Fields(cleared(d.Title)), " "), Lead: d.Lead, Ladder: d.Ladder, Confidential: d.Confidential}
	if it.Title == "" {
		return config.Item{}, errors.New("give the item a title")
	}
	n, err := strconv.Atoi(strings.TrimSpace(d.Minutes))
	if err != nil || n < 1 {
		return config.Item{}, fmt.Errorf("give %q a number of minutes, 1 or more", it.Title)
	}
	it.Minutes = n
	return it, nil
}

// Form asks the item's title, minutes, lead (one of people, who are the
// active members), ladder and whether it is confidential.
func (d *ItemDraft) Form(accessible bool, people []roster.Person) *huh.Form {
	keep := func(title, current string) string { return keeps(accessible, title, current) }
	leads := []huh.Option[string]{huh.NewOption("No one in particular", "")}
	leadName := "no one in particular"
	for _, p := range people {
		leads = append(leads, huh.NewOption(p.Name, p.ID))
		if p.ID == d.Lead {
			leadName = p.Name
		}
	}
	if d.Lead != "" && !slices.ContainsFunc(people, func(p roster.Person) bool { return p.ID == d.Lead }) {
		leads = append(leads, huh.NewOption(d.Lead+" (not a current member)", d.Lead))
		leadName = d.Lead
	}
	ladders := []huh.Option[config.Ladder]{
		huh.NewOption("Not tagged", config.Ladder("")),
		huh.NewOption("Doing to: decided without the people it affects", config.DoingTo),
		huh.NewOption("Doing for: people are consulted or informed", config.DoingFor),
		huh.NewOption("Doing with: decided together, as equals", config.DoingWith),
	}
	ladderName := "not tagged"
	if d.Ladder != "" {
		ladderName = string(d.Ladder)
	}
	return huh.NewForm(huh.NewGroup(
		huh.NewInput().Title(keep("Item title, in plain words", d.Title)).Value(&d.Title).CharLimit(200).Validate(required("a title", &d.Title)),
		huh.NewInput().Title(keep("How many minutes?", d.Minutes)).Value(&d.Minutes).Validate(wholeNumber(1, 480, &d.Minutes)),
		huh.NewSelect[string]().Title(keep("Who leads it?", leadName)).Options(leads...).Value(&d.Lead),
		huh.NewSelect[config.Ladder]().Title(keep("Where is it on the ladder of co-production?", ladderName)).Options(ladders...).Value(&d.Ladder),
		huh.NewConfirm().Title("Confidential? Its notes stay out of the minutes (decisions and actions are still minuted).").
			Affirmative("Yes").Negative("No").Value(&d.Confidential),
	))
}

// PaperDraft is one of the meeting's papers as its form holds it.
type PaperDraft struct {
	Title   string
	Sent    string // a date as typed; empty when not sent yet
	Formats []string
}

// NewPaperDraft starts a draft from p (a zero Paper for a new one).
func NewPaperDraft(p config.Paper) *PaperDraft {
	d := &PaperDraft{Title: p.Title, Formats: slices.Clone(p.Formats)}
	if !p.Sent.IsZero() {
		d.Sent = p.Sent.Format("2006-01-02")
	}
	return d
}

// Paper returns the paper the answers describe, its sent date in loc.
func (d *PaperDraft) Paper(loc *time.Location) (config.Paper, error) {
	p := config.Paper{Title: strings.Join(strings.Fields(cleared(d.Title)), " ")}
	if p.Title == "" {
		return config.Paper{}, errors.New("give the paper its name")
	}
	if s := cleared(d.Sent); s != "" {
		t, err := parseDate(s, loc)
		if err != nil {
			return config.Paper{}, err
		}
		p.Sent = t
	}
	for _, f := range config.PaperFormats() {
		if slices.Contains(d.Formats, f) {
			p.Formats = append(p.Formats, f)
		}
	}
	return p, nil
}

// Form asks the paper's name, when it was sent and which versions were
// made; needs (from config.PaperNeeds) says who needs which.
func (d *PaperDraft) Form(accessible bool, needs []config.FormatNeed) *huh.Form {
	keep := func(title, current string) string { return keeps(accessible, title, current) }
	opts := make([]huh.Option[string], 0, 3)
	for _, f := range config.PaperFormats() {
		name := config.PaperFormatLabel(f)
		label := strings.ToUpper(name[:1]) + name[1:] + " version"
		for _, n := range needs {
			if n.Format == f {
				label += " (" + strings.Join(n.People, ", ") + " " + needOrNeeds(len(n.People)) + " it)"
			}
		}
		opts = append(opts, huh.NewOption(label, f))
	}
	return huh.NewForm(huh.NewGroup(
		huh.NewInput().Title(keep("Name of the paper", d.Title)).Value(&d.Title).CharLimit(200).Validate(required("the paper's name", &d.Title)),
		huh.NewInput().Title(keep("When was it sent to members? Leave empty if not yet", d.Sent)+clearHint(accessible, d.Sent)).
			Value(&d.Sent).Validate(validDate(true, &d.Sent)),
		huh.NewMultiSelect[string]().Title(choose(accessible, "Which versions were made?")).Options(opts...).Value(&d.Formats),
	))
}

// needOrNeeds agrees the verb with the number of people.
func needOrNeeds(n int) string {
	if n == 1 {
		return "needs"
	}
	return "need"
}

// Finding is one thing about an agenda worth a second look: a
// plain-English finding in an item's title or a paper's name, or a
// warning (config.AgendaWarnings). Key names what it is about, as
// config's errors name keys ("item[3].title").
type Finding struct {
	Key string
	Msg string
}

// String formats f as "key: message".
func (f Finding) String() string { return f.Key + ": " + f.Msg }

// Findings checks an agenda: config.AgendaWarnings, then plain English in
// the item titles and papers' names (with the group's glossary and words
// to avoid). The titles are checked as one text, so an acronym spelt out
// in one title need not be spelt out again.
func Findings(ag config.Agenda, g config.Group, people *roster.Roster) []Finding {
	var out []Finding
	for _, w := range config.AgendaWarnings(ag, g, people) {
		out = append(out, Finding{Key: w.Key, Msg: w.Msg})
	}
	var keys, titles []string
	for i, it := range ag.Items {
		keys, titles = append(keys, fmt.Sprintf("item[%d].title", i+1)), append(titles, it.Title)
	}
	for i, p := range ag.Papers {
		keys, titles = append(keys, fmt.Sprintf("paper[%d].title", i+1)), append(titles, p.Title)
	}
	c := plain.NewChecker(g.Glossary, g.Plain.Avoid)
	for _, f := range c.Check(strings.Join(titles, "\n\n")) {
		if f.Kind == plain.KindReadability {
			continue // a reading-ease score means little for a list of titles
		}
		i := (f.Line - 1) / 2
		if i < 0 || i >= len(keys) {
			continue
		}
		msg := string(f.Kind) + ": " + f.Message
		if f.Suggestion != "" {
			msg += " -> " + f.Suggestion
		}
		out = append(out, Finding{Key: keys[i], Msg: msg})
	}
	return out
}

// Save writes the agenda to d.Path after checking that it reads back the
// same. An agenda already there is kept: it is renamed to the date it was
// for (agendas/2026-11-05.toml), or has nothing to keep when it is the
// same. It returns what it did, in sentences.
func (d *AgendaDraft) Save() (string, error) {
	if err := d.ApplyDetails(); err != nil {
		return "", err
	}
	loc := d.Folder.Group.Location()
	data := config.FormatAgenda(d.Agenda, loc)
	back, err := config.ParseAgendaIn(d.Path, bytes.NewReader(data), d.Folder.Roster, loc)
	if err != nil {
		return "", fmt.Errorf("the agenda is not complete yet: %w", err)
	}
	if diff := config.AgendaDiff(d.Agenda, back); diff != "" {
		return "", fmt.Errorf("the agenda would not read back as it is (%s); nothing was written", diff)
	}
	var kept string
	if old, err := os.ReadFile(d.Path); err == nil {
		if bytes.Equal(old, data) {
			return fmt.Sprintf("%s already holds this agenda; nothing to change.", d.Path), nil
		}
		kept, err = d.keepOld(old)
		if err != nil {
			return "", err
		}
	}
	if err := config.WriteAgenda(d.Path, d.Agenda, d.Folder.Roster, loc, true); err != nil {
		if kept != "" {
			if rerr := os.Rename(kept, d.Path); rerr == nil {
				kept = ""
			}
		}
		return "", err
	}
	msg := fmt.Sprintf("Wrote %s: the agenda for %s.", d.Path, d.Agenda.Start.In(loc).Format("Monday 2 January 2006"))
	if kept != "" {
		msg += fmt.Sprintf(" The agenda that was there is kept as %s.", kept)
	}
	return msg, nil
}

// keepOld renames the agenda at d.Path (whose text is old) out of the way,
// to a name from the date it was for, and returns the new name.
func (d *AgendaDraft) keepOld(old []byte) (string, error) {
	name := "previous"
	if ag, err := config.ParseAgendaIn(d.Path, bytes.NewReader(old), nil, d.Folder.Group.Location()); err == nil {
		name = ag.Start.In(d.Folder.Group.Location()).Format("2006-01-02")
	}
	dir := filepath.Dir(d.Path)
	target := filepath.Join(dir, name+".toml")
	for n := 2; fileExists(target); n++ {
		target = filepath.Join(dir, fmt.Sprintf("%s-%d.toml", name, n))
	}
	if err := os.Rename(d.Path, target); err != nil {
		return "", fmt.Errorf("keep the agenda already at %s: %w; nothing was written", d.Path, err)
	}
	return target, nil
}
