// Package indicators reads the target table of a Chinese annual economic plan
// (国民经济和社会发展计划) into typed rules.
//
// Read takes a plan document as people have it and returns a Plan: one
// Indicator per row, sub-row and part of a compound target, each with a
// Rule (kind, figures, unit, polarity) and a Nature. ReadPlanFile reads a
// plan written as TOML (Document). The files, by layer:
//
//   - the model: plan.go, rule.go, nature.go; planfile.go reads and
//     describes plan files.
//   - the grammar of one target cell: grammar*.go. ParseTarget types a cell;
//     Symbol writes a rule back in symbols that ParseTarget reads.
//   - the layouts, one file a form: layout_cells.go (text one cell a line),
//     layout_pipe.go (rows with |), layout_tabs.go (rows with tabs, as
//     spreadsheets and browsers copy them), layout_columns.go (cells split
//     by spaces), layout_html.go, layout_docx.go, layout_xlsx.go;
//     layout_refuse.go refuses what no layout reads. Each turns a
//     document into grids of positioned cells (layout.go) and knows nothing
//     of plans.
//   - the recovery, the same for every form: recover_header.go and
//     recover_columns.go find a grid's header and its columns;
//     recover_cells.go and recover_costs.go type each cell and weigh it in
//     each column; recover_align.go aligns the cells to the columns (a
//     dynamic program, in time the cells times the square of the columns,
//     at most 32 of them), after recover_continued.go joins a grid's
//     lines that continue the row above; recover_rows.go,
//     recover_build.go and recover_emit.go turn the rows into indicators;
//     recover_info.go reads the title and issuer.
//   - the inference: finish.go, infer_polarity.go, infer_nature.go, and the
//     glossary (lexicon_data.go, glossary.tsv).
//   - the lexicon: lexicon.go and lexicon_grammar.go, every word list the
//     above use, each from one place; traditional.txt and
//     lexicon_normalize.go fold text.
//
// read.go ties them together: it decodes the bytes (package input), tries
// each layout, recovers the tables, picks one and finishes it.
package indicators
