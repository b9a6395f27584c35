package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/gyda/gyda/config/demo"
)

// gydaBin is the real binary the end-to-end tests drive, built once
// before the tests run (with the race detector when the tests run under
// it).
var gydaBin string

// TestMain builds gydaBin, and through testscript.Main makes this test
// binary answer to the name gyda, so the scripts in testdata/script run
// the real command (main) with "exec gyda ...".
func TestMain(m *testing.M) {
	testscript.Main(withGydaBin{m}, map[string]func(){"gyda": main})
}

// withGydaBin runs the tests with gydaBin built first and removed after.
type withGydaBin struct{ m *testing.M }

func (w withGydaBin) Run() int {
	dir, err := os.MkdirTemp("", "gyda-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	gydaBin = filepath.Join(dir, "gyda")
	args := []string{"build", "-o", gydaBin}
	if raceEnabled {
		args = append(args, "-race")
	}
	build := exec.Command("go", append(args, ".")...)
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build gyda:", err)
		return 1
	}
	return w.m.Run()
}

// sampleGroup writes the sample group into a fresh folder.
func sampleGroup(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if _, _, err := demo.WriteTo(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

// gyda runs the binary with input and returns its standard output and
// error and its exit status.
func gyda(t *testing.T, dir, input string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(gydaBin, args...)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(input)
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "TZ=UTC")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run gyda %v: %v", args, err)
	}
	return out.String(), errb.String(), code
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
