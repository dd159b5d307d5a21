// From file names to a Problem: read, parse, resolve the criteria, merge the
// providers, interpret every value. Every problem is reported, not just the first.

#include "criterio/problem.hpp"

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>

#include "criterio/catalog.hpp"
#include "criterio/csv.hpp"
#include "criterio/input.hpp"
#include "criterio/text.hpp"
#include "model/panel_problem.hpp"

namespace criterio {

namespace {

enum class FileKind { yaml, json, csv };

FileKind kind_of(const std::string& path, std::string_view text) {
  auto ends = [&](std::string_view ext) {
    if (path.size() < ext.size()) return false;
    for (std::size_t i = 0; i < ext.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(path[path.size() - ext.size() + i])) != ext[i]) return false;
    return true;
  };
  if (ends(".csv")) return FileKind::csv;
  if (ends(".json")) return FileKind::json;
  if (ends(".yaml") || ends(".yml")) return FileKind::yaml;
  // Standard input or an unusual name: look at the content.
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && (text[first] == '{' || text[first] == '[')) return FileKind::json;
  for (std::string_view key : {"providers:", "criteria:", "title:"})
    if (text.starts_with(key) || text.find("\n" + std::string(key)) != std::string_view::npos) return FileKind::yaml;
  return FileKind::csv;
}

bool is_criteria_document(const Node& root) {
  return root.is_mapping() && !root.find("providers") && (root.find("criteria") || root.find("title"));
}

std::string display_name(const std::string& path) { return path == "-" ? std::string(k_stdin_name) : path; }

bool is_path_reference(std::string_view reference) {
  return reference.find('/') != std::string_view::npos || reference.ends_with(".yaml") ||
         reference.ends_with(".yml") || reference.ends_with(".json");
}

