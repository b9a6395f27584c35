package tui

import (
	"strings"
	"testing"
)

const testFingerprint = "SHA256:q3Jv0dXlVb1nLk2m9Zp8Rr4Tt6Yy7Uu5Ii0Oo1Pp2Aa"

// How to join a shared meeting stays on the chair's screen: one line in
// the header, the fingerprint whole in the help.
func TestShareLineStaysInTheHeader(t *testing.T) {
	r := newRig(t, func(c *Config) {
		c.Share = &Sharing{Address: "127.0.0.1:2222", Passcode: "123456", Fingerprint: testFingerprint}
	})
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {60, 20}} {
		r.size(sz[0], sz[1])
		checkFrame(t, r.screen(), sz[0], sz[1])
		third := strings.Split(r.screen(), "\n")[2]
		if !strings.HasPrefix(third, "Sharing: 127.0.0.1:2222 · passcode 123456") {
			t.Fatalf("%dx%d: third line %q", sz[0], sz[1], third)
		}
		if sz[0] >= 80 && !strings.Contains(third, " · key SHA256:q3Jv") {
			t.Fatalf("%dx%d: no fingerprint: %q", sz[0], sz[1], third)
		}
	}
	arriveAll(r)
	r.keys("enter")
	r.do("note something", "hand mair", "speak")
	r.size(80, 24)
	r.contains("Sharing: 127.0.0.1:2222 · passcode 123456")
	r.size(120, 40)
	r.keys("?")
	r.contains("To join: ssh -p 2222 HOST", "passcode 123456", "Host key: "+testFingerprint)
}

func TestNoShareLineWhenNotShared(t *testing.T) {
	r := newRig(t)
	r.lacks("Sharing:")
	r.keys("?")
	r.lacks("Sharing this meeting")
}
