package setup

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/huh"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/roster"
)

// SaveRosterFunc writes a change to the roster: base is the roster the
// change was made from, want the whole roster after it (see
// config.SaveRoster, which is the usual one).
type SaveRosterFunc func(base, want []roster.Person) (config.RosterEdit, error)

// PeopleBook is a group's roster.toml being changed: the people as last
// loaded or saved, and how to save a change. Every change is saved at
// once, whole, through config.SaveRoster, which checks it by reading it
// back and writes atomically.
type PeopleBook struct {
	// Path is the roster.toml.
	Path   string
	people []roster.Person
	save   SaveRosterFunc
}

// OpenPeople loads the roster.toml of the group folder dir; a missing
// file is an empty roster (it is made on the first save). save may be nil
// for config.SaveRoster.
func OpenPeople(dir string, save SaveRosterFunc) (*PeopleBook, error) {
	path := filepath.Join(dir, config.RosterFile)
	b := &PeopleBook{Path: path, save: save}
	if b.save == nil {
		b.save = func(base, want []roster.Person) (config.RosterEdit, error) {
			return config.SaveRoster(path, base, want)
		}
	}
	return b, b.Reload()
}

// Reload reads roster.toml again.
func (b *PeopleBook) Reload() error {
	r, err := config.LoadRoster(b.Path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			b.people = nil
			return nil
		}
		return err
	}
	b.people = r.People()
	return nil
}

// People returns everyone in the roster, retired people included, in
// file order.
func (b *PeopleBook) People() []roster.Person {
	out := make([]roster.Person, len(b.people))
	for i, p := range b.people {
		out[i] = p.Clone()
	}
	return out
}

// Others returns everyone but person i (-1 for someone new).
func (b *PeopleBook) Others(i int) []roster.Person {
	var out []roster.Person
	for j, p := range b.people {
		if j != i {
			out = append(out, p.Clone())
		}
	}
	return out
}

// Put saves p as person i of the roster, or adds p when i is -1, and
// says what it did in a sentence. Nothing is written when p is the same
// as before.
func (b *PeopleBook) Put(i int, p roster.Person) (string, error) {
	want := b.People()
	verb, prep := "Saved", "in"
	if i < 0 || i >= len(want) {
		want = append(want, p)
		i = len(want) - 1
		verb, prep = "Added", "to"
	} else {
		if samePersonAs(want[i], p) {
			return fmt.Sprintf("Nothing changed for %s.", want[i].Name), nil
		}
		want[i] = p
	}
	edit, err := b.save(b.people, want)
	if err != nil {
		return "", err
	}
	b.people = edit.People
	saved := b.people[i]
	msg := fmt.Sprintf("%s %s (typed in meetings as %s) %s %s.", verb, saved.Name, saved.ID, prep, filepath.Base(b.Path))
	if edit.Rewrote {
		msg += " The file was written out whole, so notes inside it were not kept: " + edit.Reason + "."
	}
	return msg, nil
}

// SetRetired retires person i, or brings them back, and says so.
func (b *PeopleBook) SetRetired(i int, retired bool) (string, error) {
	if i < 0 || i >= len(b.people) {
		return "", fmt.Errorf("no person %d in the roster", i+1)
	}
	p := b.people[i].Clone()
	p.Retired = retired
	if _, err := b.Put(i, p); err != nil {
		return "", err
	}
	if retired {
		return fmt.Sprintf("%s has retired: they stay in past meetings' records but leave the list of members.", p.Name), nil
	}
	return fmt.Sprintf("%s is back on the list of members.", p.Name), nil
}

// samePersonAs compares two people as the form leaves them: name and id
// trimmed, an empty list the same as none.
func samePersonAs(a, b roster.Person) bool { return trimmedPerson(a).Same(trimmedPerson(b)) }

// trimmedPerson is p with its name and id trimmed.
func trimmedPerson(p roster.Person) roster.Person {
	p.Name, p.ID = strings.TrimSpace(p.Name), strings.TrimSpace(p.ID)
	return p
}

// personLine describes a person on one line: name, kind, organisation,
// roles, language, needs, keys.
func personLine(p roster.Person) string {
	parts := []string{p.Kind.Label()}
	if p.Organisation != "" {
		parts[0] += ", " + p.Organisation
	}
	if p.DecisionAuthority {
		parts = append(parts, "decision authority")
	}
	for _, r := range p.Trained {
		parts = append(parts, "trained as "+r.Label())
	}
	if p.Language != "" {
		parts = append(parts, "first language "+languageName(p.Language))
	}
	for _, n := range p.Needs {
		parts = append(parts, strings.ToLower(NeedLabel(n)))
	}
	if n := len(p.SSHKeys); n == 1 {
		parts = append(parts, "1 SSH key")
	} else if n > 1 {
		parts = append(parts, fmt.Sprintf("%d SSH keys", n))
	}
	if p.Retired {
		parts = append(parts, "RETIRED")
	}
	return p.Name + " (" + strings.Join(parts, "; ") + ")"
}

