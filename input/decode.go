package input

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	unicodeenc "golang.org/x/text/encoding/unicode"
)

// Decoded is a file's text in UTF-8 and how it was read.
type Decoded struct {
	Text     []byte // UTF-8, without a byte-order mark
	Encoding string // the encoding read: "UTF-8", "GB18030", "Big5", "UTF-16LE" …
	Reason   string // why that encoding: "byte-order mark", "named by the page's <meta charset>" …; "" for plain UTF-8
}

// Encodings lists the encodings Decode reads when it is told which, for
// messages and --help; any WHATWG label (gbk, gb2312, x-gbk …) works too.
func Encodings() []string {
	return []string{"utf-8", "gb18030", "gbk", "big5", "utf-16le", "utf-16be"}
}

// Decode returns data as UTF-8 text. A non-empty name forces the encoding;
// otherwise the evidence decides, the clearest first: a byte-order mark,
// valid UTF-8, a charset an HTML page declares, the zero bytes of UTF-16,
// UTF-8 with a few bytes that are not (see nearlyUTF8), and last bytes
// that are not UTF-8 but decode cleanly as GB18030 or Big5 (the one that
// reads more like Chinese). Decode fails when the evidence is not clear,
// saying which encoding to force.
func Decode(data []byte, name string) (Decoded, error) {
	if name != "" {
		return decodeNamed(data, name, "named by --encoding")
	}
	if d, ok := byBOM(data); ok {
		return d, nil
	}
	if utf8.Valid(data) {
		return Decoded{Text: data, Encoding: "UTF-8"}, nil
	}
	if label := declaredCharset(data); label != "" {
		if d, err := decodeNamed(data, label, "named by the page's <meta charset>"); err == nil && d.Encoding != "UTF-8" {
			return d, nil
		}
	}
	if enc, ok := zeroBytes(data); ok {
		return decodeNamed(data, enc, "shown by its zero bytes")
	}
	if d, ok := nearlyUTF8(data, 0); ok {
		return d, nil
	}
	return guessChinese(data)
}

// nearlyUTF8 reads UTF-8 text with a few bytes that are not UTF-8: a
// character cut at the end of a truncated file, a stray byte of a copy.
// Each run of them becomes U+FFFD, and the reason says where the first
// was, counting from the file's start, skip bytes before data. Text in
// another encoding has a bad byte in every few, and fewer good characters
// of several bytes than bad bytes.
func nearlyUTF8(data []byte, skip int) (Decoded, bool) {
	const (
		fewBad     = 4    // bad bytes read as U+FFFD in any text: a cut character is up to three
		perBad     = 1000 // or at most one bad byte in this many
		goodPerBad = 4    // and at least this many good characters of several bytes for each bad one
	)
	bad, first, wide := 0, -1, 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			bad++
			if first < 0 {
				first = skip + i
			}
		case size > 1:
			wide++
		}
		i += size
	}
	if bad == 0 || bad > fewBad && bad*perBad > len(data) || wide < goodPerBad*bad {
		return Decoded{}, false
	}
	reason := fmt.Sprintf("%d bytes are not UTF-8, the first at byte %d: read as �", bad, first)
	if bad == 1 {
		reason = fmt.Sprintf("the byte at %d is not UTF-8: read as �", first)
	}
	return Decoded{Text: bytes.ToValidUTF8(data, []byte("\uFFFD")), Encoding: "UTF-8", Reason: reason}, true
}

// byBOM reads a text that starts with a byte-order mark.
func byBOM(data []byte) (Decoded, bool) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		if utf8.Valid(data[3:]) {
			return Decoded{Text: data[3:], Encoding: "UTF-8"}, true
		}
		return nearlyUTF8(data[3:], 3)
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		d, err := transform(unicodeenc.UTF16(unicodeenc.BigEndian, unicodeenc.ExpectBOM), data)
		if err != nil {
			return Decoded{}, false
		}
		enc := "UTF-16BE"
		if data[0] == 0xff {
			enc = "UTF-16LE"
		}
		return Decoded{Text: d, Encoding: enc, Reason: "byte-order mark"}, true
	}
	return Decoded{}, false
}

// CheckEncoding reports whether label names an encoding Decode reads; ""
// (detect it) does.
func CheckEncoding(label string) error {
	if label == "" {
		return nil
	}
	_, err := lookupEncoding(label)
	return err
}

// lookupEncoding finds the encoding a label names.
func lookupEncoding(label string) (encoding.Encoding, error) {
	enc, err := htmlindex.Get(strings.TrimSpace(label))
	if err != nil {
		return nil, fmt.Errorf("unknown encoding %q: use one of %s", label, strings.Join(Encodings(), ", "))
	}
	return enc, nil
}

// decodeNamed decodes data in the encoding a label names.
func decodeNamed(data []byte, label, reason string) (Decoded, error) {
	enc, err := lookupEncoding(label)
	if err != nil {
		return Decoded{}, err
	}
	canonical, _ := htmlindex.Name(enc)
	if canonical == "utf-8" {
		if !utf8.Valid(data) {
			return Decoded{}, fmt.Errorf("not valid UTF-8, the encoding %s", reason)
		}
		return Decoded{Text: bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), Encoding: "UTF-8", Reason: reason}, nil
	}
	text, err := transform(enc, data)
	if err != nil {
		return Decoded{}, fmt.Errorf("not valid %s, the encoding %s: %v", displayName(canonical), reason, err)
	}
	return Decoded{Text: text, Encoding: displayName(canonical), Reason: reason}, nil
}

