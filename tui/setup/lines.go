package setup

import (
	"bufio"
	"errors"
	"io"
)

// LineReader hands out what it reads one line per Read call at most, so
// that a reader that buffers (each of huh's accessible prompts reads
// through a bufio.Scanner of its own) takes only its own line and leaves
// the rest for the next prompt.
type LineReader struct {
	r       *bufio.Reader
	pending []byte
	ended   bool // the input has ended
}

// NewLineReader returns a LineReader reading from r. A *LineReader given
// to it is returned as it is.
func NewLineReader(r io.Reader) *LineReader {
	if lr, ok := r.(*LineReader); ok {
		return lr
	}
	return &LineReader{r: bufio.NewReader(r)}
}

// Read reads up to the end of the next line (or len(p) bytes of it).
func (l *LineReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if len(l.pending) == 0 {
		line, err := l.r.ReadSlice('\n')
		if errors.Is(err, io.EOF) {
			l.ended = true
		}
		if len(line) == 0 {
			return 0, err
		}
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) && !errors.Is(err, io.EOF) {
			return 0, err
		}
		l.pending = append(l.pending[:0], line...)
		if errors.Is(err, io.EOF) {
			// The last line without its line ending is still a whole
			// answer: a prompt must not wait for more.
			l.pending = append(l.pending, '\n')
		}
	}
	n := copy(p, l.pending)
	l.pending = l.pending[n:]
	return n, nil
}

// Ended reports whether the input has ended and everything in it has
// been read: a prompt now would get no answer.
func (l *LineReader) Ended() bool { return l.ended && len(l.pending) == 0 }

// ReadLine reads the next line without its line ending; ok is false at
// the end of the input.
func (l *LineReader) ReadLine() (line string, ok bool) {
	var b []byte
	for {
		var buf [256]byte
		n, err := l.Read(buf[:])
		b = append(b, buf[:n]...)
		if n > 0 && buf[n-1] == '\n' {
			break
		}
		if err != nil || n == 0 {
			if len(b) == 0 {
				return "", false
			}
			break
		}
	}
	s := string(b)
	for len(s) > 0 && (s[len(s)-1] == '\n' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	return s, true
}
