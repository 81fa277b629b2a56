package beam

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/akhbar/akhbar/dedup"
	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/template"
)

func init() {
	register.DoFn5x1[string, []byte, func(string, []byte), func(string, []byte), func([]byte), error](&fingerprintFn{})
	register.DoFn2x2[string, []byte, string, []byte](&siteFn{})
	register.DoFn5x1[string, func(*[]byte) bool, func(string, []byte), func(string, []byte), func([]byte), error](&siteFingerprintFn{})
	register.DoFn3x1[string, func(*[]byte) bool, func(string, bool), error](&bucketFn{})
	register.DoFn5x0[string, func(*bool) bool, func(string, string), func(int, []byte), func([]byte)](&distinctPairFn{})
	register.DoFn4x1[string, func(*[]byte) bool, func(*string) bool, func(string, []byte), error](&joinFirstFn{})
	register.DoFn5x1[string, func(*[]byte) bool, func(*[]byte) bool, func(int, []byte), func([]byte), error](&verifyFn{})
	register.DoFn3x1[int, func(*[]byte) bool, func(string, string), error](&componentsFn{})
	register.DoFn4x1[string, func(*[]byte) bool, func(*string) bool, func(string, []byte), error](&toClusterFn{})
	register.DoFn4x1[string, func(*[]byte) bool, func(int, []byte), func([]byte), error](&keeperFn{})
	register.Emitter2[string, bool]()
	register.Emitter2[string, string]()
	register.Emitter2[int, []byte]()
	register.Iter1[bool]()
	register.Iter1[string]()
}

// Dedup maps "akhbar dedup" onto shuffles. records are (document key,
// record JSON); marks come out as (shard, dup mark) for the shard writer,
// for members of clusters of two or more only.
//
// Connected components are found on one worker: every verified edge goes
// to one key and a union–find runs over them there. Edges are few (one
// per duplicate pair found, not per document), and the union–find holds
// about 85 bytes of heap per document that has a duplicate
// (BenchmarkComponents), so one worker with 16 GiB takes some 200 million
// such documents; past that, components want rounds of min-label
// propagation (a GroupByKey per round) instead. See docs/beam.md.
func Dedup(s beam.Scope, records beam.PCollection, o DedupOptions, shards int) (marks, stats beam.PCollection) {
	o = o.resolved()
	var fps, bands, fpStats beam.PCollection
	if o.Templates {
		// Learn each site's template lines from its records, then
		// fingerprint the records without them: one group per site.
		bySite := beam.ParDo(s.Scope("sites"), &siteFn{}, records)
		fps, bands, fpStats = beam.ParDo3(s.Scope("templates"), &siteFingerprintFn{O: o}, beam.GroupByKey(s, bySite))
	} else {
		fps, bands, fpStats = beam.ParDo3(s.Scope("fingerprint"), &fingerprintFn{O: o}, records)
	}
	pairs := beam.ParDo(s.Scope("buckets"), &bucketFn{MaxBucket: o.MaxBucket}, beam.GroupByKey(s, bands))
	cands, exact, pairStats := beam.ParDo3(s.Scope("distinct"), &distinctPairFn{}, beam.GroupByKey(s, pairs))
	// Verification needs both fingerprints of a pair: join the first,
	// then the second.
	half := beam.ParDo(s.Scope("join"), &joinFirstFn{}, beam.CoGroupByKey(s, fps, cands))
	verified, verStats := beam.ParDo2(s.Scope("verify"), &verifyFn{Threshold: o.Threshold}, beam.CoGroupByKey(s, fps, half))
	edges := beam.Flatten(s, verified, exact)
	roots := beam.ParDo(s.Scope("components"), &componentsFn{}, beam.GroupByKey(s, edges))
	members := beam.ParDo(s.Scope("clusters"), &toClusterFn{}, beam.CoGroupByKey(s, fps, roots))
	marks, keepStats := beam.ParDo2(s.Scope("keepers"), &keeperFn{Policy: string(o.Policy), Shards: shards}, beam.GroupByKey(s, members))
	return marks, beam.Flatten(s, fpStats, pairStats, verStats, keepStats)
}

// member is what the later stages need of a fingerprinted document: the
// keeper policy's fields and what Verify compares (the shingle set, or
// the signature when verification is by estimate), as the local index
// keeps them.
type member struct {
	m  dedup.Member
	fp dedup.Fingerprint
}

