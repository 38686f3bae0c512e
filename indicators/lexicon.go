package indicators

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The lexicon: every word list the reader and the inference use, each used
// from one place. Words are in simplified characters with no spaces, as
// Normalize leaves a cell; traditional characters are folded before they
// are looked up (lexicon_normalize.go, traditional.txt). The words of the
// target grammar are in lexicon_grammar.go.

// Header words give a header cell's column its role. A header cell is
// read after a leading year (2024年) and a trailing unit in brackets ((%))
// are taken off; what is left is looked up whole in these lists, and
// failing that searched for the words of actuals and targets.
var (
	headerNumberWords   = []string{"序号", "编号", "序", "号"}
	headerCategoryWords = []string{"指标类型", "指标类别", "指标分类", "类别", "类型", "领域", "分类", "板块", "方面", "类"}
	headerNameWords     = []string{"指标名称", "指标", "主要指标", "名称", "项目", "指标名称及单位", "指标项", "具体指标", "指标内容", "项目名称"}
	headerUnitWords     = []string{"单位", "计量单位", "指标单位"}
	headerAttrWords     = []string{"属性", "指标属性", "性质", "指标性质"}
	headerOtherWords    = []string{"责任单位", "牵头单位", "责任部门", "牵头部门", "责任处室", "备注", "说明", "注"}
	// A column of actuals names a result; it is searched for before the
	// target words, since 预计完成 and 目标完成情况 are results.
	headerActualWords = []string{"实绩", "实际", "完成", "执行", "预计", "上年", "基数", "现状", "累计"}
	headerBaseWords   = []string{"基数", "现状"} // a base level a plan's growth target is set on, not a result with its growth
	headerTargetWords = []string{"目标", "计划", "预期", "调控", "安排", "任务"}
	// A target column of a multi-year plan beside the year's own.
	multiYearWords = []string{"规划", "十四五", "十五五", "五年"}
	// Sub-header words split a column printed over two lines into a level
	// (绝对值) and a growth (增速) part; a growth word alone can also head
	// a target column ("增速(%)").
	headerLevelWords  = []string{"绝对值", "总量", "数值", "总额", "规模", "数量"}
	headerGrowthWords = []string{"增速", "增长", "增幅", "增长率", "增减", "±%", "±", "比上年增长", "同比增长"}
)

// attributeWords are the cells of a 属性 column.
var attributeWords = []string{"预期性", "约束性", "指导性", "预期", "约束"}

// placeholderWords stand in a cell for no figure.
var placeholderWords = []string{"-", "--", "—", "——", "–", "/", "\\", "无", "暂无", "暂无数据", "…", "……"}

// categorySuffixes end the name of a category of indicators (经济发展,
// 社会民生, 资源环境, 民生福祉 …).
var categorySuffixes = []string{"发展", "创新", "开放", "民生", "环境", "保障", "治理", "福祉", "低碳", "生态", "绿色",
	"改革", "安全", "文化", "结构", "效益", "活力", "生活", "类", "类指标", "质量", "实力", "动力", "驱动", "共享", "协调",
	"社会", "经济", "资源", "人口", "就业", "民主", "法治", "科技", "教育", "健康", "城乡", "能源",
	"合作", "融合", "富裕", "防控", "事业", "文明", "服务", "变革", "转型", "保护", "宜居", "美丽", "建设"}

// maxCategoryRunes is the longest a category's name is: the longest in
// published tables are six characters (经济发展实力, 资源环境保护); eight
// leaves room, and an indicator's name is rarely so short and never ends
// in these words.
const maxCategoryRunes = 8

// labelSuffixes end a cell that only heads the rows under it (结构性指标);
// labelWords are such cells whole.
var (
	labelSuffixes = []string{"指标"}
	labelWords    = []string{"其中", "其中:", "包括", "包括:", "分项"}
)

