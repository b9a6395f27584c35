package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/gyda/gyda/internal/atomicfile"
)

// FormatGroup writes g as a group.toml, with a note beside each rule
// saying what it does. It writes every rule a new group is asked about
// (name, quorum, breaks, minutes, papers) and the glossary, the group's
// words to avoid and any other setting that differs from DefaultGroup;
// settings left out read back as their defaults. ParseGroup reads the
// result back as g (WriteGroup checks that it does).
func FormatGroup(g Group) ([]byte, error) {
	def := DefaultGroup()
	var b bytes.Buffer
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }

	w("# The rules of %s's meetings. gyda reads them at the start of\n", displayName(g.Name))
	w("# every meeting; you may change them here. Lines starting with # are notes.\n\n")
	w("name = %s\n", tomlString(g.Name))
	w("timezone = %s\n", tomlString(g.Timezone))
	if g.Theme != def.Theme {
		w("theme = %s   # the colours of gyda's screen: %s\n", tomlString(g.Theme), strings.Join(Themes(), ", "))
	}

	w("\n[quorum]\n")
	w("min_present = %d            # members present, staff and lived experience together\n", g.Quorum.MinPresent)
	w("min_lived_experience = %d   # of them, people who use services or carers\n", g.Quorum.MinLivedExperience)
	w("remote_counts = %t       # whether people joining remotely count\n", g.Quorum.RemoteCounts)

	w("\n[breaks]\n")
	every, _ := g.Breaks.Every.MarshalText()
	length, _ := g.Breaks.Length.MarshalText()
	w("every = %s    # a break is due this long after the start or the last break\n", tomlString(string(every)))
	w("length = %s   # how long a break lasts\n", tomlString(string(length)))

	w("\n[minutes]\n")
	w("formats = %s   # from %s\n", tomlStrings(g.Minutes.Formats), strings.Join(MinutesFormats(), ", "))
	w("language = %s   # en (English), cy (Welsh) or en+cy (both)\n", tomlString(g.Minutes.Language))
	if g.Minutes.LargePrint {
		w("large_print = true\n")
	}

	w("\n[papers]\n")
	w("notice_days = %d   # papers go out at least this many days before the meeting\n", g.Papers.NoticeDays)

	w("\n# Acronyms and what they stand for: the minutes spell each out the first\n")
	w("# time it is used, and gyda check flags any that are not here.\n")
	w("[glossary]\n")
	if len(g.Glossary) == 0 {
		w("# RPB = \"Regional Partnership Board\"\n")
	}
	for _, k := range sortedKeys(g.Glossary) {
		w("%s = %s\n", tomlKey(k), tomlString(g.Glossary[k]))
	}
	if len(g.Plain.Avoid) > 0 {
		w("\n# The group's own words to avoid, each with a plainer word.\n[plain.avoid]\n")
		for _, k := range sortedKeys(g.Plain.Avoid) {
			w("%s = %s\n", tomlKey(k), tomlString(g.Plain.Avoid[k]))
		}
	}
	if g.Share != def.Share {
		grace, _ := g.Share.Grace.MarshalText()
		w("\n[share]\ngrace = %s   # how long a dropped remote connection waits before the person is recorded as leaving\n", tomlString(string(grace)))
	}
	if err := writeOtherTables(&b, g, def); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// writtenGroupFields are the fields of Group that FormatGroup writes by
// hand; writeOtherTables writes the rest.
func writtenGroupFields() []string {
	return []string{"Name", "Timezone", "Theme", "Quorum", "Breaks", "Minutes", "Glossary", "Plain", "Share", "Papers"}
}

// writeOtherTables writes each table of g that FormatGroup does not know
// by name and that differs from the default (rules added to group.toml
// later, such as rotation or recognition), with the toml package's
// encoder.
func writeOtherTables(b *bytes.Buffer, g, def Group) error {
	gv, dv := reflect.ValueOf(g), reflect.ValueOf(def)
	gt := gv.Type()
	for i := range gt.NumField() {
		f := gt.Field(i)
		if slices.Contains(writtenGroupFields(), f.Name) {
			continue
		}
		if reflect.DeepEqual(gv.Field(i).Interface(), dv.Field(i).Interface()) {
			continue
		}
		key := strings.Split(f.Tag.Get("toml"), ",")[0]
		if key == "" || key == "-" {
			continue
		}
		var enc bytes.Buffer
		if err := toml.NewEncoder(&enc).Encode(map[string]any{key: gv.Field(i).Interface()}); err != nil {
			return fmt.Errorf("write group.toml: the [%s] settings: %w", key, err)
		}
		b.WriteString("\n")
		b.Write(enc.Bytes())
	}
	return nil
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// displayName is the group's name for a note, or "the group".
func displayName(name string) string {
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		return "the group"
	}
	return name
}

// WriteGroup writes g to the group.toml at path, atomically, after
// checking that ParseGroup reads what is written back as g. With
// replace false an existing file is an error (wrapping fs.ErrExist) and is
// left as it is. Comments in an existing file are not kept: group.toml is
// written whole.
func WriteGroup(path string, g Group, replace bool) error {
	data, err := checkedGroup(path, g)
	if err != nil {
		return err
	}
	if !replace {
		if _, err := os.Stat(path); err == nil {
			return fmt.Errorf("write %s: there is a group.toml there already; nothing was changed: %w", path, fs.ErrExist)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	return atomicfile.Write(path, data, 0o644)
}

// checkedGroup formats g and checks that it reads back as g.
func checkedGroup(path string, g Group) ([]byte, error) {
	data, err := FormatGroup(g)
	if err != nil {
		return nil, err
	}
	back, err := ParseGroup(path, bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("write %s: the settings do not make a valid group.toml: %w", path, err)
	}
	if diff := groupDiff(g, back); diff != "" {
		return nil, fmt.Errorf("write %s: %s would not read back as given; nothing was written", path, diff)
	}
	return data, nil
}

// groupDiff names the first setting of want that got does not match, or
// returns "".
func groupDiff(want, got Group) string {
	wv, gv := reflect.ValueOf(normalGroup(want)), reflect.ValueOf(normalGroup(got))
	for i := range wv.NumField() {
		if !reflect.DeepEqual(wv.Field(i).Interface(), gv.Field(i).Interface()) {
			return "the setting " + wv.Type().Field(i).Name
		}
	}
	return ""
}

// normalGroup makes empty maps and lists nil, so that a group made in code
// compares equal to the same group read from a file.
func normalGroup(g Group) Group {
	if len(g.Glossary) == 0 {
		g.Glossary = nil
	}
	if len(g.Plain.Avoid) == 0 {
		g.Plain.Avoid = nil
	}
	if len(g.Minutes.Formats) == 0 {
		g.Minutes.Formats = nil
	}
	return g
}
