package main

import (
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"plan/indicators"
)

// planCache reads the plans a run's files name (plan =
// "plans/huzhou-2024.txt") once each, however many files name a plan and
// however many goroutines ask for it at once, and shares them. A plan that
// cannot be read is tried once too, and its error given to every file
// that names it.
type planCache struct {
	read  func(path string) (*indicators.Plan, error)
	mu    sync.Mutex
	plans map[string]*cachedPlan // by the cleaned absolute path
}

// cachedPlan is one plan, read by the first goroutine that asks for it.
type cachedPlan struct {
	once sync.Once
	path string // as the first file to name it gave it, for messages
	plan *indicators.Plan
	err  error
}

// newPlanCache starts a cache that reads documents with opts. The run's
// plan, read from runFile (--plan), is in it already, so that a file
// naming that document is judged against the run's plan, read once.
func newPlanCache(opts indicators.Options, runFile string, run *indicators.Plan) *planCache {
	read := func(path string) (*indicators.Plan, error) { return indicators.ReadFile(path, opts) }
	c := &planCache{read: read, plans: map[string]*cachedPlan{}}
	if runFile != "" {
		e := &cachedPlan{path: runFile, plan: run}
		e.once.Do(func() {})
		c.plans[cacheKey(runFile)] = e
	}
	return c
}

// plan returns the plan at path, reading it if no one has yet.
func (c *planCache) plan(path string) (*indicators.Plan, error) {
	key := cacheKey(path)
	c.mu.Lock()
	e := c.plans[key]
	if e == nil {
		e = &cachedPlan{path: path}
		c.plans[key] = e
	}
	c.mu.Unlock()
	e.once.Do(func() { e.plan, e.err = c.read(path) })
	return e.plan, e.err
}

// cacheKey is the cleaned absolute path of a file: the same document
// named from two directories is one plan.
func cacheKey(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	return abs
}

// guessed lists the plans read from documents whose reading has guesses,
// with how many, in the order of their paths. A plan file (.toml) is a
// person's statement of the rules, the guesses it records reviewed.
func (c *planCache) guessed() []planGuesses {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []planGuesses
	for _, e := range c.plans {
		if e.plan == nil || strings.EqualFold(filepath.Ext(e.path), ".toml") {
			continue
		}
		if n := guesses(e.plan); n > 0 {
			out = append(out, planGuesses{path: e.path, n: n})
		}
	}
	slices.SortFunc(out, func(a, b planGuesses) int { return strings.Compare(a.path, b.path) })
	return out
}

// planGuesses is a plan whose reading has n guesses.
type planGuesses struct {
	path string
	n    int
}

// guesses counts the readings of a plan its document does not prove.
func guesses(p *indicators.Plan) int {
	n := 0
	for _, d := range p.Diagnostics {
		if d.Kind == indicators.Guess {
			n++
		}
	}
	return n
}