// subItemMarks begin the name of a sub-item printed under the row above.
var subItemMarks = []string{"#", "＃", "其中:", "其中：", "其中", "—", "-", "·"}

// footnoteMark matches a footnote mark at the end of a name: 注1, (注2), ①, *, ※.
var footnoteMark = lazyRegexp(`(?:[(（]?注[0-9①-⑩]+[)）]?|[①-⑩]|[*＊※△▲]+)$`)

// nameNumber matches a number printed at the head of a name: 1. 1、 (1) （一）.
var nameNumber = lazyRegexp(`^(?:(\d{1,3})[.、．]|[(（](\d{1,3})[)）])\s*`)

// ordinalPrefix matches the ordinal of a category line: 一、 (一) 第一部分.
var ordinalPrefix = lazyRegexp(`^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+(?:部分|类|项)[:：、]?)\s*`)

// tableNumber matches the start of a table's title: 附表2, 附件1, 表3.
var tableNumber = lazyRegexp(`^(?:附表|附件|表)\s*[0-9一二三四五六七八九十]`)

// pageFurniture matches what a page prints around a table that is no cell
// of it: a page number (- 3 -, 第3页, 共5页) or the mark of a table
// continued from the page before (续表, 续上表).
var pageFurniture = lazyRegexp(`^(?:[-—–－]+\d{1,4}[-—–－]+|第\d+页.*|共\d+页|续表\d*|续上表)$`)

// tableEndWords begin a line that ends a table copied one cell a line:
// the page's footer and the notes under a table.
var tableEndWords = []string{"信息来源", "来源:", "打印本页", "关闭窗口", "【", "扫一扫", "附件下载", "相关链接", "注:", "说明:", "备注:", "分享到"}

// signatureSuffixes end the name of a body that issues a plan.
var signatureSuffixes = []string{"人民政府", "委员会", "发展改革委", "统计局", "发改委", "发改局"}

// decreaseWords ask for a decrease (下降3%): a figure after them is the size
// of the fall, and a name that says them measures the reduction.
var decreaseWords = []string{"下降", "降低", "减少", "削减", "压减", "下调", "↓"}

// decreaseNameEnds end a name that asks for a decrease without a word of
// decreaseWords (主要污染物减排); inside a name (节能减排投资) they name a
// thing, not its fall.
var decreaseNameEnds = []string{"减排", "减排量"}

// toLevelEnds end a name that says the level an indicator falls to
// (劣V类水体比例降低到 | 5%): a cap, better lower.
var toLevelEnds = []string{"降低到", "降低至", "下降到", "下降至", "降到", "降至", "减少到", "减少至", "减至",
	"压减到", "压减至", "削减到", "削减至", "控制在", "控制到"}

// levelNameEnds end the name of a level that a target states in a unit of
// its own (PM2.5平均浓度 35微克/立方米): a name asking for it to fall is
// judged as the level, not as the size of the fall.
var levelNameEnds = []string{"浓度", "强度", "能耗", "水耗", "密度", "指数"}

// riseWords begin a figure of a rise as statistics print it (增长1.2%).
var riseWords = []string{"增长", "上升", "提高"}

// growthNameEnds end the name of an indicator that is a growth rate
// (地区生产总值增长, 居民消费价格涨幅): a figure it prints with no unit is in
// percent.
var growthNameEnds = []string{"增长", "增速", "增幅", "涨幅", "增长率"}

// gdpNames name the economy's growth: the row whose growth rate other
// targets are set in step with (与经济增长同步).
var gdpNames = []string{"地区生产总值", "生产总值", "GDP", "国内生产总值", "经济增长", "经济增速"}

