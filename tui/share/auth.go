package share

import (
	"crypto/rand"
	"crypto/subtle"
	"fmt"
	"math/big"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/gyda/gyda/roster"
	gossh "golang.org/x/crypto/ssh"
)

// keyring maps the public keys in the roster to the people they belong
// to. Identity comes only from here, looked up with the key the client
// proved it holds.
type keyring struct {
	byKey map[string]string // marshalled public key -> person id
}

// newKeyring reads everyone's ssh_keys. A line that is not a public key,
// or a key two people share, is left out with a warning: that person cannot
// join by key, and nobody gets someone else's identity.
func newKeyring(people []roster.Person) (*keyring, []string) {
	k := &keyring{byKey: map[string]string{}}
	var warnings []string
	dup := map[string]bool{}
	for _, p := range people {
		if p.Retired {
			continue
		}
		for i, line := range p.SSHKeys {
			pub, _, _, _, err := gossh.ParseAuthorizedKey([]byte(line))
			if err != nil {
				warnings = append(warnings, fmt.Sprintf("roster: ssh_keys entry %d of %s is not a public key (%v); they cannot join with it", i+1, p.Name, err))
				continue
			}
			if _, isCert := pub.(*gossh.Certificate); isCert {
				warnings = append(warnings, fmt.Sprintf("roster: ssh_keys entry %d of %s is a certificate; give the plain public key", i+1, p.Name))
				continue
			}
			m := string(pub.Marshal())
			if other, ok := k.byKey[m]; ok && other != p.ID {
				dup[m] = true
				warnings = append(warnings, fmt.Sprintf("roster: %s and %s have the same SSH key (%s); neither can join with it", other, p.ID, gossh.FingerprintSHA256(pub)))
				continue
			}
			k.byKey[m] = p.ID
		}
	}
	for m := range dup {
		delete(k.byKey, m)
	}
	return k, warnings
}

// person returns whose key this is.
func (k *keyring) person(pub gossh.PublicKey) (string, bool) {
	if pub == nil {
		return "", false
	}
	id, ok := k.byKey[string(pub.Marshal())]
	return id, ok
}

// NewPasscode returns a random meeting passcode of nine digits in three
// groups ("482-913-075"), easy to read out and type.
func NewPasscode() (string, error) {
	n, err := rand.Int(rand.Reader, big.NewInt(1_000_000_000))
	if err != nil {
		return "", fmt.Errorf("make a passcode: %w", err)
	}
	s := fmt.Sprintf("%09d", n.Int64())
	return s[0:3] + "-" + s[3:6] + "-" + s[6:9], nil
}

// passcodeDigits keeps what matters in a typed passcode: its letters and
// digits, lower case. "482 913 075" and "482-913-075" are the same.
func passcodeDigits(s string) string {
	if len(s) > 64 {
		s = s[:64]
	}
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// passcodeMatches compares in constant time.
func passcodeMatches(want, got string) bool {
	w, g := passcodeDigits(want), passcodeDigits(got)
	return w != "" && subtle.ConstantTimeCompare([]byte(w), []byte(g)) == 1
}

// guesses holds back passcode guesses after wrong ones, so the passcode
// cannot be found by trying: per network address (an IPv4 address, or an
// IPv6 /64, which one household or venue is given), and for all addresses
// together.
//
// Per address: after a wrong passcode the next check waits base (1 s),
// then twice as long after each further wrong one, up to most (30 s);
// while an address has wrong guesses on record its checks take turns, one
// per wait, however many connections it opens. A right passcode from the
// address forgives it at once (a venue's Wi-Fi, where everyone shares one
// address, is not held up for long by one typo), and a record is forgotten
// after an hour with no guesses. Nobody is refused: a guess that must wait
// is held and checked when its turn comes (see Host.passcodeAuth).
//
// All addresses together: wrong guesses spend from a bucket of burst
// tokens, refilled at rate a second; when it is empty, checks wait for a
// token, so many addresses at once cannot guess faster than rate.
type guesses struct {
	mu         sync.Mutex
	base, most time.Duration
	m          map[string]*failures

	rate, burst, tokens float64
	last                time.Time
}

type failures struct {
	n     int       // wrong guesses in a row
	until time.Time // the next check may start then
}

const (
	maxBackoffAddrs = 10000
	// forgetAfter is how long after its last wait an address's wrong
	// guesses are forgotten.
	forgetAfter = time.Hour
)

func newGuesses(base, most time.Duration, rate float64, burst int) *guesses {
	return &guesses{base: base, most: most, m: map[string]*failures{}, rate: rate, burst: float64(burst), tokens: float64(burst)}
}

// delay is the wait after n wrong guesses in a row (n >= 1).
func (g *guesses) delay(n int) time.Duration {
	d := g.base << min(max(n-1, 0), 20)
	if d > g.most || d <= 0 {
		d = g.most
	}
	return d
}

// turn says how long addr must wait before its passcode is checked (0: it
// may be checked now). When it may, and addr has wrong guesses on record,
// the turn is taken: the address's next check waits again.
func (g *guesses) turn(addr string, now time.Time) time.Duration {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.refill(now)
	var wait time.Duration
	f := g.m[addr]
	if f != nil && now.Sub(f.until) > forgetAfter {
		delete(g.m, addr)
		f = nil
	}
	if f != nil && now.Before(f.until) {
		wait = f.until.Sub(now)
	}
	if g.tokens < 1 {
		wait = max(wait, time.Duration((1-g.tokens)/g.rate*float64(time.Second))+time.Millisecond)
	}
	if wait > 0 {
		return wait
	}
	if f != nil {
		f.until = now.Add(g.delay(f.n))
	}
	return 0
}

// failed records a wrong passcode from addr.
func (g *guesses) failed(addr string, now time.Time) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.refill(now)
	g.tokens--
	f, ok := g.m[addr]
	if !ok {
		if len(g.m) >= maxBackoffAddrs {
			g.prune(now)
		}
		f = &failures{}
		g.m[addr] = f
	}
	f.n++
	f.until = now.Add(g.delay(f.n))
}

// succeeded forgives addr: someone there knows the passcode.
func (g *guesses) succeeded(addr string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	delete(g.m, addr)
}

// refill adds the tokens earned since the last call. The caller holds mu.
func (g *guesses) refill(now time.Time) {
	if !g.last.IsZero() && now.After(g.last) {
		g.tokens = min(g.burst, g.tokens+now.Sub(g.last).Seconds()*g.rate)
	}
	g.last = now
}

// prune forgets addresses whose wait is long over; if that is not enough,
// it forgets all (the limit for all addresses together still holds). The
// caller holds mu.
func (g *guesses) prune(now time.Time) {
	for a, f := range g.m {
		if now.Sub(f.until) > g.most {
			delete(g.m, a)
		}
	}
	if len(g.m) >= maxBackoffAddrs {
		clear(g.m)
	}
}

// guessKey is the network a guess comes from: an IPv4 address, or the
// /64 an IPv6 address is in (one household or venue is given a whole /64,
// so a single address would let one guesser pose as millions).
func guessKey(a net.Addr) string {
	var ip net.IP
	switch v := a.(type) {
	case *net.TCPAddr:
		ip = v.IP
	default:
		return addrKey(a)
	}
	if ip4 := ip.To4(); ip4 != nil {
		return ip4.String()
	}
	if len(ip) == net.IPv6len {
		return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
	}
	return addrKey(a)
}
