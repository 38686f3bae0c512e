package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"plan/indicators"
	"plan/seeds"
)

// Generated actuals files stand for a national roll-up: a county code and
// a period in each name, 10 to 49 figures each (the embedded plan has 49
// indicators with a rule), keys written as people write them (the ASCII
// key, the ID, the Chinese name), figures near their targets, with units
// or without, and now and then a figure of other months.
const (
	minFigures = 10 // a county's first-quarter release has at least the headline growth rates
	maxFigures = 49 // every indicator of the embedded plan that has a rule
)

// writeScaleFiles writes n actuals files for the embedded plan into dir,
// the same files for the same n and seed.
func writeScaleFiles(dir string, n int, seed uint64) error {
	g := newScaleGen(seed)
	for i := range n {
		name, text := g.file(i)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// scaleGen makes generated actuals files from one random source.
type scaleGen struct {
	rnd  *rand.Rand
	inds []*indicators.Indicator // the embedded plan's indicators with a rule
}

// newScaleGen starts a generator with a seed.
func newScaleGen(seed uint64) *scaleGen {
	return &scaleGen{rnd: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), inds: seeds.Plan().Checked()}
}

// file is the name and text of the i-th file: a county and a quarter of
// 2023, in a county-major order as a directory listing sorts them.
func (g *scaleGen) file(i int) (name, text string) {
	county, quarter := 330000+i/4, i%4+1
	period := fmt.Sprintf("2023-Q%d", quarter)
	return fmt.Sprintf("%d-%s.toml", county, period), g.text(county, period, quarter*3)
}

// text is the text of a county's file for a period of 2023 that covers
// January to the given month.
func (g *scaleGen) text(county int, period string, months int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# county %d, 2023, January to %s: the statistics bureau's release\n", county, monthName(months))
	b.WriteString("plan = \"2023\"\n")
	fmt.Fprintf(&b, "period = %q\n\n[values]\n", period)
	k := minFigures + g.rnd.IntN(maxFigures-minFigures+1)
	for _, j := range g.rnd.Perm(len(g.inds))[:k] {
		ind := g.inds[j]
		fmt.Fprintf(&b, "%s = %s\n", g.key(ind), g.value(ind, months))
	}
	return b.String()
}

// monthName is a month in English, for the comment heading a file.
func monthName(m int) string {
	return [...]string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}[m]
}

// key names an indicator as people do: mostly by its ASCII key, else by
// its ID or its Chinese name, both quoted.
func (g *scaleGen) key(ind *indicators.Indicator) string {
	switch r := g.rnd.IntN(10); {
	case r < 6 && ind.Key != "":
		return ind.Key
	case r < 8:
		return strconv.Quote(ind.ID)
	}
	return strconv.Quote(ind.Name)
}

// value is a figure for an indicator near its target (a tenth above or
// below, a flow scaled to the months elapsed), with the target's unit
// written or left out; external and qualitative targets are assessed, and
// one figure in twenty is of an earlier month.
func (g *scaleGen) value(ind *indicators.Indicator, months int) string {
	r := ind.Rule
	switch r.Kind {
	case indicators.External:
		if g.rnd.IntN(2) == 0 {
			return strconv.FormatBool(g.rnd.IntN(5) > 0)
		}
		t := 5 + g.rnd.Float64()*5
		return fmt.Sprintf("{ value = %s, target = %s }", round1(t*(0.9+0.2*g.rnd.Float64())), round1(t))
	case indicators.Qualitative:
		return strconv.FormatBool(g.rnd.IntN(5) > 0)
	}
	base := 6.0 // the growth of GDP an in-step target follows
	switch {
	case r.Value != nil:
		base = *r.Value
	case r.Low != nil && r.High != nil:
		base = (*r.Low + *r.High) / 2
	}
	if ind.Nature == indicators.Flow {
		base = base * float64(months) / 12
	}
	fig := round1(base * (0.9 + 0.2*g.rnd.Float64()))
	if r.Unit == "家" || r.Unit == "人" {
		fig = strconv.Itoa(int(base * (0.9 + 0.2*g.rnd.Float64())))
	}
	if r.Kind == indicators.Below || base < 0.1 {
		fig = strconv.FormatFloat(base*(0.8+0.3*g.rnd.Float64()), 'f', 4, 64)
	}
	text := fig
	if (r.Unit == "%" || r.Unit == "万人" || r.Unit == "亿美元") && g.rnd.IntN(2) == 0 {
		text = strconv.Quote(fig + r.Unit)
	}
	if months > 1 && g.rnd.IntN(20) == 0 && ind.Nature == indicators.Rate {
		return fmt.Sprintf("{ value = %s, period = \"2023-%02d\" }", text, months-1)
	}
	return text
}

// round1 writes a figure with one decimal.
func round1(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