// qualitativeLeads begin a target that has no figure: 稳步提高, 继续下降,
// 保持稳定, 与经济增长同步. A cell that begins so is a target, not a name.
var qualitativeLeads = []string{"稳步", "继续", "持续", "保持", "进一步", "逐步", "基本", "明显", "有所", "力争", "确保",
	"完成", "实现", "控制", "达到", "不低于", "不高于", "不超过", "高于", "低于", "与", "和经济", "同", "稳中", "争取",
	"努力", "加快", "巩固", "全面", "总体", "只增不减", "不断", "大幅", "显著", "稳定", "提高", "提升", "增长", "下降", "降低",
	"减少", "改善", "优于", "好于", "位居", "进入", "居全"}

// qualitativeChars are the characters of the short verb phrases that
// state a target without a figure (促稳提质, 稳中向好, 只增不减): a short
// cell made mostly of them is a target, not a name.
const qualitativeChars = "稳促提质增效优化降升保持改善好转强扩大进步续加快巩固平衡定中有向只不减高新实现"

// maxQualitativeRunes is the longest such phrase: four characters, or
// six for two pairs (稳中求进提质增效 is read by its words).
const maxQualitativeRunes = 6

// isVerbPhrase reports whether a short cell is made of the characters of
// a qualitative target: three in four or more.
func isVerbPhrase(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > maxQualitativeRunes {
		return false
	}
	k := 0
	for _, r := range s {
		if strings.ContainsRune(qualitativeChars, r) {
			k++
		}
	}
	return k*4 >= n*3
}

// targetWords are the words of a target that name nothing: what is left of
// a cell without them (and without its figures and units) is what it
// names. 地区生产总值增长 names 地区生产总值; 稳步提高 names nothing.
var targetWords = []string{"经济增长", "增长", "下降", "降低", "减少", "削减", "压减", "提高", "提升", "改善",
	"稳定", "保持", "持续", "继续", "进一步", "稳步", "逐步", "基本", "明显", "有所", "力争", "确保", "完成", "实现",
	"控制", "达到", "达", "不低于", "不高于", "不超过", "高于", "低于", "以上", "以下", "以内", "左右", "上下", "同步",
	"持平", "平衡", "合理", "区间", "下达", "省", "市", "国家", "目标", "任务", "要求", "稳中", "有升", "有进", "向好",
	"好转", "优化", "提质", "增效", "扩大", "缩小", "加快", "巩固", "全面", "水平", "范围", "正增长", "与", "和", "同",
	"在", "内", "及", "均", "分别", "约", "为", "至", "到", "不", "快于", "慢于", "并", "取得", "更好", "结果", "好于",
	"优于", "力度", "加大", "显著", "大幅", "总体", "整体", "只增不减", "不断"}

// lowerBetterEnds end the names of indicators that are better lower:
// rates of unemployment and bad loans, price rises, concentrations, energy
// and water use, emissions, deaths, income gaps. They are matched at the
// end of a name, so that 城乡居民人均可支配收入比 is lower and
// 城乡居民人均可支配收入比上年增长, 污染源达标排放率 and
// PM2.5达标天数比例 are not.
var lowerBetterEnds = []string{"失业率", "收入比", "倍差", "负债率", "死亡率", "死亡人数", "不良贷款率",
	"价格涨幅", "价格上涨", "价格指数", "指数涨幅", "物价涨幅", "浓度", "能耗", "水耗", "碳排放强度", "能耗强度",
	"碳强度", "排放", "排放量", "排放总量", "用水量", "用水总量", "事故起数", "化学需氧量", "氨氮", "氮氧化物",
	"挥发性有机物", "二氧化硫", "基尼系数", "恩格尔系数", "PM2.5", "PM10",
	"能源消费总量", "煤炭消费总量", "煤炭消费量", "能耗总量", "价格总水平涨幅", "CPI涨幅", "受害率", "债务率",
	"发病率", "发生率", "赤字率", "收入之比", "事故", "事故数", "发案数", "污染天数", "吸烟率", "近视率", "肥胖率",
	"拥堵指数", "空气质量综合指数", "噪声平均值", "噪声", "发案率", "超标天数"}

