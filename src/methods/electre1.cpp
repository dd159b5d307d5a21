// ELECTRE I (Roy 1968), in the textbook form of Figueira, Mousseau & Roy
// (2005) and Hwang & Yoon (1981): concordance and discordance indices, a
// crisp outranking relation, and its kernel. The score (net outranking count)
// only orders the result for display; ELECTRE I itself gives no ranking.

#include <algorithm>
#include <cstdint>

#include "methods/electre.hpp"
#include "text/messages.hpp"

namespace criterio {

namespace {

using Successors = std::vector<std::vector<std::size_t>>;

// Strongly connected components (Tarjan 1972), without recursion so that
// many rows cannot overflow the stack. Returns each vertex's component.
std::vector<std::size_t> strong_components(const Successors& graph, std::size_t& count) {
  constexpr std::size_t unvisited = SIZE_MAX;
  const std::size_t n = graph.size();
  std::vector<std::size_t> index(n, unvisited), low(n, 0), component(n, unvisited), stack;
  std::vector<bool> on_stack(n, false);
  std::vector<std::pair<std::size_t, std::size_t>> calls;  // vertex, next successor to visit
  std::size_t next = 0;
  count = 0;
  const auto visit = [&](std::size_t v) {
    index[v] = low[v] = next++;
    stack.push_back(v);
    on_stack[v] = true;
    calls.emplace_back(v, 0);
  };
  for (std::size_t root = 0; root < n; ++root) {
    if (index[root] != unvisited) continue;
    visit(root);
    while (!calls.empty()) {
      const std::size_t v = calls.back().first;
      if (calls.back().second < graph[v].size()) {
        const std::size_t w = graph[v][calls.back().second++];
        if (index[w] == unvisited) visit(w);
        else if (on_stack[w]) low[v] = std::min(low[v], index[w]);
        continue;
      }
      calls.pop_back();
      if (!calls.empty()) low[calls.back().first] = std::min(low[calls.back().first], low[v]);
      if (low[v] != index[v]) continue;
      std::size_t w;
      do {
        w = stack.back();
        stack.pop_back();
        on_stack[w] = false;
        component[w] = count;
      } while (w != v);
      ++count;
    }
  }
  return component;
}

// The kernel of the outranking graph: a set no member of which outranks
// another, such that every row outside it is outranked by a member. Rows on a
// circuit are merged first, as Roy (1968) does, so that the reduced graph is
// acyclic and its kernel exists and is unique. `cyclic` tells whether any
// circuit was merged.
std::vector<std::size_t> kernel(const Successors& graph, bool& cyclic) {
  std::size_t count = 0;
  const auto component = strong_components(graph, count);
  cyclic = count < graph.size();
  std::vector<std::vector<std::size_t>> reduced(count);
  std::vector<std::size_t> incoming(count, 0);
  std::vector<std::vector<bool>> linked(count, std::vector<bool>(count, false));
  for (std::size_t a = 0; a < graph.size(); ++a)
    for (std::size_t b : graph[a]) {
      const std::size_t from = component[a], to = component[b];
      if (from == to || linked[from][to]) continue;
      linked[from][to] = true;
      reduced[from].push_back(to);
      ++incoming[to];
    }
  // In an acyclic graph a vertex is in the kernel exactly when no vertex of
  // the kernel points to it: take the sources, drop what they outrank, repeat.
  std::vector<bool> removed(count, false), chosen(count, false);
  std::vector<std::size_t> remaining_in = incoming;
  std::size_t left = count;
  while (left > 0) {
    std::vector<std::size_t> sources;
    for (std::size_t c = 0; c < count; ++c)
      if (!removed[c] && remaining_in[c] == 0) sources.push_back(c);
    std::vector<std::size_t> dropped = sources;
    for (std::size_t c : sources) {
      chosen[c] = true;
      for (std::size_t d : reduced[c])
        if (!removed[d] && std::find(dropped.begin(), dropped.end(), d) == dropped.end()) dropped.push_back(d);
    }
    for (std::size_t c : dropped) {
      removed[c] = true;
      --left;
      for (std::size_t d : reduced[c]) --remaining_in[d];
    }
  }
  std::vector<std::size_t> rows;
  for (std::size_t a = 0; a < graph.size(); ++a)
    if (chosen[component[a]]) rows.push_back(a);
  return rows;
}

// The mean of the off-diagonal entries: Hwang & Yoon's (1981) default
// threshold for both indices.
double off_diagonal_mean(const Eigen::MatrixXd& m) {
  const auto n = static_cast<double>(m.rows());
  return n > 1 ? (m.sum() - m.diagonal().sum()) / (n * (n - 1)) : 0.0;
}

double threshold(const MethodParams& params, std::string_view key, const Eigen::MatrixXd& index) {
  const std::string& text = params.text(key);
  return text.empty() ? off_diagonal_mean(index) : params.number(key);
}

class Electre1 final : public Method {
 public:
  using Method::Method;

