package check

import (
	"testing"

	"plan/indicators"
	"plan/seeds"
)

// fullActuals is an actuals file with a figure for every checkable
// indicator of the embedded plan, as plan init lays it out.
const fullActuals = `plan = "2023"
period = "2023"
[values]
gdp_growth = "7.8%"
gdp_per_capita_growth = 6.1
labour_productivity_growth = 5.9
agriculture_growth = 3.8
industrial_growth = 10.8
industrial_tax_per_mu_growth = 12.5
services_growth = 7.5
budget_revenue_growth = 7.0
fixed_investment_growth = 10
manufacturing_investment_growth = 19.8
high_tech_investment_growth = 44.8
transport_investment_growth = 8.1
energy_investment_growth = 15.2
water_investment_growth = 16.5
retail_sales_growth = 6.4
deposits_loans_growth = 11
rd_intensity = 3.2
digital_economy_share = 7.1
high_tech_industry_share = 61.9
export_growth = 10.2
export_national_share = "1.43%"
services_trade = { value = 8.5, target = 6.0 }
foreign_investment = "10.8亿美元"
museums = 57
city_reading_rooms = 120
energy_intensity_reduction = true
cod_reduction = true
ammonia_nitrogen_reduction = true
voc_reduction = true
nox_reduction = true
water_class_i_iii_share = 100
water_function_zone_compliance = 100
pm25 = 27.5
good_air_days = 91
waste_treatment_rate = 100
online_services_rate = 92
childcare_places = 4.1
university_teachers = "6950人"
new_urban_jobs = "10.2万人"
new_graduate_jobs = "14.5万人"
urban_unemployment = "4.6%"
cpi = 0.3
disposable_income_growth = 7.6
urban_rural_income_ratio = 1.66
hospitals = 115
pension_insured = "377万人"
npl_ratio = "0.7%"
work_death_rate = 0.006
grain_capacity = "153.5万吨"
`

// loadFull takes the embedded plan and loads the full actuals file.
func loadFull(b *testing.B) (*indicators.Plan, *Actuals) {
	b.Helper()
	p := seeds.Plan()
	a, err := Load("full.toml", []byte(fullActuals), p)
	if err != nil {
		b.Fatal(err)
	}
	return p, a
}

// BenchmarkCheck takes the embedded plan, loads a full actuals file and
// evaluates it: the work of one plan check run.
func BenchmarkCheck(b *testing.B) {
	for b.Loop() {
		p, a := loadFull(b)
		Evaluate(p, a)
	}
}

// BenchmarkLoad loads a full actuals file for a plan already read.
func BenchmarkLoad(b *testing.B) {
	p, _ := loadFull(b)
	for b.Loop() {
		if _, err := Load("full.toml", []byte(fullActuals), p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvaluate evaluates a loaded file.
func BenchmarkEvaluate(b *testing.B) {
	p, a := loadFull(b)
	for b.Loop() {
		Evaluate(p, a)
	}
}

// TestFullActuals keeps the benchmark's file honest: every indicator has a
// figure and none is missing.
func TestFullActuals(t *testing.T) {
	p := seeds.Plan()
	a, err := Load("full.toml", []byte(fullActuals), p)
	if err != nil {
		t.Fatal(err)
	}
	if s := Evaluate(p, a).Summary; s.Missing != 0 || s.Total() != 49 {
		t.Errorf("full actuals: %+v, want 49 results and none missing", s)
	}
}
