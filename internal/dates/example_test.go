package dates_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/crossread/crossread/internal/dates"
)

func ExampleTag() {
	blocks := []string{
		"Menu | Subscribe | May 2021 archive",
		"Austin spoke Friday with Shoigu, their first call since May, nearly three months after the Feb. 24 invasion.",
		"The call lasted about an hour, and the two will talk again next week.",
	}
	dct := time.Date(2022, 10, 21, 0, 0, 0, 0, time.UTC) // a Friday
	for _, t := range dates.Tag(blocks, dct, []bool{true}) {
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%d %-22q %-8s %-10s %s", t.Block, t.Text, t.Type, t.Value, t.Mod)))
	}
	// Output:
	// 1 "Friday"               DATE     2022-10-21
	// 1 "May"                  DATE     2022-05
	// 1 "nearly three months"  DURATION P3M        APPROX
	// 1 "Feb. 24"              DATE     2022-02-24
	// 2 "about an hour"        DURATION PT1H       APPROX
	// 2 "next week"            DATE     2022-W43
}

func ExampleDCTFromText() {
	blocks := []string{"Pentagon chief calls Russian counterpart", "October 21, 2022", "Austin spoke Friday."}
	day, block, ok := dates.DCTFromText(blocks, nil)
	fmt.Println(day.Format("2006-01-02"), block, ok)
	// Output: 2022-10-21 1 true
}
