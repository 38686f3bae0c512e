package check

import "strings"

// keyLines finds the line of each key and table header of a TOML file:
// keys["values"]["gdp_growth"] is the line where gdp_growth is set under
// [values], headers["values"] the line of the [values] header. The TOML
// decoder keeps no positions for keys, and messages and annotations must
// point at the line a person wrote.
type keyLines struct {
	keys    map[string]map[string]int
	headers map[string]int
}

// indexLines reads the key and header lines of a TOML text.
func indexLines(text string) keyLines {
	kl := keyLines{keys: map[string]map[string]int{}, headers: map[string]int{}}
	table := ""
	for i, line := range strings.Split(text, "\n") {
		if name, ok := tableName(line); ok {
			table = name
			if _, seen := kl.headers[name]; !seen {
				kl.headers[name] = i + 1
			}
			continue
		}
		key, ok := lineKey(line)
		if !ok {
			continue
		}
		if kl.keys[table] == nil {
			kl.keys[table] = map[string]int{}
		}
		if _, seen := kl.keys[table][key]; !seen {
			kl.keys[table][key] = i + 1
		}
	}
	return kl
}

// tableName reads a table header line: [values], [tolerance.by_id].
func tableName(line string) (string, bool) {
	t := strings.TrimSpace(line)
	if !strings.HasPrefix(t, "[") || strings.HasPrefix(t, "[[") {
		return "", false
	}
	name, _, ok := strings.Cut(t[1:], "]")
	return strings.ReplaceAll(name, " ", ""), ok
}

// lineKey reads the key a line sets: bare, "quoted" or 'literal'.
func lineKey(line string) (string, bool) {
	t := strings.TrimLeft(line, " \t")
	var key string
	switch {
	case strings.HasPrefix(t, `"`):
		end := 1
		for end < len(t) && t[end] != '"' {
			if t[end] == '\\' {
				end++
			}
			end++
		}
		if end >= len(t) {
			return "", false
		}
		key, t = strings.ReplaceAll(t[1:end], `\"`, `"`), t[end+1:]
	case strings.HasPrefix(t, "'"):
		k, rest, ok := strings.Cut(t[1:], "'")
		if !ok {
			return "", false
		}
		key, t = k, rest
	default:
		n := strings.IndexFunc(t, func(r rune) bool {
			return !(r == '_' || r == '-' || r == '.' || r >= '0' && r <= '9' || r|0x20 >= 'a' && r|0x20 <= 'z')
		})
		if n <= 0 {
			return "", false
		}
		key, t = t[:n], t[n:]
	}
	return key, strings.HasPrefix(strings.TrimLeft(t, " \t"), "=")
}

// line returns the line of key in table, or of the table it opens
// ([values.gdp_growth], [values."9.1"]); 0 when it is not known.
func (kl keyLines) line(table, key string) int {
	if n := kl.keys[table][key]; n > 0 {
		return n
	}
	for _, header := range []string{table + "." + key, table + `."` + key + `"`, table + ".'" + key + "'"} {
		if n, ok := kl.headers[header]; ok {
			return n
		}
	}
	return 0
}

// topLine returns the line of a top-level name: the key set at the top, the
// header of the table it names ([values]), or of the first table under it
// ([tolerance.by_id] for tolerance); 0 when it is not known.
func (kl keyLines) topLine(name string) int {
	if n := kl.line("", name); n > 0 {
		return n
	}
	if n, ok := kl.headers[name]; ok {
		return n
	}
	first := 0
	for header, n := range kl.headers {
		if strings.HasPrefix(header, name+".") && (first == 0 || n < first) {
			first = n
		}
	}
	return first
}
