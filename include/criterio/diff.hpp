#pragma once
// What changed between two rankings (two `rank -f json` results): who moved,
// whose score changed and which criteria caused it, who was added, removed,
// excluded or readmitted. What `criterio diff` prints.

#include <optional>
#include <string>
#include <vector>

#include "criterio/document.hpp"
#include "criterio/language.hpp"

namespace criterio {

// The part of a `rank -f json` result a diff needs.
struct RankedSnapshot {
  std::string id, name;
  int rank = 0;
  double score = 0;
  std::vector<std::pair<std::string, double>> contributions;  // criterion -> contribution
};

struct ResultSnapshot {
  std::string file;
  std::string title;
  std::string method;
  bool higher_is_better = true;
  std::vector<RankedSnapshot> ranking;  // best first
  std::vector<std::pair<std::string, std::string>> excluded;  // id, name
};

// Reads a `rank -f json` result. Throws Error(invalid_input) naming
// file:line:column for anything that is not one (another kind of document, a
// missing or mistyped key, schema_version other than 1).
ResultSnapshot read_result(const Document& document);

// A criterion's part in a provider's score change: its contribution after
// minus before.
struct CriterionShift {
  std::string criterion;
  double change = 0;
};

struct ProviderChange {
  std::string id, name;
  // added, removed, excluded (ranked before, excluded now), readmitted
  // (excluded before, ranked now), moved (rank changed), rescored (same
  // rank, score changed), unchanged.
  std::string status;
  std::optional<int> old_rank, new_rank;
  std::optional<double> old_score, new_score;
  std::vector<CriterionShift> causes;  // largest |change| first, at most three
};

struct ResultDiff {
  std::string old_file, new_file;
  std::string old_method, new_method;
  bool higher_is_better = true;
  std::vector<ProviderChange> providers;  // the new ranking's order, then the excluded, then the removed
  bool changed = false;                   // anything but "unchanged"
  std::vector<std::string> notes;         // the methods differ, ...
};

// Compares two results; score changes smaller than `tolerance` count as none.
// Notes are written in `language`.
ResultDiff diff_results(const ResultSnapshot& before, const ResultSnapshot& after, double tolerance,
                        Language language = Language::en);

}  // namespace criterio
