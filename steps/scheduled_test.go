package steps

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/quality"
	"github.com/akhbar/akhbar/source"
)

// scheduledExpect is what one seed-shaped page must give.
type scheduledExpect struct {
	Title     string   `json:"title"`
	Authors   []string `json:"authors"`
	Published string   `json:"published"`
	// Updated is checked only where a set's expected record names it
	// (the sets before DS left it unstated).
	Updated   string   `json:"updated"`
	Dateline  string   `json:"dateline"`
	Related   []string `json:"related"`
	Copyright string   `json:"copyright"`
	Caption   string   `json:"caption"`
	Credit    string   `json:"credit"`
	Text      string   `json:"text"`
	// PageType, where a set names it, is the page's type; a page that is
	// not an article ("listing") is checked for its type, title, authors
	// (none) and rights line only: its body, dates and links are not an
	// article's fields.
	PageType string `json:"page_type"`
}

// knownFailures are page fields akhbar still gets wrong, with the reason.
// The test fails when one of them comes out right (take it off the list)
// as when any other field is wrong.
var knownFailures = map[string]string{}

// TestScheduledLanguages cleans seed-shaped pages in the 22 scheduled
// languages (both scripts of Kashmiri, Manipuri and Sindhi) and Indian
// English, three header styles each (testdata/scheduled, written by its
// make.py from the lexicon's own words), and checks every field. Subtests
// are named language/style.
func TestScheduledLanguages(t *testing.T) {
	runScheduledSet(t, "testdata/scheduled", 78, knownFailures)
}

