package main

import (
	"fmt"
	"strings"

	"github.com/gyda/gyda/meeting"
)

const usageText = `gyda: run a co-produced meeting, fairly, and write minutes anyone can read.

  gyda demo [--plain] [--clock sim]      rehearse a meeting of a built-in sample group; needs no files
  gyda run [AGENDA] [--group DIR] [--plain] [--clock sim]
                                         run a meeting, or resume the unfinished one
  gyda minutes JOURNAL [--format md] [--out DIR]
                                         write the minutes of a meeting from its journal
  gyda check FILE...                     check files for plain English
  gyda rota [--group DIR]                who held each role and when; who is suggested next
  gyda credits [--group DIR] [--from DATE] [--to DATE] [--out FILE]
                                         volunteers' time credits and expenses (CSV)
  gyda audit [--group DIR] [--from DATE] [--to DATE] [--out DIR]
                                         the co-production audit report
  gyda help [COMMAND], gyda --version

In a meeting, type help for the commands (arrive, decide, action, end, ...).
`

func runHelp(args []string, e env) error {
	if len(args) == 0 {
		fmt.Fprint(e.stdout, usageText)
		return nil
	}
	switch args[0] {
	case "demo", "run", "minutes", "check", "rota", "credits", "audit":
		for _, line := range strings.Split(usageText, "\n") {
			if strings.Contains(line, "gyda "+args[0]) {
				fmt.Fprintln(e.stdout, strings.TrimSpace(line))
			}
		}
		return nil
	case "commands", "meeting":
		for _, l := range meeting.HelpLines(meeting.RoleChair, "") {
			fmt.Fprintln(e.stdout, l)
		}
		return nil
	}
	return usagef("no help for %q; try gyda help, or gyda help commands", args[0])
}
