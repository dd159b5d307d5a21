// The sensitivity report: every analysis on one frame, and what they found
// in plain words.

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "analysis/ranking.hpp"
#include "criterio/sensitivity.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

Phrase::Arg weight(double w) { return Phrase::Number{w, 3}; }

std::string percent(double share) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f%%", share * 100);
  return buffer;
}

std::int64_t count(std::size_t n) { return static_cast<std::int64_t>(n); }

constexpr std::size_t k_listed = 3;  // findings per analysis; the tables have them all

// How close a weight is to changing the winner: the distance to the nearer
// end of its interval at which someone else takes first place.
double margin(const StabilityInterval& s) {
  double m = 2;
  if (!s.winner_low.up.empty()) m = std::min(m, s.weight - s.winner_low.weight);
  if (!s.winner_high.up.empty()) m = std::min(m, s.winner_high.weight - s.weight);
  return m;
}

// "nimbus stays first while the weight of price is between 0.08 and 0.41
// (now 0.20)", for the criteria whose weight comes closest to changing the
// winner, and who would take over.
void describe_stability(const Stability& stability, const std::string& winner, SensitivityReport& report) {
  if (stability.intervals.empty()) return;
  std::vector<const StabilityInterval*> bounded;
  for (const StabilityInterval& s : stability.intervals)
    if (margin(s) <= 1) bounded.push_back(&s);
  if (bounded.empty()) {
    report.sentences.push_back(Phrase{Message::sens_stays_first_whatever, {winner}});
    return;
  }
  std::stable_sort(bounded.begin(), bounded.end(), [](auto a, auto b) { return margin(*a) < margin(*b); });
  const StabilityInterval& closest = *bounded.front();
  const bool lower = !closest.winner_low.up.empty() && closest.weight - closest.winner_low.weight == margin(closest);
  const IntervalEnd& end = lower ? closest.winner_low : closest.winner_high;
  report.sentences.push_back(Phrase{lower ? Message::sens_closest_call_below : Message::sens_closest_call_above,
                                    {closest.criterion, weight(end.weight), weight(closest.weight), end.up}});
  for (std::size_t k = 0; k < bounded.size() && k < k_listed; ++k) {
    const StabilityInterval& s = *bounded[k];
    report.sentences.push_back(Phrase{Message::sens_stays_first_between,
                                      {winner, s.criterion, weight(s.winner_low.weight), weight(s.winner_high.weight),
                                       weight(s.weight)}});
  }
}

void describe_what_it_takes(const WhatItTakes& w, const std::vector<Criterion>& criteria, SensitivityReport& report) {
  const std::vector target{w.rival.empty() ? Phrase{Message::sens_take_first, {}} : Phrase{Message::sens_pass, {w.rival}}};
  std::vector<std::string> unreachable;
  std::vector<std::pair<double, Phrase>> reachable;  // (weight, finding)
  for (std::size_t j = 0; j < w.criteria.size(); ++j) {
    const Improvement& i = w.criteria[j];
    if (i.status == Improvement::Status::already) {
      report.sentences.push_back(w.rival.empty() ? Phrase{Message::sens_already_first, {w.provider}}
                                                 : Phrase{Message::sens_already_above, {w.provider, w.rival}});
      return;
    }
    if (i.status == Improvement::Status::unreachable) {
      unreachable.push_back(i.criterion);
      continue;
    }
    const Message change = i.exact_level      ? Message::sens_would_need_at
                           : i.to > i.from ? Message::sens_would_need_above
                                           : Message::sens_would_need_below;
    reachable.emplace_back(criteria[j].weight,
                           Phrase{change, {target, w.provider, i.criterion, i.to_display, i.from_display}});
  }
  // The weightiest criteria first: where a change matters most to a reader.
  std::stable_sort(reachable.begin(), reachable.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = 0; k < reachable.size() && k < k_listed; ++k) report.sentences.push_back(reachable[k].second);
  if (reachable.size() > k_listed)
    report.sentences.push_back(Phrase{Message::sens_more_criteria, {count(reachable.size() - k_listed)}});
  if (reachable.empty())
    report.sentences.push_back(Phrase{Message::sens_cannot, {w.provider, target}});
  else if (!unreachable.empty())
    report.sentences.push_back(Phrase{Message::sens_no_change_alone, {count(unreachable.size()), count(w.criteria.size())}});
}