// higherBetterWords mark, anywhere in a name, an indicator that is better
// higher, once lowerBetterEnds and the other lists have had their say:
// growth, shares and coverage, counts, output and income. They decide no
// polarity (higher is the default): they only spare a name that says
// which way the guess that it does not (saysDirection).
var higherBetterWords = []string{"增长", "增速", "提高", "提升", "比重", "占比", "份额", "收入", "增加值",
	"总额", "产值", "覆盖", "达标", "优良", "合格", "寿命", "年限", "投资", "就业", "消费", "交易额", "成交额",
	"出口", "外资", "人才", "专利", "企业", "主体", "床位", "托位", "生产总值", "GDP", "产业", "城镇化",
	"营收", "利润", "税收", "储备", "保有", "森林", "绿地", "公园", "学位", "医师", "护士", "住房",
	"能力", "人次", "游客", "支出", "普及", "入学", "参保", "数量", "产量", "人数", "用电量", "吞吐量",
	"处理率", "利用率", "回收率", "达标率", "合格率", "满意率", "完成率", "保有率", "绿化率", "优良率", "通过率",
	"使用率", "转化率", "贡献率", "增长率", "治理率", "清运率", "办结率", "网办率", "通办率", "达产率",
	"研发", "R&D", "研究与试验发展", "科技", "创新"}

// lowerBetterWords mark, anywhere in a name, an indicator that is better
// lower: the share of the worst water (劣V类水体比例).
var lowerBetterWords = []string{"劣V类", "劣Ⅴ类", "劣五类"}

// neutralWords name balances, where either way off the target is a miss.
var neutralWords = []string{"人口自然增长率", "国际收支", "汇率", "出生率", "性别比"}

// Nature words. A percentage target is a rate whatever its name; a level
// target is read by its name: shares and ratios are rates, annual totals
// flows, year-end counts stocks.
var (
	rateNameWords  = []string{"比重", "占比", "比例", "份额", "率", "比", "浓度", "强度", "指数", "能耗", "水耗", "系数", "增速", "增长", "涨幅", "平均值", "噪声"}
	perHeadWords   = []string{"人均", "每千人", "每万人", "每百人"}
	perOutputWords = []string{"万元GDP", "万元地区生产总值", "单位GDP", "单位地区生产总值", "亿元GDP", "亿元地区生产总值", "万元工业增加值", "单位工业增加值"} // an intensity: a rate
	flowNameWords  = []string{"新增", "实际使用", "进出口额", "接待", "交易额", "产量", "引进", "出口额", "投资额", "销售额", "营业收入", "游客", "生产总值", "总额", "产值", "收入", "增加值", "减税", "降费", "投资", "消费总量", "用水总量", "排放总量", "经济总量", "消费量", "用水量", "排放量", "死亡",
		"利用外资", "出口", "支出", "授权量", "成交额", "吞吐量", "用电量", "融资额", "增量", "开工", "筹集", "治理", "天数", "起数", "成本", "创业"}
	yearCountWords = []string{"新增", "新引进", "新开工", "新建", "新设", "新认定", "新培育", "死亡", "接待", "治理面积"} // a count of what the year brings: a flow
	stockNameWords = []string{"数量", "人数", "位数", "总数", "个数", "能力", "保有量", "面积", "拥有量", "余额", "规模", "债务"}
)

// hasAny reports whether s contains any of the words.
func hasAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isOneOf reports whether s is one of the words.
func isOneOf(s string, words []string) bool {
	for _, w := range words {
		if s == w {
			return true
		}
	}
	return false
}

