package indicators

import (
	"strings"
	"sync"
	"unicode"
)

// Normalize folds a cell of a plan into the form the grammar reads: full-width
// letters, digits and signs become ASCII (６.５％ → 6.5%), the ideographic
// space becomes a space, and the traditional characters that plan tables use
// become simplified (以內 → 以内, 達到 → 达到). Surrounding space is trimmed.
func Normalize(s string) string {
	for i, r := range s {
		if foldRune(r) != r {
			return strings.TrimSpace(s[:i] + fold(s[i:]))
		}
	}
	return strings.TrimSpace(s)
}

// fold maps every rune of s with foldRune.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// foldRune maps one rune to its narrow, simplified form.
func foldRune(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		r -= 0xFEE0
	case r == 0x3000 || r == 0xA0:
		return ' '
	case r == '，':
		return ','
	}
	if r >= 0x4E00 {
		return traditional().simplify(r)
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	return r
}

// tradTable maps the traditional characters found in reposted plans to their
// simplified forms.
type tradTable struct {
	simple map[rune]rune
	marked *[(0x9FFF - 0x4E00 + 64) / 64]uint64 // the ideographs in simple, by bit
}

// traditional is the table, built from tradPairs the first time a text needs it.
var traditional = sync.OnceValue(func() *tradTable {
	m := pairTable(tradPairs)
	return &tradTable{simple: m, marked: markIdeographs(m)}
})

// simplify maps one ideograph; most are not traditional forms, and the bit
// set passes them over without a map lookup.
func (t *tradTable) simplify(r rune) rune {
	if r <= 0x9FFF && t.marked[(r-0x4E00)/64]&(1<<((r-0x4E00)%64)) == 0 {
		return r
	}
	if s, ok := t.simple[r]; ok {
		return s
	}
	return r
}

// markIdeographs sets a bit for each key of m in the ideograph block.
func markIdeographs(m map[rune]rune) *[(0x9FFF - 0x4E00 + 64) / 64]uint64 {
	var bits [(0x9FFF - 0x4E00 + 64) / 64]uint64
	for r := range m {
		if r >= 0x4E00 && r <= 0x9FFF {
			bits[(r-0x4E00)/64] |= 1 << ((r - 0x4E00) % 64)
		}
	}
	return &bits
}

// tradPairs lists traditional/simplified pairs, two runes a pair.
const tradPairs = "內内達达增增長长億亿萬万爭争穩稳實实際际結结與与經经濟济於于優优類类過过" +
	"確确預预計计區区間间標标關关費费質质濃浓態态環环貿贸額额總总產产業业資资數数" +
	"噸吨個个點点幣币務务調调勞劳動动規规進进後后體体較较為为將将強强發发術术專专" +
	"師师員员醫医書书館馆網网絡络設设場场現现無无廣广東东單单氣气測测溫温綠绿縣县" +
	"鄉乡鎮镇營营應应維维護护養养險险參参貸贷壞坏銀银財财稅税兩两級级開开對对價价" +
	"漲涨觀观壓压處处帶带飲饮轉转變变樣样從从運运輸输車车電电聯联織织紡纺節节約约" +
	"條条線线戰战興兴農农歲岁學学積积極极頃顷畝亩嚴严試试驗验沒没滿满緩缓導导擴扩" +
	"億亿兒儿們们頭头門门問问題题廠厂庫库倉仓歸归劃划區区傳传統统濟济億亿讓让還还" +
	"邊边遠远園园圍围圖图團团層层屬属黨党蘭兰隊队陸陆陽阳險险隨随際际雜杂離离難难" +
	"務务勝胜勢势協协衛卫廢废愛爱態态憂忧懷怀戶户擇择據据攜携擊击斷断時时暢畅會会" +
	"東东條条楊杨榮荣構构樂乐權权機机檢检歡欢殘残毀毁氫氢決决況况減减渦涡湯汤溝沟" +
	"準准滅灭漢汉漁渔潔洁澤泽災灾熱热燈灯營营爾尔獎奖獲获環环產产畫画療疗盡尽監监" +
	"碼码礦矿禮礼種种稱称穀谷窮穷競竞築筑簡简糧粮紀纪約约紅红純纯紙纸細细組组給给" +
	"絕绝統统綜综緊紧編编縮缩績绩繼继續续罰罚職职聯联聲声腦脑與与舊旧艱艰藥药號号" +
	"處处補补製制複复覆覆見见規规視视親亲訊讯託托記记設设許许評评識识證证診诊該该" +
	"認认語语誤误說说請请讀读豐丰貧贫貨货販贩責责購购貿贸資资賽赛贏赢趕赶躍跃車车" +
	"軌轨較较輕轻載载農农運运這这連连週周進进遊游達达違违適适選选遺遗郵邮鄉乡醫医" +
	"釋释針针鋼钢錢钱鐵铁鏈链閒闲閱阅陣阵隻只雙双雲云電电需需韌韧響响頁页項项順顺" +
	"須须領领頻频額额風风飛飞養养餘余駐驻體体高高鬥斗魚鱼鳥鸟麗丽齊齐齡龄區区億亿" +
	"億亿穩稳爭争內内國国圓圓萬万劃划別别義义會会裝装貢贡藝艺階阶鄰邻橋桥樓楼綫线辦办檔档顯显屆届壩坝鹽盐終终輪轮遷迁頂顶餘余"

// pairTable turns a string of rune pairs into a lookup table.
func pairTable(pairs string) map[rune]rune {
	rs := []rune(pairs)
	m := make(map[rune]rune, len(rs)/2)
	for i := 0; i+1 < len(rs); i += 2 {
		if rs[i] != rs[i+1] {
			m[rs[i]] = rs[i+1]
		}
	}
	return m
}
