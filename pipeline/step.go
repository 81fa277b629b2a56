package pipeline

import (
	"errors"
	"fmt"
)

// Step is one stage of the per-document pipeline. It fills in or changes
// the Doc. To reject the document it returns a *RejectError (use Rejectf);
// any other error is also a reject, with reason "error".
type Step struct {
	Name string
	Run  func(*Doc) error
}

// RejectError is the error a step returns to turn a document into a Reject.
type RejectError struct {
	Reason string
	Err    error
}

func (e *RejectError) Error() string { return e.Reason + ": " + e.Err.Error() }
func (e *RejectError) Unwrap() error { return e.Err }

// Rejectf returns a RejectError with a stable reason key and a detail.
func Rejectf(reason, format string, args ...any) error {
	return &RejectError{Reason: reason, Err: fmt.Errorf(format, args...)}
}

// RejectOf turns an error from a step into the Reject of the document.
func RejectOf(d *Doc, err error) Reject {
	reason := "error"
	var re *RejectError
	if errors.As(err, &re) {
		reason = re.Reason
	}
	return Reject{ID: d.Record.ID, Source: d.Record.Source, Reason: reason, Error: err.Error()}
}
