package indicators

import "strings"

// marker is a word that fixes the kind of the figure it stands beside.
type marker struct {
	word string
	kind Kind
}

// suffixMarkers follow the figure they type (6.5%以上).
var suffixMarkers = []marker{
	{"及以上", AtLeast}, {"以上", AtLeast}, {"以内", AtMost}, {"以下", AtMost},
	{"左右", About}, {"上下", About},
}

// prefixMarkers precede the figure they type (不高于1.68). Where two end at
// the same place the longer wins, so 不低于 is not read as 低于.
var prefixMarkers = []marker{
	{"不低于", AtLeast}, {"不少于", AtLeast}, {"≥", AtLeast}, {"达到", AtLeast}, {"达", AtLeast},
	{"提高到", AtLeast}, {"提高至", AtLeast}, {"提升到", AtLeast}, {"提升至", AtLeast},
	{"增加到", AtLeast}, {"增加至", AtLeast}, {"增至", AtLeast},
	{"超过", Above}, {"突破", Above}, {"高于", Above}, {"大于", Above}, {">", Above},
	{"不高于", AtMost}, {"不超过", AtMost}, {"不超", AtMost}, {"不大于", AtMost}, {"≤", AtMost},
	{"降至", AtMost}, {"降到", AtMost}, {"下降到", AtMost}, {"下降至", AtMost},
	{"缩小到", AtMost}, {"缩小至", AtMost}, {"控制在", AtMost}, {"优于", AtMost},
	{"降低到", AtMost}, {"降低至", AtMost}, {"减少到", AtMost}, {"减少至", AtMost}, {"减至", AtMost},
	{"压减到", AtMost}, {"压减至", AtMost}, {"削减到", AtMost}, {"削减至", AtMost},
	{"压缩到", AtMost}, {"压缩至", AtMost},
	{"低于", Below}, {"少于", Below}, {"小于", Below}, {"<", Below},
	{"约", About}, {"≈", About}, {"=", Target},
}

// lastMarker finds the prefix marker that ends nearest the end of s and
// returns it with the byte offset where it starts; ok is false when s has none.
func lastMarker(s string) (m marker, start int, ok bool) {
	bestEnd := -1
	for _, pm := range prefixMarkers {
		i := strings.LastIndex(s, pm.word)
		if i < 0 {
			continue
		}
		end := i + len(pm.word)
		if end > bestEnd || (end == bestEnd && len(pm.word) > len(m.word)) {
			m, start, bestEnd, ok = pm, i, end, true
		}
	}
	return m, start, ok
}

// suffixMarker returns the marker that s starts with, if any.
func suffixMarker(s string) (marker, bool) {
	for _, sm := range suffixMarkers {
		if strings.HasPrefix(s, sm.word) {
			return sm, true
		}
	}
	return marker{}, false
}

// wordingPolarity is the polarity that a kind's wording implies: 以上 asks for
// more, 以内 for less; the other kinds leave it to the indicator's name.
func wordingPolarity(k Kind) Polarity {
	switch k {
	case AtLeast, Above:
		return Higher
	case AtMost, Below:
		return Lower
	}
	return ""
}
