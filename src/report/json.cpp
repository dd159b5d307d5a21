// JSON per the result contract (PRODUCT.md, schema_version 1). Keys keep a
// fixed order and numbers print in their shortest round-trip form, so the
// same input gives the same bytes.

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "criterio/diagnostics.hpp"
#include "criterio/version.hpp"
#include "report/formats.hpp"
#include "report/style.hpp"
#include "text/messages.hpp"

namespace criterio::report {

namespace {

using Json = nlohmann::ordered_json;

Json argument_json(const Phrase::Arg& arg) {
  if (const auto* text = std::get_if<std::string>(&arg)) return *text;
  if (const auto* number = std::get_if<Phrase::Number>(&arg)) return number->value;
  if (const auto* count = std::get_if<std::int64_t>(&arg)) return *count;
  if (const auto* texts = std::get_if<std::vector<std::string>>(&arg)) return *texts;
  Json phrases = Json::array();
  for (const Phrase& phrase : std::get<std::vector<Phrase>>(arg)) phrases.push_back(phrase_json(phrase));
  return phrases;
}

Json raw_value(const RawValue& value) {
  return std::visit(
      [](const auto& v) -> Json {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) return nullptr;
        else return v;
      },
      value);
}

Json header(const Result& result) {
  Json j;
  j["schema_version"] = 1;
  j["tool"] = {{"name", "criterio"}, {"version", std::string(version())}};
  Json params = Json::object();
  for (const auto& [k, v] : result.params) params[k] = v;
  j["method"] = {{"name", result.method}, {"params", params}};
  return j;
}

Json criterion_json(const Criterion& c) {
  Json j = {{"id", c.id}, {"name", c.name}, {"weight", c.weight}, {"direction", std::string(to_string(c.direction))},
            {"path", c.path}};
  if (!c.unit.empty()) j["unit"] = c.unit;
  j["scale"] = std::string(to_string(c.scale.type));
  return j;
}

Json evidence_json(const Evidence& e, bool stale) {
  Json j = {{"source", e.source}};
  j["date"] = e.date ? Json(e.date->iso()) : Json(nullptr);
  if (!e.note.empty()) j["note"] = e.note;
  j["stale"] = stale;
  return j;
}

Json panel_json(const PanelRatings& panel) {
  Json ratings = Json::array();
  for (const auto& r : panel.ratings)
    ratings.push_back({{"evaluator", r.evaluator}, {"rating", r.rating ? Json(*r.rating) : Json(nullptr)}});
  return {{"aggregate", std::string(to_string(panel.aggregate))},
          {"ratings", ratings},
          {"value", panel.value ? Json(*panel.value) : Json(nullptr)},
          {"spread", panel.spread},
          {"range", panel.range},
          {"outlier", panel.outlier ? Json(*panel.outlier) : Json(nullptr)}};
}

// Uniform and triangular spreads by their bounds, a normal one by mean and sd.
Json uncertainty_json(const Uncertainty& u) {
  const std::string kind(to_string(u.kind));
  if (u.kind == Uncertainty::Kind::normal) return {{"kind", kind}, {"mean", u.mode}, {"sd", u.sd}};
  Json j = {{"kind", kind}, {"low", u.low}};
  if (u.kind == Uncertainty::Kind::triangular) j["mode"] = u.mode;
  j["high"] = u.high;
  return j;
}

Json panel_summary_json(const PanelSummary& summary) {
  Json criteria = Json::array();
  for (const auto& c : summary.criteria)
    criteria.push_back({{"criterion", c.criterion},
                        {"providers", c.providers},
                        {"mean_spread", c.mean_spread},
                        {"max_spread", c.max_spread},
                        {"max_spread_provider", c.max_spread_provider},
                        {"most_often_outlier", c.most_often_outlier},
                        {"outlier_times", c.outlier_times}});
  return {{"aggregate", std::string(to_string(summary.aggregate))},
          {"evaluators", summary.evaluators},
          {"criteria", criteria}};
}

Json contribution_json(const Contribution& c) {
  Json j = {{"criterion", c.criterion},         {"value", raw_value(c.value)}, {"utility", c.utility},
            {"weight", c.weight},               {"contribution", c.contribution}, {"display", c.display},
            {"rank", c.criterion_rank},         {"missing", c.missing}};
  if (c.missing) j["imputed"] = c.imputed;
  if (c.reviews)
    j["reviews"] = {{"count", c.reviews->count},
                    {"raw_mean", c.reviews->raw_mean},
                    {"adjusted", c.reviews->adjusted},
                    {"effective_weight", c.reviews->effective_weight}};
  if (c.panel) j["panel"] = panel_json(*c.panel);
  if (c.uncertainty) j["uncertainty"] = uncertainty_json(*c.uncertainty);
  if (c.evidence) j["evidence"] = evidence_json(*c.evidence, c.stale_evidence);
  return j;
}

Json provider_json(const RankedProvider& p) {
  Json contributions = Json::array();
  for (const auto& c : p.contributions) contributions.push_back(contribution_json(c));
  Json details = Json::object();
  for (const auto& [k, v] : p.details) details[k] = v;
  return {{"rank", p.rank},
          {"id", p.id},
          {"name", p.name},
          {"score", p.score},
          {"contributions", contributions},
          {"missing", p.missing},
          {"strengths", p.strengths},
          {"weaknesses", p.weaknesses},
          {"stale_evidence", p.stale_evidence},
          {"details", details}};
}

Json criteria_json(const Result& result) {
  Json criteria = Json::array();
  for (const auto& c : result.criteria) criteria.push_back(criterion_json(c));
  return criteria;
}

std::string dump(const Json& j) { return j.dump(2) + "\n"; }

Json ahp_json(const AhpFigures& ahp, const WeightNode& node, Language language) {
  Json advice = Json::array();
  for (const auto& a : ahp.advice)
    advice.push_back({{"more", a.more},
                      {"less", a.less},
                      {"given", a.given},
                      {"implied", a.implied},
                      {"suggested", a.suggested},
                      {"cr_after", a.cr_after},
                      {"sentence", to_text(a.sentence, language)},
                      {"sentence_code", phrase_json(a.sentence)}});
  Json j = {{"priorities", ahp.priorities}, {"lambda_max", ahp.lambda_max}, {"ci", ahp.ci},
            {"random_index", ahp.random_index}, {"cr", ahp.cr}, {"consistent", ahp.acceptable},
            {"judgments", ahp.judgments}, {"missing", ahp.missing}, {"advice", advice}};
  if (ahp.evaluators.empty()) return j;
  j["aggregate"] = ahp.aggregate;
  Json evaluators = Json::array();
  for (const auto& e : ahp.evaluators) {
    Json priorities = Json::object();
    for (std::size_t k = 0; k < node.children.size(); ++k) priorities[node.children[k].id] = e.priorities[k];
    evaluators.push_back({{"evaluator", e.evaluator}, {"cr", e.cr}, {"priorities", priorities}});
  }
  j["evaluators"] = evaluators;
  Json disagreement = Json::array();
  for (const auto& d : node.disagreement)
    disagreement.push_back({{"criterion", d.criterion}, {"spread", d.spread}, {"low", d.low}, {"high", d.high},
                            {"outlier", d.outlier.empty() ? Json(nullptr) : Json(d.outlier)}});
  j["disagreement"] = disagreement;
  return j;
}

// A node of the weight tree; NaN (a data-derived weight with no data) is null.
Json weight_node_json(const WeightNode& node, Language language) {
  const auto number = [](double x) { return std::isnan(x) ? Json(nullptr) : Json(x); };
  Json j;
  if (!node.id.empty()) j["id"] = node.id;
  j["name"] = node.name;
  j["local"] = number(node.local);
  j["global"] = number(node.global);
  if (node.basis) {
    j["basis"] = to_text(*node.basis, language);
    j["basis_code"] = phrase_json(*node.basis);
  }
  if (node.is_leaf()) return j;
  Json weighting = {{"method", node.method}, {"title", find_weighting(node.method)->title}};
  if (node.ahp) weighting["ahp"] = ahp_json(*node.ahp, node, language);
  weighting["notes"] = to_text(node.notes, language);
  weighting["note_codes"] = phrases_json(node.notes);
  j["weighting"] = weighting;
  Json children = Json::array();
  for (const auto& child : node.children) children.push_back(weight_node_json(child, language));
  j["children"] = children;
  return j;
}

Json weight_tree_json(const WeightTree& tree, Language language) {
  return {{"uses_data", tree.uses_data},
          {"waits_for_data", tree.waits_for_data},
          {"tree", weight_node_json(tree.root, language)}};
}

// What the method adds beyond scores: whether contributions sum to the
// score and what they are, its sets, relations and notes.
void add_method_findings(Json& j, const Result& result, Language language) {
  j["additive"] = result.additive;
  j["contribution_meaning"] = contribution_meaning(result, language);
  j["contribution_meaning_code"] = result.contribution_meaning ? phrase_json(*result.contribution_meaning) : Json(nullptr);
  Json sets = Json::array();
  for (const auto& set : result.sets)
    sets.push_back({{"name", set.name},
                    {"ids", set.ids},
                    {"note", to_text(set.note, language)},
                    {"note_code", phrase_json(set.note)}});
  j["sets"] = sets;
  Json relations = Json::array();
  for (const auto& r : result.relations) relations.push_back({{"a", r.a}, {"b", r.b}, {"relation", r.relation}});
  j["relations"] = relations;
  j["notes"] = to_text(result.notes, language);
  j["note_codes"] = phrases_json(result.notes);
}

Json excluded_json(const std::vector<ExcludedProvider>& providers, Language language) {
  Json excluded = Json::array();
  for (const auto& e : providers)
    excluded.push_back({{"id", e.id},
                        {"name", e.name},
                        {"reasons", to_text(e.reasons, language)},
                        {"reason_codes", phrases_json(e.reasons)}});
  return excluded;
}

}  // namespace

