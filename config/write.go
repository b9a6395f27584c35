package config

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// This file and the other write*.go files write a group's files: group.toml
// (WriteGroup), roster.toml (EditRoster, SaveRoster) and agendas
// (WriteAgenda). Every writer checks what it is about to write by reading
// it back through this package's own parser and comparing the result with
// what it was asked to write; a mismatch is an error and nothing is
// written. Files are written atomically (internal/atomicfile.Write): a
// reader, or a laptop that loses power, sees the old file or the new one,
// never half; a new file is 0644 and an existing one keeps its mode.

// tomlString writes s as a TOML basic string, in double quotes: letters
// of every language as they are, control characters escaped.
func tomlString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case utf8.RuneError:
			b.WriteString(`\uFFFD`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
				continue
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// tomlKey writes a key bare when it can be, quoted otherwise.
func tomlKey(k string) string {
	if k == "" {
		return `""`
	}
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return tomlString(k)
		}
	}
	return k
}

// tomlStrings writes a list of text: ["a", "b"].
func tomlStrings(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = tomlString(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}
