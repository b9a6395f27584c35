// Package config loads a group's files (group.toml, roster.toml and the
// agendas) and checks them. Every error names the file, the line and the key
// and says what is allowed; a bad file yields an error and no value, so it
// changes nothing. It is pure domain code and imports no UI.
//
// Errors are *Error values reading "file:line: key: message"; a file with
// several problems gives them all, joined with errors.Join in line order
// (Errors lists them). Keys name entries of lists and arrays of tables
// counting from 1, as a person reading the file would: item[2].minutes is
// the second [[item]]. A key that is missing is reported at the line of the
// table that should hold it (line 1 for the top of the file). Unknown keys
// are errors, so a typo never silently drops a rule.
//
// Dates and times in an agenda written without an offset
// (start = 2026-12-03T10:00:00) are wall-clock times in the group's time
// zone: ParseAgendaIn takes the zone, and ParseAgenda uses Europe/London.
// A date alone is accepted for next (the next meeting), not for start.
package config

import (
	"time"

	"github.com/gyda/gyda/roster"
)

// Group is group.toml: the group's name and its rules.
type Group struct {
	Name     string            `toml:"name" json:"name"`
	Timezone string            `toml:"timezone" json:"timezone,omitempty"` // IANA name; default Europe/London
	Theme    string            `toml:"theme" json:"theme,omitempty"`       // auto | dark | light | high-contrast
	Quorum   Quorum            `toml:"quorum" json:"quorum"`
	Breaks   Breaks            `toml:"breaks" json:"breaks"`
	Minutes  Minutes           `toml:"minutes" json:"minutes"`
	Glossary map[string]string `toml:"glossary" json:"glossary,omitempty"`
	Plain    Plain             `toml:"plain" json:"plain,omitempty"`
	Share    Share             `toml:"share" json:"share,omitempty"`
}

// Quorum is the [quorum] table: who must be present for decisions to stand.
type Quorum struct {
	MinPresent         int  `toml:"min_present" json:"min_present"`
	MinLivedExperience int  `toml:"min_lived_experience" json:"min_lived_experience"`
	RemoteCounts       bool `toml:"remote_counts" json:"remote_counts"`
}

// Breaks is the [breaks] table: how often a break is due and how long it is.
type Breaks struct {
	Every  Duration `toml:"every" json:"every"`
	Length Duration `toml:"length" json:"length"`
}

// Minutes is the [minutes] table: which files are written and in what language.
type Minutes struct {
	Formats    []string `toml:"formats" json:"formats,omitempty"`
	Language   string   `toml:"language" json:"language,omitempty"` // en | cy | en+cy
	LargePrint bool     `toml:"large_print" json:"large_print,omitempty"`
}

// Plain is the [plain] table: the group's own words to avoid, each with a
// plainer word, added to the built-in list.
type Plain struct {
	Avoid map[string]string `toml:"avoid" json:"avoid,omitempty"`
}

// Share is the [share] table: settings for remote attendees over SSH.
type Share struct {
	// Grace is how long a dropped connection waits before the person is
	// recorded as leaving.
	Grace Duration `toml:"grace" json:"grace,omitempty"`
}

// Ladder is where an agenda item sits on the ladder of co-production.
type Ladder string

// The rungs of the ladder that an item can be tagged with.
const (
	DoingTo   Ladder = "doing to"
	DoingFor  Ladder = "doing for"
	DoingWith Ladder = "doing with"
)

// Agenda is one meeting's agenda file (agendas/*.toml).
type Agenda struct {
	Title  string    `toml:"title" json:"title"`
	Start  time.Time `toml:"start" json:"start"`
	Place  string    `toml:"place" json:"place,omitempty"`
	Online bool      `toml:"online" json:"online,omitempty"`
	// Next is when the group meets next, if known.
	Next time.Time `toml:"next" json:"next,omitempty"`
	// NextDateOnly is true when next was written as a date without a
	// time; Next is then midnight of that day.
	NextDateOnly bool   `toml:"-" json:"next_date_only,omitempty"`
	Items        []Item `toml:"item" json:"items"`
}

// Item is one agenda item.
type Item struct {
	Title        string `toml:"title" json:"title"`
	Minutes      int    `toml:"minutes" json:"minutes"`     // the time it is given, 1 or more
	Lead         string `toml:"lead" json:"lead,omitempty"` // a roster id
	Ladder       Ladder `toml:"ladder" json:"ladder,omitempty"`
	Confidential bool   `toml:"confidential" json:"confidential,omitempty"`
}

// Duration is a length of time written in TOML as a string such as "60m"
// or "1h30m".
type Duration struct{ time.Duration }

// Folder is a group folder loaded whole: its group.toml and roster.toml.
type Folder struct {
	Dir    string         // the folder, as given to LoadFolder
	Group  Group          // group.toml, over the defaults
	Roster *roster.Roster // roster.toml
}
