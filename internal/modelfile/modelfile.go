// Package modelfile gives a learned model's bytes: the copy embedded in
// the binary, or, when AKHBAR_MODEL_DIR names a folder that holds a file
// of the model's name, that file. The override exists for evaluation:
// scripts/eval-html.sh runs each cross-validation fold with the models
// trained without it, so no learned part is scored on pages it saw.
// Users never need it.
package modelfile

import (
	"fmt"
	"os"
	"path/filepath"
)

// Env is the variable that names a folder of model files.
const Env = "AKHBAR_MODEL_DIR"

// Bytes returns the model called name: $AKHBAR_MODEL_DIR/name when that
// file exists, else embedded.
func Bytes(name string, embedded []byte) ([]byte, error) {
	dir := os.Getenv(Env)
	if dir == "" {
		return embedded, nil
	}
	raw, err := os.ReadFile(filepath.Join(dir, name))
	if os.IsNotExist(err) {
		return embedded, nil
	}
	if err != nil {
		return nil, fmt.Errorf("model %s: %w", name, err)
	}
	return raw, nil
}
