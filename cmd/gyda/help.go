package main

import (
	"fmt"
	"strings"

	"github.com/gyda/gyda/meeting"
)

const usageText = `gyda: run a co-produced meeting, fairly, and write minutes anyone can read.

  gyda init [DIR] [--defaults] [--accessible]
                                         make a group folder: group.toml, roster.toml, agendas/next.toml
  gyda people [--group DIR] [--list] [--accessible]
                                         list, add, change and retire the group's people
  gyda agenda new [--group DIR] [--out FILE] [--accessible]
                                         build the next meeting's agenda
  gyda agenda check FILE [--group DIR]   check an agenda: plain English, timings, papers in good time
  gyda demo [--plain] [--clock sim] [--share ADDR] [--theme THEME]
                                         rehearse a meeting of a built-in sample group; needs no files
  gyda run [AGENDA] [--group DIR] [--plain] [--clock sim] [--share ADDR] [--theme THEME]
                                         run a meeting, or resume the unfinished one
  gyda room [--group DIR] [--theme high-contrast|dark|light]
                                         the meeting running in the group, large and read-only, for a projector
  gyda minutes JOURNAL [--format md,txt,html,docx,ics,csv|all] [--language en|cy|en+cy] [--out DIR]
                                         write the minutes of a meeting from its journal
  gyda check FILE... [--group DIR]       check files for plain English
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
	case "init", "people", "agenda", "demo", "run", "room", "minutes", "check", "rota", "credits", "audit":
		lines := strings.Split(usageText, "\n")
		for i, line := range lines {
			if !strings.Contains(line, "gyda "+args[0]) {
				continue
			}
			fmt.Fprintln(e.stdout, strings.TrimSpace(line))
			// A long usage has what it does on the lines below, indented.
			for _, more := range lines[i+1:] {
				if !strings.HasPrefix(more, "                    ") {
					break
				}
				fmt.Fprintln(e.stdout, "  "+strings.TrimSpace(more))
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
