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
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/gyda/gyda/config"
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

// ErrInputEnded is returned, in accessible mode, when the input ends
// while a question waits for its answer: the form is left unfinished and
// nothing from it is saved.
var ErrInputEnded = errors.New("the input ended before the last question was answered, so nothing from that form was saved")

// inputEnded is what endGuard panics with when a prompt reads past the
// end of the input; Run recovers it into ErrInputEnded.
type inputEnded struct{}

// endGuard is the input of an accessible form. huh's accessible prompts
// have no way to say the input has ended: given nothing, they fall back
// on the last invalid answer (a choice of 9 of 4 panics) or ask again for
// ever. So a prompt that reads past the end of the input stops the form
// here, and Run reports ErrInputEnded; nothing is saved.
type endGuard struct{ r io.Reader }

func (g endGuard) Read(b []byte) (int, error) {
	n, err := g.r.Read(b)
	if n == 0 && errors.Is(err, io.EOF) {
		panic(inputEnded{})
	}
	return n, err
}

// Run runs f to the end. It returns ErrCancelled when it is left
// unfinished, and ErrInputEnded when, in accessible mode, the input ends
// before its last question is answered.
func (p *Prompter) Run(f *huh.Form) (err error) {
	in := p.In
	if p.Accessible {
		in = endGuard{r: p.In}
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(inputEnded); !ok {
					panic(r)
				}
				err = ErrInputEnded
			}
		}()
	}
	if !p.Accessible {
		// Through a formHost, as on the setup screens, so that keys typed
		// ahead of a move between fields reach the field they were typed
		// for (huh's own Run passes them to the field being left).
		m := &hostedForm{form: f}
		if _, err := tea.NewProgram(m, tea.WithInput(in), tea.WithOutput(p.Out), tea.WithReportFocus()).Run(); err != nil {
			return fmt.Errorf("the form: %w", err)
		}
		if m.result != formDone {
			return ErrCancelled
		}
		return nil
	}
	f = f.WithAccessible(true).WithInput(in).WithOutput(p.Out).WithTheme(formTheme(true))
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
// required. why, when given, says why the number has those bounds.
func wholeNumber(lo, hi int, current *string, why ...string) func(string) error {
	return func(s string) error {
		s = strings.TrimSpace(s)
		if s == "" && current != nil {
			s = strings.TrimSpace(*current)
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < lo || n > hi {
			msg := fmt.Sprintf("type a whole number from %d to %d", lo, hi)
			if err == nil && len(why) > 0 {
				msg = fmt.Sprintf("%d is not from %d to %d: %s", n, lo, hi, why[0])
			}
			return errors.New(msg)
		}
		return nil
	}
}

// defaults holds what text fields held before a form showed them as
// placeholders: a default shown that way is replaced by typing, never
// added to ("5" typed over a quorum of 6 is 5, not 65), and an empty
// answer keeps it.
type defaults map[*string]string

// placeholder moves what *v holds into the defaults, empties it, and
// returns it, for the field's placeholder.
func (ds defaults) placeholder(v *string) string {
	def := *v
	ds[v] = def
	*v = ""
	return def
}

// keep puts each default back where its field was left empty.
func (ds defaults) keep() {
	for v, def := range ds {
		if strings.TrimSpace(*v) == "" {
			*v = def
		}
	}
	clear(ds)
}

// parseDate reads a date as people type it (config.ParseDate: 3/12/2026,
// 3 December 2026, 2026-12-03, Welsh months), as midnight in loc. A date
// without a year is asked about, never guessed: the error says which day
// it most likely is.
func parseDate(s string, loc *time.Location) (time.Time, error) {
	d, err := config.ParseDate(s, time.Now().In(loc))
	if err != nil {
		return time.Time{}, err
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, loc), nil
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
			return errors.New("type a date, " + config.DateHelp)
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
