package meeting

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/gyda/gyda/roster"
)

// The private things in privateRig's meeting, each a string found nowhere
// else in it.
const (
	offRecordText    = "OFFREC a personal story"
	confidentialText = "CONF about someone's care"
	mairNeed         = "hearing-loop"
	rhysLanguage     = "gd" // Scottish Gaelic: no other field says "gd"
	mairExpense      = "MAIRBUS"
	rhysExpense      = "RHYSMILES"
	declarationText  = "DECL my sister works there"
	ordinaryNote     = "ORDINARY note for everyone"
	decisionText     = "DECIDED to write to the health board"
	organisationText = "Swansea Bay UHB"
	voteQuestion     = "VOTEQ Shall we meet in the afternoon?"
	aledsVote        = `"Person":"aled","Choice":"against"`
	mairsVote        = `"Person":"mair","Choice":"for"`
)

// kindShown finds a person's kind, or the kind a turn was spoken with.
var kindShown = regexp.MustCompile(`"[Kk]ind":"[a-z-]+"`)

// privateRig is a meeting holding every kind of private content: an
// off-the-record note, a confidential item's note, access needs, a first
// language, expenses, a declaration, how people voted in an open vote;
// and a turn spoken.
func privateRig(t *testing.T) *rig {
	t.Helper()
	setup := testSetup()
	setup.Agenda.Items[2].Confidential = true
	for i, p := range setup.People {
		switch p.ID {
		case "mair":
			setup.People[i].Needs = []string{mairNeed}
		case "rhys":
			setup.People[i].Language = rhysLanguage
		case "sian":
			setup.People[i].SSHKeys = []string{"ssh-ed25519 AAAAKEYOFSIAN"}
		}
	}
	r := newRigWith(t, setup)
	r.do("arrive sian", "arrive dafydd", "arrive mair", "arrive rhys remote", "arrive aled", "arrive claire",
		"chair sian", "minutes dafydd",
		"hand mair", "speak", "done",
		"note "+ordinaryNote, "offrecord "+offRecordText, "decide "+decisionText,
		"declare tom item 2: "+declarationText,
		"expense mair: £4.50 "+mairExpense, "expense rhys: 12 miles "+rhysExpense,
		"item 3", "note "+confidentialText,
		"vote "+voteQuestion, "for mair", "against aled")
	return r
}

// everything is all a screen could reach in a state: its exported fields,
// the roster's people, and the summary the quorum command gives.
func everything(t *testing.T, st *State) string {
	t.Helper()
	b, err := json.Marshal(struct {
		State   *State
		People  []roster.Person
		Summary []string
	}{st, st.Roster.People(), st.Summary(testStart)})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestWhoSeesWhat(t *testing.T) {
	r := privateRig(t)
	private := map[string]string{
		"off-record note":       offRecordText,
		"confidential note":     confidentialText,
		"Mair's access need":    mairNeed,
		"Rhys's first language": `"language":"` + rhysLanguage + `"`,
		"Mair's expense":        mairExpense,
		"Rhys's expense":        rhysExpense,
		"an organisation":       organisationText,
		"an SSH key":            "AAAAKEYOFSIAN",
		"Aled's vote":           aledsVote,
		"Mair's vote":           mairsVote,
	}
	public := []string{declarationText, ordinaryNote, decisionText, voteQuestion, "Siân Davies", "Mair Jones", "Rhys Evans"}
	tests := []struct {
		viewer Actor
		name   string
		sees   []string // of the private things
		kinds  bool
	}{
		{ConsoleActor(), "the laptop", []string{"off-record note", "confidential note", "Mair's access need", "Rhys's first language", "Mair's expense", "Rhys's expense", "an organisation", "an SSH key", "Aled's vote", "Mair's vote"}, true},
		{Actor{Person: "sian"}, "the chair", []string{"off-record note", "confidential note", "Mair's access need", "Rhys's first language", "Mair's expense", "Rhys's expense", "an organisation", "an SSH key", "Aled's vote", "Mair's vote"}, true},
		{Actor{Person: "dafydd"}, "the minute-taker", []string{"off-record note", "confidential note", "Mair's access need", "Rhys's first language", "an organisation", "Aled's vote", "Mair's vote"}, true},
		{Actor{Person: "mair"}, "a member with needs, an expense and a vote", []string{"Mair's access need", "Mair's expense", "an organisation", "Mair's vote"}, true},
		{Actor{Person: "rhys"}, "a member (or a guest admitted as one)", []string{"Rhys's first language", "Rhys's expense", "an organisation"}, true},
		{Actor{Person: "claire"}, "a member with none", []string{"an organisation"}, true},
		{Actor{Person: "gwen"}, "a guest in the roster", nil, false},
		{Actor{}, "a passcode guest", nil, false},
	}
	full := r.state().Status()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seen := r.live.Snapshot(tt.viewer).State
			got := everything(t, seen)
			for what, text := range private {
				want := contains(tt.sees, what)
				if strings.Contains(got, text) != want {
					t.Errorf("%s sees %s: %v, want %v", tt.name, what, !want, want)
				}
			}
			for _, text := range public {
				if !strings.Contains(got, text) {
					t.Errorf("%s does not see %q, which everyone may", tt.name, text)
				}
			}
			if k := kindShown.FindString(got); (k != "") != tt.kinds {
				t.Errorf("%s sees each person's kind: %v (%s), want %v", tt.name, k != "", k, tt.kinds)
			}
			if st := seen.Status(); st != full {
				t.Errorf("%s sees the quorum as %v, want the meeting's %v", tt.name, st, full)
			}
			if g := seen.Sight(); g.Role != r.state().RoleOf(tt.viewer) {
				t.Errorf("%s's view says the role is %s", tt.name, g.Role)
			}
		})
	}
}