// hasPrefixAny reports whether s begins with any of the words.
func hasPrefixAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// hasSuffixAny reports whether s ends with any of the words.
func hasSuffixAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// isCategoryName reports whether a cell names a category of indicators
// (经济发展, 一、社会民生, (二)资源环境) rather than an indicator.
func isCategoryName(s string) bool {
	rest := ordinalPrefix().ReplaceAllString(s, "")
	n := utf8.RuneCountInString(rest)
	if n < 2 || n > maxCategoryRunes || hasAny(rest, notCategoryWords...) {
		return false
	}
	// 二、民生改善: a heading's ordinal says it is a category whatever its
	// words; rows are numbered 1, 2 … or (一), never 一、.
	return hasSuffixAny(rest, categorySuffixes...) || headingOrdinal().MatchString(s) && len(scanFigures(rest)) == 0
}

// headingOrdinal matches the ordinal a heading of a plan's table begins
// with: 一、 二、 ….
var headingOrdinal = lazyRegexp(`^[一二三四五六七八九十]+、`)

// isLabel reports whether a cell only heads the rows below it (结构性指标,
// 其中:) rather than being an indicator itself.
func isLabel(s string) bool {
	return isOneOf(s, labelWords) || (hasSuffixAny(s, labelSuffixes...) && utf8.RuneCountInString(s) <= maxCategoryRunes && s != "指标")
}

// isDecrease reports whether words before a figure ask for a decrease
// (下降3%, 年降低率5%) rather than a level (降至42, 下降到5%).
func isDecrease(prefix string) bool {
	for _, w := range decreaseWords {
		i := strings.LastIndex(prefix, w)
		if i < 0 {
			continue
		}
		if rest := prefix[i+len(w):]; !strings.HasPrefix(rest, "至") && !strings.HasPrefix(rest, "到") {
			return true
		}
	}
	return false
}

// CutChange cuts the word a figure of a change begins with (下降3.5%,
// 增长1.2%, as statistics print a change) off s, normalized: fall is true
// for a fall, false for a rise; ok is false when s begins with neither.
func CutChange(s string) (word, rest string, fall, ok bool) {
	t := Normalize(s)
	for _, w := range decreaseWords {
		if r, ok := strings.CutPrefix(t, w); ok {
			return w, r, true, true
		}
	}
	for _, w := range riseWords {
		if r, ok := strings.CutPrefix(t, w); ok {
			return w, r, false, true
		}
	}
	return "", "", false, false
}

// isGDPName reports whether a name is the economy's output (地区生产总值,
// GDP, 全市生产总值) and not a share or per-head figure of it.
func isGDPName(name string) bool {
	return hasAny(name, gdpNames...) && !hasAny(name, notGDPWords...)
}

// namedRunes counts what a cell names: its letters and ideographs once
// its figures, units and target words are taken out. A name (地区生产总值增长)
// names something; a target (稳步提高, 6.5%以上) names nothing.
func namedRunes(s string) int {
	if figs := scanFigures(s); len(figs) > 0 {
		var b strings.Builder
		last := 0
		for _, f := range figs {
			b.WriteString(s[last:f.start])
			last = f.end
		}
		b.WriteString(s[last:])
		s = b.String()
	}
	words := targetWordIndex()
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if w := words.longestAt(s[i:], r); w > 0 {
			i += w
			continue
		}
		if unicode.Is(unicode.Han, r) || unicode.IsLetter(r) && r < utf8.RuneSelf {
			n++
		}
		i += size
	}
	return n
}

// wordIndex finds which of a list of words begins a text, by its first rune.
type wordIndex map[rune][]string

// targetWordIndex indexes targetWords, longest first under each rune.
var targetWordIndex = sync.OnceValue(func() wordIndex {
	idx := wordIndex{}
	for _, w := range targetWords {
		r, _ := utf8.DecodeRuneInString(w)
		idx[r] = append(idx[r], w)
	}
	for r := range idx {
		slices.SortStableFunc(idx[r], func(a, b string) int { return len(b) - len(a) })
	}
	return idx
})

// longestAt returns the length in bytes of the longest word that begins
// s, whose first rune is r; 0 when none does.
func (idx wordIndex) longestAt(s string, r rune) int {
	for _, w := range idx[r] {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	return 0
}
