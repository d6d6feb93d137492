package boilerplate

import (
	"testing"

	"github.com/crossread/crossread/internal/doc"
)

// Each text signal: lines it must fire on, and report lines it must not.
func TestTextSignals(t *testing.T) {
	report := []string{
		"U.S. Secretary of Defense Lloyd Austin spoke Friday with Russian Defense Minister Sergei Shoigu for the first time in months.",
		"“We welcome maintaining open lines of communication,” she said, adding that the newsletter of the ministry had not been updated.",
		"Russia has accused the U.S. of seeking to prolong the conflict by providing financial and military aid.",
		"Fox News’ Liz Friden contributed to this report.",
		"Relations between Moscow and Washington have sunk to new lows.",
		"Like many others, he said the report was late.",
		"Pentagon spokesman John Kirby said:",
		"Trump wrote:",
		"Reply from the ministry came on Friday.",
		"The foundation donated $200,000 to the group, and the donation was reported in March.",
	}
	cases := []struct {
		name string
		f    func(string) string
		yes  []string
	}{
		{"ShareButtons", ShareButtons, []string{"Share on FacebookShare on Twitter", "Share this article", "Tweet", "Email"}},
		{"CommentPrompt", CommentPrompt, []string{"Leave a Reply", "Click to comment", "Your email address will not be published. Required fields are marked *", "Leave a Reply Cancel reply", "12 Comments", "Reply", "Catherine (GiveWell) on September 13, 2018 at 5:23 pm said:"}},
		{"NewsletterSignup", NewsletterSignup, []string{"Sign up for our free weekly newsletter", "Subscribers agree to the Privacy Policy", "Get the best stories delivered to your inbox"}},
		{"DonationAppeal", DonationAppeal, []string{"Dear readers,", "Support The Moscow Times!", "Monthly", "Not ready to support today?", "Donate", "Make a donation", "Remind me later.", "A Message from The Moscow Times:"}},
		{"RelatedHeading", RelatedHeading, []string{"ALSO READ", "You May Also Like", "Related", "Recent News", "More stories from World", "Você pode gostar...", "TrendingNews", "Previous Post"}},
		{"PromoLine", PromoLine, []string{"RELATED: Biden meets Xi in Bali", "WATCH: Austin says he does not think Putin is bluffing", "Advertisement"}},
		{"PageNote", PageNote, []string{"(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)", "This article is owned by Latin Post.", "Go to mobile version", "View All Result"}},
		{"Copyright", Copyright, []string{"© 2022 www.conservativeguard.com", "Copyright 2019 Example Inc. All rights reserved."}},
		{"Counter", Counter, []string{"0", "7", "11.3k Subscribers", "VIEWS"}},
	}
	for _, c := range cases {
		for _, s := range c.yes {
			if c.f(s) == "" {
				t.Errorf("%s(%q) did not fire", c.name, s)
			}
		}
		for _, s := range report {
			if r := c.f(s); r != "" {
				t.Errorf("%s(%q) fired on report text: %s", c.name, s, r)
			}
		}
	}
}

func TestCommentThread(t *testing.T) {
	for _, s := range []string{"Leave a Reply", "Reply", "Milan Griffes on September 12, 2018 at 4:47 pm said:", "36 Votes", "Top Rated Comments", "Your email address will not be published."} {
		if !CommentThread(s) {
			t.Errorf("CommentThread(%q) = false", s)
		}
	}
	for _, s := range []string{"12 Comments", "Comments", "He said: the talks will resume."} {
		if CommentThread(s) {
			t.Errorf("CommentThread(%q) = true", s)
		}
	}
}

