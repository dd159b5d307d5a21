// render_ranking in every format, on a hand-built Result, so that each
// formatter is checked on its own (no scoring involved).

#include "criterio/report.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "criterio/csv.hpp"
#include "criterio/number.hpp"
#include "criterio/text.hpp"
#include "criterio/version.hpp"
#include "unit/test_support.hpp"
#include "text/messages.hpp"

namespace criterio {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::contains;

Criterion criterion(std::string id, std::string name, double weight, Direction direction,
                    std::vector<std::string> path) {
  Criterion c;
  c.id = std::move(id);
  c.name = std::move(name);
  c.weight = weight;
  c.direction = direction;
  c.path = std::move(path);
  return c;
}

Contribution part(std::string id, RawValue value, double utility, double weight, bool missing = false) {
  Contribution c;
  c.criterion = std::move(id);
  c.value = std::move(value);
  c.utility = utility;
  c.weight = weight;
  c.contribution = utility * weight;
  c.missing = missing;
  if (missing) c.imputed = "worst";
  return c;
}

RankedProvider provider(int rank, std::string id, std::string name, double uptime_utility, double price_utility) {
  RankedProvider p;
  p.rank = rank;
  p.id = std::move(id);
  p.name = std::move(name);
  p.contributions = {part("uptime_sla", 99.95, uptime_utility, 0.6), part("price", 12.0, price_utility, 0.4)};
  p.score = p.contributions[0].contribution + p.contributions[1].contribution;
  return p;
}

// Four ranked providers (one tie), one excluded, one warning.
Result sample() {
  Result r;
  r.title = "Hosting | shortlist";
  r.criteria_source = "criteria.yaml";
  r.method = "wsm";
  r.method_title = "Weighted sum";
  r.params = {{"normalization", "max"}};
  r.as_of = *Date::from_ymd(2026, 3, 1);
  r.criteria = {criterion("uptime_sla", "Uptime SLA", 0.6, Direction::benefit, {"policies", "uptime_sla"}),
                criterion("price", "Price", 0.4, Direction::cost, {"price"})};
  r.criteria[0].unit = "%";
  RankedProvider nimbus = provider(1, "nimbus", "Nimbus | Cloud", 0.95, 0.6);
  nimbus.strengths = {"uptime_sla"};
  nimbus.weaknesses = {"price"};
  nimbus.details = {{"s", 0.25}};
  RankedProvider formula = provider(2, "formula", "=HYPERLINK(\"http://x\")", 0.5, 0.5);
  RankedProvider plus = provider(2, "plus", "+1 hosting", 0.5, 0.5);
  RankedProvider at = provider(4, "at", "@admin, \"quoted\"", 0.1, 0.2);
  at.contributions[1] = part("price", RawValue{}, 0, 0.4, true);
  at.missing = {"price"};
  at.score = at.contributions[0].contribution;
  r.ranking = {nimbus, formula, plus, at};
  ExcludedProvider cheapo;
  cheapo.id = "cheapo";
  cheapo.name = "-cheap, fast";
  cheapo.reasons = {Phrase{Message::reason_below_minimum, {"uptime_sla", "98.9", Phrase::Number{99.5, 6}}},
                    Phrase{Message::reason_above_maximum, {"price", "150", Phrase::Number{100, 6}}}};
  r.excluded = {cheapo};
  r.higher_is_better = true;
  r.additive = true;
  r.warnings = {Phrase{Message::warning_imputed, {"at", std::vector<std::string>{"price"}}}};
  return r;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// ---- JSON -------------------------------------------------------------------

TEST(ReportJson, FollowsTheResultContract) {
  const Result r = sample();
  const std::string text = render_ranking(r, Format::json, {});
  const auto j = nlohmann::json::parse(text);
  EXPECT_EQ(j.at("schema_version"), 1);
  EXPECT_EQ(j.at("tool").at("name"), "criterio");
  EXPECT_EQ(j.at("tool").at("version"), std::string(version()));
  EXPECT_EQ(j.at("method").at("name"), "wsm");
  EXPECT_EQ(j.at("method").at("params").at("normalization"), "max");

  ASSERT_EQ(j.at("criteria").size(), 2u);
  const auto& c0 = j.at("criteria")[0];
  EXPECT_EQ(c0.at("id"), "uptime_sla");
  EXPECT_EQ(c0.at("name"), "Uptime SLA");
  EXPECT_DOUBLE_EQ(c0.at("weight").get<double>(), 0.6);
  EXPECT_EQ(c0.at("direction"), "benefit");
  EXPECT_EQ(c0.at("path"), nlohmann::json({"policies", "uptime_sla"}));
  EXPECT_EQ(j.at("criteria")[1].at("direction"), "cost");

  const auto& ranking = j.at("ranking");
  ASSERT_EQ(ranking.size(), 4u);
  const auto& first = ranking[0];
  EXPECT_EQ(first.at("rank"), 1);
  EXPECT_EQ(first.at("id"), "nimbus");
  EXPECT_EQ(first.at("name"), "Nimbus | Cloud");
  EXPECT_DOUBLE_EQ(first.at("score").get<double>(), 0.95 * 0.6 + 0.6 * 0.4);
  ASSERT_EQ(first.at("contributions").size(), 2u);
  const auto& c = first.at("contributions")[0];
  EXPECT_EQ(c.at("criterion"), "uptime_sla");
  EXPECT_DOUBLE_EQ(c.at("value").get<double>(), 99.95);
  EXPECT_DOUBLE_EQ(c.at("utility").get<double>(), 0.95);
  EXPECT_DOUBLE_EQ(c.at("weight").get<double>(), 0.6);
  EXPECT_DOUBLE_EQ(c.at("contribution").get<double>(), 0.95 * 0.6);
  EXPECT_TRUE(first.at("missing").is_array());
  EXPECT_EQ(first.at("strengths"), nlohmann::json({"uptime_sla"}));
  EXPECT_EQ(first.at("weaknesses"), nlohmann::json({"price"}));
  EXPECT_TRUE(first.at("details").is_object());
  EXPECT_DOUBLE_EQ(first.at("details").at("s").get<double>(), 0.25);
  // Ties share a rank.
  EXPECT_EQ(ranking[1].at("rank"), 2);
  EXPECT_EQ(ranking[2].at("rank"), 2);
  EXPECT_EQ(ranking[3].at("rank"), 4);
  // A missing value is null and listed.
  EXPECT_TRUE(ranking[3].at("contributions")[1].at("value").is_null());
  EXPECT_EQ(ranking[3].at("missing"), nlohmann::json({"price"}));

  ASSERT_EQ(j.at("excluded").size(), 1u);
  EXPECT_EQ(j.at("excluded")[0].at("id"), "cheapo");
  EXPECT_EQ(j.at("excluded")[0].at("reasons"),
            nlohmann::json({"uptime_sla 98.9 < required 99.5", "price 150 > allowed 100"}));
  EXPECT_EQ(j.at("higher_is_better"), true);
  EXPECT_EQ(j.at("warnings").size(), 1u);
}

TEST(ReportJson, ValueKeepsItsType) {
  Result r = sample();
  r.ranking[0].contributions[0].value = true;
  r.ranking[0].contributions[1].value = std::string("phone");
  const auto j = nlohmann::json::parse(render_ranking(r, Format::json, {}));
  EXPECT_EQ(j["ranking"][0]["contributions"][0]["value"], true);
  EXPECT_EQ(j["ranking"][0]["contributions"][1]["value"], "phone");
}

TEST(ReportJson, SameInputSameBytes) {
  const Result r = sample();
  EXPECT_EQ(render_ranking(r, Format::json, {}), render_ranking(sample(), Format::json, {}));
}

TEST(ReportJson, TopLimitsTheRanking) {
  RenderOptions options;
  options.top = 2;
  const auto j = nlohmann::json::parse(render_ranking(sample(), Format::json, options));
  EXPECT_EQ(j.at("ranking").size(), 2u);
  EXPECT_EQ(j.at("excluded").size(), 1u);
}

TEST(ReportJson, EmptyRanking) {
  Result r = sample();
  r.ranking.clear();
  const auto j = nlohmann::json::parse(render_ranking(r, Format::json, {}));
  EXPECT_TRUE(j.at("ranking").is_array());
  EXPECT_TRUE(j.at("ranking").empty());
}

// ---- CSV --------------------------------------------------------------------

TEST(ReportCsv, ParsesBackWithQuotingAndLineEnds) {
  const std::string text = render_ranking(sample(), Format::csv, {});
  // RFC 4180 line ends.
  EXPECT_TRUE(text.ends_with("\r\n"));
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') {
      ASSERT_GT(i, 0u);
      // A bare LF may only appear inside a quoted field; our cells have none.
      EXPECT_EQ(text[i - 1], '\r') << "at byte " << i;
    }
  const CsvTable t = parse_csv(text, "out.csv");
  ASSERT_EQ(t.row_count(), 5u);  // 4 ranked + 1 excluded
  std::vector<std::string> header;
  for (std::size_t c = 0; c < t.column_count(); ++c) header.emplace_back(t.text(t.header(c)));
  ASSERT_GE(header.size(), 4u);
  EXPECT_EQ(header[0], "rank");
  EXPECT_EQ(header[1], "id");
  EXPECT_EQ(header[2], "name");
  EXPECT_EQ(header[3], "score");
  EXPECT_THAT(header, ::testing::Contains("uptime_sla"));
  EXPECT_THAT(header, ::testing::Contains("price"));

  EXPECT_EQ(t.text(t.cell(0, 1)), "nimbus");
  EXPECT_EQ(t.text(t.cell(0, 2)), "Nimbus | Cloud");
  EXPECT_EQ(t.text(t.cell(0, 0)), "1");
  // "@admin, "quoted"": a comma and quotes need quoting; '@' needs neutralising.
  EXPECT_EQ(t.text(t.cell(3, 2)), "'@admin, \"quoted\"");
  EXPECT_TRUE(t.cell(3, 2).quoted);
}

TEST(ReportCsv, NeutralisesFormulaInjection) {
  const std::string text = render_ranking(sample(), Format::csv, {});
  const CsvTable t = parse_csv(text, "out.csv");
  // Text that a spreadsheet would run as a formula starts with an apostrophe.
  EXPECT_EQ(t.text(t.cell(1, 2)), "'=HYPERLINK(\"http://x\")");
  EXPECT_EQ(t.text(t.cell(2, 2)), "'+1 hosting");
  EXPECT_EQ(t.text(t.cell(4, 2)), "'-cheap, fast");
  // Nothing that starts with = + - @ is left bare in any text cell.
  for (std::size_t r = 0; r < t.row_count(); ++r)
    for (std::size_t c = 0; c < t.column_count(); ++c) {
      const std::string_view cell = t.text(t.cell(r, c));
      if (cell.empty() || parse_number(cell).has_value()) continue;
      EXPECT_TRUE(cell.front() != '=' && cell.front() != '+' && cell.front() != '-' && cell.front() != '@')
          << "row " << r << " column " << c << ": " << cell;
    }
}

TEST(ReportCsv, NumbersAreLeftAsNumbers) {
  Result r = sample();
  r.ranking[3].score = -0.25;  // e.g. a net flow
  r.ranking[3].contributions[0].contribution = -0.125;
  const CsvTable t = parse_csv(render_ranking(r, Format::csv, {}), "out.csv");
  EXPECT_EQ(t.text(t.cell(3, 3)), "-0.25");
  bool found = false;
  for (std::size_t c = 4; c < t.column_count(); ++c)
    if (t.text(t.cell(3, c)) == "-0.125") found = true;
  EXPECT_TRUE(found) << "the negative contribution must be written as the number -0.125";
}

// ---- Markdown ---------------------------------------------------------------

// Splits a Markdown table row on unescaped pipes.
std::size_t unescaped_pipes(const std::string& line) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') {
      ++i;
      continue;
    }
    if (line[i] == '|') ++n;
  }
  return n;
}

