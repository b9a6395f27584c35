package config

import (
	"fmt"
	"io"
	"strings"
)

// Limits on a file before it is parsed, so a file made to exhaust the
// laptop (a huge roster, values nested thousands deep) is refused in well
// under a second and a few MB rather than parsed. A real group's files are
// a few KB: the sample roster is 3 KB, its agenda 2 KB.
const (
	// MaxFileBytes is the largest group.toml or agenda.
	MaxFileBytes = 1 << 20
	// MaxRosterBytes is the largest roster.toml (about 10,000 people with
	// keys).
	MaxRosterBytes = 4 << 20
	// MaxDepth is how deeply arrays, inline tables and dotted keys may
	// nest; gyda's own files need 3.
	MaxDepth = 16
)

// readBounded reads at most limit bytes from r, refusing a longer file.
func readBounded(file string, r io.Reader, limit int) (string, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return "", fmt.Errorf("read %s: %w", file, err)
	}
	if len(data) > limit {
		return "", &Error{File: file, Msg: fmt.Sprintf("the file is larger than %s, the most gyda reads; this is not a file gyda wrote or would need", sizeWords(limit))}
	}
	return string(data), nil
}

func sizeWords(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d KB", n>>10)
}

// checkDepth refuses src if its arrays and inline tables nest more than
// MaxDepth deep, or a key has more than MaxDepth dotted parts, naming the
// line where the limit is passed. It reads only the structure: strings and
// comments are skipped.
func checkDepth(file, src string) error {
	depth, dots, line := 0, 0, 1
	tooDeep := func() error {
		return &Error{File: file, Line: line, Msg: fmt.Sprintf("values are nested more than %d deep here; gyda's files need at most 3", MaxDepth)}
	}
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '\n':
			line++
			dots = 0
		case '#':
			for i+1 < len(src) && src[i+1] != '\n' {
				i++
			}
		case '"', '\'':
			delim := string(c)
			if strings.HasPrefix(src[i:], delim+delim+delim) {
				delim += delim + delim
			}
			end := i + len(delim)
			for end < len(src) && !strings.HasPrefix(src[end:], delim) {
				if src[end] == '\\' && c == '"' {
					end++
				} else if src[end] == '\n' {
					line++
				}
				end++
			}
			i = end + len(delim) - 1
		case '[', '{':
			if depth++; depth > MaxDepth {
				return tooDeep()
			}
		case ']', '}':
			depth = max(depth-1, 0)
		case '.':
			if dots++; dots > MaxDepth {
				return tooDeep()
			}
		case '=', ',':
			dots = 0
		}
	}
	return nil
}
