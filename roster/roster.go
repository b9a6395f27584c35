package roster

import (
	"errors"
	"strconv"
	"strings"

	"github.com/gyda/gyda/internal/prose"
)

// Roster is the group's people, checked: every person has a name, a valid
// kind and an id that no one else has (ignoring case and accents), and
// trains for or opts out of real roles only. It is immutable once built and
// hands out copies, so it can be shared between goroutines. A nil *Roster
// is an empty one.
type Roster struct {
	people []Person
	byID   map[string]int // exact id -> index
}

// New checks people and builds a roster from a copy of them. A person
// without an id gets one from DeriveID; when that is taken (by anyone's
// written id, or an id derived earlier in the list), the first and last
// words of the name ("sian-davies"), and then a number ("sian-davies-2"),
// are used. Names and ids are trimmed of surrounding spaces.
//
// New reports every problem it finds, each as a *PersonError naming the
// person by position and name; several are joined with errors.Join.
func New(people []Person) (*Roster, error) {
	ps := make([]Person, len(people))
	for i, p := range people {
		ps[i] = p.Clone()
		ps[i].ID = strings.TrimSpace(p.ID)
		ps[i].Name = strings.TrimSpace(p.Name)
	}

	var errs []error
	bad := func(i int, field string, elem int, msg string) {
		errs = append(errs, &PersonError{Index: i, Name: ps[i].Name, Field: field, Elem: elem, Msg: msg})
	}

	taken := make(map[string]int) // match key of an id -> index of its holder
	for i, p := range ps {
		if p.Name == "" {
			bad(i, "name", -1, "missing; every person needs a name")
		}
		if !p.Kind.Valid() {
			if p.Kind == "" {
				bad(i, "kind", -1, "missing; use "+kindList())
			} else {
				bad(i, "kind", -1, strconv.Quote(string(p.Kind))+" is not a kind; use "+kindList())
			}
		}
		checkRoles(p.Trained, func(j int, msg string) { bad(i, "trained", j, msg) })
		checkRoles(p.OptOut, func(j int, msg string) { bad(i, "opt_out", j, msg) })
		if p.ID == "" && people[i].ID == "" {
			continue
		}
		if msg := checkID(p.ID); msg != "" {
			bad(i, "id", -1, msg)
			continue
		}
		key := matchKey(p.ID)
		if j, dup := taken[key]; dup {
			other := "person " + strconv.Itoa(j+1)
			if ps[j].Name != "" {
				other += " (" + ps[j].Name + ")"
			}
			bad(i, "id", -1, strconv.Quote(p.ID)+" is already the id of "+other+"; ids must differ (ignoring case and accents)")
			continue
		}
		taken[key] = i
	}
	if len(errs) > 0 {
		if len(errs) == 1 {
			return nil, errs[0]
		}
		return nil, errors.Join(errs...)
	}

	next := map[string]int{}
	for i := range ps {
		if ps[i].ID != "" {
			continue
		}
		ps[i].ID = uniqueID(ps[i].Name, taken, next)
		taken[matchKey(ps[i].ID)] = i
	}
	byID := make(map[string]int, len(ps))
	for i, p := range ps {
		byID[p.ID] = i
	}
	return &Roster{people: ps, byID: byID}, nil
}

// checkRoles calls bad for each entry of roles that is not a role.
func checkRoles(roles []Role, bad func(elem int, msg string)) {
	for j, r := range roles {
		if !r.Valid() {
			bad(j, strconv.Quote(string(r))+" is not a role; use "+roleList())
		}
	}
}

// kindList is the valid kinds, as the errors list them.
func kindList() string {
	kinds := Kinds()
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = string(k)
	}
	return prose.OrList(names)
}

// roleList is the valid roles, as the errors list them.
func roleList() string {
	roles := Roles()
	names := make([]string, len(roles))
	for i, r := range roles {
		names[i] = string(r)
	}
	return prose.OrList(names)
}

// list is the people; a nil *Roster has no one, so its methods are safe.
func (r *Roster) list() []Person {
	if r == nil {
		return nil
	}
	return r.people
}

// Len is the number of people, retired ones included.
func (r *Roster) Len() int { return len(r.list()) }

// People returns a copy of every person, retired ones included, in roster
// order.
func (r *Roster) People() []Person {
	return clonePeople(r.list(), func(Person) bool { return true })
}

