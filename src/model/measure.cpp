// Interpreting one raw value against its criterion's scale.

#include <algorithm>
#include <cmath>

#include "criterio/model.hpp"
#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "model/fields.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

// The keys of a value known within a spread: {low, high}, {low, mode, high}
// or {mean, sd}.
const std::vector<std::string> k_spread_keys = {"low", "mode", "high", "mean", "sd"};

class Measurer {
 public:
  Measurer(const Criterion& criterion, const std::string& file, Date as_of, Language language,
           Diagnostics& diagnostics)
      : m_criterion(criterion),
        m_scale(criterion.scale),
        m_file(file),
        m_context{file, {}},
        m_as_of(as_of),
        m_language(language),
        m_diagnostics(diagnostics) {}

  Measurement measure(const Node& value) {
    m_result.where = at(value);
    m_result.missing = false;
    if (!m_scale.is_numeric() && looks_like_spread(value)) {
      error(value, "a value known within a spread ({low, high}, {low, mode, high} or {mean, sd}) is only for "
                   "numeric criteria (scale none, linear, piecewise or step), and this one's scale is " +
                       std::string(to_string(m_scale.type)) + "; give a single value");
      return Measurement{};
    }
    switch (m_scale.type) {
      case ScaleType::none:
      case ScaleType::linear:
      case ScaleType::piecewise:
      case ScaleType::step: value.is_mapping() ? measure_spread(value) : measure_number(value); break;
      case ScaleType::likert: measure_likert(value); break;
      case ScaleType::boolean: measure_boolean(value); break;
      case ScaleType::levels: measure_level(value); break;
      case ScaleType::reviews: measure_reviews(value); break;
    }
    if (!m_ok) return Measurement{};
    return m_result;
  }

 private:
  SourceLocation at(const Node& node) const { return {m_file, node.line, node.column}; }

  void error(const Node& node, const std::string& message) {
    m_diagnostics.error(at(node), "'" + m_criterion.id + "': " + message);
    m_ok = false;
  }

  // Reports unknown keys in a mapping; any makes the value invalid.
  void expect_keys(const Node& mapping, std::string_view what, const std::vector<std::string>& allowed) {
    const std::size_t before = m_diagnostics.error_count();
    Reader(m_context, m_diagnostics).expect_mapping(mapping, what, allowed);
    if (m_diagnostics.error_count() > before) m_ok = false;
  }

  std::optional<double> number(const Node& node, const std::string& expected) {
    if (node.is_scalar() && !node.quoted) {
      if (auto v = parse_number(node.text)) return v;
      error(node, expected + ", found " + quote(node.text) + " (" + number_problem(node.text) + ")");
      return std::nullopt;
    }
    if (node.is_scalar() && parse_number(node.text)) {
      error(node, expected + ", found the quoted text " + quote(node.text) + " (remove the quotes)");
      return std::nullopt;
    }
    error(node, expected + ", found " + node.describe());
    return std::nullopt;
  }

  std::string with_unit(double x) const {
    std::string text = format_number(x);
    if (!m_criterion.unit.empty()) text += (m_criterion.unit == "%" ? "" : " ") + m_criterion.unit;
    return text;
  }

  double directed(double utility) const {
    return m_criterion.direction == Direction::cost ? 1 - utility : utility;
  }

  // A number within the scale's domain (`min`, `max`), or nullopt with the error reported.
  std::optional<double> number_in_domain(const Node& node, const std::string& expected) {
    auto x = number(node, expected);
    if (!x) return std::nullopt;
    if ((m_scale.min && *x < *m_scale.min) || (m_scale.max && *x > *m_scale.max)) {
      error(node, format_number(*x, 6) + " is outside the scale's range [" +
                      (m_scale.min ? format_number(*m_scale.min, 6) : std::string("-inf")) + ", " +
                      (m_scale.max ? format_number(*m_scale.max, 6) : std::string("inf")) + "]");
      return std::nullopt;
    }
    return x;
  }

