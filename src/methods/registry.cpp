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
      ParamSpec{"preference", "preference function per criterion: usual, u-shape (q), v-shape (p), level (q, p), linear (q, p), "
                "gaussian (s); a criterion's own preference: in the criteria file applies where this is not given",
                "función de preferencia por criterio: usual, u-shape (q), v-shape (p), level (q, p), linear (q, p), gaussian (s); donde no se da, se aplica la clave preference: del criterio en el archivo de criterios",
                "usual", {"usual", "u-shape", "v-shape", "level", "linear", "gaussian"}, 0, 0, true},
      ParamSpec{"q", "indifference threshold per criterion, in the units the method sees (utility 0-1 for a criterion with a scale, raw units otherwise)",
                "umbral de indiferencia por criterio, en las unidades que ve el método (utilidad 0-1 en un criterio con escala, unidades brutas en los demás)",
                "", {}, 0, k_any, true},
      ParamSpec{"p", "preference threshold per criterion, in the same units (q <= p)",
                "umbral de preferencia por criterio, en las mismas unidades (q <= p)", "", {}, 0, k_any, true},
      ParamSpec{"s", "Gaussian inflection point per criterion, in the same units (s > 0)",
                "punto de inflexión gaussiano por criterio, en las mismas unidades (s > 0)", "", {}, 0, k_any, true},
  };
}

