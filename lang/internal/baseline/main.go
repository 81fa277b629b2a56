//go:build baseline

// Command baseline labels a LID file (label<TAB>text lines) with two
// off-the-shelf Go identifiers, whatlanggo and lingua-go (all 75 of its
// languages, high accuracy mode), so that scripts/eval-lid.sh can score them
// on the same rows as akhbar. It is behind the "baseline" build tag because
// lingua-go embeds 135 MB of models into whatever imports it:
//
//	go run -tags baseline ./lang/internal/baseline -whatlang W.pred -lingua L.pred < file.tsv
//
// Both write their language as ISO 639-3 mapped to FLORES-200's codes and take
// the script part of the label from lang.Script, since neither names scripts
// the FLORES way.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/abadojack/whatlanggo"
	"github.com/pemistahl/lingua-go"

	"github.com/akhbar/akhbar/lang"
)

// flores maps the ISO 639-3 codes the baselines give to FLORES-200's, which
// name individual languages where the baselines name macrolanguages.
var flores = map[string]string{
	"ara": "arb", "fas": "pes", "msa": "zsm", "swa": "swh", "cmn": "zho", "lav": "lvs",
	"sqi": "als", "mon": "khk", "uzb": "uzn", "aze": "azj", "nep": "npi", "ori": "ory",
	"pus": "pbt", "kur": "ckb", "est": "est", "nor": "nob",
}

func label(code, text string) string {
	code = strings.ToLower(code)
	if f, ok := flores[code]; ok {
		code = f
	}
	if code == "" || code == "und" {
		return "und"
	}
	script, _ := lang.Script(text)
	switch script {
	case "Hani":
		script = "Hans"
	case "Zyyy":
		return "und"
	}
	return code + "_" + script
}

func main() {
	wPath := flag.String("whatlang", "", "write whatlanggo labels here")
	lPath := flag.String("lingua", "", "write lingua-go labels here")
	flag.Parse()
	wf, err := os.Create(*wPath)
	if err != nil {
		log.Fatal(err)
	}
	lf, err := os.Create(*lPath)
	if err != nil {
		log.Fatal(err)
	}
	ww, lw := bufio.NewWriter(wf), bufio.NewWriter(lf)
	det := lingua.NewLanguageDetectorBuilder().FromAllLanguages().Build()
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		_, text, _ := strings.Cut(sc.Text(), "\t")
		info := whatlanggo.Detect(text)
		fmt.Fprintln(ww, label(info.Lang.Iso6393(), text))
		l, ok := det.DetectLanguageOf(text)
		code := "und"
		if ok {
			code = l.IsoCode639_3().String()
		}
		fmt.Fprintln(lw, label(code, text))
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	for _, w := range []*bufio.Writer{ww, lw} {
		if err := w.Flush(); err != nil {
			log.Fatal(err)
		}
	}
}
