package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting/plain"
)

const checkUsage = `usage: gyda check FILE...
       gyda check --group DIR FILE...

Checks each file (Markdown or plain text, such as minutes) for plain English:
acronyms not spelt out or not in the glossary, sentences over 25 words, words
to avoid (with a plainer word), the passive voice, and reading ease. Prints one
line per finding:

  FILE:LINE:COLUMN: KIND: MESSAGE -> SUGGESTION

The glossary and the group's own words to avoid come from group.toml in the
group folder: --group DIR, or the current folder when it has a group.toml.
Without one, the sample group's glossary is used.

The passive voice and reading ease are hints: worth a look, often fine.
Exit status: 0 when no problem is found (hints alone are fine), 1 when one
is, 2 when a file cannot be read or gyda check is called wrongly.
`

// runCheck is "gyda check [--group DIR] FILE...": it checks each file for
// plain English with the group's glossary and words to avoid (see
// checkerFor), prints the findings on stdout, and returns the exit status:
// 0 none found, 1 some found, 2 bad usage, a group.toml that is wrong, or a
// file that cannot be read (the other files are still checked).
func runCheck(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("gyda check", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() { fmt.Fprint(stderr, checkUsage) }
	group := flags.String("group", "", "the group folder whose group.toml gives the glossary and the words to avoid")
	files, err := parseFlags(flags, args)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		return 2 // flag has said what was wrong, and printed the usage
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "gyda check: name at least one file to check")
		flags.Usage()
		return 2
	}
	c, err := checkerFor(*group)
	if err != nil {
		fmt.Fprintf(stderr, "gyda check: %v\n", err)
		return 2
	}
	n, hints, err := checkFiles(files, c, stdout)
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintf(stderr, "gyda check: %s\n", line)
		}
		return 2
	}
	also := ""
	if hints > 0 {
		also = " (and " + prose.Count(hints, "hint", "hints") + ")"
	}
	if n > 0 {
		fmt.Fprintf(stderr, "gyda check: %s in %s%s\n", prose.Count(n, "problem", "problems"), prose.Count(len(files), "file", "files"), also)
		return 1
	}
	fmt.Fprintf(stderr, "gyda check: no problems found in %s%s\n", prose.Count(len(files), "file", "files"), also)
	return 0
}

// checkerFor is the checker for a group folder: its group.toml's
// [glossary] and [plain.avoid]. With no folder named, the current folder
// is used if it has a group.toml, else the sample group's glossary; a
// folder named with --group must have one. A group.toml with mistakes is
// an error naming the file and line.
func checkerFor(dir string) (*plain.Checker, error) {
	named := dir != ""
	if !named {
		dir = "."
	}
	path := filepath.Join(dir, "group.toml")
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) && !named {
		return plain.NewChecker(plain.DemoGlossary(), nil), nil
	}
	g, err := config.LoadGroup(path)
	if err != nil {
		return nil, err
	}
	return plain.NewChecker(g.Glossary, g.Plain.Avoid), nil
}

// checkFiles checks each file with c and prints its findings to stdout as
// "FILE:LINE:COLUMN: KIND: MESSAGE -> SUGGESTION". It returns how many
// problems and how many hints (plain.Kind.Hint) it found, and an error
// naming each file it could not read; it checks every file it can.
func checkFiles(files []string, c *plain.Checker, stdout io.Writer) (problems, hints int, err error) {
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
			if f.Kind.Hint() {
				hints++
			} else {
				problems++
			}
		}
	}
	return problems, hints, errors.Join(errs...)
}
