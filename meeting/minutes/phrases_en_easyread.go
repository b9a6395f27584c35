package minutes

import (
	"time"

	"github.com/gyda/gyda/internal/prose"
)

func (english) easyRead() string               { return "Easy read summary" }
func (english) easyReadWord() string           { return "easy read" }
func (english) erTalked() string               { return "What we talked about" }
func (e english) erWeMet(day time.Time) string { return "We met on " + e.longDate(day) + "." }
func (english) erMembers(n int) string {
	if n == 0 {
		return "No members came."
	}
	return prose.Count(n, "member", "members") + " came."
}
func (english) erGuests(n int, members bool) string {
	if members {
		return prose.Count(n, "guest", "guests") + " came too."
	}
	return prose.Count(n, "guest", "guests") + " came."
}
func (english) erTalkedAbout() string { return "We talked about:" }
func (english) erDecided() string     { return "What we decided" }
func (english) erNoDecisions() string { return "We did not decide anything." }
func (english) erProvisional() string { return "We will check this at the next meeting." }
func (english) erWhoWhat() string     { return "Who will do what" }
func (english) erAction(owner string) string {
	return owner + " will do this:"
}
func (e english) erBy(due time.Time) string { return "By " + e.longDate(due) + "." }
func (english) erNoActions() string         { return "Nobody has a job to do from this meeting." }
func (english) erNext() string              { return "When we meet next" }
func (e english) erNextAt(t time.Time, dateOnly bool) string {
	if dateOnly {
		return "We meet next on " + e.longDate(t) + "."
	}
	return "We meet next on " + e.longDate(t) + " at " + clock(t) + "."
}
func (english) erNoNext() string { return "We do not know the date of the next meeting yet." }
