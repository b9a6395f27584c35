package share

import (
	"crypto/rand"
	"crypto/subtle"
	"fmt"
	"math/big"
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

// backoff makes an address that gave a wrong passcode wait before it may
// try again: FailBackoff after the first failure, doubling up to
// MaxFailBackoff. A right passcode clears it. It remembers a bounded number
// of addresses.
type backoff struct {
	mu         sync.Mutex
	base, most time.Duration
	m          map[string]*failures
}

type failures struct {
	n     int
	until time.Time
}

const maxBackoffAddrs = 10000

func newBackoff(base, most time.Duration) *backoff {
	return &backoff{base: base, most: most, m: map[string]*failures{}}
}

// wait is how long addr must still wait before trying (0: it may try).
func (b *backoff) wait(addr string, now time.Time) time.Duration {
	b.mu.Lock()
	defer b.mu.Unlock()
	f, ok := b.m[addr]
	if !ok || !now.Before(f.until) {
		return 0
	}
	return f.until.Sub(now)
}

func (b *backoff) failed(addr string, now time.Time) {
	b.mu.Lock()
	defer b.mu.Unlock()
	f, ok := b.m[addr]
	if !ok {
		if len(b.m) >= maxBackoffAddrs {
			b.prune(now)
		}
		f = &failures{}
		b.m[addr] = f
	}
	d := b.base << min(f.n, 20)
	if d > b.most || d <= 0 {
		d = b.most
	}
	f.n++
	f.until = now.Add(d)
}

func (b *backoff) succeeded(addr string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.m, addr)
}

// prune forgets addresses whose wait is long over; if that is not enough,
// it forgets all (the caps on connections still hold). The caller holds mu.
func (b *backoff) prune(now time.Time) {
	for a, f := range b.m {
		if now.Sub(f.until) > b.most {
			delete(b.m, a)
		}
	}
	if len(b.m) >= maxBackoffAddrs {
		clear(b.m)
	}
}
