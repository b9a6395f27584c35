// Package minutes turns a meeting's events into minutes. Minutes are a pure
// function of (events, roster, group config): Build replays the events into
// a Model, and each format renders the same Model. Off-the-record notes
// never enter the Model, nor do a confidential item's notes, nor
// volunteers' expenses (they are personal, for gyda credits), so no format
// can leak them.
//
// The minutes follow the shape of UK public bodies' minutes: title, date,
// place; who was there (present by kind, in person or remote; in
// attendance; apologies; chair and minute-taker); quorum and balance;
// declarations of interest; the minutes of the last meeting (when an item
// is for them: what it recorded about agreeing them, quoted, as gyda
// never assumes they were agreed); matters arising (the actions and
// provisional decisions earlier meetings carried here, and what became of
// each); one section per agenda item; the action log; reflection; how the
// meeting went (breaks, interruptions, speaking time); the next meeting.
//
// # Files
//
// group.toml's [minutes] formats (or gyda minutes --format) chooses the
// formats; each file is written atomically (temporary file, fsync, rename):
//
//	md    minutes.md and easyread.md
//	txt   minutes.txt
//	html  minutes.html and minutes-large-print.html
//	docx  minutes.docx, and minutes-large-print.docx when [minutes]
//	      large_print = true or anyone on the roster needs large print
//	ics   minutes.ics
//	csv   attendance.csv, actions.csv and credits.csv; votes.csv and
//	      elections.csv when the meeting voted
//
// # Decisions
//
//   - md, txt, html and docx render one document built once from the Model
//     (document.go; its sections in document_minutes.go and
//     document_easyread.go), so they say the same things in the same
//     order. Every glossary acronym is spelt out at its first use in each
//     file; the easy-read summary spells them out afresh, as its readers
//     may read nothing else, and so does each calendar entry.
//   - The HTML page is self-contained (no scripts, fonts or images): lang
//     set, real headings, tables with th scope, print styles, 14pt on
//     screen and 12pt on paper; the large-print page is 18pt on both. The
//     two link to each other. Both always come together, as the HTML is
//     the cheapest way to give someone large print.
//   - The Word file is WordprocessingML written with the standard library:
//     Heading 1 to 4 with outline levels, bulleted lists, tables with a
//     repeating header row and alternative text, Arial 12pt on A4 (large
//     print: 18pt with 1.5cm margins), the title and language in its
//     properties.
//   - The easy-read summary (what we talked about, what we decided, who
//     will do what and by when, when we meet next) is easyread.md beside
//     minutes.md, and the first section of the HTML and the Word minutes,
//     which then start on a new page.
//   - The calendar has each action as an all-day event on its due date,
//     marked free, with the owner in its summary, and the next meeting
//     (as long as this meeting was planned to be, or all day when the
//     agenda gives only a date), placed where this meeting was (the
//     agenda does not say where the next one will be, and the event's
//     description says so). UIDs come from the meeting's Key and the
//     action's number, so importing the file again updates the same
//     events; DTSTAMP is the meeting's end, so the file never changes.
//   - A vote is minuted as a decision, "by vote": its question, the result
//     (carried or not), the counts, the counts by kind (people with lived
//     experience, staff), who was present and did not vote, and the rule
//     that decided it ([votes] in group.toml). An election is a decision
//     too: who was elected, with each candidate's ballots ("Siân Davies
//     was elected chair, 5 votes to 3"), and until when when [rotation]
//     term is set. Nobody's ballot is ever minuted, nor how anyone voted:
//     only the counts. The easy-read summary says both in short sentences;
//     the calendar has the day an elected person's term ends.
//   - The CSV is three files, not one with sections, so each opens as one
//     table in a spreadsheet; see CSV. Volunteers (people using services
//     and carers) earn the group's time credits an hour present (1 unless
//     [recognition] credits_per_hour says otherwise), to the nearest whole
//     credit, at least 1 for coming (meeting.TimeCredits).
//   - [minutes] language "en", "cy" or "en+cy" picks the phrasebooks
//     (phrasebook.go; English in phrases_en*.go, Welsh in phrases_cy*.go,
//     the quorum sentences of both side by side in phrases_quorum.go): the
//     headings and fixed words in English, Welsh, or both with the Welsh
//     first. People's own words stay as typed; in HTML and Word, typed
//     text that is clearly in the other language is marked with its
//     language for screen readers and spell checkers.
package minutes
