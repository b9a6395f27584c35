package config

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// doc is one TOML file being read: its values, where its keys are written,
// and the problems found so far. Values are read from the generic decoded
// form (map[string]any) rather than straight into structs, so that every
// problem, type mismatches included, can be reported with its own key and
// line, and several at once.
type doc struct {
	file string
	root map[string]any
	keys keyIndex
	errs []*Error
}

// parse reads r, at most limit bytes, and parses it as TOML. A syntax
// error is an *Error with the line and column the toml package reports; a
// file over limit, or nested too deep (see checkDepth), is refused before
// it is parsed.
func parse(file string, r io.Reader, limit int) (*doc, error) {
	src, err := readBounded(file, r, limit)
	if err != nil {
		return nil, err
	}
	if err := checkDepth(file, src); err != nil {
		return nil, err
	}
	root := map[string]any{}
	if _, err := toml.Decode(src, &root); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			p := syntaxPos(src, pe.Position)
			return nil, &Error{File: file, Line: p.line, Col: p.col, Msg: "not valid TOML: " + pe.Message}
		}
		return nil, &Error{File: file, Msg: "not valid TOML: " + strings.TrimPrefix(err.Error(), "toml: ")}
	}
	return &doc{file: file, root: root, keys: locateKeys(src)}, nil
}

// syntaxPos is where a toml syntax error is. The byte offset the toml
// package gives is more precise than its line, which can already have
// moved past a newline that was the problem, so the position is worked out
// from the offset when there is one.
func syntaxPos(src string, p toml.Position) keyPos {
	if p.Start < 0 || p.Start > len(src) || (p.Start == 0 && p.Line > 1) {
		return keyPos{line: max(p.Line, 1), col: max(p.Col, 1)}
	}
	before := src[:p.Start]
	lineStart := strings.LastIndexByte(before, '\n') + 1
	return keyPos{line: strings.Count(before, "\n") + 1, col: utf8.RuneCountInString(before[lineStart:]) + 1}
}

// fail records a problem with the key at a.
func (d *doc) fail(a at, format string, args ...any) {
	p := d.keys.find(a.segs)
	d.errs = append(d.errs, &Error{File: d.file, Line: p.line, Col: p.col, Key: a.name, Msg: fmt.Sprintf(format, args...)})
}

// err returns the problems found, or nil.
func (d *doc) err() error { return joinErrors(d.errs) }

// failed reports whether any problem was found at or under a.
func (d *doc) failed(a at) bool {
	for _, e := range d.errs {
		if e.Key == a.name || strings.HasPrefix(e.Key, a.name+".") || strings.HasPrefix(e.Key, a.name+"[") {
			return true
		}
	}
	return false
}

// at is the place of a value in a file: its path for the key locator and
// its name for people.
type at struct {
	segs []string // see locate.go
	name string   // e.g. quorum.min_present, item[2].minutes
}

// key is the place of key k inside the table at a.
func (a at) key(k string) at {
	name := displayKey(k)
	if a.name != "" {
		name = a.name + "." + name
	}
	return at{segs: append(slices.Clip(a.segs), keySeg(k)), name: name}
}

// index is the place of element i (from 0) of the array at a; people see
// it counted from 1.
func (a at) index(i int) at {
	return at{segs: append(slices.Clip(a.segs), indexSeg(i)), name: a.name + "[" + strconv.Itoa(i+1) + "]"}
}

// displayKey writes k as it would be written in TOML: bare when it can be,
// quoted otherwise.
func displayKey(k string) string {
	if k == "" {
		return `""`
	}
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return strconv.Quote(k)
		}
	}
	return k
}
