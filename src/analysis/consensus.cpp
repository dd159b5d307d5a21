// Rank correlations, consensus rankings and the comparison of several
// methods on one problem. Pure computation: nothing here reads files or prints.

#include "criterio/consensus.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <stdexcept>
#include <tuple>

#include "criterio/method.hpp"
#include "criterio/text.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

void check_same_length(std::span<const double> x, std::span<const double> y) {
  if (x.size() != y.size()) throw std::invalid_argument("rank vectors of different lengths");
}

double mean_of(std::span<const double> x) {
  return std::accumulate(x.begin(), x.end(), 0.0) / static_cast<double>(x.size());
}

void check_rankings(const std::vector<std::vector<double>>& rankings) {
  for (const auto& ranking : rankings)
    if (ranking.size() != rankings.front().size()) throw std::invalid_argument("rankings of different lengths");
}

std::size_t item_count(const std::vector<std::vector<double>>& rankings) {
  return rankings.empty() ? 0 : rankings.front().size();
}

std::string joined(const std::vector<std::string>& items, std::string_view separator = ", ") {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
  return out;
}

// What an Error says, in one line: its messages with their places.
std::string reason_of(const Error& error) {
  std::vector<std::string> messages;
  for (const auto& d : error.diagnostics()) {
    const bool placed = !d.where.file.empty();
    messages.push_back(placed ? d.where.file + (d.where.line ? ":" + std::to_string(d.where.line) : "") + ": " + d.message
                              : d.message);
  }
  return messages.empty() ? std::string(error.what()) : joined(messages, "; ");
}

const MethodInfo& method_named(std::string_view name, std::string_view context) {
  const MethodInfo* info = find_method(name);
  if (info) return *info;
  std::vector<std::string> names;
  for (const auto& m : methods()) {
    names.push_back(m.name);
    names.insert(names.end(), m.aliases.begin(), m.aliases.end());
  }
  throw_usage(std::string(context) + "unknown method " + quote(name) + did_you_mean(name, names) +
              "; `criterio catalog` lists the methods");
}

// Labels for `runs`: as given, else the method's name, numbered "#2", "#3"
// when a method is run more than once without a label.
std::vector<std::string> labels_of(const Problem& problem, std::span<const MethodRun> runs,
                                   std::vector<const MethodInfo*>& infos) {
  std::vector<std::string> labels;
  for (const MethodRun& run : runs) {
    const MethodInfo& info = method_named(run.options.method.empty() ? problem.model.method : run.options.method, "");
    infos.push_back(&info);
    std::string label = run.label;
    if (label.empty()) {
      label = info.name;
      for (int n = 2; std::find(labels.begin(), labels.end(), label) != labels.end(); ++n)
        label = info.name + "#" + std::to_string(n);
    } else if (std::find(labels.begin(), labels.end(), label) != labels.end()) {
      throw_usage("method " + quote(label) + " is listed twice");
    }
    labels.push_back(std::move(label));
  }
  return labels;
}

// Each result's mid-ranks over `ids` (every result ranks the same providers).
std::vector<std::vector<double>> rank_vectors(const std::vector<Result>& results, const std::vector<std::string>& ids) {
  std::vector<std::vector<double>> vectors;
  for (const Result& result : results) {
    if (result.ranking.size() != ids.size())
      throw Error(ExitCode::internal, SourceLocation{}, "methods ranked different providers");
    std::vector<int> ranks;
    for (const auto& id : ids) {
      const RankedProvider* p = result.find(id);
      if (!p) throw Error(ExitCode::internal, SourceLocation{}, "methods ranked different providers");
      ranks.push_back(p->rank);
    }
    vectors.push_back(mid_ranks(ranks));
  }
  return vectors;
}

