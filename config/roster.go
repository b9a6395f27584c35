package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/gyda/gyda/roster"
)

// personKeys are the keys of a [[person]] table, as the errors list them.
func personKeys() []string {
	return []string{"id", "name", "kind", "organisation", "decision_authority", "trained", "opt_out", "language", "needs", "ssh_keys", "retired"}
}

// LoadRoster reads and checks the roster.toml at path. A missing file is
// an error naming it.
func LoadRoster(path string) (*roster.Roster, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &hintError{
				msg: fmt.Sprintf("load roster %s: no such file; list the group's people there, one [[person]] table each", path),
				err: err,
			}
		}
		return nil, fmt.Errorf("load roster %s: %w", path, err)
	}
	defer f.Close()
	return ParseRoster(path, f)
}

// ParseRoster reads a roster.toml from r: one [[person]] table for each
// person, with the keys of roster.Person. file names it in errors. The
// people are checked by roster.New, and its complaints come back as
// *Error at the line of the key at fault (person[1].kind, counting people
// from 1). A roster with no one in it is allowed.
func ParseRoster(file string, r io.Reader) (*roster.Roster, error) {
	d, err := parse(file, r, MaxRosterBytes)
	if err != nil {
		return nil, err
	}
	top := d.top()
	tables := top.tables("person")
	people := make([]roster.Person, len(tables))
	for i, t := range tables {
		readPerson(t, &people[i])
	}
	top.unknown("at the top level", "[[person]]")
	sameNames(d, people)

	rost, err := roster.New(people)
	if err != nil {
		var pe *roster.PersonError
		for _, e := range unjoin(err) {
			if !errors.As(e, &pe) {
				d.errs = append(d.errs, &Error{File: file, Msg: e.Error()})
				continue
			}
			a := at{}.key("person").index(pe.Index).key(pe.Field)
			if pe.Elem >= 0 {
				a = a.index(pe.Elem)
			}
			if !d.failed(a) {
				d.fail(a, "%s", pe.Msg)
			}
		}
	}
	if err := d.err(); err != nil {
		return nil, err
	}
	return rost, nil
}

// readPerson reads one [[person]] table into p.
func readPerson(t *table, p *roster.Person) {
	t.str("id", &p.ID)
	t.str("name", &p.Name)
	var kind string
	t.str("kind", &kind)
	p.Kind = roster.Kind(kind)
	t.str("organisation", &p.Organisation)
	t.boolean("decision_authority", &p.DecisionAuthority)
	p.Trained = roles(t, "trained")
	p.OptOut = roles(t, "opt_out")
	t.str("language", &p.Language)
	p.Needs, _, _ = t.strList("needs")
	p.SSHKeys, _, _ = t.strList("ssh_keys")
	t.boolean("retired", &p.Retired)
	t.unknown("in [[person]]", personKeys()...)
}

// roles reads a list of roles; roster.New checks that they are roles. A
// list with entries of the wrong type (already reported) reads as none, so
// that roster.New's positions match the file's.
func roles(t *table, key string) []roster.Role {
	list, _, ok := t.strList(key)
	if !ok {
		return nil
	}
	out := make([]roster.Role, len(list))
	for i, s := range list {
		out[i] = roster.Role(s)
	}
	return out
}

// unjoin splits an errors.Join result into its errors.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// sameNames refuses two people still on the roster (not retired) whose
// names are the same ignoring case and accents: the minutes, the screens
// and the command line could not tell them apart, and one could pass for
// the other. The second is refused, naming the first and its line.
func sameNames(d *doc, people []roster.Person) {
	first := map[string]int{}
	for i, p := range people {
		key := strings.Join(strings.Fields(roster.Fold(p.Name)), " ")
		if key == "" || p.Retired {
			continue
		}
		j, dup := first[key]
		if !dup {
			first[key] = i
			continue
		}
		other := at{}.key("person").index(j).key("name")
		d.fail(at{}.key("person").index(i).key("name"), "%q is also the name of %s (line %d); give each person a name others can tell apart, such as with an initial or their organisation",
			p.Name, other.name, d.keys.find(other.segs).line)
	}
}
