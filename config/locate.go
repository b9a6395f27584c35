package config

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file finds where each key of a TOML file is written, so that an error
// found after decoding (an unknown key, a bad value) can name its line. The
// toml package reports positions only for syntax errors.
//
// A key path is a list of segments, each a quoted key (strconv.Quote) or an
// index "[n]" (from 0) into an array of tables or an array value; so the
// kind of the second [[person]] is `"person"`, `[1]`, `"kind"`.

// keyPos is where a key (or an array element) starts: line and column
// (counted in characters), both from 1.
type keyPos struct{ line, col int }

// keyIndex maps joined key paths to where they are first written.
type keyIndex map[string]keyPos

// find returns where the key path segs is written; when it is not written
// (a missing key, or a table made implicitly) it returns where its nearest
// written ancestor is, and line 1 for the file itself.
func (ix keyIndex) find(segs []string) keyPos {
	for n := len(segs); n > 0; n-- {
		if p, ok := ix[strings.Join(segs[:n], "")]; ok {
			return p
		}
	}
	return keyPos{line: 1, col: 1}
}

// keySeg is the path segment for key k.
func keySeg(k string) string { return strconv.Quote(k) }

// indexSeg is the path segment for element i of an array.
func indexSeg(i int) string { return "[" + strconv.Itoa(i) + "]" }

// locateKeys scans src, a TOML document that the toml package has already
// parsed without error, and records where every key, table header, array
// of tables entry and array element is written. It is forgiving: on input
// it does not understand it skips ahead, and it always ends.
func locateKeys(src string) keyIndex {
	s := &scanner{src: src, line: 1, index: keyIndex{}, arrays: map[string]int{}}
	s.document()
	return s.index
}

// scanner is the state of one locateKeys scan.
type scanner struct {
	src       string
	i         int // byte offset of the next character
	line      int // line of src[i], from 1
	lineStart int // byte offset where that line starts
	index     keyIndex
	arrays    map[string]int // joined path of an array of tables -> tables so far
}

// pos is the position of the next character.
func (s *scanner) pos() keyPos {
	return keyPos{line: s.line, col: utf8.RuneCountInString(s.src[s.lineStart:s.i]) + 1}
}

// record notes where segs is written, unless it was written before.
func (s *scanner) record(segs []string, p keyPos) {
	k := strings.Join(segs, "")
	if _, ok := s.index[k]; !ok {
		s.index[k] = p
	}
}

// eof reports whether the scan has reached the end of src.
func (s *scanner) eof() bool { return s.i >= len(s.src) }

// peek returns the next byte, or 0 at the end.
func (s *scanner) peek() byte {
	if s.eof() {
		return 0
	}
	return s.src[s.i]
}

// advance moves past one byte, counting lines.
func (s *scanner) advance() {
	if s.eof() {
		return
	}
	if s.src[s.i] == '\n' {
		s.line++
		s.lineStart = s.i + 1
	}
	s.i++
}

// skipSpace moves past spaces and tabs.
func (s *scanner) skipSpace() {
	for c := s.peek(); c == ' ' || c == '\t'; c = s.peek() {
		s.advance()
	}
}

// skipComment moves past a comment, up to the end of its line.
func (s *scanner) skipComment() {
	if s.peek() != '#' {
		return
	}
	for !s.eof() && s.peek() != '\n' {
		s.advance()
	}
}

// skipBlank moves past spaces, tabs, newlines and comments.
func (s *scanner) skipBlank() {
	for !s.eof() {
		switch s.peek() {
		case ' ', '\t', '\r', '\n':
			s.advance()
		case '#':
			s.skipComment()
		default:
			return
		}
	}
}

// skipLine moves to the start of the next line.
func (s *scanner) skipLine() {
	for !s.eof() && s.peek() != '\n' {
		s.advance()
	}
	s.advance()
}

// document scans the whole file: headers and key/value lines.
func (s *scanner) document() {
	var table []string
	for {
		s.skipBlank()
		if s.eof() {
			return
		}
		start := s.i
		switch {
		case strings.HasPrefix(s.src[s.i:], "[["):
			s.advance()
			s.advance()
			table = s.header(true)
			s.skipLine()
		case s.peek() == '[':
			s.advance()
			table = s.header(false)
			s.skipLine()
		default:
			s.keyValue(table)
			s.skipSpace()
			s.skipComment()
		}
		if s.i == start {
			s.skipLine()
		}
	}
}

// header scans the key of a [table] or [[array]] header and returns the
// path of the table it opens.
func (s *scanner) header(array bool) []string {
	s.skipSpace()
	keys, at := s.key()
	var segs []string
	for n, k := range keys {
		segs = append(segs, keySeg(k))
		joined := strings.Join(segs, "")
		if array && n == len(keys)-1 {
			s.record(segs, at[n])
			s.arrays[joined]++
			segs = append(segs, indexSeg(s.arrays[joined]-1))
			s.record(segs, at[n])
			break
		}
		if count, ok := s.arrays[joined]; ok {
			segs = append(segs, indexSeg(count-1))
		}
		s.record(segs, at[n])
	}
	return segs
}

