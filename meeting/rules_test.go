package meeting

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/meeting/meetingtest"
	"github.com/gyda/gyda/roster"
)

// The rules of the meeting (../shared/DOMAIN.md, "Rules the product
// implements"), one table test each, named for the rule, with the cases
// on both sides of each boundary: exactly at a minimum and one below it,
// equal numbers of lived experience and staff and one more staff. Each
// test fails when its rule is broken (README.md, "Testing", says how that
// was checked).

// ruleSetup is a meeting with people enough for any boundary: l1 to l8
// have lived experience (odd numbers use services, even numbers are
// carers), s1 to s8 are staff (s1 and s2 hold decision authority), g1 and
// g2 are guests.
func ruleSetup(q config.Quorum) *Setup {
	s := testSetup()
	s.Group.Quorum = q
	s.People = nil
	for i := 1; i <= 8; i++ {
		kind := roster.PersonUsingServices
		if i%2 == 0 {
			kind = roster.Carer
		}
		s.People = append(s.People, roster.Person{ID: fmt.Sprintf("l%d", i), Name: fmt.Sprintf("Lived %d", i), Kind: kind})
	}
	for i := 1; i <= 8; i++ {
		s.People = append(s.People, roster.Person{ID: fmt.Sprintf("s%d", i), Name: fmt.Sprintf("Staff %d", i), Kind: roster.Staff,
			Organisation: "Swansea Bay UHB", DecisionAuthority: i <= 2})
	}
	s.People = append(s.People, roster.Person{ID: "g1", Name: "Guest 1", Kind: roster.Guest}, roster.Person{ID: "g2", Name: "Guest 2", Kind: roster.Guest})
	return s
}

// newRuleRig starts a meeting on ruleSetup.
func newRuleRig(t *testing.T, q config.Quorum) *rig {
	t.Helper()
	clock := NewSimClock(testStart)
	rec := &meetingtest.Recorder{}
	live, _, err := Start(ruleSetup(q), nil, rec, clock, Options{})
	if err != nil {
		t.Fatalf("start: %v", err)
	}
	return &rig{t: t, live: live, clock: clock, rec: rec}
}

// arrive records everyone in here ("l1 l2~ s1": a ~ marks a remote
// arrival) and returns the lines of the last arrival.
func (r *rig) arrive(here string) []string {
	r.t.Helper()
	var lines []string
	for _, id := range strings.Fields(here) {
		if id, ok := strings.CutSuffix(id, "~"); ok {
			lines = r.do("arrive " + id + " remote")
			continue
		}
		lines = r.do("arrive " + id)
	}
	return lines
}

// Rule 1. Balance holds when lived-experience members present are at least
// as many as paid staff present; guests are not counted; it is said, with
// the numbers, on every arrival and departure.
func TestRuleBalanceNeedsAtLeastAsManyLivedExperienceAsStaff(t *testing.T) {
	q := config.Quorum{MinPresent: 4, MinLivedExperience: 2, RemoteCounts: true}
	tests := []struct {
		name         string
		here         string
		then         []string
		remoteCounts bool
		lived, staff int
		balanced     bool
		line         string // the last arrival's or departure's quorum line says this
	}{
		{"equal numbers of lived experience and staff: balanced", "l1 l2 l3 s1 s2 s3", nil, true, 3, 3, true, "; balanced;"},
		{"one more staff: not balanced", "l1 l2 l3 s1 s2 s3 s4", nil, true, 3, 4, false, "; NOT balanced (4 staff to 3 lived experience);"},
		{"one more lived experience: balanced", "l1 l2 l3 l4 s1 s2 s3", nil, true, 4, 3, true, "; balanced;"},
		{"one person with lived experience and no staff: balanced", "l1", nil, true, 1, 0, true, "; balanced;"},
		{"one member of staff alone: not balanced", "s1", nil, true, 0, 1, false, "; NOT balanced (1 staff to 0 lived experience);"},
		{"carers count as lived experience", "l2 l4 s1 s2", nil, true, 2, 2, true, "; balanced;"},
		{"guests count for neither side", "l1 s1 g1 g2", nil, true, 1, 1, true, "and 2 guests not counted; balanced;"},
		{"a guest does not balance staff", "g1 s1", nil, true, 0, 1, false, "; NOT balanced (1 staff to 0 lived experience);"},
		{"remote members count for balance even when not for quorum", "l1~ l2~ s1 s2", nil, false, 2, 2, true, "(2 remote); balanced;"},
		{"remote staff count for balance even when not for quorum", "l1 l2 s1 s2 s3~", nil, false, 2, 3, false, "; NOT balanced (3 staff to 2 lived experience);"},
		{"a departure that leaves one more staff unbalances", "l1 l2 s1 s2", []string{"leave l1"}, true, 1, 2, false, "; NOT balanced (2 staff to 1 lived experience);"},
		{"a departure that leaves equal numbers balances", "l1 l2 s1 s2 s3", []string{"leave s3"}, true, 2, 2, true, "; balanced;"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := q
			q.RemoteCounts = tt.remoteCounts
			r := newRuleRig(t, q)
			lines := r.arrive(tt.here)
			if len(tt.then) > 0 {
				lines = r.do(tt.then...)
			}
			st := r.state().Status()
			if st.Lived != tt.lived || st.Staff != tt.staff || st.Balanced != tt.balanced {
				t.Errorf("lived %d, staff %d, balanced %v; want %d, %d, %v", st.Lived, st.Staff, st.Balanced, tt.lived, tt.staff, tt.balanced)
			}
			if last := lines[len(lines)-1]; !strings.HasPrefix(last, "Quorum: ") || !strings.Contains(last, tt.line) {
				t.Errorf("the quorum line %q does not say %q", last, tt.line)
			}
			unbalanced := fmt.Sprintf("not balanced: %d staff to %d lived experience", tt.staff, tt.lived)
			if got := strings.Contains(st.Shortfall(), unbalanced); got == tt.balanced {
				t.Errorf("shortfall %q; says %q: %v, want %v", st.Shortfall(), unbalanced, got, !tt.balanced)
			}
		})
	}
}

