//go:build !unix

package source

import "os"

// OpenFile is os.Open (see open_unix.go).
func OpenFile(path string) (*os.File, error) { return os.Open(path) }
