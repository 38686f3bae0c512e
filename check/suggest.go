package check

import (
	"plan/indicators"
)

// suggest finds the key, ID or name of the plan nearest to an unknown key,
// for a did-you-mean hint; "" when nothing is near enough.
func suggest(p *indicators.Plan, key string) string {
	best, bestDist := "", 0
	for _, ind := range p.Checked() {
		for _, cand := range []string{ind.Key, ind.ID, ind.Name} {
			if cand == "" {
				continue
			}
			d := distance(key, cand)
			if best == "" || d < bestDist {
				best, bestDist = cand, d
			}
		}
	}
	limit := len([]rune(key))/3 + 1
	if bestDist > limit {
		return ""
	}
	return best
}

// distance is the Levenshtein distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// nearest is the candidate nearest to name, for a did-you-mean hint; ""
// when none is near enough.
func nearest(name string, candidates []string) string {
	best, bestDist := "", 0
	for _, c := range candidates {
		if d := distance(name, c); best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	if bestDist > len([]rune(name))/3+1 {
		return ""
	}
	return best
}
