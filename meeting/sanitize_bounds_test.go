package meeting

import "testing"

// Escape sequences cut short, at the very end of a line, and the C1
// controls: Clean drops what it must and keeps the rest.
func TestCleanAtTheEdges(t *testing.T) {
	tests := []struct{ in, want string }{
		{"end\x1b", "end"},
		{"\x1b", ""},
		{"\x1bc reset", " reset"},
		{"csi cut short \x1b[31", "csi cut short "},
		{"csi \x1b[?25l hidden", "csi  hidden"},
		{"csi final ~ \x1b[2~ kept", "csi final ~  kept"},
		{"csi final @ \x1b[@ kept", "csi final @  kept"},
		{"osc cut short \x1b]0;title", "osc cut short "},
		{"osc ended by C1 ST \x1b]0;title\u009c after", "osc ended by C1 ST  after"},
		{"osc cut short by an escape at the end \x1b]0;title\x1b", "osc cut short by an escape at the end "},
		{"osc cut short by half a C1 ST at the end \x1b]0;title\xc2", "osc cut short by half a C1 ST at the end "},
		{"osc with an escape inside \x1b]0;a\x1bb\a after", "osc with an escape inside  after"},
		{"dcs \x1bPq#0\x1b\\ after", "dcs  after"},
		{"c1 osc \u009d0;t\a after", "c1 osc  after"},
		{"c1 dcs \u0090x\u009c after", "c1 dcs  after"},
		{"c1 sos \u0098x\a, pm \u009ey\a, apc \u009fz\a.", "c1 sos , pm , apc ."},
		{"c1 csi cut short \u009b", "c1 csi cut short "},
		{"nel \u0085 dropped", "nel  dropped"},
		{"marks \u200e\u200f\u061c gone", "marks  gone"},
		{"isolates \u2066\u2067\u2068\u2069 gone", "isolates  gone"},
		{"embeddings \u202a\u202b\u202c\u202d gone", "embeddings  gone"},
		{"joiners \u200c\u200d\u2060\u180e gone", "joiners  gone"},
		{"just outside the ranges, kept: \u2027\u2070\u200a\u2065\u202f\u061b\u061d", "just outside the ranges, kept: \u2027\u2070\u200a\u2065\u202f\u061b\u061d"},
		{"line\u2028and paragraph\u2029separators become spaces", "line and paragraph separators become spaces"},
		{"Welsh: â ê î ô û ŵ ŷ", "Welsh: â ê î ô û ŵ ŷ"},
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