// Rule 2. Quorum: at least min_present members (guests not counted) and,
// of them, at least min_lived_experience people using services or carers;
// remote attendees count unless remote_counts is false.
func TestRuleQuorumNeedsTheMinimumPresentAndTheLivedExperienceMinimum(t *testing.T) {
	tests := []struct {
		name                 string
		minPresent, minLived int
		remoteCounts         bool
		here                 string
		present, counted     int
		lived, countedLived  int
		quorate              bool
		shortfall            string // the quorum part of Shortfall
		statusSays           string
	}{
		{"exactly the minimum present and the lived-experience minimum: quorate", 4, 2, true, "l1 l2 s1 s2", 4, 4, 2, 2, true, "",
			"quorate (needs 4, and 2 lived experience)"},
		{"one below the minimum present: not quorate", 4, 2, true, "l1 l2 s1", 3, 3, 2, 2, false, "1 more person needed for quorum",
			"NOT quorate (needs 4, and 2 lived experience)"},
		{"two below the minimum present", 4, 2, true, "l1 l2", 2, 2, 2, 2, false, "2 more people needed for quorum", "NOT quorate"},
		{"enough present, one below the lived-experience minimum: not quorate", 4, 3, true, "l1 l2 s1 s2", 4, 4, 2, 2, false,
			"1 more lived-experience member needed", "NOT quorate (needs 4, and 3 lived experience)"},
		{"enough present, exactly the lived-experience minimum: quorate", 4, 3, true, "l1 l2 l3 s1", 4, 4, 3, 3, true, "", "quorate (needs 4, and 3 lived experience)"},
		{"enough present, two below the lived-experience minimum", 3, 2, true, "l1 l2 l3 s1 s2 s3", 6, 6, 3, 3, true, "", "quorate"},
		{"many present, no lived experience: not quorate", 2, 2, true, "s1 s2 s3", 3, 3, 0, 0, false,
			"2 more lived-experience members needed", "NOT quorate (needs 2, and 2 lived experience)"},
		{"guests do not make up the numbers", 4, 2, true, "l1 l2 s1 g1 g2", 3, 3, 2, 2, false, "1 more person needed for quorum", "NOT quorate"},
		{"remote attendees count when remote_counts is true", 4, 2, true, "l1~ l2 s1 s2~", 4, 4, 2, 2, true, "", "quorate"},
		{"remote attendees do not count when remote_counts is false", 4, 2, false, "l1~ l2 s1 s2", 4, 3, 2, 1, false,
			"1 more person needed for quorum; 1 more lived-experience member needed",
			"NOT quorate (needs 4, and 2 lived experience; 3 count, as remote attendees do not)"},
		{"remote_counts false, exactly the minimums in the room: quorate", 4, 2, false, "l1 l2 l3~ s1 s2", 5, 4, 3, 2, true, "",
			"quorate (needs 4, and 2 lived experience; 4 count, as remote attendees do not)"},
		{"no minimum at all: quorate with nobody", 0, 0, true, "", 0, 0, 0, 0, true, "", "quorate (needs 0, and 0 lived experience)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRuleRig(t, config.Quorum{MinPresent: tt.minPresent, MinLivedExperience: tt.minLived, RemoteCounts: tt.remoteCounts})
			r.arrive(tt.here)
			st := r.state().Status()
			if st.Present != tt.present || st.Counted != tt.counted || st.Lived != tt.lived || st.CountedLived != tt.countedLived {
				t.Errorf("present %d, counted %d, lived %d, counted lived %d; want %d, %d, %d, %d",
					st.Present, st.Counted, st.Lived, st.CountedLived, tt.present, tt.counted, tt.lived, tt.countedLived)
			}
			if st.NeedPresent != tt.minPresent || st.NeedLived != tt.minLived {
				t.Errorf("needs %d and %d; want the group's %d and %d", st.NeedPresent, st.NeedLived, tt.minPresent, tt.minLived)
			}
			if st.Quorate != tt.quorate {
				t.Errorf("quorate %v; want %v (%s)", st.Quorate, tt.quorate, st)
			}
			got := st.Shortfall()
			if st.Balanced != (st.Lived >= st.Staff) {
				t.Fatalf("the case mixes up balance: %s", st)
			}
			if i := strings.Index(got, "not balanced"); i >= 0 {
				got = strings.TrimSuffix(got[:i], "; ")
			}
			if got != tt.shortfall {
				t.Errorf("shortfall %q; want %q", got, tt.shortfall)
			}
			if !strings.Contains(st.String(), tt.statusSays) {
				t.Errorf("status %q does not say %q", st, tt.statusSays)
			}
		})
	}
}

// Rule 3. A decision taken while the meeting is not quorate, or not
// balanced, is recorded as provisional, with the reason in words; one taken
// while quorate and balanced is not.
func TestRuleDecisionsAreProvisionalWhenNotQuorateOrNotBalanced(t *testing.T) {
	tests := []struct {
		name        string
		minLived    int
		here        string
		then        []string
		provisional bool
		reason      string
	}{
		{"quorate and balanced, equal numbers: not provisional", 2, "l1 l2 s1 s2", nil, false, ""},
		{"quorate and balanced, more lived experience: not provisional", 2, "l1 l2 l3 s1", nil, false, ""},
		{"quorate but one more staff: provisional", 2, "l1 l2 s1 s2 s3", nil, true, "not balanced: 3 staff to 2 lived experience"},
		{"balanced but one below the minimum present: provisional", 2, "l1 l2 s1", nil, true, "1 more person needed for quorum"},
		{"balanced and enough present, one below the lived-experience minimum: provisional", 3, "l1 l2 s1 s2", nil, true,
			"1 more lived-experience member needed"},
		{"neither quorate nor balanced: provisional, both said", 2, "l1 s1 s2", nil, true,
			"1 more person needed for quorum; 1 more lived-experience member needed; not balanced: 2 staff to 1 lived experience"},
		{"staff with an interest in the item stand aside: balanced, not provisional", 2, "l1 l2 s1 s2 s3",
			[]string{"declare s3 item 1: manages the service"}, false, ""},
		{"a volunteer with an interest stands aside: one more staff, provisional", 2, "l1 l2 l3 s1 s2 s3",
			[]string{"declare l3 item 1: uses the service"}, true, "not balanced: 3 staff to 2 lived experience"},
		{"someone who left no longer counts: provisional", 2, "l1 l2 s1 s2", []string{"leave l2"}, true,
			"1 more person needed for quorum; 1 more lived-experience member needed; not balanced: 2 staff to 1 lived experience"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRuleRig(t, config.Quorum{MinPresent: 4, MinLivedExperience: tt.minLived, RemoteCounts: true})
			r.arrive(tt.here)
			r.do(tt.then...)
			lines := strings.Join(r.do("decide Run the survey again in spring"), "\n")
			d := r.state().Decisions[0]
			if d.Provisional != tt.provisional || d.Reason != tt.reason {
				t.Errorf("provisional %v (%q); want %v (%q)", d.Provisional, d.Reason, tt.provisional, tt.reason)
			}
			if d.Quorum.Quorate && d.Quorum.Balanced == d.Provisional {
				t.Errorf("decision recorded at %s is provisional: %v", d.Quorum, d.Provisional)
			}
			said := strings.Contains(lines, "PROVISIONAL ("+tt.reason+")")
			if said != tt.provisional {
				t.Errorf("the decision's lines say PROVISIONAL: %v; want %v:\n%s", said, tt.provisional, lines)
			}
			// The journal keeps it: a replay gives the same decision.
			replayed, err := Replay(r.state().Setup, meetingtest.Events[Event](t, r.rec))
			if err != nil {
				t.Fatal(err)
			}
			if got := replayed.Decisions[0]; got.Provisional != d.Provisional || got.Reason != d.Reason || got.Quorum != d.Quorum {
				t.Errorf("replayed decision %+v; want %+v", got, d)
			}
		})
	}
}

