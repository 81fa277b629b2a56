//go:build !unix

package job

import (
	"errors"
	"os"
)

// Without flock the lock is advisory only in name: a second run is not
// stopped. akhbar's supported platforms are unix.
var errWouldBlock = errors.New("locked")

func tryLock(*os.File) error { return nil }
func unlockFile(*os.File)    {}