TEST(ReportMarkdown, EscapesPipesInCells) {
  const std::string text = render_ranking(sample(), Format::markdown, {});
  EXPECT_THAT(text, HasSubstr("Nimbus \\| Cloud"));
  EXPECT_THAT(text, Not(HasSubstr("Nimbus | Cloud")));
  EXPECT_THAT(text, HasSubstr("Hosting \\| shortlist"));
  // Every table row has as many cell separators as the header row.
  std::size_t header_pipes = 0;
  int rows = 0;
  for (const auto& line : lines_of(text)) {
    if (!line.starts_with("|")) continue;
    if (header_pipes == 0) header_pipes = unescaped_pipes(line);
    EXPECT_EQ(unescaped_pipes(line), header_pipes) << line;
    ++rows;
  }
  EXPECT_EQ(rows, 2 + 4);  // header, separator, four providers
  EXPECT_THAT(text, HasSubstr("Excluded"));
  EXPECT_THAT(text, HasSubstr("cheapo"));
  EXPECT_THAT(text, HasSubstr("Warnings"));
}

TEST(ReportMarkdown, ShowsRanksAndScores) {
  const std::string text = render_ranking(sample(), Format::markdown, {});
  // 0.95 * 0.6 + 0.6 * 0.4 = 0.81
  EXPECT_THAT(text, HasSubstr("| 1 | Nimbus \\| Cloud | 0.8100 |"));
}

