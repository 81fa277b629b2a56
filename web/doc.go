// Package web is where akhbar lets people look at a corpus: the
// self-contained HTML report of "akhbar report" (package web/report) and
// the audit server of "akhbar serve" (package web/serve), which browses
// and searches records through an on-disk index (package web/index) and
// shows each record beside the raw input it came from, every removed span
// labelled with its role and reason.
//
// Both read corpora through package web/corpus, so a new corpus format
// (Parquet) is one reader registered there. Everything a page needs
// (Chart.js, styles, scripts) is embedded from package web/assets: nothing
// is fetched from the network when a page is viewed.
//
// It is not where records are made or changed; it only reads them.
package web