Json phrase_json(const Phrase& phrase) {
  const std::string_view code = phrase_code(phrase.id);
  const std::vector<std::string_view> names = phrase_arguments(phrase.id);
  if (code.empty() || names.size() != phrase.args.size())
    throw Error(ExitCode::internal, {}, "message " + std::to_string(static_cast<int>(phrase.id)) +
                                            " is not a phrase with " + std::to_string(phrase.args.size()) + " arguments");
  Json j = {{"code", code}};
  for (std::size_t k = 0; k < names.size(); ++k) j[std::string(names[k])] = argument_json(phrase.args[k]);
  return j;
}

Json phrases_json(const std::vector<Phrase>& phrases) {
  Json out = Json::array();
  for (const Phrase& phrase : phrases) out.push_back(phrase_json(phrase));
  return out;
}

std::string ranking_json(const Result& result, const RenderOptions& options, const SensitivityReport* robustness) {
  Json j = header(result);
  j["title"] = result.title;
  j["as_of"] = result.as_of.iso();
  j["profile"] = result.profile.empty() ? Json(nullptr) : Json(result.profile);
  j["criteria"] = criteria_json(result);
  j["weights"] = weight_tree_json(result.weights, options.language);
  Json ranking = Json::array();
  for (const auto& p : result.ranking) {
    if (options.top && ranking.size() >= *options.top) break;
    ranking.push_back(provider_json(p));
  }
  j["ranking"] = ranking;
  j["excluded"] = excluded_json(result.excluded, options.language);
  j["higher_is_better"] = result.higher_is_better;
  add_method_findings(j, result, options.language);
  if (result.panel) j["panel"] = panel_summary_json(*result.panel);
  if (robustness) j["robustness"] = sensitivity_object(*robustness, options.language);
  j["warnings"] = to_text(result.warnings, options.language);
  j["warning_codes"] = phrases_json(result.warnings);
  return dump(j);
}

