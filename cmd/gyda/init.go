package main

import (
	"errors"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting/plain"
	"github.com/gyda/gyda/tui/setup"
)

// accessibleTerminal reports whether forms should be asked one plain line
// at a time: asked for with --accessible, or the ACCESSIBLE variable, or a
// terminal that cannot draw (TERM=dumb), or output that is not a terminal.
func accessibleTerminal(flagged bool, e env) bool {
	return flagged || os.Getenv("ACCESSIBLE") != "" || os.Getenv("TERM") == "dumb" || !isTerminal(e.stdout)
}

// initFlags are gyda init's flags; any of them but --accessible means
// "do not ask".
type initFlags struct {
	name        string
	minPresent  int
	minLived    int
	remote      string
	breakEvery  time.Duration
	breakLength time.Duration
	formats     string
	language    string
	defaults    bool
	accessible  bool
}

func (f *initFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.name, "name", "", "the group's name")
	fs.IntVar(&f.minPresent, "min-present", 0, "quorum: members who must be present")
	fs.IntVar(&f.minLived, "min-lived", 0, "quorum: of them, people who use services or carers")
	fs.StringVar(&f.remote, "remote-counts", "", "yes or no: whether people joining remotely count towards the quorum")
	fs.DurationVar(&f.breakEvery, "break-every", 0, "how often a break is due, like 60m")
	fs.DurationVar(&f.breakLength, "break-length", 0, "how long a break is, like 10m")
	fs.StringVar(&f.formats, "formats", "", "minutes formats, separated by commas: "+strings.Join(config.MinutesFormats(), ","))
	fs.StringVar(&f.language, "language", "", "minutes language: en, cy or en+cy")
	fs.BoolVar(&f.defaults, "defaults", false, "write the defaults without asking")
	fs.BoolVar(&f.accessible, "accessible", false, "ask one plain question per line (for screen readers and TERM=dumb); reads answers from standard input")
}

// apply puts the flags that were given into a, checking them.
func (f *initFlags) apply(fs *flag.FlagSet, a *setup.InitAnswers) (given bool, err error) {
	fs.Visit(func(fl *flag.Flag) {
		if err != nil {
			return
		}
		switch fl.Name {
		case "accessible":
			return
		case "name":
			a.Name = f.name
		case "min-present":
			if f.minPresent < 1 {
				err = usagef("--min-present %d: give a number of people, 1 or more", f.minPresent)
			}
			a.MinPresent = fmt.Sprint(f.minPresent)
		case "min-lived":
			if f.minLived < 0 {
				err = usagef("--min-lived %d: give a number of people, 0 or more", f.minLived)
			}
			a.MinLived = fmt.Sprint(f.minLived)
		case "remote-counts":
			switch strings.ToLower(f.remote) {
			case "yes", "y", "true":
				a.RemoteCounts = true
			case "no", "n", "false":
				a.RemoteCounts = false
			default:
				err = usagef("--remote-counts %q: use yes or no", f.remote)
			}
		case "break-every":
			if f.breakEvery <= 0 {
				err = usagef("--break-every %v: give a length of time, like 60m", f.breakEvery)
			}
			a.BreakEvery = f.breakEvery
		case "break-length":
			if f.breakLength <= 0 {
				err = usagef("--break-length %v: give a length of time, like 10m", f.breakLength)
			}
			a.BreakLength = f.breakLength
		case "formats":
			a.Formats = nil
			for _, x := range splitList(f.formats) {
				x = strings.ToLower(x)
				if !slices.Contains(config.MinutesFormats(), x) {
					err = usagef("--formats: %q is not a minutes format; use %s", x, strings.Join(config.MinutesFormats(), ", "))
				}
				a.Formats = append(a.Formats, x)
			}
		case "language":
			if !slices.Contains(config.Languages(), f.language) {
				err = usagef("--language %q: use en, cy or en+cy", f.language)
			}
			a.Language = f.language
		}
		given = true
	})
	return given, err
}

