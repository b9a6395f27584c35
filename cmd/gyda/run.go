package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/config/demo"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/history"
	"github.com/gyda/gyda/meeting/minutes"
	"github.com/gyda/gyda/tui"
)

// meetingFlags are the flags demo and run share.
type meetingFlags struct {
	plain bool
	clock string
	group string
	share string // address to share the meeting on over SSH, or ""
	theme string // the screen's theme: auto, dark, light or high-contrast ("" = group.toml's)
}

func (f *meetingFlags) register(fs *flag.FlagSet, withGroup bool) {
	fs.BoolVar(&f.plain, "plain", false, "plain line-by-line mode: one command per line in, plain lines out (for screen readers and scripts)")
	fs.StringVar(&f.clock, "clock", "", "real (the default) or sim: a simulated clock moved by the wait command, for rehearsals")
	fs.StringVar(&f.theme, "theme", "", "the screen's colours: auto, dark, light or high-contrast (default: group.toml's theme)")
	fs.StringVar(&f.share, "share", "", "share the meeting over SSH on this address (such as 0.0.0.0:2222): roster members join with their keys, guests with the passcode")
	if withGroup {
		fs.StringVar(&f.group, "group", ".", "the group folder, holding group.toml and roster.toml")
	}
}

func newFlagSet(name string, e env) *flag.FlagSet {
	fs := flag.NewFlagSet("gyda "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

// parseFlags parses flags given before or after the positional arguments.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return nil, &usageError{msg: "see the flags above", cause: err}
			}
			return nil, usagef("%v", err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// check refuses flag values that cannot work, before anything starts.
func (f *meetingFlags) check() error {
	switch f.clock {
	case "", "real", "sim":
	default:
		return usagef("--clock %q: use real or sim", f.clock)
	}
	if !tui.ValidTheme(f.theme) {
		return usagef("--theme %q: use auto, dark, light or high-contrast", f.theme)
	}
	return nil
}

func runDemo(args []string, e env) error {
	var f meetingFlags
	fs := newFlagSet("demo", e)
	f.register(fs, false)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if err := f.check(); err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("gyda demo takes no arguments (got %q)", pos[0])
	}
	dir, err := os.MkdirTemp("", "gyda-demo-")
	if err != nil {
		return fmt.Errorf("make a folder for the rehearsal: %w", err)
	}
	if _, _, err := demo.WriteTo(dir); err != nil {
		return err
	}
	where := fmt.Sprintf("Rehearsal with the sample group. Its files and this meeting's record are in %s", dir)
	if !f.plain {
		// Left on the terminal when the full screen closes; plain mode
		// says it once, among the meeting's first lines.
		fmt.Fprintln(e.stdout, where)
	}
	load := func(string) (*meeting.Setup, []string, error) {
		setup, err := loadSetup(dir, filepath.Join(dir, demo.AgendaPath), f.clock)
		if setup != nil {
			setup.Demo = true
		}
		// Said again on the screen, where the line printed before it
		// opened cannot be seen (m shows it later too).
		return setup, []string{where + " (copy them to start your own group)."}, err
	}
	return runNewMeeting(dir, load, f, e)
}

// loadSetup loads the group folder and an agenda into a meeting's setup.
func loadSetup(groupDir, agendaPath, clock string) (*meeting.Setup, error) {
	folder, err := config.LoadFolder(groupDir)
	if err != nil {
		return nil, err
	}
	agenda, err := config.LoadAgenda(agendaPath, folder.Roster)
	if err != nil {
		return nil, err
	}
	return &meeting.Setup{Group: folder.Group, Agenda: agenda, People: folder.Roster.People(), Clock: clock}, nil
}

func runRun(args []string, e env) error {
	var f meetingFlags
	fs := newFlagSet("run", e)
	f.register(fs, true)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if err := f.check(); err != nil {
		return err
	}
	if len(pos) > 1 {
		return usagef("gyda run takes one agenda file at most (got %d)", len(pos))
	}
	unlock, err := lockGroup(f.group)
	if err != nil {
		return err
	}
	defer unlock()
	unfinished, err := findUnfinished(f.group)
	if err != nil {
		return err
	}
	if unfinished != "" && len(pos) == 1 {
		if err := carryOn(unfinished, pos[0]); err != nil {
			return err
		}
	}
	if unfinished != "" {
		s, err := resumeSession(f.group, unfinished, f.clock)
		if err != nil {
			return err
		}
		defer s.close()
		return runSession(s, f, e)
	}
	nextAgenda := filepath.Join(f.group, "agendas", "next.toml")
	agendaPath := nextAgenda
	if len(pos) == 1 {
		agendaPath = pos[0]
	}
	load := func(changed string) (*meeting.Setup, []string, error) {
		if changed == "agenda" {
			agendaPath = nextAgenda // where the agenda screen writes
		}
		setup, err := loadSetup(f.group, agendaPath, f.clock)
		if err != nil {
			return nil, nil, err
		}
		folder, err := config.LoadFolder(f.group)
		if err != nil {
			return nil, nil, err
		}
		notes, err := prepareMeeting(f.group, folder, setup)
		return setup, append(folder.Warnings, notes...), err
	}
	return runNewMeeting(f.group, load, f, e)
}

// setupLoader loads what a new meeting runs against, again after the chair
// changed the people or the agenda ("people", "agenda"; "" the first time),
// with any notes for the chair.
type setupLoader func(changed string) (*meeting.Setup, []string, error)

// runNewMeeting starts a meeting in a new folder and runs it; notes are
// told to the chair after the opening lines.
func runNewMeeting(groupDir string, load setupLoader, f meetingFlags, e env) error {
	changed := ""
	for {
		err := runNewMeetingOnce(groupDir, load, changed, f, e)
		var req *setupRequest
		if !errors.As(err, &req) {
			return err
		}
		if err := runSetupScreen(req.what, groupDir, e); err != nil {
			return err
		}
		changed = req.what
	}
}

func runNewMeetingOnce(groupDir string, load setupLoader, changed string, f meetingFlags, e env) error {
	setup, notes, err := load(changed)
	if err != nil {
		return err
	}
	clock, err := newClock(f.clock, setup.Agenda.Start)
	if err != nil {
		return err
	}
	s, err := startSession(groupDir, setup, clock)
	if err != nil {
		return err
	}
	s.fresh = true
	if setup.Demo {
		// A rehearsal says first where its files are: the line printed
		// before the screen opened is hidden by it.
		s.opening = append(notes, s.opening...)
	} else {
		s.opening = append(s.opening, notes...)
	}
	fmt.Fprintf(e.stdout, "Meeting folder: %s\n", s.dir)
	err = runSession(s, f, e)
	var req *setupRequest
	if errors.As(err, &req) && s.live.Snapshot(meeting.ConsoleActor()).State.Events <= 1 {
		// The chair left the start screen to change the people or the
		// agenda before anything was recorded: start afresh after.
		s.close()
		if rerr := os.RemoveAll(s.dir); rerr != nil {
			return fmt.Errorf("remove the meeting folder %s before starting afresh: %w", s.dir, rerr)
		}
		return err
	}
	if err != nil && s.live.Snapshot(meeting.ConsoleActor()).State.Events <= 1 {
		// It failed before anything but the opening was recorded (the
		// share address was taken, say): leave no meeting to resume.
		s.close()
		if rerr := os.RemoveAll(s.dir); rerr == nil {
			fmt.Fprintf(e.stdout, "Nothing was recorded, so the meeting folder %s was removed.\n", s.dir)
		}
		return err
	}
	s.close()
	return err
}

// runSession runs the meeting: sharing it if asked, then on the chair's
// screen on a terminal, or line by line (--plain, or no terminal).
func runSession(s *session, f meetingFlags, e env) error {
	tty, screen := e, wantScreen(f, e) // before sharing wraps the output
	e, sharing, err := startSharing(s, f, e, screen)
	if err != nil {
		return err
	}
	defer sharing.stop()
	if screen {
		return runScreen(s, f, tty, sharing)
	}
	return plainLoop(s, e.stdin, e.stdout, sharing.console())
}

// runMinutes is "gyda minutes JOURNAL [--format LIST] [--language L]
// [--out DIR]": it writes a meeting's minutes again from its journal, in
// the formats and language asked for or the group's own. An unknown format
// or language is a usage error and writes nothing.
func runMinutes(args []string, e env) error {
	fs := newFlagSet("minutes", e)
	format := fs.String("format", "", "formats to write, separated by commas ("+strings.Join(minutes.Formats(), ",")+"), or all; the group's own by default")
	language := fs.String("language", "", "en, cy or en+cy: headings and fixed words in English, Welsh or both; the group's own by default")
	out := fs.String("out", "", "folder to write into (made if it does not exist); the journal's own folder by default")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("gyda minutes needs one journal file: gyda minutes JOURNAL [--format md,html,docx,txt,ics,csv] [--language en|cy|en+cy] [--out DIR]")
	}
	var formats []string
	for _, f := range splitList(strings.ToLower(*format)) {
		asked := []string{f}
		if f == "all" {
			asked = minutes.Formats()
		} else if !slices.Contains(minutes.Formats(), f) {
			return usagef("--format %q: the formats are %s, or all", f, strings.Join(minutes.Formats(), ", "))
		}
		for _, a := range asked {
			if !slices.Contains(formats, a) {
				formats = append(formats, a)
			}
		}
	}
	if *language != "" && !slices.Contains(config.Languages(), *language) {
		return usagef("--language %q: use %s", *language, strings.Join(config.Languages(), ", "))
	}
	dir := *out
	if dir == "" {
		dir = filepath.Dir(pos[0])
	}
	setup, events, err := readMeeting(pos[0])
	if err != nil {
		return err
	}
	if *language != "" {
		setup.Group.Minutes.Language = *language
	}
	m, err := minutes.Build(setup, events)
	if err != nil {
		return history.AtLine(pos[0], err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("make the folder for the minutes %s: %w", dir, err)
	}
	if len(formats) == 0 {
		formats = setup.Group.Minutes.Formats
	}
	if len(formats) == 0 {
		formats = []string{"md"}
	}
	paths, err := minutes.WriteFiles(dir, m, formats)
	for _, p := range paths {
		fmt.Fprintf(e.stdout, "Minutes written: %s\n", p)
	}
	return err
}

func splitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}
