// Package dpbench compares package dates with go-dateparser, the Go port
// of Python dateparser, on the same lines. It is a separate module so that
// akhbar itself does not depend on go-dateparser (11 MB of binary, a wasm
// regex engine and ~1 ms per string); run it with
//
//	cd dates/internal/dpbench && go test -bench . -run Compare -v
package dpbench
