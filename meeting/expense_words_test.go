package meeting

import "testing"

func TestMoneyAndMileageInWords(t *testing.T) {
	money := map[int]string{0: "£0.00", 5: "£0.05", 450: "£4.50", 99999: "£999.99", -5: "-£0.05", -450: "-£4.50"}
	for pence, want := range money {
		if got := Money(pence); got != want {
			t.Errorf("Money(%d) = %q; want %q", pence, got, want)
		}
	}
	rates := map[int]string{45: "45p a mile", 99: "99p a mile", 100: "£1 a mile", 101: "£1.01 a mile", 150: "£1.50 a mile", 200: "£2 a mile"}
	for pence, want := range rates {
		if got := PerMile(pence); got != want {
			t.Errorf("PerMile(%d) = %q; want %q", pence, got, want)
		}
	}
}
