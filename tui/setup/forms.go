package setup

import (
	"errors"
	"fmt"
	"github.com/gyda/gyda/config/text"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/huh"
)

// Prompter runs forms: full screen on a terminal, or, when Accessible, in
// huh's accessible mode, one plain prompt per line read from In and
// written to Out (for screen readers, TERM=dumb and scripts).
type Prompter struct {
	Accessible bool
	In         io.Reader
	Out        io.Writer
}

// NewPrompter returns a Prompter reading in and writing out. In
// accessible mode in is read through a LineReader.
func NewPrompter(accessible bool, in io.Reader, out io.Writer) *Prompter {
	if accessible {
		in = NewLineReader(in)
	}
	return &Prompter{Accessible: accessible, In: in, Out: out}
}

// ErrCancelled is returned when someone leaves a form without finishing
// it (ctrl+c or esc on a terminal).
var ErrCancelled = errors.New("cancelled; nothing was changed")

// Run runs f to the end. It returns ErrCancelled when it is left unfinished.
func (p *Prompter) Run(f *huh.Form) error {
	f = f.WithAccessible(p.Accessible).WithInput(p.In).WithOutput(p.Out).WithTheme(formTheme(p.Accessible))
	if !p.Accessible {
		f = f.WithKeyMap(formKeys())
	}
	if err := f.Run(); err != nil {
		if errors.Is(err, huh.ErrUserAborted) {
			return ErrCancelled
		}
		return fmt.Errorf("the form: %w", err)
	}
	return nil
}

// Ended reports whether, in accessible mode, the input has ended: any
// prompt now would get no answer and keep what its field holds.
func (p *Prompter) Ended() bool {
	lr, ok := p.In.(*LineReader)
	return ok && lr.Ended()
}

// Say writes a line for the person at the keyboard.
func (p *Prompter) Say(format string, args ...any) {
	fmt.Fprintf(p.Out, format+"\n", args...)
}

// formTheme is the look of the forms: the terminal's own colours, or none
// at all in accessible mode.
func formTheme(accessible bool) *huh.Theme {
	if accessible {
		return huh.ThemeBase()
	}
	return huh.ThemeBase16()
}

// formKeys are huh's keys, with esc as well as ctrl+c leaving a form.
func formKeys() *huh.KeyMap {
	k := huh.NewDefaultKeyMap()
	k.Quit = key.NewBinding(key.WithKeys("esc", "ctrl+c"), key.WithHelp("esc", "cancel"))
	return k
}

// clearMark is what a person types to empty a text field in accessible
// mode, where an empty answer keeps what the field holds.
const clearMark = "-"

// cleared reads a text answer: trimmed, and "" for the clear mark.
func cleared(s string) string {
	s = strings.TrimSpace(s)
	if s == clearMark {
		return ""
	}
	return s
}

// required is a validator for a field that must not be empty; what names
// it ("a name"). current is the field's value: in accessible mode an
// empty answer keeps it, so an empty answer is fine when it is not empty.
// The text is checked as plainText checks it.
func required(what string, current *string) func(string) error {
	return func(s string) error {
		if cleared(s) == "" && (strings.TrimSpace(s) != "" || current == nil || cleared(*current) == "") {
			return fmt.Errorf("type %s", what)
		}
		return plainText(0)(s)
	}
}

// plainText is a validator for text that reaches screens and minutes (a
// name, a title, a place): it refuses what the files refuse (see
// text.Problem), such as an escape sequence pasted in, and text over max
// characters (0: any length).
func plainText(max int) func(string) error {
	return func(s string) error {
		if p := text.Problem(s, max); p != "" {
			return fmt.Errorf("%s; type %s", p, text.Allowed)
		}
		return nil
	}
}

// wholeNumber is a validator for a whole number from lo to hi. An empty
// answer is allowed when current (the field's value) holds one, as in
// required.
func wholeNumber(lo, hi int, current *string) func(string) error {
	return func(s string) error {
		s = strings.TrimSpace(s)
		if s == "" && current != nil {
			s = strings.TrimSpace(*current)
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < lo || n > hi {
			return fmt.Errorf("type a whole number from %d to %d", lo, hi)
		}
		return nil
	}
}

// dateLayouts are the ways a date may be typed.
func dateLayouts() []string {
	return []string{"2006-01-02", "2/1/2006", "2/1/06", "2 January 2006", "2 Jan 2006", "Monday 2 January 2006", "Mon 2 Jan 2006", "January 2 2006"}
}

// parseDate reads a date typed in one of dateLayouts, in loc.
func parseDate(s string, loc *time.Location) (time.Time, error) {
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, ",", " ")), " ")
	for _, l := range dateLayouts() {
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date; type it like 2026-12-03 or 3 December 2026", s)
}

// parseClock reads a time of day: 10:00, 14:30, 10am, 2.30pm; it returns
// the hour and minute.
func parseClock(s string) (h, m int, err error) {
	t := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), " ", ""))
	t = strings.ReplaceAll(t, ".", ":")
	for _, l := range []string{"15:04", "3:04pm", "3pm", "15"} {
		if v, err := time.Parse(l, t); err == nil {
			return v.Hour(), v.Minute(), nil
		}
	}
	return 0, 0, fmt.Errorf("%q is not a time of day; type it like 10:00 or 2:30pm", s)
}

// validDate is a validator for a date; optional allows none. An empty
// answer keeps current, as in required.
func validDate(optional bool, current *string) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" && current != nil {
			s = *current
		}
		if cleared(s) == "" {
			if optional {
				return nil
			}
			return errors.New("type a date, like 2026-12-03")
		}
		_, err := parseDate(s, time.UTC)
		return err
	}
}

// validClock is a validator for a time of day; an empty answer keeps
// current, as in required.
func validClock(current *string) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" && current != nil {
			s = *current
		}
		_, _, err := parseClock(s)
		return err
	}
}
