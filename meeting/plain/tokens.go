package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a text, with where it is.
type token struct {
	text       string    // as written
	start, end int       // byte offsets into the whole text
	line, col  int       // 1-based; col counts characters (runes), not bytes
	brk        breakKind // sentence punctuation written straight after the word
}

// breakKind is what the punctuation after a word says about the sentence.
type breakKind uint8

const (
	breakNone breakKind = iota // no sentence end
	breakHard                  // ". ! ?" end the sentence
	breakSoft                  // "etc." and similar end it only before a capital letter
)

// lineKind is what a line of Markdown or plain text is.
type lineKind uint8

const (
	lineText    lineKind = iota // prose
	lineBlank                   // empty or only spaces
	lineRule                    // "---", "===", "***": a rule or a heading underline
	lineHeading                 // "# Heading"
	lineList                    // "- item", "* item", "1. item", "2) item"
	lineTable                   // "| a | b |"
	lineQuote                   // "> quoted words": someone else's, not checked
)

// lineInfo describes one line of the text.
type lineInfo struct {
	kind        lineKind
	first, last int  // tokens of this line are toks[first:last]
	length      int  // characters (runes) after leading spaces and markers
	endsColon   bool // the line's last visible character is ':'
	startsUpper bool // the line's text starts with a capital letter or a digit
}

// doc is a text cut into lines, words and sentences.
type doc struct {
	text  string
	lines []lineInfo
	toks  []token
	sents []sentence
}

// scan cuts text into lines and words, then words into sentences.
func scan(text string) *doc {
	d := &doc{text: text}
	lineNo := 0
	for off := 0; off <= len(text); {
		end, next := len(text), len(text)+1
		if nl := strings.IndexByte(text[off:], '\n'); nl >= 0 {
			end, next = off+nl, off+nl+1
		}
		content := strings.TrimSuffix(text[off:end], "\r")
		lineNo++
		d.scanLine(off, content, lineNo)
		off = next
	}
	d.sents = d.split()
	return d
}

// scanLine adds one line and its words. off is the line's byte offset.
func (d *doc) scanLine(off int, content string, lineNo int) {
	kind, skip := classify(content)
	li := lineInfo{kind: kind, first: len(d.toks)}
	body := strings.TrimRightFunc(content[skip:], unicode.IsSpace)
	li.length = utf8.RuneCountInString(body)
	li.endsColon = strings.HasSuffix(body, ":")
	if r, _ := utf8.DecodeRuneInString(body); unicode.IsUpper(r) || unicode.IsDigit(r) {
		li.startsUpper = true
	}
	col := 1 + utf8.RuneCountInString(content[:skip])
	i := skip
	for i < len(content) {
		r, w := utf8.DecodeRuneInString(content[i:])
		if !isWordRune(r) {
			i += w
			col++
			continue
		}
		start, startCol := i, col
		prev := r
		for i < len(content) {
			r, w := utf8.DecodeRuneInString(content[i:])
			if isWordRune(r) {
				i, col, prev = i+w, col+1, r
				continue
			}
			if i+w < len(content) {
				r2, _ := utf8.DecodeRuneInString(content[i+w:])
				if isJoiner(r) && isWordRune(r2) || isNumberJoiner(r) && unicode.IsDigit(prev) && unicode.IsDigit(r2) {
					i, col, prev = i+w, col+1, r
					continue
				}
			}
			break
		}
		d.toks = append(d.toks, token{
			text:  content[start:i],
			start: off + start,
			end:   off + i,
			line:  lineNo,
			col:   startCol,
			brk:   punctAfter(content[start:i], content[i:]),
		})
	}
	li.last = len(d.toks)
	d.lines = append(d.lines, li)
}

// isWordRune reports whether r belongs inside a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isJoiner reports whether r joins two word characters into one word:
// apostrophes (Mae'r, RPB's), hyphens (co-production), ampersands (T&F) and
// full stops with no space (e.g, 2.5, www.example.org).
func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', '‑', '&', '.':
		return true
	}
	return false
}

// isNumberJoiner reports whether r joins two digits into one number:
// 1,000 and 10:30 and 24/7.
func isNumberJoiner(r rune) bool {
	return r == ',' || r == ':' || r == '/'
}

// classify says what kind of line content is and how many bytes of leading
// space and Markdown markers ("#", "-", "1.", ">") come before its text.
func classify(content string) (lineKind, int) {
	i := skipSpace(content, 0)
	if i < len(content) && content[i] == '>' {
		// A block quote is someone else's words (the framework's
		// questions, say): quoted as written, so not checked.
		return lineQuote, len(content)
	}
	rest := content[i:]
	switch {
	case strings.TrimSpace(rest) == "":
		return lineBlank, len(content)
	case isRule(rest):
		return lineRule, len(content)
	case rest[0] == '#':
		n := 0
		for n < len(rest) && rest[n] == '#' {
			n++
		}
		if n <= 6 && (n == len(rest) || rest[n] == ' ' || rest[n] == '\t') {
			return lineHeading, skipSpace(content, i+n)
		}
	case rest[0] == '|':
		return lineTable, i
	}
	for _, b := range []string{"- ", "* ", "+ ", "• ", "-\t", "*\t", "+\t"} {
		if strings.HasPrefix(rest, b) {
			return lineList, skipSpace(content, i+len(b))
		}
	}
	n := 0
	for n < len(rest) && n < 9 && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	if n > 0 && n+1 < len(rest) && (rest[n] == '.' || rest[n] == ')') && (rest[n+1] == ' ' || rest[n+1] == '\t') {
		return lineList, skipSpace(content, i+n+1)
	}
	return lineText, i
}

// skipSpace returns the offset of the first byte at or after i that is not a
// space or a tab.
func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// isRule reports whether s is a Markdown rule or heading underline: three
// or more of one of - = * _, with optional spaces.
func isRule(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 3 || !strings.ContainsRune("-=*_", rune(s[0])) {
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case s[0]:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// punctAfter reads the punctuation written straight after word (up to the
// next space) and says whether it ends a sentence.
func punctAfter(word, rest string) breakKind {
	dot, other := false, false
	for _, r := range rest {
		if unicode.IsSpace(r) {
			break
		}
		if isWordRune(r) {
			return breakNone // "and/or", "x(y": not the end of anything
		}
		switch r {
		case '.':
			dot = true
		case '!', '?', '…':
			other = true
		}
	}
	switch {
	case other:
		return breakHard
	case !dot:
		return breakNone
	}
	lw := lower(word)
	switch {
	case neverEnds[lw]:
		return breakNone
	case softEnds[lw]:
		return breakSoft
	}
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return breakNone // an initial, as in "J. Smith"
	}
	return breakHard
}

// neverEnds are abbreviations whose full stop never ends a sentence.
var neverEnds = setOf("e.g eg i.e ie dr mr mrs ms mx prof cllr rev st vs cf approx fig ref dept jr sr nb n.b viz")

// softEnds are abbreviations whose full stop ends a sentence only when the
// next word starts with a capital letter.
var softEnds = setOf("etc no nos ltd inc a.m p.m am pm")

// lower lower-cases a word and writes curly apostrophes straight.
func lower(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}

// setOf builds a read-only set from space-separated words.
func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// gapIsSpace reports whether only white space lies between tokens a and b.
func (d *doc) gapIsSpace(a, b int) bool {
	return strings.TrimSpace(d.text[d.toks[a].end:d.toks[b].start]) == ""
}

// hasLetter reports whether s has at least one letter.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// squash writes every run of white space in s as a single space.
func squash(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
