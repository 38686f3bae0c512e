//go:build unix

package main

import (
	"io/fs"
	"syscall"
)

// keyOf is a file's device and inode: the same key for the same file
// however it was reached, and unique to it. Where the system gives none,
// it is the size and time of change, which files may share.
func keyOf(info fs.FileInfo) (key fileKey, unique bool) {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return fileKey{dev: uint64(st.Dev), ino: uint64(st.Ino)}, true
	}
	return fileKey{size: info.Size(), mod: info.ModTime()}, false
}
