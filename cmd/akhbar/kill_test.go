package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/akhbar/akhbar/sink"
)

// TestMain lets the test binary stand in for akhbar, so that tests can run
// the command in a subprocess and kill it.
func TestMain(m *testing.M) {
	if os.Getenv("AKHBAR_TEST_MAIN") == "1" {
		os.Exit(run(os.Args[1:]))
	}
	code := m.Run()
	if os.Getenv("AKHBAR_BIN") == "" && builtBinary() != os.Args[0] {
		os.Remove(builtBinary())
	}
	os.Exit(code)
}

var builtBinary = sync.OnceValue(func() string {
	// A binary built without the race detector runs the subprocesses at
	// full speed; the race detector has the in-process tests to look at.
	bin := filepath.Join(os.TempDir(), fmt.Sprintf("akhbar-test-%d", os.Getpid()))
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if err := exec.Command(gobin, "build", "-o", bin, ".").Run(); err != nil {
		return os.Args[0]
	}
	return bin
})

// akhbarCmd runs akhbar in a subprocess: the binary named by AKHBAR_BIN
// (scripts/kill-test.sh builds one), else one built from this package,
// else this test binary, which runs main when AKHBAR_TEST_MAIN is set.
func akhbarCmd(args ...string) *exec.Cmd {
	bin := os.Getenv("AKHBAR_BIN")
	if bin == "" {
		bin = builtBinary()
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "AKHBAR_TEST_MAIN=1")
	return cmd
}

var words = strings.Fields(`the of and to in a is that for it as was with be by on not he i this are or his from at which but have an they you were her she there all one their had has been would more when if will
भारत सरकार ने आज कहा कि देश में नई नीति लागू होगी और इससे किसानों को लाभ मिलेगा मंत्री ने बताया बैठक में फैसला लिया गया राज्य के लोगों ने स्वागत किया
ಬೆಂಗಳೂರು ನಗರದಲ್ಲಿ ಇಂದು ಮಳೆ ಸುರಿಯಿತು ಸರ್ಕಾರ ಹೊಸ ಯೋಜನೆ ಘೋಷಿಸಿದೆ ಜನರು ಸಂತೋಷ ವ್ಯಕ್ತಪಡಿಸಿದರು`)

// page makes a plausible text dump: a menu, a headline, a date line, some
// paragraphs and a footer, all from the seed's random stream.
func page(r *rand.Rand, site string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Home | World | Sports | %s\n\n", site)
	sentence := func(n int) string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = words[r.IntN(len(words))]
		}
		return strings.Join(ws, " ")
	}
	fmt.Fprintf(&b, "%s\n\n", sentence(8))
	fmt.Fprintf(&b, "Published : Jul %d, 2024, %d:%02d PM IST\n\n", 1+r.IntN(28), 1+r.IntN(11), r.IntN(60))
	for range 3 + r.IntN(8) {
		for range 2 + r.IntN(4) {
			b.WriteString(sentence(6 + r.IntN(20)))
			b.WriteString(". ")
		}
		b.WriteString("\n\n")
	}
	fmt.Fprintf(&b, "Copyright © 2024 %s. All rights reserved.\n", site)
	return b.String()
}

