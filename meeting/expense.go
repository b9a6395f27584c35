package meeting

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/gyda/gyda/internal/prose"
)

// Expenses: volunteers' out-of-pocket costs, recorded in the meeting for
// the organisers ("Are travel expenses reimbursed?"). They are actual costs
// only, never a flat rate or an allowance; mileage is paid at the group's
// rate per mile ([recognition] mileage_rate), worked out when it is
// recorded so the journal keeps what was claimed. Expenses are personal:
// they go to the organisers' export (gyda credits), never into published
// minutes.

// Expense is one claim.
type Expense struct {
	Person string
	Pence  int     // what is to be paid
	Miles  float64 // for mileage; 0 for other costs
	Rate   int     // pence a mile, for mileage
	Text   string  // what it was for
	At     time.Time
	By     string
}

// Limits on one claim, to catch slips of the keyboard.
const (
	maxClaimPence = 99999 // £999.99
	maxMiles      = 1000
)

// flatRateWords are words that describe a payment that is not an actual
// cost.
func flatRateWords() []string {
	return []string{"flat rate", "flat-rate", "allowance", "per diem", "attendance fee", "sitting fee"}
}

var (
	milesPattern  = regexp.MustCompile(`(?i)^(\d+(?:\.\d)?)\s*(?:miles?|mi)(?:\s+(.*))?$`)
	poundsPattern = regexp.MustCompile(`^£\s*(\d+(?:\.\d{1,2})?)(?:\s+(.*))?$`)
	pencePattern  = regexp.MustCompile(`^(\d+)p(?:\s+(.*))?$`)
)

// parseExpense reads what comes after "expense NAME:": "12 miles",
// "12.5 miles from Neath", "£4.50 bus fare" or "80p parking".
func parseExpense(line, what string, c *Command) error {
	const usage = "expense NAME: 12 miles, or expense NAME: £4.50 bus fare"
	what = strings.TrimSpace(what)
	if m := milesPattern.FindStringSubmatch(what); m != nil {
		miles, err := strconv.ParseFloat(m[1], 64)
		if err != nil || miles <= 0 || miles > maxMiles {
			return parseErr(line, "expense: %s miles is not a distance from 0.1 to %d miles", m[1], maxMiles)
		}
		c.Miles, c.Text = miles, strings.TrimSpace(m[2])
		return nil
	}
	var pence int
	switch m := poundsPattern.FindStringSubmatch(what); {
	case m != nil:
		f, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			return parseErr(line, "expense: %q is not an amount like £4.50: %s", m[1], usage)
		}
		pence, c.Text = int(math.Round(f*100)), strings.TrimSpace(m[2])
	default:
		m := pencePattern.FindStringSubmatch(what)
		if m == nil {
			return parseErr(line, "expense needs miles or an amount in pounds after the colon: %s", usage)
		}
		n, err := strconv.Atoi(m[1])
		if err != nil {
			return parseErr(line, "expense: %q is not an amount in pence", m[1])
		}
		pence, c.Text = n, strings.TrimSpace(m[2])
	}
	switch {
	case pence <= 0:
		return parseErr(line, "expense: the amount must be more than nothing")
	case pence > maxClaimPence:
		return parseErr(line, "expense: %s is more than %s for one claim; check the amount, or record it in parts", Money(pence), Money(maxClaimPence))
	case c.Text == "":
		return parseErr(line, "expense: say what the %s was for, like: expense NAME: %s bus fare", Money(pence), Money(pence))
	}
	c.Pence = pence
	return nil
}

// Money shows an amount in pence as pounds: "£4.50".
func Money(pence int) string {
	sign := ""
	if pence < 0 {
		sign, pence = "-", -pence
	}
	return fmt.Sprintf("%s£%d.%02d", sign, pence/100, pence%100)
}

// PerMile shows a mileage rate in pence: "45p a mile".
func PerMile(pence int) string {
	if pence%100 == 0 {
		return fmt.Sprintf("£%d a mile", pence/100)
	}
	if pence > 100 {
		return Money(pence) + " a mile"
	}
	return fmt.Sprintf("%dp a mile", pence)
}

// MileagePence is what miles at rate pence a mile come to, to the nearest
// penny (half a penny up).
func MileagePence(miles float64, rate int) int {
	return int(math.Floor(miles*float64(rate) + 0.5 + 1e-9))
}

func (d *decider) expense() ([]Event, error) {
	p, err := d.person()
	if err != nil {
		return nil, err
	}
	if p.Kind.IsStaff() {
		return nil, cannot(d.c.Verb, "%s is staff; staff claim expenses from their employer, so gyda records volunteers' and guests' expenses only", p.Name)
	}
	if !d.s.everHere(p.ID) {
		return nil, cannot(d.c.Verb, "%s has not been at this meeting; record their arrival first with: arrive %s", p.Name, p.ID)
	}
	lower := strings.ToLower(d.c.Text)
	for _, w := range flatRateWords() {
		if strings.Contains(lower, w) {
			return nil, cannot(d.c.Verb, "expenses are actual costs only, never %s %s; record what was spent, like: expense %s: £4.50 bus fare", prose.Article(w), w, p.ID)
		}
	}
	e := d.event(EvExpense)
	e.Person, e.Text = p.ID, d.c.Text
	if d.c.Miles > 0 {
		rate := d.s.Setup.Group.Recognition.MileagePence()
		if rate <= 0 {
			return nil, cannot(d.c.Verb, "the group pays no mileage (mileage_rate in [recognition] in group.toml is 0); record the actual cost instead, like: expense %s: £4.50 bus fare", p.ID)
		}
		e.Miles, e.Rate = d.c.Miles, rate
		e.Pence = MileagePence(d.c.Miles, rate)
	} else {
		e.Pence = d.c.Pence
	}
	return []Event{e}, nil
}

// TimeCredits is the time credits for hours present at rate credits an
// hour ([recognition] credits_per_hour): to the nearest whole credit (a
// half up), and at least 1 for coming at all. A rate of 0 (a journal from
// before the setting) counts 1 an hour, the usual scheme. gyda credits and
// the minutes' credits.csv both count this way.
func TimeCredits(hours, rate float64) int {
	if hours <= 0 {
		return 0
	}
	if rate <= 0 {
		rate = 1
	}
	return max(1, int(math.Round(hours*rate)))
}

// everHere reports whether the person has been at the meeting at any time.
func (s *State) everHere(id string) bool {
	for _, a := range s.Attendance {
		if a.Person == id {
			return true
		}
	}
	return false
}

// ExpensesOf returns the person's claims in this meeting.
func (s *State) ExpensesOf(id string) []Expense {
	var out []Expense
	for _, e := range s.Expenses {
		if e.Person == id {
			out = append(out, e)
		}
	}
	return out
}

func (s *State) describeExpense(e Event) string {
	name := s.Name(e.Person)
	if e.Miles > 0 {
		line := fmt.Sprintf("Expense for %s: %s at %s, %s", name, prose.Miles(e.Miles), PerMile(e.Rate), Money(e.Pence))
		if e.Text != "" {
			line += " (" + e.Text + ")"
		}
		return line + ". It goes to the organisers, not into the minutes."
	}
	return fmt.Sprintf("Expense for %s: %s, %s. It goes to the organisers, not into the minutes.", name, Money(e.Pence), e.Text)
}
