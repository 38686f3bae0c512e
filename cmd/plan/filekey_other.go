//go:build !unix

package main

import "io/fs"

// keyOf is a file's size and time of change, where the system gives no
// inode: the files that share it are told apart by os.SameFile.
func keyOf(info fs.FileInfo) fileKey {
	return fileKey{size: info.Size(), mod: info.ModTime()}
}