// ---- table ------------------------------------------------------------------

TEST(ReportTable, NoAnsiCodesWithoutColour) {
  RenderOptions options;
  options.color = false;
  const std::string text = render_ranking(sample(), Format::table, options);
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
  EXPECT_THAT(text, HasSubstr("Nimbus | Cloud"));
  EXPECT_THAT(text, HasSubstr("0.8100"));
  EXPECT_THAT(text, HasSubstr("cheapo"));
  EXPECT_THAT(text, HasSubstr("uptime_sla 98.9 < required 99.5"));
}

TEST(ReportTable, ControlCharactersFromInputDoNotReachTheTerminal) {
  // Names come from input files; JSON "\u001b" or YAML "\e" put an ESC in
  // them. Without colour the table must hold no escape sequence at all, or a
  // providers file could clear or retitle the user's terminal.
  Result r = sample();
  r.ranking[0].name = "Evil\x1b[2J\x1b]0;pwned\x07Corp";
  r.excluded[0].name = "Bad\x1b[31mName";
  r.warnings.push_back(Phrase{Message::warning_imputed, {"note about \x1b[1mbold\x1b[0m", std::vector<std::string>{"x"}}});
  RenderOptions options;
  options.color = false;
  const std::string text = render_ranking(r, Format::table, options);
  EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
  EXPECT_EQ(text.find('\x07'), std::string::npos) << text;
}

