package setup

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/huh"

	"github.com/gyda/gyda/config"
)

// AgendaLines describes the agenda being built, for reading in plain
// text: when and where, the items numbered with their time, lead, ladder
// and whether they are confidential, the total against the time there is,
// the papers, who needs which versions, and the findings.
func AgendaLines(d *AgendaDraft) []string {
	ag := d.Agenda
	out := []string{ag.Title + ": " + d.When() + "."}
	for i, it := range ag.Items {
		out = append(out, fmt.Sprintf("%d. %s", i+1, itemLine(it, d)))
	}
	out = append(out, totalLine(ag))
	loc := d.Folder.Group.Location()
	for i, p := range ag.Papers {
		out = append(out, fmt.Sprintf("Paper %d. %s", i+1, paperLine(p, loc)))
	}
	for _, n := range config.PaperNeeds(d.Folder.Roster) {
		out = append(out, fmt.Sprintf("Papers in %s for: %s.", config.PaperFormatLabel(n.Format), strings.Join(n.People, ", ")))
	}
	for _, f := range Findings(ag, d.Folder.Group, d.Folder.Roster) {
		out = append(out, "Warning: "+f.String())
	}
	return out
}

// itemLine describes one item.
func itemLine(it config.Item, d *AgendaDraft) string {
	s := fmt.Sprintf("%s, %d min", it.Title, it.Minutes)
	if it.Lead != "" {
		name := it.Lead
		if p, ok := d.Folder.Roster.Get(it.Lead); ok {
			name = p.Name
		}
		s += ", led by " + name
	}
	if it.Ladder != "" {
		s += ", " + string(it.Ladder)
	}
	if it.Confidential {
		s += ", CONFIDENTIAL"
	}
	return s
}

// totalLine says how long the items take against the time there is.
func totalLine(ag config.Agenda) string {
	total := ag.TotalMinutes()
	s := "Items take " + config.Span(minutes(total))
	if !ag.End.IsZero() {
		have := int(ag.End.Sub(ag.Start).Minutes())
		switch {
		case total > have:
			s += fmt.Sprintf(" of the %s the meeting has: %s too long", config.Span(minutes(have)), config.Span(minutes(total-have)))
		case total < have:
			s += fmt.Sprintf(" of the %s the meeting has: %s to spare", config.Span(minutes(have)), config.Span(minutes(have-total)))
		default:
			s += ", just the time the meeting has"
		}
	}
	return s + "."
}

// paperLine describes one paper.
func paperLine(p config.Paper, loc *time.Location) string {
	s := p.Title
	if p.Sent.IsZero() {
		s += ", not sent yet"
	} else {
		s += ", sent " + p.Sent.In(loc).Format("Monday 2 January")
	}
	if len(p.Formats) > 0 {
		var f []string
		for _, x := range p.Formats {
			f = append(f, config.PaperFormatLabel(x))
		}
		s += ", also in " + strings.Join(f, ", ")
	}
	return s
}

// The choices of the agenda menu in accessible mode.
const (
	agAdd     = "add"
	agChange  = "change"
	agRemove  = "remove"
	agMove    = "move"
	agPaper   = "paper"
	agDetails = "details"
	agSave    = "save"
	agLeave   = "leave"
)

// RunAgenda is gyda agenda new in accessible mode: it asks the date and
// place, offers what the last meeting left open, then shows the agenda and
// asks, until it is saved or left, whether to add, change, remove or move
// an item, add a paper or change the details. Enter at the menu saves;
// the end of the input before that saves nothing, says so, and returns
// ErrInputEnded. It returns whether the agenda was written.
func RunAgenda(p *Prompter, d *AgendaDraft) (bool, error) {
	p.Say("The agenda for the next meeting, to be written to %s.", d.Path)
	for {
		if err := p.Run(d.DetailsForm(true)); err != nil {
			return false, notWritten(p, d, err)
		}
		err := d.ApplyDetails()
		if err == nil {
			break
		}
		p.Say("Not yet: %v", err)
		if p.Ended() {
			return false, err
		}
	}
	if f := d.CarryForm(true); f != nil {
		if err := p.Run(f); err != nil {
			return false, notWritten(p, d, err)
		}
		d.ApplyCarried()
	}
	for {
		for _, l := range AgendaLines(d) {
			p.Say("%s", l)
		}
		choice := agSave
		{
			err := p.Run(huh.NewForm(huh.NewGroup(huh.NewSelect[string]().Title("What next? [Enter: Save and finish]").Options(
				huh.NewOption("Add an item", agAdd),
				huh.NewOption("Change an item", agChange),
				huh.NewOption("Remove an item", agRemove),
				huh.NewOption("Move an item", agMove),
				huh.NewOption("Add a paper", agPaper),
				huh.NewOption("Change the date, times or place", agDetails),
				huh.NewOption("Save and finish", agSave),
				huh.NewOption("Leave without saving", agLeave),
			).Value(&choice))))
			if err != nil {
				return false, notWritten(p, d, err)
			}
		}
		var err error
		switch choice {
		case agSave:
			msg, err := d.Save()
			if err != nil {
				p.Say("Not saved: %v", err)
				if p.Ended() {
					return false, err
				}
				continue
			}
			p.Say("%s", msg)
			return true, nil
		case agLeave:
			p.Say("Left without saving; %s is as it was.", d.Path)
			return false, nil
		case agAdd:
			err = runItem(p, d, -1)
		case agChange:
			var i int
			if i, err = chooseItem(p, d, "Which item?"); err == nil {
				err = runItem(p, d, i)
			}
		case agRemove:
			var i int
			if i, err = chooseItem(p, d, "Remove which item?"); err == nil {
				p.Say("Removed %q.", d.Agenda.Items[i].Title)
				d.Agenda.Items = slices.Delete(d.Agenda.Items, i, i+1)
			}
		case agMove:
			err = runMove(p, d)
		case agPaper:
			pd := NewPaperDraft(config.Paper{})
			if err = p.Run(pd.Form(true, config.PaperNeeds(d.Folder.Roster))); err == nil {
				var paper config.Paper
				if paper, err = pd.Paper(d.Folder.Group.Location()); err == nil {
					d.Agenda.Papers = append(d.Agenda.Papers, paper)
				}
			}
		case agDetails:
			if err = p.Run(d.DetailsForm(true)); err == nil {
				err = d.ApplyDetails()
			}
		}
		if errors.Is(err, ErrInputEnded) {
			return false, notWritten(p, d, err)
		}
		if err != nil {
			if errors.Is(err, ErrCancelled) {
				p.Say("Nothing was changed.")
			} else {
				p.Say("Not changed: %v", err)
			}
		}
	}
}

