// Command trainhtml trains the two models of akhbar's HTML path from the
// evaluation kit's HTML pages: the page type classifier (WCXB's seven
// types) and the block classifier that picks a page's body.
//
//	go run ./extract/internal/trainhtml [-kit DIR] [-cv OUTDIR] [-out extract/models] [-types] [-dump FILE] [-models DIR] [-noise SEED]
//
// Pages are grouped in folds by registered domain (internal/evalset). For
// every cross-validation fold N it trains models without fold N (and
// never with the frozen dev-test fold), scores fold N with them and
// prints the figures: page type accuracy and confusion, and body F1 of
// 4-token shingles (the kit scorer's measure) as the mean over folds,
// overall and per page type. The final models are trained on all
// cross-validation folds. -cv writes OUTDIR/fold-N and OUTDIR/all for
// scripts/eval-html.sh --models; -out writes the final models where
// extract embeds them. -types stops after the page type figures (half a
// minute instead of many), to try page features before a full run.
// -models DIR trains nothing and scores each fold with DIR/fold-N's
// models (with -dump, for error analysis of a run already made). -noise
// SEED leaves 2 % of the pages out of training: the figures' change
// against a run without it is what a retrain alone does to them.
// Training visits pages and features in a fixed order and uses no
// randomness, so its files are the same byte for byte on every run.
//
// It is a development tool: akhbar itself never reads the kit.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/akhbar/akhbar/extract"
	"github.com/akhbar/akhbar/internal/evalset"
	"github.com/akhbar/akhbar/internal/learn"
)

var (
	typeParams  = learn.GBDTParams{Trees: 120, Depth: 3, LearningRate: 0.1, MinLeaf: 3, L2: 1, Bins: 32}
	blockParams = learn.GBDTParams{Trees: 120, Depth: 6, LearningRate: 0.15, MinLeaf: 10, L2: 1, Bins: 32}
	// minSites is how many sites a class or id word must be seen on to
	// get a weight: a word of one site's template says nothing of the
	// next site.
	minSites = 5
	maxWords = 3000
)

type page struct {
	p      evalset.Page
	a      *extract.Analysis
	typ    int // index in PageTypes, -1 unknown
	labels []float32
	weight []float32
	gold   map[evalset.Shingle]int
	ngold  int
	toks   [][]string // tokens of each block (scorer's words)
	pt     []float64  // out-of-fold page type probabilities
}

