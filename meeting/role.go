package meeting

// Role is what a person may do in the meeting. It comes from the meeting's
// state (who holds the chair, who takes the minutes), never from how they
// connected.
type Role string

// The roles, from most rights to fewest.
const (
	RoleChair       Role = "chair"
	RoleMinuteTaker Role = "minute-taker"
	RoleMember      Role = "member"
	RoleObserver    Role = "observer"
)

// Roles lists every role, from most rights to fewest.
func Roles() []Role { return []Role{RoleChair, RoleMinuteTaker, RoleMember, RoleObserver} }

// Actor is who gives a command. The chair's own laptop (the host console,
// where the meeting runs) has Console set and always has the chair's
// rights; everyone else is a person from the roster (or an observer with no
// person at all).
type Actor struct {
	Console bool
	Person  string // a roster id; empty for an anonymous observer
}

// ConsoleActor is the actor for the chair's own laptop.
func ConsoleActor() Actor { return Actor{Console: true} }