// Rule 3, carried: a provisional decision is ratified (or turned down) at
// a later meeting, and only while that meeting is quorate and balanced.
func TestRuleProvisionalDecisionsAreRatifiedOnlyWhenQuorateAndBalanced(t *testing.T) {
	tests := []struct {
		name     string
		minLived int
		here     string
		ok       bool
		why      string
	}{
		{"quorate and balanced, equal numbers: ratified", 2, "l1 l2 s1 s2", true, ""},
		{"quorate but one more staff: refused", 2, "l1 l2 s1 s2 s3", false, "not balanced: 3 staff to 2 lived experience"},
		{"one below the minimum present: refused", 2, "l1 l2 s1", false, "1 more person needed for quorum"},
		{"one below the lived-experience minimum: refused", 3, "l1 l2 s1 s2", false, "1 more lived-experience member needed"},
	}
	for _, tt := range tests {
		for _, line := range []string{"ratify 1", "ratify 1 no"} {
			t.Run(tt.name+", "+line, func(t *testing.T) {
				r := newRuleRig(t, config.Quorum{MinPresent: 4, MinLivedExperience: tt.minLived, RemoteCounts: true})
				r.arrive(tt.here)
				if !tt.ok {
					r.fails(line, "only while the meeting is quorate and balanced (now: "+tt.why+")")
					return
				}
				r.do(line)
				rt, ok := r.state().RatificationOf(1)
				if !ok || rt.Ratified != (line == "ratify 1") || rt.Quorum != r.state().Status() {
					t.Errorf("ratification %+v, %v", rt, ok)
				}
			})
		}
	}
}

// Rule 4. A decision recorded with no staff member with decision authority
// present carries a warning; with one present and taking part, none.
func TestRuleDecisionWithoutStaffWithAuthorityIsWarned(t *testing.T) {
	tests := []struct {
		name         string
		here         string
		then         []string
		remoteCounts bool
		warned       bool
	}{
		{"staff with authority present: no warning", "l1 l2 s1 s3", nil, true, false},
		{"only staff without authority: warning", "l1 l2 s3 s4", nil, true, true},
		{"no staff at all: warning", "l1 l2", nil, true, true},
		{"staff with authority joining remotely: no warning", "l1 l2 s1~ s3", nil, true, false},
		{"staff with authority remote, even where remote attendees do not count: no warning", "l1 l2 s1~ s3", nil, false, false},
		{"staff with authority who left: warning", "l1 l2 s1 s3", []string{"leave s1"}, true, true},
		{"one of two with authority left: no warning", "l1 l2 s1 s2", []string{"leave s1"}, true, false},
		{"staff with authority who declared an interest: warning", "l1 l2 s1 s3", []string{"declare s1 item 1: manages the service"}, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRuleRig(t, config.Quorum{MinPresent: 4, MinLivedExperience: 2, RemoteCounts: tt.remoteCounts})
			r.arrive(tt.here)
			r.do(tt.then...)
			lines := strings.Join(r.do("decide Ask the board for a carers' budget"), "\n")
			d := r.state().Decisions[0]
			want := []string(nil)
			if tt.warned {
				want = []string{"no staff member with decision authority is present: check that the partners can act on this"}
			}
			if !reflect.DeepEqual(d.Warnings, want) {
				t.Errorf("warnings %q; want %q", d.Warnings, want)
			}
			if d.Quorum.Authority == tt.warned {
				t.Errorf("the decision's status says authority %v; want %v", d.Quorum.Authority, !tt.warned)
			}
			if got := strings.Contains(lines, "warning: no staff member with decision authority"); got != tt.warned {
				t.Errorf("the decision's lines warn: %v; want %v:\n%s", got, tt.warned, lines)
			}
		})
	}
}

