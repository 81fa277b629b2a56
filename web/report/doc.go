// Package report summarises a corpus into one self-contained HTML file:
// documents and tokens by language, site and section, publication dates,
// body lengths, the spans the cleaner removed by role and reason, reject
// reasons, quality-signal distributions and duplicate-cluster sizes, drawn
// with the Chart.js build embedded in the page (package web/assets), with
// the exact numbers in tables beside every chart.
//
// Aggregation streams: an Aggregator holds bounded state whatever the
// corpus size (see package web/internal/sketch), so a report of millions
// of records needs the memory of a few thousand. Where a bound forces an
// estimate (more distinct sites than it keeps, more duplicate clusters),
// the report says so beside the numbers.
//
// It is not an interactive browser of records: that is package web/serve.
package report
