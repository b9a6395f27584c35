package share

import (
	"io"
	"sync/atomic"
	"time"
)

// rateReader slows down what a client types to a steady rate with a burst
// (enough for a pasted paragraph). A read is never split: it takes what
// arrived and goes into debt, and the next read waits until the debt is
// paid, so escape sequences are never cut in two. A flood fills only this
// client's own SSH window; nobody else notices. Only one goroutine reads.
type rateReader struct {
	r      io.Reader
	rate   float64
	burst  float64
	tokens float64
	last   time.Time
	done   <-chan struct{}
}

func newRateReader(r io.Reader, rate, burst int, done <-chan struct{}) *rateReader {
	return &rateReader{r: r, rate: float64(rate), burst: float64(burst), tokens: float64(burst), done: done}
}

func (rr *rateReader) refill() {
	now := time.Now()
	if !rr.last.IsZero() {
		rr.tokens = min(rr.burst, rr.tokens+now.Sub(rr.last).Seconds()*rr.rate)
	}
	rr.last = now
}

func (rr *rateReader) Read(p []byte) (int, error) {
	rr.refill()
	if rr.tokens < 0 {
		t := time.NewTimer(time.Duration(-rr.tokens / rr.rate * float64(time.Second)))
		select {
		case <-t.C:
		case <-rr.done:
			t.Stop()
			return 0, io.EOF
		}
		rr.refill()
	}
	if len(p) > int(rr.burst) {
		p = p[:int(rr.burst)]
	}
	n, err := rr.r.Read(p)
	rr.tokens -= float64(n)
	return n, err
}

// watchedWriter notes when a write began, so the host can drop a client
// whose writes block for too long (it stopped reading).
type watchedWriter struct {
	w     io.Writer
	since atomic.Int64 // unix nanoseconds when the pending write began; 0 when none
}

func (ww *watchedWriter) Write(p []byte) (int, error) {
	ww.since.Store(time.Now().UnixNano())
	n, err := ww.w.Write(p)
	ww.since.Store(0)
	return n, err
}

// stalled reports how long the pending write has blocked (0 if none).
func (ww *watchedWriter) stalled(now time.Time) time.Duration {
	s := ww.since.Load()
	if s == 0 {
		return 0
	}
	return now.Sub(time.Unix(0, s))
}
