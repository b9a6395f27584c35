package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/internal/atomicfile"
	"github.com/gyda/gyda/meeting/history"
)

// periodFlags are --from and --to, shared by credits and audit.
type periodFlags struct {
	from, to string
}

func (p *periodFlags) register(fs interface {
	StringVar(*string, string, string, string)
}) {
	fs.StringVar(&p.from, "from", "", "count meetings from this date on, like 1/10/2026 or 2026-10-01 (the first meeting by default)")
	fs.StringVar(&p.to, "to", "", "count meetings up to this date, like 31/03/2027 or 2027-03-31 (the last meeting by default)")
}

// period checks the dates and makes the period.
func (p *periodFlags) period() (history.Period, error) {
	var out history.Period
	for _, f := range []struct {
		name, value string
		dst         *time.Time
	}{{"--from", p.from, &out.From}, {"--to", p.to, &out.To}} {
		if f.value == "" {
			continue
		}
		t, err := config.ParseDate(f.value, time.Now())
		if err != nil {
			return out, usagef("%s: %v", f.name, err)
		}
		*f.dst = t
	}
	if !out.From.IsZero() && !out.To.IsZero() && out.To.Before(out.From) {
		return out, usagef("--to %s is before --from %s", p.to, p.from)
	}
	return out, nil
}

// groupPeriod is what credits and audit both start from: the group's
// files, its past meetings, and the period asked for.
type groupPeriod struct {
	dir     string
	folder  config.Folder
	history *history.History
	period  history.Period
}

// loadGroupPeriod parses the flags credits and audit share (--group,
// --from, --to, and the out flag the caller registered) and loads the
// group and its meetings.
func loadGroupPeriod(name string, fs *flag.FlagSet, args []string) (groupPeriod, error) {
	group := fs.String("group", ".", "the group folder, holding group.toml, roster.toml and meetings/")
	var pf periodFlags
	pf.register(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return groupPeriod{}, err
	}
	if len(pos) > 0 {
		return groupPeriod{}, usagef("gyda %s takes no arguments (got %q); give the group folder with --group DIR", name, pos[0])
	}
	p, err := pf.period()
	if err != nil {
		return groupPeriod{}, err
	}
	folder, err := config.LoadFolder(*group)
	if err != nil {
		return groupPeriod{}, err
	}
	h, err := history.Load(*group)
	if err != nil {
		return groupPeriod{}, err
	}
	return groupPeriod{dir: *group, folder: folder, history: h, period: p}, nil
}

// runAudit is "gyda audit [--group DIR] [--from DATE] [--to DATE]
// [--out DIR]": the co-production audit for a period. It prints the
// report with bars to the terminal and writes audit.md and audit.html.
func runAudit(args []string, e env) error {
	fs := newFlagSet("audit", e)
	out := fs.String("out", "", "the folder to write audit.md and audit.html into (GROUP/audit by default)")
	g, err := loadGroupPeriod("audit", fs, args)
	if err != nil {
		return err
	}
	p := g.period
	a := history.BuildAudit(g.history, p, g.folder.Group, g.folder.Roster.People())
	fmt.Fprint(e.stdout, a.Text())
	dir := *out
	if dir == "" {
		dir = filepath.Join(g.dir, "audit")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("make the folder for the audit: %w", err)
	}
	base := "audit"
	if !p.From.IsZero() || !p.To.IsZero() {
		base += "-" + dayOr(p.From, "start") + "-to-" + dayOr(p.To, "now")
	}
	fmt.Fprintln(e.stdout)
	for _, f := range []struct {
		ext  string
		data []byte
	}{{".md", a.Markdown()}, {".html", a.HTML()}} {
		path := filepath.Join(dir, base+f.ext)
		if err := atomicfile.Write(path, f.data, 0o644); err != nil {
			return fmt.Errorf("write the audit: %w", err)
		}
		fmt.Fprintf(e.stdout, "Audit written: %s\n", path)
	}
	fmt.Fprintln(e.stdout, "The full report lays the figures beside the toolkit's self-assessment questions, with space for the group's own answers.")
	return nil
}

func dayOr(t time.Time, none string) string {
	if t.IsZero() {
		return none
	}
	return t.Format("2006-01-02")
}
