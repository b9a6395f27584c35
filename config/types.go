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
	"math"
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
	Papers   Papers            `toml:"papers" json:"papers,omitempty"`
	// Room is what the room screen (gyda room, the meeting on a
	// projector) may show besides what any guest may see.
	Room Room `toml:"room" json:"room,omitzero"`
	// Rotation, Attendance and Recognition are the rules that work across
	// meetings: who is suggested for chair and minutes, who is gently
	// flagged for missing meetings, and how volunteers are recognised.
	Rotation    Rotation    `toml:"rotation" json:"rotation"`
	Attendance  Attendance  `toml:"attendance" json:"attendance"`
	Recognition Recognition `toml:"recognition" json:"recognition"`
	// Votes is how a vote counted in the meeting is decided.
	Votes Votes `toml:"votes" json:"votes,omitzero"`
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

// Room is the [room] table: what gyda room, the read-only screen for a
// projector or a shared video call, shows besides what any guest may see.
type Room struct {
	// ShowPasscode shows the passcode guests join with over SSH on the
	// room screen, beside the address and the host key's fingerprint
	// (always shown while the meeting is shared). Off by default: anyone
	// who can see the room screen, or a photo of it, or the video call it
	// is shared into, could then join.
	ShowPasscode bool `toml:"show_passcode" json:"show_passcode,omitempty"`
}

// Papers is the [papers] table: how many days before a meeting its papers
// should go out, so that everyone can read them (in large print, easy
// read or Welsh where they need it) in good time.
type Papers struct {
	NoticeDays int `toml:"notice_days" json:"notice_days,omitempty"`
}

// Rotation is the [rotation] table: the rules gyda follows when it
// suggests who chairs and who takes the minutes next ("Are roles of the
// group rotated e.g. Chair, minute taker? Is training offered to support
// individuals to take on these roles?"). Whoever held a role least
// recently comes first, never-held first; people who opted out of a role
// in roster.toml are never suggested for it, whatever these rules say.
type Rotation struct {
	// TrainedFirst puts people trained for the role before those who are
	// not (who are still suggested when nobody trained is available).
	TrainedFirst bool `toml:"trained_first" json:"trained_first"`
	// ChairMustBeLivedExperience suggests only people who use services
	// and carers for chair: the framework's chair is a volunteer
	// Representative.
	ChairMustBeLivedExperience bool `toml:"chair_must_be_lived_experience" json:"chair_must_be_lived_experience"`
	// NoChairAtFirstMeeting never suggests someone for chair who has not
	// been at one of the group's meetings yet.
	NoChairAtFirstMeeting bool `toml:"no_chair_at_first_meeting" json:"no_chair_at_first_meeting"`
	// MinutesNotStaffTwiceRunning suggests a volunteer for the minutes
	// when staff took them at the last meeting and a trained volunteer is
	// available.
	MinutesNotStaffTwiceRunning bool `toml:"minutes_not_staff_twice_running" json:"minutes_not_staff_twice_running"`
	// Term is how long a chair or minute-taker elected in a meeting
	// (elect chair: ...) holds the role: while it runs, gyda suggests
	// them; when it ends, it says an election is due. 0 sets no term (the
	// elected person is suggested until the next election).
	Term Months `toml:"term,omitzero" json:"term,omitempty"`
}

// Attendance is the [attendance] table.
type Attendance struct {
	// FlagAfter is how many meetings running a member may miss without
	// apologies before the chair is told, kindly, so that someone can ask
	// whether they need support to take part. 0 turns the flag off.
	FlagAfter int `toml:"flag_after" json:"flag_after"`
}

// Recognition is the [recognition] table: how volunteers' time and
// out-of-pocket costs are recognised ("Do you recognise the individuals
// that are volunteering their time? Can they be rewarded, for example,
// using time credits?"). Expenses are actual costs only; mileage is paid at
// the group's rate.
type Recognition struct {
	// CreditsPerHour is the time credits a volunteer earns for each hour
	// present at a meeting (more than 0; 1 is the usual scheme).
	CreditsPerHour float64 `toml:"credits_per_hour" json:"credits_per_hour"`
	// MileageRate is what the group pays per mile travelled, in pounds
	// (0.45 is 45p a mile); 0 means the group pays no mileage.
	MileageRate float64 `toml:"mileage_rate" json:"mileage_rate"`
}

// MileagePence is the mileage rate in whole pence per mile.
func (r Recognition) MileagePence() int { return int(math.Round(r.MileageRate * 100)) }

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
	NextDateOnly bool `toml:"-" json:"next_date_only,omitempty"`
	// End is when the meeting is due to finish, if known: the items
	// should fit between Start and End.
	End    time.Time `toml:"end" json:"end,omitzero"`
	Items  []Item    `toml:"item" json:"items"`
	Papers []Paper   `toml:"paper" json:"papers,omitempty"`
}

// Paper is one of the meeting's papers ([[paper]] in an agenda): what it is
// called, when it was sent to members, and the versions made of it.
type Paper struct {
	Title string `toml:"title" json:"title"`
	// Sent is the day the paper went out (midnight in the group's time
	// zone); zero when it has not been sent yet.
	Sent time.Time `toml:"sent" json:"sent,omitzero"`
	// Formats lists the versions made besides the standard one, from
	// PaperFormats: "large-print", "easy-read", "cy" (Welsh).
	Formats []string `toml:"formats" json:"formats,omitempty"`
}

// Item is one agenda item.
type Item struct {
	Title        string `toml:"title" json:"title"`
	Minutes      int    `toml:"minutes" json:"minutes"`     // the time it is given, 1 or more
	Lead         string `toml:"lead" json:"lead,omitempty"` // a roster id
	Ladder       Ladder `toml:"ladder" json:"ladder,omitempty"`
	Confidential bool   `toml:"confidential" json:"confidential,omitempty"`
	// Break says whether the item is a break: true starts the break when
	// the meeting reaches it, false never does; nil (not written) decides
	// by the title (IsBreak).
	Break *bool `toml:"break" json:"break,omitempty"`
}

// Duration is a length of time written in TOML as a string such as "60m"
// or "1h30m".
type Duration struct{ time.Duration }

// Folder is a group folder loaded whole: its group.toml and roster.toml.
type Folder struct {
	Dir    string         // the folder, as given to LoadFolder
	Group  Group          // group.toml, over the defaults
	Roster *roster.Roster // roster.toml
	// Warnings are rules in group.toml that the roster can never meet
	// (see RuleWarnings), as "group.toml:7: quorum.min_present: ...".
	Warnings []string
}
