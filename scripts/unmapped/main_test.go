package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"
)

func TestMutateChangesTheTokenAtThePosition(t *testing.T) {
	src := "package p\n\nfunc f(a, b int) bool {\n\tswitch {\n\tcase a <= b && a != 0:\n\t\treturn a-1 > -b\n\t}\n\ta++\n\treturn a < b\n}\n"
	tests := []struct {
		typ       string
		line, col int
		want      string // the changed line
	}{
		{"CONDITIONALS_BOUNDARY", 5, 9, "\tcase a < b && a != 0:"},
		{"CONDITIONALS_NEGATION", 5, 9, "\tcase a > b && a != 0:"},
		{"CONDITIONALS_NEGATION", 5, 19, "\tcase a <= b && a == 0:"},
		{"INVERT_LOGICAL", 5, 14, "\tcase a <= b || a != 0:"},
		{"ARITHMETIC_BASE", 6, 11, "\t\treturn a+1 > -b"},
		{"CONDITIONALS_BOUNDARY", 6, 14, "\t\treturn a-1 >= -b"},
		{"INVERT_NEGATIVES", 6, 16, "\t\treturn a-1 > +b"},
		{"INCREMENT_DECREMENT", 8, 3, "\ta--"},
		{"CONDITIONALS_NEGATION", 9, 11, "\treturn a >= b"},
	}
	for _, tt := range tests {
		m := Mutant{File: "p.go", Mutation: Mutation{Type: tt.typ, Line: tt.line, Column: tt.col}}
		out, err := mutate([]byte(src), m)
		if err != nil {
			t.Errorf("%s: %v", m, err)
			continue
		}
		if got := lineOf(string(out), tt.line); got != tt.want {
			t.Errorf("%s: line %q; want %q", m, got, tt.want)
		}
	}
	if _, err := mutate([]byte(src), Mutant{File: "p.go", Mutation: Mutation{Type: "CONDITIONALS_NEGATION", Line: 5, Column: 7}}); err == nil {
		t.Error("a mutant where there is no operator was applied")
	}
}

func TestCaseReachedWhenItsBodyOrALaterBodyIsCovered(t *testing.T) {
	src := "package p\n\nfunc f(n int) string {\n\tswitch {\n\tcase n > 10:\n\t\treturn \"big\"\n\tcase n > 0:\n\t\treturn \"small\"\n\tcase n == 0:\n\t\treturn \"none\"\n\t}\n\treturn \"less\"\n}\n"
	fset, f := parse(t, src)
	small := []block{{7, 13, 8, 17}} // only "small" ran
	tests := []struct {
		line, col int
		covered   []block
		want      bool
	}{
		{5, 9, small, true},  // n > 10 was tested on the way to n > 0
		{7, 9, small, true},  // its own body ran
		{9, 9, small, false}, // n == 0 was never reached
		{5, 9, nil, false},   // nothing ran
		{12, 2, small, false},
	}
	for _, tt := range tests {
		if got := caseReached(fset, f, tt.line, tt.col, tt.covered); got != tt.want {
			t.Errorf("%d:%d with %v: reached %v; want %v", tt.line, tt.col, tt.covered, got, tt.want)
		}
	}
}

func TestParseProfile(t *testing.T) {
	p, err := parseProfile("mode: set\nexample.com/m/p/p.go:7.13,8.17 1 1\nexample.com/m/p/p.go:9.14,10.16 1 0\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := p["example.com/m/p"]["p.go"]; len(got) != 1 || got[0] != (block{7, 13, 8, 17}) {
		t.Errorf("blocks %+v", got)
	}
	if _, err := parseProfile("mode: set\nnot a block\n"); err == nil {
		t.Error("a bad line was read")
	}
}

func lineOf(s string, n int) string {
	line := 1
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			if line == n {
				return s[start:i]
			}
			line++
			start = i + 1
		}
	}
	return s[start:]
}

func TestPackageDeclarationsAreAlwaysReached(t *testing.T) {
	src := "package p\n\nconst a = 1 + 2\n\nvar b = a * 3\n\nfunc f() int {\n\tconst c = 4 - 1\n\treturn c\n}\n"
	fset, f := parse(t, src)
	for _, tt := range []struct {
		line, col int
		want      bool
	}{{3, 13, true}, {5, 11, true}, {8, 14, false}} {
		if got := inPackageDecl(fset, f, tt.line, tt.col); got != tt.want {
			t.Errorf("%d:%d in a package declaration: %v; want %v", tt.line, tt.col, got, tt.want)
		}
	}
}

func TestAfterAFuncLitReachedWhenTheStatementRanUpToIt(t *testing.T) {
	src := "package p\n\nfunc f(xs []int) int {\n\tif i := find(xs, func(x int) bool { return x > 0 }); i >= 0 {\n\t\treturn i\n\t}\n\tn := len(xs) + 1\n\treturn n\n}\n"
	fset, f := parse(t, src)
	// As go test -cover makes them: the if's header up to the literal's
	// body, the literal's body, and nothing for "; i >= 0".
	ran := []block{{3, 24, 4, 37}, {4, 37, 4, 53}}
	tests := []struct {
		line, col int
		covered   []block
		want      bool
	}{
		{4, 57, ran, true},                      // "; i >= 0": after the literal, the header ran
		{4, 57, nil, false},                     // nothing ran
		{4, 47, ran, false},                     // inside the literal: its own block says
		{7, 15, ran, false},                     // another statement, with no literal
		{4, 57, []block{{4, 37, 4, 53}}, false}, // only the literal's body: not the header's block
	}
	for _, tt := range tests {
		if got := afterFuncLitReached(fset, f, tt.line, tt.col, tt.covered); got != tt.want {
			t.Errorf("%d:%d with %v: reached %v; want %v", tt.line, tt.col, tt.covered, got, tt.want)
		}
	}
}

// parse parses src as the file p.go.
func parse(t *testing.T, src string) (*token.FileSet, *ast.File) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	return fset, f
}
