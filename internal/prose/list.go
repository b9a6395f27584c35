package prose

import "strings"

// AndList joins items as a person would say them: "a", "a and b",
// "a, b and c".
func AndList(items []string) string { return List(items, " and ") }

// OrList joins items as a person would say them: "a", "a or b",
// "a, b or c".
func OrList(items []string) string { return List(items, " or ") }

// List joins items with commas and, before the last, the given joining
// word with its spaces: List(items, " and ") is AndList; the Welsh
// minutes pass " a " or " ac ".
func List(items []string, last string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + last + items[len(items)-1]
}