std::string weights_json(const WeightReport& report, const RenderOptions& options) {
  Json j;
  j["schema_version"] = 1;
  j["tool"] = {{"name", "criterio"}, {"version", std::string(version())}};
  j["kind"] = "weights";
  j["title"] = report.tree.root.name;
  j["criteria_source"] = report.source;
  j["profile"] = report.tree.profile.empty() ? Json(nullptr) : Json(report.tree.profile);
  Json criteria = Json::array();
  for (std::size_t k = 0; k < report.criteria.size(); ++k) {
    const Criterion& c = report.criteria[k];
    criteria.push_back({{"id", c.id}, {"name", c.name}, {"weight", std::isnan(c.weight) ? Json(nullptr) : Json(c.weight)},
                        {"path", c.path}});
  }
  j["criteria"] = criteria;
  j["weights"] = weight_tree_json(report.tree, options.language);
  j["providers"] = report.providers;
  j["warnings"] = to_text(report.warnings, options.language);
  j["warning_codes"] = phrases_json(report.warnings);
  return dump(j);
}

std::string explanation_json(const Result& result, const RankedProvider& provider, const RenderOptions&) {
  Json j = header(result);
  j["title"] = result.title;
  j["as_of"] = result.as_of.iso();
  j["providers_ranked"] = result.ranking.size();
  j["higher_is_better"] = result.higher_is_better;
  j["criteria"] = criteria_json(result);
  j["provider"] = provider_json(provider);
  return dump(j);
}

