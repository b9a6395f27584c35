package minutes

import (
	"fmt"
	"time"
)

func (welsh) easyRead() string     { return "Crynodeb hawdd ei ddeall" }
func (welsh) easyReadWord() string { return "hawdd ei ddeall" }
func (welsh) erTalked() string     { return "Am beth wnaethon ni siarad" }

// erWeMet: a day used as an adverb takes a soft mutation ("ddydd Iau").
func (w welsh) erWeMet(day time.Time) string {
	return "Fe wnaethon ni gwrdd " + adverbial(w.longDate(day)) + "."
}

// erMembers and erGuests: "aelod" starts with a vowel, so no numeral
// mutates it; plural guests take "o" ("2 o westeion").
func (welsh) erMembers(n int) string {
	if n == 0 {
		return "Ni ddaeth unrhyw aelod."
	}
	return fmt.Sprintf("Daeth %d aelod.", n)
}
func (welsh) erGuests(n int, members bool) string {
	s := "Daeth 1 gwestai"
	if n != 1 {
		s = fmt.Sprintf("Daeth %d o westeion", n)
	}
	if members {
		return s + " hefyd."
	}
	return s + "."
}
func (welsh) erTalkedAbout() string { return "Fe wnaethon ni siarad am:" }
func (welsh) erDecided() string     { return "Beth wnaethon ni ei benderfynu" }
func (welsh) erNoDecisions() string { return "Ni wnaethon ni unrhyw benderfyniad." }
func (welsh) erProvisional() string { return "Byddwn ni'n gwirio hyn yn y cyfarfod nesaf." }
func (welsh) erWhoWhat() string     { return "Pwy fydd yn gwneud beth" }
func (welsh) erAction(owner string) string {
	return "Bydd " + owner + " yn gwneud hyn:"
}
func (w welsh) erBy(due time.Time) string { return "Erbyn " + w.longDate(due) + "." }
func (welsh) erNoActions() string {
	return "Nid oes gan neb dasg i'w gwneud ar ôl y cyfarfod hwn."
}
func (welsh) erNext() string { return "Pryd byddwn ni'n cwrdd nesaf" }
func (w welsh) erNextAt(t time.Time, dateOnly bool) string {
	if dateOnly {
		return "Byddwn ni'n cwrdd nesaf " + adverbial(w.longDate(t)) + "."
	}
	return "Byddwn ni'n cwrdd nesaf " + adverbial(w.longDate(t)) + " am " + clock(t) + "."
}
func (welsh) erNoNext() string { return "Dydyn ni ddim yn gwybod dyddiad y cyfarfod nesaf eto." }