// Rule 5. Declarations of interest are recorded for the current item or a
// named one; someone with a declared interest in an item, and present,
// does not take part in its decisions, and is not counted for them.
func TestRuleDeclaredInterestKeepsSomeoneOutOfThatItemsDecisions(t *testing.T) {
	tests := []struct {
		name      string
		steps     []string // after l1 l2 s1 s2 arrive, on item 1
		item      int      // the declaration's item
		notTaking []string // in the decision taken last
		present   int      // counted in that decision
	}{
		{"declared for the current item: not taking part", []string{"declare s2 item 1: manages the service"}, 1, []string{"s2"}, 3},
		{"declared for the next item: takes part in this one", []string{"declare s2 item 2: manages the service"}, 2, nil, 4},
		{"declared for the next item: not taking part there", []string{"declare s2 item 2: manages the service", "next"}, 2, []string{"s2"}, 3},
		{"declared for the last item, the highest there is", []string{"declare s2 item 4: manages the service", "item 4"}, 4, []string{"s2"}, 3},
		{"declared for an earlier item: takes part in this one", []string{"declare s2 item 1: manages the service", "next"}, 1, nil, 4},
		{"declared and then left: nobody stands aside", []string{"declare s2 item 1: manages the service", "leave s2"}, 1, nil, 3},
		{"declared twice: stands aside once", []string{"declare s2 item 1: manages the service", "declare s2 item 1: and sits on its board"}, 1, []string{"s2"}, 3},
		{"two people declared: both stand aside, in the order they declared",
			[]string{"declare s2 item 1: manages the service", "declare l1 item 1: uses the service"}, 1, []string{"s2", "l1"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRuleRig(t, config.Quorum{MinPresent: 4, MinLivedExperience: 2, RemoteCounts: true})
			r.arrive("l1 l2 s1 s2")
			r.do(tt.steps...)
			if got := r.state().Declarations[0].Item; got != tt.item {
				t.Errorf("declaration for item %d; want %d", got, tt.item)
			}
			lines := strings.Join(r.do("decide Extend the survey"), "\n")
			d := r.state().Decisions[0]
			if !reflect.DeepEqual(d.NotTaking, tt.notTaking) {
				t.Errorf("not taking part %v; want %v", d.NotTaking, tt.notTaking)
			}
			if d.Quorum.Present != tt.present {
				t.Errorf("the decision counted %d; want %d", d.Quorum.Present, tt.present)
			}
			if said := strings.Contains(lines, "Not taking part (declared an interest)"); said != (len(tt.notTaking) > 0) {
				t.Errorf("lines say who is not taking part: %v; want %v:\n%s", said, len(tt.notTaking) > 0, lines)
			}
		})
	}
	t.Run("an item after the last is refused", func(t *testing.T) {
		r := newRuleRig(t, config.Quorum{})
		r.arrive("s2")
		r.fails("declare s2 item 5: manages the service", "there is no item 5; the agenda has items 1 to 4")
	})
}

// Rule 7. A break is due every [breaks] every, counted from the opening or
// from the end of the last break; a break lasts [breaks] length unless the
// chair says otherwise (10 minutes when the group sets none), and pauses
// the item clock.
func TestRuleBreakIsDueEveryIntervalFromTheOpeningOrTheLastBreak(t *testing.T) {
	tests := []struct {
		name          string
		every, length time.Duration
		steps         []any // commands, and durations to wait
		due           bool
		dueAt         time.Duration // after the opening; 0: no break is due at all
	}{
		{"one second before the interval: not due", time.Hour, 0, []any{time.Hour - time.Second}, false, time.Hour},
		{"exactly the interval: due", time.Hour, 0, []any{time.Hour}, true, time.Hour},
		{"after the interval: due", time.Hour, 0, []any{time.Hour + time.Minute}, true, time.Hour},
		{"counted from the end of the last break: not due one second before",
			time.Hour, 0, []any{30 * time.Minute, "break", 15 * time.Minute, "resume", time.Hour - time.Second}, false, 105 * time.Minute},
		{"counted from the end of the last break: due at the interval",
			time.Hour, 0, []any{30 * time.Minute, "break", 15 * time.Minute, "resume", time.Hour}, true, 105 * time.Minute},
		{"on a break: no break is due", time.Hour, 0, []any{2 * time.Hour, "break"}, false, 0},
		{"paused by a red card: a break is still due", time.Hour, 0, []any{"arrive l1", 2 * time.Hour, "card l1 red"}, true, time.Hour},
		{"no interval set: never due", 0, 0, []any{5 * time.Hour}, false, 0},
		{"after the meeting ended: not due", time.Hour, 0, []any{2 * time.Hour, "end"}, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRuleRig(t, config.Quorum{})
			r.live.state.Setup.Group.Breaks = config.Breaks{Every: config.Duration{Duration: tt.every}, Length: config.Duration{Duration: tt.length}}
			r.play(tt.steps...)
			st, now := r.state(), r.clock.Now()
			if got := st.BreakDue(now); got != tt.due {
				t.Errorf("due %v; want %v", got, tt.due)
			}
			want := time.Time{}
			if tt.dueAt > 0 {
				want = testStart.Add(tt.dueAt)
			}
			if got := st.BreakDueAt(); !got.Equal(want) {
				t.Errorf("due at %v; want %v", got, want)
			}
		})
	}
}

func TestRuleBreakLastsTheGroupsLengthUnlessTheChairSays(t *testing.T) {
	tests := []struct {
		name   string
		length time.Duration // [breaks] length
		line   string
		want   time.Duration
	}{
		{"the group's length", 15 * time.Minute, "break", 15 * time.Minute},
		{"the chair's length", 15 * time.Minute, "break 5m", 5 * time.Minute},
		{"no length set: 10 minutes", 0, "break", 10 * time.Minute},
		{"the shortest length set: one second", time.Second, "break", time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRuleRig(t, config.Quorum{})
			r.live.state.Setup.Group.Breaks.Length = config.Duration{Duration: tt.length}
			r.do(tt.line)
			p := r.state().Pause
			if p == nil || p.Kind != PauseBreak || p.Length != tt.want || r.state().Breaks[0].Planned != tt.want {
				t.Fatalf("pause %+v; want a break of %v", p, tt.want)
			}
			if got := p.BackAt(); !got.Equal(testStart.Add(tt.want)) {
				t.Errorf("back at %v; want %v", got, testStart.Add(tt.want))
			}
		})
	}
}

// Rule 7, asking: anyone taking part, remote attendees too, can ask for a
// break; asking does not start one, and starting one clears the requests.
func TestRuleAnyoneTakingPartCanAskForABreak(t *testing.T) {
	tests := []struct {
		name   string
		actor  string
		remote bool
		asked  bool
		refuse string
	}{
		{"a volunteer in the room", "l1", false, true, ""},
		{"a volunteer joining remotely", "l2", true, true, ""},
		{"a member of staff", "s1", false, true, ""},
		{"the minute-taker", "l3", false, true, ""},
		{"a guest only watches", "g1", false, false, "only the chair, or the minute-taker and members for themselves, can use break"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRuleRig(t, config.Quorum{})
			r.arrive("l3")
			r.do("minutes l3")
			if tt.actor != "l3" {
				arrival := "arrive " + tt.actor
				if tt.remote {
					arrival += " remote"
				}
				r.do(arrival)
			}
			a := Actor{Person: tt.actor}
			if !tt.asked {
				r.as(a, "break", tt.refuse)
				return
			}
			res, err := r.live.Do(a, "break")
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Events) != 1 || res.Events[0].Type != EvBreakRequested || res.Events[0].Person != tt.actor {
				t.Fatalf("events %+v; want one break request from %s", res.Events, tt.actor)
			}
			if r.state().Pause != nil {
				t.Fatal("asking started the break")
			}
			r.as(a, "break", "you have already asked for a break")
			r.do("break")
			if len(r.state().BreakRequests) != 0 {
				t.Errorf("requests %v after the break started", r.state().BreakRequests)
			}
			r.as(a, "break", "the meeting is already on a break")
		})
	}
}

