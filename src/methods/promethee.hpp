#pragma once
// PROMETHEE I and II (Brans & Vincke 1985; Brans & Mareschal 2005), and the
// unicriterion flow kernels they share, exposed so that tests and the
// benchmark can call them directly.

#include <memory>
#include <span>

#include "criterio/method.hpp"

namespace criterio {

std::unique_ptr<Method> make_promethee2(MethodParams params);
std::unique_ptr<Method> make_promethee1(MethodParams params);

namespace promethee {

// The six generalised criteria of Brans & Vincke (1985), named as in the
// criteria file.
enum class Shape { usual, u_shape, v_shape, level, linear, gaussian };

// A preference function P(d) with its thresholds, in the units of the column:
// q indifference (u-shape, level, linear), p preference (v-shape, level,
// linear), s the Gaussian's inflection point. P(d) = 0 for d <= 0.
struct PreferenceFunction {
  Shape shape = Shape::usual;
  double q = 0, p = 0, s = 0;
};

// P(d) for one difference d = g(a) - g(b) of a benefit column.
double preference(const PreferenceFunction& f, double d);

// The unicriterion flows of one benefit column (a cost column is passed
// negated, which gives the authors' d = g(b) - g(a) exactly):
//   plus[a]  = 1/(m-1) Σ_b P(x_a - x_b),   minus[a] = 1/(m-1) Σ_b P(x_b - x_a).
// usual, u-shape, v-shape, level and linear take O(m log m) (sorting and
// prefix sums); gaussian is exact O(m²), split over `threads` workers (0: one
// per hardware thread) and bit-identical for any thread count. With one row
// both flows are 0. `plus` and `minus` have the column's size.
void unicriterion_flows(std::span<const double> column, const PreferenceFunction& f, std::span<double> plus,
                        std::span<double> minus, unsigned threads = 0);

// The same flows by the definition, O(m²): the reference the fast kernels are
// tested and benchmarked against.
void unicriterion_flows_reference(std::span<const double> column, const PreferenceFunction& f,
                                  std::span<double> plus, std::span<double> minus);

}  // namespace promethee
}  // namespace criterio
