#include <algorithm>
#include <cmath>

#include "criterio/model.hpp"

namespace criterio {

bool Scale::is_numeric() const {
  return type == ScaleType::none || type == ScaleType::linear || type == ScaleType::piecewise ||
         type == ScaleType::step;
}

double Scale::utility(double raw) const {
  switch (type) {
    case ScaleType::linear:
      return std::clamp((raw - worst) / (best - worst), 0.0, 1.0);
    case ScaleType::piecewise: {
      if (raw <= points.front().first) return points.front().second;
      if (raw >= points.back().first) return points.back().second;
      const auto upper = std::upper_bound(points.begin(), points.end(), raw,
                                          [](double x, const auto& p) { return x < p.first; });
      const auto lower = upper - 1;
      const double t = (raw - lower->first) / (upper->first - lower->first);
      return lower->second + t * (upper->second - lower->second);
    }
    case ScaleType::step: {
      const auto upper = std::upper_bound(points.begin(), points.end(), raw,
                                          [](double x, const auto& p) { return x < p.first; });
      return upper == points.begin() ? points.front().second : (upper - 1)->second;
    }
    case ScaleType::likert:
      return (raw - 1) / (likert_points - 1);
    case ScaleType::boolean:
      return raw;
    case ScaleType::reviews:
      return std::clamp((raw - review_min) / (review_max - review_min), 0.0, 1.0);
    case ScaleType::levels:  // levels are looked up by label; raw is already the utility
      return raw;
    case ScaleType::none:
      return raw;
  }
  return raw;
}

std::string_view to_string(Direction direction) { return direction == Direction::benefit ? "benefit" : "cost"; }

std::optional<Direction> parse_direction(std::string_view text) {
  if (text == "benefit" || text == "max" || text == "+") return Direction::benefit;
  if (text == "cost" || text == "min" || text == "-") return Direction::cost;
  return std::nullopt;
}

std::string_view to_string(MissingPolicy policy) {
  switch (policy) {
    case MissingPolicy::worst: return "worst";
    case MissingPolicy::mean: return "mean";
    case MissingPolicy::exclude: return "exclude";
    case MissingPolicy::error: return "error";
  }
  return "worst";
}

std::string_view to_string(ScaleType type) {
  switch (type) {
    case ScaleType::none: return "none";
    case ScaleType::linear: return "linear";
    case ScaleType::piecewise: return "piecewise";
    case ScaleType::step: return "step";
    case ScaleType::likert: return "likert";
    case ScaleType::boolean: return "boolean";
    case ScaleType::levels: return "levels";
    case ScaleType::reviews: return "reviews";
  }
  return "none";
}

std::string_view to_string(Uncertainty::Kind kind) {
  switch (kind) {
    case Uncertainty::Kind::uniform: return "uniform";
    case Uncertainty::Kind::triangular: return "triangular";
    case Uncertainty::Kind::normal: return "normal";
  }
  return "uniform";
}

}  // namespace criterio
