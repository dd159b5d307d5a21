// CSV (RFC 4180) output. Text cells that a spreadsheet would run as a
// formula (starting with = + - @, tab or carriage return) get a leading
// apostrophe; numbers are written as numbers.

#include <algorithm>
#include <charconv>

#include "report/formats.hpp"

namespace criterio::report {

namespace {

class CsvWriter {
 public:
  CsvWriter& text(std::string_view cell) {
    separate();
    std::string safe(cell);
    if (!safe.empty() && (safe[0] == '=' || safe[0] == '+' || safe[0] == '-' || safe[0] == '@' || safe[0] == '\t' ||
                          safe[0] == '\r'))
      safe.insert(0, "'");
    if (safe.find_first_of(",\"\r\n") != std::string::npos) {
      m_out += '"';
      for (char c : safe) {
        if (c == '"') m_out += '"';
        m_out += c;
      }
      m_out += '"';
    } else {
      m_out += safe;
    }
    return *this;
  }
  CsvWriter& number(double value) {
    separate();
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;  // shortest round-trip form
    m_out.append(buffer, end);
    return *this;
  }
  CsvWriter& integer(long value) {
    separate();
    m_out += std::to_string(value);
    return *this;
  }
  CsvWriter& empty() {
    separate();
    return *this;
  }
  void end_row() {
    m_out += "\r\n";
    m_first = true;
  }
  std::string take() { return std::move(m_out); }

 private:
  void separate() {
    if (!m_first) m_out += ',';
    m_first = false;
  }
  std::string m_out;
  bool m_first = true;
};

std::string joined(const std::vector<std::string>& items, std::string_view separator = ";") {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : std::string(separator)) + s;
  return out;
}

}  // namespace

std::string ranking_csv(const Result& result, const RenderOptions& options) {
  CsvWriter csv;
  csv.text("rank").text("id").text("name").text("score").text("status").text("missing").text("stale_evidence")
      .text("strengths").text("weaknesses");
  for (const auto& c : result.criteria) csv.text(c.id);
  csv.end_row();
  std::size_t shown = 0;
  for (const auto& p : result.ranking) {
    if (options.top && shown++ >= *options.top) break;
    csv.integer(p.rank).text(p.id).text(p.name).number(p.score).text("ranked").text(joined(p.missing))
        .text(joined(p.stale_evidence)).text(joined(p.strengths)).text(joined(p.weaknesses));
    for (const auto& c : p.contributions) csv.number(c.contribution);
    csv.end_row();
  }
  for (const auto& e : result.excluded) {
    csv.empty().text(e.id).text(e.name).empty().text("excluded: " + joined(e.reasons, "; ")).empty().empty().empty()
        .empty();
    for (std::size_t j = 0; j < result.criteria.size(); ++j) csv.empty();
    csv.end_row();
  }
  return csv.take();
}

std::string explanation_csv(const Result& result, const RankedProvider& provider, const RenderOptions&) {
  CsvWriter csv;
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
  return csv.take();
}

std::string exclusion_csv(const Result& result, const ExcludedProvider& provider, const RenderOptions&) {
  CsvWriter csv;
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
  return csv.take();
}

std::string comparison_csv(const Result& result, const Comparison& comparison, const RenderOptions&) {
  CsvWriter csv;
  csv.text("criterion").text("name").text(comparison.a).text(comparison.b).text("difference");
  csv.end_row();
  for (const auto& line : comparison.lines) {
    csv.text(line.criterion).text(result.find_criterion(line.criterion)->name).number(line.a_contribution)
        .number(line.b_contribution).number(line.difference);
    csv.end_row();
  }
  return csv.take();
}

}  // namespace criterio::report

namespace criterio::report {

std::string methods_csv(const MethodComparison& c, const RenderOptions& options) {
  CsvWriter csv;
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
  return csv.take();
}

}  // namespace criterio::report
