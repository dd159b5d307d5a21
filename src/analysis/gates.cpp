// CI gates over a finished ranking.

#include "criterio/gates.hpp"

#include <algorithm>

#include "criterio/number.hpp"
#include "criterio/text.hpp"

namespace criterio {

namespace {

// Every provider id of the result, ranked or excluded, for did-you-mean.
std::vector<std::string> provider_ids(const Result& result) {
  std::vector<std::string> ids;
  for (const auto& p : result.ranking) ids.push_back(p.id);
  for (const auto& e : result.excluded) ids.push_back(e.id);
  return ids;
}

void require_known(const Result& result, const std::string& id, std::string_view option) {
  if (result.find(id) || result.find_excluded(id)) return;
  throw_usage(std::string(option) + ": no provider " + quote(id) + did_you_mean(id, provider_ids(result)));
}

std::string excluded_reason(const ExcludedProvider& e) {
  std::string reasons;
  for (const auto& r : e.reasons) reasons += (reasons.empty() ? "" : "; ") + to_text(r, Language::en);  // a gate speaks English, as errors do
  return e.id + " is excluded (" + reasons + ")";
}


std::optional<std::string> check_top(const Result& result, const std::string& id) {
  if (const ExcludedProvider* e = result.find_excluded(id)) return "expected " + id + " first, but " + excluded_reason(*e);
  const RankedProvider& p = *result.find(id);
  if (p.rank == 1) return std::nullopt;
  const RankedProvider& first = result.ranking.front();
  return "expected " + id + " first, but " + first.id + " is first with " + format_number(first.score, 4) + "; " + id +
         " is rank " + std::to_string(p.rank) + " with " + format_number(p.score, 4);
}

std::optional<std::string> check_score(const Result& result, double minimum, const std::optional<std::string>& of) {
  if (of)
    if (const ExcludedProvider* e = result.find_excluded(*of)) return "--min-score: " + excluded_reason(*e);
  if (result.ranking.empty()) return "--min-score: no provider is ranked";
  const RankedProvider& p = of ? *result.find(*of) : result.ranking.front();
  const bool good_enough = result.higher_is_better ? p.score >= minimum : p.score <= minimum;
  if (good_enough) return std::nullopt;
  return p.id + " scores " + format_number(p.score, 4) + ", " +
         (result.higher_is_better ? "below the minimum " : "above the maximum ") + format_number(minimum, 6) +
         (result.higher_is_better ? "" : " (with " + result.method + " lower scores are better)");
}

}  // namespace

std::vector<std::string> failed_gates(const Result& result, const Gates& gates) {
  if (gates.score_of && !gates.min_score) throw_usage("--for names whose score --min-score checks; give --min-score too");
  if (gates.expect_top) require_known(result, *gates.expect_top, "--expect-top");
  if (gates.score_of) require_known(result, *gates.score_of, "--for");
  std::vector<std::string> failed;
  if (gates.expect_top)
    if (auto reason = check_top(result, *gates.expect_top)) failed.push_back(*reason);
  if (gates.min_score)
    if (auto reason = check_score(result, *gates.min_score, gates.score_of)) failed.push_back(*reason);
  return failed;
}

std::optional<std::string> failed_acceptability(const SensitivityReport& report, double min_acceptability) {
  if (report.order.empty()) return "no provider is ranked, so none ranks first in any share of the samples";
  if (!report.smaa) return std::nullopt;
  const std::string& winner = report.order.front();
  const auto row = std::find(report.smaa_ids.begin(), report.smaa_ids.end(), winner) - report.smaa_ids.begin();
  const double first = report.smaa->acceptability(row, 0);
  if (first >= min_acceptability) return std::nullopt;
  return winner + " ranks first in " + format_number(first * 100, 1) + "% of " + std::to_string(report.smaa->samples) +
         " SMAA samples, below the minimum " + format_number(min_acceptability * 100, 1) + "%";
}

}  // namespace criterio
