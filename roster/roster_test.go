package roster

import (
	"errors"
	"slices"
	"testing"
)

func TestNewDerivesIDs(t *testing.T) {
	tests := []struct {
		name   string
		people []Person
		want   []string
	}{
		{
			name:   "first word",
			people: []Person{{Name: "Siân Davies", Kind: Carer}, {Name: "Dafydd ap Gwilym", Kind: Staff}},
			want:   []string{"sian", "dafydd"},
		},
		{
			name:   "first and last word on a clash",
			people: []Person{{Name: "Siân Davies", Kind: Carer}, {Name: "Sian Jones", Kind: Staff}},
			want:   []string{"sian", "sian-jones"},
		},
		{
			name:   "numbers after that",
			people: []Person{{Name: "Sian Davies", Kind: Carer}, {Name: "Siân Davies", Kind: Staff}, {Name: "SIAN DAVIES", Kind: Guest}},
			want:   []string{"sian", "sian-davies", "sian-davies-2"},
		},
		{
			name:   "written ids are kept first, whatever the order",
			people: []Person{{Name: "Siân Davies", Kind: Carer}, {ID: "sian", Name: "Sian Jones", Kind: Staff}},
			want:   []string{"sian-davies", "sian"},
		},
		{
			name:   "one-word names clash to numbers",
			people: []Person{{Name: "Cher", Kind: Guest}, {Name: "Cher", Kind: Guest}},
			want:   []string{"cher", "cher-2"},
		},
		{
			name:   "spaces trimmed",
			people: []Person{{ID: " bob ", Name: "  Robert  ", Kind: Staff}},
			want:   []string{"bob"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := New(tt.people)
			if err != nil {
				t.Fatal(err)
			}
			if got := r.IDs(); !slices.Equal(got, tt.want) {
				t.Errorf("ids = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNewErrors(t *testing.T) {
	tests := []struct {
		name   string
		people []Person
		want   string
	}{
		{
			name:   "empty name",
			people: []Person{{Name: "A", Kind: Carer}, {Name: "  ", Kind: Staff}},
			want:   "person 2: name: missing; every person needs a name",
		},
		{
			name:   "bad kind",
			people: []Person{{Name: "Siân Davies", Kind: "volunteer"}},
			want:   `person 1 (Siân Davies): kind: "volunteer" is not a kind; use person-using-services, carer, staff or guest`,
		},
		{
			name:   "missing kind",
			people: []Person{{Name: "Siân Davies"}},
			want:   `person 1 (Siân Davies): kind: missing; use person-using-services, carer, staff or guest`,
		},
		{
			name:   "bad trained role",
			people: []Person{{Name: "Siân Davies", Kind: Carer, Trained: []Role{"chair", "minute-taker"}}},
			want:   `person 1 (Siân Davies): trained[2]: "minute-taker" is not a role; use chair or minutes`,
		},
		{
			name:   "bad opt_out role",
			people: []Person{{Name: "Siân Davies", Kind: Carer, OptOut: []Role{"boss"}}},
			want:   `person 1 (Siân Davies): opt_out[1]: "boss" is not a role; use chair or minutes`,
		},
		{
			name:   "duplicate id",
			people: []Person{{ID: "sian", Name: "Siân Davies", Kind: Carer}, {ID: "Siân", Name: "Sian Jones", Kind: Staff}},
			want:   `person 2 (Sian Jones): id: "Siân" is already the id of person 1 (Siân Davies); ids must differ (ignoring case and accents)`,
		},
		{
			name:   "id with a space",
			people: []Person{{ID: "sian d", Name: "Siân Davies", Kind: Carer}},
			want:   `person 1 (Siân Davies): id: "sian d" is not a usable id; use one word of letters, digits, '-' or '_', such as "sian"`,
		},
		{
			name:   "blank id",
			people: []Person{{ID: " ", Name: "Siân Davies", Kind: Carer}},
			want:   `person 1 (Siân Davies): id: is empty; leave it out to derive one from the name, or write one word such as "sian"`,
		},
		{
			name:   "several at once",
			people: []Person{{Name: "", Kind: Carer}, {Name: "B", Kind: "x"}},
			want: "person 1: name: missing; every person needs a name\n" +
				`person 2 (B): kind: "x" is not a kind; use person-using-services, carer, staff or guest`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := New(tt.people)
			if err == nil {
				t.Fatalf("New = %v, want error %q", r.IDs(), tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error:\n got %s\nwant %s", err, tt.want)
			}
			var pe *PersonError
			if !errors.As(err, &pe) {
				t.Errorf("error %T is not a *PersonError", err)
			}
		})
	}
}

func TestPersonErrorFields(t *testing.T) {
	_, err := New([]Person{{Name: "A", Kind: Carer}, {Name: "B", Kind: Carer, Trained: []Role{"chair", "x"}}})
	var pe *PersonError
	if !errors.As(err, &pe) {
		t.Fatalf("error %v is not a *PersonError", err)
	}
	want := PersonError{Index: 1, Name: "B", Field: "trained", Elem: 1, Msg: `"x" is not a role; use chair or minutes`}
	if *pe != want {
		t.Errorf("got %+v, want %+v", *pe, want)
	}
}

func TestRosterIsACopy(t *testing.T) {
	in := []Person{{Name: "Siân Davies", Kind: Carer, Trained: []Role{RoleChair}}}
	r, err := New(in)
	if err != nil {
		t.Fatal(err)
	}
	in[0].Name = "changed"
	in[0].Trained[0] = "changed"
	got := r.People()
	got[0].Needs = append(got[0].Needs, "x")
	got[0].Trained[0] = "changed"
	p, _ := r.Get("sian")
	if p.Name != "Siân Davies" || p.Trained[0] != RoleChair || len(p.Needs) != 0 {
		t.Errorf("roster changed through a copy: %+v", p)
	}
	if in[0].ID != "" {
		t.Errorf("New wrote to its input: %+v", in[0])
	}
}

// Kinds is a fresh list each time: changing one changes no other, and
// what is valid stays valid.
func TestKindsIsACopy(t *testing.T) {
	want := []Kind{PersonUsingServices, Carer, Staff, Guest}
	k := Kinds()
	if !slices.Equal(k, want) {
		t.Fatalf("Kinds() = %v; want %v", k, want)
	}
	k[0] = Visitor
	if got := Kinds(); !slices.Equal(got, want) {
		t.Errorf("after changing one copy, Kinds() = %v", got)
	}
	if Visitor.Valid() || !PersonUsingServices.Valid() {
		t.Error("changing a copy of Kinds changed which kinds are valid")
	}
}

func TestActiveGetLen(t *testing.T) {
	r, err := New([]Person{
		{Name: "Siân Davies", Kind: Carer},
		{Name: "Old Timer", Kind: Staff, Retired: true},
		{Name: "Dafydd ap Gwilym", Kind: PersonUsingServices},
	})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range r.Active() {
		ids = append(ids, p.ID)
	}
	if !slices.Equal(ids, []string{"sian", "dafydd"}) {
		t.Errorf("Active ids = %q", ids)
	}
	if r.Len() != 3 || len(r.People()) != 3 {
		t.Errorf("Len = %d, People = %d, want 3", r.Len(), len(r.People()))
	}
	if p, ok := r.Get("old"); !ok || !p.Retired {
		t.Errorf("Get(old) = %+v, %v", p, ok)
	}
	if _, ok := r.Get("Sian"); ok {
		t.Error("Get is exact, but Get(Sian) found someone")
	}
}

func TestPersonHelpers(t *testing.T) {
	p := Person{Trained: []Role{RoleChair}, OptOut: []Role{RoleMinutes}, Needs: []string{"Large print", "hearing_loop"}}
	if !p.TrainedFor(RoleChair) || p.TrainedFor(RoleMinutes) {
		t.Error("TrainedFor")
	}
	if !p.OptedOut(RoleMinutes) || p.OptedOut(RoleChair) {
		t.Error("OptedOut")
	}
	if !p.HasNeed(NeedLargePrint) || !p.HasNeed(NeedHearingLoop) || p.HasNeed(NeedWheelchair) {
		t.Error("HasNeed")
	}
	if RoleMinutes.Label() != "minute-taker" || !RoleChair.Valid() || Role("x").Valid() {
		t.Error("Role")
	}
}

func TestNilRosterIsEmpty(t *testing.T) {
	var r *Roster
	if r.Len() != 0 || len(r.People()) != 0 || len(r.Active()) != 0 || len(r.IDs()) != 0 || len(r.Suggest("a")) != 0 {
		t.Error("a nil roster is not empty")
	}
	if _, ok := r.Get("a"); ok {
		t.Error("Get found someone in a nil roster")
	}
	var nf *NotFoundError
	if _, err := r.Find("sian"); !errors.As(err, &nf) {
		t.Errorf("Find in a nil roster: %v", err)
	}
}

func TestWithVisitor(t *testing.T) {
	r, err := New([]Person{{Name: "Anita Jones", Kind: Staff}})
	if err != nil {
		t.Fatal(err)
	}
	id := r.VisitorID("Dr Anita Patel")
	if id != "anita-patel" {
		t.Fatalf("VisitorID = %q", id)
	}
	r2, err := r.WithVisitor(Person{ID: id, Name: "Dr Anita Patel", Organisation: "NHS England", Kind: Staff})
	if err != nil {
		t.Fatal(err)
	}
	v, _ := r2.Get(id)
	if v.Kind != Visitor || v.Organisation != "NHS England" || v.Kind.Counted() || v.Kind.Valid() {
		t.Fatalf("visitor = %+v", v)
	}
	if r.Len() != 1 || r2.Len() != 2 {
		t.Fatalf("lengths %d, %d: the first roster must not change", r.Len(), r2.Len())
	}
	if p, err := r2.Find("patel"); err != nil || p.ID != id {
		t.Errorf("Find(patel) = %v, %v", p, err)
	}
	if _, err := r2.WithVisitor(Person{ID: "ANITA-patel", Name: "Someone"}); err == nil || err.Error() != `the id "ANITA-patel" is taken by Dr Anita Patel` {
		t.Errorf("a taken id: %v", err)
	}
	if _, err := r2.WithVisitor(Person{ID: "anita patel", Name: "Someone"}); err == nil || err.Error() != `visitor id "anita patel" is not a usable id; use one word of letters, digits, '-' or '_', such as "sian"` {
		t.Errorf("an id of two words: %v", err)
	}
	if got := r.VisitorID("Dr"); got != "dr" {
		t.Errorf("a title alone stays as the name: %q", got)
	}
}
