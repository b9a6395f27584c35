package setup

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/huh"

	"github.com/gyda/gyda/config"
)

// InitAnswers are the answers to gyda init's questions, as the form holds
// them. NewInitAnswers fills them from a group's settings; Group turns
// them back into settings.
type InitAnswers struct {
	Name         string
	MinPresent   string // a whole number, as typed
	MinLived     string // a whole number, as typed
	RemoteCounts bool
	BreakEvery   time.Duration
	BreakLength  time.Duration
	Formats      []string
	Language     string
	// defs holds what the form shows as placeholders (the quorum's
	// numbers): an empty answer keeps them.
	defs defaults
}

// NewInitAnswers returns the answers g gives, to start the form from
// (config.DefaultGroup for a new group).
func NewInitAnswers(g config.Group) *InitAnswers {
	return &InitAnswers{
		Name:         g.Name,
		MinPresent:   strconv.Itoa(g.Quorum.MinPresent),
		MinLived:     strconv.Itoa(g.Quorum.MinLivedExperience),
		RemoteCounts: g.Quorum.RemoteCounts,
		BreakEvery:   g.Breaks.Every.Duration,
		BreakLength:  g.Breaks.Length.Duration,
		Formats:      slices.Clone(g.Minutes.Formats),
		Language:     g.Minutes.Language,
	}
}

// maxQuorum is the largest quorum the form takes.
const maxQuorum = 50

// DefaultGroupName is the name a group gets when nobody gives one.
const DefaultGroupName = "Co-production Group"

// Group returns base with the answers put in: the group's name (or
// DefaultGroupName), its quorum, its breaks, and its minutes' formats
// (Markdown when none is chosen) and language. It checks the numbers
// again, whatever the form did.
func (a *InitAnswers) Group(base config.Group) (config.Group, error) {
	g := base
	g.Name = strings.Join(strings.Fields(a.Name), " ")
	if g.Name == "" {
		g.Name = DefaultGroupName
	}
	a.defs.keep()
	present, err := strconv.Atoi(strings.TrimSpace(a.MinPresent))
	if err != nil || present < 1 {
		return config.Group{}, fmt.Errorf("quorum: %q is not a number of people, 1 or more", a.MinPresent)
	}
	lived, err := strconv.Atoi(strings.TrimSpace(a.MinLived))
	if err != nil || lived < 0 {
		return config.Group{}, fmt.Errorf("quorum: %q is not a number of people, 0 or more", a.MinLived)
	}
	if lived > present {
		return config.Group{}, fmt.Errorf("quorum: %d lived-experience members cannot be more than the %d present in all", lived, present)
	}
	g.Quorum = config.Quorum{MinPresent: present, MinLivedExperience: lived, RemoteCounts: a.RemoteCounts}
	if a.BreakEvery > 0 {
		g.Breaks.Every = config.Duration{Duration: a.BreakEvery}
	}
	if a.BreakLength > 0 {
		g.Breaks.Length = config.Duration{Duration: a.BreakLength}
	}
	var formats []string
	for _, f := range config.MinutesFormats() { // in the usual order, each once
		if slices.Contains(a.Formats, f) {
			formats = append(formats, f)
		}
	}
	if len(formats) == 0 {
		formats = []string{"md"}
	}
	g.Minutes.Formats = formats
	if slices.Contains(config.Languages(), a.Language) {
		g.Minutes.Language = a.Language
	}
	return g, nil
}

// formatLabel says what a minutes format is.
func formatLabel(f string) string {
	switch f {
	case "md":
		return "Markdown (.md): plain text with headings"
	case "txt":
		return "Plain text (.txt)"
	case "html":
		return "Web page (.html)"
	case "docx":
		return "Word document (.docx), to share through Teams"
	case "ics":
		return "Calendar file (.ics)"
	case "csv":
		return "Spreadsheet (.csv)"
	}
	return f
}

// durationOptions offers lengths of time, with current among them.
func durationOptions(choices []time.Duration, current time.Duration, label func(time.Duration) string) []huh.Option[time.Duration] {
	if current > 0 && !slices.Contains(choices, current) {
		choices = append(choices, current)
		slices.Sort(choices)
	}
	out := make([]huh.Option[time.Duration], len(choices))
	for i, d := range choices {
		out[i] = huh.NewOption(label(d), d)
	}
	return out
}

