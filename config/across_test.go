package config

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// The rules that work across meetings: [rotation], [attendance] and
// [recognition].

func TestParseGroupAcrossMeetings(t *testing.T) {
	tests := []struct {
		name string
		src  string
		edit func(*Group)
	}{
		{"one rotation rule off", "[rotation]\nchair_must_be_lived_experience = false\n",
			func(g *Group) { g.Rotation.ChairMustBeLivedExperience = false }},
		{"newcomers may chair", "rotation.no_chair_at_first_meeting = false\n",
			func(g *Group) { g.Rotation.NoChairAtFirstMeeting = false }},
		{"attendance flag off", "[attendance]\nflag_after = 0\n", func(g *Group) { g.Attendance.FlagAfter = 0 }},
		{"whole credits", "[recognition]\ncredits_per_hour = 2\n", func(g *Group) { g.Recognition.CreditsPerHour = 2 }},
		{"no mileage", "[recognition]\nmileage_rate = 0\n", func(g *Group) { g.Recognition.MileageRate = 0 }},
		{"mileage in pence", "[recognition]\nmileage_rate = 0.3\n", func(g *Group) { g.Recognition.MileageRate = 0.3 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := ParseGroup("group.toml", strings.NewReader(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			want := DefaultGroup()
			tt.edit(&want)
			if !reflect.DeepEqual(g, want) {
				t.Errorf("got  %+v\nwant %+v", g, want)
			}
		})
	}
}

func TestParseGroupAcrossMeetingsErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"unknown rotation rule", "[rotation]\nchair_must_be_staff = true\n",
			"group.toml:2: rotation.chair_must_be_staff: unknown key; allowed keys in [rotation] are trained_first, chair_must_be_lived_experience, no_chair_at_first_meeting, minutes_not_staff_twice_running, term"},
		{"rotation rule not a boolean", "[rotation]\ntrained_first = \"yes\"\n",
			"group.toml:2: rotation.trained_first: must be true or false (got \"yes\")"},
		{"flag_after negative", "[attendance]\nflag_after = -1\n",
			"group.toml:2: attendance.flag_after: must be a whole number of meetings, 0 to 52 (0 turns the flag off) (got -1)"},
		{"flag_after a fraction", "[attendance]\nflag_after = 2.5\n",
			"group.toml:2: attendance.flag_after: must be a whole number of meetings, 0 to 52 (0 turns the flag off) (got 2.5)"},
		{"unknown attendance key", "[attendance]\nflag = 3\n",
			"group.toml:2: attendance.flag: unknown key; allowed keys in [attendance] are flag_after"},
		{"credits zero", "[recognition]\ncredits_per_hour = 0\n",
			"group.toml:2: recognition.credits_per_hour: must be a number of time credits more than 0 and at most 10, like 1 or 1.5 (got 0)"},
		{"credits text", "[recognition]\ncredits_per_hour = \"one\"\n",
			"group.toml:2: recognition.credits_per_hour: must be a number of time credits more than 0 and at most 10, like 1 or 1.5 (got \"one\")"},
		{"mileage negative", "[recognition]\nmileage_rate = -0.45\n",
			"group.toml:2: recognition.mileage_rate: must be pounds per mile, 0 to 5, in pounds and pence like 0.45 for 45p (got -0.45)"},
		{"mileage in pence by mistake", "[recognition]\nmileage_rate = 45\n",
			"group.toml:2: recognition.mileage_rate: must be pounds per mile, 0 to 5, in pounds and pence like 0.45 for 45p (got 45)"},
		{"mileage part of a penny", "[recognition]\nmileage_rate = 0.455\n",
			"group.toml:2: recognition.mileage_rate: must be in whole pence, like 0.45 for 45p (got 0.455)"},
		{"mileage as text", "[recognition]\nmileage_rate = \"45p\"\n",
			"group.toml:2: recognition.mileage_rate: must be pounds per mile, 0 to 5, in pounds and pence like 0.45 for 45p (got \"45p\")"},
		{"unknown recognition key", "[recognition]\nflat_rate = 10\n",
			"group.toml:2: recognition.flat_rate: unknown key; allowed keys in [recognition] are credits_per_hour, mileage_rate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := ParseGroup("group.toml", strings.NewReader(tt.src))
			if err == nil {
				t.Fatalf("no error; got %+v", g)
			}
			if err.Error() != tt.want {
				t.Errorf("error:\n got %s\nwant %s", err, tt.want)
			}
		})
	}
}

func TestMileagePence(t *testing.T) {
	for rate, want := range map[float64]int{0.45: 45, 0.29: 29, 0.57: 57, 0: 0, 1.1: 110} {
		if got := (Recognition{MileageRate: rate}).MileagePence(); got != want {
			t.Errorf("MileagePence(%v) = %d, want %d", rate, got, want)
		}
	}
}

// A mileage rate must be whole pence, allowing for the rounding of
// numbers with a fraction: within a millionth of a penny of whole pence
// it is taken (0.00000001 is 0.000001p from 0p, exactly at the edge), and
// further off it is refused.
func TestMileageRateInWholePenceAtTheEdge(t *testing.T) {
	for _, tt := range []struct {
		rate string
		ok   bool
	}{
		{"0.45", true}, {"0.00000001", true}, {"0.00000002", false}, {"0.455", false},
	} {
		g, err := ParseGroup("group.toml", strings.NewReader("[recognition]\nmileage_rate = "+tt.rate+"\n"))
		if ok := err == nil; ok != tt.ok {
			t.Errorf("mileage_rate = %s: error %v, want ok %v", tt.rate, err, tt.ok)
		} else if !ok && !strings.Contains(err.Error(), "must be in whole pence") {
			t.Errorf("mileage_rate = %s: %v", tt.rate, err)
		} else if want, _ := strconv.ParseFloat(tt.rate, 64); ok && g.Recognition.MileageRate != want {
			t.Errorf("mileage_rate = %s read as %v", tt.rate, g.Recognition.MileageRate)
		}
	}
}
