package setup

import (
	"strings"
	"testing"
)

// TestFormsRefuseWhatFilesRefuse: a name, title, organisation or place
// typed (or pasted) into a form with an escape sequence, a bidi override
// or tag characters in it is refused with what is wrong, as roster.toml
// refuses it; ordinary names pass.
func TestFormsRefuseWhatFilesRefuse(t *testing.T) {
	for name, bad := range map[string]string{
		"OSC 52":     "Ann\x1b]52;c;ZWNobyBoaQ==\x07",
		"OSC 8":      "\x1b]8;;https://example.invalid\x1b\\Ann",
		"C1 CSI":     "Ann\u009b2J",
		"RLO":        "Ann \u202eexe.txt",
		"tags":       "Ann\U000E0049",
		"zero width": "An\u200bn",
		"long":       strings.Repeat("a", 101),
	} {
		current := ""
		if err := required("a name", &current)(bad); err == nil && name != "long" {
			t.Errorf("%s: required accepted %q", name, bad)
		}
		if err := plainText(100)(bad); err == nil {
			t.Errorf("%s: plainText accepted %q", name, bad)
		}
	}
	current := ""
	if err := required("a name", &current)("Siân ap Llŷr-Jones (O'Neill)"); err != nil {
		t.Errorf("a real name: %v", err)
	}
}
