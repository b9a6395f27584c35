package room

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/roster"
)

// The private things in privateMeeting, each a string found nowhere else
// in it. The room screen is on a projector: it shows what a guest may
// see, and none of these.
var privateStrings = map[string]string{
	"an off-the-record note":        "OFFREC a personal story",
	"a confidential item's note":    "CONF about someone's care",
	"Mair's access need":            "hearing-loop",
	"Rhys's access need":            "RHYSNEED",
	"Siân's first language":         `"language":"cy"`,
	"Mair's expense":                "MAIRBUS",
	"Rhys's expense":                "RHYSMILES",
	"a staff member's organisation": "Swansea Bay University Health Board",
	"an SSH key":                    "AAAAKEYOFSIAN",
	"a person's kind, as words":     "person using services",
	"the sharing passcode":          "PASS271828",
}

// kindShown finds a person's kind, or the kind a turn was spoken with.
var kindShown = regexp.MustCompile(`"[Kk]ind":"[a-z-]+"`)

// privateMeeting is a meeting with every kind of private content: an
// off-the-record note, a confidential item's note, access needs, a first
// language, expenses, organisations, an SSH key, each person's kind (in
// the roster and in the turns spoken), and the passcode in the sharing
// file (which group.toml does not let the room show), and how people
// voted in a vote still open. It is shared.
func privateMeeting(t *testing.T) *rig {
	t.Helper()
	r := newRig(t)
	r.setup.Agenda.Items[2].Confidential = true
	for i, p := range r.setup.People {
		switch p.ID {
		case "rhys":
			r.setup.People[i].Needs = append(r.setup.People[i].Needs, "RHYSNEED")
		case "sian":
			r.setup.People[i].SSHKeys = []string{"ssh-ed25519 AAAAKEYOFSIAN sian@laptop"}
		}
	}
	r.start().arrive().share("PASS271828")
	r.do("hand mair", "speak").wait(time.Minute)
	r.do("done", "hand rhys", "speak").wait(time.Minute)
	r.do("offrecord "+privateStrings["an off-the-record note"],
		"expense mair: £4.50 bus "+privateStrings["Mair's expense"],
		"expense rhys: 12 miles "+privateStrings["Rhys's expense"],
		"decide The group will write to the health board.",
		"item 3", "note "+privateStrings["a confidential item's note"], "hand claire", "speak").wait(time.Minute)
	r.do("vote Shall we meet in the evenings?", "for mair, sian", "against claire")
	return r
}

// everything is all the room screen can reach: the state it draws from
// (its exported fields, the roster's people, the quorum summary) and how
// to join.
func everything(t *testing.T, s sight) string {
	t.Helper()
	b, err := json.Marshal(struct {
		State   *meeting.State
		People  []roster.Person
		Summary []string
		Join    *Joining
	}{s.guest, s.guest.Roster.People(), s.guest.Summary(s.guest.Last), s.joining})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The screen draws only from the meeting as a guest may see it: the
// state it is given holds nothing private, whatever the journal holds.
func TestTheRoomIsGivenOnlyWhatAGuestMaySee(t *testing.T) {
	r := privateMeeting(t)
	r.screen(120, 40)
	s := r.m.sight
	if s.guest == nil || s.phase != running {
		t.Fatalf("the room is not following the meeting: %+v", s)
	}
	if g := s.guest.Sight(); g.Role != meeting.RoleObserver || g.Kinds || g.Private || g.Needs || g.Expenses {
		t.Fatalf("the room's view of the meeting is for %+v, not a guest", g)
	}
	got := everything(t, s)
	for what, text := range privateStrings {
		if strings.Contains(got, text) {
			t.Errorf("the room is given %s (%q)", what, text)
		}
	}
	if k := kindShown.FindString(got); k != "" {
		t.Errorf("the room is given each person's kind: %s", k)
	}
	if strings.Contains(got, `"Choice"`) {
		t.Error("the room is given how people voted in the open vote")
	}
	// It is the meeting all the same: the counts by kind are the
	// meeting's, and what everyone may see is there.
	full := r.live.Snapshot(meeting.ConsoleActor()).State
	if s.guest.Status() != full.Status() || s.guest.Events != full.Events {
		t.Errorf("the room's quorum %+v (after %d events), the meeting's %+v (after %d)", s.guest.Status(), s.guest.Events, full.Status(), full.Events)
	}
	for _, public := range []string{"The group will write to the health board.", "Siân Davies", "Claire Thomas", "Shall we meet in the evenings?"} {
		if !strings.Contains(got, public) {
			t.Errorf("the room lacks %q, which everyone may see", public)
		}
	}
}

// Whatever the meeting is doing and whatever the screen's size, nothing
// private is drawn.
func TestTheRoomNeverShowsAPrivateString(t *testing.T) {
	r := privateMeeting(t)
	check := func(moment string) {
		t.Helper()
		for _, size := range append(goldenSizes, [2]int{250, 70}) {
			v := r.screen(size[0], size[1])
			for what, text := range privateStrings {
				if strings.Contains(v, text) {
					t.Errorf("%s, at %dx%d the room shows %s (%q):\n%s", moment, size[0], size[1], what, text, v)
				}
			}
		}
	}
	check("on the confidential item, with a vote open")
	r.shows(120, 40, "Vote: Shall we meet in the evenings?")
	r.lacks(120, 40, "for 2", "against 1")
	r.do("vote close")
	r.shows(120, 40, "Decision 2")
	r.do("card rhys red")
	check("at a red card")
	r.do("resume", "break")
	check("on a break")
	r.do("resume", "end")
	check("at the end")
}
