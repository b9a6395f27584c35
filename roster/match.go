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
//  3. whole words of the name: a whole first name or surname ("davies",
//     "ap gwilym");
//  4. the start of the id or of the first name ("dafy", "sian-d").
//
// So an exact id or name always wins over a prefix. If the step that
// matches finds more than one person the answer is an *AmbiguousError.
// When no step matches, a name that only starts someone's surname ("jon"
// for Mair Jones) or is a letter or two from one name ("dafid") is not
// taken: with one such person the answer is an *UnsureError naming them,
// to be asked about; otherwise a *NotFoundError listing the close names.
// Retired people match too, so history can name them.
func Match(people []Person, query string) (Person, error) {
	q := matchKey(query)
	if q == "" {
		return Person{}, &NotFoundError{Query: query}
	}
	found := matches(people, q)
	switch len(found) {
	case 0:
		near := unsure(people, q)
		if len(near) == 1 {
			return Person{}, &UnsureError{Query: query, Person: people[near[0]].Clone()}
		}
		return Person{}, &NotFoundError{Query: query, Candidates: names(people, near)}
	case 1:
		return people[found[0]], nil
	}
	return Person{}, &AmbiguousError{Query: query, Candidates: names(people, found)}
}

// unsure returns the indices of the people a query that matched no one
// might mean: those whose later words (a surname) it starts, then those
// with close names, at most maxClose.
func unsure(people []Person, q string) []int {
	var out []int
	for i, p := range people {
		if startsLaterWord(p, q) {
			out = append(out, i)
		}
	}
	for _, i := range closeTo(people, q) {
		if !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	return out[:min(len(out), maxClose)]
}

// suggest returns the indices of the people a query might mean: its match,
// its ambiguous matches, or those it might mean when nothing matches.
func suggest(people []Person, query string) []int {
	q := matchKey(query)
	if q == "" {
		return nil
	}
	if found := matches(people, q); len(found) > 0 {
		return found
	}
	return unsure(people, q)
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

// hasPrefix reports whether q starts p's id, or p's name from its first
// word.
func hasPrefix(p Person, q string) bool {
	return strings.HasPrefix(matchKey(p.ID), q) || strings.HasPrefix(matchKey(p.Name), q)
}

// startsLaterWord reports whether q starts p's name from a word after the
// first (a surname: "jon" for Mair Jones, "ap g" for Dafydd ap Gwilym).
func startsLaterWord(p Person, q string) bool {
	words := matchWords(p.Name)
	for i := 1; i < len(words); i++ {
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