// ListPeople writes the roster as numbered lines for people reading it in
// plain text: the members, then who has retired.
func ListPeople(people []roster.Person) []string {
	var lines, retired []string
	n := 0
	for _, p := range people {
		if p.Retired {
			retired = append(retired, p.Name)
			continue
		}
		n++
		lines = append(lines, fmt.Sprintf("%d. %s, id %s", n, personLine(p), p.ID))
	}
	if n == 0 {
		lines = append(lines, "No members yet.")
	}
	if len(retired) > 0 {
		lines = append(lines, "Retired: "+strings.Join(retired, ", ")+".")
	}
	return lines
}

// The choices of the people menu in accessible mode.
const (
	menuAdd    = "add"
	menuChange = "change"
	menuRetire = "retire"
	menuFinish = "finish"
)

// RunPeople is gyda people in accessible mode: it lists the roster and
// then asks, until Finish or the end of the input, whether to add someone,
// change someone's details or retire someone (or bring them back), saving
// each change at once. A change that cannot be saved is explained and the
// menu comes back.
func RunPeople(p *Prompter, book *PeopleBook) error {
	p.Say("The people of the group, from %s:", book.Path)
	for _, l := range ListPeople(book.People()) {
		p.Say("%s", l)
	}
	for !p.Ended() {
		choice := menuFinish
		err := p.Run(huh.NewForm(huh.NewGroup(huh.NewSelect[string]().Title("What next? [Enter: Finish]").Options(
			huh.NewOption("Add someone", menuAdd),
			huh.NewOption("Change someone's details", menuChange),
			huh.NewOption("Retire someone, or bring them back", menuRetire),
			huh.NewOption("Finish", menuFinish),
		).Value(&choice))))
		if errors.Is(err, ErrInputEnded) {
			// The end of the input at the menu is finishing: every change
			// was saved when it was made.
			p.Say("")
			p.Say("The input ended: finished. Every change made was saved when it was made.")
			return nil
		}
		if err != nil || choice == menuFinish {
			return ignoreCancel(err)
		}
		var msg string
		switch choice {
		case menuAdd:
			msg, err = runPersonSteps(p, book, -1)
		case menuChange:
			var i int
			if i, err = choosePerson(p, book, "Whose details?"); err == nil && i >= 0 {
				msg, err = runPersonSteps(p, book, i)
			}
		case menuRetire:
			var i int
			if i, err = choosePerson(p, book, "Who is retiring, or coming back?"); err == nil && i >= 0 {
				msg, err = confirmRetire(p, book, i)
			}
		}
		switch {
		case errors.Is(err, ErrInputEnded):
			p.Say("Not saved: %v.", err)
			return nil
		case errors.Is(err, ErrCancelled):
			p.Say("Nothing was changed.")
		case err != nil:
			p.Say("Not saved: %v", err)
		case msg != "":
			p.Say("%s", msg)
		}
	}
	return nil
}

// ignoreCancel treats leaving a form as finishing.
func ignoreCancel(err error) error {
	if errors.Is(err, ErrCancelled) {
		return nil
	}
	return err
}

// runPersonSteps asks a person's forms and saves the result.
func runPersonSteps(p *Prompter, book *PeopleBook, i int) (string, error) {
	var start roster.Person
	if i >= 0 {
		start = book.People()[i]
	}
	d := NewPersonDraft(start, book.Others(i))
	for _, step := range d.Steps() {
		if err := p.Run(step(p.Accessible)); err != nil {
			return "", err
		}
	}
	person := d.Person()
	if strings.TrimSpace(person.Name) == "" {
		return "", errors.New("every person needs a name")
	}
	return book.Put(i, person)
}

// choosePerson asks which person; -1 when there is no one to choose.
func choosePerson(p *Prompter, book *PeopleBook, title string) (int, error) {
	people := book.People()
	if len(people) == 0 {
		p.Say("There is no one in the roster yet.")
		return -1, nil
	}
	opts := make([]huh.Option[int], len(people))
	for i, person := range people {
		label := person.Name
		if person.Retired {
			label += " (retired)"
		}
		opts[i] = huh.NewOption(label, i)
	}
	i := 0
	err := p.Run(huh.NewForm(huh.NewGroup(huh.NewSelect[int]().Title(title).Options(opts...).Value(&i))))
	return i, err
}

// confirmRetire asks before retiring person i or bringing them back.
func confirmRetire(p *Prompter, book *PeopleBook, i int) (string, error) {
	person := book.People()[i]
	title := fmt.Sprintf("Retire %s? They stay in past meetings' records but leave the list of members.", person.Name)
	if person.Retired {
		title = fmt.Sprintf("Bring %s back onto the list of members?", person.Name)
	}
	yes := false
	if err := p.Run(huh.NewForm(huh.NewGroup(huh.NewConfirm().Title(title).Affirmative("Yes").Negative("No").Value(&yes)))); err != nil {
		return "", err
	}
	if !yes {
		return "Nothing was changed.", nil
	}
	return book.SetRetired(i, !person.Retired)
}
