package meeting

import (
	"fmt"

	"github.com/gyda/gyda/internal/prose"
)

// Self-only rules: a member may raise or lower their own hand, show their
// own card, say they have finished speaking, leave, declare their own
// interest, record their own expenses and undo what they recorded
// themselves, but not anyone else's. The minute-taker may undo what they
// recorded; the chair may undo anyone's.

// permission is what a role may do with a verb.
type permission int

const (
	denied   permission = iota
	allowed             // for anyone
	selfOnly            // only about themselves
	request             // turned into a request (break: ask for one)
)

// permissions is the rights table: every verb against every role.
func permissionFor(role Role, verb Verb) permission {
	if p, ok := votingPermission(role, verb); ok {
		return p
	}
	switch verb {
	case VerbQuorum, VerbHelp, VerbArising:
		return allowed
	}
	switch role {
	case RoleChair:
		return allowed
	case RoleMinuteTaker:
		switch verb {
		case VerbArrive, VerbLeave, VerbApologies, VerbNote, VerbOffRecord, VerbDecide,
			VerbDeclare, VerbAction, VerbReflect, VerbReview, VerbRatify, VerbExpense,
			VerbCorrect, VerbStrike, VerbVisitor:
			return allowed
		case VerbHand, VerbLower, VerbCard, VerbDone, VerbUndo:
			return selfOnly
		case VerbBreak:
			return request
		}
	case RoleMember:
		switch verb {
		case VerbReflect:
			return allowed
		case VerbHand, VerbLower, VerbCard, VerbDone, VerbLeave, VerbDeclare, VerbExpense, VerbUndo:
			return selfOnly
		case VerbBreak:
			return request
		}
	case RoleObserver:
		// Observers watch: they may ask for the quorum and for help.
	}
	return denied
}

// Allowed reports whether a role may use a verb at all (perhaps only about
// themselves). Screens use it to offer only permitted verbs and keys.
func Allowed(role Role, verb Verb) bool { return permissionFor(role, verb) != denied }

// Refusal is the error a command with the verb gets from an actor whose
// role may never use it, saying who may; nil when the role may use it
// (perhaps only for themselves). Screens use it to answer a key the role
// has no use of in the same words as the command.
func Refusal(role Role, verb Verb) error {
	if permissionFor(role, verb) != denied {
		return nil
	}
	return refuse(role, verb, "only %s can use %s; you are taking part as %s", whoMay(verb), verb, prose.Article(string(role)))
}

// PermissionError says a command was refused because of the actor's role.
type PermissionError struct {
	Role Role
	Verb Verb
	Msg  string
}

func (e *PermissionError) Error() string { return e.Msg }

func refuse(role Role, verb Verb, format string, args ...any) error {
	return &PermissionError{Role: role, Verb: verb, Msg: fmt.Sprintf(format, args...)}
}

// whoMay names who may use a verb: "the chair, or the minute-taker and
// members for themselves".
func whoMay(verb Verb) string {
	var all, selves []string
	for _, r := range Roles() {
		name := "the " + string(r)
		if r == RoleMember || r == RoleObserver {
			name = string(r) + "s"
		}
		switch permissionFor(r, verb) {
		case allowed:
			all = append(all, name)
		case selfOnly, request:
			selves = append(selves, name)
		}
	}
	// The chair may use every verb, so all is never empty.
	if len(selves) == 0 {
		return prose.AndList(all)
	}
	return prose.AndList(all) + ", or " + prose.AndList(selves) + " for themselves,"
}
