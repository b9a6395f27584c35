package roster

import (
	"errors"
	"slices"
	"testing"
)

// group is a roster with the awkward cases: accents, shared first letters,
// shared words, a retired member and a written id unlike the name.
func group(t *testing.T) *Roster {
	t.Helper()
	r, err := New([]Person{
		{Name: "Siân Davies", Kind: PersonUsingServices},               // sian
		{Name: "Dafydd ap Gwilym", Kind: Carer},                        // dafydd
		{Name: "David Jones", Kind: Staff},                             // david
		{Name: "Llŷr Evans", Kind: Staff},                              // llyr
		{ID: "dj", Name: "Dai Jenkins", Kind: Staff},                   // dj
		{Name: "Daisy Evans", Kind: Guest},                             // daisy
		{Name: "Mary-Jane O'Neill", Kind: Carer},                       // mary-jane
		{Name: "Old Member", Kind: PersonUsingServices, Retired: true}, // old
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestFindMatches(t *testing.T) {
	r := group(t)
	tests := []struct{ query, wantID string }{
		{"sian", "sian"},
		{"Siân", "sian"},
		{"SIAN DAVIES", "sian"},
		{"  siân   davies ", "sian"},
		{"llyr", "llyr"},
		{"Llŷr", "llyr"},
		{"dafydd", "dafydd"},
		{"gwilym", "dafydd"},
		{"ap gwilym", "dafydd"},
		{"gwil", ""}, // only the start of a surname: asked about
		{"dafy", "dafydd"},
		{"dj", "dj"},
		{"dai", "dj"}, // a whole word beats the prefix of "daisy"
		{"jenk", ""},
		{"davies", "sian"},
		{"dav", "david"}, // the start of a first name (Davies is a surname)
		{"jane", "mary-jane"},
		{"oneill", "mary-jane"},
		{"o'neill", "mary-jane"},
		{"mary jane", "mary-jane"},
		{"mary-jane", "mary-jane"},
		{"old", "old"},     // retired people still match
		{"david", "david"}, // exact id beats the prefix of nothing else
		{"jones", "david"},
		{"sian-d", "sian"}, // prefix of the name from a word, hyphen as space
	}
	for _, tt := range tests {
		p, err := r.Find(tt.query)
		if tt.wantID == "" {
			if err == nil {
				t.Errorf("Find(%q) = %s, want an error", tt.query, p.ID)
			}
			continue
		}
		if err != nil {
			t.Errorf("Find(%q): %v", tt.query, err)
			continue
		}
		if p.ID != tt.wantID {
			t.Errorf("Find(%q) = %s, want %s", tt.query, p.ID, tt.wantID)
		}
	}
}

// A name that only starts a surname, or is a letter or two from one name,
// is not taken: it is asked about ("jon" meant John, not Mair Jones).
func TestFindAsksAboutSurnameStartsAndNearMisses(t *testing.T) {
	r, err := New([]Person{
		{Name: "Mair Jones", Kind: PersonUsingServices},
		{Name: "Siân Davies", Kind: PersonUsingServices},
		{Name: "Dafydd ap Gwilym", Kind: Carer},
		{Name: "John Williams", Kind: Carer},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, unsure string }{
		{"sain", "sian"},   // a near miss
		{"gwil", "dafydd"}, // the start of a surname
		{"ap g", "dafydd"},
		{"willi", "john"},
	} {
		_, err := r.Find(tt.q)
		var u *UnsureError
		if !errors.As(err, &u) || u.Person.ID != tt.unsure || u.Query != tt.q {
			t.Errorf("Find(%q) = %v (%T), want an UnsureError about %s", tt.q, err, err, tt.unsure)
		}
	}
	// The question the chair is asked names the query as typed and the
	// person it might mean.
	_, err = r.Find("sain")
	if want := `no one called "sain" in the roster; did you mean Siân Davies?`; err == nil || err.Error() != want {
		t.Errorf("Find(sain) = %v; want %s", err, want)
	}
	// "jon" starts Mair Jones's surname and is a letter from John: both
	// are offered, neither is taken.
	_, err = r.Find("jon")
	var nf *NotFoundError
	if !errors.As(err, &nf) || !slices.Equal(nf.Candidates, []string{"Mair Jones", "John Williams"}) {
		t.Errorf("Find(\"jon\") = %v, want both Mair Jones and John Williams offered", err)
	}
	for q, want := range map[string]string{"john": "john", "jones": "mair", "ma": "mair", "williams": "john"} {
		if p, err := r.Find(q); err != nil || p.ID != want {
			t.Errorf("Find(%q) = %s, %v; want %s", q, p.ID, err, want)
		}
	}
}

func TestFindExactBeatsPrefix(t *testing.T) {
	r, err := New([]Person{
		{Name: "Dan Smith", Kind: Staff},        // dan
		{Name: "Danielle Roberts", Kind: Carer}, // danielle
		{ID: "ann", Name: "Annwen Hughes", Kind: Carer},
		{Name: "Ann", Kind: Guest}, // "ann" is taken, so ann-2
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, want string }{{"dan", "dan"}, {"ann", "ann"}, {"annw", "ann"}} {
		p, err := r.Find(tt.q)
		if err != nil || p.ID != tt.want {
			t.Errorf("Find(%q) = %q, %v; want %q", tt.q, p.ID, err, tt.want)
		}
	}
}

func TestFindErrors(t *testing.T) {
	r := group(t)
	tests := []struct {
		query      string
		want       string
		candidates []string
		ambiguous  bool
	}{
		{
			query:      "da",
			want:       `"da" could be Dafydd ap Gwilym, David Jones, Dai Jenkins or Daisy Evans; type more of the name`,
			candidates: []string{"Dafydd ap Gwilym", "David Jones", "Dai Jenkins", "Daisy Evans"},
			ambiguous:  true,
		},
		{
			query:      "evans",
			want:       `"evans" could be Llŷr Evans or Daisy Evans; type more of the name`,
			candidates: []string{"Llŷr Evans", "Daisy Evans"},
			ambiguous:  true,
		},
		{
			query: "xyz",
			want:  `no one called "xyz" in the roster`,
		},
		{
			query:      "dafid",
			want:       `no one called "dafid" in the roster; did you mean David Jones or Dafydd ap Gwilym?`,
			candidates: []string{"David Jones", "Dafydd ap Gwilym"},
		},
		{
			query: "   ",
			want:  "no name given; type a name or an id from the roster",
		},
	}
	for _, tt := range tests {
		_, err := r.Find(tt.query)
		if err == nil {
			t.Errorf("Find(%q) found someone, want %q", tt.query, tt.want)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("Find(%q):\n got %s\nwant %s", tt.query, err, tt.want)
		}
		var amb *AmbiguousError
		var nf *NotFoundError
		switch {
		case tt.ambiguous && errors.As(err, &amb):
			if !slices.Equal(amb.Candidates, tt.candidates) || amb.Query != tt.query {
				t.Errorf("Find(%q) ambiguous = %+v", tt.query, amb)
			}
		case !tt.ambiguous && errors.As(err, &nf):
			if !slices.Equal(nf.Candidates, tt.candidates) || nf.Query != tt.query {
				t.Errorf("Find(%q) not found = %+v, want candidates %q", tt.query, nf, tt.candidates)
			}
		default:
			t.Errorf("Find(%q) error is %T", tt.query, err)
		}
	}
}

func TestMatchSameNames(t *testing.T) {
	people := []Person{
		{ID: "sian", Name: "Siân Davies", Kind: Carer},
		{ID: "sian-d", Name: "Sian Davies", Kind: Staff},
	}
	_, err := Match(people, "davies")
	want := `"davies" could be Siân Davies (sian) or Sian Davies (sian-d); type more of the name`
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
	p, err := Match(people, "sian-d")
	if err != nil || p.ID != "sian-d" {
		t.Errorf("Match(sian-d) = %v, %v", p.ID, err)
	}
}

func TestSuggest(t *testing.T) {
	r := group(t)
	ids := func(ps []Person) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return out
	}
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"Siân Davies", []string{"sian"}},
		{"evans", []string{"llyr", "daisy"}},
		{"dafid", []string{"david", "dafydd"}},
		{"xyz", nil},
		{"", nil},
	} {
		if got := ids(r.Suggest(tt.q)); !slices.Equal(got, tt.want) {
			t.Errorf("Suggest(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"sian", "sian", 0}, {"sain", "sian", 1}, {"dafid", "dafydd", 2}, {"abc", "", 3}, {"kitten", "sitting", 3},
	} {
		if got := distance(tt.a, tt.b); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
