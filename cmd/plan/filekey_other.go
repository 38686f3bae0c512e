//go:build !unix

package main

import "io/fs"

// keyOf is a file's size and time of change, where the system gives no
// inode: files may share it, and are told apart by os.SameFile.
func keyOf(info fs.FileInfo) (key fileKey, unique bool) {
	return fileKey{size: info.Size(), mod: info.ModTime()}, false
}