TEST(ReportTable, AnsiCodesWithColour) {
  RenderOptions options;
  options.color = true;
  const std::string text = render_ranking(sample(), Format::table, options);
  EXPECT_THAT(text, HasSubstr("\x1b["));
  EXPECT_THAT(text, HasSubstr("\x1b[0m"));
}

// The lines of the ranking table proper: from the column header to the first blank line.
std::vector<std::string> table_rows(const std::string& text) {
  std::vector<std::string> rows;
  bool in_table = false;
  for (const auto& line : lines_of(text)) {
    if (!in_table && line.find("Provider") != std::string::npos && line.find("Score") != std::string::npos)
      in_table = true;
    if (!in_table) continue;
    if (line.empty()) break;
    rows.push_back(line);
  }
  return rows;
}

TEST(ReportTable, FitsTheWidth) {
  for (int width : {60, 80, 100, 120}) {
    RenderOptions options;
    options.width = width;
    const std::string text = render_ranking(sample(), Format::table, options);
    const auto rows = table_rows(text);
    ASSERT_GE(rows.size(), 5u) << width << "\n" << text;  // header + 4 providers at least
    for (const auto& row : rows) EXPECT_LE(display_width(row), static_cast<std::size_t>(width)) << width << ": " << row;
    for (const char* name : {"Nimbus | Cloud", "+1 hosting", "@admin"}) EXPECT_THAT(text, HasSubstr(name)) << width;
  }
}