std::string exclusion_json(const Result& result, const ExcludedProvider& provider, const RenderOptions& options) {
  Json j = header(result);
  j["title"] = result.title;
  j["as_of"] = result.as_of.iso();
  j["criteria"] = criteria_json(result);
  Json values = Json::array();
  for (const auto& v : provider.values) {
    Json value = {{"criterion", v.criterion}, {"value", raw_value(v.value)}, {"display", v.display},
                  {"weight", v.weight},       {"missing", v.missing}};
    if (v.reviews)
      value["reviews"] = {{"count", v.reviews->count}, {"raw_mean", v.reviews->raw_mean}, {"adjusted", v.reviews->adjusted}};
    if (v.panel) value["panel"] = panel_json(*v.panel);
    if (v.uncertainty) value["uncertainty"] = uncertainty_json(*v.uncertainty);
    if (v.evidence) value["evidence"] = evidence_json(*v.evidence, v.stale_evidence);
    values.push_back(value);
  }
  j["excluded"] = {{"id", provider.id},
                   {"name", provider.name},
                   {"reasons", to_text(provider.reasons, options.language)},
                   {"reason_codes", phrases_json(provider.reasons)},
                   {"failed", provider.failed},
                   {"values", values}};
  return dump(j);
}

std::string comparison_json(const Result& result, const Comparison& comparison, const RenderOptions&) {
  Json j = header(result);
  const RankedProvider* a = result.find(comparison.a);
  const RankedProvider* b = result.find(comparison.b);
  j["a"] = {{"id", a->id}, {"name", a->name}, {"rank", a->rank}, {"score", a->score}};
  j["b"] = {{"id", b->id}, {"name", b->name}, {"rank", b->rank}, {"score", b->score}};
  j["gap"] = comparison.gap;
  j["higher_is_better"] = result.higher_is_better;
  j["summary"] = comparison.summary;
  Json lines = Json::array();
  for (const auto& line : comparison.lines)
    lines.push_back({{"criterion", line.criterion},
                     {"a", line.a_contribution},
                     {"b", line.b_contribution},
                     {"difference", line.difference}});
  j["differences"] = lines;
  return dump(j);
}

}  // namespace criterio::report

