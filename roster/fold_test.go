package roster

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Siân", "sian"},
		{"Llŷr", "llyr"},
		{"SIÂN DAVIES", "sian davies"},
		{"Dafydd ap Gwilym", "dafydd ap gwilym"},
		{"Ŵyn Ëlis", "wyn elis"},
		{"Søren Łukasz", "soren lukasz"},
		{"Straße", "strasse"},
		{"Æthelflæd", "aethelflaed"},
		{"O’Neill", "o'neill"},
		{"ﬁona", "fiona"}, // ligature
		{"王伟", "王伟"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMatchKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Siân   DAVIES ", "sian davies"},
		{"sian-davies", "sian davies"},
		{"O'Neill", "oneill"},
		{"mary_jane", "mary jane"},
		{"-", ""},
	}
	for _, tt := range tests {
		if got := matchKey(tt.in); got != tt.want {
			t.Errorf("matchKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