func main() {
	kit := flag.String("kit", "", "evaluation kit folder (default: found as evalset.FindKit does)")
	cvDir := flag.String("cv", "", "write each fold's models to DIR/fold-N and the final ones to DIR/all")
	outDir := flag.String("out", "", "write the final models here (extract/models)")
	dump := flag.String("dump", "", "write each gold page's out-of-fold block probabilities, words and labels here (JSON lines, for error analysis)")
	typesOnly := flag.Bool("types", false, "stop after the page type classifier's cross-validated figures (no block models, nothing written)")
	models := flag.String("models", "", "train nothing: score each fold with the models already in DIR/fold-N (as -cv wrote them), print the body figures and write -dump")
	flag.StringVar(&noiseSeed, "noise", "", "leave one page in 50, chosen by a hash of this seed and its id, out of every model's training (not out of scoring): a retrain with no change of design, to measure how much a retrain alone moves the figures")
	flag.Parse()
	log.SetFlags(0)
	all, err := evalset.LoadKit(*kit)
	if err != nil {
		log.Fatal(err)
	}
	var cands []evalset.Page
	for _, p := range all {
		if p.Fold == evalset.DevTest {
			continue
		}
		if p.Text != nil || p.PageType != "" {
			cands = append(cands, p)
		}
	}
	pages := analyseAll(cands)
	log.Printf("%d pages (%d with body gold)", len(pages), countGold(pages))
	if *models != "" {
		scoreWith(*models, pages, *dump)
		return
	}

	// Page types: out-of-fold probabilities for every page, and a model
	// per fold.
	typeModels := make([]*learn.Multi, evalset.K+1)
	conf := make([][]int, len(extract.PageTypes))
	for i := range conf {
		conf[i] = make([]int, len(extract.PageTypes))
	}
	accs := make([]float64, evalset.K)
	for k := 0; k <= evalset.K; k++ {
		var X [][]float32
		var y []int
		for _, pg := range pages {
			if pg.typ >= 0 && pg.p.Fold != k && !leftOut(pg.p.ID) {
				X = append(X, pg.a.PageFeatures())
				y = append(y, pg.typ)
			}
		}
		m := learn.TrainMulti(X, y, extract.PageTypes, nil, typeParams)
		typeModels[k] = m
		if k == evalset.K {
			break
		}
		right, n := 0, 0
		for _, pg := range pages {
			if pg.p.Fold != k {
				continue
			}
			best, ps := m.Predict(pg.a.PageFeatures())
			pg.pt = ps
			if pg.typ >= 0 {
				conf[pg.typ][best]++
				n++
				if best == pg.typ {
					right++
				}
			}
		}
		accs[k] = float64(right) / float64(max(n, 1))
	}
	fmt.Printf("page type, cross-validated accuracy: %.3f (folds %s)\n", mean(accs), fmtList(accs))
	fmt.Printf("confusion (rows gold, columns predicted): %s\n", strings.Join(extract.PageTypes, " "))
	for i, row := range conf {
		fmt.Printf("  %-13s %v\n", extract.PageTypes[i], row)
	}
	if *typesOnly {
		return
	}

	// Blocks: the folds' models are trained two at a time.
	blockModels := make([]*extract.BlockModel, evalset.K+1)
	probs := make([][]float64, len(pages))
	var wg sync.WaitGroup
	sem := make(chan bool, 2)
	for k := 0; k <= evalset.K; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			sem <- true
			defer func() { <-sem }()
			blockModels[k] = trainBlocks(pages, k)
			if k == evalset.K {
				return
			}
			bm := blockModels[k]
			for i, pg := range pages {
				if pg.gold == nil || pg.p.Fold != k {
					continue
				}
				_, pt := typeModels[k].Predict(pg.a.PageFeatures())
				rows := pg.a.Rows(bm.Weights, pt)
				probs[i] = make([]float64, len(rows))
				for j, r := range rows {
					probs[i][j] = bm.Trees.Predict(r)
				}
			}
		}(k)
	}
	wg.Wait()
	// One threshold for all folds, the best mean F1 over a coarse grid.
	bestT, bestF := float32(0.5), -1.0
	for t := float32(0.2); t <= 0.71; t += 0.05 {
		f := cvF1(pages, probs, t, func(*page) bool { return true })
		if f > bestF {
			bestT, bestF = t, f
		}
	}
	if *dump != "" {
		writeDump(*dump, pages, probs)
	}
	printBody(pages, probs, bestT)
	for _, bm := range blockModels {
		bm.Threshold = bestT
	}
	write := func(dir string, tm *learn.Multi, bm *extract.BlockModel) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			log.Fatal(err)
		}
		tb, err := tm.MarshalBinary()
		if err != nil {
			log.Fatal(err)
		}
		bb, err := bm.MarshalBinary()
		if err != nil {
			log.Fatal(err)
		}
		for name, b := range map[string][]byte{extract.PageTypeFile: tb, extract.BlocksFile: bb} {
			if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
				log.Fatal(err)
			}
		}
	}
	if *cvDir != "" {
		for k := 0; k < evalset.K; k++ {
			write(filepath.Join(*cvDir, fmt.Sprintf("fold-%d", k)), typeModels[k], blockModels[k])
		}
		write(filepath.Join(*cvDir, "all"), typeModels[evalset.K], blockModels[evalset.K])
	}
	if *outDir != "" {
		write(*outDir, typeModels[evalset.K], blockModels[evalset.K])
	}
}

// printBody prints the body figures of out-of-fold probabilities, and
// beside them what the blocks' training labels give as probabilities
// (every block labelled body taken: the most this page's blocks, cut and
// labelled as they are, can score; a target above it needs other blocks).
func printBody(pages []*page, probs [][]float64, t float32) {
	labels := make([][]float64, len(pages))
	for i, pg := range pages {
		if probs[i] == nil {
			continue
		}
		labels[i] = make([]float64, len(pg.labels))
		for j, y := range pg.labels {
			labels[i][j] = float64(y)
		}
	}
	fmt.Printf("body F1, cross-validated (fold means), threshold %.2f; the blocks' labels taken instead:\n", t)
	line := func(name string, keep func(*page) bool) {
		fmt.Printf("  %-14s %.3f   labels %.3f\n", name, cvF1(pages, probs, t, keep), cvF1(pages, labels, t, keep))
	}
	line("all", func(*page) bool { return true })
	for ti, tn := range extract.PageTypes {
		line(tn, func(pg *page) bool { return pg.typ == ti && !inSet(pg, "scrapinghub") })
	}
	line("scrapinghub", func(pg *page) bool { return inSet(pg, "scrapinghub") })
}