  void set_number(double x, std::string display) {
    m_result.value = x;
    m_result.raw = x;
    m_result.display = std::move(display);
    if (m_scale.type != ScaleType::none) m_result.utility = m_scale.utility(x);
  }

  void measure_number(const Node& node) {
    if (auto x = number_in_domain(node, "expected a number")) set_number(*x, with_unit(*x));
  }

  // A review summary's {mean, count} is not a spread, so `mean` alone does
  // not make one on a reviews scale.
  bool looks_like_spread(const Node& node) const {
    if (!node.is_mapping()) return false;
    return std::any_of(node.entries.begin(), node.entries.end(), [&](const auto& entry) {
      const std::string& key = entry.first.text;
      if (key == "mean" && m_scale.type == ScaleType::reviews) return false;
      return std::find(k_spread_keys.begin(), k_spread_keys.end(), key) != k_spread_keys.end();
    });
  }

  // {low, high}, {low, mode, high} or {mean, sd}: ranked by its central value
  // (the midpoint, the mode, the mean), kept whole for SMAA to sample.
  void measure_spread(const Node& node) {
    expect_keys(node, "the spread of '" + m_criterion.id + "'", k_spread_keys);
    if (!m_ok) return;  // a misspelt key would otherwise also read as a missing one
    const Node* mean = node.find("mean");
    const Node* sd = node.find("sd");
    const Node* low = node.find("low");
    const Node* high = node.find("high");
    if ((mean || sd) && (low || high || node.find("mode"))) {
      error(node, "a spread is either {low, high}, {low, mode, high} or {mean, sd}; this one mixes mean/sd with "
                  "low/mode/high");
    } else if (mean || sd) {
      if (mean && sd) measure_normal(*mean, *sd);
      else error(node, "a spread with a mean needs an sd too, e.g. {mean: 12, sd: 1.5}");
    } else if (low && high) {
      measure_range(*low, node.find("mode"), *high);
    } else {
      error(node, "a spread needs both low and high, e.g. {low: 10, high: 20} or {low: 10, mode: 12, high: 20}");
    }
  }

  void measure_range(const Node& low_node, const Node* mode_node, const Node& high_node) {
    const auto low = number_in_domain(low_node, "expected a number for low");
    const auto high = number_in_domain(high_node, "expected a number for high");
    const auto mode = mode_node ? number_in_domain(*mode_node, "expected a number for mode") : std::nullopt;
    if (!low || !high || (mode_node && !mode)) return;
    if (*low == *high) {
      error(high_node,
            "low and high are both " + format_number(*low, 6) + "; give a value known exactly as a plain number");
      return;
    }
    if (*low > *high) {
      error(high_node, "high (" + format_number(*high, 6) + ") is below low (" + format_number(*low, 6) + ")");
      return;
    }
    Uncertainty u;
    u.kind = mode ? Uncertainty::Kind::triangular : Uncertainty::Kind::uniform;
    u.low = *low;
    u.high = *high;
    u.mode = mode.value_or((*low + *high) / 2);
    if (u.mode < u.low || u.mode > u.high) {
      error(*mode_node, "mode " + format_number(u.mode, 6) + " is outside the spread [" + format_number(u.low, 6) +
                            ", " + format_number(u.high, 6) + "]");
      return;
    }
    std::string display = say(Message::value_range, m_language, {format_number(u.low), with_unit(u.high)});
    if (mode) display = say(Message::value_most_likely, m_language, {display, format_number(u.mode)});
    set_number(u.mode, std::move(display));
    m_result.uncertainty = u;
  }