// The sight follows the role: a minute-taker who hands the minutes over
// stops seeing private notes on the next snapshot, and the new one starts.
func TestSightFollowsTheRole(t *testing.T) {
	r := privateRig(t)
	dafydd, mair := r.live.Subscribe(Actor{Person: "dafydd"}), r.live.Subscribe(Actor{Person: "mair"})
	defer r.live.Unsubscribe(dafydd)
	defer r.live.Unsubscribe(mair)
	if got := everything(t, (<-dafydd.C()).State); !strings.Contains(got, confidentialText) {
		t.Fatal("the minute-taker's mailbox lacks the confidential note")
	}
	if got := everything(t, (<-mair.C()).State); strings.Contains(got, confidentialText) {
		t.Fatal("a member's mailbox has the confidential note")
	}
	r.do("minutes mair")
	if got := everything(t, (<-dafydd.C()).State); strings.Contains(got, confidentialText) || strings.Contains(got, offRecordText) {
		t.Error("the minutes were handed over, but the old minute-taker still sees private notes")
	}
	if got := everything(t, (<-mair.C()).State); !strings.Contains(got, confidentialText) || !strings.Contains(got, offRecordText) {
		t.Error("the new minute-taker does not see private notes")
	}
}

// What a command says back is what its actor may see: a guest asking for
// the quorum gets the counts by kind, not each person's kind.
func TestWhatACommandSaysIsSeenByItsActor(t *testing.T) {
	r := privateRig(t)
	res, err := r.live.Do(Actor{}, "quorum")
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(res.Lines, "\n")
	if !strings.Contains(got, "4 lived experience, 2 staff") {
		t.Errorf("a guest's quorum lacks the counts by kind:\n%s", got)
	}
	if strings.Contains(got, "carer") || strings.Contains(got, "person using services") {
		t.Errorf("a guest's quorum says each person's kind:\n%s", got)
	}
	res, err = r.live.Do(Actor{Person: "claire"}, "quorum")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(res.Lines, "\n"); !strings.Contains(got, "Mair Jones (person using services)") {
		t.Errorf("a member's quorum lacks each person's kind:\n%s", got)
	}
	// A member records their own expense and is told what they recorded.
	res, err = r.live.Do(Actor{Person: "mair"}, "expense mair: £2 parking")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(res.Lines, "\n"); !strings.Contains(got, "£2.00") {
		t.Errorf("a member's own expense is not said back:\n%s", got)
	}
}

// Viewers who may see the same share one view of each snapshot, so three
// hundred guests cost one copy.
func TestViewersWithTheSameSightShareAView(t *testing.T) {
	r := privateRig(t)
	a, b := r.live.Subscribe(Actor{}), r.live.Subscribe(Actor{})
	defer r.live.Unsubscribe(a)
	defer r.live.Unsubscribe(b)
	r.do("note another")
	sa, sb := <-a.C(), <-b.C()
	if sa != sb {
		t.Error("two guests got separate copies of one snapshot")
	}
	if full := r.live.Snapshot(ConsoleActor()); sa.State == full.State || sa.Version != full.Version {
		t.Error("a guest's view is the meeting's own state, or of another version")
	}
	// A guest who joins now, and a screen asking for the latest snapshot,
	// get the same view too, not a copy each.
	c := r.live.Subscribe(Actor{})
	defer r.live.Unsubscribe(c)
	if sc := <-c.C(); sc != sa {
		t.Error("a guest who joined late got a copy of the view the others share")
	}
	if r.live.Snapshot(Actor{}) != sa || r.live.Snapshot(Actor{Person: "gwen"}) != sa {
		t.Error("Snapshot made a guest a copy of the view the others share")
	}
	if first, second := r.live.Snapshot(Actor{Person: "claire"}), r.live.Snapshot(Actor{Person: "claire"}); first != second {
		t.Error("a member asking twice got two copies of one snapshot")
	}
}

