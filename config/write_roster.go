package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"github.com/gyda/gyda/internal/atomicfile"
	"github.com/gyda/gyda/roster"
)

// How roster.toml is edited
//
// A roster is edited in place, line by line, so that what a person wrote
// by hand survives: comments, blank lines, the order of people and of
// their keys, and keys laid out over several lines. Only the [[person]]
// blocks of people who changed are touched, and in them only the lines of
// keys whose values changed: a changed value is replaced where it stands
// (keeping a comment after it on the same line), a value that is no
// longer set is removed, and a newly set key is added after the block's
// last key. New people are added at the end of the file. People are never
// removed: they retire (retired = true) and stay for history.
//
// Anyone edited or added gets an id written out, so that ids, which past
// meetings' journals keep, never change because a name did.
//
// The result is read back through ParseRoster and compared with what was
// asked for. When the file is laid out in a way the line editor does not
// follow (tables other than [[person]], dotted keys, inline tables) or the
// read-back differs, the roster is written out whole instead: the comment
// lines at the top of the file are kept, the rest of its comments are not,
// and RosterEdit says so.

// RosterEdit says how a roster.toml was changed.
type RosterEdit struct {
	// Rewrote is true when the file was written out whole, without the
	// comments inside it; Reason says why.
	Rewrote bool
	Reason  string
	// People is the roster as written, with every id filled in.
	People []roster.Person
}

// personField is one key of a [[person]] table: the roster.Person field
// that holds it.
type personField struct {
	key   string
	index int
}

// personFields lists the keys of roster.Person in the order they are
// written, from its toml tags, so that a field added to Person is written
// without changing this file.
func personFields() []personField {
	t := reflect.TypeFor[roster.Person]()
	var out []personField
	for i := range t.NumField() {
		key := strings.Split(t.Field(i).Tag.Get("toml"), ",")[0]
		if key == "" || key == "-" {
			continue
		}
		out = append(out, personField{key: key, index: i})
	}
	return out
}

// formatValue writes a value of a Person field, or a value decoded from a
// file, as TOML; zero is true when it is the zero value (false, "", an
// empty list), which is written by leaving the key out.
func formatValue(v reflect.Value) (text string, zero bool, err error) {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return "", true, nil
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.String:
		return tomlString(v.String()), v.String() == "", nil
	case reflect.Bool:
		if v.Bool() {
			return "true", false, nil
		}
		return "false", true, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fmt.Sprint(v.Int()), v.Int() == 0, nil
	case reflect.Slice:
		list := make([]string, v.Len())
		for i := range v.Len() {
			e := v.Index(i)
			if e.Kind() == reflect.Interface {
				e = e.Elem()
			}
			if e.Kind() != reflect.String {
				return "", false, fmt.Errorf("a list of %s cannot be written", e.Kind())
			}
			list[i] = e.String()
		}
		return tomlStrings(list), len(list) == 0, nil
	}
	return "", false, fmt.Errorf("a value of kind %s cannot be written", v.Kind())
}

// personLines writes the keys of p that are set, one line each.
func personLines(p roster.Person, nl string) (string, error) {
	var b strings.Builder
	v := reflect.ValueOf(p)
	for _, f := range personFields() {
		text, zero, err := formatValue(v.Field(f.index))
		if err != nil {
			return "", fmt.Errorf("person %s: %s: %w", p.Name, f.key, err)
		}
		if !zero {
			b.WriteString(f.key + " = " + text + nl)
		}
	}
	return b.String(), nil
}

// FormatRoster writes people as a roster.toml, one [[person]] table each,
// after header (comment lines, which may be empty).
func FormatRoster(header string, people []roster.Person) ([]byte, error) {
	var b strings.Builder
	b.WriteString(header)
	for i, p := range people {
		if i > 0 || b.Len() > 0 {
			b.WriteString("\n")
		}
		lines, err := personLines(p, "\n")
		if err != nil {
			return nil, err
		}
		b.WriteString("[[person]]\n")
		b.WriteString(lines)
	}
	return []byte(b.String()), nil
}

