// Command unmapped runs the mutants that gremlins v0.6.0 finds but never
// runs because Go's coverage profile has no block to map them to: those
// in the conditions of a switch's cases, and those in package-level
// constant and variable declarations, and after a function literal in
// the same statement.
//
// A case's expressions get no coverage block, only its body, so gremlins
// reports every mutant in them as NOT COVERED, even when the tests run
// that switch every time (go-gremlins/gremlins#298); package-level
// declarations get none at all. unmapped reads gremlins' JSON report for
// one package and runs each NOT COVERED mutant that the package's own
// tests do reach:
//
//   - in a case's expressions, when that case's body, or the body of a
//     case after it in the same switch, is covered (Go tests the cases in
//     order, so reaching a later body means this case's expressions were
//     tested);
//   - in a package-level constant or variable declaration, always (it is
//     set before any test runs);
//   - in a statement after a function literal (the "; i >= 0" of "if i :=
//     slices.IndexFunc(xs, func(x T) bool { ... }); i >= 0 {"), when the
//     statement's block up to that literal is covered: Go's coverage
//     profile ends the statement's block where the literal starts and
//     gives the rest of the statement none. (If the rest is not reached
//     after all, the mutant lives, so this never flatters the figures.)
//
// A mutant is applied as gremlins would (the same token changed the same
// way), in a copy of the module, and the package's tests run against it.
//
// Usage, from the module's root:
//
//	go run ./scripts/unmapped -pkg meeting -report meeting.json [-timeout 10]
//
// With -lived it runs instead the mutants gremlins reported LIVED: after
// adding tests, to see which still live without running gremlins again
// (a mutant whose operator is no longer where the report says, because
// the source changed, is MOVED and counted as not covered).
//
// It prints one line per mutant it ran, in gremlins' words ("KILLED
// CONDITIONALS_NEGATION at quorum.go:68:24"), then a line
//
//	unmapped: killed K, lived L, not viable N, timed out T, still not covered C
//
// Like scripts/mutants, it runs the tests with GYDA_MUTANTS=1, so the
// tests that check the output with outside programs skip.
//
// A change that does not compile is NOT VIABLE here (gremlins counts it
// as KILLED). scripts/mutants runs it after gremlins and adds its counts.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

func main() {
	pkg := flag.String("pkg", "", "the package's folder, from the module's root (meeting, meeting/journal)")
	report := flag.String("report", "", "gremlins' JSON report for the package (unleash -o)")
	coefficient := flag.Int("timeout", 10, "a mutant's tests may take this many times as long as the tests without it")
	lived := flag.Bool("lived", false, "run the mutants gremlins reported LIVED instead")
	flag.Parse()
	if *pkg == "" || *report == "" {
		fmt.Fprintln(os.Stderr, "usage: unmapped -pkg DIR -report FILE.json [-timeout N] [-lived]")
		os.Exit(2)
	}
	if err := run(*pkg, *report, *coefficient, *lived); err != nil {
		fmt.Fprintln(os.Stderr, "unmapped:", err)
		os.Exit(1)
	}
}

// Report is the part of gremlins' JSON report that unmapped reads.
type Report struct {
	Files []struct {
		Name      string     `json:"file_name"`
		Mutations []Mutation `json:"mutations"`
	} `json:"files"`
}

