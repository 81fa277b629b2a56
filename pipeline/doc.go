// Package pipeline holds what every step of akhbar shares: the output
// Record and Reject, the in-flight Doc with its blocks and their roles, the
// Step contract, the run Stats, and the local runner that schedules steps
// over a stream of items.
//
// Steps are plain functions over a *Doc so that the local runner and the
// Beam runner call the same code. A step reports a document it cannot or
// will not keep by returning a *RejectError carrying a reason; the runner
// routes it to the rejects and counts it, so nothing is dropped silently.
//
// It is not the place for any one step's logic: extraction, cleaning,
// metadata, language and the rest live in their own packages.
package pipeline