func encodeMember(x *member) []byte {
	b := make([]byte, 0, 64+len(x.m.ID)+len(x.m.Path)+4*len(x.fp.Set)+8*len(x.fp.Signature))
	b = binary.AppendUvarint(b, uint64(len(x.m.ID)))
	b = append(b, x.m.ID...)
	b = binary.AppendUvarint(b, uint64(len(x.m.Path)))
	b = append(b, x.m.Path...)
	b = binary.AppendVarint(b, x.m.Published)
	hasDate := byte(0)
	if x.m.HasDate {
		hasDate = 1
	}
	b = append(b, hasDate)
	b = binary.AppendVarint(b, x.m.Length)
	b = binary.AppendVarint(b, x.m.Offset)
	b = binary.LittleEndian.AppendUint64(b, x.fp.Hash)
	b = binary.AppendUvarint(b, uint64(len(x.fp.Set)))
	for _, v := range x.fp.Set {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	b = binary.AppendUvarint(b, uint64(len(x.fp.Signature)))
	for _, v := range x.fp.Signature {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	return b
}

var errShort = errors.New("dedup: truncated member")

func decodeMember(b []byte) (*member, error) {
	x := &member{}
	str := func() (string, error) {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return "", errShort
		}
		s := string(b[k : k+int(n)])
		b = b[k+int(n):]
		return s, nil
	}
	varint := func() (int64, error) {
		v, k := binary.Varint(b)
		if k <= 0 {
			return 0, errShort
		}
		b = b[k:]
		return v, nil
	}
	var err error
	if x.m.ID, err = str(); err != nil {
		return nil, err
	}
	if x.m.Path, err = str(); err != nil {
		return nil, err
	}
	if x.m.Published, err = varint(); err != nil {
		return nil, err
	}
	if len(b) < 1 {
		return nil, errShort
	}
	x.m.HasDate, b = b[0] == 1, b[1:]
	if x.m.Length, err = varint(); err != nil {
		return nil, err
	}
	if x.m.Offset, err = varint(); err != nil {
		return nil, err
	}
	if len(b) < 8 {
		return nil, errShort
	}
	x.fp.Hash, b = binary.LittleEndian.Uint64(b), b[8:]
	x.m.Hash = x.fp.Hash
	n, k := binary.Uvarint(b)
	if k <= 0 || uint64(len(b)-k)/4 < n {
		return nil, errShort
	}
	b = b[k:]
	if n > 0 {
		x.fp.Set = make([]uint32, n)
		for i := range x.fp.Set {
			x.fp.Set[i], b = binary.LittleEndian.Uint32(b), b[4:]
		}
	}
	n, k = binary.Uvarint(b)
	if k <= 0 || uint64(len(b)-k)/8 < n {
		return nil, errShort
	}
	b = b[k:]
	if n > 0 {
		x.fp.Signature = make([]uint64, n)
		for i := range x.fp.Signature {
			x.fp.Signature[i], b = binary.LittleEndian.Uint64(b), b[8:]
		}
	}
	return x, nil
}

// fingerprintFn is the map stage: the record's fingerprint (as the local
// index makes it from the record's text) to (document, member), and one
// (band key, content hash + document) per LSH band. Records without
// words have no fingerprint and are nobody's duplicate.
type fingerprintFn struct {
	O DedupOptions

	h *dedup.Hasher
}

func (f *fingerprintFn) Setup() { f.h = dedup.NewHasher(f.O.Options) }

func (f *fingerprintFn) ProcessElement(key string, b []byte, fps, bands func(string, []byte), stats func([]byte)) error {
	var rec pipeline.Record
	if err := json.Unmarshal(b, &rec); err != nil {
		return fmt.Errorf("dedup: %w", err)
	}
	return emitFingerprint(f.h, f.O, key, &rec, rec.Text, fps, bands, stats)
}

// emitFingerprint fingerprints text, the part of rec that is compared.
func emitFingerprint(h *dedup.Hasher, o DedupOptions, key string, rec *pipeline.Record, text string, fps, bands func(string, []byte), stats func([]byte)) error {
	exact := o.Verify == dedup.Exact
	fp := h.Fingerprint(text, exact)
	if fp.Hash == 0 {
		return emitSummary(stats, Summary{Dedup: &DedupStats{Empty: 1}})
	}
	x := member{m: dedup.MemberOf(rec, fp.Hash), fp: dedup.Fingerprint{Hash: fp.Hash}}
	if exact {
		x.fp.Set = fp.Set
	} else {
		x.fp.Signature = fp.Signature
	}
	fps(key, encodeMember(&x))
	entry := make([]byte, 8+keyLen)
	binary.BigEndian.PutUint64(entry, fp.Hash)
	copy(entry[8:], key)
	var bk [8]byte
	for _, k := range fp.Bands {
		binary.BigEndian.PutUint64(bk[:], k)
		bands(string(bk[:]), entry)
	}
	return emitSummary(stats, Summary{Dedup: &DedupStats{Docs: 1}})
}

// siteFn keys records by their site as package template names it.
type siteFn struct{}

func (f *siteFn) ProcessElement(key string, b []byte) (string, []byte) {
	var rec pipeline.Record
	site := ""
	if json.Unmarshal(b, &rec) == nil {
		site = template.SiteOf(&rec)
	}
	return site, keyed(key, b)
}

// siteFingerprintFn is "akhbar dedup --templates" for one site: a
// template.Learner observes every record of the site, then each record is
// fingerprinted on its text without the learned template lines
// (template.Body after Apply), as the local command does. The learner is
// per site here and over all sites locally; the two agree while its line
// cap (template.Options.MaxLines) is not reached. A site is one group: a
// site of millions of pages is one worker's work and memory.
type siteFingerprintFn struct {
	O DedupOptions

	h *dedup.Hasher
}

func (f *siteFingerprintFn) Setup() { f.h = dedup.NewHasher(f.O.Options) }

func (f *siteFingerprintFn) ProcessElement(site string, values func(*[]byte) bool, fps, bands func(string, []byte), stats func([]byte)) error {
	// The site's records are held while its templates are learned: Beam
	// 2.77's Go SDK fails on a re-iterable of []byte values (it hands the
	// DoFn a slice where the iterator function belongs), and Prism and
	// Flink hold a group's values in memory anyway.
	type entry struct {
		key string
		rec pipeline.Record
	}
	var es []entry
	l := template.NewLearner(template.Options{})
	var v []byte
	for values(&v) {
		e := entry{key: string(v[:keyLen])}
		if err := json.Unmarshal(v[keyLen:], &e.rec); err != nil {
			return fmt.Errorf("dedup: %w", err)
		}
		l.Observe(template.RecordDoc(&e.rec))
		es = append(es, e)
	}
	t := l.Finish()
	for i := range es {
		d := template.RecordDoc(&es[i].rec)
		t.Apply(d)
		if err := emitFingerprint(f.h, f.O, es[i].key, &es[i].rec, template.Body(d), fps, bands, stats); err != nil {
			return err
		}
	}
	return nil
}

// bucketFn makes the candidate pairs of one LSH bucket exactly as the
// local index does: the bucket's documents in content-hash order; each
// run of one hash is a set of exact duplicates (paired with the run's
// first document); the first document of each run is a representative,
// and representatives are paired with each of the first MaxBucket
// representatives before them. Pairs are keyed by both documents in
// order, with whether they are exact, so that pairs found in several
// bands collapse.
type bucketFn struct {
	MaxBucket int
}

type bucketEntry struct {
	hash uint64
	doc  string
}

func (f *bucketFn) ProcessElement(_ string, values func(*[]byte) bool, pairs func(string, bool)) error {
	var es []bucketEntry
	var v []byte
	for values(&v) {
		if len(v) != 8+keyLen {
			return fmt.Errorf("dedup: bad band entry of %d bytes", len(v))
		}
		es = append(es, bucketEntry{binary.BigEndian.Uint64(v), string(v[8:])})
	}
	if len(es) < 2 {
		return nil
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].hash != es[j].hash {
			return es[i].hash < es[j].hash
		}
		return es[i].doc < es[j].doc
	})
	var anchors []string
	for i := 0; i < len(es); {
		j := i + 1
		for j < len(es) && es[j].hash == es[i].hash {
			pairs(pairKey(es[i].doc, es[j].doc), true)
			j++
		}
		rep := es[i].doc
		for _, a := range anchors {
			pairs(pairKey(a, rep), false)
		}
		if len(anchors) < f.MaxBucket {
			anchors = append(anchors, rep)
		}
		i = j
	}
	return nil
}

