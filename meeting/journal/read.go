package journal

import (
	"fmt"
	"os"
)

// Tail describes a torn last line: one that a crash (or damage to the end
// of the file) left incomplete or unreadable.
type Tail struct {
	// Line is the torn line's 1-based number.
	Line int
	// Offset is where the torn line starts: the length of the intact part
	// of the file.
	Offset int64
	// Bytes is how many bytes the torn line has, newline included.
	Bytes int
	// Reason says what is wrong with it.
	Reason string
}

// Read reads the journal at path without locking or changing it, for
// example to write minutes. It verifies every line. A torn last line is
// left out, so Read returns exactly the records Open would keep after its
// repair; use Inspect to learn whether there was one. Read may be used
// while another gyda is appending: it sees the records written so far.
// Damage before the last line is a *CorruptError.
func Read(path string) (Header, []Record, error) {
	h, recs, _, err := Inspect(path)
	return h, recs, err
}

// Inspect is Read that also describes a torn last line, if any (nil if
// none). It never changes the file.
func Inspect(path string) (Header, []Record, *Tail, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Header{}, nil, nil, fmt.Errorf("read journal %s: %w", path, err)
	}
	p, err := parse(path, data)
	if err != nil {
		return Header{}, nil, nil, err
	}
	return p.header, p.records, p.tail, nil
}