TEST(ReportTable, LongNamesAndFlagsStillFitEightyColumns) {
  Result r = sample();
  r.ranking[0].name = "Nimbus Managed Cloud Hosting International";  // 43 characters
  r.ranking[0].missing = {"price"};
  r.ranking[0].stale_evidence = {"uptime_sla"};
  r.ranking[1].name = "Ünïcödé Hosting GmbH & Co. KG";
  RenderOptions options;
  options.width = 80;
  const std::string text = render_ranking(r, Format::table, options);
  const auto rows = table_rows(text);
  ASSERT_GE(rows.size(), 5u) << text;
  for (const auto& row : rows) EXPECT_LE(display_width(row), 80u) << row;
  // A name cut to fit ends in an ellipsis.
  EXPECT_THAT(text, HasSubstr("…"));
  EXPECT_THAT(text, HasSubstr("1 missing, 1 stale"));
}

// Removes ANSI colour sequences and trailing blanks.
std::string plain_text(const std::string& line) {
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\x1b') {
      while (i < line.size() && line[i] != 'm') ++i;
      continue;
    }
    out += line[i];
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

TEST(ReportTable, ColourAddsOnlyEscapeCodes) {
  RenderOptions plain, colour;
  colour.color = true;
  const auto a = lines_of(render_ranking(sample(), Format::table, plain));
  const auto b = lines_of(render_ranking(sample(), Format::table, colour));
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(plain_text(a[i]), plain_text(b[i])) << i;
}

TEST(ReportTable, TopShowsHowManyMore) {
  RenderOptions options;
  options.top = 1;
  const std::string text = render_ranking(sample(), Format::table, options);
  EXPECT_THAT(text, HasSubstr("Nimbus"));
  EXPECT_THAT(text, Not(HasSubstr("+1 hosting")));
  EXPECT_THAT(text, HasSubstr("3 more"));
}

TEST(ReportFormat, Names) {
  EXPECT_EQ(parse_format("json"), Format::json);
  EXPECT_EQ(parse_format("md"), Format::markdown);
  EXPECT_EQ(parse_format("markdown"), Format::markdown);
  EXPECT_EQ(parse_format("csv"), Format::csv);
  EXPECT_EQ(parse_format("table"), Format::table);
  EXPECT_FALSE(parse_format("xml").has_value());
  EXPECT_EQ(to_string(Format::markdown), "markdown");
}

}  // namespace
}  // namespace criterio

namespace criterio {
namespace {

TEST(ReportTable, ProseWrapsToTheWidthAndKeepsEveryWord) {
  Result r = sample();
  r.warnings = {Phrase{Message::warning_imputed,
                      {"p1", std::vector<std::string>{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
                                                      "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho",
                                                      "sigma", "tau"}}}};
  RenderOptions options;
  options.width = 40;
  const std::string text = render_ranking(r, Format::table, options);
  std::string words;
  bool in_warnings = false;
  for (const auto& line : lines_of(text)) {
    if (line.find("Warnings") != std::string::npos) in_warnings = true;
    if (!in_warnings) continue;
    EXPECT_LE(display_width(line), 40u) << line;
    words += line + " ";
  }
  for (const char* word : {"alpha", "omicron", "tau"}) EXPECT_NE(words.find(word), std::string::npos) << words;
  EXPECT_NE(words.find("    "), std::string::npos) << "continuation lines are indented";
}

}  // namespace
}  // namespace criterio
