package pipeline

import "context"

// Context is the context of the item the document is made of. The runner
// cancels it when it abandons the item (ItemTimeout) or the run stops; it
// checks it between steps, and a step that may run long (a parse of a
// hostile page) can check it at its own checkpoints and return early. It
// is never nil: a document not run by a Runner gets context.Background.
func (d *Doc) Context() context.Context {
	if d.ctx == nil {
		return context.Background()
	}
	return d.ctx
}

// WithContext sets the context Context returns, for callers that run steps
// outside a Runner.
func (d *Doc) WithContext(ctx context.Context) *Doc {
	d.ctx = ctx
	return d
}