// scoreWith scores every fold's gold pages with the models trained
// without it that dir/fold-N holds, as clean does with AKHBAR_MODEL_DIR,
// so that a run's models can be analysed (-dump) without training them
// again.
func scoreWith(dir string, pages []*page, dump string) {
	probs := make([][]float64, len(pages))
	var t float32
	for k := 0; k < evalset.K; k++ {
		fd := filepath.Join(dir, fmt.Sprintf("fold-%d", k))
		tb, err := os.ReadFile(filepath.Join(fd, extract.PageTypeFile))
		if err != nil {
			log.Fatal(err)
		}
		bb, err := os.ReadFile(filepath.Join(fd, extract.BlocksFile))
		if err != nil {
			log.Fatal(err)
		}
		var tm learn.Multi
		var bm extract.BlockModel
		if err := tm.UnmarshalBinary(tb); err != nil {
			log.Fatal(err)
		}
		if err := bm.UnmarshalBinary(bb); err != nil {
			log.Fatal(err)
		}
		t = bm.Threshold
		for i, pg := range pages {
			if pg.p.Fold != k {
				continue
			}
			_, pt := tm.Predict(pg.a.PageFeatures())
			pg.pt = pt
			if pg.gold == nil {
				continue
			}
			rows := pg.a.Rows(bm.Weights, pt)
			probs[i] = make([]float64, len(rows))
			for j, r := range rows {
				probs[i][j] = bm.Trees.Predict(r)
			}
		}
	}
	if dump != "" {
		writeDump(dump, pages, probs)
	}
	printBody(pages, probs, t)
}

// noiseSeed is -noise: with it, leftOut drops one page in 50 from
// training.
var noiseSeed string

func leftOut(id string) bool {
	if noiseSeed == "" {
		return false
	}
	h := fnv.New32a()
	h.Write([]byte(noiseSeed + id))
	return h.Sum32()%50 == 0
}

// trainBlocks trains the block model without fold k (k == K: with every
// fold). Short blocks that are not body (menu items, buttons) are most of
// a page; one in four of them is kept, weighing four times as much.
func trainBlocks(pages []*page, k int) *extract.BlockModel {
	var train []*page
	for _, pg := range pages {
		if pg.gold != nil && pg.p.Fold != k && !leftOut(pg.p.ID) {
			train = append(train, pg)
		}
	}
	weights := wordWeights(train)
	var X [][]float32
	var y, w []float32
	for _, pg := range train {
		rows := pg.a.Rows(weights, pg.pt)
		short := 0
		for i, r := range rows {
			wi := pg.weight[i]
			if pg.labels[i] == 0 && len(pg.toks[i]) < 4 {
				short++
				if short%4 != 1 {
					continue
				}
				wi *= 4
			}
			X = append(X, r)
			y = append(y, pg.labels[i])
			w = append(w, wi)
		}
	}
	log.Printf("fold %d: %d blocks, %d words", k, len(X), len(weights))
	return &extract.BlockModel{Weights: weights, Trees: learn.TrainGBDT(X, y, w, blockParams)}
}

func inSet(pg *page, s string) bool {
	for _, x := range pg.p.Sets {
		if x == s {
			return true
		}
	}
	return false
}

// cvF1 is the mean over folds of the mean body F1 of the chosen pages.
func cvF1(pages []*page, probs [][]float64, t float32, keep func(*page) bool) float64 {
	sum := make([]float64, evalset.K)
	n := make([]int, evalset.K)
	for i, pg := range pages {
		if probs[i] == nil || !keep(pg) {
			continue
		}
		sel := extract.ChooseFor(extract.PageTypes[argmax(pg.pt)], probs[i], pg.a.Words(), t)
		var pred []string
		for j, s := range sel {
			if s {
				pred = append(pred, pg.toks[j]...)
			}
		}
		sum[pg.p.Fold] += evalset.ShingleF1(pg.gold, pg.ngold, pred)
		n[pg.p.Fold]++
	}
	var fs []float64
	for k := range sum {
		if n[k] > 0 {
			fs = append(fs, sum[k]/float64(n[k]))
		}
	}
	return mean(fs)
}

// words cuts text as the kit's scorer does: runs of letters, digits,
// marks, connector punctuation and the zero-width joiners.
func words(s string) []string {
	s = norm.NFC.String(s)
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || unicode.Is(unicode.Pc, r) || r == 0x200C || r == 0x200D)
	})
}

func analyseAll(cands []evalset.Page) []*page {
	out := make([]*page, len(cands))
	evalset.Each(len(cands), func(i int) { out[i] = prepare(cands[i]) })
	var keep []*page
	for _, p := range out {
		if p != nil {
			keep = append(keep, p)
		}
	}
	return keep
}

