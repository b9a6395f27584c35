package main

import (
	"errors"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/gyda/gyda/config/demo"
)

// TestScripts runs the plain-mode scenarios in testdata/script, one
// .txtar file each: the real gyda command (see TestMain) driven line by
// line, its output and the files it writes checked. Each script runs in
// its own folder with NO_COLOR=1 and TZ=UTC, and may call:
//
//	sample-group [DIR]        write the sample group (config/demo) into
//	                          DIR, or the script's folder
//	exits STATUS CMD [ARGS]   run CMD as exec does, and fail unless it
//	                          exits with STATUS (0 ok, 1 failure or
//	                          findings, 2 bad usage)
//
// Run one with go test -run TestScripts/NAME ./cmd/gyda; add -testwork to
// keep its folder.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("testdata", "script"),
		RequireExplicitExec: true,
		Setup: func(e *testscript.Env) error {
			e.Setenv("NO_COLOR", "1")
			e.Setenv("TZ", "UTC")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"sample-group": sampleGroupCmd,
			"exits":        exitsCmd,
		},
	})
}

// sampleGroupCmd is the scripts' sample-group command.
func sampleGroupCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) > 1 {
		ts.Fatalf("usage: sample-group [DIR]")
	}
	dir := "."
	if len(args) == 1 {
		dir = args[0]
	}
	if _, _, err := demo.WriteTo(ts.MkAbs(dir)); err != nil {
		ts.Fatalf("sample-group: %v", err)
	}
}

// exitsCmd is the scripts' exits command. Like exec, it leaves the
// command's output for stdout and stderr to check.
func exitsCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits STATUS COMMAND [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: the status %q is not a number", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			ts.Fatalf("exits: %s: %v", args[1], err)
		}
		got = exit.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d; want %d", args[1], got, want)
	}
}
