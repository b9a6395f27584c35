package meeting

import (
	"strings"

	"github.com/gyda/gyda/roster"
)

// each decides a command that names one person (arrive, leave, apologies)
// for every person the line names: "arrive sian, mair and dafydd" is three
// arrivals. The line is taken as one person's name first, so a name with
// "and" in it still works; only when that finds nobody is it split at
// commas and "and", and a part that is not one name at spaces, as votes
// are. One name refused refuses the whole line, with that name's reason,
// and nothing changes.
func (d *decider) each(one func(*decider) ([]Event, error)) ([]Event, error) {
	parts := splitNames(d.c.Name)
	if _, err := d.s.Roster.Find(d.c.Name); err == nil || len(parts) < 2 && len(strings.Fields(d.c.Name)) < 2 {
		return one(d)
	}
	var people []roster.Person
	for _, name := range parts {
		found, err := d.find(name)
		if err != nil {
			sub := *d
			sub.c.Name = name
			if _, why := one(&sub); why != nil {
				return nil, why
			}
			return nil, err
		}
		people = append(people, found...)
	}
	var out []Event
	for i, p := range people {
		if contains(personIDs(people[:i]), p.ID) {
			return nil, cannot(d.c.Verb, "%s is named twice", p.Name)
		}
		sub := *d
		sub.c.Name = p.ID
		events, err := one(&sub)
		if err != nil {
			return nil, err
		}
		out = append(out, events...)
	}
	return out, nil
}
