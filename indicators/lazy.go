package indicators

import (
	"regexp"
	"sync"
)

// lazyRegexp compiles a pattern the first time it is used. A run that checks
// figures against the embedded plan reads no document, and so compiles none
// of the reader's patterns.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