// freshSets are the sets of seed-shaped pages written after the first
// (each by its folder's make.py, from news sites' wording rather than the
// lexicon's), in the order they were written: D, E, F, then one style
// each, every one written after the fixes the ones before it led to and
// run once before any fix of its own (its BEFORE.log; FIGURES.md in
// scheduled2 lists them). known lists the page/field pairs still wrong.
var freshSets = []struct {
	dir, what string
	minPages  int
	known     map[string]string
}{
	{"scheduled2", "D, E, F: label after the name, updated lines, two authors, native digits, relative minutes, " +
		"night times, agency datelines, rights lines without ©", 78, nil},
	{"scheduled3", "G: 'label: name, place', month-first am/pm times, '(file photo)', related heading and list", 26, nil},
	{"scheduled4", "H: masthead line, English 'Published at', credit on its own line, 'also read 👉', tags line", 26, nil},
	{"scheduled5", "I: share bar, native-digit night times, '(photo: agency)', 'place।' datelines", 26, nil},
	{"scheduled6", "J: English SEO tail, byline and numeric date on one line, 'Image Credit:', sub-heading", 26, nil},
	{"scheduled7", "K: kicker, question headline, 'First Published'/'Last Updated', '(PTI Photo)'", 26, nil},
	{"scheduled8", "L: '1 day ago' in each language, '… — PTI' captions, 'place •' datelines", 26, nil},
	{"scheduled9", "M: 'Reported By:', native digits with 'pm', 'caption | agency', numeric dateline, '👉 also read'", 26, nil},
	{"scheduled10", "N: weekday and bar in the date, 'label name, place', 'caption. photo: agency', ANI datelines, " +
		"bulleted related links under a bare 'also read', '(c)'", 26, nil},
	{"scheduled11", "O: 'section | place', 'place: ‘quote’' headline, updated before published, agency after the " +
		"byline's name, '| Photo Credit :', English 'Also Read:', '© site'", 26, nil},
	{"scheduled12", "P: four-part breadcrumb, date then byline on one line, '(credit: agency)' on the line after the " +
		"caption, 'also read' after the last paragraph", 26, nil},
	{"scheduled13", "Q: logo alt text, numeric date with 'hrs IST', alt text then caption, 'also read :-', " +
		"rights before ©", 26, nil},
	{"scheduled14", "R: dotted times, 'label name, agency', '(Photo: agency)', 'place, 3 July —', one bulleted link " +
		"under a bare 'also read', 'site © 2024'", 26, nil},
	{"scheduled15", "S: standfirst under the title, an updated line above an unlabelled 'name | place | published: " +
		"date' line, 'Image Source : agency' under the caption, 'role, place:' datelines, a numbered related list, " +
		"'© 2012-2024 site'", 26, nil},
	{"scheduled16", "T: English 'Edited By:' and 'Published: Wed, 03 Jul 2024 10:30 PM (IST)' lines, 'Listen to this " +
		"article', '(Photo: Social Media)', agency datelines without a colon, 'also read | title', '© site 2024-2025'", 26, nil},
	{"scheduled17", "U: 'label name • 3 min read', ISO published date, 'caption / agency', 'place :-' datelines, a WhatsApp " +
		"line, 'Related News' over '►' headlines, 'copyright year © site' in native digits", 26, nil},
	{"scheduled18", "V: 'title | site', 'label A and B | place', weekday and native digits with a bar before the time, " +
		"a '1/5' gallery counter, '(photo courtesy: agency)', 'place, 3 July (agency) –', 'also read → title', " +
		"'rights | © site 2024'", 26, nil},
	{"scheduled19", "W: masthead, the author's name alone over the published line, '| photo: agency', 'place:', " +
		"'also read: title', a footer of links before '© 2024 site' in native digits", 26, nil},
	{"scheduled20", "X: 'label: name' over a relative time on the next line, the agency after a long dash on the line under " +
		"the caption, a related heading in the language over '- ' headlines, a 'Powered by' tail after the rights", 26, nil},
	{"scheduled21", "Y: 'You are here:' breadcrumb, the second byline and published labels, native-digit agency datelines, " +
		"a second caption between paragraphs, 'also read - title', '© site, 2024' in native digits", 26, nil},
	{"scheduled22", "Z: 'Follow @handle' under the byline, a day-first numeric date ('03/07/2024 10:30 AM IST'), " +
		"a 'Watch Video' line between paragraphs", 26, nil},
	{"scheduled23", "AA: the published time as 'yesterday, 10:30 PM IST' with the language's word for yesterday", 26, nil},
	{"scheduled24", "AB: a breadcrumb a part a line, 'name / site' with no label, the published and updated labels each " +
		"alone over their date, font-size buttons", 26, nil},
	{"scheduled25", "AC: the place alone over ', weekday, 03 July 2024 (10:30 IST)', '[photo: agency]' captions, " +
		"'also read : title'", 26, nil},
	{"scheduled26", "AD: a WordPress theme: 'Menu', 'name   July 3, 2024   10:30 AM   No Comments', a share plugin's " +
		"buttons, a related-posts plugin's headline, date and 'In \"section\"', 'Copyright by site 2024'", 26,
		knownSome("AD", "related", "the related headline ends in a Latin I typed for the danda (the sentence's own "+
			"mark; the other languages' headlines lost theirs), so it reads as a sentence, which a headline never ends "+
			"in (TestIDandas)", "sat_Olck")},
	{"scheduled27", "AE: three authors, the time before the date ('10:30 AM IST, 03 July 2024'), a hashtag line " +
		"after the body", 26, nil},
	{"scheduled28", "AF: 'name  |  First Published 3, Jul 2024, 10:30 AM IST', a 'Highlights' summary, " +
		"'place[July.3]:' datelines", 26, nil},
	{"scheduled29", "AG: a kicker over the headline, 'Reported by: A, Edited by: B | updated month DD, 2024 10:30 am IST', " +
		"'Read Time: 3 mins', wire datelines 'place, July 3 (agency) text'", 26,
		knownSome("AG", "title", "the learned headline picker (clean/models/dump-title.gbdt) takes the label line "+
			"'Read Time: 3 mins' over the Urdu headline; a label with a short figure is how many of the dump "+
			"set's headlines are shaped, so such lines stay the model's to weigh (clean.menuLine)", "urd")},
	{"scheduled30", "AH: a 'LIVE' badge over the headline, 'label name' over 'updated 3 hours ago' in the language's words " +
		"and digits, 'also read ➤ title'", 26, nil},
	{"scheduled31", "AI: the name and the designation alone a line each, 'published - month DD, 2024 10:30 am IST - " +
		"PLACE', '| photo: agency', a related heading over two bare headlines", 26, nil},
	{"scheduled32", "AJ: a photo story: three '1 / 3' counters each over a caption, the text between them", 26, nil},
	{"scheduled33", "AK: 'site, place' over 'Published by: name Updated Wed, 03 Jul 2024 10:30 AM IST', the language's " +
		"advertisement label between paragraphs", 26, nil},
	{"scheduled34", "AL: 'label name|Last Updated: Jul 03, 2024, 10:30 AM IST|Source: agency' with no spaces at the bars, " +
		"'place ∙' datelines", 26, nil},
	{"scheduled35", "AM: the name alone over 'place, 03 July 2024, (updated 03 July 2024, 11:45 AM IST)': the dateline " +
		"and a published day without its time in the header", 26, nil},
	{"scheduled36", "AN: 'updated day 11:45 | published day 10:30' on one line, updated first and no zone, the credit on " +
		"the line under the caption", 26, nil},
	{"scheduled37", "AO: 'place 3 hours ago' over 'label name', a 'Copy Link' button, '(file photo)', the header's place " +
		"as the dateline, 'Copyright © 2024-25 site'", 26, nil},
	{"scheduled38", "AP: 'label name' over 'Jul 3 2024 10:30AM', the second to fourth paragraphs numbered '1. '", 26, nil},
	{"scheduled39", "AQ: a comments heading with its count in the language over a reader's name and comment after the body",
		26, nil},
	{"scheduled40", "AR: the name alone over '3 July, 2024 10:30 am IST' (a comma after the month), 'Text Size: A- A+' " +
		"and 'Follow Us :' lines", 26, nil},
	{"scheduled41", "AS: 'label A Edited By: B updated Wed, 03 Jul 2024 10:30 AM (IST)' on one line, no separator", 26, nil},
	{"scheduled42", "AT: the name alone over 'place,updated Jul 3, 2024 10:30 IST', the place glued to the label, " +
		"no dateline in the body", 26, nil},
	{"scheduled43", "AU: 'Written by A' over 'place | updated July 03, 2024 10:30 IST' (no dateline in the body), " +
		"'Story continues below this ad' between paragraphs", 26, nil},
	{"scheduled44", "AV: labels with a spaced colon ('label : name', 'published : 03-07-2024 10:30 IST', 'place :')",
		26, nil},
	{"scheduled45", "AW: a 'Breaking News' ticker over another story's headline and a 'Trending:' bar above the " +
		"breadcrumb", 26, nil},
	{"scheduled46", "AX: 'home › section › title' (the breadcrumb ends with the headline), 'label name ∙ published " +
		"03 July 2024 10:30 AM IST' on one line", 26, nil},
	{"scheduled47", "AY: an AMP dump: the title first, 'Advertisement' between paragraphs, 'label A and B' over " +
		"'updated 45 minutes ago'", 26, nil},
	{"scheduled48", "AZ: the published line in the language's digits with the weekday above the title, the byline " +
		"under it", 26, nil},
	{"scheduled49", "BA: the lead photo's caption above the title, 'published 03 July 2024 10:30 IST | updated 45 " +
		"minutes ago'", 26, nil},
	{"scheduled50", "BB: an English 'By:' over two authors joined by the language's 'and' and the place ('By: A and B, " +
		"place'), 'Last Updated: 03 Jul 2024, 10:30 AM IST', '(Image: agency)'", 26, nil},
	{"scheduled51", "BC: the byline alone after the article's last paragraph", 26, nil},
	{"scheduled52", "BD: the masthead's date bar (today's day, no time) above the site's name and the breadcrumb", 26, nil},
	{"scheduled53", "BE: a related story's card between paragraphs: the 'also read' word, the headline, the story's day, " +
		"a line each", 26, nil},
	{"scheduled54", "BF: the writer's e-mail under the byline, 'Listen to this article' over the player's '00:00 / " +
		"03:45'", 26, nil},
	{"scheduled55", "BG: 'label name | Updated: 45 min ago' (English short units)", 26, nil},
	{"scheduled56", "BH: the document's 'title | site' printed above the breadcrumb and the bare headline", 26, nil},
	{"scheduled57", "BI: 'label name (place)', the reporter's place in brackets", 26, nil},
	{"scheduled58", "BJ: two reporters, each under its own label on a line of its own", 26,
		knownSome("BJ", "author", "the learned byline picker of text dumps takes the second reporter alone over "+
			"the rules' reading of both lines (a reading from two lines has no line of its own to be weighed by)", "eng")},
	{"scheduled59", "BK: 'name | role', no label", 26, nil},
	{"scheduled60", "BL: 'updated 3 hours ago | published 03 July 2024 08:15 IST', the relative time first", 26, nil},
	{"scheduled61", "BM: the headline wrapped over two lines with no blank line between", 26, nil},
	{"scheduled62", "BN: a browser's reader-mode copy: the site's name over the headline, the writer's bare name over " +
		"'4–5 minutes', no footer", 26, nil},
	{"scheduled63", "BO: an e-paper clip: 'site | place | Page 3' over the edition's day, no time, no related link, " +
		"no footer", 26, nil},
	{"scheduled64", "BP: an interview: turns opened by the interviewer's and the guest's full names and a colon", 26, nil},
	{"scheduled65", "BQ: 'EXCLUSIVE | title' (a label glued before the headline), 'label A | Edited by B', 'Last updated on: " +
		"03 July 2024, 10:30 IST', '(With inputs from agency)' as the last paragraph", 26, nil},
	{"scheduled66", "BR: a live blog: entries newest first, each under its time alone on a line ('11:40 IST')", 26, nil},
	{"scheduled67", "BS: a paywall: a 'Premium' badge over the headline, two paragraphs, then the subscription wall's " +
		"lines", 26, nil},
	{"scheduled68", "BT: '1.2K Shares | 36 Comments' under the published line, 'Read more at: address' after the " +
		"last paragraph", 26, nil},
	{"scheduled69", "BU: 'First published on: 03-07-2024 at 10:30 IST', a 'Story Highlights' heading over two '• ' " +
		"points", 26, nil},
	{"scheduled70", "BV: 'Story continues below this ad' and a pull quote (a sentence of the next paragraph in quotation " +
		"marks) between paragraphs", 26, nil},
	{"scheduled71", "BW: an 'About the Author' box after the body: the heading, the name, 'role, site'", 26, nil},
	{"scheduled72", "BX: no-break spaces between the header's labels and values, the date between left-to-right marks",
		26, nil},
	{"scheduled73", "BY: a live page's entries under English stamps with the day ('Jul 03, 2024 11:40 IST'), a 'Live " +
		"Updates' heading", 26, nil},
	{"scheduled74", "BZ: 'place (03 July):' datelines in the language's month and digits, 'label name | Updated: 2 hrs " +
		"ago'", 26, nil},
	{"scheduled75", "CA: a gallery's English counters ('Photo 1 of 3') each over a caption, the text between them",
		26, nil},
	{"scheduled76", "CB: an English 'Disclaimer: The views expressed above are the author's own …' line after the body",
		26, nil},
	{"scheduled77", "CC: 'label name' over an English 'Translated by: name2' line", 26, nil},
	{"scheduled78", "CD: an aggregator's copy: the source's name over the title, 'Story by name • 2h • 3 min read'",
		26, nil},
	{"scheduled79", "CE: the lead picture's caption right under the headline, the byline and date under it", 26, nil},
	{"scheduled80", "CF: an English 'This article appeared in the print edition of July 04, 2024.' after the body",
		26, nil},
	{"scheduled81", "CG: a crawler's dump: one item a line, no blank line anywhere", 26, nil},
	{"scheduled82", "CH: 'Curated by: name | Updated: Jul 03, 2024, 10:30 IST', the only byline", 26, nil},
	{"scheduled83", "CI: 'Published: Wednesday, July 3, 2024, 10:30 [IST]', the zone in square brackets", 26, nil},
	{"scheduled84", "CJ: a video player between paragraphs: 'Watch Video', '00:00 / 02:45', 'Video: agency'", 26, nil},
	{"scheduled85", "CK: a lynx dump: links numbered '[3]name', the numbered addresses under 'References' at the end",
		26, nil},
	{"scheduled86", "CL: 'ALSO READ | title' in capitals with a bar, an English 'Representative image (photo: agency)' caption",
		26, nil},
	{"scheduled87", "CM: a 'Top Stories' box of three other headlines printed before the breadcrumb", 26, nil},
	{"scheduled88", "CN: a header centred and right-aligned with leading spaces", 26, nil},
	{"scheduled89", "CO: a Markdown dump: '# title', '**label name**', '![](…)' over '_caption_', '**place:**', " +
		"'also read: [title](…)'", 26, nil},
	{"scheduled90", "CP: a 'Most Read' box of three headlines glued under its heading between paragraphs", 26,
		knownAll("CP", "related", "the 'Most Read' box's three headlines are read as the story's related links: the "+
			"language table lists 'most read' as a related-list heading on purpose (a list of other stories), which "+
			"this style's expectation does not follow; left as it is")},
	{"scheduled91", "CQ: 'Last Modified: 03.07.2024 | 10:30', the only date, no zone on the page", 26, nil},
	{"scheduled92", "CR: a second picture's caption with its credit between paragraphs", 26, nil},
	{"scheduled93", "CS: no byline above, the column signed '— name' after the last paragraph", 26, nil},
	{"scheduled94", "CT: a press release reprinted as a story, its English contact block ('For more details contact:', a " +
		"second name, 'Tel:', 'Email:') after the last paragraph", 26, nil},
	{"scheduled95", "CU: the first page of a story split over two, 'Page 1 of 2' over '« Previous  1  2  Next »' under the " +
		"last paragraph", 26, nil},
	{"scheduled96", "CV: two reporters in two places, 'label A, place and B, New Delhi' ('By A in place and B in New Delhi')",
		26, nil},
	{"scheduled97", "CW: a match report, the scorecard widget's English strip ('IND 245/6 (50 ov)', 'AUS 240 (49.2 ov)', " +
		"'India won by 5 runs') between the published line and the caption", 26, nil},
	{"scheduled98", "CX: a network's edition switcher, twelve editions' names in their own scripts joined by ' | ', " +
		"on the first line", 26, nil},
	{"scheduled99", "CY: the site's name over a weather widget 'place 32°C | AQI 156' above the breadcrumb", 26, nil},
	{"scheduled100", "CZ: an explainer, '1. question?' and '2. question?' over their answers after the first paragraph",
		26, nil},
	{"scheduled101", "DA: a reader poll between paragraphs, glued lines 'POLL', the question, 'Yes', 'No', \"Can't say\", " +
		"'Vote'", 26, nil},
	{"scheduled102", "DB: a market ticker 'Sensex 79,476.19 ▲ 391.26 (0.49%) | Nifty … | Gold ₹72,150 ▼ 0.2%' on the " +
		"first line", 26, nil},
	{"scheduled103", "DC: an English 'Correction: An earlier version of this article misstated … The error is regretted.' " +
		"note after the last paragraph", 26, nil},
	{"scheduled104", "DD: a printer-friendly copy: 'Print this page' over the story's address, the site's name, no caption " +
		"or related link, 'Printed from www.example.in' under the rights", 26, nil},
	{"scheduled105", "DE: the second page of a story split over two: '« Previous  1  2' over 'Page 2 of 2' and '(Continued " +
		"from page 1)' above the text, no dateline, no picture", 26, map[string]string{
		"kas_Arab_DE/related": "the FLORES Kashmiri line opens with an Urdu full stop '۔', which the link's trim takes off and the " +
			"expectation keeps"}},
	{"scheduled106", "DF: a news channel's live-TV bar, 'LIVE TV' over '▶ Watch site live | Schedule', on the first lines and " +
		"'▶ Watch live: site 24x7' under the last paragraph", 26, knownSome("DF", "related", "the player's '▶ Watch live: site 24x7' is read "+
		"as a second related link; the site's one-word name is not looked for in it (TestDropSelfLinks)",
		"mar", "san", "snd_Deva", "tam")},
	{"scheduled107", "DG: a results widget inside the story after the second paragraph: 'Maharashtra Election Results 2024 " +
		"(288/288)', 'Party | Won | Leading | Total', three alliance rows, 'Source: ECI', glued", 26, nil},
	{"scheduled108", "DH: partner content: an English 'PARTNER CONTENT' badge over the title and '(This is a partner content. " +
		"The article was not written by our newsroom, …)' under the last paragraph", 26,
		knownSome("DH", "title", "the badge is glued before a four-word headline and read with it as the title", "kok")},
	{"scheduled109", "DI: an agency's embedded X post between paragraphs: its English text ending in 'pic.twitter.com/…' " +
		"over '— ANI (@ANI) July 3, 2024', glued", 26, nil},
	{"scheduled110", "DJ: a fact-check's claim-review box under the text: 'Claim Review : claim', 'Claimed By : Social " +
		"Media Users', 'Fact Check : False', glued, English labels", 26, nil},
	{"scheduled111", "DK: the day in the region's own calendar (a samvat's tithi, the Bengali or Kollam year's day, the " +
		"Hijri date) glued under the published line", 26, nil},
	{"scheduled112", "DL: a machine-made summary box over the story, glued: 'Quick Reads', 'Summary is AI-generated, " +
		"newsroom-reviewed.', three '• ' points in the language", 26, nil},
	{"scheduled113", "DM: 'Add as a preferred source on Google' alone between the published line and the caption", 26, nil},
	{"scheduled114", "DN: an Instagram post embedded with no caption between paragraphs: 'View this post on Instagram' " +
		"over 'A post shared by name (@handle)', glued", 26, nil},
	{"scheduled115", "DO: HTML pages as the sites send them: '<title>headline | site</title>', og tags, JSON-LD " +
		"NewsArticle on some, a menu, a breadcrumb list, <h1>, a byline element, <time datetime> or a visible " +
		"published line, <figure> with '(photo: agency)' in <figcaption>, an 'also read' link paragraph in the " +
		"body, a related-stories <aside>, a footer with the rights line", 26, nil},
	{"scheduled116", "DP: a legacy CMS's page laid out in tables: only '<title>headline - site</title>' in the head (no og, " +
		"JSON-LD or published meta), the headline in a <span> or <div>, the byline and a published line with no zone " +
		"(the language's digits on half), a share bar, the caption in a <div> under an <img>, the body as text " +
		"between <br><br> or one <div> a paragraph, an 'also read' box of two links after the second paragraph, " +
		"comments, a 'Trending' column, a footer table with the rights line", 26, merge(
		knownSome("DP", "body", "the learned page-type model calls the page a forum (the comments) or a listing, never "+
			"an article, so the article's refinements (the headline, byline, captions and link lists out of the body) "+
			"do not run; typed an article, the published line and the caption <div> would still be body (the learned "+
			"block model keeps them) (a model change)", notEng...),
		knownAll("DP", "caption", "no <figcaption>: the HTML path reads captions from <figcaption> only, and the "+
			"caption <div> under the <img> stays in the body, typed a forum, a listing or (tried) an article"),
		knownSome("DP", "dateline", "the body opens with the headline and the story cell's furniture, the page "+
			"being typed a forum or a listing (a model change)", notEng...),
		knownSome("DP", "related", "the also-read box stays in the body, the page being typed a forum or a listing "+
			"(a model change)", "ben", "brx", "doi", "guj", "kan", "mai", "mar", "mni_Mtei", "ory", "san", "snd_Arab",
			"tam", "urd"))},
	{"scheduled117", "DQ: AMP pages: <html ⚡>, the AMP scripts and boilerplate, JSON-LD NewsArticle whose author is the " +
		"site (an Organization, 'Web Desk', or a Person named as the site), no og or article meta; <amp-analytics>, " +
		"an <amp-img> logo, an <amp-sidebar> menu, <h1>, a visible byline naming the writer, a published line, " +
		"<amp-social-share> buttons, a <figure> with <amp-img> and '(photo: agency)' in <figcaption>, an <amp-ad> " +
		"after the second paragraph, an 'also read' link paragraph after the third, an <amp-embed> widget, a " +
		"related box, a footer with the rights line", 26, knownSome("DQ", "body", "the block model keeps the related "+
		"box's heading as the body's last paragraph (the models retrained with streamed pages read, a model change)",
		"san")},
	{"scheduled118", "DR: HTML pages whose time is shown only as an age in the language ('2 hours ago', '45 minutes " +
		"ago' updated on some), no machine-readable date anywhere (no JSON-LD date, article:published_time or <time " +
		"datetime>); a labelled 'published | updated' line, an unlabelled age after the byline, or the updated age " +
		"before the published one in a <time> without datetime; otherwise as DO", 26, nil},
	{"scheduled119", "DS: live blogs: 'LIVE: headline' (or a native live badge, or 'LIVE' in the <h1>), a byline, " +
		"published and updated lines with the language's month, a share bar and 'Refresh', a 'Key events' list of " +
		"links into the page, seven updates newest first each a time alone in its own element ('16:45 IST' or '4:45 " +
		"PM') over one or two paragraphs, 'Load more', a related aside, the rights line; JSON-LD LiveBlogPosting with " +
		"the updates on a third, published/modified meta on a third", 26,
		knownAll("DS", "body", "the key-events links and the updates' bare times ('16:45 IST', '4:45 PM') are kept "+
			"in the body, the links as its first paragraphs, each time as a paragraph of its own")},
	{"scheduled120", "DT: photo galleries: 'PHOTOS: headline' (or 'In Pics:' in <title>), a byline, a published line " +
		"with the language's month, a share bar, a short standfirst (a <p>, an <h2> or a <div>), six slides each a " +
		"<figure> with the caption as the <img> alt and in the <figcaption> with its credit, a '1 / 6' counter beside " +
		"it (in the language's digits on a third, inside the figcaption on a third), previous/next gallery links, a " +
		"'more galleries' aside, the rights line; JSON-LD ImageGallery on a third", 26, merge(
		knownSome("DT", "caption", "a caption of full sentences before a <span> credit with an unbracketed label "+
			"loses its last full stop with the separator (splitCredit); keeping it changed 20 kit captions, which no "+
			"measured figure reads", "eng", "kan", "kok", "mar"),
		knownSome("DT", "body", "the FLORES Sanskrit caption ends in ' |' (a bar typed for the danda), which the "+
			"credit split reads as the separator before the label", "san"))},
	{"scheduled121", "DU: opinion columns: an 'Opinion' kicker over the <h1> or 'Opinion |' before the headline in " +
		"<title> and og:title, the columnist's byline or an author card (photo, name, role), a published line, a " +
		"lead figure with '(photo: agency)', six paragraphs with no dateline, an English disclaimer ('Disclaimer: " +
		"The views expressed are the author's own.', 'Views are personal.' in <em>, '(Views expressed are " +
		"personal)'), an author box (photo, name, 'role, site'), a 'More from the author' list, the rights line; " +
		"JSON-LD OpinionNewsArticle on a third", 26, nil},
	{"scheduled122", "DV: wire copy from a syndicated feed: the agency as the only byline (a link, 'label agency' or a " +
		"<span>), a published line, a 'Key highlights' box of three points over the story (the language's heading " +
		"where the table has one, else English), a lead figure, six paragraphs the first opened by 'place, 3 month " +
		"(agency)', the site's English syndication disclaimer in brackets (in Hindi on the Hindi page), a related " +
		"aside, the rights line; JSON-LD NewsArticle with the agency as an Organization author on a third", 26, nil},
	{"scheduled123", "DW: social embeds: the site's X post (blockquote twitter-tweet: the text in the language with " +
		"'pic.twitter.com/…', '— site (@handle) July 3, 2024') after the second paragraph, a WhatsApp-channel promotion " +
		"after the third, a YouTube <iframe> and/or the Instagram embed ('View this post on Instagram', 'A post shared " +
		"by site (@handle)') after the fourth, a 'Follow us on' box after the fifth; otherwise as DO", 26, nil},
	{"scheduled124", "DX: readers' comments under the article: a heading with the count ('heading (4)' in the language " +
		"or '4 Comments'), 'Post a comment' or 'Login to comment', four comments each a name (the first the page's " +
		"second author), an age ('2 hours ago', '45 minutes ago' in the language, 'just now', '1 day ago') and the " +
		"text with 'Reply · Like · Report', 'Load more comments'; inside the <article>, in a <section> after it, or " +
		"in a widget's nested <div>s; otherwise as DO", 26, nil},
	{"scheduled125", "DY: an article that is largely a data table: two paragraphs, a table of eleven rows (Lok Sabha " +
		"seats by year, a header row 'year | BJP | INC' with CLDR's word for year) with its caption, two paragraphs; the " +
		"table with <caption> and <thead>, in a bordered <table> with a <th> row in its <tbody>, or in a block editor's " +
		"<figure class=\"wp-block-table\"> with <td><strong> headers, a <figcaption> after it and the language's digits; " +
		"the text holds each row as a paragraph, its cells joined by ' | '; otherwise as DO", 26,
		knownAll("DY", "page", "--quality default rejects the page (terminal_line_frac < 0.2): each table cell "+
			"comes out a paragraph of its own, a run of short lines with no sentence end; the rules that join a row's "+
			"cells and leave rows out of the line rules (branches htmlindic8, tables13) change the training blocks of "+
			"the rankers and the HTML block model: retrained, no gain beyond noise (README, DY)")},
	{"scheduled126", "DZ: a crawler's text dump whose furniture is in the page's language: the share word alone under " +
		"the date line ('शेयर करें'), a 'key highlights' heading glued over three points above the body, 'follow us' " +
		"alone under it, and the comment box's three glued lines ('4 टिप्पणियाँ', 'टिप्पणी लिखें', 'लॉग इन करें'); " +
		"otherwise as DJ without the claim box", 26, nil},
	{"scheduled127", "EA: an HTML article whose header and widgets speak the language: the agency in the script after " +
		"the byline ('| पीटीआई', ', पीटीआई') or alone under it, a native 'updated' label with '03 month 2024, 16:45 " +
		"IST' beside the published line, a native share bar, a 'follow us' box, a comment box with a native heading, " +
		"'write a comment' label and 'log in' link; otherwise as DX without the comments", 26, nil},
	{"scheduled128", "EB: a crawler's text dump whose header gives the time only in the language's words: '03 month " +
		"2024, ' then a part of the day, a 12-hour clock and the hour word ('सुबह 9:15 बजे', 'ಮಧ್ಯಾಹ್ನ 1:20ಕ್ಕೆ', " +
		"English '16:50 hrs'), no zone, no label; under it the bare updated word with an age ('अपडेट किया गया 25 मिनट " +
		"पहले'); an 'Advertisement' line and a longer 'download our app' line in the language between paragraphs; " +
		"otherwise as DZ without the widgets", 26, merge(
		knownSome("EB", "published", "a text dump with no address and no zone in the words of a language not "+
			"written in India alone (English; Sindhi in the Arabic script, Pakistan's too): the rule keeps the "+
			"day only, without a country (meta/times.go); the record written before the run said India, which "+
			"nothing on the page does", "eng", "snd_Arab"),
		knownSome("EB", "published", "Nepali with no address and no zone gets Nepal's zone (+05:45, flagged "+
			"zone-assumed): nothing on the page says India", "npi"))},
	{"scheduled129", "EC: an HTML article dated only by the header's bare published word and 'DD month YYYY, 10:30' " +
		"with no zone (native digits on two variants), a newsletter box in the language inside the body, and an " +
		"aside of related headlines each followed by its age ('yesterday', '3 hours ago', '5 hours ago' in the " +
		"language); no machine-readable date", 26, merge(
		knownSome("EC", "published", "Nepali on a .com site with no zone gets Nepal's zone (+05:45, flagged "+
			"zone-assumed): nothing on the page says India", "npi"),
		knownSome("EC", "page", "FLORES-200's Sanskrit line 247 repeats a twelve-word phrase: the page's "+
			"8-gram repeat fraction is 0.128, over --quality default's 0.12 (the filter does what it says)",
			"san"))},
	{"scheduled130", "ED: a Common Crawl WET file (a warcinfo record, then the page's conversion record, one gzip " +
		"member each; WARC-Date the crawl time) whose text has every text node on a line of its own and no blank " +
		"lines: menu, breadcrumb, headline, byline, a date line in the language ('पब्लिश्ड: 03 जुलाई 2024, 10:30 " +
		"IST', or with no label and no zone, or with the weekday), caption, four paragraphs with an also-read line, " +
		"the related-news heading with two headlines, the footer's links and copyright", 26, merge(
		knownSome("ED", "related", "the related headlines are FLORES lines of 33 to 43 words (200 to 240 letters: "+
			"the shortest of 200-231 in Kashmiri and Santali), prose by their length (a related list's item is a line of no prose; a headline has 30 words at most), "+
			"so the list under the heading keeps none of them and the record only the also-read title", "kas_Arab", "sat_Olck"),
		knownSome("ED", "body", "the body's segment runs through the related heading to the footer, and a "+
			"line of prose under the heading ends its list (an article's text goes on under a box of links "+
			"inside it): the 33-43-word headlines (see related) come out as the text's last paragraphs; "+
			"letting unpunctuated lines carry the list on would drop unpunctuated prose (Punjabi) after such a box",
			"kas_Arab", "sat_Olck"))},
	{"scheduled131", "EE: a news corpus's JSONL line (id, url on an .in site, title = the headline, authors, " +
		"published or date with a zone, without one or in UTC, text) whose text keeps the page's furniture one " +
		"paragraph a line: a share line in the language, the caption with its credit, an also-read line and the " +
		"copyright line around four paragraphs", 26, nil},
	{"scheduled132", "EF: the page rendered by a text browser, 80 columns wide: lynx -dump ('[3]name' links, " +
		"'[alt]' images, '* ' list items, 'References' with the numbered addresses at the end) for half the " +
		"languages, links -dump (no numbers, indented, '* ' items) for the other half; a menu, 'home › section', " +
		"the headline, 'label name', 'published-label 03 month 2024, 10:30 IST', the image's alt text and its " +
		"'caption (photo: agency)', four wrapped paragraphs with an also-read box (its heading over two '* ' " +
		"headlines) after the second, footer links and the rights line", 26, merge(
		knownSome("EF", "body", "the Dogri page (links, short paragraphs) has as many lines ending near 50 "+
			"columns as near its width of 80, and 50 wins: its wrapped lines are then long and each ends a "+
			"paragraph; a width rule that prefers fewer lines past it fixes it but moved other renderers' dumps "+
			"the wrong way (two of 1,184 rendered WCXB/ScrapingHub dumps lost, none gained)", "doi"),
		knownSome("EF", "caption", "the same: the caption's wrapped first line is a paragraph of its own", "doi"))},
	{"scheduled133", "EG: not an article: a section front as a crawler's dump, the site's name, the menu, " +
		"'home / section', the section's name as its heading, ten headlines each over its time ('45 minutes " +
		"ago' in the language, then '03 month 2024, 10:05 IST' …; the lead story with a one-sentence " +
		"standfirst), 'Load More', footer links, the rights line: page_type listing, title the section's name", 26,
		knownSome("EG", "author", "the learned byline picker of text dumps (meta/models/dump-author.gbdt) reads "+
			"the site's name, three capitalised words alone on the masthead line, as the writer of the English "+
			"front; such lines are names on most of the dump set's pages it learned from (the other languages' "+
			"fronts are in scripts without case, where the rules decide)", "eng")},
	{"scheduled134", "EH: an archived copy: the Wayback Machine's toolbar as text over the page, one item a line " +
		"('The Wayback Machine - https://web.archive.org/web/20240703061012/address', the address, 'Go', '1 " +
		"capture', '03 Jul 2024', 'JUN JUL AUG', '03', 'About this capture', 'COLLECTED BY', 'TIMESTAMPS'), then a " +
		"seed-shaped dump: site, breadcrumb, headline, 'label name', 'published-label 03 month 2024, 10:30 IST', " +
		"caption (photo: agency), four paragraphs with 'also read: title', the rights line", 26, nil},
	{"scheduled135", "EI: a news corpus's Parquet row (id, url on an .in site, title = the headline, date as a " +
		"string day, a DATE or a UTC TIMESTAMP, text), the text holding the page's header: the headline again, " +
		"'label name', 'published-label 03 month 2024, 10:30 IST', the caption, four paragraphs with 'also read: " +
		"title', the rights line", 26, nil},
	{"scheduled136", "EJ: a WordPress page with Yoast SEO's head: native og/article meta, twitter:data1, one JSON-LD " +
		"@graph whose NewsArticle names its two authors by @id (Person nodes with native names); visible: the " +
		"category link over the <h1>, 'A and B' with no label (the language's 'and'), the day only, a " +
		"wp-block-image figcaption 'caption (photo: agency)', four paragraphs, '<strong>also read:</strong> <a>', tags, " +
		"the rights line", 26, knownSome("EJ", "author", "the learned author model scores the two-writer candidate "+
		"the article's JSON-LD, the byline element and the site's byline agree on at 0.39-0.40, under its "+
		"0.409 threshold: its feature shown-len counts the byline block's bytes (144-150 for 48-50 Bengali, "+
		"Tamil or Telugu letters, an English paragraph's length); none is chosen, or the first writer alone "+
		"(counted in letters and retrained, all three right but held-out author -0.003: not kept)",
		"ben", "tam", "tel", "brx")},
	{"scheduled137", "EK: a dump whose dates are numeric, day first, in the language's digits, the clock too: " +
		"'published-label ০৩/০৭/২০২৪, ১০:৩০ IST' (slash, dot or hyphen) over 'updated-label ০৩/০৭/২০২৪, ১১:৪৫ " +
		"IST', '© ২০২৪ site. rights'", 26, nil},
	{"scheduled138", "EL: a print view saved as HTML: '<title>headline | site</title>', robots noindex and the canonical " +
		"address in the head and nothing else stated; the logo with 'Print' and 'Close', the headline (<h1> or <h2>), " +
		"'label name', no published line, a <figure> with 'caption (photo: agency)', four paragraphs, the rights line " +
		"and 'Story URL: address' or 'Printed from: address' on two thirds: the only date is the address's " +
		"(/2024/07/03/, /2024/jul/03/, -2024-07-03)", 26, merge(
		knownSome("EL", "body", "the block model keeps the rights line as the body's last paragraph (the models "+
			"retrained with streamed pages read, a model change)", "doi"),
		knownSome("EL", "copyright", "the rights line stays in the body (see body)", "doi"))},
	{"scheduled139", "EM: wire copy run verbatim, as a text dump: no byline, 'place, 03 month (agency)' opening the " +
		"first paragraph, the desk's slug under the last ('--agency' over 'rk/ps', 'agency RK PS', or 'agency " +
		"name name'), the caption after the first paragraph, 'also read: title' after the second, the rights line", 26, nil},
	{"scheduled140", "EN: an e-paper clip as text: 'site | place | 03 month 2024 | Page 5', the headline, 'label " +
		"name', the caption wrapped at spaces, four paragraphs wrapped at 32, 38 or 44 characters with words broken " +
		"by a hyphen at the line's end (between aksharas; at spaces only in the Arabic script), no related link, " +
		"no rights line", 26, nil},
}

