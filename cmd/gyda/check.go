package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/gyda/gyda/meeting/plain"
)

const checkUsage = `usage: gyda check FILE...

Checks each file (Markdown or plain text, such as minutes) for plain English:
acronyms not spelt out or not in the glossary, sentences over 25 words, words
to avoid (with a plainer word), the passive voice, and reading ease. Prints one
line per finding:

  FILE:LINE:COLUMN: KIND: MESSAGE -> SUGGESTION

Exit status: 0 when nothing is found, 1 when something is, 2 when a file
cannot be read or gyda check is called wrongly.
`

// runCheck is "gyda check FILE...": it checks each file for plain English
// with the demo group's glossary and the built-in words to avoid, prints the
// findings on stdout, and returns the exit status: 0 none found, 1 some
// found, 2 bad usage or a file that cannot be read (the other files are
// still checked).
func runCheck(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("gyda check", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() { fmt.Fprint(stderr, checkUsage) }
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	files := flags.Args()
	if len(files) == 0 {
		fmt.Fprintln(stderr, "gyda check: name at least one file to check")
		flags.Usage()
		return 2
	}
	c := plain.NewChecker(plain.DemoGlossary(), nil)
	n, err := checkFiles(files, c, stdout)
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintf(stderr, "gyda check: %s\n", line)
		}
		return 2
	}
	if n > 0 {
		fmt.Fprintf(stderr, "gyda check: %s in %s\n", checkCount(n, "finding"), checkCount(len(files), "file"))
		return 1
	}
	fmt.Fprintf(stderr, "gyda check: no problems found in %s\n", checkCount(len(files), "file"))
	return 0
}

// checkFiles checks each file with c and prints its findings to stdout as
// "FILE:LINE:COLUMN: KIND: MESSAGE -> SUGGESTION". It returns how many it
// found, and an error naming each file it could not read; it checks every
// file it can.
func checkFiles(files []string, c *plain.Checker, stdout io.Writer) (findings int, err error) {
	var errs []error
	for _, name := range files {
		data, rerr := os.ReadFile(name)
		if rerr != nil {
			var pe *fs.PathError
			if errors.As(rerr, &pe) {
				rerr = pe.Err
			}
			errs = append(errs, fmt.Errorf("cannot read %s: %w", name, rerr))
			continue
		}
		for _, f := range c.Check(string(data)) {
			fmt.Fprintf(stdout, "%s:%s\n", name, f)
			findings++
		}
	}
	return findings, errors.Join(errs...)
}

// checkCount writes n and a noun, plural when n is not 1: "1 file", "3 files".
func checkCount(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