// displayName writes an encoding's WHATWG name as people write it.
func displayName(canonical string) string {
	switch canonical {
	case "gbk", "gb18030":
		return "GB18030" // a superset of GBK and GB2312: the same reading of their bytes
	case "big5":
		return "Big5"
	}
	return strings.ToUpper(canonical)
}

// transform decodes data, failing on bytes the encoding does not define.
func transform(enc encoding.Encoding, data []byte) ([]byte, error) {
	text, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, err
	}
	return bytes.TrimPrefix(text, []byte("\xef\xbb\xbf")), nil
}

// metaCharset finds the charset an HTML page declares: <meta charset="gbk">
// or <meta http-equiv="Content-Type" content="text/html; charset=gb2312">.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]*charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// declaredHead is how much of a page is searched for its charset: the
// <head> of a saved government page, scripts and styles included, fits.
const declaredHead = 16 << 10

// declaredCharset is the charset an HTML page declares in its head, or "".
func declaredCharset(data []byte) string {
	m := metaCharset.FindSubmatch(data[:min(len(data), declaredHead)])
	if m == nil {
		return ""
	}
	return string(m[1])
}

// zeroBytes recognizes UTF-16 saved without a byte-order mark: text that is
// mostly ASCII has a zero byte in every other place. It reports false for
// anything less clear.
func zeroBytes(data []byte) (string, bool) {
	n := min(len(data), 4096) &^ 1
	if n < 16 {
		return "", false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	// A fifth of the places zero on one side and almost none on the other is
	// far beyond any 8-bit text, which has no zero bytes at all.
	half := n / 2
	switch {
	case odd*5 >= half && even*50 < half:
		return "utf-16le", true
	case even*5 >= half && odd*50 < half:
		return "utf-16be", true
	}
	return "", false
}

// guessChinese reads bytes that are not UTF-8 as GB18030 or Big5, the two
// encodings of Chinese pages: each must decode cleanly (no bytes it does
// not define, no control characters), and where both do, the one whose
// ideographs are more often the common ones of plans wins.
func guessChinese(data []byte) (Decoded, error) {
	type reading struct {
		name  string
		enc   encoding.Encoding
		text  []byte
		score float64
	}
	var ok []reading
	for _, r := range []reading{{name: "GB18030", enc: simplifiedchinese.GB18030}, {name: "Big5", enc: traditionalchinese.Big5}} {
		text, err := transform(r.enc, data)
		if err != nil || !clean(text) {
			continue
		}
		r.text, r.score = text, commonShare(text)
		ok = append(ok, r)
	}
	const hint = "save it as UTF-8, or name its encoding with --encoding (gb18030, big5, utf-16le)"
	switch {
	case len(ok) == 0:
		return Decoded{}, fmt.Errorf("not text in UTF-8, GB18030 or Big5: %s", hint)
	case len(ok) == 2 && ok[1].score > ok[0].score:
		ok[0] = ok[1]
	case len(ok) == 2 && ok[0].score == ok[1].score:
		return Decoded{}, fmt.Errorf("not UTF-8, and it reads as GB18030 as well as Big5: %s", hint)
	}
	r := ok[0]
	// Below this share the text reads as no Chinese a plan is written in:
	// a wrong encoding gives rare characters (a plan's text is over half
	// common ones, a mis-decoded one under a tenth).
	const minCommon = 0.2
	if r.score < minCommon {
		return Decoded{}, fmt.Errorf("not UTF-8, and it does not read as Chinese in GB18030 or Big5: %s", hint)
	}
	return Decoded{Text: r.text, Encoding: r.name, Reason: "not UTF-8, but decodes cleanly as " + r.name}, nil
}

// clean reports whether decoded text has no replacement or control
// characters but for whitespace.
func clean(text []byte) bool {
	for _, r := range string(text) {
		if r == utf8.RuneError || (unicode.IsControl(r) && !unicode.IsSpace(r)) {
			return false
		}
	}
	return true
}

// commonShare is the share of a text's ideographs that are among the
// common characters of plans, in simplified and traditional forms.
func commonShare(text []byte) float64 {
	var han, common int
	for _, r := range string(text) {
		if !unicode.Is(unicode.Han, r) {
			continue
		}
		han++
		if strings.ContainsRune(commonHan, r) {
			common++
		}
	}
	if han == 0 {
		return 0
	}
	return float64(common) / float64(han)
}

// commonHan are the ideographs most used in Chinese text and in plans,
// simplified and traditional: a text decoded in the right encoding is
// mostly made of them, one decoded in the wrong encoding hardly at all.
const commonHan = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞" +
	"億萬經濟發長達與國內產業資總計劃標預區間質環貿額實際結確優類過數個點幣務調勞動規進後體較為將強術專師員醫書館網絡設場現無廣東單氣測溫綠縣鄉鎮營應維護養險參貸銀財稅兩級開對價漲觀壓處帶轉變樣從運輸車電聯織節約條線戰興農歲學積極嚴試驗滿導擴們頭門問題廠庫歸傳統讓還邊遠園圖團層屬黨隊陸陽隨雜離難勝勢協衛廢愛戶據斷時會構樂權機檢歡決況減準滅漢潔災熱燈獎獲畫療盡監碼礦禮種稱糧紀紅純細組給絕綜緊編縮績繼續職聲舊藥號補製複見視親記許評識證該認語誤說請讀豐貧貨責購賽躍軌輕載這連週遊違適選遺郵釋鋼錢鐵鏈閱陣雙雲響頁項順須領頻風飛餘齊齡"
