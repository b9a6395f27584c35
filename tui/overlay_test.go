package tui

import "testing"

// ctrl+c asks before leaving over whatever is open, and the question
// takes the keys (y and n are not typed into the line or the form); n
// goes back to what was open, as it was.
func TestTheLeaveQuestionComesOverWhatIsOpen(t *testing.T) {
	for _, tc := range []struct {
		name  string
		open  []string
		still func(m *Model) bool
	}{
		{"the command line", []string{":", "note hi"}, func(m *Model) bool { return m.cmd.open && m.cmd.value() == "note hi" }},
		{"the action form", []string{"a", "aled"}, func(m *Model) bool { return m.form.open && m.form.field().Value() == "aled" }},
		{"the end flow", []string{"e", "good"}, func(m *Model) bool { return m.end.step == endReflect && m.end.reflection() == "good" }},
		{"the help", []string{"?"}, func(m *Model) bool { return m.showHelp }},
		{"the go-round", []string{"n"}, func(m *Model) bool { return m.closing.open }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t)
			arriveAll(r)
			r.keys("enter")
			r.do("item 4", "hand mair", "speak", "done")
			r.keys(tc.open...)
			if !tc.still(r.m) {
				t.Fatalf("did not open:\n%s", r.screen())
			}
			r.keys("ctrl+c")
			r.contains("Leave gyda? The meeting has not ended.", "y leave")
			r.keys("n")
			if r.m.confirmQuit || !tc.still(r.m) {
				t.Fatalf("n did not go back to it as it was:\n%s", r.screen())
			}
		})
	}
}