// Mutation is one mutant in gremlins' report.
type Mutation struct {
	Type   string `json:"type"`
	Status string `json:"status"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

// Mutant is a mutant of one file.
type Mutant struct {
	File string // in the package's folder
	Mutation
}

func (m Mutant) String() string {
	return fmt.Sprintf("%s at %s:%d:%d", m.Type, m.File, m.Line, m.Column)
}

func run(pkg, reportPath string, coefficient int, lived bool) error {
	data, err := os.ReadFile(reportPath)
	if err != nil {
		return fmt.Errorf("read the gremlins report: %w", err)
	}
	var rep Report
	if err := json.Unmarshal(data, &rep); err != nil {
		return fmt.Errorf("read the gremlins report %s: %w", reportPath, err)
	}
	want := "NOT COVERED"
	if lived {
		want = "LIVED"
	}
	var picked []Mutant
	for _, f := range rep.Files {
		for _, m := range f.Mutations {
			if m.Status == want {
				picked = append(picked, Mutant{File: f.Name, Mutation: m})
			}
		}
	}
	importPath, err := goList(".", "./"+pkg)
	if err != nil {
		return err
	}
	runnable, still := picked, 0
	if !lived {
		profile, err := coverage(importPath)
		if err != nil {
			return err
		}
		if runnable, still, err = reachedCases(pkg, picked, profile[importPath]); err != nil {
			return err
		}
	}
	work, err := os.MkdirTemp("", "unmapped-")
	if err != nil {
		return fmt.Errorf("make a work folder: %w", err)
	}
	defer os.RemoveAll(work)
	if err := copyModule(".", work); err != nil {
		return err
	}
	start := time.Now()
	if out, err := goTest(context.Background(), work, importPath); err != nil {
		return fmt.Errorf("the tests of %s fail without any mutant:\n%s", pkg, out)
	}
	timeout := time.Duration(coefficient) * time.Since(start)
	counts := map[string]int{}
	for _, m := range runnable {
		status, err := try(work, pkg, importPath, m, timeout)
		var moved *movedError
		switch {
		case errors.As(err, &moved):
			status = "MOVED" // the source changed since the report
		case err != nil:
			return err
		}
		counts[status]++
		fmt.Printf("%12s %s\n", status, m)
	}
	fmt.Printf("unmapped: killed %d, lived %d, not viable %d, timed out %d, still not covered %d\n",
		counts["KILLED"], counts["LIVED"], counts["NOT VIABLE"], counts["TIMED OUT"], still+counts["MOVED"])
	return nil
}

// goList is the import path of a package.
func goList(dir, pkg string) (string, error) {
	cmd := exec.Command("go", "list", pkg)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go list %s: %w", pkg, err)
	}
	return strings.TrimSpace(string(out)), nil
}

// block is a covered block of a file: from one position to another.
type block struct{ fromLine, fromCol, toLine, toCol int }

// coverage runs the package's tests with a coverage profile and returns
// the covered blocks, by import path and file name.
func coverage(importPath string) (map[string]map[string][]block, error) {
	f, err := os.CreateTemp("", "unmapped-cover-")
	if err != nil {
		return nil, fmt.Errorf("make a coverage file: %w", err)
	}
	f.Close()
	defer os.Remove(f.Name())
	cmd := exec.Command("go", "test", "-count=1", "-coverprofile", f.Name(), importPath)
	cmd.Env = mutantsEnv()
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("go test -coverprofile %s: %w\n%s", importPath, err, out)
	}
	data, err := os.ReadFile(f.Name())
	if err != nil {
		return nil, fmt.Errorf("read the coverage profile: %w", err)
	}
	return parseProfile(string(data))
}

// parseProfile reads a coverage profile's covered blocks:
// "path/file.go:12.5,14.2 3 1" is a block of 3 statements run once.
func parseProfile(text string) (map[string]map[string][]block, error) {
	out := map[string]map[string][]block{}
	for i, line := range strings.Split(text, "\n") {
		if i == 0 || line == "" {
			continue // the mode line
		}
		colon := strings.LastIndex(line, ":")
		if colon < 0 {
			return nil, fmt.Errorf("coverage profile line %d is not a block: %q", i+1, line)
		}
		fields := strings.Fields(line[colon+1:])
		if len(fields) != 3 {
			return nil, fmt.Errorf("coverage profile line %d is not a block: %q", i+1, line)
		}
		if fields[2] == "0" {
			continue
		}
		var b block
		if _, err := fmt.Sscanf(fields[0], "%d.%d,%d.%d", &b.fromLine, &b.fromCol, &b.toLine, &b.toCol); err != nil {
			return nil, fmt.Errorf("coverage profile line %d: %w", i+1, err)
		}
		dir, file := pathDir(line[:colon]), filepath.Base(line[:colon])
		if out[dir] == nil {
			out[dir] = map[string][]block{}
		}
		out[dir][file] = append(out[dir][file], b)
	}
	return out, nil
}

func pathDir(p string) string {
	if i := strings.LastIndex(p, "/"); i >= 0 {
		return p[:i]
	}
	return ""
}

// reachedCases splits the NOT COVERED mutants into those the tests reach
// (in the expressions of a case they reach, in a package-level
// declaration, or after a function literal in a statement they reach),
// and the count of the rest.
func reachedCases(pkg string, mutants []Mutant, covered map[string][]block) ([]Mutant, int, error) {
	var runnable []Mutant
	still := 0
	fset := token.NewFileSet()
	parsed := map[string]*ast.File{}
	for _, m := range mutants {
		f, ok := parsed[m.File]
		if !ok {
			var err error
			if f, err = parser.ParseFile(fset, filepath.Join(pkg, m.File), nil, 0); err != nil {
				return nil, 0, fmt.Errorf("parse %s: %w", m.File, err)
			}
			parsed[m.File] = f
		}
		if caseReached(fset, f, m.Line, m.Column, covered[m.File]) || inPackageDecl(fset, f, m.Line, m.Column) ||
			afterFuncLitReached(fset, f, m.Line, m.Column, covered[m.File]) {
			runnable = append(runnable, m)
		} else {
			still++
		}
	}
	return runnable, still, nil
}

// caseReached reports whether line:col lies in the expressions of a case
// of a switch whose body, or a later case's body, has a covered block.
func caseReached(fset *token.FileSet, f *ast.File, line, col int, covered []block) bool {
	reached := false
	ast.Inspect(f, func(n ast.Node) bool {
		sw, ok := n.(*ast.SwitchStmt)
		if !ok || reached {
			return !reached
		}
		clauses := sw.Body.List
		for i, s := range clauses {
			cc := s.(*ast.CaseClause)
			if len(cc.List) == 0 || !within(fset, cc.List[0].Pos(), cc.List[len(cc.List)-1].End(), line, col) {
				continue
			}
			for _, later := range clauses[i:] {
				lc := later.(*ast.CaseClause)
				if bodyCovered(fset, lc, covered) {
					reached = true
				}
			}
		}
		return true
	})
	return reached
}

// inPackageDecl reports whether line:col lies in a package-level const
// or var declaration.
func inPackageDecl(fset *token.FileSet, f *ast.File, line, col int) bool {
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && (g.Tok == token.CONST || g.Tok == token.VAR) && within(fset, g.Pos(), g.End(), line, col) {
			return true
		}
	}
	return false
}

// afterFuncLitReached reports whether line:col lies in a statement (the
// header of an if, for or switch) after a function literal in that
// statement, not inside one, and a covered block holds that literal's
// start: the statement ran up to the literal.
func afterFuncLitReached(fset *token.FileSet, f *ast.File, line, col int, covered []block) bool {
	reached := false
	ast.Inspect(f, func(n ast.Node) bool {
		if reached {
			return false
		}
		s, ok := n.(ast.Stmt)
		if !ok {
			return true
		}
		end := headerEnd(s)
		if !within(fset, s.Pos(), end, line, col) {
			return true
		}
		ast.Inspect(s, func(n ast.Node) bool {
			fl, ok := n.(*ast.FuncLit)
			if !ok || reached || n.Pos() >= end {
				return !reached
			}
			if within(fset, fl.Pos(), fl.End(), line, col) {
				return false // inside the literal: its own blocks say
			}
			at := fset.Position(fl.End())
			if line > at.Line || line == at.Line && col >= at.Column {
				reached = blockHolds(fset, covered, fl.Pos())
			}
			return false
		})
		return true
	})
	return reached
}

// headerEnd is where a statement stops being one statement: the body of
// an if, for, range or switch, which has blocks of its own; the end of
// any other.
func headerEnd(s ast.Stmt) token.Pos {
	switch s := s.(type) {
	case *ast.IfStmt:
		return s.Body.Lbrace
	case *ast.ForStmt:
		return s.Body.Lbrace
	case *ast.RangeStmt:
		return s.Body.Lbrace
	case *ast.SwitchStmt:
		return s.Body.Lbrace
	case *ast.TypeSwitchStmt:
		return s.Body.Lbrace
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause, *ast.SelectStmt, *ast.LabeledStmt:
		return s.Pos() // holds other statements: never one itself
	}
	return s.End()
}

// blockHolds reports whether a covered block holds pos.
func blockHolds(fset *token.FileSet, covered []block, pos token.Pos) bool {
	p := fset.Position(pos)
	for _, b := range covered {
		after := p.Line > b.fromLine || p.Line == b.fromLine && p.Column >= b.fromCol
		before := p.Line < b.toLine || p.Line == b.toLine && p.Column <= b.toCol
		if after && before {
			return true
		}
	}
	return false
}

// within reports whether line:col lies from from up to (not including) to.
func within(fset *token.FileSet, from, to token.Pos, line, col int) bool {
	a, b := fset.Position(from), fset.Position(to)
	after := line > a.Line || line == a.Line && col >= a.Column
	before := line < b.Line || line == b.Line && col < b.Column
	return after && before
}

// bodyCovered reports whether a covered block starts in the case's body.
func bodyCovered(fset *token.FileSet, cc *ast.CaseClause, covered []block) bool {
	from, to := fset.Position(cc.Colon), fset.Position(cc.End())
	for _, b := range covered {
		after := b.fromLine > from.Line || b.fromLine == from.Line && b.fromCol > from.Column
		before := b.fromLine < to.Line || b.fromLine == to.Line && b.fromCol <= to.Column
		if after && before {
			return true
		}
	}
	return false
}

// mutations is how gremlins changes each token, by mutant type.
var mutations = map[string]map[string]string{
	"ARITHMETIC_BASE":       {"+": "-", "*": "/", "/": "*", "%": "*", "-": "+"},
	"CONDITIONALS_BOUNDARY": {">=": ">", ">": ">=", "<=": "<", "<": "<="},
	"CONDITIONALS_NEGATION": {"==": "!=", ">=": "<", ">": "<=", "<=": ">", "<": ">=", "!=": "=="},
	"INCREMENT_DECREMENT":   {"--": "++", "++": "--"},
	"INVERT_NEGATIVES":      {"-": "+"},
	"INVERT_LOGICAL":        {"&&": "||", "||": "&&"},
}

// mutate changes the token at line:col of src as the mutant says.
func mutate(src []byte, m Mutant) ([]byte, error) {
	off := 0
	for l := 1; l < m.Line; l++ {
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			return nil, &movedError{m}
		}
		off += i + 1
	}
	off += m.Column - 1
	changes, ok := mutations[m.Type]
	if !ok {
		return nil, fmt.Errorf("%s: a mutant of a type unmapped does not know", m)
	}
	// The longest operator that starts there is the token.
	ops := make([]string, 0, len(changes))
	for op := range changes {
		ops = append(ops, op)
	}
	sort.Slice(ops, func(i, j int) bool { return len(ops[i]) > len(ops[j]) })
	for _, op := range ops {
		if off+len(op) <= len(src) && string(src[off:off+len(op)]) == op && !longerOperator(src, off+len(op), op) {
			out := append([]byte{}, src[:off]...)
			out = append(out, changes[op]...)
			return append(out, src[off+len(op):]...), nil
		}
	}
	return nil, &movedError{m}
}

// movedError says a mutant's operator is not where the report put it.
type movedError struct{ m Mutant }

func (e *movedError) Error() string { return fmt.Sprintf("%s: no operator to change there", e.m) }

// longerOperator reports whether op, followed by what is at src[i:], is
// really a longer operator (< of <=, + of ++, & of &&).
func longerOperator(src []byte, i int, op string) bool {
	if i >= len(src) {
		return false
	}
	next := src[i]
	switch op {
	case "<", ">", "!":
		return next == '=' || next == op[0]
	case "+", "-", "&", "|":
		return next == op[0] || next == '='
	case "*", "/", "%":
		return next == '='
	}
	return false
}

// try applies one mutant in the work copy, runs the package's tests, and
// puts the file back.
func try(work, pkg, importPath string, m Mutant, timeout time.Duration) (string, error) {
	path := filepath.Join(work, pkg, m.File)
	orig, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	mutated, err := mutate(orig, m)
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(path, mutated, 0o644); err != nil {
		return "", err
	}
	defer os.WriteFile(path, orig, 0o644)
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	out, err := goTest(ctx, work, importPath)
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		return "TIMED OUT", nil
	case err == nil:
		return "LIVED", nil
	case strings.Contains(out, "[build failed]") || strings.Contains(out, "[setup failed]"):
		return "NOT VIABLE", nil
	case errors.As(err, &exit):
		return "KILLED", nil
	}
	return "", fmt.Errorf("go test %s: %w", importPath, err)
}

// goTest runs a package's tests in the work copy of the module.
func goTest(ctx context.Context, work, importPath string) (string, error) {
	cmd := exec.CommandContext(ctx, "go", "test", "-count=1", "-failfast", importPath)
	cmd.Dir = work
	cmd.Env = mutantsEnv()
	cmd.WaitDelay = 5 * time.Second
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// mutantsEnv is the environment for go test: this one with GYDA_MUTANTS=1,
// as scripts/mutants sets for gremlins, so that the tests which check the
// output with outside programs (a browser, LibreOffice) skip.
func mutantsEnv() []string {
	return append(os.Environ(), "GYDA_MUTANTS=1")
}

// copyModule copies the module's files (not .git) into dst.
func copyModule(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == ".git" {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, info.Mode().Perm())
	})
}
