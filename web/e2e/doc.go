// Package e2e holds akhbar's end-to-end tests of its web pages in a real
// headless Chromium driven with chromedp: the report renders its charts
// with the right totals and no script errors, and the audit UI searches,
// filters and shows the seed page's repeated block linked to its original.
//
// The tests look for Chromium at /usr/bin/chromium (Debian's package;
// AKHBAR_CHROMIUM overrides) and skip when it is absent. With
// AKHBAR_SCREENSHOTS=DIR they also write the screenshots of docs/web.md.
//
// It has no code besides its tests.
package e2e
