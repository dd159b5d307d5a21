#include "methods/normalization.hpp"

#include <algorithm>
#include <cmath>

#include "criterio/diagnostics.hpp"
#include "criterio/number.hpp"

namespace criterio {

const std::vector<std::string>& normalization_names() {
  static const std::vector<std::string> names = {"max",  "minmax",     "sum",       "vector",           "none",
                                                     "logarithmic", "max-linear", "nonlinear", "enhanced-accuracy"};
  return names;
}

Normalization parse_normalization(std::string_view name) {
  const auto& names = normalization_names();
  const auto it = std::find(names.begin(), names.end(), name);
  return static_cast<Normalization>(it - names.begin());
}

namespace {

[[noreturn]] void unsuitable(const SourceLocation& where, std::string_view criterion, std::string_view method,
                             std::string_view why) {
  throw Error(ExitCode::invalid_input, where,
              "criterion '" + std::string(criterion) + "': normalization=" + std::string(method) + " " +
                  std::string(why) + "; try --param normalization=minmax");
}

void require_positive(const Eigen::Ref<Eigen::VectorXd>& column, const SourceLocation& where,
                      std::string_view criterion, std::string_view method) {
  const double min = column.minCoeff();
  if (min <= 0) unsuitable(where, criterion, method, "needs values above zero, found " + format_number(min, 6));
}

// Values of zero or more with a positive maximum: what x / max needs.
void require_scalable_by_max(const Eigen::Ref<Eigen::VectorXd>& column, const SourceLocation& where,
                             std::string_view criterion, std::string_view method) {
  const double max = column.maxCoeff(), min = column.minCoeff();
  if (min < 0) unsuitable(where, criterion, method, "needs values of zero or more, found " + format_number(min, 6));
  if (max <= 0) unsuitable(where, criterion, method, "needs a positive maximum");
}

// ln x / ln(prod x), with the product's logarithm taken as a sum of logarithms
// so that long columns of large values do not overflow.
void normalize_logarithmic(Eigen::Ref<Eigen::VectorXd> column, bool benefit, const SourceLocation& where,
                           std::string_view criterion) {
  const double min = column.minCoeff();
  if (min < 1)
    unsuitable(where, criterion, "logarithmic",
               "needs values of 1 or more (below 1 the logarithms turn negative and reverse the order), found " +
                   format_number(min, 6));
  const auto m = static_cast<double>(column.size());
  if (column.size() == 1) {
    column.setOnes();
    return;
  }
  column = column.array().log().matrix();
  const double log_product = column.sum();
  if (log_product == 0) {
    // Every value is 1: ln x / ln(prod x) tends to 1/m as the values approach
    // 1 together, under either formula.
    column.setConstant(1 / m);
    return;
  }
  column /= log_product;
  if (!benefit) column = ((1 - column.array()) / (m - 1)).matrix();
}

}  // namespace

void normalize(Eigen::Ref<Eigen::VectorXd> column, Direction direction, Normalization method,
               std::string_view criterion, const SourceLocation& where) {
  if (column.size() == 0) return;
  const bool benefit = direction == Direction::benefit;
  switch (method) {
    case Normalization::max:
      if (benefit) {
        require_scalable_by_max(column, where, criterion, "max");
        column /= column.maxCoeff();
      } else {
        require_positive(column, where, criterion, "max");
        column = column.cwiseInverse() * column.minCoeff();
      }
      break;
    case Normalization::minmax: {
      const double min = column.minCoeff(), max = column.maxCoeff();
      if (max == min) {
        column.setOnes();
      } else if (benefit) {
        column = (column.array() - min) / (max - min);
      } else {
        column = (max - column.array()) / (max - min);
      }
      break;
    }
    case Normalization::sum:
      require_positive(column, where, criterion, "sum");
      if (benefit) {
        column /= column.sum();
      } else {
        column = column.cwiseInverse();
        column /= column.sum();
      }
      break;
    case Normalization::vector: {
      const double norm = column.norm();
      if (norm == 0) unsuitable(where, criterion, "vector", "needs a non-zero value");
      column /= norm;
      if (!benefit) column = (1 - column.array()).matrix();
      break;
    }
    case Normalization::none:
      if (!benefit) column = -column;
      break;
    case Normalization::logarithmic:
      normalize_logarithmic(column, benefit, where, criterion);
      break;
    case Normalization::max_linear:
      require_scalable_by_max(column, where, criterion, "max-linear");
      column /= column.maxCoeff();
      if (!benefit) column = (1 - column.array()).matrix();
      break;
    case Normalization::nonlinear:
      if (benefit) {
        require_scalable_by_max(column, where, criterion, "nonlinear");
        column = (column.array() / column.maxCoeff()).square().matrix();
      } else {
        require_positive(column, where, criterion, "nonlinear");
        column = (column.minCoeff() / column.array()).cube().matrix();
      }
      break;
    case Normalization::enhanced_accuracy: {
      // The distance of each value from the column's best, as a share of all
      // those distances; a column of equal values has none, and all score 1.
      const double best = benefit ? column.maxCoeff() : column.minCoeff();
      column = (column.array() - best).abs().matrix();
      const double total = column.sum();
      if (total == 0) {
        column.setOnes();
      } else {
        column = (1 - column.array() / total).matrix();
      }
      break;
    }
  }
}

Eigen::MatrixXd normalized_columns(const MethodInput& input, Normalization method) {
  Eigen::MatrixXd out = input.values;
  for (Eigen::Index j = 0; j < out.cols(); ++j) {
    const auto k = static_cast<std::size_t>(j);
    const Direction direction = input.is_utility[k] ? Direction::benefit : input.directions[k];
    normalize(out.col(j), direction, method, input.criteria[k].id, input.criteria[k].where);
  }
  return out;
}

}  // namespace criterio
