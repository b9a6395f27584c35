package share

import (
	"crypto/rand"
	"crypto/subtle"
	"fmt"
	"golang.org/x/time/rate"
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

// people is how many people have a key on the ring.
func (k *keyring) people() int {
	ids := map[string]bool{}
	for _, id := range k.byKey {
		ids[id] = true
	}
	return len(ids)
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
// cannot be found by trying, without ever holding up a guest from a
// network that has not guessed wrong: per network (an IPv4 address, or an
// IPv6 /64, which one household or venue is given), and for all networks
// together. The counting is golang.org/x/time/rate's.
//
// Per network: after a wrong passcode the next check waits base (1 s),
// then twice as long after each further wrong one, up to most (30 s);
// while a network has wrong guesses on record its checks take turns, one
// per wait, however many connections it opens. A right passcode from the
// network forgives it at once (a venue's Wi-Fi, where everyone shares one
// address, is not held up for long by one typo), and a record is forgotten
// after an hour with no guesses.
//
// All networks together: every wrong guess spends a token from a bucket of
// burst tokens refilled at rate a second (it may go into debt). While the
// bucket is empty, networks with wrong guesses on record wait for it
// (however many of them there are, they cannot guess faster than rate);
// a network with none is checked at once, so a guest is never held up by
// someone else's guessing. That first guess from each network is the
// only one the bucket does not hold back.
type guesses struct {
	mu         sync.Mutex
	base, most time.Duration
	m          map[string]*failures
	all        *rate.Limiter
}

type failures struct {
	n     int           // wrong guesses in a row
	turns *rate.Limiter // one check each delay(n)
	last  time.Time     // the last wrong guess
}

// Why a check must wait: its own network's wrong guesses, or everyone's.
type waitReason int

const (
	waitOwn waitReason = iota
	waitEveryone
)

const (
	maxBackoffAddrs = 10000
	// forgetAfter is how long after its last wrong guess a network's
	// record is forgotten.
	forgetAfter = time.Hour
	// overflowKey holds, together, the networks that guess wrong while
	// maxBackoffAddrs others are on record: they share one back-off
	// rather than none.
	overflowKey = "(many networks)"
)

func newGuesses(base, most time.Duration, r float64, burst int) *guesses {
	return &guesses{base: base, most: most, m: map[string]*failures{}, all: rate.NewLimiter(rate.Limit(r), burst)}
}

// delay is the wait after n wrong guesses in a row (n >= 1).
func (g *guesses) delay(n int) time.Duration {
	d := g.base << min(max(n-1, 0), 20)
	if d > g.most || d <= 0 {
		d = g.most
	}
	return d
}

// record is addr's record, or nil; the caller holds mu.
func (g *guesses) record(addr string, now time.Time) *failures {
	f := g.m[addr]
	if f == nil {
		f = g.m[overflowKey]
		if f == nil || len(g.m) < maxBackoffAddrs {
			return nil
		}
	}
	if now.Sub(f.last) > forgetAfter {
		delete(g.m, addr)
		return nil
	}
	return f
}

// turn says how long addr must wait before its passcode is checked (0: it
// may be checked now), and why. When it may, and addr has wrong guesses on
// record, the turn is taken: the network's next check waits again.
func (g *guesses) turn(addr string, now time.Time) (time.Duration, waitReason) {
	g.mu.Lock()
	defer g.mu.Unlock()
	f := g.record(addr, now)
	if f == nil {
		return 0, waitOwn // no wrong guesses from here: never held
	}
	own := f.turns.ReserveN(now, 1)
	wait, why := own.DelayFrom(now), waitOwn
	if tokens := g.all.TokensAt(now); tokens < 1 {
		if everyone := time.Duration((1-tokens)/float64(g.all.Limit())*float64(time.Second)) + time.Millisecond; everyone > wait {
			wait, why = everyone, waitEveryone
		}
	}
	if wait > 0 {
		own.CancelAt(now)
		return wait, why
	}
	return 0, waitOwn
}

// failed records a wrong passcode from addr.
func (g *guesses) failed(addr string, now time.Time) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.all.ReserveN(now, 1) // into debt if need be: every wrong guess counts
	f := g.record(addr, now)
	if f == nil {
		if len(g.m) >= maxBackoffAddrs {
			g.prune(now)
		}
		key := addr
		if len(g.m) >= maxBackoffAddrs {
			key = overflowKey
		}
		if f = g.m[key]; f == nil {
			f = &failures{}
			g.m[key] = f
		}
	}
	f.n++
	f.last = now
	f.turns = rate.NewLimiter(rate.Every(g.delay(f.n)), 1)
	f.turns.AllowN(now, 1) // the next check waits delay(n) from now
}

// succeeded forgives addr: someone there knows the passcode.
func (g *guesses) succeeded(addr string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	delete(g.m, addr)
}

// prune forgets networks with no wrong guess for forgetAfter. The caller
// holds mu.
func (g *guesses) prune(now time.Time) {
	for a, f := range g.m {
		if now.Sub(f.last) > forgetAfter {
			delete(g.m, a)
		}
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
