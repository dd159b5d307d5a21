// Column operations shared by the compensatory methods.

#include <cmath>
#include <string>

#include "criterio/diagnostics.hpp"
#include "criterio/number.hpp"
#include "methods/compensatory.hpp"
#include "text/messages.hpp"

namespace criterio::compensatory {

namespace {

std::size_t index(Eigen::Index j) { return static_cast<std::size_t>(j); }

}  // namespace

MethodOutput no_rows(const MethodInput& input) {
  MethodOutput out;
  out.scores.resize(0);
  out.utilities.resize(0, input.values.cols());
  out.contribution_meaning = Phrase{Message::m_no_providers, {}};
  return out;
}

Eigen::MatrixXd normalized(const MethodInput& input, Normalization normalization) {
  Eigen::MatrixXd r = input.values;
  for (Eigen::Index j = 0; j < r.cols(); ++j) {
    const auto k = index(j);
    if (!input.is_utility[k])
      normalize(r.col(j), input.directions[k], normalization, input.criteria[k].id, input.criteria[k].where);
  }
  return r;
}

Eigen::MatrixXd weighted_logs(const Eigen::MatrixXd& normalized, const MethodInput& input, std::string_view method,
                              std::string_view remedy) {
  Eigen::MatrixXd logs = Eigen::MatrixXd::Zero(normalized.rows(), normalized.cols());
  for (Eigen::Index j = 0; j < normalized.cols(); ++j) {
    const double w = input.weights(j);
    if (w == 0) continue;  // r^0 = 1 whatever r is
    const double lowest = normalized.col(j).minCoeff();
    if (lowest <= 0) {
      const Criterion& c = input.criteria[index(j)];
      const std::string what_to_do = input.is_utility[index(j)]
                                         ? "give its value function a worst utility above 0, or choose another method"
                                         : std::string(remedy);
      throw Error(ExitCode::invalid_input, c.where,
                  "criterion '" + c.id + "': " + std::string(method) +
                      " raises each normalised value to its weight and multiplies them, so every value must be above "
                      "zero; found " + format_number(lowest, 6) + "; " + what_to_do);
    }
    logs.col(j) = w * normalized.col(j).array().log();
  }
  return logs;
}

Eigen::MatrixXd vector_ratios(const Eigen::MatrixXd& values) {
  Eigen::MatrixXd r = values;
  for (Eigen::Index j = 0; j < r.cols(); ++j) {
    const double norm = r.col(j).norm();
    if (norm > 0) r.col(j) /= norm;
  }
  return r;
}

Eigen::VectorXd signs(const MethodInput& input) {
  Eigen::VectorXd s(input.values.cols());
  for (Eigen::Index j = 0; j < s.size(); ++j) {
    const auto k = index(j);
    s(j) = !input.is_utility[k] && input.directions[k] == Direction::cost ? -1.0 : 1.0;
  }
  return s;
}

Eigen::MatrixXd linear_ratios(const MethodInput& input) {
  Eigen::MatrixXd r = input.values;
  const Eigen::VectorXd sign = signs(input);
  for (Eigen::Index j = 0; j < r.cols(); ++j) {
    if (sign(j) < 0) {
      r.col(j) = r.col(j).cwiseInverse() * r.col(j).minCoeff();
    } else {
      const double max = r.col(j).maxCoeff();
      if (max > 0) r.col(j) /= max;
    }
  }
  return r;
}

void require_values(const MethodInput& input, Eigen::Index column, double minimum, bool strict, std::string_view method,
                    std::string_view why) {
  const double lowest = input.values.col(column).minCoeff();
  if (strict ? lowest > minimum : lowest >= minimum) return;
  const Criterion& c = input.criteria[index(column)];
  throw Error(ExitCode::invalid_input, c.where,
              "criterion '" + c.id + "': " + std::string(method) + " needs values " +
                  (strict ? "above " : "of at least ") + format_number(minimum, 6) + " here (" + std::string(why) +
                  "), found " + format_number(lowest, 6) +
                  "; shift or re-express the values, or choose a method that accepts them");
}

Eigen::MatrixXd ratio_system_parts(const Eigen::MatrixXd& ratios, const MethodInput& input) {
  return ratios * signs(input).cwiseProduct(input.weights).asDiagonal();
}

Eigen::MatrixXd reference_point_parts(const Eigen::MatrixXd& ratios, const MethodInput& input) {
  const Eigen::VectorXd sign = signs(input);
  Eigen::MatrixXd parts(ratios.rows(), ratios.cols());
  for (Eigen::Index j = 0; j < ratios.cols(); ++j) {
    const double best = sign(j) > 0 ? ratios.col(j).maxCoeff() : ratios.col(j).minCoeff();
    parts.col(j) = input.weights(j) * (ratios.col(j).array() - best).abs();
  }
  return parts;
}

Eigen::MatrixXd oriented_ratios(const Eigen::MatrixXd& ratios, const MethodInput& input) {
  Eigen::MatrixXd oriented = ratios;
  const Eigen::VectorXd sign = signs(input);
  for (Eigen::Index j = 0; j < oriented.cols(); ++j)
    if (sign(j) < 0) oriented.col(j) = (1 - oriented.col(j).array()).matrix();
  return oriented;
}

}  // namespace criterio::compensatory
