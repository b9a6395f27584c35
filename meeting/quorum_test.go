package meeting

import (
	"strings"
	"testing"
)

func TestQuorumAndBalance(t *testing.T) {
	tests := []struct {
		name     string
		lines    []string
		remote   bool // remote_counts
		want     string
		quorate  bool
		balanced bool
	}{
		{"nobody", nil, true,
			"0 present: 0 lived experience, 0 staff; balanced; NOT quorate (needs 6, and 2 lived experience)", false, true},
		{"seven, balanced", []string{"arrive sian", "arrive dafydd", "arrive mair", "arrive rhys", "arrive aled", "arrive claire", "arrive tom"}, true,
			"7 present: 4 lived experience, 3 staff; balanced; quorate (needs 6, and 2 lived experience)", true, true},
		{"equal split is balanced", []string{"arrive sian", "arrive dafydd", "arrive mair", "arrive aled", "arrive claire", "arrive tom"}, true,
			"6 present: 3 lived experience, 3 staff; balanced; quorate (needs 6, and 2 lived experience)", true, true},
		{"staff outnumber", []string{"arrive sian", "arrive dafydd", "arrive aled", "arrive claire", "arrive tom"}, true,
			"5 present: 2 lived experience, 3 staff; NOT balanced (3 staff to 2 lived experience); NOT quorate (needs 6, and 2 lived experience)", false, false},
		{"guests are not counted", []string{"arrive sian", "arrive gwen"}, true,
			"1 present: 1 lived experience, 0 staff, and 1 guest not counted; balanced; NOT quorate (needs 6, and 2 lived experience)", false, true},
		{"remote counts", []string{"arrive sian remote", "arrive dafydd", "arrive mair", "arrive rhys", "arrive aled", "arrive claire"}, true,
			"6 present: 4 lived experience, 2 staff (1 remote); balanced; quorate (needs 6, and 2 lived experience)", true, true},
		{"remote does not count", []string{"arrive sian remote", "arrive dafydd", "arrive mair", "arrive rhys", "arrive aled", "arrive claire"}, false,
			"6 present: 4 lived experience, 2 staff (1 remote); balanced; NOT quorate (needs 6, and 2 lived experience; 5 count, as remote attendees do not)", false, true},
		{"departure breaks quorum", []string{"arrive sian", "arrive dafydd", "arrive mair", "arrive aled", "arrive claire", "arrive tom", "leave mair"}, true,
			"5 present: 2 lived experience, 3 staff; NOT balanced (3 staff to 2 lived experience); NOT quorate (needs 6, and 2 lived experience)", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t)
			r.live.state.Setup.Group.Quorum.RemoteCounts = tt.remote
			r.do(tt.lines...)
			st := r.state().Status()
			if got := st.String(); got != tt.want {
				t.Errorf("status\n got %s\nwant %s", got, tt.want)
			}
			if st.Quorate != tt.quorate || st.Balanced != tt.balanced {
				t.Errorf("quorate, balanced = %v, %v; want %v, %v", st.Quorate, st.Balanced, tt.quorate, tt.balanced)
			}
		})
	}
}

func TestArrivalSaysQuorum(t *testing.T) {
	r := newRig(t)
	lines := r.do("arrive sian")
	if len(lines) != 2 || lines[0] != "Siân Davies arrived (person using services, in the room)." || !strings.HasPrefix(lines[1], "Quorum: 1 present") {
		t.Fatalf("arrival lines: %q", lines)
	}
}

