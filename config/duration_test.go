package config

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
)

func TestDurationText(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{time.Hour, "1h"},
		{10 * time.Minute, "10m"},
		{90 * time.Minute, "1h30m"},
		{150 * time.Second, "2m30s"},
		{1500 * time.Millisecond, "1.5s"},
		{0, "0s"},
		{25 * time.Hour, "25h"},
	}
	for _, tt := range tests {
		text, err := Duration{tt.d}.MarshalText()
		if err != nil || string(text) != tt.want {
			t.Errorf("MarshalText(%v) = %q, %v; want %q", tt.d, text, err, tt.want)
		}
		var back Duration
		if err := back.UnmarshalText(text); err != nil || back.Duration != tt.d {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back.Duration, err, tt.d)
		}
	}
	var d Duration
	if err := d.UnmarshalText([]byte("soon")); err == nil || err.Error() != `"soon" is not a length of time; write it like "60m" or "1h30m"` {
		t.Errorf("UnmarshalText(soon) = %v", err)
	}
}

func TestGroupJSONRoundTrip(t *testing.T) {
	g, err := ParseGroup("group.toml", bytes.NewReader([]byte(designGroup)))
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"breaks":{"every":"1h","length":"10m"}`)) {
		t.Errorf("durations are not strings in JSON: %s", data)
	}
	var back Group
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if back.Breaks != g.Breaks || back.Share != g.Share {
		t.Errorf("JSON round trip: got %+v, want %+v", back, g)
	}
	// "1h0m0s", as time.Duration prints it, reads back too.
	var d struct{ D Duration }
	if err := json.Unmarshal([]byte(`{"D":"1h0m0s"}`), &d); err != nil || d.D.Duration != time.Hour {
		t.Errorf("1h0m0s: %v, %v", d.D, err)
	}
}

func TestGroupTOMLRoundTrip(t *testing.T) {
	g, err := ParseGroup("group.toml", bytes.NewReader([]byte(designGroup)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := toml.NewEncoder(&buf).Encode(g); err != nil {
		t.Fatal(err)
	}
	back, err := ParseGroup("written.toml", &buf)
	if err != nil {
		t.Fatalf("the group as written does not read back: %v\n%s", err, buf.String())
	}
	if back.Breaks != g.Breaks || back.Share != g.Share || back.Quorum != g.Quorum || back.Name != g.Name {
		t.Errorf("TOML round trip: got %+v, want %+v", back, g)
	}
}