  void measure_normal(const Node& mean_node, const Node& sd_node) {
    const auto mean = number_in_domain(mean_node, "expected a number for mean");
    const auto sd = number(sd_node, "expected a number for sd");
    if (!mean || !sd) return;
    if (*sd <= 0) {
      error(sd_node, "sd must be above 0, found " + format_number(*sd, 6) +
                         (*sd == 0 ? "; give a value known exactly as a plain number" : ""));
      return;
    }
    Uncertainty u;
    u.kind = Uncertainty::Kind::normal;
    u.low = u.mode = u.high = *mean;
    u.sd = *sd;
    set_number(*mean, format_number(*mean) + " +/- " + with_unit(*sd));
    m_result.uncertainty = u;
  }

  void measure_likert(const Node& node) {
    if (!node.is_scalar()) {
      error(node, "expected a point from 1 to " + std::to_string(m_scale.likert_points) + " or a label, found " +
                      node.describe());
      return;
    }
    const auto label = std::find(m_scale.labels.begin(), m_scale.labels.end(), node.text);
    double point = 0;
    if (label != m_scale.labels.end()) {
      point = static_cast<double>(label - m_scale.labels.begin() + 1);
      m_result.value = node.text;
    } else if (auto x = node.quoted ? std::nullopt : parse_number(node.text)) {
      if (*x != std::floor(*x) || *x < 1 || *x > m_scale.likert_points) {
        error(node, "expected a whole point from 1 to " + std::to_string(m_scale.likert_points) + ", found " +
                        format_number(*x, 6));
        return;
      }
      point = *x;
      m_result.value = *x;
    } else {
      error(node, "expected a point from 1 to " + std::to_string(m_scale.likert_points) +
                      (m_scale.labels.empty() ? std::string() : " or one of the labels") + ", found " +
                      node.describe() + did_you_mean(node.text, m_scale.labels));
      return;
    }
    m_result.raw = point;
    m_result.utility = directed(m_scale.utility(point));
    const std::string of = format_number(point) + "/" + std::to_string(m_scale.likert_points);
    m_result.display = m_scale.labels.empty() ? of : m_scale.labels[static_cast<std::size_t>(point) - 1] + " (" + of + ")";
  }

  void measure_boolean(const Node& node) {
    std::optional<bool> b;
    if (node.is_scalar() && !node.quoted) b = parse_boolean(node.text);
    if (!b) {
      error(node, "expected true or false, found " + node.describe());
      return;
    }
    m_result.value = *b;
    m_result.raw = *b ? 1 : 0;
    m_result.utility = directed(m_result.raw);
    m_result.display = text(*b ? Message::value_yes : Message::value_no, m_language);
  }

  void measure_level(const Node& node) {
    std::vector<std::string> labels;
    for (const auto& [label, utility] : m_scale.levels) labels.push_back(label);
    if (node.is_scalar()) {
      for (const auto& [label, utility] : m_scale.levels)
        if (label == node.text) {
          m_result.value = label;
          m_result.raw = utility;
          m_result.utility = utility;
          m_result.display = label;
          return;
        }
    }
    std::string list;
    for (const auto& l : labels) list += (list.empty() ? "" : ", ") + l;
    error(node, "expected one of the levels " + list + ", found " + node.describe() +
                    (node.is_scalar() ? did_you_mean(node.text, labels) : std::string()));
  }

  std::optional<double> rating(const Node& node) {
    auto r = number(node, "expected a rating");
    if (!r) return std::nullopt;
    if (*r < m_scale.review_min || *r > m_scale.review_max) {
      error(node, "rating " + format_number(*r, 6) + " is outside the scale's range [" +
                      format_number(m_scale.review_min) + ", " + format_number(m_scale.review_max) + "]");
      return std::nullopt;
    }
    return r;
  }