CorrelationMatrix correlation_matrix(const std::vector<std::string>& labels,
                                     const std::vector<std::vector<double>>& ranks,
                                     double (*coefficient)(std::span<const double>, std::span<const double>)) {
  CorrelationMatrix matrix{labels, {}};
  for (const auto& a : ranks) {
    std::vector<double> row;
    for (const auto& b : ranks) row.push_back(coefficient(a, b));
    matrix.values.push_back(std::move(row));
  }
  return matrix;
}

std::vector<ConsensusEntry> consensus(const std::vector<std::string>& ids, const std::vector<std::string>& names,
                                      const std::vector<double>& points) {
  const std::vector<int> ranks = ranks_by_points(points);
  std::vector<ConsensusEntry> entries;
  for (std::size_t i = 0; i < ids.size(); ++i) entries.push_back({ranks[i], ids[i], names[i], points[i]});
  std::sort(entries.begin(), entries.end(),
            [](const ConsensusEntry& a, const ConsensusEntry& b) { return std::tie(a.rank, a.id) < std::tie(b.rank, b.id); });
  return entries;
}

void find_winners(MethodComparison& comparison) {
  for (std::size_t k = 0; k < comparison.results.size(); ++k) {
    std::vector<std::string> first;
    for (const auto& p : comparison.results[k].ranking)
      if (p.rank == 1) first.push_back(p.id);
    std::sort(first.begin(), first.end());
    if (first.empty()) continue;
    auto group = std::find_if(comparison.winners.begin(), comparison.winners.end(),
                              [&](const WinnerGroup& g) { return g.ids == first; });
    if (group == comparison.winners.end()) comparison.winners.push_back({first, {comparison.labels[k]}});
    else group->labels.push_back(comparison.labels[k]);
  }
  std::stable_sort(comparison.winners.begin(), comparison.winners.end(),
                   [](const WinnerGroup& a, const WinnerGroup& b) { return a.labels.size() > b.labels.size(); });
  comparison.winner_agreed = comparison.winners.size() <= 1;
}

void collect_warnings(MethodComparison& comparison) {
  for (const Result& result : comparison.results)
    for (const auto& w : result.warnings)
      if (std::find(comparison.warnings.begin(), comparison.warnings.end(), w) == comparison.warnings.end())
        comparison.warnings.push_back(w);
  for (const auto& f : comparison.failures)
    comparison.warnings.push_back(failure_warning(f));
}

bool declares(const MethodInfo& info, std::string_view key) {
  return std::any_of(info.params.begin(), info.params.end(), [&](const ParamSpec& p) { return p.key == key; });
}

// The listed runs a METHOD.KEY parameter names: the one listed as METHOD,
// else every run of the method METHOD names.
std::vector<MethodRun*> scoped_targets(std::vector<MethodRun>& runs, const std::string& scope, const std::string& param) {
  std::vector<MethodRun*> targets;
  for (auto& run : runs)
    if (run.label == scope) return {&run};
  const MethodInfo& info = method_named(scope, "--param " + param + ": ");
  for (auto& run : runs)
    if (run.options.method == info.name) targets.push_back(&run);
  if (targets.empty()) {
    std::vector<std::string> labels;
    for (const auto& run : runs) labels.push_back(run.label);
    throw_usage("--param " + param + ": method " + quote(scope) + " is not among the listed methods (" + joined(labels) + ")");
  }
  return targets;
}

void set_param(MethodRun& run, const std::string& key, const std::string& value, const std::string& shown_key) {
  if (auto problem = param_problem(*find_method(run.options.method), key, value)) {
    // A bad value's message starts "key=value"; show the key as written.
    const std::string given = key + "=";
    throw_usage("--param " + (problem->starts_with(given) ? shown_key + problem->substr(key.size())
                                                           : shown_key + "=" + value + ": " + *problem));
  }
  run.options.params[key] = value;
}