std::string directory_of(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

// Reads and checks a file's text; parse problems become diagnostics.
std::optional<std::string> read_text(const std::string& path, const ParseLimits& limits, Diagnostics& diagnostics) {
  std::string text = read_input(path, limits);
  try {
    check_text(text, display_name(path));
  } catch (const Error& e) {
    for (const auto& d : e.diagnostics()) diagnostics.add(d);
    return std::nullopt;
  }
  return text;
}

template <typename F>
auto collect(Diagnostics& diagnostics, F&& parse) -> std::optional<decltype(parse())> {
  try {
    return parse();
  } catch (const Error& e) {
    if (e.code() != ExitCode::invalid_input) throw;
    for (const auto& d : e.diagnostics()) diagnostics.add(d);
    return std::nullopt;
  }
}

std::optional<ProviderFile> read_provider_file(const std::string& path, const ParseLimits& limits,
                                               Diagnostics& diagnostics) {
  const auto text = read_text(path, limits, diagnostics);
  if (!text) return std::nullopt;
  const std::string name = display_name(path);
  return collect(diagnostics, [&] {
    if (kind_of(path, *text) == FileKind::csv) return load_providers_csv(*text, name, diagnostics, limits);
    const Document document = kind_of(path, *text) == FileKind::json ? parse_json(*text, name, limits)
                                                                      : parse_yaml(*text, name, limits);
    return load_providers(document, diagnostics);
  });
}

// Spreadsheet mode's model: one leaf per criteria column, weights and
// directions from the command line (default equal, benefit).
CriteriaModel spreadsheet_model(const std::string& file, const std::vector<std::string>& columns,
                                const std::vector<SourceLocation>& where, const ProblemSpec& spec,
                                Diagnostics& diagnostics) {
  CriteriaModel model;
  model.source = file;
  model.title = file;
  const std::size_t n = columns.size();
  if (n == 0) diagnostics.error({file, 1, 1}, "the CSV has no criteria columns besides id and name");
  if (!spec.weights.empty() && spec.weights.size() != n)
    throw_usage("--weights has " + std::to_string(spec.weights.size()) + " values but " + file + " has " +
                std::to_string(n) + " criteria columns");
  if (!spec.directions.empty() && spec.directions.size() != n)
    throw_usage("--directions has " + std::to_string(spec.directions.size()) + " values but " + file + " has " +
                std::to_string(n) + " criteria columns");
  if (spec.weighting) {
    const std::size_t given = std::max(spec.weighting->ranks.size(), spec.weighting->points.size());
    if (given != 0 && given != n)
      throw_usage("--weights " + spec.weighting->method + " has " + std::to_string(given) + " values but " + file +
                  " has " + std::to_string(n) + " criteria columns");
    model.weighting = *spec.weighting;
  }
  for (std::size_t j = 0; j < n; ++j) {
    CriterionNode leaf;
    leaf.id = columns[j];
    leaf.name = leaf.id;
    leaf.weight = spec.weights.empty() ? 1.0 : spec.weights[j];
    leaf.direction = spec.directions.empty() ? Direction::benefit : spec.directions[j];
    leaf.where = where[j];
    model.criteria.push_back(std::move(leaf));
  }
  return model;
}

CriteriaModel spreadsheet_model(const ProviderFile& file, const ProblemSpec& spec, Diagnostics& diagnostics) {
  return spreadsheet_model(file.file, file.csv_columns, file.csv_column_where, spec, diagnostics);
}

struct CriteriaReference {
  std::string reference;  // a path or a catalog name
  SourceLocation where;   // of the `criteria:` key that named it; empty for -c
};

// Resolves which criteria the files use: the command line wins, then the
// files' own `criteria:` (which must agree), else spreadsheet mode.
std::optional<CriteriaReference> criteria_reference(const ProblemSpec& spec, const std::vector<ProviderFile>& files,
                                                    Diagnostics& diagnostics) {
  if (spec.criteria) return CriteriaReference{*spec.criteria, {}};
  std::optional<CriteriaReference> chosen;
  std::string chosen_in;
  for (const auto& f : files) {
    if (!f.criteria) continue;
    std::string resolved = *f.criteria;
    if (is_path_reference(resolved) && !resolved.starts_with("/") && f.file != k_stdin_name)
      resolved = directory_of(f.file) + resolved;
    if (!chosen) {
      chosen = CriteriaReference{resolved, f.criteria_where};
      chosen_in = f.file;
    } else if (chosen->reference != resolved) {
      diagnostics.error(f.criteria_where, "this file uses criteria " + quote(resolved) + " but " + chosen_in +
                                              " uses " + quote(chosen->reference) + "; give one with -c");
    }
  }
  return chosen;
}

// Criterion id -> its index in the problem's criteria. Values are matched to
// criteria through it so that a file with many columns costs time in
// proportion to its cells, not to its cells times its columns.
using CriterionIndex = std::unordered_map<std::string_view, std::size_t>;

CriterionIndex index_criteria(const std::vector<Criterion>& criteria) {
  CriterionIndex index;
  index.reserve(criteria.size());
  for (std::size_t j = 0; j < criteria.size(); ++j) index.emplace(criteria[j].id, j);
  return index;
}

// Reports values and evidence for criteria the model does not have. A CSV
// column is reported once, at its header.
void check_value_ids(const std::vector<Criterion>& criteria, const CriterionIndex& index, const Provider& provider,
                     std::set<std::string>& reported_columns, Diagnostics& diagnostics) {
  const auto known = [&](const std::string& id) { return index.contains(id); };
  const auto ids = [&] {
    std::vector<std::string> out;
    for (const auto& c : criteria) out.push_back(c.id);
    return out;
  };
  for (const auto& v : provider.values) {
    if (known(v.criterion)) continue;
    const std::string key = v.where.file + ":" + std::to_string(v.where.line) + ":" + std::to_string(v.where.column);
    if (!reported_columns.insert(key).second) continue;
    diagnostics.error(v.where, "unknown criterion " + quote(v.criterion) + did_you_mean(v.criterion, ids()));
  }
  for (const auto& [id, evidence] : provider.evidence)
    if (!known(id))
      diagnostics.error(evidence.where, "provider '" + provider.id + "': evidence for unknown criterion " +
                                            quote(id) + did_you_mean(id, ids()));
}

// Each criterion's value as written for `provider` (nullptr: none), in the
// order of `index`. A key given twice is already an error; the first wins.
void provider_values(const Provider& provider, const CriterionIndex& index, std::vector<const Node*>& out) {
  std::fill(out.begin(), out.end(), nullptr);
  for (const auto& v : provider.values)
    if (const auto it = index.find(v.criterion); it != index.end() && out[it->second] == nullptr)
      out[it->second] = &v.value;
}

// Whether the problem is within `limits`; reports it when not. Checked before
// a value is measured: measurements take about half a kilobyte each.
bool check_problem_size(const Problem& problem, const ParseLimits& limits, Diagnostics& diagnostics) {
  const SourceLocation model_at{problem.model.source, 0, 0};
  const std::size_t criteria = problem.criteria.size();
  const std::size_t providers = problem.providers.size();
  if (criteria > limits.max_criteria)
    diagnostics.error(model_at, "the model has " + std::to_string(criteria) + " criteria; at most " +
                                    std::to_string(limits.max_criteria) + " are accepted" + raise_hint("criteria"));
  if (providers > limits.max_providers)
    diagnostics.error(problem.providers[limits.max_providers].where,
                      std::to_string(providers) + " providers; at most " + std::to_string(limits.max_providers) +
                          " are accepted" + raise_hint("providers"));
  else if (criteria > 0 && providers > limits.max_values / criteria)
    diagnostics.error(problem.providers[limits.max_values / criteria].where,
                      std::to_string(providers) + " providers x " + std::to_string(criteria) + " criteria make " +
                          std::to_string(providers * criteria) + " values; at most " +
                          std::to_string(limits.max_values) + " are accepted" + raise_hint("values"));
  else
    return criteria <= limits.max_criteria;
  return false;
}

void measure_all(Problem& problem, const CriterionIndex& index, Diagnostics& diagnostics) {
  std::vector<const Node*> values(problem.criteria.size());
  for (const auto& provider : problem.providers) {
    provider_values(provider, index, values);
    std::vector<Measurement> row;
    row.reserve(problem.criteria.size());
    for (std::size_t j = 0; j < problem.criteria.size(); ++j) {
      const Criterion& criterion = problem.criteria[j];
      const Node* value = values[j];
      auto rated = measure_panel(criterion, provider, value, problem.ratings, problem.as_of, diagnostics);
      Measurement m = rated ? std::move(*rated) : measure(criterion, value, provider.file, problem.as_of, diagnostics,
                                                        problem.language);
      if (m.missing && criterion.missing == MissingPolicy::error)
        diagnostics.error(m.where.line ? m.where : provider.where,
                          "provider '" + provider.id + "' has no value for '" + criterion.id +
                              "', which this model requires (missing: error)");
      row.push_back(std::move(m));
    }
    problem.measurements.push_back(std::move(row));
  }
  assign_outliers(problem.criteria, problem.measurements);
}

}  // namespace

