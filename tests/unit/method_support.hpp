#pragma once
// Running one method on a small decision matrix, as the method unit tests do:
// raw columns with directions, or utility columns, and parameters by name.

#include <gtest/gtest.h>

#include <Eigen/Core>
#include <cmath>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "criterio/csv.hpp"
#include "criterio/method.hpp"
#include "criterio/number.hpp"
#include "unit/phrase_support.hpp"

namespace criterio::testing {

struct MethodCase {
  Eigen::MatrixXd values;                     // rows: alternatives, columns: criteria
  std::vector<double> weights;                // one per column; divided by their sum
  std::string directions;                     // one of '+' or '-' per column; empty: all benefit
  std::map<std::string, std::string> params;  // as --param gives them
  std::vector<Criterion> criteria;            // empty: c1, c2, ... with no settings of their own
  std::vector<bool> is_utility;               // empty: all raw
};

// Rows of numbers into a matrix: matrix({{1, 2}, {3, 4}}).
inline Eigen::MatrixXd matrix(std::initializer_list<std::initializer_list<double>> rows) {
  Eigen::MatrixXd m(static_cast<Eigen::Index>(rows.size()),
                    rows.size() ? static_cast<Eigen::Index>(rows.begin()->size()) : 0);
  Eigen::Index i = 0;
  for (const auto& row : rows) {
    Eigen::Index j = 0;
    for (double x : row) m(i, j++) = x;
    ++i;
  }
  return m;
}

// Runs `method` on `c`; a criterio::Error propagates.
inline MethodOutput run_method(const std::string& method, const MethodCase& c) {
  const auto n = static_cast<std::size_t>(c.values.cols());
  Eigen::VectorXd weights = Eigen::VectorXd::Constant(static_cast<Eigen::Index>(n), 1.0 / static_cast<double>(n));
  if (!c.weights.empty()) {
    weights = Eigen::Map<const Eigen::VectorXd>(c.weights.data(), static_cast<Eigen::Index>(c.weights.size()));
    weights /= weights.sum();
  }
  std::vector<Direction> directions(n, Direction::benefit);
  for (std::size_t j = 0; j < c.directions.size() && j < n; ++j)
    if (c.directions[j] == '-') directions[j] = Direction::cost;
  std::vector<Criterion> criteria = c.criteria;
  if (criteria.empty()) {
    criteria.resize(n);
    for (std::size_t j = 0; j < n; ++j) {
      criteria[j].id = "c" + std::to_string(j + 1);
      criteria[j].name = criteria[j].id;
      criteria[j].direction = directions[j];
    }
  }
  auto is_utility = std::make_unique<bool[]>(n);
  for (std::size_t j = 0; j < n; ++j) is_utility[j] = j < c.is_utility.size() && c.is_utility[j];
  const MethodInput input{c.values, weights, directions, std::span<const bool>(is_utility.get(), n), criteria};
  return make_method(method, c.params)->evaluate(input);
}

// The named per-row figure of `output`; fails the test when absent.
inline Eigen::VectorXd detail(const MethodOutput& output, const std::string& name) {
  for (const auto& [key, values] : output.details)
    if (key == name) return values;
  ADD_FAILURE() << "no detail named " << name;
  return {};
}

// Checks each entry of `actual` against `expected` within `tolerance`
// (half a unit in the last printed digit of the source).
inline void expect_near(const Eigen::VectorXd& actual, const std::vector<double>& expected, double tolerance,
                        const std::string& what = "") {
  ASSERT_EQ(static_cast<std::size_t>(actual.size()), expected.size()) << what;
  for (std::size_t i = 0; i < expected.size(); ++i)
    EXPECT_NEAR(actual(static_cast<Eigen::Index>(i)), expected[i], tolerance) << what << " row " << i;
}

// The decision matrix of tests/data/<path>: a CSV with the header id,c1,...
// and one row per alternative; the id column is dropped.
inline Eigen::MatrixXd data_matrix(const std::string& path) {
  const std::string file = std::string(CRITERIO_SOURCE_DIR) + "/tests/data/" + path;
  std::ifstream in(file, std::ios::binary);
  EXPECT_TRUE(in.good()) << file;
  std::stringstream buffer;
  buffer << in.rdbuf();
  const CsvTable table = parse_csv(buffer.str(), file);
  Eigen::MatrixXd m(static_cast<Eigen::Index>(table.row_count()), static_cast<Eigen::Index>(table.column_count() - 1));
  for (std::size_t r = 0; r < table.row_count(); ++r)
    for (std::size_t c = 1; c < table.column_count(); ++c)
      m(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c - 1)) =
          parse_number(table.text(table.cell(r, c))).value_or(NAN);
  return m;
}

}  // namespace criterio::testing
