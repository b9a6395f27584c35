package share

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/gyda/gyda/internal/prose"
)

// summaryEvery is how often, at most, the chair is told what the limits
// turned away.
const summaryEvery = time.Minute

// refusals counts what the host turned away or cut (connections that did
// not log in in time or made way for others, wrong passcodes, guests with
// no room), so that the chair gets one line a minute at most about it,
// never a line for each: a flood must not bury the chair's screen.
type refusals struct {
	mu    sync.Mutex
	n     int
	addrs map[string]struct{}
	why   map[string]int
}

func newRefusals() *refusals {
	return &refusals{addrs: map[string]struct{}{}, why: map[string]int{}}
}

// add counts one connection from addr turned away, and why, in words that
// follow "N ...".
func (r *refusals) add(addr, why string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.n++
	if len(r.addrs) < 100_000 {
		r.addrs[addr] = struct{}{}
	}
	r.why[why]++
}

// line says what was counted since the last call, in one line, and
// starts counting afresh; "" when nothing was.
func (r *refusals) line() string {
	r.mu.Lock()
	n, addrs, why := r.n, len(r.addrs), r.why
	r.n, r.addrs, r.why = 0, map[string]struct{}{}, map[string]int{}
	r.mu.Unlock()
	if n == 0 {
		return ""
	}
	reasons := make([]string, 0, len(why))
	for w := range why {
		reasons = append(reasons, w)
	}
	sort.Slice(reasons, func(i, j int) bool {
		if why[reasons[i]] != why[reasons[j]] {
			return why[reasons[i]] > why[reasons[j]]
		}
		return reasons[i] < reasons[j]
	})
	parts := make([]string, len(reasons))
	for i, w := range reasons {
		parts[i] = fmt.Sprintf("%d %s", why[w], w)
	}
	return fmt.Sprintf("Refused %s from %s in the last minute (%s). Members with a key in the roster can still join.",
		prose.Count(n, "connection", "connections"), prose.Count(addrs, "address", "addresses"), strings.Join(parts, "; "))
}

// comings tells the chair of guests joining and leaving: each at once
// while they are few (guestBurst at once, then one every guestEvery), and
// beyond that counted into the minute's summary, so that guests coming and
// going in their thousands make one line a minute, not thousands.
type comings struct {
	lim *rate.Limiter

	mu           sync.Mutex
	joined, left int
}

const (
	guestBurst = 10
	guestEvery = 6 * time.Second
)

func newComings() *comings {
	return &comings{lim: rate.NewLimiter(rate.Every(guestEvery), guestBurst)}
}

// tell reports whether a guest's joining (or leaving) may be told now;
// if not, it is counted for the summary.
func (c *comings) tell(joined bool) bool {
	if c.lim.Allow() {
		return true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if joined {
		c.joined++
	} else {
		c.left++
	}
	return false
}

// line says how many guests joined and left without a line of their own
// since the last call; "" when none did.
func (c *comings) line(watching string) string {
	c.mu.Lock()
	j, l := c.joined, c.left
	c.joined, c.left = 0, 0
	c.mu.Unlock()
	if j == 0 && l == 0 {
		return ""
	}
	return fmt.Sprintf("In the last minute %s joined and %d left without a line each; %s.", prose.Count(j, "more guest", "more guests"), l, watching)
}

// summarise tells the chair, in a line or two at most once a minute, what
// the limits turned away and which guests came and went untold. The
// host's watcher calls it every second.
// With force, it tells what there is at once (for tests).
func (h *Host) summarise(now time.Time, force bool) {
	h.summaryMu.Lock()
	defer h.summaryMu.Unlock()
	if !force && now.Sub(h.lastSummary) < summaryEvery {
		return
	}
	var lines []string
	if l := h.refused.line(); l != "" {
		lines = append(lines, l)
	}
	if l := h.comings.line(h.guestsWatching()); l != "" {
		lines = append(lines, l)
	}
	if len(lines) > 0 {
		h.lastSummary = now
		h.notify(Notice{At: now, Lines: lines})
	}
}
