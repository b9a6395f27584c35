package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestFormatGroupReadsBack(t *testing.T) {
	def := DefaultGroup()
	def.Name = "Grŵp Cydgynhyrchu"

	full := DefaultGroup()
	full.Name = `The "Swansea" Group`
	full.Theme = "high-contrast"
	full.Quorum = Quorum{MinPresent: 8, MinLivedExperience: 4, RemoteCounts: false}
	full.Breaks = Breaks{Every: Duration{90 * time.Minute}, Length: Duration{15 * time.Minute}}
	full.Minutes = Minutes{Formats: []string{"md", "html", "docx"}, Language: "en+cy", LargePrint: true}
	full.Papers.NoticeDays = 10
	full.Glossary = map[string]string{"RPB": "Regional Partnership Board", "T&F": "Task & Finish"}
	full.Plain.Avoid = map[string]string{"utilise": "use"}
	full.Share.Grace = Duration{90 * time.Second}
	full.Room.ShowPasscode = true

	for name, g := range map[string]Group{"defaults": def, "every setting": full} {
		t.Run(name, func(t *testing.T) {
			data, err := FormatGroup(g)
			if err != nil {
				t.Fatal(err)
			}
			back, err := ParseGroup("group.toml", strings.NewReader(string(data)))
			if err != nil {
				t.Fatalf("%v\n%s", err, data)
			}
			if d := groupDiff(g, back); d != "" {
				t.Errorf("%s differs:\n%s", d, data)
			}
		})
	}
}

func TestFormatGroupWritesOtherTablesThatDiffer(t *testing.T) {
	g := DefaultGroup()
	g.Name = "x"
	g.Rotation.TrainedFirst = false
	data, err := FormatGroup(g)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "[rotation]") {
		t.Fatalf("no [rotation] table:\n%s", data)
	}
	back, err := ParseGroup("group.toml", strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	if d := groupDiff(g, back); d != "" {
		t.Errorf("%s differs:\n%s", d, data)
	}
}

func TestWriteGroup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, GroupFile)
	g := DefaultGroup()
	g.Name = "West Glamorgan Co-production Group"
	if err := WriteGroup(path, g, false); err != nil {
		t.Fatal(err)
	}
	back, err := LoadGroup(path)
	if err != nil {
		t.Fatal(err)
	}
	if d := groupDiff(g, back); d != "" {
		t.Errorf("%s differs", d)
	}
	// Not replaced unless asked.
	g.Name = "Another"
	if err := WriteGroup(path, g, false); !errors.Is(err, fs.ErrExist) {
		t.Errorf("err = %v, want fs.ErrExist", err)
	}
	if back, _ := LoadGroup(path); back.Name != "West Glamorgan Co-production Group" {
		t.Error("an existing group.toml was replaced")
	}
	// Settings that cannot be written are refused, and nothing is written.
	bad := g
	bad.Quorum.MinLivedExperience = 99
	if err := WriteGroup(filepath.Join(dir, "other.toml"), bad, false); err == nil || !strings.Contains(err.Error(), "min_lived_experience") {
		t.Errorf("err = %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "other.toml")); !errors.Is(err, fs.ErrNotExist) {
		t.Error("a bad group.toml was written")
	}
}
