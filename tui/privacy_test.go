package tui

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/meetingtest"
)

// Private stays private: what each viewer may see is decided by the
// meeting (meeting.State.SeenBy), and every screen is drawn only from
// that. These tests draw every state of the one screen for every kind of
// viewer and check exactly which private things reach it.

// The private things in privateMeeting, each a text found nowhere else.
var privateTexts = map[string]string{
	"an off-the-record note":  "OFFREC-STORY",
	"a confidential note":     "CONF-CARE",
	"Mair's access needs":     "easy read",
	"Siân's access needs":     "large print",
	"Mair's expense":          "MAIRBUS",
	"Rhys's expense (unseen)": "RHYSMILES",
}

// What everyone may see, on the screens where it belongs.
const (
	ordinaryNote = "ORDINARY-NOTE"
	declaration  = "DECL-RESPITE"
	decision     = "DECIDED-RESPITE"
	confDecision = "CONF-DECIDED"
	laterNote    = "LATER-NOTE" // taken after the off-the-record note
)

// noteNumber finds a note's number on a screen: to a viewer who may not
// see every note, the gaps in the numbers would show where the others were
// taken, so they are shown none.
var noteNumber = regexp.MustCompile(`\b(Note|Off record) \d+`)

// kindShown finds a person's kind on a screen: the people pane's groups
// and markers, the kind in a quorum summary, staff authority.
var kindShown = regexp.MustCompile(`Lived experience|\bStaff( \d+)?:|Not counted|\bcarer\b|uses services|person using services|\[authority\]`)

// emptyLabel finds a label with nothing in it.
var emptyLabel = regexp.MustCompile(`\[\]|\(\)|\[ \]|^ *: *$`)

// viewer is someone at one of the screens.
type viewer struct {
	name  string
	cfg   func(*Config)
	sees  []string // of privateTexts, over all their screens
	kinds bool     // sees each person's kind
	// header is how the top line names them ("" on the laptop).
	header string
	// expense is the expense line this viewer types when every verb is
	// tried: their own (or, for the chair, Mair's), never anyone else's.
	expense string
	// counts says they see the running counts of an open vote and who
	// gave a ballot on screen (the chair and the minute-taker).
	counts bool
}

// countsShown finds the running counts of an open vote or secret ballot.
var countsShown = regexp.MustCompile(`So far:|Not voted yet:|Paper ballots added|Voted on screen`)

// checkVotes fails if a screen shows the running counts to a viewer who
// may not see them, or never shows them to one who may; or if any
// screen shows who a secret ballot was for (Rhys gave his for Mair).
func (l *looked) checkVotes(t *testing.T) {
	t.Helper()
	seen := false
	for _, s := range l.screens {
		if k := countsShown.FindString(s); k != "" {
			seen = true
			if !l.v.counts {
				t.Errorf("%s was shown the running counts (%q):\n%s", l.v.name, k, s)
			}
		}
		if strings.Contains(s, "ballot mair") || strings.Contains(s, "Vote for Mair") {
			t.Errorf("%s was shown who Rhys voted for:\n%s", l.v.name, s)
		}
	}
	if l.v.counts && !seen {
		t.Errorf("%s was never shown the running counts", l.v.name)
	}
}

func remote(a meeting.Actor, name string, opening ...string) func(*Config) {
	return func(c *Config) {
		c.Actor, c.Remote, c.Name, c.Opening = a, true, name, opening
		c.HostKey = "SHA256:TESTKEY"
		c.Commands = []meeting.VerbInfo{{Verb: "admit", Usage: "admit N NAME", Summary: "let Guest N take part as NAME"}}
	}
}

