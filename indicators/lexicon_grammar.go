package indicators

// The words of the target grammar and of the labels it reads, beside the
// markers of grammar_marker.go: each list is used from one place.

// modifierWords lead a clause and say how its figure is meant (力争7%,
// 确保5%); stretchWords are those that ask for more than the target.
var (
	modifierWords = []string{"力争", "争取", "确保", "预计", "努力", "要"}
	stretchWords  = []string{"力争", "争取", "努力"}
)

// proseWords make a clause with no figure a statement (保持适度增长,
// 在实际工作中力争更好结果) rather than the name of the part after it.
var proseWords = []string{"保持", "稳定", "改善", "下降", "降低", "增长", "提高", "提升",
	"结果", "推进", "完成", "实现", "优化", "提质", "平衡", "有效", "全部", "防控", "持续",
	"继续", "进一步", "合理", "稳中", "基本", "确保", "力争", "坚持", "不断", "明显"}

// labelVerbEnds end the words before a figure without naming anything
// (保持在, 控制在, 均); labelLeads begin them so (其中, 分别). A label is
// what is left.
var (
	labelVerbEnds = []string{"保持在", "保持", "稳定在", "控制在", "继续", "分别", "均", "为", "要", "和", "比去年", "同比", "实现"}
	labelLeads    = []string{"其中", "分别", "均"}
)

// Words that type a clause with no figure as a figure: a positive growth
// (实现正增长) and no change (与上年基本持平).
var (
	positiveGrowthWords = []string{"正增长"}
	flatWords           = []string{"持平"}
)

// asideWords, in a bracket with a figure, make it an aside about another
// figure (6%(上年实绩8%), 5%(预计完成5.2%)), not a part of the target.
var asideWords = []string{"实绩", "上年", "去年", "预计", "完成", "实际", "基数", "现状"}

// durationEnds follow a number of years that is a length of time, not a
// target (3年累计增长15%, 5年内).
var durationEnds = []string{"累计", "内", "来", "间", "后"}

// joinWords join two figures of one clause (4.8%左右和4.3%左右).
var joinWords = []string{"和", "及", "与"}

// Words that type a clause with no figure: in step with economic growth
// (与经济增长同步, 高于经济增长), set by a higher level (完成省下达目标),
// and a quota not to exceed (不超自治区年度下达指标).
var (
	inStepRefs       = []string{"经济增长", "经济增速", "GDP", "生产总值增长", "生产总值增速", "增长同步"}
	inStepAboveWords = []string{"高于", "快于", "超过"}
	externalWords    = []string{"下达", "考核目标", "国家要求", "规划目标", "上级"}
	quotaWords       = []string{"不超", "不高于", "以内", "≤"}
)

// growthLabels begin the label of a figure that is a change (增长8,
// 下降3%): in percent when the cell prints no unit, and a growth, not a
// level, where a header splits the two.
var growthLabels = []string{"增长", "增速", "下降", "降低", "减少", "提高"}

// growthHeadWords are what a growth column's header calls its figures
// (增速, 增长, 增幅), the first the word used where it says none.
var growthHeadWords = []string{"增速", "增长", "增幅"}

// partOfRowLabels begin a label that is no name of its own: the part of a
// compound target is named by the row with it (外贸出口总额 + 增长).
var partOfRowLabels = []string{"增长", "增速", "下降", "降低", "减少", "占", "比", "年", "同比", "达到"}

// notCategoryWords are in the names of indicators and never of categories
// (经济增长 is an indicator, 经济发展 a category).
var notCategoryWords = []string{"增长", "增速", "比重", "率"}

// notGDPWords make a name with 生产总值 in it a share or per-head figure
// of the economy, not its output (人均地区生产总值, 万元GDP能耗).
var notGDPWords = []string{"人均", "占", "比重", "每", "单位", "亿元GDP", "万元GDP"}

// brokenEnds end a cell that a page broke over two lines, the next line
// completing it (与经济增长 / 基本同步, 6%、/ 力争7%, 微克/ / 立方米); markerWords alone on
// a line complete the figure before them (6.5% / 以上).
var (
	brokenEnds  = []string{"、", ",", "和", "及", "与", "或", "-", "~", "/"}
	markerWords = []string{"以上", "以下", "以内", "左右", "上下"}
)
