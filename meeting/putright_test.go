package meeting

import (
	"strings"
	"testing"
)

// A visitor who only shares a first name or a surname with someone in the
// roster is a visitor; only the same full name, or a roster id, is taken
// for the roster member (whose arrival is recorded with arrive).
func TestAVisitorSharingANameWithAMemberIsStillAVisitor(t *testing.T) {
	tests := []struct {
		line    string
		visitor string // the visitor recorded, or "" if refused
		refusal string
	}{
		{"visitor Jones", "Jones", ""},                 // Mair Jones's surname
		{"visitor Mair Williams", "Mair Williams", ""}, // Mair Jones's first name
		{"visitor Mair Jones", "", "Mair Jones is in the roster (person using services); record their arrival with: arrive mair"},
		{"visitor  mair  JONES", "", "Mair Jones is in the roster"},
		{"visitor tom", "", "Tom Hughes is in the roster (staff); record their arrival with: arrive tom"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			r := newRig(t)
			if tt.visitor == "" {
				r.fails(tt.line, tt.refusal)
				return
			}
			lines := r.do(tt.line)
			if !strings.HasPrefix(lines[0], "Visitor "+tt.visitor+" arrived") {
				t.Fatalf("%q said %q", tt.line, lines)
			}
			st := r.state()
			if len(st.Visitors) != 1 || st.Visitors[0].Name != tt.visitor || st.IsPresent("mair") {
				t.Fatalf("visitors %+v, Mair present %v", st.Visitors, st.IsPresent("mair"))
			}
		})
	}
}

// Undoing a correction or a strike of an action says so in a sentence
// that starts with a capital letter, as every line about undoing does.
func TestUndoingAnActionsCorrectionReadsAsASentence(t *testing.T) {
	r := newRig(t)
	r.do("action mair by 31/01/2027: ring the bus compnay", "correct action 1: ring the bus company")
	if got := strings.Join(r.do("undo"), "\n"); !strings.Contains(got, "\nAction 1 reads again: ring the bus compnay") {
		t.Fatalf("undo said:\n%s", got)
	}
	r.do("strike action 1: recorded twice")
	if got := strings.Join(r.do("undo"), "\n"); !strings.Contains(got, "\nAction 1 is back in the minutes.") {
		t.Fatalf("undo said:\n%s", got)
	}
	r.sameAsNeverRecorded()
}

// capital makes the first letter of a line a capital, a to z alike, and
// leaves anything else as it is.
func TestCapitalStartsALineWithACapital(t *testing.T) {
	for in, want := range map[string]string{
		"action 1": "Action 1", // a, the first letter
		"zoë's":    "Zoë's",    // z, the last
		"mair":     "Mair",
		"`a":       "`a", // the character before a
		"{z":       "{z", // the character after z
		"Mair":     "Mair",
		"@a":       "@a",
		"[a":       "[a",
		"":         "",
		"ôl":       "ôl", // not ASCII: left as it is
	} {
		if got := capital(in); got != want {
			t.Errorf("capital(%q) = %q; want %q", in, got, want)
		}
	}
}
