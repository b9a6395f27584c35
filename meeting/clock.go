package meeting

import (
	"sync"
	"time"
)

// Clock tells the time. The live meeting reads it; nothing in the domain
// sleeps or sets timers.
type Clock interface {
	Now() time.Time
}

// RealClock is the wall clock.
type RealClock struct{}

// Now returns the current time.
func (RealClock) Now() time.Time { return time.Now() }

// SimClock is a simulated clock that only moves when told to, for
// rehearsals, training and tests (`--clock sim` and the `wait` command).
type SimClock struct {
	mu  sync.Mutex
	now time.Time
}

// NewSimClock returns a simulated clock standing at t.
func NewSimClock(t time.Time) *SimClock { return &SimClock{now: t} }

// Now returns the simulated time.
func (c *SimClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Advance moves the simulated time on by d.
func (c *SimClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// Set moves the simulated time to t if t is later than now.
func (c *SimClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t.After(c.now) {
		c.now = t
	}
}
