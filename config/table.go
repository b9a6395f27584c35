package config

import (
	"github.com/gyda/gyda/config/text"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// table is one TOML table being read. Each getter marks its key as used and
// reports a wrong type as a problem at the key; unknown then reports every
// key that no getter asked for.
type table struct {
	d    *doc
	at   at
	m    map[string]any
	used map[string]bool
}

// top is the table of the whole file.
func (d *doc) top() *table { return &table{d: d, m: d.root, used: map[string]bool{}} }

// get returns the value of key, if written, and marks it used.
func (t *table) get(key string) (any, at, bool) {
	t.used[key] = true
	v, ok := t.m[key]
	return v, t.at.key(key), ok
}

// has reports whether key is written.
func (t *table) has(key string) bool {
	_, ok := t.m[key]
	return ok
}

// wrongType reports that the value at a is not what was wanted.
func (t *table) wrongType(a at, want string, v any) {
	t.d.fail(a, "must be %s (got %s)", want, describe(v))
}

// str reads text into dst.
func (t *table) str(key string, dst *string) (at, bool) {
	v, a, ok := t.get(key)
	if !ok {
		return a, false
	}
	s, ok := v.(string)
	if !ok {
		t.wrongType(a, "text in quotes", v)
		return a, false
	}
	if !t.plainText(a, key, s) {
		return a, false
	}
	*dst = s
	return a, true
}

// maxChars is the longest text each key may hold, in characters; other
// keys may hold up to 2,000 (the rest of a line of TOML).
var maxChars = map[string]int{
	"id": 64, "name": 100, "organisation": 100,
	"title": 200, "place": 200, "lead": 100,
	"ssh_keys": 8192,
}

// plainText reports whether s, the value of key at a, is one line of
// plain text no longer than the key allows (see text.Problem); if not, it
// says what is wrong and what is allowed. Names, titles and places reach
// terminals and minutes, so an escape sequence there is refused here.
func (t *table) plainText(a at, key, s string) bool {
	max, ok := maxChars[key]
	if !ok {
		max = 2000
	}
	if p := text.Problem(s, max); p != "" {
		t.d.fail(a, "%s; write %s", p, text.Allowed)
		return false
	}
	return true
}

// boolean reads true or false into dst.
func (t *table) boolean(key string, dst *bool) {
	v, a, ok := t.get(key)
	if !ok {
		return
	}
	b, ok := v.(bool)
	if !ok {
		t.wrongType(a, "true or false", v)
		return
	}
	*dst = b
}

// integer reads a whole number; want says what is wanted, for the error.
func (t *table) integer(key, want string) (int, at, bool) {
	v, a, ok := t.get(key)
	if !ok {
		return 0, a, false
	}
	n, ok := v.(int64)
	if !ok || n > math.MaxInt32 || n < math.MinInt32 {
		t.d.fail(a, "must be %s (got %s)", want, describe(v))
		return 0, a, false
	}
	return int(n), a, true
}

// number reads a number, whole or with a fraction; want says what is
// wanted, for the error.
func (t *table) number(key, want string) (float64, at, bool) {
	v, a, ok := t.get(key)
	if !ok {
		return 0, a, false
	}
	switch n := v.(type) {
	case int64:
		if n > math.MaxInt32 || n < math.MinInt32 {
			break
		}
		return float64(n), a, true
	case float64:
		if math.IsNaN(n) || math.IsInf(n, 0) {
			break
		}
		return n, a, true
	}
	t.d.fail(a, "must be %s (got %s)", want, describe(v))
	return 0, a, false
}

// formatNumber shows a number as it would be written in TOML.
func formatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// strList reads a list of text, and returns the place of each entry.
func (t *table) strList(key string) ([]string, []at, bool) {
	v, a, ok := t.get(key)
	if !ok {
		return nil, nil, false
	}
	list, ok := v.([]any)
	if !ok {
		t.wrongType(a, `a list of text in quotes, like ["a", "b"]`, v)
		return nil, nil, false
	}
	out := make([]string, 0, len(list))
	places := make([]at, 0, len(list))
	good := true
	for i, e := range list {
		s, ok := e.(string)
		if !ok {
			t.wrongType(a.index(i), "text in quotes", e)
			good = false
			continue
		}
		if !t.plainText(a.index(i), key, s) {
			good = false
			continue
		}
		out = append(out, s)
		places = append(places, a.index(i))
	}
	return out, places, good
}

// duration reads a length of time longer than zero into dst.
func (t *table) duration(key string, dst *Duration) {
	v, a, ok := t.get(key)
	if !ok {
		return
	}
	const want = `a length of time in quotes, like "60m" or "1h30m"`
	s, ok := v.(string)
	if !ok {
		t.wrongType(a, want, v)
		return
	}
	d, err := time.ParseDuration(strings.TrimSpace(s))
	switch {
	case err != nil:
		t.wrongType(a, want, v)
	case d <= 0:
		t.d.fail(a, "must be longer than 0 (got %s)", describe(v))
	default:
		dst.Duration = d
	}
}

// strMap reads a table of text values (a glossary, a word list).
func (t *table) strMap(key string) (map[string]string, bool) {
	sub := t.sub(key)
	if sub == nil {
		return nil, false
	}
	out := make(map[string]string, len(sub.m))
	for _, k := range sub.keysInOrder() {
		sub.used[k] = true
		v := sub.m[k]
		s, ok := v.(string)
		if !ok {
			sub.wrongType(sub.at.key(k), "text in quotes", v)
			continue
		}
		if !sub.plainText(sub.at.key(k), k, k) || !sub.plainText(sub.at.key(k), k, s) {
			continue
		}
		out[k] = s
	}
	return out, true
}

// sub returns the table written at key, or nil if there is none (or the
// value there is not a table, which is reported).
func (t *table) sub(key string) *table {
	v, a, ok := t.get(key)
	if !ok {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		t.wrongType(a, "a table, written ["+a.name+"]", v)
		return nil
	}
	return &table{d: t.d, at: a, m: m, used: map[string]bool{}}
}

// tables returns the tables of the array of tables at key ([[key]] or an
// array of inline tables); wrong types are reported.
func (t *table) tables(key string) []*table {
	v, a, ok := t.get(key)
	if !ok {
		return nil
	}
	want := "a list of [[" + a.name + "]] tables, each headed [[" + a.name + "]] with two brackets"
	var maps []map[string]any
	switch list := v.(type) {
	case []map[string]any:
		maps = list
	case []any:
		for i, e := range list {
			m, ok := e.(map[string]any)
			if !ok {
				t.wrongType(a.index(i), "a table", e)
				return nil
			}
			maps = append(maps, m)
		}
	default:
		t.wrongType(a, want, v)
		return nil
	}
	out := make([]*table, len(maps))
	for i, m := range maps {
		out[i] = &table{d: t.d, at: a.index(i), m: m, used: map[string]bool{}}
	}
	return out
}

// unknown reports each key of t that no getter asked for. where names the
// table for people ("[quorum]", "the top level") and allowed lists what
// may be written there, as it should be shown.
func (t *table) unknown(where string, allowed ...string) {
	for _, k := range t.keysInOrder() {
		if t.used[k] {
			continue
		}
		t.d.fail(t.at.key(k), "unknown key; allowed keys %s are %s", where, strings.Join(allowed, ", "))
	}
}

// keysInOrder returns the keys of t in the order they are written.
func (t *table) keysInOrder() []string {
	keys := make([]string, 0, len(t.m))
	for k := range t.m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		pa, pb := t.d.keys.find(t.at.key(a).segs), t.d.keys.find(t.at.key(b).segs)
		if pa.line != pb.line {
			return pa.line - pb.line
		}
		if pa.col != pb.col {
			return pa.col - pb.col
		}
		return strings.Compare(a, b)
	})
	return keys
}

// describe shows a value in an error: text quoted (and shortened), numbers
// as written, other values by what they are.
func describe(v any) string {
	switch v := v.(type) {
	case string:
		if utf8.RuneCountInString(v) > 40 {
			r := []rune(v)
			v = string(r[:37]) + "..."
		}
		return strconv.Quote(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		s := strconv.FormatFloat(v, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eEnN") {
			s += ".0"
		}
		return s
	case bool:
		return strconv.FormatBool(v)
	case time.Time:
		return "a date"
	case []any, []map[string]any:
		return "a list"
	case map[string]any:
		return "a table"
	}
	return "a value"
}
