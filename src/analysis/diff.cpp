// Reading two rankings back and saying what changed between them.

#include "criterio/diff.hpp"

#include <algorithm>
#include <cmath>

#include "criterio/text.hpp"
#include "model/fields.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

// Typed access to a result document: every problem is collected with its
// place, and unknown keys are allowed (schema version 1 may gain keys).
class ResultReader {
 public:
  ResultReader(const Document& document, Diagnostics& diagnostics) : m_reader(document, diagnostics) {}

  const Node* field(const Node& mapping, std::string_view key, std::string_view what) const {
    if (!mapping.is_mapping()) {
      m_reader.error(mapping, std::string(what) + ": expected a mapping, found " + mapping.describe());
      return nullptr;
    }
    return m_reader.require(mapping, key, what);
  }
  std::string text(const Node& mapping, std::string_view key, std::string_view what) const {
    const Node* n = field(mapping, key, what);
    return n ? m_reader.text(*n, key).value_or("") : std::string();
  }
  double number(const Node& mapping, std::string_view key, std::string_view what) const {
    const Node* n = field(mapping, key, what);
    return n ? m_reader.number(*n, key).value_or(0) : 0;
  }
  const Node* list(const Node& mapping, std::string_view key, std::string_view what) const {
    const Node* n = field(mapping, key, what);
    return n && m_reader.expect_sequence(*n, key) ? n : nullptr;
  }
  const Reader& reader() const { return m_reader; }

 private:
  Reader m_reader;
};

RankedSnapshot read_ranked(const ResultReader& r, const Node& node) {
  RankedSnapshot p;
  p.id = r.text(node, "id", "a ranked provider");
  p.name = r.text(node, "name", "a ranked provider");
  p.rank = static_cast<int>(r.number(node, "rank", "a ranked provider"));
  p.score = r.number(node, "score", "a ranked provider");
  if (const Node* contributions = r.list(node, "contributions", "a ranked provider"))
    for (const Node& c : contributions->items)
      p.contributions.emplace_back(r.text(c, "criterion", "a contribution"), r.number(c, "contribution", "a contribution"));
  return p;
}

std::vector<CriterionShift> causes(const RankedSnapshot& before, const RankedSnapshot& after) {
  std::vector<CriterionShift> shifts;
  const auto contribution = [](const RankedSnapshot& p, const std::string& criterion) {
    for (const auto& [c, value] : p.contributions)
      if (c == criterion) return value;
    return 0.0;
  };
  for (const auto& [criterion, value] : after.contributions)
    shifts.push_back({criterion, value - contribution(before, criterion)});
  for (const auto& entry : before.contributions)  // not a structured binding: clang 14 cannot capture one
    if (std::none_of(shifts.begin(), shifts.end(), [&](auto& s) { return s.criterion == entry.first; }))
      shifts.push_back({entry.first, -entry.second});
  std::stable_sort(shifts.begin(), shifts.end(),
                   [](auto& a, auto& b) { return std::abs(a.change) > std::abs(b.change); });
  std::erase_if(shifts, [](auto& s) { return s.change == 0; });
  if (shifts.size() > 3) shifts.resize(3);
  return shifts;
}

const RankedSnapshot* find(const std::vector<RankedSnapshot>& ranking, const std::string& id) {
  for (const auto& p : ranking)
    if (p.id == id) return &p;
  return nullptr;
}

bool was_excluded(const ResultSnapshot& result, const std::string& id) {
  return std::any_of(result.excluded.begin(), result.excluded.end(), [&](auto& e) { return e.first == id; });
}

ProviderChange ranked_change(const ResultSnapshot& before, const RankedSnapshot& now, double tolerance) {
  ProviderChange change{now.id, now.name, "", std::nullopt, now.rank, std::nullopt, now.score, {}};
  if (const RankedSnapshot* then = find(before.ranking, now.id)) {
    change.old_rank = then->rank;
    change.old_score = then->score;
    const bool rescored = std::abs(now.score - then->score) >= tolerance && now.score != then->score;
    change.status = then->rank != now.rank ? "moved" : rescored ? "rescored" : "unchanged";
    if (change.status != "unchanged") change.causes = causes(*then, now);
  } else {
    change.status = was_excluded(before, now.id) ? "readmitted" : "added";
  }
  return change;
}

}  // namespace

ResultSnapshot read_result(const Document& document) {
  Diagnostics diagnostics;
  const ResultReader r(document, diagnostics);
  ResultSnapshot result;
  result.file = document.file;
  const Node& root = document.root;
  const std::string what = "a ranking result (criterio rank -f json)";
  if (root.is_mapping() && root.find("kind"))
    r.reader().error(*root.find("kind"), "this is a " + r.text(root, "kind", what) + " document, not " + what);
  else if (const Node* version = r.field(root, "schema_version", what); version && version->text != "1")
    r.reader().error(*version, "schema_version " + quote(version->text) + " is not 1, the version this criterio reads");
  if (diagnostics.has_errors()) throw_if_errors(diagnostics);
  result.title = r.text(root, "title", what);
  if (const Node* method = r.field(root, "method", what)) result.method = r.text(*method, "name", "method");
  if (const Node* n = r.field(root, "higher_is_better", what)) result.higher_is_better = r.reader().boolean(*n, "higher_is_better").value_or(true);
  if (const Node* ranking = r.list(root, "ranking", what))
    for (const Node& p : ranking->items) result.ranking.push_back(read_ranked(r, p));
  if (const Node* excluded = r.list(root, "excluded", what))
    for (const Node& e : excluded->items) result.excluded.emplace_back(r.text(e, "id", "an excluded provider"), r.text(e, "name", "an excluded provider"));
  throw_if_errors(diagnostics);
  return result;
}

ResultDiff diff_results(const ResultSnapshot& before, const ResultSnapshot& after, double tolerance,
                        Language language) {
  ResultDiff diff;
  diff.old_file = before.file;
  diff.new_file = after.file;
  diff.old_method = before.method;
  diff.new_method = after.method;
  diff.higher_is_better = after.higher_is_better;
  if (before.method != after.method)
    diff.notes.push_back(say(Message::diff_methods_differ, language, {before.method, after.method}));
  for (const auto& now : after.ranking) diff.providers.push_back(ranked_change(before, now, tolerance));
  for (const auto& [id, name] : after.excluded) {
    ProviderChange change{id, name, "unchanged", std::nullopt, std::nullopt, std::nullopt, std::nullopt, {}};
    if (const RankedSnapshot* then = find(before.ranking, id)) {
      change.status = "excluded";
      change.old_rank = then->rank;
      change.old_score = then->score;
    } else if (!was_excluded(before, id)) {
      change.status = "added";
    }
    diff.providers.push_back(std::move(change));
  }
  for (const auto& then : before.ranking)
    if (!find(after.ranking, then.id) && !was_excluded(after, then.id))
      diff.providers.push_back({then.id, then.name, "removed", then.rank, std::nullopt, then.score, std::nullopt, {}});
  for (const auto& [id, name] : before.excluded)
    if (!find(after.ranking, id) && !was_excluded(after, id))
      diff.providers.push_back({id, name, "removed", std::nullopt, std::nullopt, std::nullopt, std::nullopt, {}});
  diff.changed = std::any_of(diff.providers.begin(), diff.providers.end(), [](auto& p) { return p.status != "unchanged"; });
  return diff;
}

}  // namespace criterio