func TestLabels(t *testing.T) {
	for _, s := range []string{"Written by: Mary Webber", "By Jane Doe", "AFP contributed reporting.", "Fox News’ Liz Friden and Ronn Blitzer contributed to this report."} {
		if !Byline(s, len(s)/5) {
			t.Errorf("Byline(%q) = false", s)
		}
	}
	for _, s := range []string{"October 21, 2022", "Updated Nov. 19, 2019 8:21 am ET", "2019-11-20", "21 October 2022"} {
		if !Dateline(s) {
			t.Errorf("Dateline(%q) = false", s)
		}
	}
	// page time stamps: times, zones, "Updated", a place or an agency around a whole date
	for _, s := range []string{"March 3, 2021 09:15 am | Updated 11:02 am IST - Mumbai", "08:05 GMT 04.06.2021 (Updated: 09:40 GMT 04.06.2021)",
		"Agency) 07:45, March 09, 2021", "Published Date: 3/9/2021", "9 March 2021 08:30 (UTC+04:00)", "By | Tuesday, 9 March 2021 06:30 AM EST"} {
		if !Dateline(s) {
			t.Errorf("Dateline(%q) = false", s)
		}
	}
	for _, s := range []string{"The first line opens on October 21, 2022, the council said.",
		"— Ann Roe (@annroe) November 18, 2019", "Leaders of both countries met in Paris on March 3, 2021 for talks"} {
		if Dateline(s) {
			t.Errorf("Dateline(%q) = true", s)
		}
	}
	if !Caption("Russian Defense Minister Sergei Shoigu. Grigory Sysoyev / POOL / TASS") {
		t.Error("Caption missed a photo credit")
	}
}

func TestLinkList(t *testing.T) {
	nav := doc.Block{Words: 18, LinkWords: 18, Links: 9}
	if r := LinkList(&nav); r != "link list: 9 links, 2 words each" {
		t.Errorf("LinkList(nav) = %q", r)
	}
	para := doc.Block{Words: 40, LinkWords: 3, Links: 1}
	if r := LinkList(&para); r != "" {
		t.Errorf("LinkList(paragraph) = %q", r)
	}
}

func TestHint(t *testing.T) {
	for own, want := range map[string]string{
		"main-nav":                       "navigation menu",
		"share-tools":                    "share buttons",
		"related-articles":               "related headlines",
		"comments article-comments":      "comments",
		"story-body":                     "",
		"has-sidebar":                    "",
		"non-ad-column":                  "",
		"l-sidebar-fixed l-article-body": "",
		"field-label-hidden":             "",
		"hidden":                         "hidden",
		"header shadow":                  "page header",
		"byline":                         "byline",
	} {
		if got := Hint(own); got != want {
			t.Errorf("Hint(%q) = %q, want %q", own, got, want)
		}
	}
}

func TestLandmark(t *testing.T) {
	if Landmark("navigation") == "" || Landmark("contentinfo") != "footer" || Landmark("") != "" || Landmark("main") != "" {
		t.Error("Landmark")
	}
}

func TestRepeats(t *testing.T) {
	d := doc.ParseText("Headline of the story here\n" +
		"The minister spoke by telephone on Friday for the first time since the war began, the Pentagon said. He had tried many times to reach his counterpart but Moscow had appeared uninterested in\n" +
		"The minister spoke by telephone on Friday for the first time since the war began, the Pentagon said.\n" +
		"He had tried many times to reach his counterpart but Moscow had appeared uninterested in speaking.\n" +
		"A different paragraph that stands on its own and repeats nothing at all here.\n" +
		"HEADLINE OF THE STORY HERE\n")
	rep := Repeats(d.Blocks)
	want := []int{-1, 2, -1, -1, -1, 0}
	for i := range want {
		if rep[i] != want[i] {
			t.Errorf("Repeats[%d] = %d, want %d (%q)", i, rep[i], want[i], d.Blocks[i].Text)
		}
	}
}

func TestDensestRun(t *testing.T) {
	score := []int{-3, -3, 20, 15, -4, 30, -10, -10, 5}
	s, e, ok := densestRun(len(score), func(i int) int { return score[i] })
	if !ok || s != 2 || e != 5 {
		t.Errorf("densestRun = %d..%d %v, want 2..5", s, e, ok)
	}
}