 private:
  // Two m × m matrices: 10,000 providers take 1.6 GB and about 20 s.
  PairwiseCost pairwise_cost(const MethodInput&) const override {
    return {10'000, "ELECTRE I holds a concordance and a discordance index for every pair of providers"};
  }

  MethodOutput do_evaluate(const MethodInput& input) const override {
    const Electre1Indices indices = electre1_indices(input);
    const Eigen::Index m = input.values.rows();
    const double c = threshold(params(), "c", indices.concordance);
    const double d = threshold(params(), "d", indices.discordance);

    MethodOutput out;
    Successors outranks(static_cast<std::size_t>(m));
    Eigen::VectorXd out_degree = Eigen::VectorXd::Zero(m), in_degree = Eigen::VectorXd::Zero(m);
    for (Eigen::Index a = 0; a < m; ++a)
      for (Eigen::Index b = 0; b < m; ++b) {
        if (a == b || indices.concordance(a, b) < c || indices.discordance(a, b) > d) continue;
        outranks[static_cast<std::size_t>(a)].push_back(static_cast<std::size_t>(b));
        ++out_degree(a);
        ++in_degree(b);
        if (static_cast<std::size_t>(m) <= k_max_relation_rows)
          out.relations.push_back({static_cast<std::size_t>(a), static_cast<std::size_t>(b), Relation::outranks});
      }

    const Eigen::MatrixXd g = oriented_values(input);
    out.utilities = range_utilities(g);
    out.scores = out_degree - in_degree;
    out.contributions = net_concordance_parts(g, input.weights);
    out.additive = false;
    out.contribution_meaning = Phrase{Message::m_electre1, {}};
    out.details = {{"outranks", out_degree},
                   {"outranked", in_degree},
                   {"C_net", indices.concordance.rowwise().sum() - indices.concordance.colwise().sum().transpose()},
                   {"D_net", indices.discordance.rowwise().sum() - indices.discordance.colwise().sum().transpose()}};

    bool cyclic = false;
    out.sets.push_back({"kernel", kernel(outranks, cyclic), Phrase{Message::m_electre1_kernel, {}},
                        Phrase{Message::set_kernel, {}}});
    out.notes.push_back(Phrase{Message::m_electre1_relation, {}});
    std::vector<Phrase> defaults;  // the thresholds not given, and so taken from the data
    if (params().text("c").empty()) defaults.push_back(Phrase{Message::m_electre1_mean_c, {}});
    if (params().text("d").empty()) defaults.push_back(Phrase{Message::m_electre1_mean_d, {}});
    out.notes.push_back(
        Phrase{Message::m_electre1_thresholds, {Phrase::Number{c, 6}, Phrase::Number{d, 6}, std::move(defaults)}});
    if (cyclic) out.notes.push_back(Phrase{Message::m_electre1_circuits, {}});
    return out;
  }

  // Each criterion's part in the net concordance: its weight times the
  // number of rows a is at least as good as, minus the rows at least as good
  // as a.
  static Eigen::MatrixXd net_concordance_parts(const Eigen::MatrixXd& g, const Eigen::VectorXd& weights) {
    Eigen::MatrixXd parts = Eigen::MatrixXd::Zero(g.rows(), g.cols());
    for (Eigen::Index j = 0; j < g.cols(); ++j)
      for (Eigen::Index a = 0; a < g.rows(); ++a)
        for (Eigen::Index b = 0; b < g.rows(); ++b)
          if (a != b) parts(a, j) += weights(j) * ((g(a, j) >= g(b, j)) - (g(b, j) >= g(a, j)));
    return parts;
  }
};

}  // namespace

Electre1Indices electre1_indices(const MethodInput& input) {
  const Eigen::MatrixXd g = oriented_values(input);
  const Eigen::Index m = g.rows();
  // A column whose values are all equal has range 0: no row beats another
  // there, so it adds no discordance (and nothing is divided by zero).
  const Eigen::RowVectorXd range = g.colwise().maxCoeff() - g.colwise().minCoeff();
  Electre1Indices out{Eigen::MatrixXd::Zero(m, m), Eigen::MatrixXd::Zero(m, m)};
  for (Eigen::Index a = 0; a < m; ++a)
    for (Eigen::Index b = 0; b < m; ++b) {
      if (a == b) continue;
      for (Eigen::Index j = 0; j < g.cols(); ++j) {
        const double ahead = g(b, j) - g(a, j);  // how far b beats a
        if (ahead <= 0) out.concordance(a, b) += input.weights(j);
        else out.discordance(a, b) = std::max(out.discordance(a, b), ahead / range(j));
      }
    }
  return out;
}

std::unique_ptr<Method> make_electre1(MethodParams params) { return std::make_unique<Electre1>(std::move(params)); }

}  // namespace criterio
