package config

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"
)

// Error is one problem in a configuration file, at the line of the key
// that is wrong. It reads like
//
//	group.toml:7: quorum.min_pres: unknown key; allowed keys in [quorum] are min_present, min_lived_experience, remote_counts
//
// or, for a file that is not valid TOML (Key is empty), with the column:
//
//	group.toml:3:15: not valid TOML: expected value but found "}" instead
//
// When a file has several problems they are returned together with
// errors.Join, in line order; errors.As finds the first.
type Error struct {
	File string // the file as named to the parser, e.g. "agendas/next.toml"
	Line int    // from 1; 0 when the problem is the file as a whole
	Col  int    // from 1, in characters; 0 when not known
	Key  string // e.g. "item[2].minutes"; lists and arrays of tables count from 1
	Msg  string // what is wrong and what is allowed
}

// Error formats e as file:line: key: message.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":")
		b.WriteString(strconv.Itoa(e.Line))
		if e.Key == "" && e.Col > 0 {
			b.WriteString(":")
			b.WriteString(strconv.Itoa(e.Col))
		}
	}
	if e.Key != "" {
		b.WriteString(": ")
		b.WriteString(e.Key)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// Errors returns every *Error in err, which may be one *Error, several
// joined with errors.Join, or wrapped; it returns nil when there are none.
func Errors(err error) []*Error {
	var out []*Error
	var walk func(error)
	walk = func(err error) {
		switch e := err.(type) {
		case nil:
		case *Error:
			out = append(out, e)
		case interface{ Unwrap() []error }:
			for _, inner := range e.Unwrap() {
				walk(inner)
			}
		case interface{ Unwrap() error }:
			walk(e.Unwrap())
		}
	}
	walk(err)
	return out
}

// joinErrors returns nil, the one error, or all of them joined in line
// order.
func joinErrors(errs []*Error) error {
	slices.SortStableFunc(errs, func(a, b *Error) int {
		if c := cmp.Compare(a.Line, b.Line); c != 0 {
			return c
		}
		return cmp.Compare(a.Col, b.Col)
	})
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	all := make([]error, len(errs))
	for i, e := range errs {
		all[i] = e
	}
	return errors.Join(all...)
}

// hintError is an error with a plain message for people that still
// unwraps to its cause, so errors.Is(err, fs.ErrNotExist) holds.
type hintError struct {
	msg string
	err error
}

// Error is the message for people.
func (e *hintError) Error() string { return e.msg }

// Unwrap is the cause.
func (e *hintError) Unwrap() error { return e.err }
