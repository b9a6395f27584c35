package meeting

import (
	"errors"
	"strings"
	"testing"
)

// The rights table, written out by hand: A allowed, S only about
// themselves, R turned into a request, D denied. Columns: chair,
// minute-taker, member, observer.
var rightsTable = map[Verb]string{
	VerbArrive: "AADD", VerbLeave: "AASD", VerbApologies: "AADD", VerbQuorum: "AAAA",
	VerbChair: "ADDD", VerbMinutes: "ADDD", VerbNext: "ADDD", VerbItem: "ADDD",
	VerbBreak: "ARRD", VerbResume: "ADDD", VerbHand: "ASSD", VerbGoRound: "ADDD", VerbLower: "ASSD",
	VerbSpeak: "ADDD", VerbDone: "ASSD", VerbCard: "ASSD", VerbNote: "AADD",
	VerbOffRecord: "AADD", VerbDecide: "AADD", VerbDeclare: "AASD", VerbAction: "AADD",
	VerbReflect: "AAAD", VerbWait: "ADDD", VerbEnd: "ADDD", VerbHelp: "AAAA",
	VerbArising: "AAAA", VerbReview: "AADD", VerbRatify: "AADD", VerbExpense: "AASD",
	VerbVote: "AADD", VerbFor: "AASD", VerbAgainst: "AASD", VerbAbstain: "AASD", VerbVoteClose: "AADD",
	VerbElect: "AADD", VerbBallot: "AAAD", VerbTally: "AADD", VerbElectClose: "AADD",
	VerbUndo: "ASSD", VerbCorrect: "AADD", VerbStrike: "AADD", VerbVisitor: "AADD",
}

// permissionCase is a command about someone else, the same about the actor
// themselves (SELF stands for the actor), and what to set up first.
type permissionCase struct {
	other, self string
	setupOther  []string
	setupSelf   []string
}

var permissionCases = map[Verb]permissionCase{
	VerbArrive:    {other: "arrive tom"},
	VerbLeave:     {other: "leave rhys", self: "leave SELF"},
	VerbApologies: {other: "apologies tom"},
	VerbQuorum:    {other: "quorum"},
	VerbChair:     {other: "chair rhys"},
	VerbMinutes:   {other: "minutes rhys"},
	VerbNext:      {other: "next"},
	VerbItem:      {other: "item 3"},
	VerbBreak:     {other: "break"},
	VerbResume:    {other: "resume", setupOther: []string{"card rhys red"}},
	VerbHand:      {other: "hand rhys", self: "hand SELF"},
	VerbGoRound:   {other: "goround"},
	VerbLower:     {other: "lower rhys", self: "lower SELF", setupOther: []string{"hand rhys"}, setupSelf: []string{"hand SELF"}},
	VerbSpeak:     {other: "speak rhys"},
	VerbDone:      {other: "done", self: "done", setupOther: []string{"speak rhys"}, setupSelf: []string{"speak SELF"}},
	VerbCard:      {other: "card rhys yellow", self: "card SELF yellow"},
	VerbNote:      {other: "note The survey had 212 replies"},
	VerbOffRecord: {other: "offrecord Rhys shared his own story"},
	VerbDecide:    {other: "decide Run the survey again in spring"},
	VerbDeclare:   {other: "declare rhys item 3: works for a care agency", self: "declare SELF item 2: a relative uses the service"},
	VerbAction:    {other: "action rhys by 2026-12-20: send the survey to the carers' centre"},
	VerbReflect:   {other: "reflect Everyone had a say today"},
	VerbWait:      {other: "wait 5m"},
	VerbEnd:       {other: "end"},
	VerbHelp:      {other: "help"},
	VerbArising:   {other: "arising"},
	VerbReview:    {other: "review 1 done"},
	VerbRatify:    {other: "ratify 1"},
	VerbExpense:   {other: "expense rhys: £4.50 bus fare", self: "expense SELF: 12 miles"},
	VerbVote:      {other: "vote Shall we run the survey again?"},
	VerbFor:       {other: "for rhys", self: "for SELF", setupOther: voteOpen, setupSelf: voteOpen},
	VerbAgainst:   {other: "against rhys", self: "against", setupOther: voteOpen, setupSelf: voteOpen},
	VerbAbstain:   {other: "abstain rhys", self: "vote abstain", setupOther: voteOpen, setupSelf: voteOpen},
	VerbVoteClose: {other: "vote close", setupOther: voteOpen},
	VerbElect:     {other: "elect chair: rhys, aled"},
	// A ballot is the actor's own, given on their own screen (so they
	// join remotely here); its name is the candidate.
	VerbBallot: {other: "ballot rhys", setupOther: []string{"leave sian", "arrive sian remote", "leave dafydd", "arrive dafydd remote",
		"leave mair", "arrive mair remote", "elect chair: rhys, aled"}},
	VerbTally:      {other: "tally rhys 2", setupOther: electionOpen},
	VerbElectClose: {other: "elect close", setupOther: electionOpen},
	// Undo: what someone else recorded (the chair's laptop put Rhys's
	// hand up), or what the actor recorded themselves ("AS" lines are
	// typed by the actor).
	VerbUndo:    {other: "undo", self: "undo", setupOther: []string{"hand rhys"}, setupSelf: []string{"AS hand SELF"}},
	VerbCorrect: {other: "correct note 1: The survey had 213 replies", setupOther: []string{"note The survey had 212 replies"}},
	VerbStrike:  {other: "strike note 1: written by mistake", setupOther: []string{"note The survey had 212 replies"}},
	VerbVisitor: {other: "visitor Dr Anita Patel, NHS England"},
}

