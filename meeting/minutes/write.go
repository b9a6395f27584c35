package minutes

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/gyda/gyda/internal/atomicfile"
)

// Formats lists the formats this gyda can write, in the order they are
// written (the same list as config.MinutesFormats).
func Formats() []string { return []string{"md", "txt", "html", "docx", "ics", "csv"} }

// File is one file of minutes: its name in the meeting folder and its
// bytes.
type File struct {
	Name string
	Data []byte
}

// Render writes the minutes in one format. Some formats are more than one
// file:
//
//	md    minutes.md, and easyread.md (the easy-read summary)
//	txt   minutes.txt
//	html  minutes.html, and minutes-large-print.html (18pt)
//	docx  minutes.docx, and minutes-large-print.docx (18pt) when the group
//	      asks for large print or anyone on the roster needs it
//	ics   minutes.ics: each action on its due date, the day an elected
//	      chair's or minute-taker's term ends, and the next meeting
//	csv   attendance.csv, actions.csv and credits.csv; votes.csv and
//	      elections.csv when the meeting voted
func Render(format string, m *Model) ([]File, error) {
	switch format {
	case "md":
		return []File{{"minutes.md", Markdown(m)}, {"easyread.md", EasyReadMarkdown(m)}}, nil
	case "txt":
		return []File{{"minutes.txt", Text(m)}}, nil
	case "html":
		d := minutesDoc(m, true)
		return []File{{"minutes.html", renderHTML(m, d, false)}, {"minutes-large-print.html", renderHTML(m, d, true)}}, nil
	case "docx":
		d := minutesDoc(m, true)
		files := []File{{"minutes.docx", nil}}
		if m.LargePrint {
			files = append(files, File{"minutes-large-print.docx", nil})
		}
		for i := range files {
			data, err := renderDocx(m, d, i == 1)
			if err != nil {
				return nil, err
			}
			files[i].Data = data
		}
		return files, nil
	case "ics":
		return []File{{"minutes.ics", ICS(m)}}, nil
	case "csv":
		return CSV(m), nil
	}
	return nil, fmt.Errorf("minutes format %q is not known; use one of %s", format, strings.Join(Formats(), ", "))
}

// WriteFiles renders the minutes in each format and writes each file
// atomically into dir, returning the paths written. Every format is
// rendered before anything is written, so an unknown format writes
// nothing; each file is either written whole or not at all.
func WriteFiles(dir string, m *Model, formats []string) ([]string, error) {
	var files []File
	for _, f := range formats {
		fs, err := Render(f, m)
		if err != nil {
			return nil, err
		}
		files = append(files, fs...)
	}
	var paths []string
	for _, f := range files {
		path := filepath.Join(dir, f.Name)
		if err := atomicfile.Write(path, f.Data, 0o644); err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}
