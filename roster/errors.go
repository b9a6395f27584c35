package roster

import (
	"strconv"
	"strings"

	"github.com/gyda/gyda/internal/prose"
)

// PersonError says what is wrong with one person given to New.
type PersonError struct {
	// Index is the person's position in the list given to New, from 0.
	Index int
	// Name is the person's name as written; it may be empty.
	Name string
	// Field is the roster.toml key at fault: "id", "name", "kind",
	// "trained" or "opt_out".
	Field string
	// Elem is the position, from 0, of the bad entry in a list field
	// (trained, opt_out), or -1 when the whole field is at fault.
	Elem int
	// Msg says what is wrong and what is allowed.
	Msg string
}

// Error reads like `person 2 (Siân Davies): kind: "volunteer" is not a
// kind; use person-using-services, carer, staff or guest`. Positions are
// counted from 1, as a person reading roster.toml would.
func (e *PersonError) Error() string {
	var b strings.Builder
	b.WriteString("person ")
	b.WriteString(strconv.Itoa(e.Index + 1))
	if e.Name != "" {
		b.WriteString(" (")
		b.WriteString(e.Name)
		b.WriteString(")")
	}
	b.WriteString(": ")
	b.WriteString(e.Field)
	if e.Elem >= 0 {
		b.WriteString("[")
		b.WriteString(strconv.Itoa(e.Elem + 1))
		b.WriteString("]")
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// NotFoundError says that no one in the roster matched a typed name.
type NotFoundError struct {
	// Query is the name as typed.
	Query string
	// Candidates are the full names of people whose names are close to the
	// query (sharing its start, or a letter or two away), best first. It
	// may be empty.
	Candidates []string
}

// Error reads like `no one called "dafid" in the roster; did you mean
// Dafydd ap Gwilym?`.
func (e *NotFoundError) Error() string {
	if strings.TrimSpace(e.Query) == "" {
		return "no name given; type a name or an id from the roster"
	}
	msg := "no one called " + strconv.Quote(e.Query) + " in the roster"
	if len(e.Candidates) > 0 {
		msg += "; did you mean " + prose.OrList(e.Candidates) + "?"
	}
	return msg
}

// UnsureError says that a typed name matched no one for certain but one
// person closely: it starts their surname ("jon" for Mair Jones) or is a
// letter or two from their name ("dafid"). The name is not taken; the
// person typing is asked whether they meant Person.
type UnsureError struct {
	// Query is the name as typed.
	Query string
	// Person is who it might mean.
	Person Person
}

// Error reads like `no one called "jon" in the roster; did you mean Mair
// Jones?`.
func (e *UnsureError) Error() string {
	return "no one called " + strconv.Quote(e.Query) + " in the roster; did you mean " + e.Person.Name + "?"
}

// AmbiguousError says that a typed name matched more than one person.
type AmbiguousError struct {
	// Query is the name as typed.
	Query string
	// Candidates are the full names of everyone it matched, in roster
	// order; a name shared by two people has the id added in brackets.
	Candidates []string
}

// Error reads like `"da" could be Dafydd ap Gwilym or David Jones; type
// more of the name`.
func (e *AmbiguousError) Error() string {
	return strconv.Quote(e.Query) + " could be " + prose.OrList(e.Candidates) + "; type more of the name"
}