  void measure_reviews(const Node& node) {
    double weighted_sum = 0, weight_total = 0, plain_sum = 0;
    std::size_t count = 0;
    if (node.is_sequence()) {
      for (const Node& review : node.items) {
        if (!review.is_mapping()) {
          error(review, "each review is a mapping {rating, date, source}, found " + review.describe());
          continue;
        }
        expect_keys(review, "a review", {"rating", "date", "source", "note"});
        const Node* r = review.find("rating");
        if (!r) {
          error(review, "a review needs a rating");
          continue;
        }
        auto value = rating(*r);
        if (!value) continue;
        double weight = 1;
        if (m_scale.half_life_days > 0) {
          const Node* d = review.find("date");
          if (!d) {
            error(review, "a review needs a date (the scale decays old reviews; half_life_days: 0 turns that off)");
            continue;
          }
          auto date = Date::parse(d->is_scalar() ? d->text : std::string());
          if (!date) {
            error(*d, "expected a date as YYYY-MM-DD, found " + d->describe());
            continue;
          }
          if (*date > m_as_of)
            m_diagnostics.warning(at(*d), "'" + m_criterion.id + "': a review dated " + date->iso() +
                                              ", after the as-of date " + m_as_of.iso() + ", counts as new");
          const double age = std::max(0, m_as_of.days() - date->days());
          weight = std::exp2(-age / m_scale.half_life_days);
        }
        weighted_sum += weight * *value;
        weight_total += weight;
        plain_sum += *value;
        ++count;
      }
    } else if (node.is_mapping()) {
      expect_keys(node, "a review summary", {"mean", "count"});
      const Node* mean = node.find("mean");
      const Node* n = node.find("count");
      if (!mean || !n) {
        error(node, "a review summary needs both mean and count, e.g. {mean: 4.6, count: 400}");
        return;
      }
      auto m = rating(*mean);
      auto c = number(*n, "expected a count of reviews");
      if (!m || !c) return;
      if (*c < 0 || *c != std::floor(*c)) {
        error(*n, "the count of reviews must be a whole number, found " + format_number(*c, 6));
        return;
      }
      count = static_cast<std::size_t>(*c);
      weighted_sum = *m * *c;
      weight_total = *c;
      plain_sum = *m * *c;
    } else {
      // A single number (CSV, or a rating already aggregated elsewhere) is used as it is.
      auto r = rating(node);
      if (!r) return;
      m_result.value = *r;
      m_result.raw = *r;
      m_result.utility = directed(m_scale.utility(*r));
      m_result.display = format_number(*r, 2);
      return;
    }
    if (!m_ok) return;
    ReviewStats stats;
    stats.count = count;
    stats.raw_mean = count ? plain_sum / static_cast<double>(count) : 0;
    stats.effective_weight = weight_total;
    const double denominator = m_scale.prior_strength + weight_total;
    stats.adjusted = denominator > 0 ? (m_scale.prior_strength * m_scale.prior_mean + weighted_sum) / denominator
                                     : m_scale.prior_mean;
    m_result.value = stats.adjusted;
    m_result.raw = stats.adjusted;
    m_result.utility = directed(m_scale.utility(stats.adjusted));
    const std::string adjusted = format_number(stats.adjusted, 2), mean = format_number(stats.raw_mean, 2);
    m_result.display = count == 0   ? say(Message::value_reviews_none, m_language, {adjusted})
                       : count == 1 ? say(Message::value_reviews_one, m_language, {adjusted, mean})
                                    : say(Message::value_reviews_many, m_language, {adjusted, std::to_string(count), mean});
    m_result.reviews = stats;
  }

  const Criterion& m_criterion;
  const Scale& m_scale;
  const std::string& m_file;
  const Document m_context;  // names the file in messages from Reader
  Date m_as_of;
  Language m_language;
  Diagnostics& m_diagnostics;
  Measurement m_result;
  bool m_ok = true;
};

}  // namespace

Measurement measure(const Criterion& criterion, const Node* value, const std::string& file, Date as_of,
                    Diagnostics& diagnostics, Language language) {
  if (!value || value->is_null()) {
    Measurement missing;
    if (value) missing.where = {file, value->line, value->column};
    return missing;
  }
  return Measurer(criterion, file, as_of, language, diagnostics).measure(*value);
}

}  // namespace criterio