void apply_unscoped(std::vector<MethodRun>& runs, const std::string& key, const std::string& value) {
  bool applied = false;
  for (auto& run : runs)
    if (declares(*find_method(run.options.method), key)) {
      set_param(run, key, value, key);
      applied = true;
    }
  if (applied) return;
  std::vector<std::string> keys, labels;
  for (const auto& run : runs) {
    labels.push_back(run.label);
    for (const auto& spec : find_method(run.options.method)->params) keys.push_back(spec.key);
  }
  throw_usage("--param " + key + "=" + value + ": none of the listed methods (" + joined(labels) + ") has a parameter " +
              quote(key) + did_you_mean(key, keys));
}

}  // namespace

double spearman(std::span<const double> x, std::span<const double> y) {
  check_same_length(x, y);
  if (x.size() < 2) return 1;
  const double mx = mean_of(x), my = mean_of(y);
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  if (sxx == 0 || syy == 0) return sxx == syy ? 1 : 0;
  return sxy / std::sqrt(sxx * syy);
}

double weighted_spearman(std::span<const double> x, std::span<const double> y) {
  check_same_length(x, y);
  if (x.size() < 2) return 1;
  const auto n = static_cast<double>(x.size());
  double sum = 0;
  for (std::size_t i = 0; i < x.size(); ++i) sum += (x[i] - y[i]) * (x[i] - y[i]) * ((n - x[i] + 1) + (n - y[i] + 1));
  return 1 - 6 * sum / (n * n * n * n + n * n * n - n * n - n);
}

double ws_similarity(std::span<const double> reference, std::span<const double> tested) {
  check_same_length(reference, tested);
  if (reference.size() < 2) return 1;
  const auto n = static_cast<double>(reference.size());
  double sum = 0;
  for (std::size_t i = 0; i < reference.size(); ++i) {
    const double x = reference[i];
    // Positive for any rank in [1, n] when n >= 2: at least (n - 1) / 2.
    const double farthest = std::max(std::abs(x - 1), std::abs(x - n));
    sum += std::exp2(-x) * std::abs(x - tested[i]) / farthest;
  }
  return 1 - sum;
}

std::vector<double> mid_ranks(std::span<const int> competition_ranks) {
  std::vector<int> sorted(competition_ranks.begin(), competition_ranks.end());
  std::sort(sorted.begin(), sorted.end());
  std::vector<double> out;
  out.reserve(competition_ranks.size());
  for (int rank : competition_ranks) {
    const auto [first, last] = std::equal_range(sorted.begin(), sorted.end(), rank);
    out.push_back(rank + static_cast<double>(last - first - 1) / 2);
  }
  return out;
}

std::vector<double> borda_points(const std::vector<std::vector<double>>& rankings) {
  check_rankings(rankings);
  const std::size_t n = item_count(rankings);
  std::vector<double> points(n, 0.0);
  for (const auto& ranking : rankings) {
    std::vector<double> sorted = ranking;
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t i = 0; i < n; ++i) {
      const auto [first, last] = std::equal_range(sorted.begin(), sorted.end(), ranking[i]);
      const auto below = static_cast<double>(sorted.end() - last);
      const auto tied_others = static_cast<double>(last - first - 1);
      points[i] += below + tied_others / 2;
    }
  }
  return points;
}

std::vector<double> copeland_points(const std::vector<std::vector<double>>& rankings) {
  check_rankings(rankings);
  const std::size_t n = item_count(rankings);
  std::vector<double> points(n, 0.0);
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = a + 1; b < n; ++b) {
      int for_a = 0, for_b = 0;
      for (const auto& ranking : rankings) {
        if (ranking[a] < ranking[b]) ++for_a;
        else if (ranking[b] < ranking[a]) ++for_b;
      }
      if (for_a == for_b) continue;
      const double sign = for_a > for_b ? 1 : -1;
      points[a] += sign;
      points[b] -= sign;
    }
  return points;
}

std::vector<int> ranks_by_points(std::span<const double> points) {
  // An item's rank is one more than the number of items with more points.
  std::vector<double> sorted(points.begin(), points.end());
  std::sort(sorted.begin(), sorted.end(), std::greater<>());
  std::vector<int> ranks;
  ranks.reserve(points.size());
  for (double p : points) {
    const auto better = std::lower_bound(sorted.begin(), sorted.end(), p, std::greater<>()) - sorted.begin();
    ranks.push_back(1 + static_cast<int>(better));
  }
  return ranks;
}