// Rule 8. Each item has its time: the time left is shown, and then the
// overrun; nobody is cut off when the time runs out. Breaks and red cards
// do not count against the item.
func TestRuleItemTimeboxShowsTimeLeftThenOverrunAndCutsNobodyOff(t *testing.T) {
	tests := []struct {
		name  string
		steps []any
		left  time.Duration
		text  string
		floor bool // s1 still has the floor
	}{
		{"one second before the time: time left", []any{10*time.Minute - time.Second}, time.Second, "1s left", true},
		{"exactly the time: nothing left, not over", []any{10 * time.Minute}, 0, "0s left", true},
		{"one second after the time: over, and the speaker goes on", []any{10*time.Minute + time.Second}, -time.Second, "1s over", true},
		{"long over: the speaker still goes on", []any{3 * time.Hour}, -170 * time.Minute, "2h 50m over", true},
		{"a break does not count", []any{5 * time.Minute, "break", time.Hour, "resume", 5 * time.Minute}, 0, "0s left", false},
		{"a red card does not count", []any{5 * time.Minute, "card l1 red", time.Hour, "resume", 5*time.Minute + time.Second}, -time.Second, "1s over", false},
		{"a gap in the record does not count", []any{5 * time.Minute, "note five minutes in", "crash", 4 * time.Minute}, time.Minute, "1m left", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRuleRig(t, config.Quorum{})
			r.arrive("l1 s1")
			r.do("speak s1")
			r.play(tt.steps...)
			st, now := r.state(), r.clock.Now()
			if got := st.ItemLeft(now); got != tt.left {
				t.Errorf("left %v; want %v", got, tt.left)
			}
			if got := st.ItemTimeText(now); got != tt.text {
				t.Errorf("text %q; want %q", got, tt.text)
			}
			if tt.floor && (st.Speaker == nil || st.Speaker.Person != "s1") {
				t.Errorf("the speaker was cut off: %+v", st.Speaker)
			}
		})
	}
}

// play runs steps in order: a command line as the chair, a length of time
// to wait, or "crash" to stop and resume the meeting.
func (r *rig) play(steps ...any) {
	r.t.Helper()
	for _, s := range steps {
		switch s := s.(type) {
		case string:
			if s == "crash" {
				r.crash()
				continue
			}
			r.do(s)
		case time.Duration:
			r.wait(s)
		default:
			r.t.Fatalf("a step %v (%T) is neither a command nor a time", s, s)
		}
	}
}

// crash restarts the meeting from its journal, as after a laptop dies:
// the gap from the last event to now is recorded.
func (r *rig) crash() {
	r.t.Helper()
	r.wait(time.Minute) // the time nothing was recorded
	past := meetingtest.Events[Event](r.t, r.rec)
	r.clock = NewSimClock(r.clock.Now())
	live, _, err := Start(r.state().Setup, past, r.rec, r.clock, Options{})
	if err != nil {
		r.t.Fatalf("resume: %v", err)
	}
	r.live = live
}

// Rule 9. The speaking queue: people who have not spoken on this item go
// first, then whoever has spoken least in the whole meeting, then whoever
// raised a hand first; each place says why.
func TestRuleQueueCallsTheUnheardFirstThenTheLeastHeard(t *testing.T) {
	tests := []struct {
		name    string
		steps   []any // after l1 l2 s1 s2 arrive
		want    []string
		reasons []string
	}{
		{"nobody has spoken: first hand up first",
			[]any{"hand s1", time.Second, "hand l1"}, []string{"s1", "l1"},
			[]string{"has not spoken yet", "has not spoken yet"}},
		{"hands up at the same moment: in the order raised",
			[]any{"hand s1", "hand l1"}, []string{"s1", "l1"},
			[]string{"has not spoken yet", "has not spoken yet"}},
		{"not yet heard on this item before one who has, however briefly",
			[]any{"speak s1", "done", "hand s1", "hand l1"}, []string{"l1", "s1"},
			[]string{"has not spoken yet", "has spoken 0s in all"}},
		{"heard on an earlier item only: still before those heard on this one",
			[]any{"speak s1", 5 * time.Minute, "speak l1", time.Second, "done", "next", "speak l1", time.Second, "done", "hand l1", "hand s1"},
			[]string{"s1", "l1"}, []string{"has not spoken on this item", "has spoken 2s in all"}},
		{"both heard: one second less in all goes first",
			[]any{"speak s1", time.Minute, "speak l1", time.Minute - time.Second, "done", "hand s1", "hand l1"},
			[]string{"l1", "s1"}, []string{"has spoken 59s in all, less than those after", "has spoken 1m in all"}},
		{"both heard for the same time: first hand up first",
			[]any{"speak s1", time.Minute, "speak l1", time.Minute, "done", "hand s1", "hand l1"},
			[]string{"s1", "l1"}, []string{"has spoken 1m in all", "has spoken 1m in all"}},
		{"a turn still going counts",
			[]any{"speak l1", time.Minute, "done", "speak s1", 2 * time.Minute, "hand l1", "hand l2", "hand s2"},
			[]string{"l2", "s2", "l1"}, []string{"has not spoken yet", "has not spoken yet", "has spoken 1m in all"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRuleRig(t, config.Quorum{})
			r.arrive("l1 l2 s1 s2")
			r.play(tt.steps...)
			var got, reasons []string
			for _, w := range r.state().QueueOrder(r.clock.Now()) {
				got, reasons = append(got, w.Person), append(reasons, w.Reason)
			}
			if !reflect.DeepEqual(got, tt.want) || !reflect.DeepEqual(reasons, tt.reasons) {
				t.Errorf("queue %v %q\nwant  %v %q", got, reasons, tt.want, tt.reasons)
			}
			r.do("speak")
			if sp := r.state().Speaker; sp == nil || sp.Person != tt.want[0] {
				t.Errorf("speak gave the floor to %+v; want %s", sp, tt.want[0])
			}
		})
	}
}