func pairKey(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + b
}

// distinctPairFn keeps one of each pair: exact pairs become edges at
// once (their texts are the same words), the others go on to be
// verified, keyed by their first document.
type distinctPairFn struct{}

func (f *distinctPairFn) ProcessElement(key string, exact func(*bool) bool, cands func(string, string), edges func(int, []byte), stats func([]byte)) {
	var e, any bool
	for exact(&e) {
		any = any || e
	}
	if any {
		edges(0, []byte(key))
		emitSummary(stats, Summary{Dedup: &DedupStats{ExactPairs: 1}})
		return
	}
	cands(key[:keyLen], key[keyLen:])
	emitSummary(stats, Summary{Dedup: &DedupStats{Candidates: 1}})
}

// joinFirstFn sends the first document's member to each of its
// candidate partners.
type joinFirstFn struct{}

func (f *joinFirstFn) ProcessElement(doc string, fps func(*[]byte) bool, partners func(*string) bool, out func(string, []byte)) error {
	var fp []byte
	if !fps(&fp) {
		var p string
		if partners(&p) {
			return fmt.Errorf("dedup: candidate pair without a fingerprint")
		}
		return nil
	}
	withKey := keyed(doc, fp)
	var p string
	for partners(&p) {
		out(p, withKey)
	}
	return nil
}