// EditRoster changes src, the text of a roster.toml (file names it in
// errors), so that it holds want: the people already in it, in the same
// order and possibly changed, then any new ones. People without an id get
// one as roster.New would give them. Nobody can be removed: retire them.
// The result is checked by reading it back; src itself is not changed.
// See "How roster.toml is edited" above for what is kept.
func EditRoster(file string, src []byte, want []roster.Person) ([]byte, RosterEdit, error) {
	current, err := ParseRoster(file, bytes.NewReader(src))
	if err != nil {
		return nil, RosterEdit{}, fmt.Errorf("%s has problems to fix by hand first, so it was not changed:\n%w", file, err)
	}
	old := current.People()
	if len(want) < len(old) {
		return nil, RosterEdit{}, fmt.Errorf("edit %s: people cannot be removed from the roster (they stay for the record of past meetings); retire them instead", file)
	}
	final, err := checkedPeople(want, old)
	if err != nil {
		return nil, RosterEdit{}, fmt.Errorf("edit %s: %w", file, err)
	}
	edit := RosterEdit{People: final}
	if slices.EqualFunc(old, final, roster.Person.Same) {
		return slices.Clone(src), edit, nil // nothing changed: not a byte either
	}
	if out, reason := editLines(file, src, old, final); reason == "" {
		if same, _ := readsBackAs(file, out, final); same {
			return out, edit, nil
		}
		edit.Reason = "the changed lines did not read back as intended"
	} else {
		edit.Reason = reason
	}
	edit.Rewrote = true
	out, err := FormatRoster(leadingComments(src), final)
	if err != nil {
		return nil, RosterEdit{}, fmt.Errorf("edit %s: %w", file, err)
	}
	if same, why := readsBackAs(file, out, final); !same {
		return nil, RosterEdit{}, fmt.Errorf("edit %s: the new roster would not read back as intended (%s); nothing was written", file, why)
	}
	return out, edit, nil
}

// checkedPeople checks want with roster.New and returns it with every id
// filled in: ids of people already in the roster are kept when want
// leaves them empty.
func checkedPeople(want, old []roster.Person) ([]roster.Person, error) {
	ps := make([]roster.Person, len(want))
	for i, p := range want {
		ps[i] = p.Clone()
		if i < len(old) && strings.TrimSpace(p.ID) == "" {
			ps[i].ID = old[i].ID
		}
	}
	r, err := roster.New(ps)
	if err != nil {
		return nil, err
	}
	return r.People(), nil
}

// readsBackAs reports whether out reads as the people want, and if not,
// why.
func readsBackAs(file string, out []byte, want []roster.Person) (bool, string) {
	r, err := ParseRoster(file, bytes.NewReader(out))
	if err != nil {
		return false, err.Error()
	}
	got := r.People()
	if len(got) != len(want) {
		return false, fmt.Sprintf("%d people read back, not %d", len(got), len(want))
	}
	for i := range got {
		if !got[i].Same(want[i]) {
			return false, fmt.Sprintf("person %d (%s) reads back differently", i+1, want[i].Name)
		}
	}
	return true, ""
}

// personHeader matches a [[person]] header line.
func personHeader() *regexp.Regexp {
	return regexp.MustCompile(`^[ \t]*\[\[[ \t]*person[ \t]*\]\][ \t]*(#.*)?$`)
}

// otherHeader matches any other table header line.
func otherHeader() *regexp.Regexp { return regexp.MustCompile(`^[ \t]*\[`) }

// sourceLine is one line of a file, with its end of line.
type sourceLine struct {
	text string // without the end of line
	end  string // "\n", "\r\n" or "" for the last line
}

// splitLines splits src into lines.
func splitLines(src string) []sourceLine {
	var out []sourceLine
	for src != "" {
		i := strings.IndexByte(src, '\n')
		if i < 0 {
			out = append(out, sourceLine{text: src})
			break
		}
		line := sourceLine{text: src[:i], end: "\n"}
		if strings.HasSuffix(line.text, "\r") {
			line.text, line.end = line.text[:len(line.text)-1], "\r\n"
		}
		out = append(out, line)
		src = src[i+1:]
	}
	return out
}

// newline is the end of line src mostly uses.
func newline(src string) string {
	if strings.Count(src, "\r\n")*2 > strings.Count(src, "\n") {
		return "\r\n"
	}
	return "\n"
}