// Rule 9, counting: speaking time is counted per person and per kind,
// each turn for the kind the speaker had when they spoke; guests' time is
// kept apart.
func TestRuleSpeakingTimeIsCountedPerPersonAndPerKind(t *testing.T) {
	tests := []struct {
		name        string
		steps       []any
		item        int
		lived       time.Duration
		staff       time.Duration
		guests      time.Duration
		personL1All time.Duration
	}{
		{"one volunteer, one member of staff", []any{"speak l1", time.Minute, "speak s1", 2 * time.Minute, "done"}, 0,
			time.Minute, 2 * time.Minute, 0, time.Minute},
		{"carers count as lived experience", []any{"speak l2", time.Minute, "done"}, 0, time.Minute, 0, 0, 0},
		{"guests are kept apart", []any{"speak g1", time.Minute, "done"}, 0, 0, 0, time.Minute, 0},
		{"a turn still going counts up to now", []any{"speak l1", time.Minute}, 0, time.Minute, 0, 0, time.Minute},
		{"one item only", []any{"speak l1", time.Minute, "next", "speak s1", time.Minute, "speak l1", 30 * time.Second}, 2,
			30 * time.Second, time.Minute, 0, 90 * time.Second},
		{"a break ends the turn", []any{"speak l1", time.Minute, "break", time.Hour}, 0, time.Minute, 0, 0, time.Minute},
		{"a departure ends the turn", []any{"speak l1", time.Minute, "leave l1", time.Hour}, 0, time.Minute, 0, 0, time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRuleRig(t, config.Quorum{})
			r.arrive("l1 l2 s1 g1")
			r.play(tt.steps...)
			st, now := r.state(), r.clock.Now()
			sh := st.SpeakingByKind(tt.item, now)
			if sh != (SpeakingShare{Lived: tt.lived, Staff: tt.staff, Guests: tt.guests}) {
				t.Errorf("share %+v; want lived %v, staff %v, guests %v", sh, tt.lived, tt.staff, tt.guests)
			}
			if got := st.SpokenFor("l1", 0, now); got != tt.personL1All {
				t.Errorf("l1 spoke %v in all; want %v", got, tt.personL1All)
			}
		})
	}
}

// Rule 9, closing: before an item closes, the chair can offer a go-round
// to everyone here not yet heard on it; when it closes, who was not heard
// is recorded (only where someone had the floor on it).
func TestRuleNotHeardAreOfferedAGoRoundAndRecordedWhenTheItemCloses(t *testing.T) {
	tests := []struct {
		name     string
		steps    []string // after l1 l2 s1 g1 arrive
		goRound  []string // who the go-round adds, or nil when it is refused
		notHeard []string // recorded when the item closes
	}{
		{"nobody spoke: a go-round for every member, nobody recorded", nil, []string{"l1", "l2", "s1"}, nil},
		{"one spoke: the others", []string{"speak l1", "done"}, []string{"l2", "s1"}, []string{"l2", "s1"}},
		{"one speaking now counts as heard", []string{"speak l1"}, []string{"l2", "s1"}, []string{"l2", "s1"}},
		{"a hand already up is not added twice", []string{"speak l1", "hand l2"}, []string{"s1"}, []string{"l2", "s1"}},
		{"everyone heard: no go-round, nobody recorded", []string{"speak l1", "speak l2", "speak s1", "done"}, nil, nil},
		{"someone who left is not listed", []string{"speak l1", "leave s1"}, []string{"l2"}, []string{"l2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRuleRig(t, config.Quorum{})
			r.arrive("l1 l2 s1 g1")
			r.do(tt.steps...)
			if tt.goRound == nil {
				r.fails("goround", "everyone here has been heard on this item, or is already in the queue")
			} else {
				res, err := r.live.Do(ConsoleActor(), "goround")
				if err != nil {
					t.Fatal(err)
				}
				if got := res.Events[0].People; !reflect.DeepEqual(got, tt.goRound) {
					t.Errorf("go-round offered %v; want %v", got, tt.goRound)
				}
				// The go-round's places are in the queue; close the item
				// with the state as the steps left it.
				r = newRuleRig(t, config.Quorum{})
				r.arrive("l1 l2 s1 g1")
				r.do(tt.steps...)
			}
			r.do("next")
			if got := r.state().Items[0].NotSpoken; !reflect.DeepEqual(got, tt.notHeard) {
				t.Errorf("not heard %v; want %v", got, tt.notHeard)
			}
		})
	}
}

