// Command modelconv converts a first-stage language model file of format
// version 2 or 3 to version 4 (see package model: version 3 put short
// posting lists inline in the hash table's slots, version 4 stores long
// lists of one script group as dense vectors), exactly as the trainer would
// have written the same n-grams, so the shipped model changed format
// without being trained again. It is kept so that the conversions can be
// repeated:
//
//	git show 5e6a42e:lang/data/model.bin > /tmp/model-v2.bin   # or 7266246: version 3
//	go run ./lang/internal/modelconv -in /tmp/model-v2.bin -out lang/data/model.bin
//
// The output is written to a temporary file and renamed into place.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/akhbar/akhbar/lang/internal/model"
)

func main() {
	in := flag.String("in", "", "version 2 or 3 model file to read")
	out := flag.String("out", "", "version 4 model file to write")
	flag.Parse()
	if *in == "" || *out == "" || flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "usage: modelconv -in OLD -out NEW")
		os.Exit(2)
	}
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "modelconv:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	old, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	b, err := model.Convert(old)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	if _, err := model.Load(b); err != nil {
		return fmt.Errorf("%s: converted file does not load: %w", in, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), ".modelconv-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%s: %d bytes -> %s: %d bytes\n", in, len(old), out, len(b))
	return os.Rename(tmp.Name(), out)
}
