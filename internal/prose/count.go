package prose

import "strconv"

// Count says a number and its noun: "1 guest", "3 guests", "0 guests".
func Count(n int, one, many string) string {
	return strconv.Itoa(n) + " " + Plural(n, one, many)
}

// Plural picks the noun for a number, without the number: "guest" for 1,
// "guests" for any other.
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Miles says a distance: "12 miles", "12.5 miles", "1 mile".
func Miles(m float64) string {
	s := strconv.FormatFloat(m, 'f', -1, 64)
	if s == "1" {
		return "1 mile"
	}
	return s + " miles"
}