// Rule 10. Cards: anyone taking part shows one, remotely too, for
// themselves; a red card pauses the meeting (the item clock stops and the
// speaker's turn ends), yellow and green do not.
func TestRuleRedCardPausesTheMeetingOtherCardsDoNot(t *testing.T) {
	tests := []struct {
		name   string
		before []string
		actor  Actor
		line   string
		paused bool
		turn   bool // the speaker's turn ended
	}{
		{"red from the chair's laptop", nil, ConsoleActor(), "card l1 red", true, true},
		{"red from a member in the room, for themselves", nil, Actor{Person: "l1"}, "card red", true, true},
		{"red from a member joining remotely", nil, Actor{Person: "l2"}, "card red", true, true},
		{"yellow: no pause", nil, Actor{Person: "l1"}, "card yellow", false, false},
		{"green: no pause", nil, Actor{Person: "l1"}, "card green", false, false},
		{"red on a break: still the break", []string{"break"}, Actor{Person: "l1"}, "card red", true, true},
		{"a second red while paused: still the first", []string{"card l2 red"}, Actor{Person: "l1"}, "card red", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRuleRig(t, config.Quorum{})
			r.arrive("l1 l2~ s1")
			r.do("speak s1")
			r.wait(time.Minute)
			r.do(tt.before...)
			pauseBefore := r.state().Pause
			res, err := r.live.Do(tt.actor, tt.line)
			if err != nil {
				t.Fatal(err)
			}
			st := r.state()
			if len(st.Cards) == 0 || st.Cards[len(st.Cards)-1].Person != res.Events[0].Person {
				t.Fatalf("cards %+v", st.Cards)
			}
			if (st.Pause != nil) != tt.paused {
				t.Errorf("paused %+v; want %v", st.Pause, tt.paused)
			}
			if pauseBefore != nil && *st.Pause != *pauseBefore {
				t.Errorf("pause %+v; want the pause before, %+v", st.Pause, pauseBefore)
			}
			if ended := st.Speaker == nil; ended != tt.turn {
				t.Errorf("turn ended %v; want %v", ended, tt.turn)
			}
			if st.Pause != nil && st.Pause.Kind == PauseRedCard {
				left := st.ItemLeft(r.clock.Now())
				r.wait(time.Hour)
				if got := r.state().ItemLeft(r.clock.Now()); got != left {
					t.Errorf("the item clock ran during the red card: %v, then %v", left, got)
				}
				if !strings.Contains(r.state().BreakText(r.clock.Now()), "paused by a red card from") {
					t.Errorf("break text %q", r.state().BreakText(r.clock.Now()))
				}
			}
		})
	}
	t.Run("a member cannot show a card for someone else", func(t *testing.T) {
		r := newRuleRig(t, config.Quorum{})
		r.arrive("l1 l2")
		r.as(Actor{Person: "l1"}, "card l2 red", "only for yourself")
	})
	t.Run("a guest cannot show a card", func(t *testing.T) {
		r := newRuleRig(t, config.Quorum{})
		r.arrive("g1")
		r.as(Actor{Person: "g1"}, "card red", "can use card")
	})
}

// Rule 15. The meeting closes with a reflection, minuted; a score out of
// 5 at its start ("4/5 ...") is kept, anything else is just words.
func TestRuleReflectionIsRecordedWithAScoreFromOneToFive(t *testing.T) {
	tests := []struct {
		text  string
		score int
	}{
		{"1/5 a hard meeting", 1},
		{"5/5 everyone had a say", 5},
		{"0/5 below the scale", 0},
		{"6/5 above the scale", 0},
		{"10/5 two digits", 0},
		{"4/5: with a colon", 4},
		{"4/5. with a full stop", 4},
		{"4/6 another scale", 0},
		{"/5 no number", 0},
		{"Everyone had a say, 4/5", 0},
		{"everyone had a say", 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := newRuleRig(t, config.Quorum{})
			r.arrive("l1")
			lines := r.do("reflect " + tt.text)
			rf := r.state().Reflections
			if len(rf) != 1 || rf[0].Text != tt.text || rf[0].Score != tt.score {
				t.Fatalf("reflections %+v; want %q scored %d", rf, tt.text, tt.score)
			}
			want := "Reflection noted."
			if tt.score > 0 {
				want = fmt.Sprintf("Reflection noted (%d out of 5).", tt.score)
			}
			if lines[0] != want {
				t.Errorf("line %q; want %q", lines[0], want)
			}
		})
	}
}

// Rule 16. Volunteers' time: time credits for hours present, to the
// nearest whole credit (a half up) and at least 1 for coming.
func TestRuleTimeCreditsAreHoursToTheNearestCreditAndAtLeastOne(t *testing.T) {
	tests := []struct {
		hours, rate float64
		want        int
	}{
		{0, 1, 0},
		{-1, 1, 0},
		{0.01, 1, 1},
		{1, 1, 1},
		{1.49, 1, 1},
		{1.5, 1, 2},
		{2.49, 1, 2},
		{2.5, 1, 3},
		{2, 2, 4},
		{2, 0.5, 1},
		{3, 0.5, 2},
		{2, 0, 2},  // no rate recorded: 1 an hour
		{2, -1, 2}, // nor a rate below nothing
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%v hours at %v", tt.hours, tt.rate), func(t *testing.T) {
			if got := TimeCredits(tt.hours, tt.rate); got != tt.want {
				t.Errorf("TimeCredits(%v, %v) = %d; want %d", tt.hours, tt.rate, got, tt.want)
			}
		})
	}
}

// Rule 16, expenses: actual costs only (never a flat rate or an
// allowance), mileage at the group's rate, for volunteers and guests who
// came, within the limits of one claim.
func TestRuleExpensesAreActualCostsForThoseWhoCame(t *testing.T) {
	tests := []struct {
		name   string
		line   string
		pence  int
		refuse string
	}{
		{"bus fare", "expense l1: £4.50 bus fare", 450, ""},
		{"in pence", "expense l1: 80p parking", 80, ""},
		{"the most for one claim", "expense l1: £999.99 train", 99999, ""},
		{"a penny more than the most", "expense l1: £1000.00 train", 0, "is more than £999.99 for one claim"},
		{"the least", "expense l1: 1p parking", 1, ""},
		{"nothing", "expense l1: £0 nothing", 0, "the amount must be more than nothing"},
		{"mileage at the group's 45p", "expense l1: 12 miles", 540, ""},
		{"a tenth of a mile: rounded to the penny", "expense l1: 0.1 miles", 5, ""},
		{"the most miles", "expense l1: 1000 miles", 45000, ""},
		{"more than the most miles", "expense l1: 1000.1 miles", 0, "is not a distance from 0.1 to 1000 miles"},
		{"a flat rate is refused", "expense l1: £10 flat rate for coming", 0, "actual costs only, never a flat rate"},
		{"an allowance is refused", "expense l1: £5 travel Allowance", 0, "never an allowance"},
		{"a guest who came", "expense g1: £3 parking", 300, ""},
		{"staff claim from their employer", "expense s1: £3 parking", 0, "staff claim expenses from their employer"},
		{"someone who left can still claim", "expense l2: £3 parking", 300, ""},
		{"someone who never came cannot", "expense l3: £3 parking", 0, "has not been at this meeting"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRuleRig(t, config.Quorum{})
			r.arrive("l1 l2 s1 g1")
			r.do("leave l2")
			if tt.refuse != "" {
				r.fails(tt.line, tt.refuse)
				return
			}
			r.do(tt.line)
			ex := r.state().Expenses
			if len(ex) != 1 || ex[0].Pence != tt.pence {
				t.Fatalf("expenses %+v; want one of %d pence", ex, tt.pence)
			}
		})
	}
	t.Run("a group that pays no mileage", func(t *testing.T) {
		r := newRuleRig(t, config.Quorum{})
		r.live.state.Setup.Group.Recognition.MileageRate = 0
		r.arrive("l1")
		r.fails("expense l1: 12 miles", "the group pays no mileage")
		r.do("expense l1: £2.40 bus fare")
	})
}