// keyValue scans `key = value` inside the table at path base.
func (s *scanner) keyValue(base []string) {
	keys, at := s.key()
	if len(keys) == 0 {
		return
	}
	segs := append([]string(nil), base...)
	for n, k := range keys {
		segs = append(segs, keySeg(k))
		s.record(segs, at[n])
	}
	s.skipSpace()
	if s.peek() != '=' {
		return
	}
	s.advance()
	s.skipSpace()
	s.value(segs)
}

// key scans a dotted key and returns its parts and where each starts.
func (s *scanner) key() ([]string, []keyPos) {
	var keys []string
	var at []keyPos
	for {
		s.skipSpace()
		p := s.pos()
		k, ok := s.simpleKey()
		if !ok {
			return keys, at
		}
		keys = append(keys, k)
		at = append(at, p)
		s.skipSpace()
		if s.peek() != '.' {
			return keys, at
		}
		s.advance()
	}
}

// simpleKey scans one bare or quoted key.
func (s *scanner) simpleKey() (string, bool) {
	switch s.peek() {
	case '"':
		raw := s.basicString()
		if k, err := strconv.Unquote(goEscapes.Replace(raw)); err == nil {
			return k, true
		}
		return strings.Trim(raw, `"`), true
	case '\'':
		raw := s.literalString()
		return strings.Trim(raw, "'"), true
	}
	start := s.i
	for !s.eof() && !strings.ContainsRune(" \t\r\n=.[]#\"',{}", rune(s.peek())) {
		s.advance()
	}
	return s.src[start:s.i], s.i > start
}

// goEscapes rewrites the one escape of a TOML basic string that Go's
// strconv.Unquote does not know, \e (escape, from TOML 1.1), as \x1b; an
// escaped backslash is passed over first, so that "\\e" stays as it is.
var goEscapes = strings.NewReplacer(`\\`, `\\`, `\e`, `\x1b`)

// value scans a value, recording the keys of inline tables and the
// elements of arrays under path segs.
func (s *scanner) value(segs []string) {
	switch {
	case strings.HasPrefix(s.src[s.i:], `"""`):
		s.multiline(`"""`, true)
	case strings.HasPrefix(s.src[s.i:], `'''`):
		s.multiline(`'''`, false)
	case s.peek() == '"':
		s.basicString()
	case s.peek() == '\'':
		s.literalString()
	case s.peek() == '[':
		s.array(segs)
	case s.peek() == '{':
		s.inlineTable(segs)
	default:
		for !s.eof() && !strings.ContainsRune(",]}#\r\n", rune(s.peek())) {
			s.advance()
		}
	}
}

// array scans [a, b, ...], recording where each element starts.
func (s *scanner) array(segs []string) {
	s.advance() // [
	for n := 0; ; {
		s.skipBlank()
		switch s.peek() {
		case 0:
			return
		case ']':
			s.advance()
			return
		case ',':
			s.advance()
			continue
		}
		start := s.i
		elem := append(append([]string(nil), segs...), indexSeg(n))
		s.record(elem, s.pos())
		s.value(elem)
		n++
		if s.i == start {
			s.advance()
		}
	}
}

// inlineTable scans {k = v, ...}, recording its keys under segs.
func (s *scanner) inlineTable(segs []string) {
	s.advance() // {
	for {
		s.skipBlank()
		switch s.peek() {
		case 0:
			return
		case '}':
			s.advance()
			return
		case ',':
			s.advance()
			continue
		}
		start := s.i
		s.keyValue(segs)
		if s.i == start {
			s.advance()
		}
	}
}

// basicString scans "..." and returns it with its quotes.
func (s *scanner) basicString() string {
	start := s.i
	s.advance() // "
	for !s.eof() {
		switch s.peek() {
		case '\\':
			s.advance()
		case '"':
			s.advance()
			return s.src[start:s.i]
		case '\n':
			return s.src[start:s.i]
		}
		s.advance()
	}
	return s.src[start:s.i]
}

// literalString scans '...' and returns it with its quotes.
func (s *scanner) literalString() string {
	start := s.i
	s.advance() // '
	for !s.eof() {
		switch s.peek() {
		case '\'':
			s.advance()
			return s.src[start:s.i]
		case '\n':
			return s.src[start:s.i]
		}
		s.advance()
	}
	return s.src[start:s.i]
}

// multiline scans a multi-line string opened by delim ("""" or ”').
// Up to two more quote characters just before the closing delimiter belong
// to the string.
func (s *scanner) multiline(delim string, escapes bool) {
	for range len(delim) {
		s.advance()
	}
	for !s.eof() {
		if escapes && s.peek() == '\\' {
			s.advance()
			s.advance()
			continue
		}
		if strings.HasPrefix(s.src[s.i:], delim) {
			for range len(delim) {
				s.advance()
			}
			for extra := 0; extra < 2 && s.peek() == delim[0]; extra++ {
				s.advance()
			}
			return
		}
		s.advance()
	}
}
