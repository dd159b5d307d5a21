// Reads providers files (YAML/JSON Documents, or CSV). Values are kept as
// written and interpreted against the criteria later (see problem.cpp).

#include <algorithm>
#include <set>
#include <string>

#include "criterio/csv.hpp"
#include "criterio/model.hpp"
#include "criterio/text.hpp"
#include "model/fields.hpp"

namespace criterio {

namespace {

const std::vector<std::string> k_file_keys = {"criteria", "as_of", "evaluator", "evaluators", "providers"};
const std::vector<std::string> k_provider_keys = {"id", "name", "description", "url", "values", "evidence"};
const std::vector<std::string> k_evidence_keys = {"source", "date", "note"};

Evidence load_evidence(const Reader& reader, const Node& node) {
  Evidence evidence;
  evidence.where = reader.at(node);
  if (!reader.expect_mapping(node, "evidence", k_evidence_keys)) return evidence;
  if (const Node* n = reader.require(node, "source", "evidence"))
    if (auto v = reader.text(*n, "source")) evidence.source = *v;
  if (const Node* n = node.find("date")) evidence.date = reader.date(*n, "evidence date");
  if (const Node* n = node.find("note"))
    if (auto v = reader.text(*n, "note")) evidence.note = *v;
  return evidence;
}

Provider load_provider(const Reader& reader, const Node& node) {
  Provider provider;
  provider.where = reader.at(node);
  provider.file = reader.file();
  if (!reader.expect_mapping(node, "a provider", k_provider_keys)) return provider;
  if (const Node* n = reader.require(node, "id", "a provider"))
    if (auto id = reader.id(*n, "id")) provider.id = *id;
  if (const Node* n = node.find("name"))
    if (auto v = reader.text(*n, "name")) provider.name = *v;
  if (provider.name.empty()) provider.name = provider.id;
  if (const Node* n = node.find("description"))
    if (auto v = reader.text(*n, "description")) provider.description = *v;
  if (const Node* n = node.find("url"))
    if (auto v = reader.text(*n, "url")) provider.url = *v;
  if (const Node* values = node.find("values")) {
    if (values->is_mapping())
      for (const auto& [key, value] : values->entries) provider.values.push_back({key.text, reader.at(key), value});
    else
      reader.error(*values, "values: expected a mapping of criterion id: value, found " + values->describe());
  }
  if (const Node* evidence = node.find("evidence")) {
    if (evidence->is_mapping())
      for (const auto& [key, value] : evidence->entries) {
        Evidence e = load_evidence(reader, value);
        e.where = reader.at(key);
        provider.evidence.emplace(key.text, std::move(e));
      }
    else
      reader.error(*evidence, "evidence: expected a mapping of criterion id: {source, date, note}, found " +
                                  evidence->describe());
  }
  return provider;
}

// A panel file's `evaluator: NAME`, or a providers file's `evaluators:` list.
std::optional<std::string> evaluator_name(const Reader& reader, const Node& node, std::string_view what) {
  auto name = reader.text(node, what);
  if (name && name->empty()) {
    reader.error(node, std::string(what) + ": expected an evaluator's name, found an empty text");
    return std::nullopt;
  }
  return name;
}

void load_panel(const Reader& reader, const Node& root, ProviderFile& file) {
  const Node* one = root.find("evaluator");
  const Node* list = root.find("evaluators");
  if (one && list) {
    reader.error(*list, "a file holds either one evaluator's ratings (evaluator: NAME) or lists of ratings by several "
                        "(evaluators: [...]), not both");
    return;
  }
  if (one) {
    file.evaluator = evaluator_name(reader, *one, "evaluator");
    file.evaluator_where = reader.at(*one);
  }
  if (!list || !reader.expect_sequence(*list, "evaluators")) return;
  file.evaluators_where = reader.at(*list);
  if (list->items.empty()) reader.error(*list, "evaluators: expected at least one name");
  for (const Node& item : list->items) {
    auto name = evaluator_name(reader, item, "evaluators");
    if (!name) continue;
    if (std::find(file.evaluators.begin(), file.evaluators.end(), *name) != file.evaluators.end())
      reader.error(item, "evaluators: " + quote(*name) + " is named twice; each evaluator gives one rating per value");
    file.evaluators.push_back(*name);
  }
}

// A panel file adds ratings to providers defined elsewhere; what describes a
// provider belongs in the file that defines it, so it is an error here
// rather than something silently dropped.
void check_panel_provider(const Reader& reader, const Node& node, const std::string& evaluator) {
  if (!node.is_mapping()) return;
  for (const auto& [key, value] : node.entries)
    if (key.text != "id" && key.text != "values")
      reader.error(key, "'" + key.text + "': a panel file (evaluator: " + evaluator +
                            ") holds ratings only, as id and values; give " + key.text +
                            " in the providers file that defines the provider");
}

}  // namespace

ProviderFile load_providers(const Document& document, Diagnostics& diagnostics) {
  Reader reader(document, diagnostics);
  ProviderFile file;
  file.file = document.file;
  const Node& root = document.root;
  if (root.is_null()) {
    reader.error(root, "the providers file is empty; expected a mapping with 'providers'");
    return file;
  }
  if (!reader.expect_mapping(root, "the providers file", k_file_keys)) return file;
  if (const Node* n = root.find("criteria")) {
    file.criteria = reader.text(*n, "criteria");
    file.criteria_where = reader.at(*n);
  }
  if (const Node* n = root.find("as_of")) file.as_of = reader.date(*n, "as_of");
  load_panel(reader, root, file);
  const Node* list = reader.require(root, "providers", "the providers file");
  if (!list || !reader.expect_sequence(*list, "providers")) return file;
  for (const Node& item : list->items) {
    if (file.evaluator) check_panel_provider(reader, item, *file.evaluator);
    file.providers.push_back(load_provider(reader, item));
    file.providers.back().evaluators = file.evaluators;
  }
  return file;
}

namespace {

// Refuses a CSV whose values would take more memory than `limits` allows,
// before one object per value is made.
void check_csv_size(const CsvTable& table, std::size_t criteria_columns, const ParseLimits& limits) {
  if (criteria_columns > limits.max_criteria)
    throw Error(ExitCode::invalid_input, table.at(table.header(0)),
                "the CSV has " + std::to_string(criteria_columns) + " criteria columns; at most " +
                    std::to_string(limits.max_criteria) + " are accepted" + raise_hint("criteria"));
  if (table.row_count() > limits.max_providers)
    throw Error(ExitCode::invalid_input, table.at(table.cell(limits.max_providers, 0)),
                "the CSV has " + std::to_string(table.row_count()) + " providers; at most " +
                    std::to_string(limits.max_providers) + " are accepted" + raise_hint("providers"));
  if (criteria_columns > 0 && table.row_count() > limits.max_values / criteria_columns)
    throw Error(ExitCode::invalid_input, table.at(table.cell(limits.max_values / criteria_columns, 0)),
                "the CSV has " + std::to_string(table.row_count() * criteria_columns) + " values; at most " +
                    std::to_string(limits.max_values) + " are read against a criteria model" +
                    raise_hint("values") + "; spreadsheet mode (no criteria model) reads more");
}

}  // namespace

ProviderFile load_providers_csv(std::string_view text, const std::string& name, Diagnostics& diagnostics,
                                const ParseLimits& limits) {
  ProviderFile file;
  file.file = name;
  file.is_csv = true;
  const CsvTable table = parse_csv(text, name);
  const bool has_name = [&] {
    for (std::size_t c = 0; c < table.column_count(); ++c)
      if (table.text(table.header(c)) == "name") return true;
    return false;
  }();
  const std::size_t label_columns = std::min<std::size_t>(table.column_count(), has_name ? 2 : 1);  // id, name
  check_csv_size(table, table.column_count() - label_columns, limits);

  std::size_t id_column = 0;
  std::optional<std::size_t> name_column;
  std::set<std::string> headers;
  for (std::size_t c = 0; c < table.column_count(); ++c) {
    const std::string header(table.text(table.header(c)));
    if (!headers.insert(header).second)
      diagnostics.error(table.at(table.header(c)), "duplicate column " + quote(header));
    if (header == "id") id_column = c;
    if (header == "name") name_column = c;
  }
  for (std::size_t c = 0; c < table.column_count(); ++c) {
    if (c == id_column || c == name_column) continue;
    const auto& cell = table.header(c);
    const std::string header(table.text(cell));
    if (!is_valid_id(header))
      diagnostics.error(table.at(cell), "column " + quote(header) +
                                            " is not a valid criterion id; use lowercase letters, digits and underscores");
    file.csv_columns.push_back(header);
    file.csv_column_where.push_back(table.at(cell));
  }

  for (std::size_t r = 0; r < table.row_count(); ++r) {
    Provider provider;
    const auto& id_cell = table.cell(r, id_column);
    provider.id = std::string(table.text(id_cell));
    provider.where = table.at(id_cell);
    provider.file = name;
    if (!is_valid_id(provider.id))
      diagnostics.error(provider.where, "provider id " + quote(provider.id) +
                                            " is not valid; use 1 to 64 lowercase letters, digits and underscores");
    provider.name = name_column ? std::string(table.text(table.cell(r, *name_column))) : provider.id;
    if (name_column && has_control_characters(provider.name)) {  // without one, the name is the id, checked above
      diagnostics.error(table.at(table.cell(r, *name_column)),
                        "name: control characters (other than tab and line breaks) are not accepted");
      provider.name = provider.id;
    }
    if (provider.name.empty()) provider.name = provider.id;
    std::size_t k = 0;
    for (std::size_t c = 0; c < table.column_count(); ++c) {
      if (c == id_column || c == name_column) continue;
      const auto& cell = table.cell(r, c);
      Node node;
      node.line = cell.line;
      node.column = cell.column;
      node.text = std::string(table.text(cell));
      // An empty cell is a missing value; any other cell is a scalar whose
      // type is decided by the criterion's scale.
      node.kind = node.text.empty() ? Node::Kind::null : Node::Kind::scalar;
      provider.values.push_back({file.csv_columns[k++], table.at(table.header(c)), std::move(node)});
    }
    file.providers.push_back(std::move(provider));
  }
  return file;
}

}  // namespace criterio
