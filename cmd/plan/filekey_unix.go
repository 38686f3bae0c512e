//go:build unix

package main

import (
	"io/fs"
	"syscall"
)

// keyOf is a file's device and inode: the same key for the same file
// however it was reached.
func keyOf(info fs.FileInfo) fileKey {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return fileKey{dev: uint64(st.Dev), ino: uint64(st.Ino)}
	}
	return fileKey{size: info.Size(), mod: info.ModTime()}
}