func prepare(p evalset.Page) *page {
	raw, err := evalset.ReadPage(p)
	if err != nil {
		log.Printf("%s: %v", p.ID, err)
		return nil
	}
	a, err := extract.Analyse(raw, "")
	if err != nil {
		log.Printf("%s: %v", p.ID, err)
		return nil
	}
	pg := &page{p: p, a: a, typ: -1}
	for i, t := range extract.PageTypes {
		if t == p.PageType {
			pg.typ = i
		}
	}
	texts := a.Texts()
	pg.toks = make([][]string, len(texts))
	for i, t := range texts {
		pg.toks[i] = words(t)
	}
	if p.Text == nil {
		return pg
	}
	gt := words(*p.Text)
	pg.gold = evalset.Shingles(gt)
	for _, c := range pg.gold {
		pg.ngold += c
	}
	// Short blocks are judged by whether their words stand together in
	// the gold text.
	short := map[string]bool{}
	for n := 1; n <= 3; n++ {
		for i := 0; i+n <= len(gt); i++ {
			short[strings.Join(gt[i:i+n], " ")] = true
		}
	}
	pg.labels = make([]float32, len(texts))
	pg.weight = make([]float32, len(texts))
	var sum float64
	for i, ts := range pg.toks {
		var share float64
		if len(ts) < 4 {
			if len(ts) > 0 && short[strings.Join(ts, " ")] {
				share = 1
			}
		} else {
			hit := 0
			for j := 0; j+4 <= len(ts); j++ {
				if pg.gold[evalset.Shingle{ts[j], ts[j+1], ts[j+2], ts[j+3]}] > 0 {
					hit++
				}
			}
			share = float64(hit) / float64(len(ts)-3)
		}
		if share >= 0.5 {
			pg.labels[i] = 1
		}
		pg.weight[i] = float32(math.Sqrt(float64(len(ts) + 1)))
		sum += float64(pg.weight[i])
	}
	// No page outweighs a few hundred of its blocks.
	if sum > 300 {
		for i := range pg.weight {
			pg.weight[i] *= float32(300 / sum)
		}
	}
	return pg
}

// wordWeights learns a weight for each class or id word seen on enough
// sites: how much more often than the average block a block under it is
// body. Each page votes once per word (the body share of its blocks under
// the word), so a site with many pages or blocks does not decide alone.
func wordWeights(train []*page) map[string]float32 {
	type acc struct {
		sum   float64
		pages int
		sites map[string]bool
	}
	accs := map[string]*acc{}
	var prior float64
	for _, pg := range train {
		pos := map[string]float64{}
		tot := map[string]float64{}
		var pp, pt float64
		for i, ts := range pg.a.Tokens() {
			w := float64(pg.weight[i])
			pp += w * float64(pg.labels[i])
			pt += w
			for _, t := range ts {
				pos[t] += w * float64(pg.labels[i])
				tot[t] += w
			}
		}
		if pt > 0 {
			prior += pp / pt
		}
		for t, n := range tot {
			a := accs[t]
			if a == nil {
				a = &acc{sites: map[string]bool{}}
				accs[t] = a
			}
			a.sum += pos[t] / n
			a.pages++
			a.sites[pg.p.Domain] = true
		}
	}
	prior /= float64(max(len(train), 1))
	type cand struct {
		w     string
		sites int
	}
	var cs []cand
	for t, a := range accs {
		if len(a.sites) >= minSites {
			cs = append(cs, cand{t, len(a.sites)})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].sites != cs[j].sites {
			return cs[i].sites > cs[j].sites
		}
		return cs[i].w < cs[j].w
	})
	if len(cs) > maxWords {
		cs = cs[:maxWords]
	}
	out := make(map[string]float32, len(cs))
	for _, c := range cs {
		a := accs[c.w]
		share := (a.sum + 2*prior) / (float64(a.pages) + 2)
		out[c.w] = extract.WordWeight(share, prior)
	}
	return out
}

func countGold(pages []*page) int {
	n := 0
	for _, p := range pages {
		if p.gold != nil {
			n++
		}
	}
	return n
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func fmtList(xs []float64) string {
	var s []string
	for _, x := range xs {
		s = append(s, fmt.Sprintf("%.3f", x))
	}
	return strings.Join(s, " ")
}

// writeDump writes one JSON line per scored page: what error analysis of
// the out-of-fold decisions needs, and nothing the models read.
func writeDump(path string, pages []*page, probs [][]float64) {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for i, pg := range pages {
		if probs[i] == nil {
			continue
		}
		type row struct {
			ID, Domain, Type string
			Fold             int
			Sets             []string
			PT               []float64
			Probs            []float64
			Labels           []float32
			Words            [][]string
			Tags             []string
			Gold             []string
		}
		gt := words(*pg.p.Text)
		if err := enc.Encode(row{pg.p.ID, pg.p.Domain, pg.p.PageType, pg.p.Fold, pg.p.Sets, pg.pt, probs[i], pg.labels, pg.toks, pg.a.Tags(), gt}); err != nil {
			log.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

func argmax(xs []float64) int {
	b := 0
	for i, x := range xs {
		if x > xs[b] {
			b = i
		}
	}
	return b
}
