// Interpreting one raw value against its criterion's scale.

#include <algorithm>
#include <cmath>

#include "criterio/model.hpp"
#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "model/fields.hpp"

namespace criterio {

namespace {

class Measurer {
 public:
  Measurer(const Criterion& criterion, const std::string& file, Date as_of, Diagnostics& diagnostics)
      : m_criterion(criterion),
        m_scale(criterion.scale),
        m_file(file),
        m_context{file, {}},
        m_as_of(as_of),
        m_diagnostics(diagnostics) {}

  Measurement measure(const Node& value) {
    m_result.where = at(value);
    m_result.missing = false;
    switch (m_scale.type) {
      case ScaleType::none:
      case ScaleType::linear:
      case ScaleType::piecewise:
      case ScaleType::step: measure_number(value); break;
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

  void measure_number(const Node& node) {
    auto x = number(node, "expected a number");
    if (!x) return;
    if ((m_scale.min && *x < *m_scale.min) || (m_scale.max && *x > *m_scale.max)) {
      error(node, format_number(*x, 6) + " is outside the scale's range [" +
                      (m_scale.min ? format_number(*m_scale.min, 6) : std::string("-inf")) + ", " +
                      (m_scale.max ? format_number(*m_scale.max, 6) : std::string("inf")) + "]");
      return;
    }
    m_result.value = *x;
    m_result.raw = *x;
    m_result.display = with_unit(*x);
    if (m_scale.type != ScaleType::none) m_result.utility = m_scale.utility(*x);
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
    m_result.display = *b ? "yes" : "no";
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
    m_result.display = format_number(stats.adjusted, 2) + " (" + std::to_string(count) +
                       (count == 1 ? " review" : " reviews") +
                       (count ? ", mean " + format_number(stats.raw_mean, 2) : std::string()) + ")";
    m_result.reviews = stats;
  }

  const Criterion& m_criterion;
  const Scale& m_scale;
  const std::string& m_file;
  const Document m_context;  // names the file in messages from Reader
  Date m_as_of;
  Diagnostics& m_diagnostics;
  Measurement m_result;
  bool m_ok = true;
};

}  // namespace

Measurement measure(const Criterion& criterion, const Node* value, const std::string& file, Date as_of,
                    Diagnostics& diagnostics) {
  if (!value || value->is_null()) {
    Measurement missing;
    if (value) missing.where = {file, value->line, value->column};
    return missing;
  }
  return Measurer(criterion, file, as_of, diagnostics).measure(*value);
}

}  // namespace criterio
