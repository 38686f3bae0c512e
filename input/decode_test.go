package input

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	unicodeenc "golang.org/x/text/encoding/unicode"
)

// plan is a line of a plan in simplified characters; planTrad the same in
// traditional ones, as a Big5 page prints it.
const (
	plan     = "2023年绍兴市国民经济和社会发展计划主要目标:地区生产总值增长6.5%以上,城镇调查失业率控制在5%以内。\n"
	planTrad = "2018年政府工作報告提出,國內生產總值增長6.5%左右,居民消費價格漲幅控制在3%左右。\n"
)

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeDetects(t *testing.T) {
	utf16le := unicodeenc.UTF16(unicodeenc.LittleEndian, unicodeenc.UseBOM)
	utf16leNoBOM := unicodeenc.UTF16(unicodeenc.LittleEndian, unicodeenc.IgnoreBOM)
	tests := []struct {
		name     string
		data     []byte
		want     string
		encoding string
		reason   string
	}{
		{"utf-8", []byte(plan), plan, "UTF-8", ""},
		{"utf-8 with a BOM", append([]byte("\xef\xbb\xbf"), plan...), plan, "UTF-8", ""},
		{"ascii", []byte("a,b\n1,2\n"), "a,b\n1,2\n", "UTF-8", ""},
		{"gbk", encode(t, simplifiedchinese.GBK, plan), plan, "GB18030", "not UTF-8, but decodes cleanly as GB18030"},
		{"gb18030", encode(t, simplifiedchinese.GB18030, plan), plan, "GB18030", "not UTF-8, but decodes cleanly as GB18030"},
		{"big5", encode(t, traditionalchinese.Big5, planTrad), planTrad, "Big5", "not UTF-8, but decodes cleanly as Big5"},
		{"utf-16le with a BOM", encode(t, utf16le, plan), plan, "UTF-16LE", "byte-order mark"},
		{"utf-16le without a BOM", encode(t, utf16leNoBOM, "plan,rows\n"+plan), "plan,rows\n" + plan, "UTF-16LE", "shown by its zero bytes"},
		{"html declaring gbk", encode(t, simplifiedchinese.GBK, `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><p>`+plan),
			`<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><p>` + plan, "GB18030", "named by the page's <meta charset>"},
		{"utf-8 cut in a character", []byte(plan + "增长"[:4]), plan + "增\uFFFD", "UTF-8", "the byte at 142 is not UTF-8: read as �"},
		{"utf-8 with a BOM and a stray byte", []byte("\xef\xbb\xbf" + plan[:10] + "\x80" + plan[10:]), plan[:10] + "\uFFFD" + plan[10:], "UTF-8", "the byte at 13 is not UTF-8: read as �"},
		{"html declaring gbk but saved as utf-8", []byte(`<meta charset="gbk"><p>` + plan), `<meta charset="gbk"><p>` + plan, "UTF-8", ""},
	}
	for _, tt := range tests {
		d, err := Decode(tt.data, "")
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if string(d.Text) != tt.want || d.Encoding != tt.encoding || d.Reason != tt.reason {
			t.Errorf("%s: read %q as %s (%s), want %q as %s (%s)", tt.name, d.Text, d.Encoding, d.Reason, tt.want, tt.encoding, tt.reason)
		}
	}
}

func TestDecodeForced(t *testing.T) {
	d, err := Decode(encode(t, traditionalchinese.Big5, planTrad), "big5")
	if err != nil || string(d.Text) != planTrad || d.Encoding != "Big5" || d.Reason != "named by --encoding" {
		t.Errorf("--encoding big5: %q %s %q %v", d.Text, d.Encoding, d.Reason, err)
	}
	d, err = Decode(encode(t, simplifiedchinese.GBK, plan), "GB2312")
	if err != nil || string(d.Text) != plan || d.Encoding != "GB18030" {
		t.Errorf("--encoding GB2312: %q %s %v", d.Text, d.Encoding, err)
	}
	if _, err := Decode(encode(t, simplifiedchinese.GBK, plan), "utf-8"); err == nil || err.Error() != "not valid UTF-8, the encoding named by --encoding" {
		t.Errorf("--encoding utf-8 on GBK bytes: %v", err)
	}
	if _, err := Decode([]byte(plan), "klingon"); err == nil || !strings.Contains(err.Error(), `unknown encoding "klingon": use one of utf-8, gb18030`) {
		t.Errorf("--encoding klingon: %v", err)
	}
}

func TestDecodeRefusesWhatIsNotText(t *testing.T) {
	for name, data := range map[string][]byte{
		"binary":        {0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x81, 0x02, 0x03},
		"latin-1 prose": []byte("Caf\xe9 cr\xe8me, na\xefve r\xe9sum\xe9 \xe0 la carte"),
		"stray bytes":   bytes.Repeat([]byte{0xff, 0x80, 0x01}, 50),
	} {
		if d, err := Decode(data, ""); err == nil {
			t.Errorf("%s: read as %s (%s): %q", name, d.Encoding, d.Reason, d.Text)
		}
	}
}

// FuzzDecode checks that detection never panics, and that whatever it
// returns is valid UTF-8.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(plan))
	f.Add([]byte("\xff\xfe\x00"))
	f.Add([]byte(`<meta charset="big5">` + "\xa4\xa4"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Decode(data, "")
		if err != nil {
			return
		}
		if !utf8.Valid(d.Text) {
			t.Fatalf("Decode returned text that is not UTF-8 (%s)", d.Encoding)
		}
	})
}