// What the votes' permission cases set up first.
var (
	voteOpen     = []string{"vote Shall we run the survey again?"}
	electionOpen = []string{"elect chair: rhys, aled"}
)

func TestEveryVerbAgainstEveryRole(t *testing.T) {
	actors := []struct {
		role  Role
		actor Actor
	}{
		{RoleChair, Actor{Person: "sian"}},
		{RoleMinuteTaker, Actor{Person: "dafydd"}},
		{RoleMember, Actor{Person: "mair"}},
		{RoleObserver, Actor{Person: "gwen"}},
	}
	for _, v := range Verbs() {
		rights, ok := rightsTable[v.Verb]
		if !ok {
			t.Errorf("verb %s is missing from the rights table", v.Verb)
			continue
		}
		pc, ok := permissionCases[v.Verb]
		if !ok {
			t.Errorf("verb %s has no permission case", v.Verb)
			continue
		}
		for col, a := range actors {
			want := rights[col]
			t.Run(string(v.Verb)+"/"+string(a.role), func(t *testing.T) {
				if got := Allowed(a.role, v.Verb); got != (want != 'D') {
					t.Errorf("Allowed(%s, %s) = %v; table says %c", a.role, v.Verb, got, want)
				}
				self := strings.ReplaceAll(pc.self, "SELF", a.actor.Person)
				r := permissionRig(t, a.actor, a.role, pc.setupOther)
				switch want {
				case 'A', 'R':
					res, err := r.live.Do(a.actor, pc.other)
					if err != nil {
						t.Fatalf("%s as %s: %v", pc.other, a.role, err)
					}
					if want == 'R' && (len(res.Events) != 1 || res.Events[0].Type != EvBreakRequested) {
						t.Fatalf("%s as %s should be a request, got %+v", pc.other, a.role, res.Events)
					}
				case 'S':
					r.permissionRefused(a.actor, pc.other)
					r = permissionRig(t, a.actor, a.role, substitute(pc.setupSelf, a.actor.Person))
					if _, err := r.live.Do(a.actor, self); err != nil {
						t.Fatalf("%s as %s about themselves: %v", self, a.role, err)
					}
				case 'D':
					r.permissionRefused(a.actor, pc.other)
					if self != "" {
						r.permissionRefused(a.actor, self)
					}
				}
			})
		}
	}
}

func TestAnonymousObserverCanOnlyWatch(t *testing.T) {
	for _, v := range Verbs() {
		if v.Verb == VerbQuorum || v.Verb == VerbHelp || v.Verb == VerbArising {
			continue
		}
		r := permissionRig(t, Actor{}, RoleObserver, permissionCases[v.Verb].setupOther)
		r.permissionRefused(Actor{}, permissionCases[v.Verb].other)
	}
}

func permissionRig(t *testing.T, a Actor, role Role, setup []string) *rig {
	t.Helper()
	r := newRig(t)
	r.do("arrive sian", "arrive dafydd", "arrive mair", "arrive rhys", "arrive aled", "arrive claire", "arrive gwen",
		"chair sian", "minutes dafydd")
	for _, line := range setup {
		if as, ok := strings.CutPrefix(line, "AS "); ok {
			if _, err := r.live.Do(a, as); err != nil {
				t.Fatalf("%s as %+v: %v", as, a, err)
			}
			continue
		}
		r.do(line)
	}
	if got := r.state().RoleOf(a); got != role {
		t.Fatalf("%+v has role %s; want %s", a, got, role)
	}
	return r
}

func (r *rig) permissionRefused(a Actor, line string) {
	r.t.Helper()
	before := r.rec.Len()
	_, err := r.live.Do(a, line)
	var pe *PermissionError
	if !errors.As(err, &pe) {
		r.t.Fatalf("%q as %+v: got %v; want a permission error", line, a, err)
	}
	if r.rec.Len() != before {
		r.t.Fatalf("%q was refused but recorded events", line)
	}
}

func substitute(lines []string, self string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.ReplaceAll(l, "SELF", self)
	}
	return out
}

func TestRolesFollowHandovers(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive mair remote", "chair mair")
	if got := r.state().RoleOf(Actor{Person: "mair"}); got != RoleChair {
		t.Fatalf("mair has %s after the hand-over; want chair", got)
	}
	if _, err := r.live.Do(Actor{Person: "mair"}, "next"); err != nil {
		t.Fatalf("the new chair cannot move on: %v", err)
	}
	r.do("chair sian")
	if got := r.state().RoleOf(Actor{Person: "mair"}); got != RoleMember {
		t.Fatalf("mair has %s after the chair was taken back; want member", got)
	}
	r.as(Actor{Person: "mair"}, "next", "only the chair can use next")
	if n := len(r.state().Handovers); n != 2 {
		t.Fatalf("%d hand-overs recorded; want 2", n)
	}
}
