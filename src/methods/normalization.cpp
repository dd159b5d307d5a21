#include "methods/normalization.hpp"

#include <algorithm>

#include "criterio/diagnostics.hpp"
#include "criterio/number.hpp"

namespace criterio {

const std::vector<std::string>& normalization_names() {
  static const std::vector<std::string> names = {"max", "minmax", "sum", "vector", "none"};
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

}  // namespace

void normalize(Eigen::Ref<Eigen::VectorXd> column, Direction direction, Normalization method,
               std::string_view criterion, const SourceLocation& where) {
  if (column.size() == 0) return;
  const bool benefit = direction == Direction::benefit;
  switch (method) {
    case Normalization::max:
      if (benefit) {
        const double max = column.maxCoeff(), min = column.minCoeff();
        if (min < 0) unsuitable(where, criterion, "max", "needs values of zero or more, found " + format_number(min, 6));
        if (max <= 0) unsuitable(where, criterion, "max", "needs a positive maximum");
        column /= max;
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
  }
}

}  // namespace criterio