func viewers() []viewer {
	everything := []string{"an off-the-record note", "a confidential note", "Mair's access needs", "Siân's access needs", "Mair's expense"}
	return []viewer{
		{name: "the laptop", cfg: func(c *Config) {}, sees: everything, kinds: true,
			expense: "expense mair: £4.50 MAIRBUS", counts: true},
		{name: "the chair", cfg: remote(meeting.Actor{Person: "sian"}, ""), sees: everything, kinds: true,
			header: "you: Siân Davies, chair", expense: "expense mair: £4.50 MAIRBUS", counts: true},
		{name: "the minute-taker", cfg: remote(meeting.Actor{Person: "dafydd"}, ""),
			sees:  []string{"an off-the-record note", "a confidential note", "Mair's access needs", "Siân's access needs"},
			kinds: true, header: "you: Dafydd ap Gwilym, minute-taker", expense: "expense dafydd: £2 OWNFARE", counts: true},
		{name: "a member", cfg: remote(meeting.Actor{Person: "claire"}, ""), kinds: true,
			header: "you: Claire Thomas, member", expense: "expense claire: £2 OWNFARE"},
		{name: "the person themselves", cfg: remote(meeting.Actor{Person: "mair"}, ""),
			sees: []string{"Mair's access needs", "Mair's expense"}, kinds: true,
			header: "you: Mair Jones, member", expense: "expense mair: £4.50 MAIRBUS"},
		{name: "an admitted guest", cfg: remote(meeting.Actor{Person: "rhys"}, "", "Welcome, Rhys. The chair has admitted you: you are taking part as a member."),
			kinds: true, header: "you: Rhys Evans, member", expense: "expense rhys: £2 OWNFARE"},
		{name: "a guest", cfg: remote(meeting.Actor{}, "Guest 3", "Welcome. You are watching as an observer."),
			header: "you: Guest 3, observer", expense: "expense mair: £2 OWNFARE"},
	}
}

// privateLive is the sample meeting with item 5 confidential.
func privateLive(t testing.TB) (*meeting.Live, *meeting.SimClock, *meetingtest.Recorder) {
	t.Helper()
	setup := demoSetup(t)
	setup.Agenda.Items[4].Confidential = true
	return newLiveWith(t, setup)
}

// frameMap shares frames between the screens of a test, as the SSH host
// does, so that sharing is checked too: a frame drawn for one viewer must
// never reach another who may see less.
type frameMap struct {
	mu sync.Mutex
	m  map[FrameKey]Drawn
}

func (f *frameMap) Get(k FrameKey, draw func() Drawn) Drawn {
	f.mu.Lock()
	defer f.mu.Unlock()
	d, ok := f.m[k]
	if !ok {
		d = draw()
		f.m[k] = d
	}
	return d
}

// looked is what a viewer was shown, screen by screen.
type looked struct {
	v       viewer
	r       *rig
	screens []string
}

// look draws the screen at 80x24 and 120x40, as the SSH host would (a
// shared frame when nothing is open), and keeps what it shows.
func (l *looked) look(state string) {
	l.r.t.Helper()
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		l.r.size(sz[0], sz[1])
		text := plainView(strings.Join(l.r.m.ViewLines(), "\n"))
		checkFrame(l.r.t, text, sz[0], sz[1])
		l.screens = append(l.screens, state+" "+itoa(sz[0])+"x"+itoa(sz[1])+"\n"+text)
	}
}

// check fails if a screen shows what its viewer may not see, or an empty
// label, or is headed with someone else's name; and, over all the
// screens, if the viewer was not shown each of the private things in want
// and each public text. want maps a screen ("item 120x40") to what it
// must show, of what the viewer may see; "" is any screen.
func (l *looked) check(t *testing.T, want map[string][]string, public ...string) {
	t.Helper()
	may := map[string]bool{}
	for _, s := range l.v.sees {
		may[s] = true
	}
	shown := map[string]bool{}
	kinds := false
	for _, s := range l.screens {
		state, text, _ := strings.Cut(s, "\n")
		for _, what := range want[state] {
			if may[what] && !strings.Contains(text, privateTexts[what]) {
				t.Errorf("%s's %s screen does not show %s, which they may see:\n%s", l.v.name, state, what, text)
			}
		}
		if head, _, _ := strings.Cut(text, "\n"); l.v.header != "" && !strings.Contains(head, l.v.header) {
			t.Errorf("%s's %s screen is headed %q, not %q", l.v.name, state, head, l.v.header)
		}
		for what, text := range privateTexts {
			if strings.Contains(s, text) {
				shown[what] = true
				if !may[what] {
					t.Errorf("%s was shown %s:\n%s", l.v.name, what, s)
				}
			}
		}
		if k := kindShown.FindString(s); k != "" {
			kinds = true
			if !l.v.kinds {
				t.Errorf("%s was shown someone's kind (%q):\n%s", l.v.name, k, s)
			}
		}
		if n := noteNumber.FindString(s); n != "" && !may["an off-the-record note"] {
			t.Errorf("%s, who may not see every note, was shown a note's number (%q):\n%s", l.v.name, n, s)
		}
		for _, line := range strings.Split(s, "\n") {
			if emptyLabel.MatchString(line) {
				t.Errorf("%s was shown an empty label: %q", l.v.name, line)
			}
		}
	}
	for _, what := range want[""] {
		if may[what] && !shown[what] {
			t.Errorf("%s was never shown %s, which they may see", l.v.name, what)
		}
	}
	if l.v.kinds && !kinds {
		t.Errorf("%s was never shown anyone's kind", l.v.name)
	}
	all := strings.Join(l.screens, "\n")
	for _, p := range public {
		if !strings.Contains(all, p) {
			t.Errorf("%s was never shown %q, which everyone may see", l.v.name, p)
		}
	}
}

