// Package setup is how a group gets going without writing a file by hand:
// the short form of gyda init, the people screen (gyda people) and the
// agenda builder (gyda agenda new). The TOML files stay the storage; this
// package asks, checks, and hands them to config's writers, which check
// everything again by reading it back and write atomically.
//
// Every form is a huh form and works two ways:
//
//   - on a terminal, full screen: NewPeople and NewAgenda are Bubble Tea
//     models (the chair's start screen can open them too) that show a list
//     and open a form for each change;
//   - in huh's accessible mode, one plain prompt per line, for screen
//     readers, TERM=dumb and scripts: RunPeople and RunAgenda read numbered
//     menu choices and answers from standard input.
//
// In accessible mode each prompt reads one line. huh gives every prompt a
// bufio.Scanner of its own, which would swallow the lines meant for the
// prompts after it, so input goes through a LineReader first. An empty
// answer keeps what a field already holds; a single "-" clears a text
// field. When the input ends while a question waits, the form stops
// (Prompter.Run returns ErrInputEnded) and nothing from it is saved: huh's
// prompts cannot say the input ended, and given nothing they would fall
// back on the last invalid answer, or ask for ever. FuzzAccessibleForms
// feeds the forms any input.
//
// Defaults (a quorum of 6, the next meeting's date) are placeholders, not
// typed text: typing replaces them ("5" is 5, never "65") and an empty
// answer keeps them. Numbers are range-checked, saying why. Runes that
// arrive together are text, never the name of a key ("tab", "enter").
//
// There is no package-level mutable state: styles are built per renderer
// and key maps per model.
package setup
