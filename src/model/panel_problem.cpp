// Evaluator panels inside load_problem(). The rules are in docs/weights/panels.md.

#include "model/panel_problem.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "criterio/number.hpp"
#include "criterio/text.hpp"

namespace criterio {

namespace {

std::string place(const SourceLocation& where) {
  return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

SourceLocation at(const std::string& file, const Node& node) { return {file, node.line, node.column}; }

bool ratable(ScaleType type) {
  return type == ScaleType::none || type == ScaleType::linear || type == ScaleType::piecewise ||
         type == ScaleType::step || type == ScaleType::likert;
}

void merge_panel_file(const ProviderFile& file, const std::vector<Criterion>& criteria,
                      std::vector<Provider>& providers, Diagnostics& diagnostics) {
  std::vector<std::string> criterion_ids, provider_ids;
  for (const auto& c : criteria) criterion_ids.push_back(c.id);
  for (const auto& p : providers) provider_ids.push_back(p.id);
  const std::string& evaluator = *file.evaluator;
  std::map<std::string, SourceLocation> in_file;
  for (const Provider& rated : file.providers) {
    if (rated.id.empty()) continue;  // already reported
    const auto [first, inserted] = in_file.emplace(rated.id, rated.where);
    if (!inserted) {
      diagnostics.error(rated.where, "provider " + quote(rated.id) + " is rated twice in " + evaluator +
                                         "'s panel file (first at " + place(first->second) + "); rate it once");
      continue;
    }
    const auto target = std::find_if(providers.begin(), providers.end(), [&](const Provider& p) { return p.id == rated.id; });
    if (target == providers.end()) {
      diagnostics.error(rated.where, "provider " + quote(rated.id) + " is rated by " + evaluator +
                                         " but not defined in any providers file" + did_you_mean(rated.id, provider_ids) +
                                         "; give the providers file that defines it too");
      continue;
    }
    for (const ProviderValue& value : rated.values) {
      if (std::find(criterion_ids.begin(), criterion_ids.end(), value.criterion) == criterion_ids.end()) {
        diagnostics.error(value.where,
                          "unknown criterion " + quote(value.criterion) + did_you_mean(value.criterion, criterion_ids));
        continue;
      }
      target->panel_ratings.push_back({evaluator, value, file.file});
    }
  }
}

struct RatingSource {
  std::string evaluator;
  const Node* node;
  std::string file;
};

// The panel's ratings of one value, in panel order: the list's evaluators,
// then the panel files. nullopt after an error.
std::optional<std::vector<RatingSource>> rating_sources(const Criterion& c, const Provider& p, const Node* list,
                                                        const std::vector<const PanelRating*>& rated,
                                                        Diagnostics& diagnostics) {
  std::vector<RatingSource> sources;
  const std::string what = "'" + c.id + "' of '" + p.id + "': ";
  if (list) {
    const std::size_t n = list->items.size();
    if (n == 0) {
      diagnostics.error(at(p.file, *list), what + "an empty list of ratings; give one rating per evaluator, or leave "
                                                  "the value out");
      return std::nullopt;
    }
    if (!p.evaluators.empty() && n != p.evaluators.size()) {
      std::string names;
      for (const auto& e : p.evaluators) names += (names.empty() ? "" : ", ") + e;
      diagnostics.error(at(p.file, *list), what + std::to_string(n) + (n == 1 ? " rating" : " ratings") + " for " +
                                               std::to_string(p.evaluators.size()) + " evaluators (" + names +
                                               "); give one per evaluator in that order, ~ for one who did not rate");
      return std::nullopt;
    }
    for (std::size_t i = 0; i < n; ++i)
      sources.push_back({p.evaluators.empty() ? "evaluator " + std::to_string(i + 1) : p.evaluators[i],
                         &list->items[i], p.file});
  }
  for (const PanelRating* r : rated) {
    if (r->value.value.is_sequence()) {
      diagnostics.error(at(r->file, r->value.value), what + "a panel file gives one rating per value (this one is " +
                                                         r->evaluator + "'s); lists of ratings belong in a providers file");
      return std::nullopt;
    }
    sources.push_back({r->evaluator, &r->value.value, r->file});
  }
  std::map<std::string, const RatingSource*> seen;
  for (const auto& s : sources) {
    const auto [first, inserted] = seen.emplace(s.evaluator, &s);
    if (!inserted) {
      diagnostics.error(at(s.file, *s.node), what + s.evaluator + " rates it twice (also at " +
                                                 place(at(first->second->file, *first->second->node)) +
                                                 "); name each evaluator once");
      return std::nullopt;
    }
  }
  return sources;
}

// "3.67/5" or "12.5 hours": the aggregate as the criterion's values read.
std::string aggregate_text(const Criterion& c, double value) {
  std::string text = format_number(value, 2);
  if (c.scale.type == ScaleType::likert) return text + "/" + std::to_string(c.scale.likert_points);
  if (!c.unit.empty()) text += (c.unit == "%" ? "" : " ") + c.unit;
  return text;
}

double scale_range(const Scale& scale) {
  switch (scale.type) {
    case ScaleType::likert: return scale.likert_points - 1;
    case ScaleType::linear: return std::abs(scale.best - scale.worst);
    case ScaleType::piecewise:
    case ScaleType::step: return scale.points.empty() ? 0 : scale.points.back().first - scale.points.front().first;
    default: return 0;
  }
}

}  // namespace

void merge_panel_files(const std::vector<ProviderFile>& files, const std::vector<Criterion>& criteria,
                       std::vector<Provider>& providers, Diagnostics& diagnostics) {
  std::map<std::string, SourceLocation> listed, own_file;
  for (const auto& f : files)
    for (const auto& name : f.evaluators) listed.emplace(name, f.evaluators_where);
  for (const auto& f : files) {
    if (!f.evaluator) continue;
    const std::string& name = *f.evaluator;
    if (const auto it = listed.find(name); it != listed.end()) {
      diagnostics.error(f.evaluator_where, "evaluator " + quote(name) + " also gives lists of ratings (evaluators: at " +
                                               place(it->second) + "); name each evaluator once, in a list or in a "
                                                                   "file of their own");
      continue;
    }
    const auto [first, inserted] = own_file.emplace(name, f.evaluator_where);
    if (!inserted) {
      diagnostics.error(f.evaluator_where, "evaluator " + quote(name) + " already has a panel file (" +
                                               place(first->second) + "); put all of " + name +
                                               "'s ratings in one file");
      continue;
    }
    merge_panel_file(f, criteria, providers, diagnostics);
  }
}

std::optional<Measurement> measure_panel(const Criterion& c, const Provider& p, const Node* plain,
                                         RatingAggregate aggregate, Date as_of, Diagnostics& diagnostics) {
  // A list of review mappings keeps meaning reviews.
  const Node* list = plain && plain->is_sequence() && c.scale.type != ScaleType::reviews ? plain : nullptr;
  std::vector<const PanelRating*> rated;
  for (const auto& r : p.panel_ratings)
    if (r.value.criterion == c.id) rated.push_back(&r);
  if (!list && rated.empty()) return std::nullopt;

  const SourceLocation first = list ? at(p.file, *list) : at(rated.front()->file, rated.front()->value.value);
  const std::string what = "'" + c.id + "' of '" + p.id + "': ";
  if (!ratable(c.scale.type)) {
    diagnostics.error(first, what + "an evaluator panel rates criteria with a numeric value function (likert, linear, "
                                    "piecewise, step or none), and this one's scale is " +
                                 std::string(to_string(c.scale.type)) + "; give a single value");
    return Measurement{};
  }
  if (plain && !plain->is_null() && !list) {
    diagnostics.error(first, what + "rated by " + rated.front()->evaluator + " here and also given as a single value at " +
                                 place(at(p.file, *plain)) + "; give it one way: a single value, or ratings");
    return Measurement{};
  }
  const auto sources = rating_sources(c, p, list, rated, diagnostics);
  if (!sources) return Measurement{};

  PanelRatings panel;
  panel.aggregate = aggregate;
  bool ok = true;
  for (const auto& s : *sources) {
    const Measurement m = measure(c, s.node, s.file, as_of, diagnostics);
    if (m.missing && !s.node->is_null()) ok = false;  // reported by measure()
    if (m.uncertainty) {
      // The panel's spread is its disagreement; a spread within one rating would blur that.
      diagnostics.error(at(s.file, *s.node), what + "each evaluator's rating is a single value, not a spread; "
                                                    "give " + s.evaluator + "'s best estimate");
      ok = false;
    }
    panel.ratings.push_back({s.evaluator, m.missing ? std::nullopt : std::optional<double>(m.raw)});
  }
  if (!ok) return Measurement{};
  summarize_ratings(panel);

  Measurement out;
  out.where = first;
  if (panel.value) {
    const double v = *panel.value;
    out.missing = false;
    out.value = v;
    out.raw = v;
    if (c.scale.type != ScaleType::none) {
      out.utility = c.scale.utility(v);
      // Likert points carry no direction of their own (measure() does the same).
      if (c.scale.type == ScaleType::likert && c.direction == Direction::cost) out.utility = 1 - out.utility;
    }
    const std::size_t given = panel.given().size();
    out.display = aggregate_text(c, v) + " (" + std::string(to_string(aggregate)) + " of " + std::to_string(given) +
                  (given == 1 ? " rating)" : " ratings)");
  }
  out.panel = std::move(panel);
  return out;
}

void assign_outliers(const std::vector<Criterion>& criteria, std::vector<std::vector<Measurement>>& measurements) {
  for (std::size_t j = 0; j < criteria.size(); ++j) {
    double range = scale_range(criteria[j].scale);
    if (criteria[j].scale.type == ScaleType::none) {
      // Raw numbers have no scale to measure against: use what the panel gave.
      std::vector<double> all;
      for (const auto& row : measurements)
        if (row[j].panel)
          for (double r : row[j].panel->given()) all.push_back(r);
      range = all.empty() ? 0 : *std::max_element(all.begin(), all.end()) - *std::min_element(all.begin(), all.end());
    }
    for (auto& row : measurements)
      if (row[j].panel) assign_outlier(*row[j].panel, range);
  }
}

}  // namespace criterio
