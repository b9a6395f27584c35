package roster

import "testing"

func TestPersonSame(t *testing.T) {
	base := Person{ID: "sian", Name: "Siân Davies", Kind: Carer, Trained: []Role{RoleChair}}
	for _, tt := range []struct {
		name string
		a, b Person
		want bool
	}{
		{"identical", base, base, true},
		{"a copy", base, base.Clone(), true},
		{"empty list is none", Person{Name: "A", Needs: []string{}, SSHKeys: []string{}}, Person{Name: "A"}, true},
		{"empty list is none, either side", Person{Name: "A"}, Person{Name: "A", OptOut: []Role{}}, true},
		{"another name", base, Person{ID: "sian", Name: "Sian Davies", Kind: Carer, Trained: []Role{RoleChair}}, false},
		{"spaces count", Person{Name: "A "}, Person{Name: "A"}, false},
		{"another kind", Person{Name: "A", Kind: Carer}, Person{Name: "A", Kind: Staff}, false},
		{"a list with something in it", Person{Name: "A", Needs: []string{"large-print"}}, Person{Name: "A", Needs: []string{}}, false},
		{"list order counts", Person{Name: "A", Trained: []Role{RoleChair, RoleMinutes}}, Person{Name: "A", Trained: []Role{RoleMinutes, RoleChair}}, false},
		{"retired", Person{Name: "A", Retired: true}, Person{Name: "A"}, false},
	} {
		if got := tt.a.Same(tt.b); got != tt.want {
			t.Errorf("%s: Same = %v; want %v", tt.name, got, tt.want)
		}
		if got := tt.b.Same(tt.a); got != tt.want {
			t.Errorf("%s: Same the other way = %v; want %v", tt.name, got, tt.want)
		}
	}
}
