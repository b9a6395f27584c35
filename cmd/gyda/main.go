// Command gyda runs a co-produced meeting: it checks quorum and balance as
// people arrive and leave, keeps a fair speaking queue, times items and
// breaks, captures decisions and actions, and writes plain-English minutes.
//
// This file maps subcommands to their functions and errors to exit codes;
// it is the only place that does. Exit status: 0 success, 1 failure (or
// findings, for check), 2 bad usage.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// env is what a subcommand may touch of the outside world.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// usageError is a mistake in how gyda was called: exit status 2.
type usageError struct {
	msg   string
	cause error // flag.ErrHelp when help was asked for, else nil
}

func (e *usageError) Error() string { return e.msg }

// Unwrap lets errors.Is find flag.ErrHelp in a request for help.
func (e *usageError) Unwrap() error { return e.cause }

func usagef(format string, args ...any) error { return &usageError{msg: fmt.Sprintf(format, args...)} }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		fmt.Fprint(stderr, usageText)
		return 2
	}
	var err error
	switch cmd, rest := args[0], args[1:]; cmd {
	case "demo":
		err = runDemo(rest, e)
	case "run":
		err = runRun(rest, e)
	case "room":
		err = runRoom(rest, e)
	case "minutes":
		err = runMinutes(rest, e)
	case "check":
		return runCheck(rest, stdout, stderr)
	case "rota":
		err = runRota(rest, e)
	case "credits":
		err = runCredits(rest, e)
	case "audit":
		err = runAudit(rest, e)
	case "init":
		err = runInit(rest, e)
	case "people":
		err = runPeople(rest, e)
	case "agenda":
		err = runAgenda(rest, e)
	case "help", "-h", "--help":
		err = runHelp(rest, e)
	case "version", "--version":
		fmt.Fprintf(stdout, "gyda %s\n", version)
	default:
		err = usagef("%q is not a gyda command; the commands are init, people, agenda, demo, run, room, minutes, check, rota, credits, audit and help", cmd)
	}
	return exitCode(err, stderr)
}

func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	fmt.Fprintf(stderr, "gyda: %v\n", err)
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintln(stderr, "Type gyda help for how to use it.")
		return 2
	}
	return 1
}
