package main

import "github.com/spf13/cobra"

// helpTopics are the pages of "plan help TOPIC" that are not commands: what
// a person needs of the documentation with the binary alone.
func helpTopics() []*cobra.Command {
	return []*cobra.Command{
		{Use: "actuals", Short: "The file of actual figures that plan check reads", Long: actualsHelp},
		{Use: "verdicts", Short: "How each target is judged pass, warn, fail or missing", Long: verdictsHelp},
	}
}

const actualsHelp = `An actuals file is TOML: the figures of one period for the plan's indicators.
plan init writes a template with every indicator.

    plan = "2023"                  # optional: the plan year (or title) this file is for, checked;
                                   # or its plan document: "plans/huzhou-2024.txt", from this file's directory
    period = "2023"                # "2023", "2023-Q1".."2023-Q4", or "2023-01".."2023-12" (year to date)

    [values]
    gdp_growth = 7.8               # a bare number is in the unit the target prints (here %)
    "2" = "6.1%"                   # keys: the indicator's key, its ID (quoted) or its Chinese name
    "城镇调查失业率" = "4.6%"
    new_urban_jobs = "10.2万人"     # a string may carry a unit; 万/亿, %, ‰ and 个百分点 convert
    "16" = { value = 8.5, target = 6.0 }   # external target: the figure the province set
    "20" = true                    # external or qualitative target assessed as met (false: missed)
    fixed_investment_growth = { value = "8.3%", period = "2023-05" }  # a figure of other months

    [nature]                       # optional: how a part-year figure is judged
    foreign_investment = "stock"   # rate, flow or stock

    [tolerance]                    # optional; these are the defaults
    about = "5%"                   # 左右 passes within 5% of the target (relative)
    warn = "5%"                    # a miss within 5% of the target is warn, beyond it fail

    [tolerance.by_id]              # optional, per indicator (key, ID or name)
    cpi = { about = "0.3pp", warn = "0.5pp" }

plan = is a path when it has a / or \ in it, or ends in .txt, .htm, .html,
.docx, .xlsx or .toml; each plan named is read once per run, and --plan stays
the plan of the files that name none.

A tolerance is a share of the target ("5%"), percentage points ("0.3pp") or a
plain number in the target's unit (0.2). A decrease (measure: decrease) is
given as the size of the decrease: 3.2 for a 3.2% fall.

Bad input is an error on stderr naming the file, line and key, with exit
status 2, and the file is not checked; every problem of a file is reported
at once. plan rules lists the keys, IDs and names; plan explain ID shows how
one indicator is judged.`

const verdictsHelp = `Each indicator with a rule is judged pass, warn, fail or missing. X is the
target, t the about tolerance and w the warn tolerance, both computed from X
(or from the reference's figure).

    rule                  pass                     warn                  fail
    at_least X            a ≥ X                    a ≥ X − w             below
    above X               a > X                    X − w ≤ a ≤ X         below
    at_most X             a ≤ X                    a ≤ X + w             above
    below X               a < X                    X ≤ a ≤ X + w         above
    about X, higher       a ≥ X − t                a ≥ X − t − w         below
    about X, lower        a ≤ X + t                a ≤ X + t + w         above
    about X, neutral      |a − X| ≤ t              |a − X| ≤ t + w       beyond
    target X              read as at_least (higher), at_most (lower), about (neutral)
    range L–H, higher     a ≥ L                    a ≥ L − w             below
    range L–H, lower      a ≤ H                    a ≤ H + w             above
    range L–H, neutral    L ≤ a ≤ H                within w outside      beyond
    in_step_with          about the reference's actual (relation above: above it)
    external              the value against the given target, or true/false
    qualitative           true                                           false

missing: no figure; an in_step_with whose reference has no figure; an
external given a bare value without the target the higher level set.

A part-year file (period "2023-Q2", "2023-05") judges each indicator by its
nature, which plan rules and plan explain show: a rate (growth, shares,
ratios) against the annual target as it stands; a flow (annual totals that
accumulate) against the share of the target the elapsed months call for; a
stock (counts at the year's end) against the year-end target, a shortfall at
worst warn. A full-year period judges every nature as the year-end verdict.

plan explain ID prints the bands in force for one indicator; with --actuals
FILE, under that file's tolerances.`
