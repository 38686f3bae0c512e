package indicators

// term is an indicator's ASCII key and English name.
type term struct{ key, en string }

// glossary gives the key and English name of an indicator by its name as
// printed. It knows the indicators of the embedded plan and their common
// variants; other indicators have no key and are found by ID or name.
func glossary(name string) (term, bool) {
	switch Normalize(name) {
	case "地区生产总值增速(GDP)", "地区生产总值增速", "地区生产总值增长", "GDP增速":
		return term{"gdp_growth", "GDP growth"}, true
	case "人均GDP增速":
		return term{"gdp_per_capita_growth", "GDP per capita growth"}, true
	case "全社会劳动生产率增速":
		return term{"labour_productivity_growth", "Labour productivity growth"}, true
	case "农林牧渔业增加值增速":
		return term{"agriculture_growth", "Agriculture, forestry and fishery value added growth"}, true
	case "规上工业增加值增速":
		return term{"industrial_growth", "Industrial value added growth (above designated size)"}, true
	case "规上工业亩均税收增速":
		return term{"industrial_tax_per_mu_growth", "Industrial tax per mu growth"}, true
	case "服务业增加值增速":
		return term{"services_growth", "Services value added growth"}, true
	case "一般公共预算收入增速":
		return term{"budget_revenue_growth", "General public budget revenue growth"}, true
	case "固定资产投资增速":
		return term{"fixed_investment_growth", "Fixed-asset investment growth"}, true
	case "制造业投资增速":
		return term{"manufacturing_investment_growth", "Manufacturing investment growth"}, true
	case "高新技术产业投资增速":
		return term{"high_tech_investment_growth", "High-tech industry investment growth"}, true
	case "交通、能源和水利投资增速":
		return term{"infrastructure_investment_growth", "Transport, energy and water investment growth"}, true
	case "交通投资":
		return term{"transport_investment_growth", "Transport investment growth"}, true
	case "能源投资":
		return term{"energy_investment_growth", "Energy investment growth"}, true
	case "水利投资":
		return term{"water_investment_growth", "Water conservancy investment growth"}, true
	case "社会消费品零售总额增速":
		return term{"retail_sales_growth", "Retail sales growth"}, true
	case "金融机构存贷款余额增速":
		return term{"deposits_loans_growth", "Bank deposits and loans growth"}, true
	case "R&D经费支出占GDP比重":
		return term{"rd_intensity", "R&D spending as a share of GDP"}, true
	case "数字经济核心产业增加值占GDP比重":
		return term{"digital_economy_share", "Core digital economy as a share of GDP"}, true
	case "高新技术产业增加值占规上工业增加值比重":
		return term{"high_tech_industry_share", "High-tech share of industrial value added"}, true
	case "外贸出口总额":
		return term{"exports", "Exports"}, true
	case "外贸出口总额增长":
		return term{"export_growth", "Export growth"}, true
	case "外贸出口总额占全国份额":
		return term{"export_national_share", "Share of national exports"}, true
	case "服务贸易进出口额":
		return term{"services_trade", "Trade in services"}, true
	case "实际使用外资额":
		return term{"foreign_investment", "Foreign investment actually used"}, true
	case "博物馆数量":
		return term{"museums", "Museums"}, true
	case "城市书房数量":
		return term{"city_reading_rooms", "City reading rooms"}, true
	case "单位GDP能耗降低":
		return term{"energy_intensity_reduction", "Reduction in energy use per unit of GDP"}, true
	case "主要污染物排放量降低":
		return term{"pollutant_reduction", "Reduction in major pollutant emissions"}, true
	case "化学需氧量":
		return term{"cod_reduction", "Reduction in chemical oxygen demand"}, true
	case "氨氮":
		return term{"ammonia_nitrogen_reduction", "Reduction in ammonia nitrogen"}, true
	case "挥发性有机物":
		return term{"voc_reduction", "Reduction in volatile organic compounds"}, true
	case "氮氧化物":
		return term{"nox_reduction", "Reduction in nitrogen oxides"}, true
	case "水环境质量":
		return term{"water_quality", "Water quality"}, true
	case "Ⅰ~Ⅲ类水断面占比":
		return term{"water_class_i_iii_share", "Share of sections with class I-III water"}, true
	case "功能区达标率":
		return term{"water_function_zone_compliance", "Water function zone compliance rate"}, true
	case "PM2.5年均浓度":
		return term{"pm25", "PM2.5 annual mean concentration"}, true
	case "空气质量优良天数比例":
		return term{"good_air_days", "Share of days with good air quality"}, true
	case "生活垃圾无害化处理率":
		return term{"waste_treatment_rate", "Household waste safe treatment rate"}, true
	case "依申请政务服务“一网通办”率":
		return term{"online_services_rate", "Share of government services handled online"}, true
	case "每千人口拥有3岁以下婴幼儿托位数":
		return term{"childcare_places", "Childcare places for under-3s per 1,000 people"}, true
	case "普通高等学校专任教师数量":
		return term{"university_teachers", "Full-time university teachers"}, true
	case "新增城镇就业(首次来浙)人数":
		return term{"new_urban_jobs", "New urban jobs (first-time arrivals in Zhejiang)"}, true
	case "新增大学生就业人数":
		return term{"new_graduate_jobs", "New jobs for graduates"}, true
	case "城镇调查失业率":
		return term{"urban_unemployment", "Surveyed urban unemployment rate"}, true
	case "居民消费价格涨幅":
		return term{"cpi", "Consumer price inflation"}, true
	case "居民人均可支配收入增速":
		return term{"disposable_income_growth", "Per capita disposable income growth"}, true
	case "城乡居民人均可支配收入比":
		return term{"urban_rural_income_ratio", "Urban-rural income ratio"}, true
	case "医院数量":
		return term{"hospitals", "Hospitals"}, true
	case "基本养老保险参保人数":
		return term{"pension_insured", "People insured by basic pension"}, true
	case "不良贷款率":
		return term{"npl_ratio", "Non-performing loan ratio"}, true
	case "亿元GDP生产事故死亡率":
		return term{"work_death_rate", "Work-safety deaths per 100 million yuan of GDP"}, true
	case "粮食综合生产能力":
		return term{"grain_capacity", "Grain production capacity"}, true
	}
	return term{}, false
}

// CategoryEn is the English name of a category of indicators, or the name
// as printed when the glossary has none.
func CategoryEn(name string) string {
	switch Normalize(name) {
	case "经济发展":
		return "Economic development"
	case "科技创新":
		return "Science and technology"
	case "对外开放":
		return "Opening up"
	case "文化发展":
		return "Culture"
	case "生态环境":
		return "Environment"
	case "市域治理":
		return "City governance"
	case "社会民生":
		return "Livelihoods"
	case "安全保障":
		return "Security"
	}
	return name
}
