package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/meeting"
)

func TestWantScreenOnlyOnATerminal(t *testing.T) {
	var out bytes.Buffer
	e := env{stdin: strings.NewReader(""), stdout: &out, stderr: &out}
	if wantScreen(meetingFlags{}, e) {
		t.Fatal("the screen opens when the output is not a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if wantScreen(meetingFlags{}, env{stdin: f, stdout: f, stderr: f}) {
		t.Fatal("the screen opens when the output is a file")
	}
	if wantScreen(meetingFlags{plain: true}, e) {
		t.Fatal("the screen opens with --plain")
	}
}

func TestScreenTheme(t *testing.T) {
	s := &session{setup: &meeting.Setup{Group: config.Group{Theme: "light"}}}
	t.Setenv("COLORFGBG", "")
	for _, c := range []struct{ flag, want string }{
		{"", "light"}, {"high-contrast", "high-contrast"}, {"auto", "dark"}, {"dark", "dark"},
	} {
		got, err := screenTheme(c.flag, s)
		if err != nil || got != c.want {
			t.Errorf("screenTheme(%q) = %q, %v; want %q", c.flag, got, err, c.want)
		}
	}
	t.Setenv("COLORFGBG", "0;15")
	if got, _ := screenTheme("auto", s); got != "light" {
		t.Errorf("auto on a light background = %q", got)
	}
	if _, err := screenTheme("blue", s); err == nil || !strings.Contains(err.Error(), "high-contrast") {
		t.Errorf("a bad theme: %v", err)
	}
}

func TestThemeFlagAcceptedInPlainMode(t *testing.T) {
	group := sampleGroup(t)
	// Not a terminal: plain mode runs, and the flag is accepted by the
	// parser (the theme is only checked when the screen opens).
	out, errs, code := gyda(t, group, "end\n", "run", "--clock", "sim", "--theme", "dark")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
}