// verifyFn checks each candidate pair at the second document, where both
// fingerprints meet, with dedup.Verify.
type verifyFn struct {
	Threshold float64
}

func (f *verifyFn) ProcessElement(doc string, fps, firsts func(*[]byte) bool, edges func(int, []byte), stats func([]byte)) error {
	var raw []byte
	if !fps(&raw) {
		return nil
	}
	var self *member
	var v []byte
	accepted := int64(0)
	for firsts(&v) {
		if self == nil {
			var err error
			if self, err = decodeMember(raw); err != nil {
				return err
			}
		}
		other, err := decodeMember(v[keyLen:])
		if err != nil {
			return err
		}
		if ok, _ := dedup.Verify(&other.fp, &self.fp, f.Threshold); ok {
			accepted++
			edges(0, []byte(pairKey(string(v[:keyLen]), doc)))
		}
	}
	if accepted > 0 {
		return emitSummary(stats, Summary{Dedup: &DedupStats{Accepted: accepted}})
	}
	return nil
}

// componentsFn runs on one worker over every edge: dedup.Clusters (the
// local union–find) gives each document with an edge its component's
// root, which names the component until a keeper is chosen.
type componentsFn struct{}

func (f *componentsFn) ProcessElement(_ int, values func(*[]byte) bool, roots func(string, string)) error {
	// Keys as arrays, not strings: no string headers, no pointers for
	// the collector to follow.
	type key [keyLen]byte
	index := map[key]uint32{}
	var docs []key
	num := func(b []byte) uint32 {
		k := key(b)
		if n, ok := index[k]; ok {
			return n
		}
		n := uint32(len(docs))
		index[k] = n
		docs = append(docs, k)
		return n
	}
	var pairs []dedup.Pair
	var v []byte
	for values(&v) {
		if len(v) != 2*keyLen {
			return fmt.Errorf("dedup: bad edge of %d bytes", len(v))
		}
		pairs = append(pairs, dedup.Pair{A: num(v[:keyLen]), B: num(v[keyLen:])})
	}
	index = nil
	for i, r := range dedup.Clusters(len(docs), pairs) {
		roots(string(docs[i][:]), string(docs[r][:]))
	}
	return nil
}

// toClusterFn sends each clustered document's member to its component.
type toClusterFn struct{}

func (f *toClusterFn) ProcessElement(doc string, fps func(*[]byte) bool, roots func(*string) bool, out func(string, []byte)) error {
	var root string
	if !roots(&root) {
		return nil
	}
	var fp []byte
	if !fps(&fp) {
		return fmt.Errorf("dedup: clustered document without a fingerprint")
	}
	out(root, keyed(doc, fp))
	return nil
}

// keeperFn picks each cluster's keeper with dedup.Keeper and marks every
// member as "akhbar dedup" does: the cluster id from dedup.ClusterID, and
// on all but the keeper the keeper's id and the similarity to it (kept as
// a float32 and rounded to three places, as the local index stores it).
type keeperFn struct {
	Policy string
	Shards int
}

func (f *keeperFn) ProcessElement(_ string, values func(*[]byte) bool, marks func(int, []byte), stats func([]byte)) error {
	type entry struct {
		doc string
		x   *member
	}
	var es []entry
	var v []byte
	for values(&v) {
		x, err := decodeMember(v[keyLen:])
		if err != nil {
			return err
		}
		es = append(es, entry{string(v[:keyLen]), x})
	}
	// Members that compare equal under the policy are the same record
	// read twice; any order of them gives the same marks.
	sort.Slice(es, func(i, j int) bool { return es[i].doc < es[j].doc })
	ms := make([]dedup.Member, len(es))
	for i := range es {
		ms[i] = es[i].x.m
	}
	k := dedup.Keeper(dedup.Policy(f.Policy), ms)
	cluster := dedup.ClusterID(&ms[k])
	for i, e := range es {
		mk := mark{d: pipeline.Dup{Cluster: cluster}}
		if i != k {
			mk.dup = true
			mk.d.Of = ms[k].ID
			score := float64(float32(dedup.Similarity(&e.x.fp, &es[k].x.fp)))
			mk.d.Score = math.Round(score*1000) / 1000
		}
		b, err := encodeMark(e.doc, mk)
		if err != nil {
			return err
		}
		marks(shardOf(e.doc, f.Shards), b)
	}
	n := int64(len(es))
	return emitSummary(stats, Summary{Dedup: &DedupStats{Clusters: 1, Duplicates: n - 1, Largest: n}})
}