// notWritten says, when the input ended or the form was left, that the
// agenda was not written; the end of the input is an error.
func notWritten(p *Prompter, d *AgendaDraft, err error) error {
	if errors.Is(err, ErrInputEnded) {
		p.Say("The input ended before the agenda was saved: nothing was written, and %s is as it was.", d.Path)
		return err
	}
	return ignoreCancel(err)
}

// runItem asks an item's form; i is -1 for a new item, added before the
// standing items that close the meeting.
func runItem(p *Prompter, d *AgendaDraft, i int) error {
	var start config.Item
	if i >= 0 {
		start = d.Agenda.Items[i]
	}
	id := NewItemDraft(start)
	if err := p.Run(id.Form(true, d.Folder.Roster.Active())); err != nil {
		return err
	}
	it, err := id.Item()
	if err != nil {
		return err
	}
	if i >= 0 {
		d.Agenda.Items[i] = it
		return nil
	}
	d.Agenda.Items = slices.Insert(d.Agenda.Items, d.newItemPlace(), it)
	return nil
}

// newItemPlace is where a new item goes: before the standing items that
// close the meeting, or at the end.
func (d *AgendaDraft) newItemPlace() int {
	closing := config.ClosingItems()
	at := len(d.Agenda.Items)
	for k := len(closing) - 1; k >= 0 && at > 0 && d.Agenda.Items[at-1].Title == closing[k].Title; k-- {
		at--
	}
	return at
}

// chooseItem asks which item.
func chooseItem(p *Prompter, d *AgendaDraft, title string) (int, error) {
	if len(d.Agenda.Items) == 0 {
		return 0, errors.New("the agenda has no items yet")
	}
	opts := make([]huh.Option[int], len(d.Agenda.Items))
	for i, it := range d.Agenda.Items {
		opts[i] = huh.NewOption(it.Title, i)
	}
	i := 0
	err := p.Run(huh.NewForm(huh.NewGroup(huh.NewSelect[int]().Title(title).Options(opts...).Value(&i))))
	return i, err
}

// runMove asks which item to move and where to.
func runMove(p *Prompter, d *AgendaDraft) error {
	i, err := chooseItem(p, d, "Move which item?")
	if err != nil {
		return err
	}
	to := strconv.Itoa(i + 1)
	if err := p.Run(huh.NewForm(huh.NewGroup(huh.NewInput().
		Title(fmt.Sprintf("To which place, 1 to %d?", len(d.Agenda.Items))).
		Value(&to).Validate(wholeNumber(1, len(d.Agenda.Items), &to))))); err != nil {
		return err
	}
	n, err := strconv.Atoi(strings.TrimSpace(to))
	if err != nil || n < 1 || n > len(d.Agenda.Items) {
		return fmt.Errorf("%q is not a place from 1 to %d", to, len(d.Agenda.Items))
	}
	d.Agenda.Items = moveItem(d.Agenda.Items, i, n-1)
	return nil
}

// moveItem moves items[from] to index to.
func moveItem(items []config.Item, from, to int) []config.Item {
	it := items[from]
	items = slices.Delete(items, from, from+1)
	return slices.Insert(items, to, it)
}

// minutes is n minutes.
func minutes(n int) time.Duration { return time.Duration(n) * time.Minute }
