// Package roster holds the people of a Co-production Group: who they are,
// what kind of member they are (which decides how they count for quorum and
// balance), the roles they are trained for, and how a typed name is matched
// to one of them. It is pure domain code and imports no UI.
package roster

import "slices"

// Kind says how a person counts in the meeting's balance.
type Kind string

// The kinds of people a group has, as written in roster.toml.
const (
	PersonUsingServices Kind = "person-using-services"
	Carer               Kind = "carer"
	Staff               Kind = "staff"
	Guest               Kind = "guest"
	// Visitor is someone not in the roster who came to a meeting,
	// recorded there with the visitor command. It is never written in
	// roster.toml (Valid is false) and never counted.
	Visitor Kind = "visitor"
)

// Kinds lists every valid kind, in the order they are shown. The slice is
// new at each call, so a caller may change it.
func Kinds() []Kind { return []Kind{PersonUsingServices, Carer, Staff, Guest} }

// Valid reports whether k is one of the kinds above.
func (k Kind) Valid() bool {
	return slices.Contains(Kinds(), k)
}

// LivedExperience reports whether k counts as a lived-experience member
// (a volunteer: a person using services or an unpaid carer).
func (k Kind) LivedExperience() bool { return k == PersonUsingServices || k == Carer }

// IsStaff reports whether k counts as paid staff.
func (k Kind) IsStaff() bool { return k == Staff }

// Counted reports whether k counts towards quorum and balance (guests and
// observers do not).
func (k Kind) Counted() bool { return k.LivedExperience() || k.IsStaff() }

// Label is the kind in plain words, for screens and minutes.
func (k Kind) Label() string {
	switch k {
	case PersonUsingServices:
		return "person using services"
	case Carer:
		return "carer"
	case Staff:
		return "staff"
	case Guest:
		return "guest"
	case Visitor:
		return "visitor"
	}
	return string(k)
}

// Role is a meeting role a person can be trained for or hold.
type Role string

// The roles that rotate.
const (
	RoleChair   Role = "chair"
	RoleMinutes Role = "minutes"
)

// Person is one member of the group, as in roster.toml.
type Person struct {
	// ID is typed in commands and kept in journals: one word, unique in
	// the roster ignoring case and accents. New derives it from Name when
	// it is empty.
	ID string `json:"id" toml:"id"`
	// Name is the full name, as the minutes show it.
	Name string `json:"name" toml:"name"`
	// Kind decides how the person counts for quorum and balance.
	Kind Kind `json:"kind" toml:"kind"`
	// Organisation is the employer a staff member represents.
	Organisation string `json:"organisation,omitempty" toml:"organisation"`
	// DecisionAuthority is true when a staff member can make decisions for
	// their organisation.
	DecisionAuthority bool `json:"decision_authority,omitempty" toml:"decision_authority"`
	// Trained lists the roles the person is trained for.
	Trained []Role `json:"trained,omitempty" toml:"trained"`
	// OptOut lists the roles the person has asked not to be proposed for.
	OptOut []Role `json:"opt_out,omitempty" toml:"opt_out"`
	// Language is the person's first language when it is not English,
	// such as "cy" for Welsh.
	Language string `json:"language,omitempty" toml:"language"`
	// Needs lists access needs, such as NeedLargePrint, or in the
	// person's own words.
	Needs []string `json:"needs,omitempty" toml:"needs"`
	// SSHKeys are the public keys (authorized_keys lines) the person joins
	// a shared meeting with.
	SSHKeys []string `json:"ssh_keys,omitempty" toml:"ssh_keys"`
	// Retired people have left the group; they stay for history.
	Retired bool `json:"retired,omitempty" toml:"retired"`
}

// TrainedFor reports whether p is trained for role r.
func (p Person) TrainedFor(r Role) bool {
	for _, t := range p.Trained {
		if t == r {
			return true
		}
	}
	return false
}

// OptedOut reports whether p has asked not to be proposed for role r.
func (p Person) OptedOut(r Role) bool {
	for _, t := range p.OptOut {
		if t == r {
			return true
		}
	}
	return false
}

// Valid reports whether r is one of the roles above.
func (r Role) Valid() bool { return r == RoleChair || r == RoleMinutes }

// Label is the role in plain words, for screens and minutes.
func (r Role) Label() string {
	switch r {
	case RoleChair:
		return "chair"
	case RoleMinutes:
		return "minute-taker"
	}
	return string(r)
}

// Roles returns every role, in the order they are shown.
func Roles() []Role { return []Role{RoleChair, RoleMinutes} }

// Clone returns a copy of p that shares no memory with it.
func (p Person) Clone() Person {
	p.Trained = slices.Clone(p.Trained)
	p.OptOut = slices.Clone(p.OptOut)
	p.Needs = slices.Clone(p.Needs)
	p.SSHKeys = slices.Clone(p.SSHKeys)
	return p
}

// HasNeed reports whether p listed the access need (compared ignoring case,
// accents and the difference between spaces, hyphens and underscores, so
// "Large print" is "large-print").
func (p Person) HasNeed(need string) bool {
	want := matchKey(need)
	for _, n := range p.Needs {
		if matchKey(n) == want {
			return true
		}
	}
	return false
}

// Access needs that the meeting and the minutes know how to meet. People
// may list others in their own words; these are the ones with behaviour.
const (
	NeedLargePrint  = "large-print"
	NeedEasyRead    = "easy-read"
	NeedHearingLoop = "hearing-loop"
	NeedWheelchair  = "wheelchair"
	NeedRemote      = "remote"
	NeedBreaks      = "breaks"
	NeedPapersEarly = "papers-early"
)