// runInit is gyda init [DIR]: it asks a few questions in a short form (on
// a terminal, or one plain line at a time with --accessible) and makes a
// group folder: group.toml, an empty roster.toml and agendas/next.toml
// with the standing items. With flags, or without a terminal to ask on,
// it writes the flags and the defaults and says where. It never changes a
// folder that already has a group in it.
func runInit(args []string, e env) error {
	var f initFlags
	fs := newFlagSet("init", e)
	f.register(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return usagef("gyda init takes one folder at most (got %d)", len(pos))
	}
	dir := "."
	if len(pos) == 1 {
		dir = pos[0]
	}
	if _, err := os.Stat(filepath.Join(dir, config.GroupFile)); err == nil {
		return fmt.Errorf("%s is a group folder already (it has a %s); nothing was changed. Change its rules in %s, its people with gyda people, its next agenda with gyda agenda new",
			dir, config.GroupFile, filepath.Join(dir, config.GroupFile))
	}
	base := config.DefaultGroup()
	// A new group starts with the acronyms of the region's own framework,
	// so that its minutes spell them out and gyda check knows them, as
	// it does outside any group; the group adds its own or takes any out.
	base.Glossary = plain.DemoGlossary()
	answers := setup.NewInitAnswers(base)
	given, err := f.apply(fs, answers)
	if err != nil {
		return err
	}
	switch {
	case given || f.defaults:
		fmt.Fprintln(e.stdout, "Writing the settings given, and the defaults for the rest.")
	case f.accessible || isTerminal(e.stdin):
		p := setup.NewPrompter(accessibleTerminal(f.accessible, e), e.stdin, e.stdout)
		if err := p.Run(answers.Form(p.Accessible)); err != nil {
			if errors.Is(err, setup.ErrCancelled) {
				return errors.New("gyda init was cancelled; nothing was written")
			}
			return err
		}
	default:
		fmt.Fprintln(e.stdout, "No terminal to ask on, so writing the defaults (gyda init --accessible asks one question a line).")
	}
	g, err := answers.Group(base)
	if err != nil {
		return usagef("%v", err)
	}
	start := setup.FirstMeeting(time.Now(), g.Location())
	if _, err := config.NewFolder(dir, g, config.TemplateAgenda(g, start)); err != nil {
		return err
	}
	say := func(format string, args ...any) { fmt.Fprintf(e.stdout, format+"\n", args...) }
	say("Made a group folder for %s in %s:", g.Name, dir)
	every := "every " + config.Span(g.Breaks.Every.Duration)
	if g.Breaks.Every.Duration == time.Hour {
		every = "every hour"
	}
	say("  %s: the rules: a quorum of %d, with at least %d people who use services or carers; a break of %s %s; minutes as %s, in %s.",
		filepath.Join(dir, config.GroupFile), g.Quorum.MinPresent, g.Quorum.MinLivedExperience,
		config.Span(g.Breaks.Length.Duration), every, strings.Join(g.Minutes.Formats, ", "), languageWords(g.Minutes.Language))
	say("  %s also lists %s the minutes spell out (%s): add your own there.",
		filepath.Join(dir, config.GroupFile), prose.Count(len(g.Glossary), "acronym", "acronyms"), strings.Join(slices.Sorted(maps.Keys(g.Glossary)), ", "))
	say("  %s: the people, none yet. Add them with: gyda people%s", filepath.Join(dir, config.RosterFile), groupFlag(dir))
	say("  %s: a first agenda with the standing items, for %s. Build the real one with: gyda agenda new%s",
		filepath.Join(dir, filepath.FromSlash(config.NextAgenda)), start.Format("Monday 2 January 2006 at 15:04"), groupFlag(dir))
	return nil
}

// groupFlag is the --group flag naming dir, or "" for the current folder.
func groupFlag(dir string) string {
	if filepath.Clean(dir) == "." {
		return ""
	}
	return " --group " + dir
}

// languageWords names a minutes language.
func languageWords(l string) string {
	switch l {
	case "cy":
		return "Welsh"
	case "en+cy":
		return "English and Welsh"
	}
	return "English"
}
