// CSV (RFC 4180) output. Text cells that a spreadsheet would run as a
// formula (starting with = + - @, tab or carriage return) get a leading
// apostrophe; numbers are written as numbers.

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "report/csv_writer.hpp"
#include "report/formats.hpp"
#include "report/style.hpp"
#include "support/parallel.hpp"

namespace criterio::report {

namespace {

std::string joined(const std::vector<std::string>& items, std::string_view separator = ";") {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : std::string(separator)) + s;
  return out;
}

}  // namespace

namespace {

void ranking_header(CsvWriter& csv, const std::vector<Criterion>& criteria, bool brief) {
  csv.text("rank").text("id").text("name").text("score").text("status");
  if (!brief) {
    csv.text("missing").text("stale_evidence").text("strengths").text("weaknesses");
    for (const auto& c : criteria) csv.text(c.id);
  }
  csv.end_row();
}

// Criterion ids for column indices, joined as joined() does.
std::string_view joined_ids(const std::vector<Criterion>& criteria, const std::array<std::size_t, 3>& columns,
                            std::size_t count, std::string& scratch) {
  scratch.clear();
  for (std::size_t k = 0; k < count; ++k) {
    if (k > 0) scratch += ';';
    scratch += criteria[columns[k]].id;
  }
  return scratch;
}

// Rows `from` to `to` (positions in the ranking) of a matrix ranking.
void matrix_rows(const MatrixRanking& ranking, std::size_t from, std::size_t to, bool brief, std::string& out) {
  CsvWriter csv(out);
  std::string scratch;
  // Rows come in rank order, scattered over memory: fetch ahead.
  constexpr std::size_t k_bounds_ahead = 16, k_labels_ahead = 8;
  for (std::size_t k = from; k < to; ++k) {
    if (k + k_bounds_ahead < to) {
      const std::size_t ahead = ranking.order[k + k_bounds_ahead];
      ranking.data.prefetch_bounds(ahead);
      __builtin_prefetch(ranking.scores.data() + ahead);
      if (!brief) {  // a row of the breakdown is a value in each column, far apart
        __builtin_prefetch(ranking.notable.data() + ahead);
        for (Eigen::Index j = 0; j < ranking.contributions.cols(); ++j)
          __builtin_prefetch(&ranking.contributions(static_cast<Eigen::Index>(ahead), j));
      }
    }
    if (k + k_labels_ahead < to) ranking.data.prefetch_labels(ranking.order[k + k_labels_ahead]);
    const std::size_t r = ranking.order[k];
    const auto row = static_cast<Eigen::Index>(r);
    csv.integer(ranking.ranks[k]).text(ranking.data.id(r)).text(ranking.data.name(r)).number(ranking.scores(row))
        .text("ranked");
    if (brief) {  // a brief ranking has no breakdown: no strengths, no contributions
      csv.end_row();
      continue;
    }
    const NotableCriteria& notable = ranking.notable[r];
    csv.empty().empty();
    csv.text(joined_ids(ranking.criteria, notable.strengths, notable.strength_count, scratch));
    csv.text(joined_ids(ranking.criteria, notable.weaknesses, notable.weakness_count, scratch));
    for (Eigen::Index j = 0; j < ranking.contributions.cols(); ++j) csv.number(ranking.contributions(row, j));
    csv.end_row();
  }
}

}  // namespace

void ranking_csv(const MatrixRanking& ranking, const RenderOptions& options,
                 const std::function<void(std::string_view)>& write) {
  std::string header;
  CsvWriter csv(header);
  ranking_header(csv, ranking.criteria, options.brief);
  write(header);
  const std::size_t rows = std::min(ranking.order.size(), options.top.value_or(ranking.order.size()));
  // Formatting numbers and writing the text dominate here. Rows go in runs
  // formatted on every core while this thread writes the runs before them in
  // order, so the bytes do not depend on the thread count and the text in
  // memory stays at two runs per thread, a few megabytes.
  constexpr std::size_t k_rows_per_run = 8192;
  const auto make_formatter = [&] {
    return [&, reserve = std::size_t{0}](std::size_t run) mutable {
      std::string part;
      part.reserve(reserve);  // about the size of this thread's last run
      matrix_rows(ranking, run * k_rows_per_run, std::min(rows, (run + 1) * k_rows_per_run), options.brief, part);
      reserve = part.size();
      return part;
    };
  };
  parallel_ordered((rows + k_rows_per_run - 1) / k_rows_per_run, 0, make_formatter,
                   [&](const std::string& part) { write(part); });
}

std::string ranking_csv(const Result& result, const RenderOptions& options) {
  std::string out;
  CsvWriter csv(out);
  ranking_header(csv, result.criteria, options.brief);
  std::size_t shown = 0;
  for (const auto& p : result.ranking) {
    if (options.top && shown++ >= *options.top) break;
    csv.integer(p.rank).text(p.id).text(p.name).number(p.score).text("ranked");
    if (!options.brief) {
      csv.text(joined(p.missing)).text(joined(p.stale_evidence)).text(joined(p.strengths)).text(joined(p.weaknesses));
      for (const auto& c : p.contributions) csv.number(c.contribution);
    }
    csv.end_row();
  }
  for (const auto& e : result.excluded) {
    csv.empty().text(e.id).text(e.name).empty().text("excluded: " + reasons_text(e, options.language));
    if (!options.brief) {
      csv.empty().empty().empty().empty();
      for (std::size_t j = 0; j < result.criteria.size(); ++j) csv.empty();
    }
    csv.end_row();
  }
  return out;
}

