package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file and the other write*.go files write a group's files: group.toml
// (WriteGroup), roster.toml (EditRoster, SaveRoster) and agendas
// (WriteAgenda). Every writer checks what it is about to write by reading
// it back through this package's own parser and comparing the result with
// what it was asked to write; a mismatch is an error and nothing is
// written. Files are written atomically (WriteFileAtomic): a reader, or a
// laptop that loses power, sees the old file or the new one, never half.

// WriteFileAtomic writes data to path so that path holds either what it
// held before or all of data, never a mixture: it writes a temporary file
// in the same folder, flushes it to disk, renames it over path and flushes
// the folder. A new file gets perm; an existing one keeps its mode.
func WriteFileAtomic(path string, data []byte, perm fs.FileMode) error {
	dir := filepath.Dir(path)
	if info, err := os.Stat(path); err == nil {
		perm = info.Mode().Perm()
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: make a temporary file beside it: %w", path, err)
	}
	name := tmp.Name()
	fail := func(step string, err error) error {
		tmp.Close()
		os.Remove(name)
		return fmt.Errorf("write %s: %s: %w; the old file, if any, is unchanged", path, step, err)
	}
	if _, err := tmp.Write(data); err != nil {
		return fail("write the temporary file", err)
	}
	if err := tmp.Chmod(perm); err != nil && runtime.GOOS != "windows" {
		return fail("set its permissions", err)
	}
	if err := tmp.Sync(); err != nil {
		return fail("flush it to disk", err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return fmt.Errorf("write %s: close the temporary file: %w; the old file, if any, is unchanged", path, err)
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return fmt.Errorf("write %s: put the new file in place: %w; the old file, if any, is unchanged", path, err)
	}
	if err := syncDir(dir); err != nil {
		return fmt.Errorf("write %s: the file is written but its folder could not be flushed to disk: %w", path, err)
	}
	return nil
}

// syncDir flushes a folder, so that a rename in it survives a power cut.
// Windows cannot open a folder to flush it, and needs no such step.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		return err
	}
	return nil
}

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

// tomlInt writes a whole number.
func tomlInt(n int) string { return strconv.Itoa(n) }