void describe_reversal(const RankReversalCheck& check, SensitivityReport& report) {
  if (!check.checked) return;
  if (check.reversals.empty()) {
    report.sentences.push_back(Phrase{Message::sens_no_reversal, {}});
    return;
  }
  for (const RankReversal& r : check.reversals) {
    const auto& [up, down] = r.flips.front();
    std::vector<Phrase> more;  // how many pairs change places, when more than this one
    if (r.count > 1) more.push_back(Phrase{Message::sens_pairs_change, {count(r.count)}});
    report.sentences.push_back(Phrase{Message::sens_reversal, {r.removed, up, down, std::move(more)}});
  }
}

void describe_smaa(const SmaaResult& smaa, const std::vector<std::string>& ids, SensitivityReport& report) {
  if (smaa.acceptability.rows() == 0) return;
  // The providers that ever rank first, most often first.
  std::vector<Eigen::Index> rows;
  for (Eigen::Index r = 0; r < smaa.acceptability.rows(); ++r)
    if (smaa.acceptability(r, 0) > 0) rows.push_back(r);
  std::stable_sort(rows.begin(), rows.end(),
                   [&](auto a, auto b) { return smaa.acceptability(a, 0) > smaa.acceptability(b, 0); });
  std::string shares;
  for (std::size_t k = 0; k < rows.size() && k < 3; ++k)
    shares += std::string(k == 0 ? "" : "; ") + ids[static_cast<std::size_t>(rows[k])] + " " +
              percent(smaa.acceptability(rows[k], 0));
  report.sentences.push_back(
      Phrase{Message::sens_first_place_across, {count(smaa.samples), std::vector{smaa.sampler}, shares}});
}

}  // namespace

SensitivityReport analyze_sensitivity(const Problem& problem, const EvaluationOptions& evaluation,
                                      const SensitivityOptions& options) {
  const DecisionFrame frame = make_frame(problem, evaluation, options.missing_uncertain);
  SensitivityReport report;
  report.title = problem.model.title;
  report.method = frame.method_name;
  report.params = frame.method->params().all();
  report.higher_is_better = frame.higher_is_better;
  report.criteria = frame.criteria;
  if (frame.rows() == 0) {
    report.warnings.push_back(Phrase{Message::sens_every_provider_excluded, {}});
    return report;
  }
  const Eigen::VectorXd scores = frame_scores(frame, frame.weights);
  const std::vector<std::size_t> order = frame_order(frame, scores);
  for (std::size_t r : order) {
    report.order.push_back(frame.ids[r]);
    report.scores.push_back(scores(static_cast<Eigen::Index>(r)));
  }
  report.ranks = competition_ranks(report.scores);
  for (const UncertainCell& cell : frame.uncertain)
    ++(problem.measurements[frame.providers[cell.row]][cell.column].missing ? report.missing_cells
                                                                             : report.uncertain_cells);
  const std::string& winner = report.order.front();

  if (options.stability) {
    StabilityOptions stability;
    stability.threads = options.threads;
    report.stability = stability_intervals(frame, stability);
    describe_stability(*report.stability, winner, report);
  }
  if (options.what_it_takes && frame.rows() >= 2) {
    const std::string provider = options.provider.value_or(report.order[1]);
    report.what_it_takes = what_it_takes(frame, problem, provider, options.rival, options.threads);
    describe_what_it_takes(*report.what_it_takes, frame.criteria, report);
  }
  if (options.reversal) {
    report.reversal = rank_reversals(frame, options.threads);
    describe_reversal(*report.reversal, report);
  }
  if (options.smaa) {
    report.smaa = smaa(frame, options.smaa_options);
    report.smaa_ids = frame.ids;
    report.seed = options.smaa_options.seed;
    describe_smaa(*report.smaa, frame.ids, report);
  }
  return report;
}

}  // namespace criterio
