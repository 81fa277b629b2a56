// Package config is the schema of an akhbar pipeline file, the YAML that
// "akhbar run pipeline.yaml" reads: which inputs to read, which steps to
// run with which parameters, where the corpus and the rejects go.
//
// Load decodes strictly (an unknown or misspelt key is an error naming its
// line), fills in defaults and validates, so that a run never starts on a
// half-understood file. Relative paths are taken from the file's folder.
//
// It is not the runner: cmd/akhbar maps a *Pipeline onto the same runner
// that "akhbar clean" uses. It holds no step logic; the quality rules it
// names are package quality's.
package config
