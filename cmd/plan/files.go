package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// stdinArg is the argument that stands for standard input, and stdinName
// the name it goes by in messages and reports.
const (
	stdinArg  = "-"
	stdinName = "<stdin>"
)

// fileSet gathers the files a plan check run reads, in the order given: a
// directory stands for its *.toml files, sorted; a file reached twice (named
// twice, or through a symbolic link and by its own name) is read once.
// What it passes over it says on stderr, without changing the exit status.
type fileSet struct {
	msg   messages
	files []string
	seen  map[fileKey][]seenFile // files already taken, by size and time
	stdin bool                   // standard input is taken
}

// fileKey narrows the files that may be the same file before os.SameFile
// compares them, so that a run over many files does not compare each with
// all the others: the device and inode where the system has them (one file
// a key), else the size and time of change.
type fileKey struct {
	dev, ino uint64
	size     int64
	mod      time.Time
}

// seenFile is a file taken and the name it was taken by, with its
// FileInfo where its key does not tell it from others.
type seenFile struct {
	name string
	info fs.FileInfo
}

// collectFiles turns the arguments of plan check into the files to read.
func collectFiles(args []string, msg messages) ([]string, error) {
	s := &fileSet{msg: msg, seen: map[fileKey][]seenFile{}}
	for _, arg := range args {
		if err := s.add(arg); err != nil {
			return nil, err
		}
	}
	return s.files, nil
}

// add takes one argument: standard input, a directory, or a file of any
// kind (a file named on the command line may be a pipe). A name that cannot
// be read is taken too, for the run to report as a file not checked.
func (s *fileSet) add(arg string) error {
	if arg == stdinArg {
		if s.stdin {
			s.msg.errorf("%s: given twice: read once", stdinArg)
			return nil
		}
		s.stdin = true
		s.files = append(s.files, arg)
		return nil
	}
	info, err := os.Stat(arg)
	switch {
	case err != nil:
		s.files = append(s.files, arg)
	case info.IsDir():
		return s.addDir(arg)
	default:
		s.take(arg, info)
	}
	return nil
}

// take adds a file unless it was taken already.
func (s *fileSet) take(name string, info fs.FileInfo) {
	key, unique := keyOf(info)
	for _, f := range s.seen[key] {
		if unique || os.SameFile(f.info, info) {
			s.msg.errorf("%s: the same file as %s: checked once", name, f.name)
			return
		}
	}
	seen := seenFile{name: name}
	if !unique { // kept only where os.SameFile must tell files apart: a run over many files holds no FileInfo
		seen.info = info
	}
	s.seen[key] = append(s.seen[key], seen)
	s.files = append(s.files, name)
}

// addDir adds a directory's *.toml files, not those of its subdirectories.
// It passes over the hidden ones (._q3.toml of macOS, .#q3.toml of Emacs:
// a dot starts the name of a file a person did not write as data) and
// anything that is not a regular file (reading a named pipe waits for a
// writer that may never come), each with a line on stderr. A symbolic link
// to a file is followed; one that leads nowhere, or in a loop, is taken,
// to be reported as a file that cannot be read.
func (s *fileSet) addDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return usageErr("%s: cannot read the directory: %s", dir, reason(err))
	}
	found := 0
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".toml") {
			continue
		}
		found++
		path := filepath.Join(dir, e.Name())
		if strings.HasPrefix(e.Name(), ".") {
			s.msg.errorf("%s: skipped: a hidden file (its name starts with a dot)", path)
			continue
		}
		info, err := os.Stat(path) // follows a symbolic link
		switch {
		case err != nil:
			s.files = append(s.files, path)
		case !info.Mode().IsRegular():
			s.msg.errorf("%s: skipped: %s, not a regular file", path, kindOf(info.Mode()))
		default:
			s.take(path, info)
		}
	}
	if found == 0 {
		return usageErr("%s: a directory with no .toml files", dir)
	}
	return nil
}

// kindOf names the kind of a file that is not a regular one.
func kindOf(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}
