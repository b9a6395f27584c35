package room

import (
	"testing"
	"time"
)

// The sizes every golden is drawn at: a small laptop terminal, a large
// one, and a projector's full screen.
var goldenSizes = [][2]int{{80, 24}, {120, 40}, {200, 60}}

func (r *rig) goldens(name string) {
	r.t.Helper()
	for _, s := range goldenSizes {
		r.golden(name, s[0], s[1])
	}
}

// arrive records a quorate, balanced room with the roles handed over.
func (r *rig) arrive() *rig {
	return r.do("arrive sian", "arrive dafydd", "arrive mair", "arrive rhys remote", "arrive john",
		"arrive aled", "arrive claire", "arrive tom", "arrive priya",
		"apologies bethan", "chair sian", "minutes dafydd")
}

func TestGoldenWaiting(t *testing.T) {
	r := newRig(t)
	r.shows(80, 24, "No meeting is running in this group yet.", "Press q to close this screen.")
	r.goldens("waiting")
}

func TestGoldenBeforeTheStart(t *testing.T) {
	r := newRig(t).start().share("")
	r.shows(80, 24, "The meeting will start soon", "Agenda", "Join: ssh -p 2222 127.0.0.1")
	r.goldens("before-start")
}

// busy is item 4 well under way: someone speaking, four waiting, a
// decision.
func (r *rig) busy() *rig {
	r.arrive().share("")
	r.do("next", "declare aled item 2: manages the respite service at the health board", "next", "next")
	r.do("hand mair", "speak").wait(3 * time.Minute)
	r.do("done", "hand claire", "speak").wait(2 * time.Minute)
	r.do("hand tom", "hand sian", "hand rhys", "hand mair")
	r.do("decide The RPB will be asked to fund weekend respite.")
	r.wait(90*time.Second + 20*time.Second)
	return r
}

func TestGoldenItemWithAQueue(t *testing.T) {
	r := newRig(t).start().busy()
	r.shows(80, 24, "Item 4 of 7", "Lead: Aled Price", "18 minutes left of 25 minutes", "Next:", "Decision 1:")
	r.goldens("item-queue")
}

func TestGoldenOverTime(t *testing.T) {
	r := newRig(t).start().arrive()
	r.do("next", "hand mair", "speak").wait(8*time.Minute + 30*time.Second)
	r.shows(80, 24, "over by 3 minutes")
	r.goldens("over-time")
}

func TestGoldenBreak(t *testing.T) {
	r := newRig(t).start().arrive()
	r.do("next").wait(20 * time.Minute)
	r.do("break").wait(3*time.Minute + 20*time.Second)
	r.shows(80, 24, "Back at 10:30 (in 6 minutes)", "After the break: item 2, Declarations of interest")
	r.goldens("break")
}

func TestGoldenRedCard(t *testing.T) {
	r := newRig(t).start().arrive()
	r.do("next", "next", "hand claire", "speak").wait(2 * time.Minute)
	r.do("card mair red").wait(40 * time.Second)
	r.shows(80, 24, "Mair Jones showed a red card", "paused")
	r.goldens("red-card")
}

func TestGoldenInquorate(t *testing.T) {
	r := newRig(t).start().arrive()
	r.do("next", "next", "next", "next").wait(5 * time.Minute)
	r.do("leave mair", "leave rhys", "leave john", "leave claire", "arrive gareth")
	r.do("decide Ask the bus company to come to the next meeting.")
	r.shows(80, 24, "NOT QUORATE", "NOT BALANCED", "PROVISIONAL", "Decisions taken now are provisional")
	r.goldens("inquorate")
}

func TestGoldenEnded(t *testing.T) {
	r := newRig(t).start().busy()
	r.do("action aled by 2026-12-20: share the survey results with the carers' centre")
	r.do("item 7").wait(8 * time.Minute)
	r.shows(80, 24, "Item 7 of 7") // the room follows the meeting to its end
	r.do("reflect Everyone had a say.", "end")
	r.wait(2 * time.Minute)
	r.shows(80, 24, "The meeting ended at 10:", "1 decision, 1 action.")
	r.goldens("ended")
}
