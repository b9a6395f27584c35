package config

import (
	"errors"
	"fmt"
	"io"
	"testing"
)

func TestErrorString(t *testing.T) {
	tests := []struct {
		e    Error
		want string
	}{
		{Error{File: "group.toml", Line: 7, Col: 1, Key: "quorum.min_pres", Msg: "unknown key"}, "group.toml:7: quorum.min_pres: unknown key"},
		{Error{File: "group.toml", Line: 3, Col: 15, Msg: "not valid TOML: x"}, "group.toml:3:15: not valid TOML: x"},
		{Error{File: "group.toml", Line: 3, Msg: "not valid TOML: x"}, "group.toml:3: not valid TOML: x"},
		{Error{File: "group.toml", Msg: "not valid TOML: x"}, "group.toml: not valid TOML: x"},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

func TestErrors(t *testing.T) {
	a, b := &Error{File: "a", Msg: "x"}, &Error{File: "b", Msg: "y"}
	joined := errors.Join(a, fmt.Errorf("wrapped: %w", b), errors.New("other"))
	got := Errors(joined)
	if len(got) != 2 || got[0] != a || got[1] != b {
		t.Errorf("Errors = %v", got)
	}
	if Errors(nil) != nil {
		t.Error("Errors(nil) is not nil")
	}
}

func TestSyntaxPos(t *testing.T) {
	_, err := ParseGroup("g.toml", stringsReader("theme = \"auto\"\nname = \"Siân\" x\n"))
	var e *Error
	if !errors.As(err, &e) || e.Line != 2 || e.Col != 14 { // the space before x, counted in characters
		t.Errorf("got %+v", e)
	}
}

func stringsReader(s string) *stringReader { return &stringReader{s: s} }

// stringReader reads a string in one-byte pieces, to show that the parser
// reads everything before it starts.
type stringReader struct{ s string }

func (r *stringReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}
