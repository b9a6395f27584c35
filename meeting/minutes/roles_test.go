package minutes

import (
	"fmt"
	"slices"
	"testing"
)

// A hand-over is minuted in the item it happened in, each one, in order;
// the roles given as the meeting opens are told only in who held them.
func TestRuleHandoversAreMinutedInTheItemTheyHappenIn(t *testing.T) {
	m := ruleModel(t, nil, "arrive sian", "arrive dafydd", "arrive claire", "arrive aled", "chair sian", "minutes dafydd",
		"wait 2m", "minutes claire", // in item 1
		"next", "wait 2m", "chair aled", "wait 1m", "chair sian", // two in item 2
		"next", "next", "next", "next", "next", "wait 2m", "minutes dafydd", // one in the last item
		"end")
	want := [][]string{
		{"minute-taker Claire Thomas"},
		{"chair Aled Price", "chair Siân Davies"},
		nil, nil, nil, nil,
		{"minute-taker Dafydd ap Gwilym"},
	}
	var got [][]string
	for _, it := range m.Items {
		var hs []string
		for _, h := range it.Handovers {
			hs = append(hs, string(h.Role)+" "+h.Name)
		}
		got = append(got, hs)
	}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("hand-overs by item = %q; want %q", got, want)
	}
	var takers []string
	for _, h := range m.MinuteTaker {
		takers = append(takers, h.Name)
	}
	if want := []string{"Dafydd ap Gwilym", "Claire Thomas", "Dafydd ap Gwilym"}; !slices.Equal(takers, want) {
		t.Errorf("minute-takers = %q; want %q", takers, want)
	}
}

// A chair who leaves without handing over is minuted as leaving, in the
// item, and as having left the role; so is the next chair, who leaves in
// turn, and the minute-taker, the last to hold that role, who leaves at
// the end. Each chair's hand-over settles the one before.
func TestRuleEachChairLeavingWithoutHandingOverIsMinuted(t *testing.T) {
	m := ruleModel(t, nil, "arrive sian", "arrive dafydd", "arrive aled", "arrive claire", "chair sian", "minutes dafydd",
		"next", "wait 5m", "leave sian", "wait 1m", "chair aled", "wait 5m", "leave aled", "wait 1m", "chair claire",
		"wait 5m", "leave dafydd", "wait 1m", "end")
	var departures []string
	for _, d := range m.Items[1].Departures {
		departures = append(departures, fmt.Sprintf("%s %s %q", d.At.Format("15:04"), d.Name, d.Roles))
	}
	want := []string{`10:05 Siân Davies ["chair"]`, `10:11 Aled Price ["chair"]`, `10:17 Dafydd ap Gwilym ["minute-taker"]`}
	if !slices.Equal(departures, want) {
		t.Errorf("departures in item 2 = %q; want %q", departures, want)
	}
	if got, want := leftTimes(m.Chair), []string{"Siân Davies left 10:05", "Aled Price left 10:11", "Claire Thomas left -"}; !slices.Equal(got, want) {
		t.Errorf("chairs = %q; want %q", got, want)
	}
	if got, want := leftTimes(m.MinuteTaker), []string{"Dafydd ap Gwilym left 10:17"}; !slices.Equal(got, want) {
		t.Errorf("minute-takers = %q; want %q", got, want)
	}
}

// leftTimes is each holder's name and when they left the role ("-": they
// did not).
func leftTimes(hs []Holder) []string {
	var out []string
	for _, h := range hs {
		left := "-"
		if !h.Left.IsZero() {
			left = h.Left.Format("15:04")
		}
		out = append(out, h.Name+" left "+left)
	}
	return out
}
