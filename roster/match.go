package roster

import (
	"slices"
	"strings"
)

// Match finds the one person a typed name means. It compares ignoring case,
// accents, apostrophes and the difference between spaces and hyphens, and
// tries, in order, stopping at the first step that matches anyone:
//
//  1. the id ("sian");
//  2. the full name ("Siân Davies");
//  3. whole words of the name ("davies", "ap gwilym");
//  4. the start of the id, of the name or of any word of it ("dafy",
//     "gwil", "sian-d").
//
// So an exact id or name always wins over a prefix. If the step that
// matches finds more than one person the answer is an *AmbiguousError; if
// no step matches anyone it is a *NotFoundError with close names. Retired
// people match too, so history can name them.
func Match(people []Person, query string) (Person, error) {
	q := matchKey(query)
	if q == "" {
		return Person{}, &NotFoundError{Query: query}
	}
	found := matches(people, q)
	switch len(found) {
	case 0:
		return Person{}, &NotFoundError{Query: query, Candidates: names(people, closeTo(people, q))}
	case 1:
		return people[found[0]], nil
	}
	return Person{}, &AmbiguousError{Query: query, Candidates: names(people, found)}
}

// suggest returns the indices of the people a query might mean: its match,
// its ambiguous matches, or the close names when nothing matches.
func suggest(people []Person, query string) []int {
	q := matchKey(query)
	if q == "" {
		return nil
	}
	if found := matches(people, q); len(found) > 0 {
		return found
	}
	return closeTo(people, q)
}

// matches returns the indices of the people matched by the first of
// Match's steps that matches anyone, for a query in match-key form.
func matches(people []Person, q string) []int {
	steps := []func(p Person) bool{
		func(p Person) bool { return matchKey(p.ID) == q },
		func(p Person) bool { return matchKey(p.Name) == q },
		func(p Person) bool { return hasWords(matchWords(p.Name), strings.Split(q, " ")) },
		func(p Person) bool { return hasPrefix(p, q) },
	}
	for _, step := range steps {
		var found []int
		for i, p := range people {
			if step(p) {
				found = append(found, i)
			}
		}
		if len(found) > 0 {
			return found
		}
	}
	return nil
}

// hasWords reports whether want appears as consecutive whole words of words.
func hasWords(words, want []string) bool {
	for i := 0; i+len(want) <= len(words); i++ {
		if slices.Equal(words[i:i+len(want)], want) {
			return true
		}
	}
	return false
}

// hasPrefix reports whether q starts p's id, or p's name from any of its
// words onwards.
func hasPrefix(p Person, q string) bool {
	if strings.HasPrefix(matchKey(p.ID), q) {
		return true
	}
	words := matchWords(p.Name)
	for i := range words {
		if strings.HasPrefix(strings.Join(words[i:], " "), q) {
			return true
		}
	}
	return false
}

// names returns the display names of the people at the indices, adding the
// id in brackets where two of them share a name.
func names(people []Person, idx []int) []string {
	count := make(map[string]int)
	for _, i := range idx {
		count[matchKey(people[i].Name)]++
	}
	out := make([]string, 0, len(idx))
	for _, i := range idx {
		p := people[i]
		switch {
		case p.Name == "":
			out = append(out, p.ID)
		case count[matchKey(p.Name)] > 1 && p.ID != "":
			out = append(out, p.Name+" ("+p.ID+")")
		default:
			out = append(out, p.Name)
		}
	}
	return out
}