// TestWhoSeesABallot: in an open secret ballot the chair and the
// minute-taker see the paper counts they added and who has voted on
// screen; a member sees only that they voted; a guest neither. How anyone
// voted on screen is in nobody's view, the laptop's included: it is in
// no state until the ballot closes.
func TestWhoSeesABallot(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive dafydd", "arrive mair remote", "arrive rhys remote", "arrive aled", "arrive claire remote",
		"chair sian", "minutes dafydd", "elect chair: sian, dafydd", "tally sian 2")
	r.ballot("mair", "dafydd")
	r.ballot("rhys", "dafydd")
	tests := []struct {
		viewer       Actor
		name         string
		voted, paper string
	}{
		{ConsoleActor(), "the laptop", `"Voted":["mair","rhys"]`, `"Paper":[2,0]`},
		{Actor{Person: "sian"}, "the chair", `"Voted":["mair","rhys"]`, `"Paper":[2,0]`},
		{Actor{Person: "dafydd"}, "the minute-taker", `"Voted":["mair","rhys"]`, `"Paper":[2,0]`},
		{Actor{Person: "mair"}, "a member who voted", `"Voted":["mair"]`, `"Paper":[0,0]`},
		{Actor{Person: "claire"}, "a member who has not", `"Voted":null`, `"Paper":[0,0]`},
		{Actor{}, "a passcode guest", `"Voted":null`, `"Paper":[0,0]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := everything(t, r.live.Snapshot(tt.viewer).State)
			for _, want := range []string{tt.voted, tt.paper, `"Screen":[0,0]`} {
				if !strings.Contains(got, want) {
					t.Errorf("%s's view lacks %s", tt.name, want)
				}
			}
		})
	}
	// Once closed, the result is for everyone.
	r.do("elect close")
	if got := everything(t, r.live.Snapshot(Actor{}).State); !strings.Contains(got, `"counts":[{"person":"sian","votes":2},{"person":"dafydd","votes":2}]`) {
		t.Errorf("a guest does not see the result:\n%s", got)
	}
}

// A view keeps only its viewer's own events, at their places in the
// meeting: what undo would take back for them reads the same in their
// view (and in a view of that view) as in the meeting's own state, however
// much others recorded around it, and taking it back takes back that one.
func TestAViewKeepsTheViewersOwnEventsInTheirPlaces(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive mair remote", "arrive rhys remote", "arrive aled")
	by := func(who, line string) {
		t.Helper()
		if _, err := r.live.Do(Actor{Person: who}, line); err != nil {
			t.Fatalf("%s: %q: %v", who, line, err)
		}
	}
	by("mair", "card yellow")
	by("rhys", "hand")
	r.do("note One", "note Two", "decide Three")
	by("mair", "hand")
	by("rhys", "card green")
	r.do("note Four")
	for _, who := range []string{"mair", "rhys", "aled"} {
		a := Actor{Person: who}
		full := r.state()
		view := r.live.Snapshot(a).State
		if view == full {
			t.Fatalf("%s sees the meeting's own state", who)
		}
		want, wantErr := full.UndoWhat(a)
		for name, st := range map[string]*State{"view": view, "view of the view": view.SeenBy(a)} {
			got, err := st.UndoWhat(a)
			if got != want || (err == nil) != (wantErr == nil) {
				t.Errorf("%s's %s: undo would take back %q (%v); the meeting says %q (%v)", who, name, got, err, want, wantErr)
			}
			if st.Events != full.Events {
				t.Errorf("%s's %s counts %d events, the meeting %d", who, name, st.Events, full.Events)
			}
			for _, e := range st.log {
				if e.By != who {
					t.Errorf("%s's %s holds an event of %q's: %+v", who, name, e.By, e)
				}
			}
			if len(st.mine) != 0 {
				t.Errorf("%s's %s holds everyone's own events: %v", who, name, st.mine)
			}
		}
	}
	by("mair", "undo")
	if got, err := r.live.Snapshot(Actor{Person: "mair"}).State.UndoWhat(Actor{Person: "mair"}); err != nil || !strings.Contains(got, "card") {
		t.Fatalf("after Mair's undo of her hand, her view says undo would take back %q (%v), want her card", got, err)
	}
}