namespace criterio::report {

namespace {

// {"wsm": {"wsm": 1, "topsis": 0.9}, ...}: row by row, labelled.
Json matrix_json(const CorrelationMatrix& matrix) {
  Json j = Json::object();
  for (std::size_t a = 0; a < matrix.labels.size(); ++a) {
    Json row = Json::object();
    for (std::size_t b = 0; b < matrix.labels.size(); ++b) row[matrix.labels[b]] = matrix.values[a][b];
    j[matrix.labels[a]] = row;
  }
  return j;
}

Json consensus_json(const std::vector<ConsensusEntry>& entries, const RenderOptions& options) {
  Json j = Json::array();
  for (const auto& e : entries) {
    if (options.top && j.size() >= *options.top) break;
    j.push_back({{"rank", e.rank}, {"id", e.id}, {"name", e.name}, {"points", e.points}});
  }
  return j;
}

// One method's result without what every method shares (title, date,
// criteria, exclusions and warnings sit once at the top).
Json method_result_json(const std::string& label, const Result& result, const RenderOptions& options) {
  Json params = Json::object();
  for (const auto& [k, v] : result.params) params[k] = v;
  Json j = {{"label", label}, {"method", {{"name", result.method}, {"params", params}}}, {"title", result.method_title},
            {"higher_is_better", result.higher_is_better}};
  Json ranking = Json::array();
  for (const auto& p : result.ranking) {
    if (options.top && ranking.size() >= *options.top) break;
    ranking.push_back(provider_json(p));
  }
  j["ranking"] = ranking;
  add_method_findings(j, result, options.language);
  return j;
}

}  // namespace

std::string methods_json(const MethodComparison& c, const RenderOptions& options) {
  const Result& shared = c.results.front();
  Json j;
  j["schema_version"] = 1;
  j["tool"] = {{"name", "criterio"}, {"version", std::string(version())}};
  j["kind"] = "method_comparison";
  j["title"] = shared.title;
  j["as_of"] = shared.as_of.iso();
  j["profile"] = shared.profile.empty() ? Json(nullptr) : Json(shared.profile);
  j["criteria"] = criteria_json(shared);
  Json methods = Json::array();
  for (std::size_t k = 0; k < c.results.size(); ++k) methods.push_back(method_result_json(c.labels[k], c.results[k], options));
  j["methods"] = methods;
  Json failed = Json::array();
  for (const auto& f : c.failures)
    failed.push_back({{"label", f.label}, {"method", f.method}, {"exit_code", static_cast<int>(f.code)}, {"reason", f.reason}});
  j["failed"] = failed;
  j["correlations"] = {{"providers", shared.ranking.size()},
                       {"spearman", matrix_json(c.spearman)},
                       {"weighted_spearman", matrix_json(c.weighted_spearman)},
                       {"ws", matrix_json(c.ws)}};
  j["consensus"] = {{"borda", consensus_json(c.borda, options)}, {"copeland", consensus_json(c.copeland, options)}};
  Json winners = Json::object();
  for (const auto& label : c.labels) {
    winners[label] = Json::array();
    for (const auto& g : c.winners)
      if (std::find(g.labels.begin(), g.labels.end(), label) != g.labels.end()) winners[label] = g.ids;
  }
  Json groups = Json::array();
  for (const auto& g : c.winners) groups.push_back({{"ids", g.ids}, {"methods", g.labels}});
  j["agreement"] = {{"winner_agreed", c.winner_agreed}, {"winners", winners}, {"groups", groups}};
  j["excluded"] = excluded_json(shared.excluded, options.language);
  j["warnings"] = to_text(c.warnings, options.language);
  j["warning_codes"] = phrases_json(c.warnings);
  return dump(j);
}

}  // namespace criterio::report