// Form is gyda init's short form. It fills a as it is answered.
// accessible adds to each question, for huh's accessible mode, what an
// empty answer keeps.
func (a *InitAnswers) Form(accessible bool) *huh.Form {
	keep := func(title, current string) string { return keeps(accessible, title, current) }
	if a.defs == nil {
		a.defs = defaults{}
	}
	present, lived := a.defs.placeholder(&a.MinPresent), a.defs.placeholder(&a.MinLived)
	formats := make([]huh.Option[string], 0, len(config.MinutesFormats()))
	for _, f := range config.MinutesFormats() {
		formats = append(formats, huh.NewOption(formatLabel(f), f))
	}
	every := durationOptions([]time.Duration{45 * time.Minute, time.Hour, 75 * time.Minute, 90 * time.Minute, 2 * time.Hour}, a.BreakEvery,
		func(d time.Duration) string { return "Every " + config.Span(d) })
	length := durationOptions([]time.Duration{5 * time.Minute, 10 * time.Minute, 15 * time.Minute, 20 * time.Minute, 30 * time.Minute}, a.BreakLength,
		func(d time.Duration) string { return config.Span(d) })
	return huh.NewForm(
		huh.NewGroup(
			huh.NewNote().Title("A new Co-production Group").
				Description("A few questions about how your group meets. Every answer can be changed later in group.toml."),
			huh.NewInput().Title(keep("What is the group called?", a.Name)).Value(&a.Name).
				Placeholder(DefaultGroupName).CharLimit(120).Validate(plainText(200)),
		),
		huh.NewGroup(
			huh.NewInput().Title(keep("Quorum: how many members must be present for decisions to stand?", present)).
				Description("Staff and lived-experience members together.").Placeholder(present).
				Value(&a.MinPresent).Validate(wholeNumber(1, maxQuorum, &present,
				fmt.Sprintf("a quorum is how many members must be there, usually 4 to 12; a group with more than %d members at its meetings is rare", maxQuorum))),
			huh.NewInput().Title(keep("Of them, how many must be people who use services or carers?", lived)).Placeholder(lived).
				Value(&a.MinLived).Validate(func(s string) error {
				if err := wholeNumber(0, maxQuorum, &lived, "it cannot be more than the quorum")(s); err != nil {
					return err
				}
				l, _ := strconv.Atoi(strings.TrimSpace(cmpOr(s, lived)))
				if p, err := strconv.Atoi(strings.TrimSpace(cmpOr(a.MinPresent, present))); err == nil && l > p {
					return fmt.Errorf("that is more than the %d who must be present in all", p)
				}
				return nil
			}),
			huh.NewConfirm().Title("Do people joining remotely count towards the quorum?").
				Affirmative("Yes").Negative("No").Value(&a.RemoteCounts),
		),
		huh.NewGroup(
			huh.NewSelect[time.Duration]().Title(keep("How often is a break due?", "every "+config.Span(a.BreakEvery))).Options(every...).Value(&a.BreakEvery),
			huh.NewSelect[time.Duration]().Title(keep("How long is a break?", config.Span(a.BreakLength))).Options(length...).Value(&a.BreakLength),
		),
		huh.NewGroup(
			huh.NewMultiSelect[string]().Title(choose(accessible, "Which files should the minutes be written as? With none chosen, Markdown.")).
				Description("Choose any number; with none chosen, Markdown.").
				Options(formats...).Value(&a.Formats),
			huh.NewSelect[string]().Title(keep("Which language are the minutes written in?", languageLabel(a.Language))).
				Options(
					huh.NewOption(languageLabel("en"), "en"),
					huh.NewOption(languageLabel("cy"), "cy"),
					huh.NewOption(languageLabel("en+cy"), "en+cy"),
				).Value(&a.Language),
		),
	)
}

// languageLabel says what a minutes language is.
func languageLabel(l string) string {
	switch l {
	case "en":
		return "English"
	case "cy":
		return "Welsh (Cymraeg)"
	case "en+cy":
		return "Both: bilingual, English and Welsh"
	}
	return l
}

// keeps adds to a question, in accessible mode, what an empty answer
// keeps, since a screen reader cannot see the value in the field.
func keeps(accessible bool, title, current string) string {
	if !accessible || strings.TrimSpace(current) == "" {
		return title
	}
	return title + " [Enter keeps: " + current + "]"
}

// choose adds to a multiple choice, in accessible mode, how to answer it.
func choose(accessible bool, title string) string {
	if !accessible {
		return title
	}
	return title + " Type a number to tick or untick it, then 0 when done."
}

// cmpOr is s, or def when s is blank.
func cmpOr(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

// FirstMeeting is when a new group's first agenda is set: four weeks from
// now, on a weekday, at 10:00 in loc.
func FirstMeeting(now time.Time, loc *time.Location) time.Time {
	d := now.In(loc).AddDate(0, 0, 28)
	for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
		d = d.AddDate(0, 0, 1)
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 10, 0, 0, 0, loc)
}
