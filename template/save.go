package template

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
)

// The saved form lets a resumed corpus run apply the templates it learnt
// before it was stopped instead of observing the corpus again: a JSON
// header line (format, stats, sites with their document and line counts)
// followed by each site's lines as little-endian (hash, documents) pairs,
// sites and lines in sorted order so that the same templates always save
// to the same bytes.

const saveFormat = "akhbar-templates/1"

type saveHeader struct {
	Format string     `json:"format"`
	Stats  Stats      `json:"stats"`
	Sites  []saveSite `json:"sites"`
}

type saveSite struct {
	Name  string `json:"name"`
	Docs  int    `json:"docs"`
	Lines int    `json:"lines"`
}

// Save writes the templates for Load.
func (t *Templates) Save(w io.Writer) error {
	names := make([]string, 0, len(t.sites))
	for name := range t.sites {
		names = append(names, name)
	}
	slices.Sort(names)
	h := saveHeader{Format: saveFormat, Stats: t.stats}
	for _, n := range names {
		h.Sites = append(h.Sites, saveSite{Name: n, Docs: t.sites[n].docs, Lines: len(t.sites[n].lines)})
	}
	bw := bufio.NewWriter(w)
	if err := json.NewEncoder(bw).Encode(&h); err != nil {
		return err
	}
	var buf [12]byte
	for _, n := range names {
		st := t.sites[n]
		hashes := make([]uint64, 0, len(st.lines))
		for k := range st.lines {
			hashes = append(hashes, k)
		}
		slices.Sort(hashes)
		for _, k := range hashes {
			binary.LittleEndian.PutUint64(buf[:8], k)
			binary.LittleEndian.PutUint32(buf[8:], st.lines[k])
			if _, err := bw.Write(buf[:]); err != nil {
				return err
			}
		}
	}
	return bw.Flush()
}

// Load reads templates written by Save. The options (thresholds are
// already applied; Site is used by Apply) are the caller's.
func Load(r io.Reader, o Options) (*Templates, error) {
	br := bufio.NewReader(r)
	line, err := br.ReadBytes('\n')
	if err != nil {
		return nil, fmt.Errorf("templates: header: %w", err)
	}
	var h saveHeader
	if err := json.Unmarshal(line, &h); err != nil {
		return nil, fmt.Errorf("templates: header: %w", err)
	}
	if h.Format != saveFormat {
		return nil, fmt.Errorf("templates: format %q, want %q", h.Format, saveFormat)
	}
	t := &Templates{o: o.withDefaults(), sites: map[string]*siteTemplate{}, stats: h.Stats}
	var buf [12]byte
	for _, s := range h.Sites {
		if s.Lines < 0 {
			return nil, errors.New("templates: negative line count")
		}
		st := &siteTemplate{docs: s.Docs, lines: make(map[uint64]uint32, min(s.Lines, 1<<20))}
		for range s.Lines {
			if _, err := io.ReadFull(br, buf[:]); err != nil {
				return nil, fmt.Errorf("templates: site %s: %w", s.Name, err)
			}
			st.lines[binary.LittleEndian.Uint64(buf[:8])] = binary.LittleEndian.Uint32(buf[8:])
		}
		t.sites[s.Name] = st
	}
	return t, nil
}