// TestEveryViewerSeesOnlyWhatTheyMay draws every state of a meeting that
// holds every kind of private content (an off-the-record note, a
// confidential item's notes, access needs, expenses, a declaration) for
// every viewer, at 80x24 and 120x40: the start, an item, a confidential
// item, a break, the help, the command line with completion open, the
// message log, the end flow and the end. Then each viewer tries every
// verb, and the status line after each is checked too.
func TestEveryViewerSeesOnlyWhatTheyMay(t *testing.T) {
	live, clock, rec := privateLive(t)
	frames := &frameMap{m: map[FrameKey]Drawn{}}
	styles := map[string]*Styles{}
	var ls []*looked
	for _, v := range viewers() {
		cfg := Config{Live: live, Actor: meeting.ConsoleActor()}
		v.cfg(&cfg)
		if cfg.Remote {
			// As on the SSH host: remote screens share styles, and frames.
			cfg.Frames = frames
			cfg.Styles = func(theme string) *Styles {
				if styles[theme] == nil {
					styles[theme] = NewStyles(nil, theme)
				}
				return styles[theme]
			}
		}
		ls = append(ls, &looked{v: v, r: rigOn(t, clock, rec, cfg)})
	}
	do := func(lines ...string) {
		t.Helper()
		for _, line := range lines {
			if _, err := live.Do(meeting.ConsoleActor(), line); err != nil {
				t.Fatalf("%q: %v", line, err)
			}
		}
		for _, l := range ls {
			l.r.sync()
		}
	}
	each := func(state string, keys ...string) {
		t.Helper()
		for _, l := range ls {
			l.r.keys(keys...)
			l.look(state)
		}
	}

	do("arrive sian", "arrive dafydd", "arrive mair", "arrive rhys remote", "arrive john", "arrive aled",
		"arrive claire", "arrive tom", "arrive priya", "apologies bethan", "chair sian", "minutes dafydd")
	each("start")
	do("item 4", "declare aled item 4: "+declaration, "hand mair", "speak", "done",
		"note "+ordinaryNote, "offrecord OFFREC-STORY about her family", "note "+laterNote, "decide "+decision,
		"expense rhys: 12 miles RHYSMILES")
	each("item")
	each("help", "?")
	each("help closed", "esc")
	each("completion of verbs", ":", "tab")
	each("completion of names", "ctrl+u", "card ", "tab")
	each("command line closed", "esc")
	each("the message log", "m")
	each("message log closed", "esc")
	do("vote Shall we run the survey again?", "for sian, mair", "against tom")
	each("an open vote")
	do("vote close", "elect chair: sian, mair")
	if _, err := live.Do(meeting.Actor{Person: "rhys"}, "ballot mair"); err != nil {
		t.Fatal(err)
	}
	do()
	each("an open secret ballot")
	do("elect close")
	do("item 5", "note CONF-CARE about someone's care", "decide "+confDecision)
	each("confidential item")
	for _, l := range ls {
		text := strings.Join(l.screens[len(l.screens)-2:], "\n")
		hidden := strings.Contains(text, "This item is confidential: its notes are shown only")
		if private := contains(l.v.sees, "a confidential note"); hidden == private {
			t.Errorf("%s: the confidential item says its notes are hidden: %v", l.v.name, hidden)
		}
	}
	do("break")
	each("break")
	do("resume")
	each("end flow", "e")
	each("end flow, confirming", "tab")
	each("back from the end flow", "esc", "esc")
	do("end")
	each("ended")

	for _, l := range ls {
		l.r.m.Close()
		t.Run(l.v.name, func(t *testing.T) {
			// Expenses show only in the status line of whoever records one:
			// every other private thing they may see, the screens show.
			// The item's screen shows its off-the-record note and everyone's
			// access needs, to those who may see them; the confidential
			// item's, its notes. Expenses show only in the status line of
			// whoever records one.
			l.check(t, map[string][]string{
				"item 120x40":              {"an off-the-record note", "Mair's access needs", "Siân's access needs"},
				"confidential item 120x40": {"a confidential note", "Mair's access needs", "Siân's access needs"},
			}, ordinaryNote, laterNote, declaration, decision, confDecision)
			l.checkVotes(t)
			tryEveryVerb(t, l.v).check(t, map[string][]string{"": {"Mair's expense"}})
		})
	}
}

