// Package prose holds the small English helpers that the meeting, the
// minutes, the reports and the screens share, so each is written once:
// counts ("3 guests"), articles ("an attendee"), lists ("a, b and c"), a
// capital first letter, and distances ("12.5 miles").
//
// It imports nothing of gyda's and no UI, so every package may use it,
// the domain packages (roster, config, meeting) included. Welsh words
// belong to the minutes' Welsh phrasebook, not here.
package prose