Phrase failure_warning(const MethodFailure& failure) {
  return Phrase{Message::mc_left_out, {quote(failure.label), failure.reason}};
}

const Result* MethodComparison::find(std::string_view label) const {
  for (std::size_t k = 0; k < labels.size(); ++k)
    if (labels[k] == label) return &results[k];
  return nullptr;
}

MethodComparison compare_methods(const Problem& problem, std::span<const MethodRun> runs) {
  if (runs.empty()) throw_usage("no method to compare");
  std::vector<const MethodInfo*> infos;
  const std::vector<std::string> labels = labels_of(problem, runs, infos);

  MethodComparison comparison;
  for (std::size_t k = 0; k < runs.size(); ++k) {
    try {
      comparison.results.push_back(evaluate(problem, runs[k].options));
      comparison.labels.push_back(labels[k]);
    } catch (const Error& e) {
      // A usage error is the command's fault, not the method's: it stops everything.
      if (e.code() == ExitCode::usage) throw;
      comparison.failures.push_back({labels[k], infos[k]->name, e.code(), reason_of(e)});
    }
  }
  if (comparison.results.empty()) {
    std::vector<Diagnostic> diagnostics;
    for (const auto& f : comparison.failures)
      diagnostics.push_back({Severity::error, {}, "method " + quote(f.label) + ": " + f.reason});
    throw Error(comparison.failures.front().code, std::move(diagnostics));
  }

  // Every method ranks the same providers (requirements do not depend on
  // the method); vectors follow the providers' ids in order.
  std::vector<std::string> ids, names;
  std::vector<RankedProvider> by_id = comparison.results.front().ranking;
  std::sort(by_id.begin(), by_id.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  for (const auto& p : by_id) {
    ids.push_back(p.id);
    names.push_back(p.name);
  }
  const auto ranks = rank_vectors(comparison.results, ids);
  comparison.spearman = correlation_matrix(comparison.labels, ranks, &spearman);
  comparison.weighted_spearman = correlation_matrix(comparison.labels, ranks, &weighted_spearman);
  comparison.ws = correlation_matrix(comparison.labels, ranks, &ws_similarity);
  comparison.borda = consensus(ids, names, borda_points(ranks));
  comparison.copeland = consensus(ids, names, copeland_points(ranks));
  find_winners(comparison);
  collect_warnings(comparison);
  return comparison;
}

std::vector<MethodRun> plan_method_runs(std::string_view methods_list,
                                        const std::vector<std::pair<std::string, std::string>>& params) {
  std::vector<MethodRun> runs;
  if (methods_list == "all") {
    for (const auto& info : methods()) runs.push_back({info.name, {info.name, {}}});
  } else {
    for (const auto& name : split(methods_list, ',')) {
      if (name.empty()) throw_usage("--method: empty name in the list " + quote(methods_list));
      const MethodInfo& info = method_named(name, "--method: ");
      if (std::any_of(runs.begin(), runs.end(), [&](const MethodRun& r) { return r.label == name; }))
        throw_usage("--method: " + quote(name) + " is listed twice");
      runs.push_back({name, {info.name, {}}});
    }
  }
  // Plain keys first, so that a scoped key wins whatever the order given.
  for (const auto& [key, value] : params)
    if (key.find('.') == std::string::npos) apply_unscoped(runs, key, value);
  for (const auto& [key, value] : params) {
    const auto dot = key.find('.');
    if (dot == std::string::npos) continue;
    const std::string scope = key.substr(0, dot), bare = key.substr(dot + 1);
    for (MethodRun* run : scoped_targets(runs, scope, key + "=" + value)) set_param(*run, bare, value, key);
  }
  return runs;
}

}  // namespace criterio
