// The one table of methods. Adding a method: write its .cpp with a factory,
// and add a row here; --method, `criterio catalog`, help and did-you-mean
// follow from this table.

#include <algorithm>
#include <limits>

#include "criterio/method.hpp"
#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "methods/distance.hpp"
#include "methods/compensatory.hpp"
#include "methods/electre.hpp"
#include "methods/normalization.hpp"
#include "methods/topsis_vikor.hpp"
#include "methods/reference_methods.hpp"
#include "methods/promethee.hpp"
#include "methods/weighted_sum.hpp"

namespace criterio {

namespace {

// The largest threshold a per-criterion parameter accepts (raw units can be large).
constexpr double k_max_threshold = 1e15;

// The per-criterion preference functions and thresholds of the PROMETHEE methods.
std::vector<ParamSpec> promethee_params() {
  constexpr double k_any = std::numeric_limits<double>::max();
  return {
      ParamSpec{
          .key = "preference",
          .description = "preference function per criterion: usual, u-shape (q), v-shape (p), level (q, p), linear "
              "(q, p), gaussian (s); a criterion's own preference: in the criteria file applies where this is not "
              "given",
          .default_value = "usual",
          .choices = {"usual", "u-shape", "v-shape", "level", "linear", "gaussian"},
          .per_criterion = true,
      },
      ParamSpec{
          .key = "q",
          .description = "indifference threshold per criterion, in the units the method sees (utility 0-1 for a "
              "criterion with a scale, raw units otherwise)",
          .min = 0,
          .max = k_any,
          .per_criterion = true,
      },
      ParamSpec{
          .key = "p",
          .description = "preference threshold per criterion, in the same units (q <= p)",
          .min = 0,
          .max = k_any,
          .per_criterion = true,
      },
      ParamSpec{
          .key = "s",
          .description = "Gaussian inflection point per criterion, in the same units (s > 0)",
          .min = 0,
          .max = k_any,
          .per_criterion = true,
      },
  };
}

std::vector<MethodInfo> build_registry() {
  std::vector<MethodInfo> table;
  table.push_back(MethodInfo{
      .name = "wsm",
      .aliases = {"saw", "weighted-sum", "additive"},
      .title = "Weighted sum (additive value model, SAW)",
      .summary = "sum of weight × utility; explains itself criterion by criterion",
      .reference = "Fishburn 1967; Keeney & Raiffa 1976; Triantaphyllou 2000, ch. 2",
      .params = {
          ParamSpec{
              .key = "normalization",
              .description = "how raw columns (criteria without a scale) become utilities; columns with a value "
                  "function are used as they are",
              .default_value = "max",
              .choices = normalization_names(),
          },
      },
      .linear_in_weights = true,
      .create = &make_weighted_sum,
  });
  table.push_back(MethodInfo{
      .name = "wpm",
      .aliases = {"weighted-product"},
      .title = "Weighted product model (WPM)",
      .summary = "product of normalised values raised to their weights; values must be above zero",
      .reference = "Bridgman 1922; Miller & Starr 1969; Triantaphyllou 2000, ch. 2",
      .params = {
          ParamSpec{
              .key = "normalization",
              .description = "how raw columns (criteria without a scale) become ratios; columns with a value "
                  "function are used as they are",
              .default_value = "max",
              .choices = normalization_names(),
          },
      },
      .create = &make_wpm,
  });
  table.push_back(MethodInfo{
      .name = "waspas",
      .title = "Weighted aggregated sum product assessment (WASPAS)",
      .summary = "λ × weighted sum + (1 − λ) × weighted product, on x/max and min/x",
      .reference = "Zavadskas, Turskis, Antucheviciene & Zakarevicius 2012",
      .params = {
          ParamSpec{
              .key = "lambda",
              .description = "weight of the weighted sum against the weighted product (1: WSM only, 0: WPM only)",
              .default_value = "0.5",
              .min = 0,
              .max = 1,
          },
      },
      .create = &make_waspas,
  });
  table.push_back(MethodInfo{
      .name = "topsis",
      .title = "TOPSIS (closeness to the ideal solution)",
      .summary = "closeness to the ideal, C = D- / (D+ + D-) from the distances to the ideal and the anti-ideal; "
          "higher is better",
      .reference = "Hwang & Yoon 1981",
      .params = {
          ParamSpec{
              .key = "normalization",
              .description = "how raw columns are scaled before weighting (cost criteria keep their direction: their "
                  "ideal is the minimum); columns with a value function are used as they are",
              .default_value = "vector",
              .choices = normalization_names(),
          },
      },
      .create = &make_topsis,
  });
  table.push_back(MethodInfo{
      .name = "vikor",
      .title = "VIKOR (compromise ranking)",
      .summary = "Q blends group utility S and individual regret R; lower is better; names the compromise set",
      .reference = "Opricovic 1998; Opricovic & Tzeng 2004",
      .params = {
          ParamSpec{
              .key = "v",
              .description = "weight of the group utility S against the individual regret R in Q",
              .default_value = "0.5",
              .min = 0,
              .max = 1,
          },
      },
      .create = &make_vikor,
  });
  table.push_back(MethodInfo{
      .name = "promethee2",
      .aliases = {"promethee", "promethee-ii"},
      .title = "PROMETHEE II (net outranking flow)",
      .summary = "complete ranking by net flow φ = φ+ − φ− from per-criterion preference functions",
      .reference = "Brans & Vincke 1985; Brans & Mareschal 2005 (Multiple Criteria Decision Analysis, ch. 5)",
      .params = promethee_params(),
      .create = &make_promethee2,
  });
  table.push_back(MethodInfo{
      .name = "promethee1",
      .aliases = {"promethee-i"},
      .title = "PROMETHEE I (partial ranking from φ+ and φ−)",
      .summary = "partial order: preferred, indifferent or incomparable pairs from the leaving and entering flows",
      .reference = "Brans & Vincke 1985; Brans & Mareschal 2005 (Multiple Criteria Decision Analysis, ch. 5)",
      .params = promethee_params(),
      .create = &make_promethee1,
  });
  table.push_back(MethodInfo{
      .name = "electre1",
      .aliases = {"electre-i"},
      .title = "ELECTRE I (outranking; kernel of best choices)",
      .summary = "concordance and discordance give an outranking relation; its kernel is the set of best choices",
      .reference = "Roy 1968; Hwang & Yoon 1981; Figueira, Mousseau & Roy 2005",
      .params = {
          ParamSpec{
              .key = "c",
              .description = "concordance threshold: a outranks b only if C(a,b) >= c; empty: the mean of C over all "
                  "pairs",
              .min = 0,
              .max = 1,
          },
          ParamSpec{
              .key = "d",
              .description = "discordance threshold: a outranks b only if D(a,b) <= d; empty: the mean of D over all "
                  "pairs",
              .min = 0,
              .max = 1,
          },
      },
      .create = &make_electre1,
  });
  table.push_back(MethodInfo{
      .name = "electre3",
      .aliases = {"electre-iii"},
      .title = "ELECTRE III (valued outranking; distillation ranking)",
      .summary = "credibility of outranking with indifference, preference and veto thresholds; ranked by two "
          "distillations",
      .reference = "Roy 1978; Roy & Bouyssou 1993; Figueira, Mousseau & Roy 2005",
      .params = {
          ParamSpec{
              .key = "q",
              .description = "indifference threshold, in the criterion's units (utilities for scaled criteria)",
              .default_value = "0",
              .min = 0,
              .max = k_max_threshold,
              .per_criterion = true,
          },
          ParamSpec{
              .key = "p",
              .description = "preference threshold (>= q); empty: equal to q",
              .min = 0,
              .max = k_max_threshold,
              .per_criterion = true,
          },
          ParamSpec{
              .key = "v",
              .description = "veto threshold (>= p); empty: no veto",
              .min = 0,
              .max = k_max_threshold,
              .per_criterion = true,
          },
          ParamSpec{
              .key = "alpha",
              .description = "distillation threshold s(λ) = alpha + beta·λ: its intercept",
              .default_value = "0.3",
              .min = 0,
              .max = 1,
          },
          ParamSpec{
              .key = "beta",
              .description = "distillation threshold s(λ) = alpha + beta·λ: its slope",
              .default_value = "-0.15",
              .min = -1,
              .max = 0,
          },
      },
      .create = &make_electre3,
  });
  table.push_back(MethodInfo{
      .name = "copras",
      .title = "Complex proportional assessment (COPRAS)",
      .summary = "benefit shares plus a cost term; the utility degree N in % of the best",
      .reference = "Zavadskas, Kaklauskas & Sarka 1994; Zavadskas, Kaklauskas, Peldschus & Turskis 2007",
      .create = &make_copras,
  });
  table.push_back(MethodInfo{
      .name = "edas",
      .title = "EDAS (Evaluation based on Distance from Average Solution)",
      .summary = "positive and negative distances from the average solution, weighted; AS = (NSP + NSN)/2",
      .reference = "Keshavarz Ghorabaee, Zavadskas, Olfat & Turskis 2015, Informatica 26(3)",
      .create = &make_edas,
  });
  table.push_back(MethodInfo{
      .name = "moora",
      .title = "Multi-objective optimisation by ratio analysis (MOORA)",
      .summary = "vector ratios: weighted benefits minus weighted costs, or the distance to a reference point",
      .reference = "Brauers & Zavadskas 2006",
      .params = {
          ParamSpec{
              .key = "approach",
              .description = "ratio: the ratio system (higher is better); reference: the largest weighted distance "
                  "to the best ratios (lower is better)",
              .default_value = "ratio",
              .choices = {"ratio", "reference"},
          },
      },
      .create = &make_moora,
  });
  table.push_back(MethodInfo{
      .name = "multimoora",
      .title = "MULTIMOORA (ratio system, reference point, full multiplicative form)",
      .summary = "three MOORA rankings joined by dominance; the score counts the alternatives dominated",
      .reference = "Brauers & Zavadskas 2010, 2011",
      .create = &make_multimoora,
  });
  table.push_back(MethodInfo{
      .name = "aras",
      .title = "Additive ratio assessment (ARAS)",
      .summary = "weighted sum of column shares, against an optimal alternative (K = S / S0)",
      .reference = "Zavadskas & Turskis 2010",
      .create = &make_aras,
  });
  table.push_back(MethodInfo{
      .name = "spotis",
      .title = "SPOTIS (Stable Preference Ordering Towards Ideal Solution)",
      .summary = "weighted normalised distance to the ideal point of fixed bounds; lower is better, free of rank "
          "reversal",
      .reference = "Dezert, Tchamova, Han & Tacnet 2020, FUSION 2020",
      .params = {
          ParamSpec{
              .key = "lower",
              .description = "each criterion's lower bound (default: the observed minimum, which forgoes "
                  "rank-reversal protection)",
              .min = std::numeric_limits<double>::lowest(),
              .max = std::numeric_limits<double>::max(),
              .per_criterion = true,
          },
          ParamSpec{
              .key = "upper",
              .description = "each criterion's upper bound (default: the observed maximum, which forgoes "
                  "rank-reversal protection)",
              .min = std::numeric_limits<double>::lowest(),
              .max = std::numeric_limits<double>::max(),
              .per_criterion = true,
          },
      },
      .create = &make_spotis,
  });
  table.push_back(MethodInfo{
      .name = "codas",
      .title = "CODAS (COmbinative Distance-based ASsessment)",
      .summary = "Euclidean, then taxicab distance from the negative-ideal solution, compared pairwise into H",
      .reference = "Keshavarz Ghorabaee, Zavadskas, Turskis & Antucheviciene 2016, Economic Computation and Economic "
          "Cybernetics Studies and Research 50(3)",
      .params = {
          ParamSpec{
              .key = "tau",
              .description = "threshold on the difference of Euclidean distances below which the taxicab distances "
                  "decide (the authors suggest 0.01 to 0.05)",
              .default_value = "0.02",
              .min = 0,
              .max = 1,
          },
      },
      .create = &make_codas,
  });
  table.push_back(MethodInfo{
      .name = "mabac",
      .title = "MABAC (Multi-Attributive Border Approximation area Comparison)",
      .summary = "sum of weighted distances from the border approximation area (geometric mean); above 0 is the "
          "upper area",
      .reference = "Pamučar & Ćirović 2015, Expert Systems with Applications 42(6)",
      .create = &make_mabac,
  });
  table.push_back(MethodInfo{
      .name = "mairca",
      .title = "MAIRCA (MultiAttributive Ideal-Real Comparative Analysis)",
      .summary = "total gap between theoretical (equal preference) and real ratings; lower is better",
      .reference = "Pamučar, Vasin & Lukovac 2014; Pamučar, Lukovac, Božanić & Komazec 2018",
      .create = &make_mairca,
  });
  table.push_back(MethodInfo{
      .name = "cocoso",
      .aliases = {"combined-compromise"},
      .title = "CoCoSo (combined compromise solution)",
      .summary = "min-max normalised weighted sum and power sum, combined by three appraisal scores",
      .reference = "Yazdani, Zarate, Zavadskas & Turskis 2019, Management Decision 57(9)",
      .params = {
          ParamSpec{
              .key = "lambda",
              .description = "balance of the weighted sum S against the power sum P in the appraisal score kc",
              .default_value = "0.5",
              .min = 0,
              .max = 1,
          },
      },
      .create = &make_cocoso,
  });
  table.push_back(MethodInfo{
      .name = "marcos",
      .title = "MARCOS (measurement of alternatives and ranking according to compromise solution)",
      .summary = "utility degrees against the ideal and anti-ideal rows, combined by a utility function",
      .reference = "Stević, Pamučar, Puška & Chatterjee 2020, Computers & Industrial Engineering 140",
      .create = &make_marcos,
  });
  table.push_back(MethodInfo{
      .name = "ocra",
      .title = "OCRA (operational competitiveness rating)",
      .summary = "separate ratings on inputs (cost) and outputs (benefit), made linear and combined; the least "
          "competitive rates 0",
      .reference = "Parkan 1994; Işık & Adalı 2016, International Journal of Advanced Operations Management",
      .create = &make_ocra,
  });
  table.push_back(MethodInfo{
      .name = "ram",
      .aliases = {"root-assessment"},
      .title = "RAM (root assessment method)",
      .summary = "sum-normalised weighted sums of benefit (S+) and cost (S-) criteria, combined as (2 + S+)^(1/(2 + "
          "S-))",
      .reference = "Sotoudeh-Anvari 2023, Journal of Cleaner Production 423",
      .create = &make_ram,
  });
  table.push_back(MethodInfo{
      .name = "probid",
      .title = "PROBID (preference ranking on the basis of ideal-average distance)",
      .summary = "distances to a ladder of ideal solutions and to the average solution",
      .reference = "Wang, Rangaiah & Wang 2021, Industrial & Engineering Chemistry Research 60(30)",
      .params = {
          ParamSpec{
              .key = "variant",
              .description = "probid (full procedure) or sprobid (simplified, for few alternatives)",
              .default_value = "probid",
              .choices = {"probid", "sprobid"},
          },
      },
      .create = &make_probid,
  });
  return table;
}

const std::vector<MethodInfo>& registry() {
  static const std::vector<MethodInfo> table = build_registry();
  return table;
}

std::vector<std::string> all_names() {
  std::vector<std::string> names;
  for (const auto& m : registry()) {
    names.push_back(m.name);
    names.insert(names.end(), m.aliases.begin(), m.aliases.end());
  }
  return names;
}

std::string check_value(const ParamSpec& spec, const std::string& value) {
  if (!spec.choices.empty()) {
    if (std::find(spec.choices.begin(), spec.choices.end(), value) != spec.choices.end()) return {};
    std::string list;
    for (const auto& c : spec.choices) list += (list.empty() ? "" : ", ") + c;
    return "expected one of " + list + did_you_mean(value, spec.choices);
  }
  const auto number = parse_number(value);
  if (!number) return "expected a number (" + number_problem(value) + ")";
  if (*number < spec.min || *number > spec.max)
    return "expected a number from " + format_number(spec.min) + " to " + format_number(spec.max);
  return {};
}

}  // namespace

std::optional<std::string> param_problem(const MethodInfo& method, const std::string& key, const std::string& value) {
  std::vector<std::string> keys;
  for (const auto& spec : method.params) {
    if (spec.key == key) {
      // A per-criterion parameter may be a comma-separated list; each item must pass.
      std::string_view rest = value;
      for (;;) {
        const std::size_t comma = spec.per_criterion ? rest.find(',') : std::string_view::npos;
        const std::string item(rest.substr(0, comma));
        const std::string problem = check_value(spec, item);
        if (!problem.empty()) return key + "=" + value + ": " + (item == value ? "" : quote(item) + ": ") + problem;
        if (comma == std::string_view::npos) return std::nullopt;
        rest.remove_prefix(comma + 1);
      }
    }
    keys.push_back(spec.key);
  }
  return "method '" + method.name + "' has no parameter " + quote(key) + did_you_mean(key, keys) +
         (keys.empty() ? std::string("; it takes none") : std::string());
}

std::span<const MethodInfo> methods() { return registry(); }

const MethodInfo* find_method(std::string_view name) {
  for (const auto& m : registry()) {
    if (m.name == name) return &m;
    if (std::find(m.aliases.begin(), m.aliases.end(), name) != m.aliases.end()) return &m;
  }
  return nullptr;
}

std::unique_ptr<Method> make_method(std::string_view name, const std::map<std::string, std::string>& params) {
  const MethodInfo* info = find_method(name);
  if (!info)
    throw_usage("unknown method " + quote(name) + did_you_mean(name, all_names()) +
                "; `criterio catalog` lists the methods");
  for (const auto& [key, value] : params)
    if (auto problem = param_problem(*info, key, value)) throw_usage("--param " + *problem);
  std::vector<MethodParams::Value> resolved;
  for (const auto& spec : info->params) {
    const auto given = params.find(spec.key);
    const bool is_given = given != params.end();
    resolved.push_back({spec.key, is_given ? given->second : spec.default_value, is_given, spec.per_criterion});
  }
  return info->create(MethodParams(std::move(resolved)));
}

}  // namespace criterio
