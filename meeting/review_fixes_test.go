package meeting

import (
	"reflect"
	"strings"
	"testing"
)

func TestNoDecisionsOrActionsWhilePaused(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive mair", "card mair red")
	r.fails("decide Go ahead", "the meeting is paused (red card); type resume first")
	r.fails("action sian by 2026-12-20: write it up", "the meeting is paused")
	r.do("note Mair needed a moment", "resume", "break")
	r.fails("decide Go ahead", "the meeting is paused (break)")
}

func TestDecisionCountsOnlyThoseTakingPart(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive dafydd", "arrive mair", "arrive rhys", "arrive aled", "arrive claire",
		"declare mair item 3: her son uses the transport scheme", "item 3", "decide Invite the bus company")
	d := r.state().Decisions[0]
	if d.Quorum.Present != 5 || d.Quorum.Quorate || !d.Provisional {
		t.Fatalf("decision counted %d present, quorate %v; want 5 taking part, not quorate, provisional", d.Quorum.Present, d.Quorum.Quorate)
	}
	if !reflect.DeepEqual(d.NotTaking, []string{"mair"}) {
		t.Fatalf("not taking part %v", d.NotTaking)
	}
}

func TestRefusalsNameWhoMay(t *testing.T) {
	r := newRig(t)
	r.do("arrive gwen")
	r.as(Actor{Person: "gwen"}, "hand", "only the chair, or the minute-taker and members for themselves, can use hand")
	r.as(Actor{Person: "gwen"}, "next", "only the chair can use next")
}

func TestHandsLoweredOnANewItemAreSaid(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive aled", "hand aled", "hand sian")
	lines := strings.Join(r.do("next"), "\n")
	if !strings.Contains(lines, "Hands still up were lowered for the new item: Aled Price and Siân Davies") {
		t.Fatalf("next did not say the hands were lowered:\n%s", lines)
	}
}

func TestNoApologiesFromSomeoneWhoCame(t *testing.T) {
	r := newRig(t)
	r.do("arrive tom", "leave tom")
	r.fails("apologies tom", "Tom Hughes was here earlier (arrived at 10:00)")
}

func TestGoRound(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive aled", "arrive mair", "arrive gwen", "speak aled", "done", "hand mair")
	lines := r.do("goround")
	if lines[0] != "Go-round: Siân Davies not heard on this item yet, so in the queue now." {
		t.Fatalf("go-round line %q", lines[0])
	}
	var q []string
	for _, w := range r.state().QueueOrder(r.clock.Now()) {
		q = append(q, w.Person)
	}
	if !reflect.DeepEqual(q, []string{"mair", "sian"}) {
		t.Fatalf("queue after go-round %v; want mair (waiting already), then sian", q)
	}
	r.fails("goround", "everyone here has been heard on this item, or is already in the queue")
}

func TestHelpOffersWaitOnlyOnTheSimulatedClock(t *testing.T) {
	r := newRig(t)
	if lines := strings.Join(r.do("help"), "\n"); strings.Contains(lines, "wait DURATION") {
		t.Fatal("help offers wait on a meeting whose setup says the wall clock")
	}
	r.live.state.Setup.Clock = "sim"
	if lines := strings.Join(r.do("help"), "\n"); !strings.Contains(lines, "wait DURATION") {
		t.Fatal("help does not offer wait on the simulated clock")
	}
}

func TestNotHeardOnlyWhereTheFloorWasGiven(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive aled")
	if lines := strings.Join(r.do("next"), "\n"); strings.Contains(lines, "Not heard") {
		t.Fatalf("an item nobody spoke on listed people not heard:\n%s", lines)
	}
	r.do("speak aled")
	if lines := strings.Join(r.do("next"), "\n"); !strings.Contains(lines, "Not heard on the last item: Siân Davies.") {
		t.Fatalf("an item with a speaker did not list who was not heard:\n%s", lines)
	}
}