func TestDecisionsProvisionalWhenNotQuorateOrBalanced(t *testing.T) {
	quorate := []string{"arrive sian", "arrive dafydd", "arrive mair", "arrive rhys", "arrive aled", "arrive claire"}
	tests := []struct {
		name        string
		lines       []string
		provisional bool
		reason      string
		warning     bool // no decision authority
	}{
		{"quorate and balanced, with authority", quorate, false, "", false},
		{"not quorate", []string{"arrive sian", "arrive dafydd", "arrive aled"}, true, "3 more people needed for quorum", false},
		{"not balanced", []string{"arrive sian", "arrive dafydd", "arrive rhys", "arrive aled", "arrive claire", "arrive tom", "arrive mair", "leave mair", "leave rhys"}, true,
			"1 more person needed for quorum; not balanced: 3 staff to 2 lived experience", false},
		{"too few lived experience", []string{"arrive sian", "arrive aled", "arrive gwen"}, true,
			"4 more people needed for quorum; 1 more lived-experience member needed", false},
		{"no decision authority", []string{"arrive sian", "arrive dafydd", "arrive mair", "arrive rhys", "arrive claire", "arrive gwen"}, true,
			"1 more person needed for quorum", true},
		{"quorate without authority warns", append(quorate[:5:5], "arrive claire", "leave aled", "arrive tom", "leave tom", "arrive gwen"), true, "1 more person needed for quorum", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t)
			r.do(tt.lines...)
			r.do("decide We will run the survey again in spring")
			d := r.state().Decisions[0]
			if d.Provisional != tt.provisional || d.Reason != tt.reason {
				t.Errorf("provisional %v (%q); want %v (%q)", d.Provisional, d.Reason, tt.provisional, tt.reason)
			}
			if got := len(d.Warnings) > 0; got != tt.warning {
				t.Errorf("warnings %q; want a warning: %v", d.Warnings, tt.warning)
			}
			if d.Quorum != r.state().Status() {
				t.Errorf("decision quorum %+v is not the status at the time %+v", d.Quorum, r.state().Status())
			}
		})
	}
}

func TestDecisionLinesSayProvisionalAndWhy(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive aled")
	lines := strings.Join(r.do("decide Ask the board for a carers' budget"), "\n")
	for _, want := range []string{"PROVISIONAL (4 more people needed for quorum; 1 more lived-experience member needed)", "At the decision: 2 present"} {
		if !strings.Contains(lines, want) {
			t.Errorf("decision lines lack %q:\n%s", want, lines)
		}
	}
}

func TestDeclaringForALaterItem(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive aled", "declare aled item 3: sits on the transport board")
	if got := r.state().Declarations[0].Item; got != 3 {
		t.Fatalf("declaration for item %d; want 3", got)
	}
	r.do("decide Nothing about transport yet")
	if n := len(r.state().Decisions[0].NotTaking); n != 0 {
		t.Fatalf("a declaration for item 3 kept someone out of an item 1 decision")
	}
	r.do("item 3", "decide Invite the bus company")
	if got := r.state().Decisions[1].NotTaking; len(got) != 1 || got[0] != "aled" {
		t.Fatalf("not taking part %v; want [aled]", got)
	}
	r.fails("declare aled item 9: x", "there is no item 9")
}

func TestDeclaredInterestNotTakingPart(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive aled", "item 2", "declare aled item 2: manages the respite service", "decide Extend the survey")
	d := r.state().Decisions[0]
	if len(d.NotTaking) != 1 || d.NotTaking[0] != "aled" {
		t.Fatalf("not taking part = %v; want [aled]", d.NotTaking)
	}
}

// A declaration without an item is not filed against the item of the
// moment: the chair is told to say which item, with the line to type.
func TestDeclarationWithoutAnItemIsAsked(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive claire", "item 2")
	r.fails("declare claire: her team runs the transport scheme",
		"which item is Claire Thomas's interest in?", "declare claire item N: her team runs the transport scheme",
		"3 Transport to appointments")
	r.do("declare claire item 3: her team runs the transport scheme", "decide Extend the survey")
	if d := r.state().Decisions[0]; len(d.NotTaking) != 0 {
		t.Fatalf("a declaration about item 3 kept Claire out of item 2's decision: %v", d.NotTaking)
	}
	r.do("item 3", "decide Ask the bus company in")
	if d := r.state().Decisions[1]; len(d.NotTaking) != 1 || d.NotTaking[0] != "claire" {
		t.Fatalf("item 3's decision: not taking part %v; want [claire]", d.NotTaking)
	}
}
