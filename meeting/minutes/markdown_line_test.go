package minutes

import "testing"

// A line's runs of the same style merge into one, marked once: bold,
// italic, or both.
func TestMarkdownLineMergesRunsOfOneStyle(t *testing.T) {
	for _, tt := range []struct {
		l    line
		want string
	}{
		{line{{text: "a"}, {text: " / "}, {text: "b"}}, "a / b"},
		{line{{text: "a", strong: true}, {text: " / ", strong: true}, {text: "b", strong: true}}, "**a / b**"},
		{line{{text: "a", em: true}, {text: "b"}}, "*a*b"},
		{line{{text: "a", strong: true, em: true}, {text: "b", strong: true, em: true}}, "***ab***"},
	} {
		if got := mdLine(tt.l, false); got != tt.want {
			t.Errorf("mdLine(%v) = %q; want %q", tt.l, got, tt.want)
		}
	}
}
