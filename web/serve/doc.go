// Package serve is the audit UI of "akhbar serve": an HTTP handler that
// browses and searches one or more indexed corpora (package web/index)
// and shows each record beside the raw input it came from, re-read from
// its source path with package source and split by the pipeline's own
// extract step, every removed line or block highlighted and labelled with
// its role and reason, and repeated spans linked to the span they repeat.
// The search page filters by fields, dates and quality thresholds and
// downloads its matches as JSONL (streamed, at most MaxDownload records);
// /rejects lists the corpus's rejects files by reason.
//
// Pages are rendered on the server with html/template (record text is
// escaped for its context) and sent with a Content-Security-Policy that
// allows no inline script and nothing from other origins; the styles and
// the little script they use are embedded in the binary.
//
// It is not a public web application: it has no authentication and is
// meant to listen on the loopback address of the machine that holds the
// corpus.
package serve