// makeCorpus writes files text dumps into dir/dumps and a gzipped JSONL
// container of lines pages (with a broken line now and then) into
// dir/pages.jsonl.gz. It returns the input arguments.
func makeCorpus(t testing.TB, dir string, files, lines int) []string {
	t.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	dumps := filepath.Join(dir, "dumps")
	if err := os.MkdirAll(dumps, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range files {
		site := fmt.Sprintf("site%d", i%7)
		if err := os.WriteFile(filepath.Join(dumps, fmt.Sprintf("%s__%04d.txt", site, i)), []byte(page(r, site)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	var texts []string
	for i := range lines {
		if i%97 == 13 {
			zw.Write([]byte("{\"id\": \"broken\", \"text\": \n"))
			continue
		}
		text := page(r, "jsonl")
		if i%10 == 5 && len(texts) > 0 {
			text = texts[r.IntN(len(texts))] // a copy, for dedup to find
		}
		texts = append(texts, text)
		b, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("j%05d", i), "url": fmt.Sprintf("https://site%d.example/%d", i%5, i), "text": text})
		zw.Write(append(b, '\n'))
	}
	zw.Close()
	jl := filepath.Join(dir, "pages.jsonl.gz")
	if err := os.WriteFile(jl, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return []string{dumps, jl}
}

// treeFiles lists the files under dir (relative paths), hidden ones too.
func treeFiles(t testing.TB, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[rel] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// sameOutput compares a resumed run's output folder with an uninterrupted
// run's: every file byte for byte, the manifest by what does not depend on
// when the run happened.
func sameOutput(t testing.TB, want, got string, manifest string) {
	t.Helper()
	w, g := treeFiles(t, want), treeFiles(t, got)
	for name, wb := range w {
		gb, ok := g[name]
		switch {
		case !ok:
			t.Errorf("%s: missing after resume", name)
		case name == manifest:
			var wm, gm sink.Manifest
			json.Unmarshal(wb, &wm)
			json.Unmarshal(gb, &gm)
			for _, part := range []struct {
				name string
				a, b any
			}{{"stats", wm.Stats, gm.Stats}, {"shards", wm.Shards, gm.Shards}, {"inputs", wm.Inputs, gm.Inputs}} {
				a, _ := json.Marshal(part.a)
				b, _ := json.Marshal(part.b)
				if !bytes.Equal(a, b) {
					t.Errorf("manifest %s differ:\nwant %s\ngot  %s", part.name, a, b)
				}
			}
		case !bytes.Equal(wb, gb):
			t.Errorf("%s: differs after resume (%d vs %d bytes)", name, len(wb), len(gb))
		}
	}
	for name := range g {
		if _, ok := w[name]; !ok {
			t.Errorf("%s: left over after resume", name)
		}
	}
}

// TestKillResume kills a sharded run at random moments (SIGINT first,
// then SIGKILL), restarts it with the same command each time, and checks
// that the output ends byte for byte as an uninterrupted run's. The
// default is 5 kills on a small corpus; AKHBAR_KILLS=N asks for N on the
// folder and N/2 on each other variant (scripts/kill-test.sh runs 25 on
// the built binary).
func TestKillResume(t *testing.T) {
	if testing.Short() {
		t.Skip("runs akhbar in subprocesses")
	}
	// The default run: 4 kills of a folder of zstd shards and 1 of a run
	// with both corpus passes; the gzip and Parquet variants only with
	// AKHBAR_KILLS (package job tests them in-process on every run).
	kills, others, short := 4, 1, true
	if s := os.Getenv("AKHBAR_KILLS"); s != "" {
		kills, _ = strconv.Atoi(s)
		others, short = (kills+1)/2, false
	}
	dir := t.TempDir()
	inputs := makeCorpus(t, dir, 100, 200)
	for _, tc := range []struct {
		name, out, manifest string
		flags               []string
		kills               int
	}{
		{"folder of zstd shards", "out/", "out/manifest.json", []string{"--shard-records", "10"}, kills},
		{"gzip shards by size", "out/c.jsonl.gz", "c.jsonl.gz.manifest.json", []string{"--shard-size", "30kB"}, others},
		{"parquet shards", "out/c.parquet", "c.parquet.manifest.json", []string{"--shard-records", "20"}, others},
		{"templates and dedup", "out/", "out/manifest.json", []string{"--templates", "--drop-duplicates", "--shard-records", "10"}, others},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if short && (strings.Contains(tc.name, "gzip") || strings.Contains(tc.name, "parquet")) {
				t.Skip("with AKHBAR_KILLS only")
			}
			base := append([]string{"clean", "-q", "-j", "2", "--now", "2024-07-10T12:00:00+05:30"}, tc.flags...)
			args := func(root string) []string {
				// Join would drop the slash that makes "out/" a folder.
				return append(append(append([]string{}, base...), "-o", root+"/"+tc.out), inputs...)
			}
			refRoot := filepath.Join(t.TempDir(), "ref")
			builtBinary()
			start := time.Now()
			if out, err := akhbarCmd(args(refRoot)...).CombinedOutput(); err != nil {
				t.Fatalf("uninterrupted run: %v\n%s", err, out)
			}
			full := time.Since(start)
			r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
			effective, rounds := 0, 0
			for effective < tc.kills {
				rounds++
				root := filepath.Join(t.TempDir(), fmt.Sprint("run", rounds))
				for attempt := 0; ; attempt++ {
					cmd := akhbarCmd(args(root)...)
					var stderr bytes.Buffer
					cmd.Stderr = &stderr
					if err := cmd.Start(); err != nil {
						t.Fatal(err)
					}
					exited := make(chan error, 1)
					go func() { exited <- cmd.Wait() }()
					delay := time.Duration(r.Int64N(int64(full)/3 + 1))
					sig := syscall.SIGKILL
					if attempt == 0 {
						sig = syscall.SIGINT
					}
					var err error
					if effective >= tc.kills {
						delay = time.Hour // enough kills: let it finish
					}
					select {
					case err = <-exited:
					case <-time.After(delay):
						cmd.Process.Signal(sig)
						err = <-exited
						if err != nil {
							effective++
						}
					}
					if err == nil {
						break // the run completed
					}
					ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
					if sig == syscall.SIGINT && !ws.Signaled() {
						// (Signaled: the signal came before akhbar set up its
						// handler, and the default action ended it.)
						if code := cmd.ProcessState.ExitCode(); code != exitSignal {
							t.Fatalf("SIGINT: exit %d, want %d\n%s", code, exitSignal, stderr.String())
						}
						if !strings.Contains(stderr.String(), "read ") {
							t.Errorf("SIGINT: no summary printed:\n%s", stderr.String())
						}
					}
					if attempt > 200 {
						t.Fatal("the run never completes")
					}
				}
				sameOutput(t, filepath.Dir(filepath.Join(refRoot, tc.out)), filepath.Dir(filepath.Join(root, tc.out)), tc.manifest)
				if t.Failed() {
					return
				}
			}
			t.Logf("%d kills in %d rounds; uninterrupted run %v", effective, rounds, full.Round(time.Millisecond))
		})
	}
}