// Rule 17. Actions have an owner and a due date from the meeting's day
// on, and are numbered in the meeting.
func TestRuleActionsHaveAnOwnerAndADueDateFromTheMeetingOn(t *testing.T) {
	tests := []struct {
		name   string
		line   string
		due    string
		refuse string
	}{
		{"due the day of the meeting", "action l1 by 2026-12-03: write it up", "2026-12-03", ""},
		{"due the day after", "action l1 by 2026-12-04: write it up", "2026-12-04", ""},
		{"due the day before: refused", "action l1 by 2026-12-02: write it up", "", "the date 2 December 2026 is before the meeting (3 December 2026); give a date from today on"},
		{"owned by someone not here", "action l3 by 2027-01-31: ask the bus company", "2027-01-31", ""},
		{"owned by nobody in the roster: refused", "action nobody by 2027-01-31: ask", "", "action:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRuleRig(t, config.Quorum{})
			r.arrive("l1 s1")
			if tt.refuse != "" {
				r.fails(tt.line, tt.refuse)
				return
			}
			r.do("action s1 by 2026-12-31: the first", tt.line)
			a := r.state().Actions
			if len(a) != 2 || a[1].Number != 2 || a[1].Due != tt.due || a[1].Item != 1 {
				t.Fatalf("actions %+v; want a second, due %s", a, tt.due)
			}
		})
	}
}

// Rule 17, carried: actions from earlier meetings are reviewed (done,
// dropped, or a new date from the meeting on).
func TestRuleCarriedActionsAreReviewed(t *testing.T) {
	tests := []struct {
		name   string
		line   string
		want   Outcome
		due    string
		refuse string
	}{
		{"done", "review 1 done", OutcomeDone, "", ""},
		{"dropped", "review 2 dropped", OutcomeDropped, "", ""},
		{"a new date on the meeting's day", "review 1 by 2026-12-03", OutcomeNewDate, "2026-12-03", ""},
		{"a new date the day before: refused", "review 1 by 2026-12-02", "", "", "the date 2 December 2026 is before the meeting (3 December 2026); give a date from today on"},
		{"the last carried action", "review 2 done", OutcomeDone, "", ""},
		{"one after the last: refused", "review 3 done", "", "", "there is no carried action 3; they are numbered 1 to 2"},
		{"none before the first: refused", "review 0 done", "", "", "review needs the number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRuleRig(t, config.Quorum{})
			if tt.refuse != "" {
				r.fails(tt.line, tt.refuse)
				return
			}
			r.do(tt.line)
			rv := r.state().Reviews
			if len(rv) != 1 || rv[0].Outcome != tt.want || rv[0].Due != tt.due {
				t.Fatalf("reviews %+v; want %s %s", rv, tt.want, tt.due)
			}
		})
	}
}

// Rule 6, in the meeting: a hand-over of the chair or the minutes
// mid-meeting is recorded, with the item; the new holder has the role's
// rights at once, and a guest cannot take either role.
func TestRuleHandOverMidMeetingIsRecorded(t *testing.T) {
	tests := []struct {
		name   string
		steps  []string // after l1 l2 s1 g1 arrive, on item 1
		line   string
		role   Role
		item   int
		refuse string
	}{
		{"the chair, on the first item", nil, "chair l1", RoleChair, 1, ""},
		{"the chair, later", []string{"chair l1", "next"}, "chair l2", RoleChair, 2, ""},
		{"the minutes", []string{"item 3"}, "minutes s1", RoleMinuteTaker, 3, ""},
		{"to whoever holds it already: refused", []string{"chair l1"}, "chair l1", "", 0, "Lived 1 is already the chair"},
		{"to whoever holds the other role: refused", []string{"minutes l1"}, "chair l1", "", 0, "Lived 1 is the minute-taker; hand that role to someone else first"},
		{"to a guest: refused", nil, "minutes g1", "", 0, "Guest 1 is a guest"},
		{"to someone not here: refused", nil, "chair l3", "", 0, "Lived 3 is not here"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRuleRig(t, config.Quorum{})
			r.arrive("l1 l2 s1 g1")
			r.do(tt.steps...)
			before := len(r.state().Handovers)
			if tt.refuse != "" {
				r.fails(tt.line, tt.refuse)
				return
			}
			r.do(tt.line)
			st := r.state()
			who := strings.Fields(tt.line)[1]
			if len(st.Handovers) != before+1 {
				t.Fatalf("handovers %+v", st.Handovers)
			}
			if h := st.Handovers[before]; h.Role != tt.role || h.Person != who || h.Item != tt.item || !h.At.Equal(testStart) {
				t.Errorf("handover %+v; want %s to %s at item %d", h, tt.role, who, tt.item)
			}
			if got := st.RoleOf(Actor{Person: who}); got != tt.role {
				t.Errorf("%s's role %s; want %s", who, got, tt.role)
			}
		})
	}
}

// Rule 13, in the meeting: apologies are recorded only for people who did
// not come, and once.
func TestRuleApologiesOnlyFromThoseWhoDidNotCome(t *testing.T) {
	tests := []struct {
		name   string
		steps  []string
		refuse string
	}{
		{"never came: recorded", nil, ""},
		{"here now: refused", []string{"arrive l3"}, "is here; apologies are for people who cannot come"},
		{"came and left: refused", []string{"arrive l3", "leave l3"}, "was here earlier"},
		{"already recorded: refused", []string{"apologies l3"}, "apologies from Lived 3 are already recorded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRuleRig(t, config.Quorum{})
			r.do(tt.steps...)
			if tt.refuse != "" {
				r.fails("apologies l3", tt.refuse)
				return
			}
			r.do("apologies l3")
			if !r.state().HasApologies("l3") || r.state().HasApologies("l4") {
				t.Errorf("apologies %v", r.state().Apologies)
			}
		})
	}
}
