// Package template learns each site's template — the menus, share lines,
// disclaimers, ads and footers that every page of a site carries — from
// the corpus itself, and marks those lines as boilerplate. It is for text
// dumps and other inputs without HTML structure, where no markup says what
// is navigation; one page alone cannot tell a menu from a short paragraph,
// but a site's pages together can.
//
// It works in two passes. A Learner observes every document's blocks and
// counts, per site, in how many documents each normalised line occurs
// (64-bit hashes, not strings, under a memory cap). Finish turns the
// counts into Templates: the lines that recur in enough of a site's
// documents. Apply then marks those lines, where no earlier step gave them
// another role, as boilerplate with reason "site-template" and, as
// evidence, the number of documents that carried them.
//
// A line's site is the host of the record's URL, else the record's Site,
// else the file-name prefix before "__" (as in crawler dumps named
// site__slug.txt), else the input's folder (see SiteOf). Nothing knows any
// particular site.
//
// Thresholds (Options) keep real text in: a line must recur in MinDocs
// documents and MinShare of the site's; a long line (more than LongWords
// words) must recur in LongMinDocs documents or LongMinShare of the site's,
// so that the paragraphs of one story saved a few times, or quoted in a
// follow-up, are not taken for a template. Lines are compared after NFC,
// lower-casing and with every run of digits as one digit, so "Page 3 of
// 12" and "© 2019" recur as templates should.
//
// It is not a per-page boilerplate classifier (package clean), and it does
// not compare documents with each other (package dedup).
package template
