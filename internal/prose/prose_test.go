package prose

import "testing"

func TestCount(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want string
	}{
		{0, "0 guests"},
		{1, "1 guest"},
		{2, "2 guests"},
		{-1, "-1 guests"},
		{1000, "1000 guests"},
	} {
		if got := Count(tt.n, "guest", "guests"); got != tt.want {
			t.Errorf("Count(%d) = %q; want %q", tt.n, got, tt.want)
		}
	}
}

func TestPlural(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want string
	}{
		{0, "people"},
		{1, "person"},
		{2, "people"},
	} {
		if got := Plural(tt.n, "person", "people"); got != tt.want {
			t.Errorf("Plural(%d) = %q; want %q", tt.n, got, tt.want)
		}
	}
}

func TestMiles(t *testing.T) {
	for _, tt := range []struct {
		m    float64
		want string
	}{
		{0, "0 miles"},
		{1, "1 mile"},
		{1.0, "1 mile"},
		{0.5, "0.5 miles"},
		{1.5, "1.5 miles"},
		{12, "12 miles"},
		{12.25, "12.25 miles"},
	} {
		if got := Miles(tt.m); got != tt.want {
			t.Errorf("Miles(%v) = %q; want %q", tt.m, got, tt.want)
		}
	}
}

func TestArticle(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"chair", "a chair"},
		{"attendee", "an attendee"},
		{"observer", "an observer"},
		{"minute-taker", "a minute-taker"},
		{"", "a "},
	} {
		if got := Article(tt.in); got != tt.want {
			t.Errorf("Article(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestUpperFirst(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"a", "A"},
		{"dydd Iau", "Dydd Iau"},
		{"Already", "Already"},
		{"élan", "Élan"},
		{"ŵyn", "Ŵyn"},
		{"3 people", "3 people"},
	} {
		if got := UpperFirst(tt.in); got != tt.want {
			t.Errorf("UpperFirst(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestLists(t *testing.T) {
	for _, tt := range []struct {
		in      []string
		and, or string
		welsh   string
	}{
		{nil, "", "", ""},
		{[]string{"a"}, "a", "a", "a"},
		{[]string{"a", "b"}, "a and b", "a or b", "a a b"},
		{[]string{"a", "b", "c"}, "a, b and c", "a, b or c", "a, b a c"},
	} {
		if got := AndList(tt.in); got != tt.and {
			t.Errorf("AndList(%q) = %q; want %q", tt.in, got, tt.and)
		}
		if got := OrList(tt.in); got != tt.or {
			t.Errorf("OrList(%q) = %q; want %q", tt.in, got, tt.or)
		}
		if got := List(tt.in, " a "); got != tt.welsh {
			t.Errorf("List(%q, \" a \") = %q; want %q", tt.in, got, tt.welsh)
		}
	}
}

func TestStop(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", "."},
		{"We met", "We met."},
		{"We met.", "We met."},
		{"How did today go?", "How did today go?"},
		{"Well done!", "Well done!"},
		{"8. Reflection", "8. Reflection."},
		{"Etc,", "Etc,."},
	} {
		if got := Stop(tt.in); got != tt.want {
			t.Errorf("Stop(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
