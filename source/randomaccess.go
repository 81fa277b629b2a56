package source

import (
	"io"
	"os"

	"github.com/akhbar/akhbar/internal/xio"
	"github.com/akhbar/akhbar/pipeline"
)

// maxCopy bounds the temporary copy of a stream that needs random access:
// a hundred and twenty-eight pages' worth at the item limit (4 GiB by
// default).
func maxCopy(o Options) int64 { return 128 * o.maxItem() }

// randomAccess gives random access to an input whose index is at its end
// (Parquet, zip): a regular uncompressed file is opened again by its path;
// anything else (stdin, a compressed file, object storage) is first copied
// to an unlinked temporary file, up to maxCopy. done releases it.
func randomAccess(s *stream, in Input, o Options, kind string) (io.ReaderAt, int64, func(), error) {
	if s.comp == xio.None && in.Path != "-" && !in.Stream {
		if f, err := OpenFile(in.Path); err == nil {
			if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
				return f, st.Size(), func() { f.Close() }, nil
			}
			f.Close()
		}
	}
	tmp, err := os.CreateTemp("", "akhbar-copy-*")
	if err != nil {
		return nil, 0, nil, pipeline.Rejectf("read", "%s: a temporary copy of the %s stream: %v", in.Path, kind, err)
	}
	// Unlinked at once: the copy goes when it is closed, even by a kill.
	os.Remove(tmp.Name())
	max := maxCopy(o)
	n, err := io.Copy(tmp, io.LimitReader(s.Reader, max+1))
	switch {
	case err != nil:
		tmp.Close()
		return nil, 0, nil, pipeline.Rejectf(readReason(s.comp), "%s: %v after %d bytes (a %s file cut short has no index: not read)", in.Path, err, n, kind)
	case n > max:
		tmp.Close()
		return nil, 0, nil, pipeline.Rejectf("too-large", "%s: a %s stream over %d bytes; give it as an uncompressed file, which is read in place", in.Path, kind, max)
	}
	return tmp, n, func() { tmp.Close() }, nil
}
