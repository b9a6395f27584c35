package meeting

import (
	"fmt"
	"testing"

	"github.com/gyda/gyda/meeting/meetingtest"
	"github.com/gyda/gyda/roster"
)

// bigVote is a meeting of n members, all here, with a vote open and every
// member's vote recorded (each changed once, so Casts holds 2n).
func bigVote(b *testing.B, n int) *Live {
	b.Helper()
	setup := testSetup()
	setup.People = nil
	for i := range n {
		kind := roster.PersonUsingServices
		if i%2 == 1 {
			kind = roster.Staff
		}
		setup.People = append(setup.People, roster.Person{ID: fmt.Sprintf("p%d", i), Name: fmt.Sprintf("Person %d", i), Kind: kind})
	}
	live, _, err := Start(setup, nil, &meetingtest.Recorder{}, NewSimClock(testStart), Options{})
	if err != nil {
		b.Fatal(err)
	}
	do := func(line string) {
		if _, err := live.Do(ConsoleActor(), line); err != nil {
			b.Fatal(err)
		}
	}
	for i := range n {
		do(fmt.Sprintf("arrive p%d", i))
	}
	do("vote Is it agreed?")
	for i := range n {
		do(fmt.Sprintf("against p%d", i))
		do(fmt.Sprintf("for p%d", i))
	}
	return live
}

// BenchmarkVoteCast is one more vote recorded in a vote of 300, with the
// running count the chair is told after it.
func BenchmarkVoteCast(b *testing.B) {
	live := bigVote(b, 300)
	lines := []string{"against p7", "for p7"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := live.Do(ConsoleActor(), lines[i%2]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVoteCount is the count of a vote of 300, as a close makes it.
func BenchmarkVoteCount(b *testing.B) {
	st := bigVote(b, 300).Snapshot(ConsoleActor()).State
	v := st.OpenVote()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = st.count(v)
	}
}
