package game

import (
	"fmt"
	"time"
)

// Date is a calendar day, counted in days since 1 January 1970. The engine
// never reads a clock: dates come from the scenario and advance with turns.
type Date int32

// MakeDate returns the Date of a calendar day.
func MakeDate(year int, month time.Month, day int) Date {
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	return Date(t.Unix() / 86400)
}

// ParseDate reads a date written as YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0, fmt.Errorf("date %q is not of the form YYYY-MM-DD", s)
	}
	return Date(t.Unix() / 86400), nil
}

// Time returns the date as a UTC time at midnight.
func (d Date) Time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// Year returns the calendar year.
func (d Date) Year() int { return d.Time().Year() }

// Month returns the calendar month.
func (d Date) Month() time.Month { return d.Time().Month() }

// AddDays returns the date n days later.
func (d Date) AddDays(n int) Date { return d + Date(n) }

// String writes the date as YYYY-MM-DD.
func (d Date) String() string { return d.Time().Format("2006-01-02") }

// Long writes the date as "2 August 1990".
func (d Date) Long() string { return d.Time().Format("2 January 2006") }

// MarshalText writes the date as YYYY-MM-DD.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a date written as YYYY-MM-DD.
// TOML's local dates arrive as midnight UTC timestamps, which it also accepts.
func (d *Date) UnmarshalText(b []byte) error {
	if t, err := time.Parse(time.RFC3339, string(b)); err == nil && t.Hour() == 0 && t.Minute() == 0 {
		*d = MakeDate(t.Year(), t.Month(), t.Day())
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
