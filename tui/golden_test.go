package tui

import (
	"testing"
	"time"
)

// The moments of a meeting the goldens show. Each builds on the sample
// group's meeting on the simulated clock, so the views are the same on
// every machine.

// arriveAll records a quorate, balanced room with the roles handed over.
func arriveAll(r *rig) {
	r.do("arrive sian", "arrive dafydd", "arrive mair", "arrive rhys remote", "arrive john",
		"arrive aled", "arrive claire", "arrive tom", "arrive priya",
		"apologies bethan", "chair sian", "minutes dafydd")
}

// busyItem is item 4 well under way: someone speaking, five waiting, three
// decisions, an action, a note and an off-the-record note.
func busyItem(r *rig) {
	arriveAll(r)
	r.keys("enter")
	r.do("next", "declare aled item 2: manages the respite service at the health board", "next", "next")
	r.do("hand mair", "speak")
	r.clock.Advance(3 * time.Minute)
	r.do("done", "hand claire", "speak")
	r.clock.Advance(2 * time.Minute)
	r.do("hand tom", "hand sian", "hand rhys", "hand mair", "hand aled")
	r.do("note 212 carers answered the survey; many could not get respite at weekends.",
		"offrecord Mair talked about her own family's crisis last winter.",
		"decide The RPB will be asked to fund weekend respite.",
		"action aled by 2026-12-20: share the survey results with the carers' centre",
		"decide Carers will be asked which times suit them.",
		"decide The group will hear back at the January meeting.")
	r.clock.Advance(90 * time.Second)
	r.sync()
}

func TestGoldenStart(t *testing.T) {
	r := newRig(t)
	r.golden("start", 80, 24)
	r.golden("start", 120, 40)
}

func TestGoldenBusyItem(t *testing.T) {
	r := newRig(t)
	busyItem(r)
	r.contains("Decision 3", "▶ next")
	r.golden("busy", 80, 24)
	r.golden("busy", 120, 40)
}

func TestGoldenBreak(t *testing.T) {
	r := newRig(t)
	arriveAll(r)
	r.keys("enter")
	r.do("next")
	r.clock.Advance(20 * time.Minute)
	r.do("break")
	r.clock.Advance(3*time.Minute + 20*time.Second)
	r.sync()
	r.contains("ON A BREAK", "Back at 10:30 (in 6m 40s)")
	r.golden("break", 80, 24)
	r.golden("break", 120, 40)
}

func TestGoldenInquorate(t *testing.T) {
	r := newRig(t)
	arriveAll(r)
	r.keys("enter")
	r.do("next", "next", "next", "next")
	r.clock.Advance(5 * time.Minute)
	r.do("leave mair", "leave rhys", "leave john", "leave claire", "arrive gareth")
	r.do("decide Ask the bus company to come to the next meeting.")
	r.sync()
	r.contains("NOT QUORATE", "NOT BALANCED", "PROVISIONAL")
	r.golden("inquorate", 80, 24)
	r.golden("inquorate", 120, 40)
}

func TestGoldenEndFlow(t *testing.T) {
	r := newRig(t, func(c *Config) {
		c.WriteMinutes = func() ([]string, error) {
			return []string{"/groups/wg/meetings/2026-12-03-co-production-group/minutes.md"}, nil
		}
	})
	arriveAll(r)
	r.keys("enter")
	r.do("item 7")
	r.clock.Advance(8 * time.Minute)
	r.sync()
	r.keys("e", "Everyone had a say; the room was too warm.", "enter")
	r.keys("We need the papers a week earlier.")
	r.contains("Closing reflection", "Everyone had a say")
	r.golden("endflow-reflect", 80, 24)
	r.golden("endflow-reflect", 120, 40)
	r.keys("ctrl+u", "enter", "y")
	r.contains("Minutes written:", "minutes.md", "Press q or enter to leave gyda.")
	r.golden("endflow-done", 80, 24)
	r.golden("endflow-done", 120, 40)
}
