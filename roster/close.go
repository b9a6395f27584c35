package roster

import (
	"cmp"
	"slices"
	"strings"
)

// maxClose is how many close names a NotFoundError lists at most.
const maxClose = 5

// closeTo returns the indices of the people whose id, name or a word of the
// name is close to q (a query in match-key form that matched no one): it
// shares the start of q, or is a letter or two away from it. The closest
// come first, then roster order; at most maxClose.
func closeTo(people []Person, q string) []int {
	type near struct{ i, dist, prefix int }
	var found []near
	for i, p := range people {
		best := near{i: i, dist: -1}
		targets := append([]string{matchKey(p.ID), matchKey(p.Name)}, matchWords(p.Name)...)
		for _, t := range targets {
			if t == "" {
				continue
			}
			d, pre := distance(q, t), commonPrefix(q, t)
			if !isClose(q, t, d, pre) {
				continue
			}
			if best.dist < 0 || d < best.dist || (d == best.dist && pre > best.prefix) {
				best = near{i: i, dist: d, prefix: pre}
			}
		}
		if best.dist >= 0 {
			found = append(found, best)
		}
	}
	slices.SortStableFunc(found, func(a, b near) int {
		if c := cmp.Compare(a.dist, b.dist); c != 0 {
			return c
		}
		return cmp.Compare(b.prefix, a.prefix)
	})
	out := make([]int, 0, min(len(found), maxClose))
	for _, n := range found[:min(len(found), maxClose)] {
		out = append(out, n.i)
	}
	return out
}

// isClose decides whether target t, at edit distance d from q and sharing
// a prefix of pre letters with it, is close enough to suggest: it shares at
// least half of q's start, or it is about one edit in three letters away.
func isClose(q, t string, d, pre int) bool {
	n, m := len([]rune(q)), len([]rune(t))
	if pre >= 2 && 2*pre >= n {
		return true
	}
	return n > 2 && d <= max(1, max(n, m)/3)
}

// commonPrefix is the number of runes a and b start with in common.
func commonPrefix(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n
}

// distance is the edit distance between a and b, counting an insertion,
// deletion, substitution or swap of two neighbouring runes as one edit.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		// Long strings are never close names; keep the work bounded.
		if strings.EqualFold(a, b) {
			return 0
		}
		return max(len(ra), len(rb))
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