// merge joins known-failure maps.
func merge(ms ...map[string]string) map[string]string {
	out := map[string]string{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

// knownSome marks field wrong on the pages of style in langs, for why.
func knownSome(style, field, why string, langs ...string) map[string]string {
	m := map[string]string{}
	for _, l := range langs {
		m[l+"_"+style+"/"+field] = why
	}
	return m
}

// knownAll marks field wrong on every page of a style, for why.
func knownAll(style, field, why string) map[string]string {
	m := map[string]string{}
	for _, l := range scheduledLangs {
		m[l+"_"+style+"/"+field] = why
	}
	return m
}

// scheduledLangs are the 26 language/script pairs of the page sets.
var scheduledLangs = []string{"asm", "ben", "brx", "doi", "eng", "guj", "hin", "kan", "kas_Arab", "kas_Deva", "kok", "mai",
	"mal", "mar", "mni_Beng", "mni_Mtei", "npi", "ory", "pan", "san", "sat_Olck", "snd_Arab", "snd_Deva", "tam", "tel", "urd"}

// notEng is every language/script pair but English.
var notEng = append(scheduledLangs[:4:4], scheduledLangs[5:]...)

// TestScheduledLanguagesFresh runs the fresh sets (freshSets), one subtest
// a set.
func TestScheduledLanguagesFresh(t *testing.T) {
	for _, set := range freshSets {
		t.Run(set.dir, func(t *testing.T) {
			t.Log(set.what)
			runScheduledSet(t, filepath.Join("testdata", set.dir), set.minPages, set.known)
		})
	}
}

// runScheduledSet cleans every page of dir named in its expected.json (at
// least minPages of them) and checks every field against it; known lists the page/field pairs still
// wrong (a field on it that comes out right fails the test too).
func runScheduledSet(t *testing.T, dir string, minPages int, known map[string]string) {
	runScheduledSetWith(t, dir, minPages, known, false)
}

// runScheduledSetWith is runScheduledSet; measure only logs what is wrong
// (the counts of pages right per field are the point), for sets read in
// another form than the one they were written for.
// It returns how many pages each field is right on, and the fields read.
func runScheduledSetWith(t *testing.T, dir string, minPages int, known map[string]string, measure bool) (map[string]int, []string) {
	data, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]scheduledExpect
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(want))
	for n := range want {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(names) < minPages {
		t.Fatalf("%d pages, want at least %d", len(names), minPages)
	}
	now := time.Date(2024, 7, 3, 12, 0, 0, 0, time.UTC)
	rules, err := quality.Preset("default")
	if err != nil {
		t.Fatal(err)
	}
	fields := []string{"body", "title", "author", "published", "dateline", "related", "copyright", "caption"}
	for _, w := range want {
		if w.Updated != "" {
			fields = append(fields, "updated")
			break
		}
	}
	for _, w := range want {
		if w.PageType != "" && w.PageType != "article" {
			fields = []string{"page_type", "title", "author", "copyright"}
			break
		}
	}
	right := map[string]int{}
	for _, name := range names {
		w := want[name]
		lang, style := name[:strings.LastIndexByte(name, '_')], name[strings.LastIndexByte(name, '_')+1:]
		t.Run(lang+"/"+style, func(t *testing.T) {
			fail := t.Errorf
			if measure {
				fail = t.Logf
			}
			d := pipeline.NewDoc(scheduledItem(t, dir, name))
			// --quality default must keep the page; known[name+"/page"]
			// says why a page it rejects still is (every field counts
			// as wrong).
			pageWhy, pageKnown := known[name+"/page"]
			for _, s := range Build(Config{Now: now, Quality: &rules}) {
				if err := s.Run(d); err != nil {
					if w.PageType != "" && w.PageType != "article" {
						// A page that is not an article may be
						// rejected by the filter: its record's
						// fields are still checked.
						t.Logf("%s: %v", s.Name, err)
						break
					}
					if pageKnown {
						t.Logf("%s: %v (known: %s)", s.Name, err, pageWhy)
						return
					}
					fail("%s: %v", s.Name, err)
					return
				}
			}
			if pageKnown {
				t.Errorf("the page is kept now: take it off the known failures")
			}
			r := d.Record
			if wl := scheduledLang(lang); r.Lang != wl {
				fail("lang = %s, want %s", r.Lang, wl)
			}
			w := normExpect(w)
			var related []string
			for _, x := range r.Related {
				related = append(related, x.Title)
			}
			var caption, credit string
			if len(r.Images) > 0 {
				caption, credit = r.Images[0].Caption, r.Images[0].Credit
			}
			authors := r.Authors
			if len(authors) == 0 && len(w.Authors) == 0 {
				authors = w.Authors // none either way
			}
			got := map[string][2]any{
				"page_type": {r.PageType, w.PageType},
				"body":      {r.Text, w.Text},
				"title":     {r.Title, w.Title},
				"author":    {authors, w.Authors},
				"published": {string(r.Published), w.Published},
				"updated":   {string(r.Updated), w.Updated},
				"dateline":  {r.Dateline, w.Dateline},
				"related":   {related, w.Related},
				"copyright": {r.Copyright, w.Copyright},
				"caption":   {[2]string{caption, credit}, [2]string{w.Caption, w.Credit}},
			}
			for _, f := range fields {
				ok := reflect.DeepEqual(got[f][0], got[f][1])
				if ok {
					right[f]++
				}
				switch why, isKnown := known[name+"/"+f]; {
				case ok && isKnown:
					t.Errorf("%s is right now: take it off the known failures", f)
				case !ok && isKnown:
					t.Logf("%s still wrong (known: %s)", f, why)
				case !ok:
					fail("%s = %q\nwant %q", f, got[f][0], got[f][1])
				}
			}
		})
	}
	var b strings.Builder
	for _, f := range fields {
		fmt.Fprintf(&b, " %s %d/%d", f, right[f], len(names))
	}
	t.Logf("pages right per field:%s", b.String())
	return right, fields
}

// scheduledItem reads a set's page name: a text dump (.txt), the page as
// a site sends it (.html, through the HTML extractor), or a container
// (.warc.wet.gz, .jsonl, .parquet) read as akhbar reads any input, by the source
// package, whose one page record is the page (records that are not pages,
// such as a WET file's warcinfo, are passed over as akhbar passes them).
func scheduledItem(t *testing.T, dir, name string) pipeline.Item {
	t.Helper()
	for _, ext := range []string{".warc.wet.gz", ".jsonl", ".parquet"} {
		path := filepath.Join(dir, name+ext)
		if _, err := os.Stat(path); err != nil {
			continue
		}
		var items []pipeline.Item
		err := source.Read(context.Background(), source.Input{Path: path}, source.Options{}, func(it pipeline.Item) error {
			if it.Skip == "" {
				items = append(items, it)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(items) != 1 {
			t.Fatalf("%s: %d page records, want 1", path, len(items))
		}
		if items[0].Err != nil {
			t.Fatalf("%s: %v", path, items[0].Err)
		}
		return items[0]
	}
	file, format := name+".txt", "text"
	if _, err := os.Stat(filepath.Join(dir, name+".html")); err == nil {
		file, format = name+".html", "html"
	}
	body, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		t.Fatal(err)
	}
	return pipeline.Item{ID: name, Source: pipeline.Source{Format: format, Path: file}, Body: body}
}

// scheduledLang is the label language ID gives a page of the file's
// language: Konkani is labelled as Goan Konkani (gom), the macrolanguage
// kok's member written on Goa's news sites.
func scheduledLang(lang string) string {
	switch lang {
	case "kok":
		return "gom_Deva"
	case "eng":
		return "eng_Latn"
	}
	if strings.Contains(lang, "_") {
		return lang
	}
	return map[string]string{"asm": "asm_Beng", "ben": "ben_Beng", "brx": "brx_Deva", "doi": "doi_Deva", "guj": "guj_Gujr",
		"hin": "hin_Deva", "kan": "kan_Knda", "mai": "mai_Deva", "mal": "mal_Mlym", "mar": "mar_Deva", "npi": "npi_Deva",
		"ory": "ory_Orya", "pan": "pan_Guru", "san": "san_Deva", "tam": "tam_Taml", "tel": "tel_Telu", "urd": "urd_Arab"}[lang]
}

// normExpect puts the expectations through the normalisation every line
// of a record goes through (clean.Line: NFC, joiners, spaces).
func normExpect(w scheduledExpect) scheduledExpect {
	w.Title, w.Dateline, w.Copyright = clean.Line(w.Title), clean.Line(w.Dateline), clean.Line(w.Copyright)
	w.Published, w.Caption, w.Credit = clean.Line(w.Published), clean.Line(w.Caption), clean.Line(w.Credit)
	for i := range w.Authors {
		w.Authors[i] = clean.Line(w.Authors[i])
	}
	w.Related = append([]string(nil), w.Related...)
	for i := range w.Related {
		w.Related[i] = clean.Line(w.Related[i])
	}
	paras := strings.Split(w.Text, "\n\n")
	for i := range paras {
		paras[i] = clean.Line(paras[i])
	}
	w.Text = strings.Join(paras, "\n\n")
	return w
}

// TestUnpunctuatedPage: a page of Punjabi paragraphs without sentence
// marks (FLORES dev sentences with the danda taken off) keeps its body
// and passes --quality default.
func TestUnpunctuatedPage(t *testing.T) {
	body, err := os.ReadFile("testdata/unpunctuated_pan.txt")
	if err != nil {
		t.Fatal(err)
	}
	rules, _ := quality.Preset("default")
	d := pipeline.NewDoc(pipeline.Item{ID: "pan", Source: pipeline.Source{Format: "text"}, Body: body})
	for _, s := range Build(Config{Quality: &rules}) {
		if err := s.Run(d); err != nil {
			t.Fatalf("%s: %v", s.Name, err)
		}
	}
	if n := strings.Count(d.Record.Text, "\n\n") + 1; d.Record.Text == "" || n < 5 {
		t.Errorf("body has %d paragraphs of 8: %q", n, d.Record.Text)
	}
}
