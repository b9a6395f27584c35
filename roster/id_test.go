package roster

import "testing"

func TestDeriveID(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Siân Davies", "sian"},
		{"Llŷr Evans", "llyr"},
		{"Dafydd ap Gwilym", "dafydd"},
		{"Mary-Jane O'Neill", "mary-jane"},
		{"  Bob  ", "bob"},
		{"Dr. Who", "dr"},
		{"王伟", "王伟"},
		{"!!!", "person"},
		{"", "person"},
	}
	for _, tt := range tests {
		if got := DeriveID(tt.name); got != tt.want {
			t.Errorf("DeriveID(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestCheckID(t *testing.T) {
	tests := []struct {
		id string
		ok bool
	}{
		{"sian", true},
		{"sian-davies", true},
		{"s.davies_2", true},
		{"siân", true},
		{"", false},
		{"sian davies", false},
		{"sian;rm", false},
		{"--", false},
	}
	for _, tt := range tests {
		if got := checkID(tt.id) == ""; got != tt.ok {
			t.Errorf("checkID(%q) ok = %v, want %v (%s)", tt.id, got, tt.ok, checkID(tt.id))
		}
	}
}
