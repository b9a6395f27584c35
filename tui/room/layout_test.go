package room

import (
	"strings"
	"testing"
)

func TestWrap(t *testing.T) {
	for _, tt := range []struct {
		text         string
		w, max, hang int
		want         []string
	}{
		{"a short line", 20, 3, 2, []string{"a short line"}},
		{"needs 6, 2 lived experience: 6 more people needed", 20, 5, 2,
			[]string{"needs 6, 2 lived", "  experience: 6 more", "  people needed"}},
		{"one two three four five six seven", 10, 2, 0, []string{"one two", "three …"}},
		{"Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch is long", 12, 3, 0,
			[]string{"Llanfairpwl…", "is long"}},
	} {
		got := wrap(tt.text, tt.w, tt.max, tt.hang)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("wrap(%q, %d): %q, want %q", tt.text, tt.w, got, tt.want)
		}
		for _, l := range got {
			if width(l) > tt.w {
				t.Errorf("wrap(%q, %d): %q is too wide", tt.text, tt.w, l)
			}
		}
	}
}

func TestHostsToJoin(t *testing.T) {
	if h, port := hosts("127.0.0.1:2222"); len(h) != 1 || h[0] != "127.0.0.1" || port != "2222" {
		t.Errorf("127.0.0.1:2222 gives %v %q", h, port)
	}
	// Listening on every address: this laptop's own addresses, never the
	// unspecified one unless it has no other.
	h, port := hosts("0.0.0.0:2222")
	if port != "2222" || len(h) == 0 || len(h) > 2 {
		t.Errorf("0.0.0.0:2222 gives %v %q", h, port)
	}
}