// tryEveryVerb gives the viewer a screen on a meeting of their own, in
// full flow, and has them type one command with each verb (whether they may
// use it or not, neutral words except their expense), drawing the screen
// with the status line after each.
func tryEveryVerb(t *testing.T, v viewer) *looked {
	t.Helper()
	live, clock, rec := privateLive(t)
	cfg := Config{Live: live, Actor: meeting.ConsoleActor()}
	v.cfg(&cfg)
	l := &looked{v: v, r: rigOn(t, clock, rec, cfg)}
	l.r.do("arrive sian", "arrive dafydd", "arrive mair", "arrive rhys remote", "arrive john", "arrive aled",
		"arrive claire", "arrive tom", "chair sian", "minutes dafydd", "item 4", "offrecord OFFREC-STORY",
		"item 5", "note CONF-CARE")
	l.r.keys("enter") // the laptop's start screen
	lines := []string{
		"arrive nia", "leave john", "apologies gareth", "quorum", "chair sian", "minutes dafydd",
		"hand", "lower", "hand tom", "speak", "done", "card yellow", "card tom green",
		"note NEUTRAL", "offrecord NEUTRAL", "decide NEUTRAL", "declare claire item 4: NEUTRAL",
		"action tom by 2030-01-01: NEUTRAL", "arising", "review 1 done", "ratify 1", v.expense,
		"reflect NEUTRAL", "goround", "wait 1m", "help", "help expense", "admit 1 mair",
		"undo", "correct note 1: NEUTRAL", "strike note 1: NEUTRAL reason", "visitor Jo Bloggs, NEUTRAL Trust",
		"vote Shall we run the NEUTRAL survey again?", "for claire", "against tom", "abstain mair", "vote close",
		"break", "resume", "next", "item 4",
		"elect chair: sian, mair", "ballot sian", "tally sian 2", "elect close", "end",
	}
	for _, line := range lines {
		l.r.keys(":", line, "enter")
		l.look("after " + line)
		l.r.keys("esc")
	}
	l.r.m.Close()
	return l
}

// The verbs tried cover every verb of the meeting, so that a new verb is
// tried too.
func TestEveryVerbIsTried(t *testing.T) {
	tried := map[string]bool{}
	for _, line := range []string{"arrive", "leave", "apologies", "quorum", "chair", "minutes", "hand", "lower",
		"speak", "done", "card", "note", "offrecord", "decide", "declare", "action", "arising", "review",
		"ratify", "expense", "reflect", "goround", "wait", "help", "break", "resume", "next", "item", "end",
		"vote", "for", "against", "abstain", "vote close", "elect", "ballot", "tally", "elect close",
		"undo", "correct", "strike", "visitor"} {
		tried[line] = true
	}
	var missing []string
	for _, v := range meeting.Verbs() {
		if !tried[string(v.Verb)] {
			missing = append(missing, string(v.Verb))
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("tryEveryVerb does not try %s: add a line for each", strings.Join(missing, ", "))
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
