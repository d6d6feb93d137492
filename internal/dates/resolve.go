package dates

import (
	"fmt"
	"time"
)

// Calendar arithmetic and value formatting. Every relative expression ends up here, so the
// "unknown publication date" case (zero dct) is handled in one place: values degrade to the
// TIMEX3 underspecified forms (XXXX-XX-XX, XXXX-WXX-5 ...).

func dayVal(t time.Time) string { return t.Format("2006-01-02") }

func monthVal(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

func weekVal(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func quarterVal(y, q int) string { return fmt.Sprintf("%04d-Q%d", y, q) }

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// isoWD is the ISO weekday (Monday=1 .. Sunday=7).
func isoWD(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// weekdayFrom finds weekday wd relative to the anchor: dir<0 the one on/before it, dir>0 on/after;
// strict excludes the anchor day itself ("last Friday" said on a Friday means a week ago).
func weekdayFrom(anchor time.Time, wd, dir int, strict bool) time.Time {
	diff := wd - isoWD(anchor)
	if dir < 0 {
		back := (-diff + 7) % 7
		if back == 0 && strict {
			back = 7
		}
		return anchor.AddDate(0, 0, -back)
	}
	fwd := (diff + 7) % 7
	if fwd == 0 && strict {
		fwd = 7
	}
	return anchor.AddDate(0, 0, fwd)
}

// strictPast is a tense that rules the future out: "since May" is on or before the report.
const strictPast = -2

// pickYear chooses the year for a month (day==0) or month-day written without a year. Past tense
// takes the latest one not after the publication date, future the earliest not before it; with no
// cue the nearer one wins, with dates in the past counted as twice as near because news mostly
// reports what happened.
func pickYear(dct time.Time, m, d, tense int) int {
	y := dct.Year()
	cur := dct.Year()*12 + int(dct.Month()) - 1
	best, bestCost := y, 1<<30
	for _, cy := range []int{y - 1, y, y + 1} {
		var diff int // in days, candidate minus dct
		if d == 0 {
			diff = (cy*12 + m - 1 - cur) * 30
		} else {
			diff = int(date(cy, m, d).Sub(dct).Hours() / 24)
		}
		// Tense cues are noisy (reported speech, passives), so they only weight the choice:
		// the wrong direction costs four times as much, and with no cue the future costs double.
		past, fut := 1, 2
		switch {
		case tense == strictPast:
			fut = 1 << 20
		case tense < 0:
			fut = 4
		case tense > 0:
			past = 4
		}
		cost := -diff * past
		if diff >= 0 {
			cost = diff * fut
		}
		if cost < bestCost {
			best, bestCost = cy, cost
		}
	}
	return best
}

// shift returns the value of the publication date moved by n units, written at that unit's
// granularity ("last week" -> 2022-W41, "two years ago" -> 2020).
func (c *ctx) shift(u string, n int) string {
	if !c.hasDCT {
		switch u {
		case "Y":
			return "XXXX"
		case "M":
			return "XXXX-XX"
		case "W":
			return "XXXX-WXX"
		case "Q":
			return "XXXX-QX"
		case "DE":
			return "XXX"
		}
		return "XXXX-XX-XX"
	}
	d := c.dct
	switch u {
	case "Y":
		return fmt.Sprintf("%04d", d.Year()+n)
	case "DE":
		return fmt.Sprintf("%03d", (d.Year()+10*n)/10)
	case "CE":
		return fmt.Sprintf("%02d", (d.Year()+100*n)/100)
	case "M":
		t := date(d.Year(), int(d.Month()), 1).AddDate(0, n, 0)
		return monthVal(t.Year(), int(t.Month()))
	case "W":
		return weekVal(d.AddDate(0, 0, 7*n))
	case "Q":
		q := d.Year()*4 + (int(d.Month())-1)/3 + n
		return quarterVal(q/4, q%4+1)
	case "D":
		return dayVal(d.AddDate(0, 0, n))
	}
	return dayVal(d)
}

// durVal formats a duration: count "X" means unspecified ("several years" -> PXY).
func durVal(count string, u unit) string {
	if u.years > 0 {
		if count == "X" {
			if u.years == 100 {
				return "PXC"
			}
			return "PXDE"
		}
		n := 0
		fmt.Sscanf(count, "%d", &n)
		if n > 0 {
			return fmt.Sprintf("P%dY", n*u.years)
		}
		return "PXY"
	}
	if u.letter == "WE" {
		return "P" + count + "WE"
	}
	if u.time {
		return "PT" + count + u.letter
	}
	return "P" + count + u.letter
}

// minusYear moves a year-bearing value back one year ("1989-Q3" -> "1988-Q3").
func minusYear(v string, n int) string {
	if len(v) < 4 {
		return v
	}
	y := 0
	if _, err := fmt.Sscanf(v[:4], "%d", &y); err != nil {
		return v
	}
	return fmt.Sprintf("%04d", y-n) + v[4:]
}

// seasonYear picks the year of a season word after last/this/next.
func (c *ctx) seasonVal(code string, rel int, tense int) string {
	if !c.hasDCT {
		return "XXXX-" + code
	}
	y := c.dct.Year()
	m := int(c.dct.Month())
	start := seasonStart.get(code)
	switch {
	case rel < 0: // last: the most recent season of that name that has started before now
		if start >= m {
			y--
		}
		if code == "WI" && m <= 2 {
			y-- // "last winter" said in February: the one before the current
		}
	case rel > 0:
		if start <= m {
			y++
		}
	default:
		if code == "WI" && m <= 2 {
			y--
		}
	}
	return fmt.Sprintf("%04d-%s", y, code)
}

// halfDur writes "2 1/2 years" as P2Y6M: ISO durations have no fractions in TimeML practice.
func halfDur(count string, u unit) string {
	n := 0
	fmt.Sscanf(count, "%d", &n)
	if n == 0 {
		switch {
		case u.time && u.letter == "H":
			return "PT30M"
		case u.time && u.letter == "M":
			return "PT30S"
		case u.letter == "Y" && u.years == 0:
			return "P6M"
		case u.letter == "D":
			return "PT12H"
		}
	}
	switch {
	case u.time && u.letter == "H":
		return fmt.Sprintf("PT%dH30M", n)
	case u.time && u.letter == "M":
		return fmt.Sprintf("PT%dM30S", n)
	case u.letter == "Y" && u.years == 0:
		return fmt.Sprintf("P%dY6M", n)
	case u.letter == "D":
		return fmt.Sprintf("P%dDT12H", n)
	}
	return durVal(count, u)
}

// easter returns Easter Sunday of year y (Gregorian calendar, anonymous computus).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, month, day)
}
