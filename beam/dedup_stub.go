//go:build !akhbar_dedup

package beam

import (
	"errors"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// errNoDedup: package dedup is not on main yet; the dedup stages are in
// dedup.go behind the akhbar_dedup build tag until it is.
var errNoDedup = errors.New("dedup is not in this build (package dedup not merged yet)")

// Check reports options that cannot work.
func (o DedupOptions) Check() error { return errNoDedup }

// Dedup is a stand-in until package dedup is merged.
func Dedup(s beam.Scope, records beam.PCollection, o DedupOptions, shards int) (marks, stats beam.PCollection) {
	panic(errNoDedup)
}
