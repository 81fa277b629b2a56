package job

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ErrLocked is the error of a run whose output another live run is
// writing.
var ErrLocked = errors.New("another akhbar run is writing this output")

// outputLock is an advisory lock on one output, held for a whole run, so
// that two runs into one file or folder at once refuse instead of
// corrupting each other. The operating system releases it when the
// process ends, however it ends: a lock file left by a killed run does
// not block the next one.
type outputLock struct {
	f    *os.File
	path string
}

// lockOutput takes the lock at path, creating its folder if needed.
func lockOutput(path string) (*outputLock, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	for range 3 {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return nil, err
		}
		if err := tryLock(f); err != nil {
			f.Close()
			if errors.Is(err, errWouldBlock) {
				who, _ := os.ReadFile(path)
				return nil, fmt.Errorf("%s: %w (%s); wait for it to end, or write elsewhere", path, ErrLocked, strings.TrimSpace(string(who)))
			}
			return nil, fmt.Errorf("%s: lock: %w", path, err)
		}
		// The file may have been removed by the run that held it just
		// before it let go; a lock on a removed file guards nothing.
		a, err1 := f.Stat()
		b, err2 := os.Stat(path)
		if err1 == nil && err2 == nil && os.SameFile(a, b) {
			f.Truncate(0)
			fmt.Fprintf(f, "pid %d\n", os.Getpid())
			return &outputLock{f: f, path: path}, nil
		}
		f.Close()
	}
	return nil, fmt.Errorf("%s: lock file keeps changing", path)
}

// unlock removes the lock file and lets go of the lock.
func (l *outputLock) unlock() {
	if l == nil {
		return
	}
	os.Remove(l.path)
	l.f.Close()
}

// isLockedBy reports whether the lock file at path is held by a live
// process (this one included).
func isLocked(path string) bool {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	if err := tryLock(f); err != nil {
		return errors.Is(err, errWouldBlock)
	}
	unlockFile(f)
	return false
}
