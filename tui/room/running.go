package room

// meetingScreen is the meeting under way: the item, the time left, who
// has the floor and who is next, an open vote, the quorum, the next break
// and the last decision. As the screen gets smaller the title and the speaker's name
// shrink first, then the clock, then the least needed lines go.
func meetingScreen(f frame) ([]*block, []step) {
	item, clock, speaker, queue := itemBlock(f), timeBlock(f), speakerBlock(f), queueBlock(f)
	voting, quorum, signals, brk, decision := votingBlock(f), quorumBlock(f, true), signalsBlock(f), breakBlock(f), decisionBlock(f)
	body := []*block{item, clock, speaker, queue, voting, quorum, signals, brk, decision}
	steps := []step{
		{clock, lvLarge}, {item, lvHalf}, {speaker, lvHalf}, {decision, lvLine},
		{item, lvSpaced}, {queue, lvPlain}, {speaker, lvSpaced}, {clock, lvHalf},
		{item, lvPlain}, {brk, lvGone}, {clock, lvPlain}, {decision, lvGone},
		{speaker, lvLine}, {queue, lvLine}, {signals, lvGone}, {voting, lvLine}, {item, lvLine},
	}
	return body, steps
}
