package roster

import (
	"slices"
	"strings"
	"testing"
)

// Close names, as a NotFoundError lists them: the thresholds on both
// sides, the closest first, at most five.

func TestIsCloseThresholds(t *testing.T) {
	tests := []struct {
		q, t   string
		d, pre int
		want   bool
	}{
		{"dafy", "dafydd", 2, 4, true},   // shares its whole start
		{"sian", "siop", 2, 2, true},     // two letters, half of four
		{"sianx", "siop", 3, 2, false},   // two letters, less than half of five
		{"s", "sian", 3, 1, false},       // one letter is never enough
		{"ab", "ax", 1, 1, false},        // two letters and one edit: too short to guess
		{"abc", "abd", 1, 2, true},       // a shared start of two in three
		{"abc", "xbc", 1, 0, true},       // three letters, one edit
		{"abc", "xyc", 2, 0, false},      // three letters, two edits
		{"abcdef", "xbcdey", 2, 0, true}, // six letters, two edits
		{"abcdef", "xyzdef", 3, 0, false},
		{"abc", "abcdefghi", 6, 3, true}, // all of q is its start
		{"abcdefghi", "xyzdefghi", 3, 0, true},
		{"abcdefghi", "xyzwefghi", 4, 0, false},
	}
	for _, tt := range tests {
		if got := isClose(tt.q, tt.t, tt.d, tt.pre); got != tt.want {
			t.Errorf("isClose(%q, %q, %d, %d) = %v; want %v", tt.q, tt.t, tt.d, tt.pre, got, tt.want)
		}
	}
}

func TestCommonPrefix(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{{"abc", "abd", 2}, {"ab", "abc", 2}, {"abc", "ab", 2}, {"", "a", 0}, {"siân", "siâd", 3}, {"x", "y", 0}, {"abc", "abc", 3}} {
		if got := commonPrefix(tt.a, tt.b); got != tt.want {
			t.Errorf("commonPrefix(%q, %q) = %d; want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestDistanceOfLongerWords(t *testing.T) {
	a64 := strings.Repeat("a", 64)
	tests := []struct {
		a, b string
		want int
	}{
		{"ab", "ba", 1},         // a swap is one edit
		{"abcd", "abdc", 1},     // a swap at the end
		{"ca", "abc", 3},        // not a swap of neighbours
		{"siân", "sian", 1},     // runes, not bytes
		{a64, a64[1:] + "b", 1}, // 64 runes: still counted
		{a64 + "a", a64 + "b", 65},
		{a64 + "A", a64 + "a", 0}, // over 64: only the same, ignoring case, is near
	}
	for _, tt := range tests {
		if got := distance(tt.a, tt.b); got != tt.want {
			t.Errorf("distance(%.10q…, %.10q…) = %d; want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestCloseNamesClosestFirstAtMostFive(t *testing.T) {
	people := []Person{
		{ID: "p1", Name: "Anna Price"},
		{ID: "p2", Name: "Anne Price"},
		{ID: "p3", Name: "Anwen Price"},
		{ID: "p4", Name: "Ann Evans"},
		{ID: "p5", Name: "Annie Price"},
		{ID: "p6", Name: "Annes Price"},
		{ID: "p7", Name: "Bob Smith"},
	}
	ids := func(idx []int) []string {
		var out []string
		for _, i := range idx {
			out = append(out, people[i].ID)
		}
		return out
	}
	tests := []struct {
		q    string
		want []string
	}{
		// "ann" is a word of p4: distance 0. Then one edit away (anna,
		// anne; annie, annes are two), longer shared starts first.
		{"ann", []string{"p4", "p1", "p2", "p5", "p6"}},
		// One edit from anna, anne and ann alike, sharing three letters:
		// roster order.
		{"annx", []string{"p1", "p2", "p4", "p5", "p6"}},
		{"bob", []string{"p7"}},
		{"smyth", []string{"p7"}},
		{"zzz", nil},
	}
	for _, tt := range tests {
		if got := ids(closeTo(people, matchKey(tt.q))); !slices.Equal(got, tt.want) {
			t.Errorf("closeTo(%q) = %q; want %q", tt.q, got, tt.want)
		}
	}
}

// A whole word at the end of a name beats the start of a longer word.
func TestMatchWholeWordAtTheEndOfAName(t *testing.T) {
	people := []Person{{ID: "ann", Name: "Ann Evans"}, {ID: "emlyn", Name: "Evanson Emlyn"}}
	p, err := Match(people, "evans")
	if err != nil || p.ID != "ann" {
		t.Fatalf("Match(evans) = %+v, %v; want Ann Evans", p, err)
	}
	p, err = Match(people, "ann evans")
	if err != nil || p.ID != "ann" {
		t.Fatalf("Match(ann evans) = %+v, %v; want Ann Evans", p, err)
	}
}

// IDs derived from the same name count up: -2, -3, -4.
func TestDerivedIDsCountUp(t *testing.T) {
	var people []Person
	for range 4 {
		people = append(people, Person{Name: "Siân Davies", Kind: Carer})
	}
	r, err := New(people)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.IDs(), []string{"sian", "sian-davies", "sian-davies-2", "sian-davies-3"}; !slices.Equal(got, want) {
		t.Errorf("ids %q; want %q", got, want)
	}
}

// A number already written as someone's id is passed over, counting up.
func TestDerivedIDsCountUpPastAWrittenOne(t *testing.T) {
	people := []Person{{ID: "sian-davies-2", Name: "Siân Davies", Kind: Carer}}
	for range 3 {
		people = append(people, Person{Name: "Siân Davies", Kind: Carer})
	}
	r, err := New(people)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.IDs(), []string{"sian-davies-2", "sian", "sian-davies", "sian-davies-3"}; !slices.Equal(got, want) {
		t.Errorf("ids %q; want %q", got, want)
	}
}

// Each person is placed by their nearest id, name or word of the name: the
// fewest edits, then the longest shared start.
func TestCloseNamesUseEachPersonsNearestTarget(t *testing.T) {
	tests := []struct {
		name   string
		q      string
		people []Person
		want   []string
	}{
		{"an exact id beats a word one edit away", "ann",
			[]Person{{ID: "ann", Name: "Anx Jones"}, {ID: "b", Name: "Annx Smith"}}, []string{"ann", "b"}},
		{"of two targets one edit away, the longer shared start counts", "anna",
			[]Person{{ID: "annz", Name: "Xnna Jones"}, {ID: "b", Name: "Annb Smith"}}, []string{"annz", "b"}},
		{"fewer edits beat a longer shared start", "anna",
			[]Person{{ID: "xnna", Name: "Annzzz Jones"}, {ID: "b", Name: "Annabel"}}, []string{"xnna", "b"}},
	}
	for _, tt := range tests {
		var got []string
		for _, i := range closeTo(tt.people, matchKey(tt.q)) {
			got = append(got, tt.people[i].ID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: closeTo(%q) = %q; want %q", tt.name, tt.q, got, tt.want)
		}
	}
}
