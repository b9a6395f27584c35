package meeting

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/meeting/meetingtest"
	"github.com/gyda/gyda/roster"
)

var testStart = time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)

func testSetup() *Setup {
	return &Setup{
		Group: config.Group{
			Name:        "Test Co-production Group",
			Timezone:    "Europe/London",
			Quorum:      config.Quorum{MinPresent: 6, MinLivedExperience: 2, RemoteCounts: true},
			Breaks:      config.Breaks{Every: config.Duration{Duration: time.Hour}, Length: config.Duration{Duration: 10 * time.Minute}},
			Recognition: config.Recognition{CreditsPerHour: 1, MileageRate: 0.45},
		},
		Carried: testCarried(),
		Agenda: config.Agenda{Title: "Co-production Group", Start: testStart, Items: []config.Item{
			{Title: "Welcome, apologies and quorum", Minutes: 10, Lead: "sian"},
			{Title: "Carers' respite survey", Minutes: 20, Lead: "aled", Ladder: config.DoingWith},
			{Title: "Transport to appointments", Minutes: 30, Lead: "mair"},
			{Title: "Any other business", Minutes: 10},
		}},
		People: []roster.Person{
			{ID: "sian", Name: "Siân Davies", Kind: roster.PersonUsingServices, Trained: []roster.Role{roster.RoleChair}},
			{ID: "dafydd", Name: "Dafydd ap Gwilym", Kind: roster.Carer},
			{ID: "mair", Name: "Mair Jones", Kind: roster.PersonUsingServices},
			{ID: "rhys", Name: "Rhys Evans", Kind: roster.Carer},
			{ID: "aled", Name: "Aled Price", Kind: roster.Staff, Organisation: "Swansea Bay UHB", DecisionAuthority: true},
			{ID: "claire", Name: "Claire Thomas", Kind: roster.Staff, Organisation: "Neath Port Talbot Council"},
			{ID: "tom", Name: "Tom Hughes", Kind: roster.Staff, Organisation: "Swansea Council", DecisionAuthority: true},
			{ID: "gwen", Name: "Gwen Morgan", Kind: roster.Guest},
		},
	}
}

type rig struct {
	t     *testing.T
	live  *Live
	clock *SimClock
	rec   *meetingtest.Recorder
}

func newRig(t *testing.T) *rig {
	t.Helper()
	return newRigWith(t, testSetup())
}

// newRigWith starts a meeting on setup.
func newRigWith(t *testing.T, setup *Setup) *rig {
	t.Helper()
	clock := NewSimClock(testStart)
	rec := &meetingtest.Recorder{}
	live, _, err := Start(setup, nil, rec, clock, Options{})
	if err != nil {
		t.Fatalf("start: %v", err)
	}
	return &rig{t: t, live: live, clock: clock, rec: rec}
}

// do runs console commands that must all succeed.
func (r *rig) do(lines ...string) []string {
	r.t.Helper()
	var out []string
	for _, line := range lines {
		res, err := r.live.Do(ConsoleActor(), line)
		if err != nil {
			r.t.Fatalf("%q: %v", line, err)
		}
		out = append(out, res.Lines...)
	}
	return out
}

// fails runs a console command that must be refused, and checks nothing
// was recorded.
func (r *rig) fails(line string, want ...string) {
	r.t.Helper()
	r.as(ConsoleActor(), line, want...)
}

func (r *rig) as(a Actor, line string, wants ...string) {
	r.t.Helper()
	before := r.rec.Len()
	_, err := r.live.Do(a, line)
	if err == nil {
		r.t.Fatalf("%q succeeded; want an error containing %q", line, wants)
	}
	for _, want := range wants {
		if !strings.Contains(err.Error(), want) {
			r.t.Fatalf("%q: error %q; want it to contain %q", line, err, want)
		}
	}
	if !IsRefusal(err) {
		r.t.Fatalf("%q: error %v is not a refusal", line, err)
	}
	if r.rec.Len() != before {
		r.t.Fatalf("%q was refused but recorded %d events", line, r.rec.Len()-before)
	}
}

func (r *rig) state() *State { return r.live.Snapshot(ConsoleActor()).State }

func (r *rig) wait(d time.Duration) { r.clock.Advance(d) }

var errDiskFull = errors.New("no space left on device")

// testCarried is what the test meeting's earlier meeting left open.
func testCarried() Carried {
	from := func(n int) Origin {
		return Origin{Meeting: "2026-11-05-co-production-group", Date: "2026-11-05", Number: n}
	}
	return Carried{
		Actions: []CarriedAction{
			{Origin: from(1), Owner: "aled", OwnerName: "Aled Price", Due: "2026-11-30", Text: "share the survey results with the carers' centre"},
			{Origin: from(2), Owner: "ffion", OwnerName: "Ffion Hughes", Due: "2026-12-01", Text: "ask the bus company to come"},
		},
		Decisions: []CarriedDecision{
			{Origin: from(1), Text: "Run the survey again in spring", Reason: "1 more person needed for quorum"},
		},
	}
}
