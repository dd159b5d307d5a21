#pragma once
// From file names to a decision problem: criteria resolved (a path or a
// built-in catalog), providers from one or more files merged, a profile applied.

#include <optional>
#include <string>
#include <vector>

#include "criterio/date.hpp"
#include "criterio/decision_matrix.hpp"
#include "criterio/diagnostics.hpp"
#include "criterio/document.hpp"
#include "criterio/language.hpp"
#include "criterio/model.hpp"

namespace criterio {

struct ProblemSpec {
  std::vector<std::string> provider_files;  // "-" reads standard input (once)
  std::optional<std::string> criteria;      // a path or a catalog name; overrides the files' own
  std::optional<std::string> profile;
  std::optional<Date> as_of;                // default: the files' as_of, else today
  std::optional<int> evidence_max_age_days; // default: the model's setting
  std::optional<RatingAggregate> ratings;    // evaluator panels' aggregate; default: the model's, else mean
  // Spreadsheet mode (a CSV and no criteria): one entry per criteria column.
  std::vector<double> weights;              // default: equal
  std::optional<Weighting> weighting;       // instead of `weights`: ranks, points or a data-derived method
  std::vector<Direction> directions;        // default: all benefit
  ParseLimits limits;
  Language language = Language::en;         // names (name_es, ...) and the sentences built from the problem
};

struct Problem {
  CriteriaModel model;
  std::vector<Criterion> criteria;  // leaves with global weights (profile applied)
  std::vector<Provider> providers;  // in file order, files in the order given
  std::vector<std::vector<Measurement>> measurements;  // [provider][criterion]
  Date as_of;
  int evidence_max_age_days = 365;
  std::string profile;              // empty when none
  bool spreadsheet_mode = false;
  RatingAggregate ratings = RatingAggregate::mean;  // how evaluator panels' ratings were aggregated
  Language language = Language::en;  // of the names in `model` and `criteria`, and of every sentence evaluate() writes
};

// Loads everything `spec` names. Every problem found goes to `diagnostics`
// (errors and warnings); returns nullopt when there was any error.
// Throws Error(io_error) when a file cannot be read.
std::optional<Problem> load_problem(const ProblemSpec& spec, Diagnostics& diagnostics);

// Loads a criteria model from a path or a built-in catalog name.
// Problems go to `diagnostics`; nullopt when the model has errors.
// `referenced_at` is where the reference was written, for an unknown catalog.
std::optional<CriteriaModel> load_criteria_model(const std::string& reference, const ParseLimits& limits,
                                                 Diagnostics& diagnostics, const SourceLocation& referenced_at = {});

// Whether `reference` names a criteria model rather than providers: a
// built-in catalog name, or a YAML or JSON file whose top level has
// `criteria` or `title` and no `providers`. A file that cannot be read or
// parsed is not taken for one (loading it as providers then says why).
bool is_criteria_model(const std::string& reference, const ParseLimits& limits);

// The profile `name` of `model`; Error(usage) naming the profiles it has.
const Profile& require_profile(const CriteriaModel& model, const std::string& name);

// What `criterio validate` does for one file: a criteria model, a providers
// file (checked against its criteria when it names them, or `criteria`), or
// a CSV. Every problem goes to `diagnostics`.
void validate_file(const std::string& path, const std::optional<std::string>& criteria,
                   const ParseLimits& limits, Diagnostics& diagnostics);

// Spreadsheet mode's fast path: one plain CSV (see read_decision_matrix) and
// no criteria, read into a matrix with no object per cell.
struct SpreadsheetMatrix {
  CriteriaModel model;
  std::vector<Criterion> criteria;  // one per column, global weights
  DecisionMatrix matrix;
};

// The fast path for `spec`, or nullopt when it does not apply (several files,
// criteria, a profile, a file that is not plain); load_problem then reports
// whatever is unusual. Throws Error(usage) when --weights or --directions do
// not match the columns, as load_problem does.
std::optional<SpreadsheetMatrix> load_spreadsheet_matrix(const ProblemSpec& spec);

}  // namespace criterio
