package minutes

import "testing"

// The quorum record says whether the meeting reached quorum, fell below
// it after, and was unbalanced after: each on both sides.
func TestRuleQuorumRecordSaysReachedFellBelowAndUnbalanced(t *testing.T) {
	for _, tt := range []struct {
		name                          string
		script                        []string
		reached, fellBelow, unbalance bool
	}{
		{"never quorate", []string{"arrive sian", "wait 5m", "end"}, false, false, false},
		{"quorate and balanced throughout", append(threeAndThree[:6:6], "wait 5m", "end"), true, false, false},
		{"fell below quorum", append(threeAndThree[:6:6], "wait 5m", "leave tom", "wait 5m", "end"), true, true, false},
		{"unbalanced", append(threeAndFour[:7:7], "wait 5m", "end"), true, false, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			q := ruleModel(t, nil, tt.script...).Quorum
			if q.Reached != tt.reached || q.FellBelow != tt.fellBelow || q.Unbalanced != tt.unbalance {
				t.Errorf("reached %v, fell below %v, unbalanced %v; want %v, %v, %v",
					q.Reached, q.FellBelow, q.Unbalanced, tt.reached, tt.fellBelow, tt.unbalance)
			}
		})
	}
}
