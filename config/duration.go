package config

import (
	"fmt"
	"strings"
	"time"
)

// MarshalText writes d as a short string that ParseDuration reads back:
// "1h", "10m", "1h30m", "2m30s".
func (d Duration) MarshalText() ([]byte, error) {
	s := d.Duration.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return []byte(s), nil
}

// UnmarshalText reads a length of time such as "60m" or "1h30m" (any
// string time.ParseDuration accepts).
func (d *Duration) UnmarshalText(text []byte) error {
	v, err := time.ParseDuration(string(text))
	if err != nil {
		return fmt.Errorf("%q is not a length of time; write it like \"60m\" or \"1h30m\"", text)
	}
	d.Duration = v
	return nil
}
