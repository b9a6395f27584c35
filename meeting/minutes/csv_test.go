package minutes

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

// readCSV checks a file starts with a byte-order mark and uses CRLF, and
// reads it back.
func readCSV(t *testing.T, f File) [][]string {
	t.Helper()
	bom := []byte("\ufeff")
	if !bytes.HasPrefix(f.Data, bom) {
		t.Fatalf("%s has no UTF-8 byte-order mark", f.Name)
	}
	if bytes.Count(f.Data, []byte("\n")) != bytes.Count(f.Data, []byte("\r\n")) {
		t.Errorf("%s: lines do not all end in CRLF", f.Name)
	}
	r := csv.NewReader(bytes.NewReader(f.Data[len(bom):]))
	rows, err := r.ReadAll() // also checks every row has as many cells as the header
	if err != nil {
		t.Fatalf("%s: %v", f.Name, err)
	}
	return rows
}

func TestCSVReadsBack(t *testing.T) {
	m := fixedModel(t, "en")
	files := CSV(m)
	if len(files) != 5 || files[0].Name != "attendance.csv" || files[1].Name != "actions.csv" || files[2].Name != "credits.csv" ||
		files[3].Name != "votes.csv" || files[4].Name != "elections.csv" {
		t.Fatalf("files %v", files)
	}
	attendance := readCSV(t, files[0])
	if len(attendance) != 1+len(m.Present)+len(m.InAttendance) {
		t.Errorf("%d attendance rows", len(attendance))
	}
	if strings.Join(attendance[0], "|") != "Date|Name|Kind|Organisation|In person or remote|Arrived|Left|Hours" {
		t.Errorf("attendance header %q", attendance[0])
	}
	if strings.Join(attendance[1], "|") != "2026-12-03|Siân Davies|person using services||in person|10:00|12:05|2.08" {
		t.Errorf("first attendee %q", attendance[1])
	}
	rhys := attendance[4]
	if rhys[1] != "Rhys Evans" || rhys[4] != "remote" || rhys[6] != "11:41" {
		t.Errorf("Rhys %q", rhys)
	}

	actions := readCSV(t, files[1])
	if len(actions) != 1+len(m.Actions)+len(m.Arising.Actions) {
		t.Fatalf("%d action rows", len(actions))
	}
	// The actions carried from November follow, with what became of them.
	for i, want := range []string{
		"2026-11-05|1||Dafydd ap Gwilym|send the easy-read survey to every member|2026-11-30|done",
		"2026-11-05|2||Aled Price|ask the Integrated Transformation Board (ITB) for a date to hear from carers|2027-01-31|new date",
		"2026-11-05|4||Claire Thomas|book a hearing loop for the January meeting|2026-12-02|open",
	} {
		if got := strings.Join(actions[1+len(m.Actions)+i], "|"); got != want {
			t.Errorf("carried action %d: %q; want %q", i+1, got, want)
		}
	}
	// Formula injection: the action typed as =HYPERLINK(...) stays text.
	if got := actions[2][4]; !strings.HasPrefix(got, `'=HYPERLINK("http://example.invalid","survey")`) {
		t.Errorf("a formula reached the spreadsheet: %q", got)
	}
	if actions[1][5] != "2026-12-20" || actions[1][3] != "Aled Price" || actions[1][6] != "open" {
		t.Errorf("action 1 %q", actions[1])
	}

	credits := readCSV(t, files[2])
	if strings.Join(credits[0], "|") != "Date|Name|Kind|Hours|Time credits" {
		t.Errorf("credits header %q", credits[0])
	}
	volunteers := 0
	for _, a := range append(append([]Attendee(nil), m.Present...), m.InAttendance...) {
		if a.Volunteer() {
			volunteers++
		}
	}
	if len(credits) != 1+volunteers {
		t.Errorf("%d credit rows for %d volunteers", len(credits)-1, volunteers)
	}
	for _, row := range credits[1:] {
		if row[2] == "staff" || row[2] == "guest" {
			t.Errorf("%s is not a volunteer but has credits", row[1])
		}
	}
	if strings.Join(credits[2], "|") != "2026-12-03|Mair Jones|person using services|1.68|2" {
		t.Errorf("Mair's credits %q", credits[2])
	}
}

func TestCSVWelshHeaders(t *testing.T) {
	rows := readCSV(t, CSV(fixedModel(t, "en+cy"))[0])
	if rows[0][1] != "Enw / Name" || rows[1][2] != "person sy'n defnyddio gwasanaethau / person using services" {
		t.Errorf("bilingual attendance %q %q", rows[0], rows[1])
	}
}

func TestCSVCell(t *testing.T) {
	for in, want := range map[string]string{
		"=1+2":                  "'=1+2",
		"+44 1792":              "'+44 1792",
		"-2":                    "'-2",
		"@SUM(A1)":              "'@SUM(A1)",
		"\tcmd":                 " cmd",
		"\t=cmd":                "' =cmd",
		"\rcmd":                 "cmd",
		"\x1b==1+2":             "'=1+2",
		"\x00@SUM(1)":           "'@SUM(1)",
		"\u202e=1":              "'=1",
		"\x1b]52;c;ZQ==\x07Ann": "Ann",
		"＝1+2":                  "'＝1+2",
		"Siân Davies":           "Siân Davies",
		"1+2=3":                 "1+2=3",
		"":                      "",
	} {
		if got := CSVCell(in); got != want {
			t.Errorf("CSVCell(%q) = %q; want %q", in, got, want)
		}
	}
}