// Active returns a copy of everyone who has not retired, in roster order.
func (r *Roster) Active() []Person {
	return clonePeople(r.list(), func(p Person) bool { return !p.Retired })
}

// IDs returns every id, retired people's included, in roster order.
func (r *Roster) IDs() []string {
	people := r.list()
	ids := make([]string, len(people))
	for i, p := range people {
		ids[i] = p.ID
	}
	return ids
}

// Get returns the person whose id is exactly id.
func (r *Roster) Get(id string) (Person, bool) {
	if r == nil {
		return Person{}, false
	}
	i, ok := r.byID[id]
	if !ok {
		return Person{}, false
	}
	return r.people[i].Clone(), true
}

// Find matches a typed name to one person of the roster, as Match does.
func (r *Roster) Find(query string) (Person, error) {
	p, err := Match(r.list(), query)
	if err != nil {
		return Person{}, err
	}
	return p.Clone(), nil
}

// Suggest returns the people a typed name might mean, best first: the one
// person it matches, or everyone it matches when it is ambiguous, or the
// people with close names when it matches no one (possibly none).
func (r *Roster) Suggest(query string) []Person {
	var out []Person
	for _, i := range suggest(r.list(), query) {
		out = append(out, r.people[i].Clone())
	}
	return out
}

// Map returns a roster of the same people, each as f returns them: a view
// of the roster that shows less (see meeting.Sight). f must keep each
// person's ID; the people are not checked again.
func (r *Roster) Map(f func(Person) Person) *Roster {
	people := r.list()
	out := &Roster{people: make([]Person, len(people)), byID: make(map[string]int, len(people))}
	for i, p := range people {
		q := f(p.Clone())
		q.ID = p.ID
		out.people[i] = q
		out.byID[q.ID] = i
	}
	return out
}

// VisitorID is the id a visitor called name gets: derived from the name
// as New derives ids, leaving out a title such as "Dr" ("Dr Anita Patel"
// is "anita", or "anita-patel" when "anita" is taken), and unlike anyone's
// in r.
func (r *Roster) VisitorID(name string) string {
	people := r.list()
	taken := make(map[string]int, len(people))
	for i, p := range people {
		taken[matchKey(p.ID)] = i
	}
	return uniqueID(withoutTitle(strings.TrimSpace(name)), taken, map[string]int{})
}

// WithVisitor returns a new roster holding everyone in r and a visitor:
// someone not in the roster who came to a meeting. v keeps its id (see
// VisitorID) and becomes kind Visitor; an id or name that is missing, or
// an id already taken, is an error. r is unchanged.
func (r *Roster) WithVisitor(v Person) (*Roster, error) {
	v = v.Clone()
	v.ID, v.Name, v.Kind = strings.TrimSpace(v.ID), strings.TrimSpace(v.Name), Visitor
	if v.Name == "" {
		return nil, errors.New("a visitor needs a name")
	}
	if msg := checkID(v.ID); msg != "" {
		return nil, errors.New("visitor id " + msg)
	}
	people := r.list()
	for _, p := range people {
		if matchKey(p.ID) == matchKey(v.ID) {
			return nil, errors.New("the id " + strconv.Quote(v.ID) + " is taken by " + p.Name)
		}
	}
	out := &Roster{people: append(clonePeople(people, func(Person) bool { return true }), v), byID: make(map[string]int, len(people)+1)}
	for i, p := range out.people {
		out.byID[p.ID] = i
	}
	return out, nil
}

// withoutTitle is a name without a title before it ("Dr", "Mrs",
// "Cllr"), unless the title is all there is.
func withoutTitle(name string) string {
	first, rest, ok := strings.Cut(name, " ")
	if !ok {
		return name
	}
	switch strings.TrimSuffix(Fold(first), ".") {
	case "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "cllr", "councillor", "rev", "revd", "sir", "dame", "lady", "lord":
		return strings.TrimSpace(rest)
	}
	return name
}

// clonePeople copies the people that keep reports true.
func clonePeople(people []Person, keep func(Person) bool) []Person {
	out := make([]Person, 0, len(people))
	for _, p := range people {
		if keep(p) {
			out = append(out, p.Clone())
		}
	}
	return out
}
