// Comparisons and lookups over a Result.

#include <algorithm>
#include <cmath>

#include "criterio/evaluate.hpp"
#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "text/messages.hpp"

namespace criterio {

const RankedProvider* Result::find(std::string_view id) const {
  for (const auto& p : ranking)
    if (p.id == id) return &p;
  return nullptr;
}

const ExcludedProvider* Result::find_excluded(std::string_view id) const {
  for (const auto& p : excluded)
    if (p.id == id) return &p;
  return nullptr;
}

const Criterion* Result::find_criterion(std::string_view id) const {
  for (const auto& c : criteria)
    if (c.id == id) return &c;
  return nullptr;
}

const RankedProvider& find_ranked(const Result& result, std::string_view id) {
  if (const RankedProvider* p = result.find(id)) return *p;
  if (const ExcludedProvider* e = result.find_excluded(id)) {
    std::string reasons;
    for (const auto& r : e->reasons) reasons += (reasons.empty() ? "" : "; ") + to_text(r, Language::en);
    throw_usage("provider '" + e->id + "' is excluded, so it has no score: " + reasons);
  }
  std::vector<std::string> ids;
  for (const auto& p : result.ranking) ids.push_back(p.id);
  for (const auto& p : result.excluded) ids.push_back(p.id);
  throw_usage("unknown provider " + quote(id) + did_you_mean(id, ids));
}

namespace {

std::string name_of(const Result& result, const std::string& criterion) {
  const Criterion* c = result.find_criterion(criterion);
  return c ? c->name : criterion;
}

std::string signed_number(double x) { return (x >= 0 ? "+" : "-") + format_number(std::abs(x), 3); }

std::string list_lines(const Result& result, const std::vector<const ComparisonLine*>& lines) {
  std::vector<std::string> items;
  for (const ComparisonLine* line : lines)
    items.push_back(name_of(result, line->criterion) + " (" + signed_number(line->difference) + ")");
  return and_list(items, result.language);
}

std::string summarize(const Result& result, const RankedProvider& a, const RankedProvider& b,
                      const Comparison& comparison) {
  const Language language = result.language;
  const double better = result.higher_is_better ? comparison.gap : -comparison.gap;
  if (std::abs(comparison.gap) <= 1e-12) return say(Message::compare_tie, language, {a.name, b.name, format_number(a.score)});
  const bool above = better > 0;
  // The criteria that carry the gap, and those that work against it.
  std::vector<const ComparisonLine*> drivers, offsets;
  for (const auto& line : comparison.lines) {
    const bool helps = (line.difference > 0) == (comparison.gap > 0);
    if (std::abs(line.difference) < 1e-9) continue;
    if (helps && drivers.size() < 2) drivers.push_back(&line);
    if (!helps && offsets.empty()) offsets.push_back(&line);
  }
  std::string sentence = say(above ? Message::compare_above : Message::compare_below, language,
                             {a.name, format_number(a.score), b.name, format_number(b.score),
                              format_number(std::abs(comparison.gap))});
  if (!drivers.empty()) sentence += say(Message::compare_drivers, language, {list_lines(result, drivers)});
  if (!offsets.empty()) sentence += say(Message::compare_offsets, language, {list_lines(result, offsets)});
  return sentence + ".";
}

}  // namespace

Comparison compare(const Result& result, std::string_view a_id, std::string_view b_id) {
  const RankedProvider& a = find_ranked(result, a_id);
  const RankedProvider& b = find_ranked(result, b_id);
  if (a.id == b.id) throw_usage("compare needs two different providers");
  Comparison comparison;
  comparison.a = a.id;
  comparison.b = b.id;
  comparison.gap = a.score - b.score;
  for (std::size_t j = 0; j < a.contributions.size(); ++j) {
    ComparisonLine line;
    line.criterion = a.contributions[j].criterion;
    line.a_contribution = a.contributions[j].contribution;
    line.b_contribution = b.contributions[j].contribution;
    line.difference = line.a_contribution - line.b_contribution;
    comparison.lines.push_back(line);
  }
  std::stable_sort(comparison.lines.begin(), comparison.lines.end(),
                   [](const auto& x, const auto& y) { return std::abs(x.difference) > std::abs(y.difference); });
  comparison.summary = summarize(result, a, b, comparison);
  return comparison;
}

}  // namespace criterio
