package setup

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/config/demo"
)

// FuzzAccessibleForms feeds any input to the accessible forms (gyda init,
// gyda people, gyda agenda new), as a screen reader user or a script would
// through standard input: they never panic, never hang, and when the input
// ends before the agenda is saved, the agenda file is as it was.
func FuzzAccessibleForms(f *testing.F) {
	for _, seed := range []string{"", "9\n", "9", "0\n0\n0\n", "1\n\n\n", "\n\n\n\n\n\n\n\n", "4\n", "8\n",
		"1\nSiân Davies\n1\n\n1\n0\n", "2\n99\n", "3\n2\ny\n", "\n31 February\n", "\nnext meeting\n10:00\n\n\n\n7\n",
		"1\nCarers\n-5\n30\n\n\n\n7\n", "\x00\xff\n", strings.Repeat("1\n", 40)} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 4000 {
			return
		}
		// gyda init.
		a := NewInitAnswers(config.DefaultGroup())
		if err := NewPrompter(true, strings.NewReader(in), &bytes.Buffer{}).Run(a.Form(true)); err == nil {
			if _, err := a.Group(config.DefaultGroup()); err != nil {
				t.Fatalf("the init form finished with answers that are not a group: %v", err)
			}
		} else if !errors.Is(err, ErrInputEnded) {
			t.Fatalf("init: %v", err)
		}

		// gyda people and gyda agenda new, on the sample group.
		dir := t.TempDir()
		if _, _, err := demo.WriteTo(dir); err != nil {
			t.Fatal(err)
		}
		book, err := OpenPeople(dir, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := RunPeople(NewPrompter(true, strings.NewReader(in), &bytes.Buffer{}), book); err != nil && !errors.Is(err, ErrCancelled) {
			t.Fatalf("people: %v", err)
		}
		folder, err := config.LoadFolder(dir)
		if err != nil {
			t.Fatalf("the people form left a roster that does not load: %v", err)
		}
		path := filepath.Join(dir, filepath.FromSlash(config.NextAgenda))
		before, _ := os.ReadFile(path)
		d, err := NewAgendaDraft(folder, path, time.Date(2026, 11, 5, 10, 0, 0, 0, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		saved, err := RunAgenda(NewPrompter(true, strings.NewReader(in), &bytes.Buffer{}), d)
		after, _ := os.ReadFile(path)
		if !saved && !bytes.Equal(before, after) {
			t.Fatalf("the agenda was not saved, but %s changed (err %v)", path, err)
		}
		if errors.Is(err, ErrInputEnded) && saved {
			t.Fatal("the input ended, yet the agenda was saved")
		}
	})
}
