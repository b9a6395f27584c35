package share

import (
	"io"
	"sync/atomic"
	"time"
)

// rateReader keeps what a client types to a steady rate with a burst
// (enough for a pasted paragraph). Input beyond that is read and dropped,
// not left waiting: waiting input would pile up in the SSH channel's
// buffer (2 MiB a session), and a flood should cost the host nothing. A
// read is passed whole or dropped whole, never cut, so a key's escape
// sequence is never split by the limit. Only the flooder notices. Only one
// goroutine reads.
type rateReader struct {
	r       io.Reader
	rate    float64
	burst   float64
	tokens  float64
	last    time.Time
	dropped atomic.Int64
	onEnd   func() // called when the input ends
}

func newRateReader(r io.Reader, rate, burst int, onEnd func()) *rateReader {
	return &rateReader{r: r, rate: float64(rate), burst: float64(burst), tokens: float64(burst), onEnd: onEnd}
}

func (rr *rateReader) refill() {
	now := time.Now()
	if !rr.last.IsZero() {
		rr.tokens = min(rr.burst, rr.tokens+now.Sub(rr.last).Seconds()*rr.rate)
	}
	rr.last = now
}

func (rr *rateReader) Read(p []byte) (int, error) {
	for {
		n, err := rr.r.Read(p)
		if n > 0 {
			rr.refill()
			if rr.tokens > 0 {
				rr.tokens -= float64(n)
				return n, err
			}
			rr.dropped.Add(int64(n))
		}
		if err != nil || n == 0 {
			if err != nil && rr.onEnd != nil {
				rr.onEnd() // the client closed its input: the session ends
			}
			return 0, err
		}
	}
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
