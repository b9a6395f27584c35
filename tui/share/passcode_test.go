package share

import (
	"net"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestGuessesBackOffGentlyAndForgive(t *testing.T) {
	g := newGuesses(time.Second, 30*time.Second, 1000, 1000)
	now := time.Unix(1_700_000_000, 0)
	a := "10.0.0.5"
	if w := wait(g, a, now); w != 0 {
		t.Fatalf("a first guess waits %s", w)
	}
	var waits []time.Duration
	for range 8 {
		g.failed(a, now)
		w := wait(g, a, now)
		waits = append(waits, w)
		now = now.Add(w)
		if wait(g, a, now) != 0 {
			t.Fatal("the turn did not come when it was said to")
		}
	}
	want := []time.Duration{1, 2, 4, 8, 16, 30, 30, 30}
	for i := range want {
		if waits[i] != want[i]*time.Second {
			t.Fatalf("waits after wrong passcodes: %v, want 1s, 2s, 4s, 8s, 16s, 30s, 30s, 30s", waits)
		}
	}
	// While it has wrong guesses on record, an address takes turns: a
	// second check straight after the first waits.
	if w := wait(g, a, now); w != 30*time.Second {
		t.Fatalf("a second check at once waits %s, want 30s", w)
	}
	// Another address is not held up.
	if w := wait(g, "10.0.0.6", now); w != 0 {
		t.Fatalf("another address waits %s", w)
	}
	// A right passcode forgives the address at once.
	g.succeeded(a)
	for range 3 {
		if w := wait(g, a, now); w != 0 {
			t.Fatalf("after a right passcode the address still waits %s", w)
		}
	}
	g.failed(a, now)
	if w := wait(g, a, now); w != time.Second {
		t.Fatalf("after forgiveness, one typo waits %s, want 1s", w)
	}
	// Wrong guesses are forgotten after an hour with none.
	for range 10 {
		g.failed(a, now)
	}
	now = now.Add(30*time.Second + forgetAfter + time.Second)
	wait(g, a, now)
	g.failed(a, now)
	if w := wait(g, a, now); w != time.Second {
		t.Fatalf("an hour later, a typo waits %s, want 1s", w)
	}
}

// wait is how long addr's next check waits, whatever the reason.
func wait(g *guesses, addr string, now time.Time) time.Duration {
	w, _ := g.turn(addr, now)
	return w
}

func TestGuessesFromAllAddressesAreBounded(t *testing.T) {
	g := newGuesses(time.Second, 30*time.Second, 2, 10)
	now := time.Unix(1_700_000_000, 0)
	for i := range 10 {
		addr := net.IPv4(10, 0, 1, byte(i)).String()
		if w := wait(g, addr, now); w != 0 {
			t.Fatalf("guess %d waits %s", i, w)
		}
		g.failed(addr, now)
	}
	// The bucket is empty. A network that has guessed wrong waits for a
	// token (half a second at two a second) once its own wait is over,
	// and is told it is everyone's guessing that holds it.
	later := now.Add(time.Second)
	g.failed("10.0.1.0", now) // its second wrong guess: 2 s of its own
	g.failed("10.0.1.1", now)
	g.failed("10.0.1.2", now)
	w, why := g.turn("10.0.1.3", later)
	if w < 400*time.Millisecond || w > 1600*time.Millisecond || why != waitEveryone {
		t.Fatalf("with the bucket empty, a guessing network waits %s (reason %d), want about 1.5s for everyone's guessing", w, why)
	}
	if w := wait(g, "10.0.1.3", later.Add(w)); w != 0 {
		t.Fatalf("after the wait: %s", w)
	}
	// A network that has not guessed is checked at once, however empty
	// the bucket is: a real guest is never held up by others' guessing.
	for i := range 50 {
		g.failed(net.IPv4(10, 0, 3, byte(i)).String(), later)
	}
	if w := wait(g, "10.0.2.1", later); w != 0 {
		t.Fatalf("a network with no wrong guesses waits %s", w)
	}
}

// TestGuessesPerHourBound simulates the fastest single-address guesser:
// as many connections as it likes, each guessing the moment its turn comes.
// It checks the bound stated in the package documentation.
func TestGuessesPerHourBound(t *testing.T) {
	lim := DefaultLimits()
	g := newGuesses(lim.FailBackoff, lim.MaxFailBackoff, lim.WrongPasscodeRate, lim.WrongPasscodeBurst)
	start := time.Unix(1_700_000_000, 0)
	now := start
	// A first burst: one guess on every connection it may hold, at once.
	n := 0
	for range lim.MaxHandshakesPerAddr {
		if wait(g, "10.0.0.5", now) == 0 {
			n++
		}
	}
	for range n {
		g.failed("10.0.0.5", now)
	}
	for now.Before(start.Add(time.Hour)) {
		w := wait(g, "10.0.0.5", now)
		if w > 0 {
			now = now.Add(w)
			continue
		}
		n++
		g.failed("10.0.0.5", now)
	}
	if max := lim.MaxHandshakesPerAddr + 3600/30 + 6; n > max {
		t.Fatalf("%d guesses in an hour from one address, more than the documented %d", n, max)
	}
	t.Logf("%d guesses in the first hour from one address", n)
}

func TestGuessKeyGroupsIPv6ByNetwork(t *testing.T) {
	for in, want := range map[string]string{
		"10.0.0.5":                  "10.0.0.5",
		"::ffff:10.0.0.5":           "10.0.0.5",
		"2001:db8:1:2:aaaa::1":      "2001:db8:1:2::/64",
		"2001:db8:1:2:bbbb:cccc::9": "2001:db8:1:2::/64",
	} {
		if got := guessKey(&net.TCPAddr{IP: net.ParseIP(in), Port: 5000}); got != want {
			t.Errorf("%s: %q, want %q", in, got, want)
		}
	}
}

// told collects what a client is told during authentication.
type told struct {
	mu    sync.Mutex
	lines []string
}

func (x *told) add(s string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.lines = append(x.lines, s)
}

func (x *told) text() string {
	x.mu.Lock()
	defer x.mu.Unlock()
	return strings.Join(x.lines, "\n")
}

func TestAWrongPasscodeIsExplained(t *testing.T) {
	live, _, _ := sampleMeeting(t)
	h := startHost(t, live, func(c *Config) { c.Limits.FailBackoff = 500 * time.Millisecond })
	var wrong told
	if _, err := dial(h.Addr(), dialOpt{passcode: "000-000-000", told: wrong.add}); err == nil {
		t.Fatal("a wrong passcode got in")
	}
	if !strings.Contains(wrong.text(), "Ask the chair for the meeting passcode.") ||
		!strings.Contains(wrong.text(), "That passcode is not right; ask the chair for today's passcode.") {
		t.Fatalf("the guest was told:\n%s", wrong.text())
	}
	// The next guest from the same address is held, told for how long,
	// and let in: one typo does not lock out a venue.
	var next told
	c, err := dial(h.Addr(), dialOpt{passcode: "123 456 789", told: next.add})
	if err != nil {
		t.Fatalf("the right passcode after a typo: %v", err)
	}
	c.Close()
	if !strings.Contains(next.text(), "yours will be checked in 1 second") {
		t.Fatalf("the waiting guest was told:\n%s", next.text())
	}
	// Forgiven: the next one is not held.
	var third told
	c, err = dial(h.Addr(), dialOpt{passcode: "123-456-789", told: third.add})
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	if strings.Contains(third.text(), "checked in") {
		t.Fatalf("after a right passcode, the next guest was still held:\n%s", third.text())
	}
}

func TestAWaitTooLongIsSaidAndNotHeld(t *testing.T) {
	live, _, _ := sampleMeeting(t)
	h := startHost(t, live, func(c *Config) {
		// A guest held for their turn would be held until the handshake's
		// deadline, 20 s; one told at once is back in well under that,
		// however busy the machine.
		c.Limits.FailBackoff, c.Limits.MaxFailBackoff = time.Minute, time.Minute
		c.Limits.HandshakeTimeout = 20 * time.Second
	})
	if _, err := dial(h.Addr(), dialOpt{passcode: "000-000-000"}); err == nil {
		t.Fatal("a wrong passcode got in")
	}
	var x told
	start := time.Now()
	if _, err := dial(h.Addr(), dialOpt{passcode: "123-456-789", told: x.add}); err == nil {
		t.Fatal("the right passcode was checked before its turn")
	}
	if waited := time.Since(start); waited > 10*time.Second {
		t.Fatalf("a guest whose turn comes too late was held anyway (%s)", waited)
	}
	if !regexp.MustCompile(`Wrong passcodes have come from your network, so the next can be checked only in (5[0-9]|60) seconds: wait, then connect again\.`).MatchString(x.text()) {
		t.Fatalf("the guest was told:\n%s", x.text())
	}
}

func TestAnEmptyPasscodeIsNotAGuess(t *testing.T) {
	live, _, _ := sampleMeeting(t)
	h := startHost(t, live, nil)
	var x told
	if _, err := dial(h.Addr(), dialOpt{passcode: " - ", told: x.add}); err == nil {
		t.Fatal("an empty passcode got in")
	}
	if !strings.Contains(x.text(), "Nothing was typed.") {
		t.Fatalf("told:\n%s", x.text())
	}
	if w := wait(h.guesses, "127.0.0.1", time.Now()); w != 0 {
		t.Fatalf("an empty answer was counted as a wrong guess (wait %s)", w)
	}
}