std::string explanation_csv(const Result& result, const RankedProvider& provider, const RenderOptions&) {
  std::string out;
  CsvWriter csv(out);
  csv.text("criterion").text("name").text("value").text("unit").text("utility").text("weight").text("contribution")
      .text("rank").text("missing").text("evidence_source").text("evidence_date").text("stale_evidence");
  csv.end_row();
  for (const auto& c : provider.contributions) {
    const Criterion* criterion = result.find_criterion(c.criterion);
    csv.text(c.criterion).text(criterion->name).text(c.display).text(criterion->unit).number(c.utility)
        .number(c.weight).number(c.contribution).integer(c.criterion_rank).text(c.missing ? "yes" : "no");
    csv.text(c.evidence ? c.evidence->source : "").text(c.evidence && c.evidence->date ? c.evidence->date->iso() : "")
        .text(c.stale_evidence ? "yes" : "no");
    csv.end_row();
  }
  return out;
}

std::string exclusion_csv(const Result& result, const ExcludedProvider& provider, const RenderOptions&) {
  std::string out;
  CsvWriter csv(out);
  csv.text("criterion").text("name").text("value").text("unit").text("weight").text("failed").text("missing")
      .text("evidence_source").text("evidence_date").text("stale_evidence");
  csv.end_row();
  for (const auto& v : provider.values) {
    const Criterion* criterion = result.find_criterion(v.criterion);
    const bool failed = std::find(provider.failed.begin(), provider.failed.end(), v.criterion) != provider.failed.end();
    csv.text(v.criterion).text(criterion->name).text(v.display).text(criterion->unit).number(v.weight)
        .text(failed ? "yes" : "no").text(v.missing ? "yes" : "no");
    csv.text(v.evidence ? v.evidence->source : "").text(v.evidence && v.evidence->date ? v.evidence->date->iso() : "")
        .text(v.stale_evidence ? "yes" : "no");
    csv.end_row();
  }
  return out;
}

std::string comparison_csv(const Result& result, const Comparison& comparison, const RenderOptions&) {
  std::string out;
  CsvWriter csv(out);
  csv.text("criterion").text("name").text(comparison.a).text(comparison.b).text("difference");
  csv.end_row();
  for (const auto& line : comparison.lines) {
    csv.text(line.criterion).text(result.find_criterion(line.criterion)->name).number(line.a_contribution)
        .number(line.b_contribution).number(line.difference);
    csv.end_row();
  }
  return out;
}

}  // namespace criterio::report

namespace criterio::report {

std::string methods_csv(const MethodComparison& c, const RenderOptions& options) {
  std::string out;
  CsvWriter csv(out);
  csv.text("id").text("name");
  for (const auto& label : c.labels) csv.text(label + "_rank").text(label + "_score");
  csv.text("borda_rank").text("borda_points").text("copeland_rank").text("copeland_points");
  csv.end_row();
  // Rows in Borda consensus order; every method ranks the same providers.
  std::size_t shown = 0;
  for (const auto& entry : c.borda) {
    if (options.top && shown++ >= *options.top) break;
    csv.text(entry.id).text(entry.name);
    for (const Result& result : c.results) {
      const RankedProvider* p = result.find(entry.id);
      csv.integer(p->rank).number(p->score);
    }
    const auto copeland = std::find_if(c.copeland.begin(), c.copeland.end(), [&](auto& e) { return e.id == entry.id; });
    csv.integer(entry.rank).number(entry.points).integer(copeland->rank).number(copeland->points);
    csv.end_row();
  }
  return out;
}

namespace {

// One row per node of the weight tree, parents before their children.
void weight_rows(const WeightNode& node, const std::string& parent, int depth, Language language, CsvWriter& csv) {
  for (const auto& child : node.children) {
    csv.text(child.id).text(child.name).text(parent).integer(depth).text(child.is_leaf() ? "criterion" : "group");
    for (double w : {child.local, child.global}) {
      if (std::isnan(w)) csv.empty();
      else csv.number(w);
    }
    csv.text(basis_text(child, language)).text(child.is_leaf() ? "" : child.method);
    csv.end_row();
    if (!child.is_leaf()) weight_rows(child, child.id, depth + 1, language, csv);
  }
}

}  // namespace

std::string weights_csv(const WeightReport& report, const RenderOptions& options) {
  std::string out;
  CsvWriter csv(out);
  csv.text("id").text("name").text("parent").text("depth").text("kind").text("local").text("global").text("basis").text(
      "children_weighting");
  csv.end_row();
  weight_rows(report.tree.root, "", 1, options.language, csv);
  return out;
}

}  // namespace criterio::report
