package check

import (
	"strings"

	"plan/indicators"
)

// A decrease target (下降3%左右: rule.measure = decrease) is judged on the
// size of the decrease: 3.5 is a fall of 3.5%. Bureaus write the figure in
// three other ways, each read as a size with a note that says so.

// measuresDecrease reports whether an indicator's figures are the size of
// a decrease: its target says so (下降3%左右), or its name, or a group's
// above it, does (the reader marks those: indicators.finish).
func measuresDecrease(ind *indicators.Indicator) bool {
	return ind.Rule.Measure == indicators.Decrease
}

// reading is how a figure against a decrease target was read.
type reading int

const (
	asWritten      reading = iota // the size of the decrease, or a level
	negativeGrowth                // -3.5%: a fall of 3.5%
	decreaseWords                 // 下降3.5%: a fall of 3.5%
	increaseWords                 // 增长1.2%: a fall of −1.2%
	positiveGrowth                // +1.2%: a fall of −1.2%
)

// readChange reads a figure; against a decrease target (decrease true) it
// returns the size of the decrease, with how it was read.
func readChange(v any, decrease bool) (f float64, unit, text string, rd reading, err error) {
	if s, ok := v.(string); ok {
		if word, rest, sign, ok := changeWord(s); ok {
			return readWords(s, word, rest, sign, decrease)
		}
	}
	f, unit, text, err = readFigure(v)
	switch {
	case err != nil || !decrease:
		return f, unit, text, asWritten, err
	case f < 0:
		return -f, unit, text, negativeGrowth, nil
	case signed(v):
		return -f, unit, text, positiveGrowth, nil
	}
	return f, unit, text, asWritten, nil
}

// signed reports whether a figure is written with a plus sign (+1.2%): a
// growth, where a bare 1.2 against a decrease target is the decrease's size.
func signed(v any) bool {
	s, ok := v.(string)
	s = strings.TrimSpace(s)
	return ok && (strings.HasPrefix(s, "+") || strings.HasPrefix(s, "＋"))
}

// readWords reads 下降3.5% or 增长1.2% written for a decrease target.
func readWords(s, word, rest string, sign float64, decrease bool) (float64, string, string, reading, error) {
	if !decrease {
		return 0, "", "", asWritten, problemf("write the figure itself, such as 6.1% or -0.5%",
			"%q: %s is for a target that is a decrease", shorten(s), word)
	}
	if t := strings.TrimSpace(rest); strings.HasPrefix(t, "-") || strings.HasPrefix(t, "+") || strings.HasPrefix(t, "−") {
		return 0, "", "", asWritten, problemf("write 下降3.5% or -3.5%", "%q has a word and a sign", shorten(s))
	}
	f, unit, _, err := readFigure(rest)
	if err != nil {
		return 0, "", "", asWritten, err
	}
	if sign < 0 {
		return -f, unit, s, increaseWords, nil
	}
	return f, unit, s, decreaseWords, nil
}

// changeWord finds a word of change at the start of s: the word, the rest,
// and +1 for a fall, −1 for a rise (the sign of a decrease's size).
func changeWord(s string) (word, rest string, sign float64, ok bool) {
	word, rest, fall, ok := indicators.CutChange(s)
	if fall {
		return word, rest, 1, ok
	}
	return word, rest, -1, ok
}

// note says how a figure was read, with its size in the target's unit;
// "" for a figure read as written.
func (rd reading) note(text string, size float64, unit string) string {
	switch rd {
	case negativeGrowth:
		return text + " (a negative growth) read as a decrease of " + figure(size, unit)
	case positiveGrowth:
		return text + " (a growth) read as a decrease of " + figure(size, unit)
	case decreaseWords, increaseWords:
		return text + " read as a decrease of " + figure(size, unit)
	}
	return ""
}
