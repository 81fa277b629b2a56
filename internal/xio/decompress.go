package xio

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"fmt"
	"io"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
	"github.com/pierrec/lz4/v4"
	"github.com/therootcompany/xz"
)

// Compression names a stream compression.
type Compression string

// The compressions akhbar reads and writes.
const (
	None  Compression = ""
	Gzip  Compression = "gzip"
	Zstd  Compression = "zstd"
	Bzip2 Compression = "bzip2"
	// Xz and LZ4 (its frame format) are read only: corpora are shipped in
	// them (CC-100 as .txt.xz), akhbar writes gzip or zstd.
	Xz  Compression = "xz"
	LZ4 Compression = "lz4"
)

// maxXzDict is the largest xz dictionary read: that of "xz -9", the
// highest preset; larger ones need an explicit setting and would let a
// small file ask for gigabytes.
const maxXzDict = 64 << 20

// Sniff tells the compression of a stream from its first bytes.
func Sniff(head []byte) Compression {
	switch {
	case len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b:
		return Gzip
	case len(head) >= 4 && bytes.Equal(head[:4], []byte{0x28, 0xb5, 0x2f, 0xfd}):
		return Zstd
	case len(head) >= 4 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h' && head[3] >= '1' && head[3] <= '9':
		return Bzip2
	case len(head) >= 6 && bytes.Equal(head[:6], []byte{0xfd, '7', 'z', 'X', 'Z', 0}):
		return Xz
	case len(head) >= 4 && bytes.Equal(head[:4], []byte{0x04, 0x22, 0x4d, 0x18}):
		return LZ4
	}
	return None
}

// Decompress wraps r so that it reads decompressed bytes, whatever the
// compression (possibly none). Gzip streams of several members (one per
// WARC record, or concatenated files) are read through as one stream. The
// returned closer releases decoder resources; it does not close r.
func Decompress(r io.Reader) (io.Reader, Compression, func(), error) {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	head, err := br.Peek(6)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, None, nil, err
	}
	c := Sniff(head)
	switch c {
	case Gzip:
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, c, nil, fmt.Errorf("gzip: %w", err)
		}
		return zr, c, func() { zr.Close() }, nil
	case Zstd:
		zr, err := zstd.NewReader(br, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(true))
		if err != nil {
			return nil, c, nil, fmt.Errorf("zstd: %w", err)
		}
		return zr, c, zr.Close, nil
	case Bzip2:
		return bzip2.NewReader(br), c, func() {}, nil
	case Xz:
		// XZ Embedded's port: it allocates the dictionary a stream
		// declares only up to maxXzDict and fails past it, where
		// ulikunitz/xz allocates whatever a header asks (a 1.5 GiB
		// dictionary from a few bytes), and checks every checksum.
		zr, err := xz.NewReader(br, maxXzDict)
		if err != nil {
			return nil, c, nil, err // "xz: ..." already
		}
		return zr, c, func() {}, nil
	case LZ4:
		return lz4.NewReader(br), c, func() {}, nil
	}
	return br, None, func() {}, nil
}