// leadingComments returns the comment and blank lines at the top of src,
// before anything else.
func leadingComments(src []byte) string {
	var b strings.Builder
	for _, l := range splitLines(string(src)) {
		t := strings.TrimSpace(l.text)
		if t != "" && !strings.HasPrefix(t, "#") {
			break
		}
		b.WriteString(l.text + "\n")
	}
	if b.Len() == 0 {
		return ""
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// editLines edits src line by line to hold final, as described above, or
// returns why it cannot.
func editLines(file string, src []byte, old, final []roster.Person) ([]byte, string) {
	text := string(src)
	lines := splitLines(text)
	nl := newline(text)
	isPerson, isOther := personHeader(), otherHeader()
	var headers []int
	for i, l := range lines {
		switch {
		case isPerson.MatchString(l.text):
			headers = append(headers, i)
		case isOther.MatchString(l.text):
			return nil, fmt.Sprintf("%s has a table other than [[person]] (line %d)", file, i+1)
		}
	}
	if len(headers) != len(old) {
		return nil, fmt.Sprintf("%s does not write each person under its own [[person]] line", file)
	}
	written, err := writtenPeople(file, src)
	if err != nil {
		return nil, err.Error()
	}
	// The block of person i runs from its header to the line before the
	// comments just above the next header.
	ends := make([]int, len(headers))
	for i := range headers {
		end := len(lines)
		if i+1 < len(headers) {
			end = headers[i+1]
			for end-1 > headers[i] && strings.HasPrefix(strings.TrimSpace(lines[end-1].text), "#") {
				end--
			}
		}
		ends[i] = end
	}
	var out strings.Builder
	prev := 0
	for i := range old {
		if old[i].Same(final[i]) {
			continue
		}
		block, why := editBlock(lines[headers[i]+1:ends[i]], written[i], final[i], nl)
		if why != "" {
			return nil, fmt.Sprintf("person %d (%s): %s", i+1, final[i].Name, why)
		}
		for _, l := range lines[prev : headers[i]+1] {
			out.WriteString(l.text + l.end)
		}
		if lines[headers[i]].end == "" {
			out.WriteString(nl)
		}
		out.WriteString(block)
		prev = ends[i]
	}
	for _, l := range lines[prev:] {
		out.WriteString(l.text + l.end)
	}
	for _, p := range final[len(old):] {
		s := out.String()
		switch {
		case s == "":
		case !strings.HasSuffix(s, "\n"):
			out.WriteString(nl + nl)
		case !strings.HasSuffix(s, "\n\n") && !strings.HasSuffix(s, "\n\r\n"):
			out.WriteString(nl)
		}
		body, err := personLines(p, nl)
		if err != nil {
			return nil, err.Error()
		}
		out.WriteString("[[person]]" + nl + body)
	}
	return []byte(out.String()), ""
}

// writtenPeople returns each [[person]] table of src as decoded, before
// any checking: what is written in the file.
func writtenPeople(file string, src []byte) ([]map[string]any, error) {
	d, err := parse(file, bytes.NewReader(src), MaxRosterBytes)
	if err != nil {
		return nil, err
	}
	var out []map[string]any
	switch list := d.root["person"].(type) {
	case nil:
	case []map[string]any:
		out = list
	case []any:
		for _, e := range list {
			m, ok := e.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("%s: person is not a list of tables", file)
			}
			out = append(out, m)
		}
	default:
		return nil, fmt.Errorf("%s: person is not a list of tables", file)
	}
	return out, nil
}

// entry is one key = value written in a block, by line: its lines are
// lines[first:last+1], and its value is lines[last].text[valEnd:] onwards
// after the value (for a one-line entry, lines[first].text[valStart:valEnd]
// is the value).
type entry struct {
	key         string
	first, last int // lines, within the block
	valStart    int // byte offset of the value in lines[first].text
	valEnd      int // byte offset just after the value in lines[last].text
}

// blockEntries finds the key = value entries of a block's lines, or says
// why it cannot.
func blockEntries(lines []sourceLine) ([]entry, string) {
	var b strings.Builder
	starts := make([]int, len(lines)+1) // byte offset of each line in the joined text
	for i, l := range lines {
		starts[i] = b.Len()
		b.WriteString(l.text + "\n")
	}
	starts[len(lines)] = b.Len()
	src := b.String()
	lineOf := func(off int) int {
		i, _ := slices.BinarySearch(starts, off+1)
		return i - 1
	}
	s := &scanner{src: src, line: 1, index: keyIndex{}, arrays: map[string]int{}}
	var out []entry
	for {
		s.skipBlank()
		if s.eof() {
			return out, ""
		}
		start := s.i
		if s.peek() == '[' {
			return nil, "a table header inside a person's block"
		}
		keys, _ := s.key()
		if len(keys) != 1 {
			return nil, "a dotted key such as a.b"
		}
		s.skipSpace()
		if s.peek() != '=' {
			return nil, "a line that is not key = value"
		}
		s.advance()
		s.skipSpace()
		if strings.HasPrefix(src[s.i:], `"""`) || strings.HasPrefix(src[s.i:], `'''`) {
			return nil, "a value written over several lines in triple quotes"
		}
		valStart := s.i
		s.value(nil)
		valEnd := s.i
		for valEnd > valStart && (src[valEnd-1] == ' ' || src[valEnd-1] == '\t') {
			valEnd--
		}
		first, last := lineOf(start), lineOf(max(valEnd-1, valStart))
		out = append(out, entry{key: keys[0], first: first, last: last,
			valStart: valStart - starts[first], valEnd: valEnd - starts[last]})
		s.skipSpace()
		s.skipComment()
		if s.i == start {
			return nil, "a line that could not be read"
		}
	}
}

// editBlock rewrites the lines of one person's block (without its header)
// so that it holds p, given what the file had written (written).
func editBlock(lines []sourceLine, written map[string]any, p roster.Person, nl string) (string, string) {
	entries, why := blockEntries(lines)
	if why != "" {
		return "", why
	}
	replace := map[int]string{} // entry index -> new value
	drop := map[int]bool{}
	var add []string
	v := reflect.ValueOf(p)
	seen := map[string]bool{}
	for _, f := range personFields() {
		seen[f.key] = true
		want, wantZero, err := formatValue(v.Field(f.index))
		if err != nil {
			return "", err.Error()
		}
		if f.key == "id" {
			wantZero = false // always pinned once a person is edited
		}
		at := slices.IndexFunc(entries, func(e entry) bool { return e.key == f.key })
		if at < 0 {
			if !wantZero {
				add = append(add, f.key+" = "+want+nl)
			}
			continue
		}
		if slices.ContainsFunc(entries[at+1:], func(e entry) bool { return e.key == f.key }) {
			return "", "the key " + f.key + " is written twice"
		}
		had, hadZero, err := formatValue(reflect.ValueOf(written[f.key]))
		if err != nil {
			return "", err.Error()
		}
		switch {
		case had == want || (hadZero && wantZero):
		case wantZero:
			drop[at] = true
		default:
			replace[at] = want
		}
	}
	for _, e := range entries {
		if !seen[e.key] {
			return "", "the key " + e.key + " is not one gyda knows"
		}
	}
	var out strings.Builder
	lastEntryLine := -1
	if len(entries) > 0 {
		lastEntryLine = entries[len(entries)-1].last
	}
	indent := ""
	if len(entries) > 0 {
		t := lines[entries[len(entries)-1].first].text
		indent = t[:len(t)-len(strings.TrimLeft(t, " \t"))]
	}
	writeAdds := func() {
		for _, a := range add {
			out.WriteString(indent + a)
		}
		add = nil
	}
	lineEnd := func(l sourceLine) string {
		if l.end == "" {
			return nl
		}
		return l.end
	}
	if lastEntryLine < 0 {
		writeAdds() // a block with no keys yet: they go just under its header
	}
	for i := 0; i < len(lines); i++ {
		ei := slices.IndexFunc(entries, func(e entry) bool { return e.first == i })
		if ei < 0 {
			out.WriteString(lines[i].text + lineEnd(lines[i]))
			continue
		}
		e := entries[ei]
		switch {
		case drop[ei]:
		case replace[ei] != "":
			first, last := lines[e.first], lines[e.last]
			out.WriteString(first.text[:e.valStart] + replace[ei] + last.text[e.valEnd:] + lineEnd(last))
		default:
			for _, l := range lines[e.first : e.last+1] {
				out.WriteString(l.text + lineEnd(l))
			}
		}
		i = e.last
		if i == lastEntryLine {
			writeAdds()
		}
	}
	writeAdds()
	return out.String(), ""
}

// SaveRoster changes the roster.toml at path to hold want, as EditRoster
// does, and writes it atomically. base is the roster the change was made
// from, as it was loaded; if the file no longer holds those people
// (someone changed it meanwhile), nothing is written and the error says
// to open it again. A missing file is taken as an empty roster and
// created.
func SaveRoster(path string, base, want []roster.Person) (RosterEdit, error) {
	src, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return RosterEdit{}, fmt.Errorf("save the roster: read %s: %w", path, err)
	}
	current, err := ParseRoster(path, bytes.NewReader(src))
	if err != nil {
		return RosterEdit{}, fmt.Errorf("%s has problems to fix by hand first, so it was not changed:\n%w", path, err)
	}
	now := current.People()
	if len(now) != len(base) || !slices.EqualFunc(now, base, roster.Person.Same) {
		return RosterEdit{}, fmt.Errorf("save the roster: %s was changed by someone else since it was opened; nothing was written: open it again and make the change again", path)
	}
	out, edit, err := EditRoster(path, src, want)
	if err != nil {
		return RosterEdit{}, err
	}
	if err := atomicfile.Write(path, out, 0o644); err != nil {
		return RosterEdit{}, err
	}
	return edit, nil
}
