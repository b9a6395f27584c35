package roster

// Roster is the group's people, checked: ids are unique and every person has
// a valid kind. It is immutable once built, so it can be shared.
type Roster struct {
	people []Person
}

// New checks people and builds a roster (helper fills in).
func New(people []Person) (*Roster, error) { return &Roster{people: people}, nil }

// People returns every person, retired ones included, in roster order.
func (r *Roster) People() []Person { return r.people }

// Get returns the person with the id.
func (r *Roster) Get(id string) (Person, bool) {
	for _, p := range r.people {
		if p.ID == id {
			return p, true
		}
	}
	return Person{}, false
}

// Find matches a typed name to one person of the roster.
func (r *Roster) Find(query string) (Person, error) { return Match(r.people, query) }

// Match matches a typed name (id, full name or unique prefix, ignoring case
// and accents) to one of people (helper fills in).
func Match(people []Person, query string) (Person, error) {
	for _, p := range people {
		if p.ID == query {
			return p, nil
		}
	}
	return Person{}, &NotFoundError{Query: query}
}

// NotFoundError says no one matched a typed name.
type NotFoundError struct {
	Query      string
	Candidates []string
}

func (e *NotFoundError) Error() string { return "no one called " + e.Query }