std::vector<MethodInfo> build_registry() {
  std::vector<MethodInfo> table;
  table.push_back(MethodInfo{
      "wsm",
      {"saw", "weighted-sum", "additive"},
      "Weighted sum (additive value model, SAW)",
      "sum of weight × utility; explains itself criterion by criterion",
      "Suma ponderada (modelo de valor aditivo, SAW)",
      "suma de peso × utilidad; se explica criterio a criterio",
      "Fishburn 1967; Keeney & Raiffa 1976; Triantaphyllou 2000, ch. 2",
      {ParamSpec{"normalization", "how raw columns (criteria without a scale) become utilities; columns with a value function are used as they are",
                 "cómo se convierten en utilidades las columnas brutas (criterios sin escala); las columnas con función de valor se usan tal cual",
                 "max", normalization_names(), 0, 0}},
      &make_weighted_sum});
  table.push_back(MethodInfo{
      "wpm",
      {"weighted-product"},
      "Weighted product model (WPM)",
      "product of normalised values raised to their weights; values must be above zero",
      "Modelo de producto ponderado (WPM)",
      "producto de los valores normalizados elevados a sus pesos; los valores deben ser mayores que cero",
      "Bridgman 1922; Miller & Starr 1969; Triantaphyllou 2000, ch. 2",
      {ParamSpec{"normalization", "how raw columns (criteria without a scale) become ratios; columns with a value function are used as they are",
                 "cómo se convierten en razones las columnas brutas (criterios sin escala); las columnas con función de valor se usan tal cual",
                 "max", normalization_names(), 0, 0}},
      &make_wpm});
  table.push_back(MethodInfo{
      "waspas",
      {},
      "Weighted aggregated sum product assessment (WASPAS)",
      "λ × weighted sum + (1 − λ) × weighted product, on x/max and min/x",
      "Evaluación de suma y producto agregados ponderados (WASPAS)",
      "λ × suma ponderada + (1 − λ) × producto ponderado, sobre x/max y min/x",
      "Zavadskas, Turskis, Antucheviciene & Zakarevicius 2012",
      {ParamSpec{"lambda", "weight of the weighted sum against the weighted product (1: WSM only, 0: WPM only)",
                 "peso de la suma ponderada frente al producto ponderado (1: solo WSM, 0: solo WPM)", "0.5",
                 {}, 0, 1}},
      &make_waspas});
  table.push_back(MethodInfo{
      "topsis",
      {},
      "TOPSIS (closeness to the ideal solution)",
      "closeness to the ideal, C = D- / (D+ + D-) from the distances to the ideal and the anti-ideal; higher is better",
      "TOPSIS (cercanía a la solución ideal)",
      "cercanía al ideal, C = D- / (D+ + D-) a partir de las distancias al ideal y al anti-ideal; mayor es mejor",
      "Hwang & Yoon 1981",
      {ParamSpec{"normalization", "how raw columns are scaled before weighting (cost criteria keep their direction: their ideal is the "
                 "minimum); columns with a value function are used as they are",
                 "cómo se escalan las columnas brutas antes de ponderarlas (los criterios de coste conservan su sentido: su ideal es el mínimo); las columnas con función de valor se usan tal cual",
                 "vector", normalization_names(), 0, 0}},
      &make_topsis});
  table.push_back(MethodInfo{
      "vikor",
      {},
      "VIKOR (compromise ranking)",
      "Q blends group utility S and individual regret R; lower is better; names the compromise set",
      "VIKOR (clasificación de compromiso)",
      "Q combina la utilidad de grupo S y el arrepentimiento individual R; menor es mejor; señala el conjunto de compromiso",
      "Opricovic 1998; Opricovic & Tzeng 2004",
      {ParamSpec{"v", "weight of the group utility S against the individual regret R in Q",
                 "peso de la utilidad de grupo S frente al arrepentimiento individual R en Q", "0.5", {}, 0, 1}},
      &make_vikor});
  table.push_back(MethodInfo{
      "promethee2",
      {"promethee", "promethee-ii"},
      "PROMETHEE II (net outranking flow)",
      "complete ranking by net flow φ = φ+ − φ− from per-criterion preference functions",
      "PROMETHEE II (flujo neto de superación)",
      "clasificación completa por el flujo neto φ = φ+ − φ− con funciones de preferencia por criterio",
      "Brans & Vincke 1985; Brans & Mareschal 2005 (Multiple Criteria Decision Analysis, ch. 5)",
      promethee_params(),
      &make_promethee2});
  table.push_back(MethodInfo{
      "promethee1",
      {"promethee-i"},
      "PROMETHEE I (partial ranking from φ+ and φ−)",
      "partial order: preferred, indifferent or incomparable pairs from the leaving and entering flows",
      "PROMETHEE I (clasificación parcial a partir de φ+ y φ−)",
      "orden parcial: pares preferidos, indiferentes o incomparables según los flujos de salida y de entrada",
      "Brans & Vincke 1985; Brans & Mareschal 2005 (Multiple Criteria Decision Analysis, ch. 5)",
      promethee_params(),
      &make_promethee1});
  table.push_back(MethodInfo{
      "electre1",
      {"electre-i"},
      "ELECTRE I (outranking; kernel of best choices)",
      "concordance and discordance give an outranking relation; its kernel is the set of best choices",
      "ELECTRE I (superación; núcleo de las mejores opciones)",
      "la concordancia y la discordancia dan una relación de superación; su núcleo es el conjunto de las mejores opciones",
      "Roy 1968; Hwang & Yoon 1981; Figueira, Mousseau & Roy 2005",
      {ParamSpec{"c", "concordance threshold: a outranks b only if C(a,b) >= c; empty: the mean of C over all pairs",
                 "umbral de concordancia: a supera a b solo si C(a,b) >= c; vacío: la media de C en todos los pares",
                 "", {}, 0, 1},
       ParamSpec{"d", "discordance threshold: a outranks b only if D(a,b) <= d; empty: the mean of D over all pairs",
                 "umbral de discordancia: a supera a b solo si D(a,b) <= d; vacío: la media de D en todos los pares",
                 "", {}, 0, 1}},
      &make_electre1});
  table.push_back(MethodInfo{
      "electre3",
      {"electre-iii"},
      "ELECTRE III (valued outranking; distillation ranking)",
      "credibility of outranking with indifference, preference and veto thresholds; ranked by two distillations",
      "ELECTRE III (superación valorada; clasificación por destilación)",
      "credibilidad de la superación con umbrales de indiferencia, preferencia y veto; clasificada por dos destilaciones",
      "Roy 1978; Roy & Bouyssou 1993; Figueira, Mousseau & Roy 2005",
      {ParamSpec{"q", "indifference threshold, in the criterion's units (utilities for scaled criteria)",
                 "umbral de indiferencia, en las unidades del criterio (utilidades en los criterios con escala)", "0", {}, 0,
                 k_max_threshold, true},
       ParamSpec{"p", "preference threshold (>= q); empty: equal to q",
                 "umbral de preferencia (>= q); vacío: igual a q", "", {}, 0, k_max_threshold, true},
       ParamSpec{"v", "veto threshold (>= p); empty: no veto",
                 "umbral de veto (>= p); vacío: sin veto", "", {}, 0, k_max_threshold, true},
       ParamSpec{"alpha", "distillation threshold s(λ) = alpha + beta·λ: its intercept",
                 "umbral de destilación s(λ) = alpha + beta·λ: su término independiente", "0.3", {}, 0, 1},
       ParamSpec{"beta", "distillation threshold s(λ) = alpha + beta·λ: its slope",
                 "umbral de destilación s(λ) = alpha + beta·λ: su pendiente", "-0.15", {}, -1, 0}},
      &make_electre3});
  table.push_back(MethodInfo{
      "copras",
      {},
      "Complex proportional assessment (COPRAS)",
      "benefit shares plus a cost term; the utility degree N in % of the best",
      "Evaluación proporcional compleja (COPRAS)",
      "partes de beneficio más un término de coste; el grado de utilidad N en % del mejor",
      "Zavadskas, Kaklauskas & Sarka 1994; Zavadskas, Kaklauskas, Peldschus & Turskis 2007",
      {},
      &make_copras});
  table.push_back(MethodInfo{
      "edas",
      {},
      "EDAS (Evaluation based on Distance from Average Solution)",
      "positive and negative distances from the average solution, weighted; AS = (NSP + NSN)/2",
      "EDAS (evaluación basada en la distancia a la solución media)",
      "distancias positivas y negativas a la solución media, ponderadas; AS = (NSP + NSN)/2",
      "Keshavarz Ghorabaee, Zavadskas, Olfat & Turskis 2015, Informatica 26(3)",
      {},
      &make_edas});
  table.push_back(MethodInfo{
      "moora",
      {},
      "Multi-objective optimisation by ratio analysis (MOORA)",
      "vector ratios: weighted benefits minus weighted costs, or the distance to a reference point",
      "Optimización multiobjetivo por análisis de razones (MOORA)",
      "razones vectoriales: beneficios ponderados menos costes ponderados, o la distancia a un punto de referencia",
      "Brauers & Zavadskas 2006",
      {ParamSpec{"approach", "ratio: the ratio system (higher is better); reference: the largest weighted distance to the "
                 "best ratios (lower is better)",
                 "ratio: el sistema de razones (mayor es mejor); reference: la mayor distancia ponderada a las mejores razones (menor es mejor)",
                 "ratio", {"ratio", "reference"}, 0, 0}},
      &make_moora});
  table.push_back(MethodInfo{
      "multimoora",
      {},
      "MULTIMOORA (ratio system, reference point, full multiplicative form)",
      "three MOORA rankings joined by dominance; the score counts the alternatives dominated",
      "MULTIMOORA (sistema de razones, punto de referencia, forma multiplicativa completa)",
      "tres clasificaciones MOORA unidas por dominancia; la puntuación cuenta las alternativas dominadas",
      "Brauers & Zavadskas 2010, 2011",
      {},
      &make_multimoora});
  table.push_back(MethodInfo{
      "aras",
      {},
      "Additive ratio assessment (ARAS)",
      "weighted sum of column shares, against an optimal alternative (K = S / S0)",
      "Evaluación por razones aditivas (ARAS)",
      "suma ponderada de las partes de cada columna, frente a una alternativa óptima (K = S / S0)",
      "Zavadskas & Turskis 2010",
      {},
      &make_aras});
  table.push_back(MethodInfo{
      "spotis",
      {},
      "SPOTIS (Stable Preference Ordering Towards Ideal Solution)",
      "weighted normalised distance to the ideal point of fixed bounds; lower is better, free of rank reversal",
      "SPOTIS (ordenación estable de preferencias hacia la solución ideal)",
      "distancia normalizada ponderada al punto ideal de unos límites fijos; menor es mejor, sin inversión de rangos",
      "Dezert, Tchamova, Han & Tacnet 2020, FUSION 2020",
      {ParamSpec{"lower", "each criterion's lower bound (default: the observed minimum, which forgoes rank-reversal protection)",
                 "el límite inferior de cada criterio (por omisión: el mínimo observado, que renuncia a la protección contra la inversión de rangos)",
                 "", {}, std::numeric_limits<double>::lowest(), std::numeric_limits<double>::max(), true},
       ParamSpec{"upper", "each criterion's upper bound (default: the observed maximum, which forgoes rank-reversal protection)",
                 "el límite superior de cada criterio (por omisión: el máximo observado, que renuncia a la protección contra la inversión de rangos)",
                 "", {}, std::numeric_limits<double>::lowest(), std::numeric_limits<double>::max(), true}},
      &make_spotis});
  table.push_back(MethodInfo{
      "codas",
      {},
      "CODAS (COmbinative Distance-based ASsessment)",
      "Euclidean, then taxicab distance from the negative-ideal solution, compared pairwise into H",
      "CODAS (evaluación combinada basada en distancias)",
      "distancia euclídea y después Manhattan a la solución ideal negativa, comparadas por pares en H",
      "Keshavarz Ghorabaee, Zavadskas, Turskis & Antucheviciene 2016, Economic Computation and Economic "
      "Cybernetics Studies and Research 50(3)",
      {ParamSpec{"tau", "threshold on the difference of Euclidean distances below which the taxicab distances decide "
                 "(the authors suggest 0.01 to 0.05)",
                 "umbral de la diferencia de distancias euclídeas por debajo del cual deciden las distancias Manhattan (los autores sugieren de 0.01 a 0.05)",
                 "0.02", {}, 0, 1}},
      &make_codas});
  table.push_back(MethodInfo{
      "mabac",
      {},
      "MABAC (Multi-Attributive Border Approximation area Comparison)",
      "sum of weighted distances from the border approximation area (geometric mean); above 0 is the upper area",
      "MABAC (comparación multiatributo con el área de aproximación de frontera)",
      "suma de las distancias ponderadas al área de aproximación de frontera (media geométrica); por encima de 0 es el área superior",
      "Pamučar & Ćirović 2015, Expert Systems with Applications 42(6)",
      {},
      &make_mabac});
  table.push_back(MethodInfo{
      "mairca",
      {},
      "MAIRCA (MultiAttributive Ideal-Real Comparative Analysis)",
      "total gap between theoretical (equal preference) and real ratings; lower is better",
      "MAIRCA (análisis comparativo multiatributo ideal-real)",
      "diferencia total entre las valoraciones teóricas (preferencia igual) y las reales; menor es mejor",
      "Pamučar, Vasin & Lukovac 2014; Pamučar, Lukovac, Božanić & Komazec 2018",
      {},
      &make_mairca});
  table.push_back(MethodInfo{
      "cocoso",
      {"combined-compromise"},
      "CoCoSo (combined compromise solution)",
      "min-max normalised weighted sum and power sum, combined by three appraisal scores",
      "CoCoSo (solución de compromiso combinada)",
      "suma ponderada y suma de potencias normalizadas min-max, combinadas mediante tres puntuaciones de evaluación",
      "Yazdani, Zarate, Zavadskas & Turskis 2019, Management Decision 57(9)",
      {ParamSpec{"lambda", "balance of the weighted sum S against the power sum P in the appraisal score kc",
                 "equilibrio de la suma ponderada S frente a la suma de potencias P en la puntuación de evaluación kc", "0.5",
                 {}, 0, 1}},
      &make_cocoso});
  table.push_back(MethodInfo{
      "marcos",
      {},
      "MARCOS (measurement of alternatives and ranking according to compromise solution)",
      "utility degrees against the ideal and anti-ideal rows, combined by a utility function",
      "MARCOS (medición de alternativas y clasificación según la solución de compromiso)",
      "grados de utilidad frente a las filas ideal y anti-ideal, combinados mediante una función de utilidad",
      "Stević, Pamučar, Puška & Chatterjee 2020, Computers & Industrial Engineering 140",
      {},
      &make_marcos});
  table.push_back(MethodInfo{
      "ocra",
      {},
      "OCRA (operational competitiveness rating)",
      "separate ratings on inputs (cost) and outputs (benefit), made linear and combined; the least competitive rates 0",
      "OCRA (valoración de la competitividad operativa)",
      "valoraciones separadas de entradas (coste) y salidas (beneficio), linealizadas y combinadas; la menos competitiva vale 0",
      "Parkan 1994; Işık & Adalı 2016, International Journal of Advanced Operations Management",
      {},
      &make_ocra});
  table.push_back(MethodInfo{
      "ram",
      {"root-assessment"},
      "RAM (root assessment method)",
      "sum-normalised weighted sums of benefit (S+) and cost (S-) criteria, combined as (2 + S+)^(1/(2 + S-))",
      "RAM (método de evaluación por raíz)",
      "sumas ponderadas normalizadas por la suma de los criterios de beneficio (S+) y de coste (S-), combinadas como (2 + S+)^(1/(2 + S-))",
      "Sotoudeh-Anvari 2023, Journal of Cleaner Production 423",
      {},
      &make_ram});
  table.push_back(MethodInfo{
      "probid",
      {},
      "PROBID (preference ranking on the basis of ideal-average distance)",
      "distances to a ladder of ideal solutions and to the average solution",
      "PROBID (clasificación de preferencias basada en la distancia ideal-media)",
      "distancias a una escala de soluciones ideales y a la solución media",
      "Wang, Rangaiah & Wang 2021, Industrial & Engineering Chemistry Research 60(30)",
      {ParamSpec{"variant", "probid (full procedure) or sprobid (simplified, for few alternatives)",
                 "probid (procedimiento completo) o sprobid (simplificado, para pocas alternativas)", "probid",
                 {"probid", "sprobid"}, 0, 0}},
      &make_probid});
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
