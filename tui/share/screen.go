package share

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// screen draws frames on one remote terminal. It replaces Bubble Tea's
// standard renderer, which redraws on a ticker (60 times a second in every
// program, the main idle cost of a shared app): a frame is written at once
// when the view changes, only the lines that changed, in one write, and
// nothing at all when nothing changed. It always uses the alternate
// screen, so the attendee's terminal is left as it was.
type screen struct {
	w             io.Writer
	width, height int
	prev          []string // lines as last drawn, before truncation
	full          bool     // redraw everything next time
	buf           []byte
}

const (
	seqEnter = "\x1b[?1049h\x1b[?25l\x1b[?2004h\x1b[2J\x1b[H"
	seqLeave = "\x1b[?2004l\x1b[0m\x1b[?25h\x1b[?1049l"
)

func newScreen(w io.Writer, width, height int) *screen {
	return &screen{w: w, width: width, height: height, full: true}
}

// start switches to the alternate screen, hides the cursor and turns on
// bracketed paste (so a paste arrives as one piece, not as keys).
func (s *screen) start() error {
	_, err := io.WriteString(s.w, seqEnter)
	return err
}

// stop leaves the alternate screen and prints a last message, if any, on
// the attendee's own screen.
func (s *screen) stop(last string) error {
	out := seqLeave
	if last != "" {
		out += strings.ReplaceAll(last, "\n", "\r\n") + "\r\n"
	}
	_, err := io.WriteString(s.w, out)
	return err
}

// resize sets a new size; the next frame is drawn whole.
func (s *screen) resize(width, height int) {
	if width != s.width || height != s.height {
		s.width, s.height, s.full = width, height, true
	}
}

// paint draws a view: each line truncated to the width, at most height
// lines, only those that differ from the last frame.
func (s *screen) paint(view string) error { return s.paintLines(strings.Split(view, "\n"), false) }

// paintLines is paint for a view already in lines. It does not change
// them (they may be shared with other screens). When fitted, the lines
// are known to be no wider than the screen (lineViewer), and only the
// bottom row, which must stop short of the last column, is measured.
func (s *screen) paintLines(lines []string, fitted bool) error {
	if len(lines) > s.height {
		lines = lines[:s.height]
	}
	b := s.buf[:0]
	if s.full {
		b = append(b, "\x1b[0m\x1b[2J"...)
	}
	for i, line := range lines {
		if !s.full && i < len(s.prev) && s.prev[i] == line {
			continue
		}
		w := s.width
		bottom := i == s.height-1
		if bottom {
			w-- // never write the bottom-right cell: some terminals scroll
		}
		b = moveTo(b, i+1)
		if (!fitted || bottom) && !fits(line, w) {
			line = ansi.Truncate(line, w, "")
		}
		b = append(b, line...)
		b = append(b, "\x1b[0m\x1b[K"...)
	}
	for i := len(lines); i < len(s.prev) && !s.full; i++ {
		b = moveTo(b, i+1)
		b = append(b, "\x1b[K"...)
	}
	s.prev = append(s.prev[:0], lines...)
	s.full = false
	s.buf = b
	if len(b) == 0 {
		return nil
	}
	_, err := s.w.Write(b)
	if cap(s.buf) > 64<<10 {
		s.buf = nil // do not keep a huge buffer for a whole meeting
	}
	return err
}

func moveTo(b []byte, row int) []byte {
	b = append(b, "\x1b["...)
	b = strconv.AppendInt(b, int64(row), 10)
	return append(b, ";1H"...)
}

// fits reports whether a line is at most w cells wide, quickly for the
// usual line of ASCII text and SGR codes.
func fits(line string, w int) bool {
	if len(line) <= w {
		return true // every cell takes at least a byte
	}
	n := 0
	for i := 0; i < len(line); i++ {
		b := line[i]
		switch {
		case b == 0x1b && i+1 < len(line) && line[i+1] == '[':
			i += 2
			for i < len(line) && (line[i] < 0x40 || line[i] > 0x7e) {
				i++
			}
		case b >= 0x80:
			r, size := utf8.DecodeRuneInString(line[i:])
			if !narrow(r) {
				return ansi.StringWidth(line) <= w
			}
			i += size - 1
			if n++; n > w {
				return false
			}
		case b < 0x20 || b == 0x7f:
			return ansi.StringWidth(line) <= w
		default:
			if n++; n > w {
				return false
			}
		}
	}
	return true
}

// narrow reports runes that surely take one cell: Latin, Greek, Cyrillic
// and the punctuation, arrows, box drawing and shapes the screens use.
// Anything else is measured properly.
func narrow(r rune) bool {
	switch {
	case r >= 0xA0 && r < 0x300, r >= 0x370 && r < 0x483, // Latin, Greek, Cyrillic (no combining marks)
		r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205E, // dashes, quotes, bullets, ellipsis
		r >= 0x2190 && r <= 0x21FF, // arrows
		r >= 0x2500 && r <= 0x25FF, // box drawing, blocks, shapes
		r == 0x2713:
		return true
	}
	return false
}