std::optional<CriteriaModel> load_criteria_model(const std::string& reference, const ParseLimits& limits,
                                                 Diagnostics& diagnostics, const SourceLocation& referenced_at) {
  const std::size_t errors_before = diagnostics.error_count();
  std::optional<CriteriaModel> model;
  if (!is_path_reference(reference) && reference != "-") {
    const auto text = catalog_text(reference);
    if (!text) {
      diagnostics.error(referenced_at, "unknown criteria catalog " + quote(reference) + did_you_mean(reference, catalog_names()) +
                                "; a file path must contain '/' or end in .yaml, .yml or .json");
      return std::nullopt;
    }
    model = collect(diagnostics, [&] { return load_criteria(parse_yaml(*text, "catalog:" + reference, limits), diagnostics); });
  } else {
    const auto text = read_text(reference, limits, diagnostics);
    if (!text) return std::nullopt;
    model = collect(diagnostics, [&] {
      return load_criteria(parse_structured(*text, display_name(reference), limits), diagnostics);
    });
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  // The loader reports weights that sum to zero where it sees them; flatten
  // a model it accepted to be sure the weights are usable.
  if (model) collect(diagnostics, [&] { return flatten(*model, nullptr); });
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return model;
}

std::optional<Problem> load_problem(const ProblemSpec& spec, Diagnostics& diagnostics) {
  if (spec.provider_files.empty()) throw_usage("no providers file given");
  if (std::count(spec.provider_files.begin(), spec.provider_files.end(), "-") > 1)
    throw_usage("standard input ('-') can be read only once");

  // Go on past problems in one file, so that a user sees all of them at once;
  // stop only when nothing could be read.
  std::vector<ProviderFile> files;
  for (const auto& path : spec.provider_files)
    if (auto file = read_provider_file(path, spec.limits, diagnostics)) files.push_back(std::move(*file));
  if (files.empty()) return std::nullopt;

  Problem problem;
  const auto reference = criteria_reference(spec, files, diagnostics);
  if (spec.criteria && *spec.criteria != "-" && !is_path_reference(*spec.criteria) && !catalog_text(*spec.criteria))
    throw_usage("-c: unknown criteria catalog " + quote(*spec.criteria) + did_you_mean(*spec.criteria, catalog_names()) +
                "; a file path must contain '/' or end in .yaml, .yml or .json");
  if (reference) {
    if (!spec.weights.empty() || spec.weighting || !spec.directions.empty())
      throw_usage("--weights and --directions are for spreadsheet mode (a CSV without criteria); "
                  "set weights in the criteria file, or choose a --profile");
    auto model = load_criteria_model(reference->reference, spec.limits, diagnostics, reference->where);
    if (!model) return std::nullopt;
    problem.model = std::move(*model);
  } else {
    const bool all_csv = std::all_of(files.begin(), files.end(), [](const auto& f) { return f.is_csv; });
    if (!all_csv) {
      diagnostics.error({files.front().file, 0, 0},
                        "no criteria: add 'criteria: FILE_OR_CATALOG' to the file or give -c/--criteria");
      return std::nullopt;
    }
    for (std::size_t i = 1; i < files.size(); ++i)
      if (files[i].csv_columns != files.front().csv_columns)
        diagnostics.error({files[i].file, 1, 1}, "the CSV files' criteria columns differ from " + files.front().file);
    problem.model = spreadsheet_model(files.front(), spec, diagnostics);
    problem.spreadsheet_mode = true;
  }
  localize(problem.model, spec.language);
  problem.language = spec.language;

  const Profile* profile = nullptr;
  if (spec.profile) {
    profile = &require_profile(problem.model, *spec.profile);
    problem.profile = *spec.profile;
  }
  auto criteria = collect(diagnostics, [&] { return flatten(problem.model, profile); });
  if (!criteria) return std::nullopt;
  problem.criteria = std::move(*criteria);

  problem.as_of = spec.as_of.value_or(Date::today());
  if (!spec.as_of) {
    const ProviderFile* dated = nullptr;
    for (const auto& f : files) {
      if (!f.as_of) continue;
      if (!dated) {
        dated = &f;
        problem.as_of = *f.as_of;
      } else if (*f.as_of != *dated->as_of) {
        diagnostics.warning({f.file, 0, 0}, "as_of " + f.as_of->iso() + " differs from " + dated->file + "'s " +
                                                dated->as_of->iso() + ", which is used; give --as-of to choose");
      }
    }
  }
  problem.evidence_max_age_days = spec.evidence_max_age_days.value_or(problem.model.evidence_max_age_days);

  std::map<std::string, SourceLocation> first_seen;
  std::set<std::string> reported;
  const CriterionIndex index = index_criteria(problem.criteria);
  for (auto& f : files)
    for (auto& provider : f.providers) {
      if (f.evaluator) break;  // a panel file rates providers defined elsewhere; merged below
      if (provider.id.empty()) continue;  // already reported
      const auto [it, inserted] = first_seen.emplace(provider.id, provider.where);
      if (!inserted) {
        diagnostics.error(provider.where, "duplicate provider id " + quote(provider.id) + " (first defined at " +
                                              it->second.file + ":" + std::to_string(it->second.line) + ")");
        continue;
      }
      check_value_ids(problem.criteria, index, provider, reported, diagnostics);
      problem.providers.push_back(std::move(provider));
    }
  merge_panel_files(files, problem.criteria, problem.providers, diagnostics);
  const bool within_limits = check_problem_size(problem, spec.limits, diagnostics);
  problem.ratings = spec.ratings.value_or(problem.model.ratings.value_or(RatingAggregate::mean));
  if (problem.providers.empty() && !diagnostics.has_errors())
    diagnostics.error({files.front().file, 0, 0}, "no providers to rank");
  if (!within_limits) return std::nullopt;
  measure_all(problem, index, diagnostics);
  if (diagnostics.has_errors()) return std::nullopt;
  return problem;
}

const Profile& require_profile(const CriteriaModel& model, const std::string& name) {
  if (const Profile* profile = model.find_profile(name)) return *profile;
  std::vector<std::string> names;
  for (const auto& p : model.profiles) names.push_back(p.name);
  std::string known;
  for (const auto& n : names) known += (known.empty() ? "" : ", ") + n;
  throw_usage("unknown profile " + quote(name) + did_you_mean(name, names) +
              (names.empty() ? "; this model defines no profiles" : "; profiles: " + known));
}

bool is_criteria_model(const std::string& reference, const ParseLimits& limits) {
  if (!is_path_reference(reference) && reference != "-") return catalog_text(reference).has_value();
  if (reference == "-") return false;
  try {
    const std::string text = read_input(reference, limits);
    if (kind_of(reference, text) == FileKind::csv) return false;
    return is_criteria_document(parse_structured(text, reference, limits).root);
  } catch (const Error&) {
    return false;
  }
}

void validate_file(const std::string& path, const std::optional<std::string>& criteria, const ParseLimits& limits,
                   Diagnostics& diagnostics) {
  const auto text = read_text(path, limits, diagnostics);
  if (!text) return;
  const std::string name = display_name(path);
  if (kind_of(path, *text) != FileKind::csv) {
    auto document = collect(diagnostics, [&] { return parse_structured(*text, name, limits); });
    if (!document) return;
    if (is_criteria_document(document->root)) {
      load_criteria_model(path, limits, diagnostics);
      return;
    }
  }
  if (kind_of(path, *text) == FileKind::csv && !criteria)
    diagnostics.warning({name, 0, 0}, "no criteria given, so this CSV is checked in spreadsheet mode, where every "
                                      "column but id and name holds numbers; use -c FILE_OR_CATALOG to check it "
                                      "against a criteria model");
  ProblemSpec spec;
  spec.provider_files = {path};
  spec.criteria = criteria;
  spec.limits = limits;
  load_problem(spec, diagnostics);
}

std::optional<SpreadsheetMatrix> load_spreadsheet_matrix(const ProblemSpec& spec) {
  if (spec.provider_files.size() != 1 || spec.criteria || spec.profile) return std::nullopt;
  const std::string& path = spec.provider_files.front();
  const std::string name = display_name(path);
  std::optional<DecisionMatrix> matrix;
  try {
    // A regular file is mapped, read once and handed back as it is read, so
    // it never sits in memory whole; standard input is read as usual.
    const auto mapped = MappedInput::map(path, spec.limits);
    const std::string owned = mapped ? std::string() : read_input(path, spec.limits);
    const std::string_view text = mapped ? mapped->text() : std::string_view(owned);
    if (kind_of(path, text) != FileKind::csv) return std::nullopt;
    const auto release = [&](std::string_view part) { mapped->release(part); };
    matrix = read_decision_matrix(text, name, 0, mapped ? std::function<void(std::string_view)>(release) : nullptr);
  } catch (const Error&) {
    return std::nullopt;  // load_problem reports it, with everything else wrong
  }
  // Beyond the limits, load_problem reports it.
  if (!matrix || matrix->rows() > spec.limits.max_providers || matrix->criteria().size() > spec.limits.max_criteria)
    return std::nullopt;
  Diagnostics diagnostics;
  SpreadsheetMatrix out{spreadsheet_model(name, matrix->criteria(), matrix->criteria_where(), spec, diagnostics), {},
                        std::move(*matrix)};
  if (diagnostics.error_count() > 0) return std::nullopt;
  out.criteria = flatten(out.model, nullptr);
  return out;
}

}  // namespace criterio
