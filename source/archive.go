package source

// Tar and zip archives (a site mirror, a crawl shipped as pages.tar.gz, a
// corpus's zip of dumps) are read member by member: each regular file in
// them is read as an input of its own, named "archive!/member/path" (so
// its id is the member's base name, as for a file in a folder), with its
// own compression and format told from its content — an HTML page, a
// dump, a WARC, a JSONL, even another archive (up to maxArchiveDepth).
// Hidden members and folders (".name", as a folder walk skips them), and
// links and devices, are not read. A tar is streamed; a zip, whose index
// is at its end, is read with random access (see randomAccess).
//
// archive/tar and archive/zip are the standard library's; what is here is
// only the walk and the naming.

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"
	"strings"

	"github.com/akhbar/akhbar/internal/xio"
	"github.com/akhbar/akhbar/pipeline"
)

func init() {
	containerReaders[Tar] = readTar
	containerReaders[Zip] = readZip
}

// maxArchiveDepth bounds archives inside archives.
const maxArchiveDepth = 4

// memberSep separates an archive's path from a member's in item paths.
const memberSep = "!/"

// SplitMember splits an item's path into the file it was read from and
// the member of an archive it names, with its separator ("x.tar!/a/b.html"
// gives "x.tar" and "!/a/b.html"); a plain file's member is "".
func SplitMember(p string) (file, member string) {
	if i := strings.Index(p, memberSep); i >= 0 {
		return p[:i], p[i:]
	}
	return p, ""
}

// isTar recognises a tar archive by its first header's magic.
func isTar(head []byte) bool {
	return len(head) >= 262 && bytes.Equal(head[257:262], []byte("ustar"))
}

// isZip recognises a zip archive by its first local header (or the end
// record of an empty one).
func isZip(head []byte) bool {
	return bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.HasPrefix(head, []byte("PK\x05\x06"))
}

// hiddenMember reports a member a folder walk would skip: a hidden file
// or one inside a hidden folder ("__MACOSX/._page.html" too).
func hiddenMember(name string) bool {
	for _, part := range strings.Split(strings.Trim(name, "/"), "/") {
		if strings.HasPrefix(part, ".") || part == "__MACOSX" {
			return true
		}
	}
	return false
}

// member reads one archive member as an input of its own. The archive's
// digest and progress are the whole archive's, not the member's.
func member(ctx context.Context, r io.Reader, in Input, name string, size int64, o Options, emit Emit) error {
	depth := strings.Count(in.Path, memberSep)
	m := Input{Path: in.Path + memberSep + strings.TrimPrefix(name, "/"), Size: size}
	if depth >= maxArchiveDepth {
		return emit(failed(m, "", 0, pipeline.Rejectf("archive", "%s: an archive nested %d deep; not read", m.Path, depth+1)))
	}
	o.Digest, o.Progress = nil, nil
	return readFrom(ctx, r, m, o, emit)
}

func readTar(ctx context.Context, s *stream, in Input, o Options, emit Emit) error {
	tr := tar.NewReader(s.Reader)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			// A damaged header: where the next one starts is not known.
			return emit(failed(in, Tar, 0, pipeline.Rejectf(readReason(s.comp), "%s: %v; the rest of the archive is not read", in.Path, err)))
		}
		if (h.Typeflag != tar.TypeReg && h.Typeflag != tar.TypeRegA) || hiddenMember(h.Name) {
			continue
		}
		r := &noteErr{r: tr}
		if err := member(ctx, r, in, h.Name, h.Size, o, emit); err != nil {
			return err
		}
		if r.err != nil {
			// The archive broke inside this member, which says so
			// (truncated, or a reject): nothing after it can be read.
			return nil
		}
		if left := h.Size - r.n; s.comp != xio.None && left > maxCopy(o) {
			// Reaching the next member means inflating the rest of
			// this one (a decompression bomb's way): not done.
			return emit(failed(in, Tar, 0, pipeline.Rejectf("too-large", "%s: member %s left %d bytes unread, more than %d to inflate to reach the next; the rest of the archive is not read", in.Path, h.Name, left, maxCopy(o))))
		}
	}
}

// noteErr counts the bytes its reader gave and remembers the first error
// other than the end.
type noteErr struct {
	r   io.Reader
	n   int64
	err error
}

func (n *noteErr) Read(p []byte) (int, error) {
	k, err := n.r.Read(p)
	n.n += int64(k)
	if err != nil && err != io.EOF && n.err == nil {
		n.err = err
	}
	return k, err
}

func readZip(ctx context.Context, s *stream, in Input, o Options, emit Emit) error {
	ra, size, done, err := randomAccess(s, in, o, "zip")
	if err != nil {
		return emit(failed(in, Zip, 0, err))
	}
	defer done()
	zr, err := zip.NewReader(ra, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return emit(failed(in, Zip, 0, pipeline.Rejectf("zip", "%s: %v", in.Path, err)))
	}
	for _, f := range zr.File {
		if err := ctx.Err(); err != nil {
			return err
		}
		if !f.Mode().IsRegular() || hiddenMember(f.Name) {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			m := Input{Path: in.Path + memberSep + f.Name}
			if e := emit(failed(m, "", 0, pipeline.Rejectf("zip", "%s: %v", m.Path, err))); e != nil {
				return e
			}
			continue
		}
		err = member(ctx, rc, in, f.Name, int64(f.UncompressedSize64), o, emit)
		rc.Close()
		if err != nil {
			return err
		}
	}
	// The stream is read to its end, so that the input's digest and the
	// progress bar see it whole.
	_, _ = io.Copy(io.Discard, s.Reader)
	return nil
}
