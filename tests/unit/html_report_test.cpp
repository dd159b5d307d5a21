// The HTML report on hand-built Results: escaping, structure (rows, bar
// segments, heat map cells), no script and no style attributes, the policy's
// hash of the stylesheet, determinism. SHA-256 is checked against FIPS 180-2's
// published vectors first, so that the policy check rests on a known-good hash.

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "criterio/report.hpp"
#include "report/html_page.hpp"
#include "report/sha256.hpp"
#include "unit/test_support.hpp"
#include "text/messages.hpp"

namespace criterio {
namespace {

using report::base64;
using report::sha256;
using report::to_hex;

std::size_t count(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + needle.size())) ++n;
  return n;
}

// FIPS 180-2, appendix B.
TEST(Sha256, PublishedVectors) {
  EXPECT_EQ(to_hex(sha256("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(to_hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(to_hex(sha256(std::string(1'000'000, 'a'))),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  EXPECT_EQ(to_hex(sha256("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

// Lengths around the padding boundary (55, 56, 63, 64 bytes), against
// published digests of the same strings (as `sha256sum` gives them).
TEST(Sha256, PaddingBoundaries) {
  EXPECT_EQ(to_hex(sha256(std::string(55, 'a'))), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  EXPECT_EQ(to_hex(sha256(std::string(56, 'a'))), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  EXPECT_EQ(to_hex(sha256(std::string(64, 'a'))), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST(Sha256, Base64OfADigest) {
  // RFC 4648 alphabet; the SHA-256 of "abc" in Base64 as CSP would name it.
  EXPECT_EQ(base64(sha256("abc")), "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
}

Criterion criterion(std::string id, std::string name, double weight) {
  Criterion c;
  c.id = std::move(id);
  c.name = std::move(name);
  c.weight = weight;
  return c;
}

Contribution part(std::string id, double utility, double weight) {
  Contribution c;
  c.criterion = std::move(id);
  c.value = utility;
  c.display = "shown";
  c.utility = utility;
  c.weight = weight;
  c.contribution = utility * weight;
  return c;
}

RankedProvider provider(int rank, std::string id, std::string name, double a, double b, double c) {
  RankedProvider p;
  p.rank = rank;
  p.id = std::move(id);
  p.name = std::move(name);
  p.contributions = {part("uptime", a, 0.5), part("price", b, 0.3), part("support", c, 0.2)};
  for (const auto& x : p.contributions) p.score += x.contribution;
  return p;
}

// Three ranked providers with hostile names, one zero contribution, one
// excluded provider, evidence (one stale) and a warning.
Result hostile_result() {
  Result r;
  r.title = "Hosting <script>alert(1)</script> & \"friends\"";
  r.method = "wsm";
  r.as_of = *Date::parse("2026-11-01");
  r.additive = true;
  r.contribution_meaning = Phrase{Message::m_wsm, {}};
  r.criteria = {criterion("uptime", "Uptime <b>SLA</b>", 0.5), criterion("price", "Price 'monthly'", 0.3),
                criterion("support", "Support & care", 0.2)};
  r.ranking = {provider(1, "nimbus", "<script>alert('x')</script>", 1.0, 0.5, 0.8),
               provider(2, "harbor", "Harbor \"Cloud\" & Co", 0.6, 0.0, 1.0),
               provider(3, "acme", "Acme's", 0.2, 1.0, 0.1)};
  r.ranking[0].contributions[0].evidence = Evidence{"status page <live>", "", Date::parse("2026-10-01"), {}};
  r.ranking[1].contributions[2].evidence = Evidence{"old audit", "", Date::parse("2024-01-01"), {}};
  r.ranking[1].contributions[2].stale_evidence = true;
  r.ranking[1].stale_evidence = {"support"};
  r.excluded = {ExcludedProvider{"bad", "Bad <img src=x>", {Phrase{Message::reason_below_minimum, {"uptime", "90 %", Phrase::Number{99, 6}}}}, {"uptime"}, {}}};
  r.warnings = {Phrase{Message::warning_imputed, {"a <warning> & more", std::vector<std::string>{"price"}}}};
  r.weights.root.name = "Hosting";
  WeightNode leaf;
  leaf.id = "uptime";
  leaf.name = "Uptime <b>SLA</b>";
  leaf.local = leaf.global = 1;
  r.weights.root.children = {leaf};
  return r;
}

std::string render(const Result& r) { return render_ranking(r, Format::html, RenderOptions{}); }

TEST(HtmlReport, ParsesAndNamesTheFormat) {
  EXPECT_EQ(parse_format("html"), Format::html);
  EXPECT_EQ(to_string(Format::html), "html");
}

TEST(HtmlReport, EscapesEveryPieceOfInput) {
  EXPECT_EQ(report::html::escape("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  const std::string page = render(hostile_result());
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("<img"), std::string::npos);
  EXPECT_EQ(page.find("<b>"), std::string::npos);
  EXPECT_EQ(page.find("<live>"), std::string::npos);
  EXPECT_EQ(page.find("<warning>"), std::string::npos);
  EXPECT_TRUE(testing::contains(page, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
  EXPECT_TRUE(testing::contains(page, "Harbor &quot;Cloud&quot; &amp; Co"));
  EXPECT_TRUE(testing::contains(page, "Bad &lt;img src=x&gt;"));
}

TEST(HtmlReport, NoScriptNoStyleAttributes) {
  const std::string page = render(hostile_result());
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("javascript:"), std::string::npos);
  EXPECT_FALSE(std::regex_search(page, std::regex(R"(\son[a-z]+=)")));  // no event handlers
  EXPECT_FALSE(std::regex_search(page, std::regex(R"(\sstyle=)")));
  EXPECT_EQ(count(page, "<style>"), 1u);
}

TEST(HtmlReport, PolicyNamesTheStylesheetByItsHash) {
  const std::string page = render(hostile_result());
  const auto open = page.find("<style>") + 7;
  const std::string style = page.substr(open, page.find("</style>") - open);
  EXPECT_EQ(style, report::html::stylesheet());
  const std::string policy = "default-src 'none'; style-src 'sha256-" + base64(sha256(style)) + "';";
  EXPECT_TRUE(testing::contains(page, "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy));
  // The policy comes before the stylesheet it allows.
  EXPECT_LT(page.find("Content-Security-Policy"), page.find("<style>"));
}

TEST(HtmlReport, OneRowPerRankedProviderAndOneSegmentPerNonZeroContribution) {
  const Result r = hostile_result();
  const std::string page = render(r);
  const auto ranking = page.substr(page.find("<table class=\"ranking\">"));
  EXPECT_EQ(count(ranking.substr(0, ranking.find("</table>")), "<tr>"), r.ranking.size() + 1);  // + the header
  std::size_t non_zero = 0;
  for (const auto& p : r.ranking)
    for (const auto& c : p.contributions) non_zero += c.contribution != 0;
  EXPECT_EQ(non_zero, 8u);  // harbor's price is zero
  const auto bars = page.substr(page.find("id=\"contributions\""), page.find("id=\"utilities\"") - page.find("id=\"contributions\""));
  EXPECT_EQ(count(bars, "<rect class=\"seg\""), non_zero);
  EXPECT_EQ(count(bars, "<svg class=\"bar\""), r.ranking.size());
}

TEST(HtmlReport, HeatMapHasACellPerProviderAndCriterion) {
  const Result r = hostile_result();
  const std::string page = render(r);
  EXPECT_EQ(count(page, "<td class=\"h h"), r.ranking.size() * r.criteria.size());
  EXPECT_TRUE(testing::contains(page, "<td class=\"h h9\""));  // utility 1.0
  EXPECT_TRUE(testing::contains(page, "<td class=\"h h0\""));  // utility 0.0
}

TEST(HtmlReport, ExcludedEvidenceWeightsAndWarnings) {
  const std::string page = render(hostile_result());
  EXPECT_TRUE(testing::contains(page, "uptime 90 % &lt; required 99"));
  EXPECT_TRUE(testing::contains(page, "2026-10-01"));
  EXPECT_EQ(count(page, "<span class=\"flag stale\">stale</span>"), 1u);
  EXPECT_TRUE(testing::contains(page, "id=\"weights\""));
  EXPECT_TRUE(testing::contains(page, "a &lt;warning&gt; &amp; more"));
}

TEST(HtmlReport, NegativeContributionsGoLeftOfTheAxis) {
  Result r = hostile_result();
  r.ranking[2].contributions[1].contribution = -0.25;
  const std::string page = render(r);
  EXPECT_TRUE(testing::contains(page, "are negative"));
  EXPECT_TRUE(testing::contains(page, "<line x1="));
}

TEST(HtmlReport, NonAdditiveMethodsSaySo) {
  Result r = hostile_result();
  r.additive = false;
  r.contribution_meaning = Phrase{Message::m_topsis, {}};
  const std::string page = render(r);
  EXPECT_TRUE(testing::contains(page, "do not add up to the score"));
  EXPECT_TRUE(testing::contains(page, "distances from the anti-ideal"));
}

// Every chart is sized by the stylesheet (an unsized inline SVG fills its cell).
TEST(HtmlReport, EverySvgHasAClass) {
  const Result r = hostile_result();
  for (const std::string& page : {render(r), render_explanation(r, r.ranking[0], Format::html, RenderOptions{})}) {
    EXPECT_GT(count(page, "<svg "), 0u);
    EXPECT_EQ(count(page, "<svg "), count(page, "<svg class=\""));
  }
}

TEST(HtmlReport, TheSameResultGivesTheSameBytes) {
  EXPECT_EQ(render(hostile_result()), render(hostile_result()));
}

TEST(HtmlReport, TopLimitsTheRows) {
  RenderOptions options;
  options.top = 1;
  const std::string page = render_ranking(hostile_result(), Format::html, options);
  EXPECT_EQ(count(page, "<svg class=\"bar\""), 1u);
  EXPECT_TRUE(testing::contains(page, "The first 1 of 3 ranked providers"));
}

TEST(HtmlReport, FormatsWithoutAPageAreUsageErrors) {
  const Result r = hostile_result();
  Comparison comparison;
  comparison.a = "nimbus";
  comparison.b = "harbor";
  const Diagnostic d = testing::expect_error([&] { render_comparison(r, comparison, Format::html, RenderOptions{}); },
                                             ExitCode::usage);
  EXPECT_TRUE(testing::contains(d.message, "-f html is for rank, sensitivity, explain"));
}

TEST(HtmlReport, ExplanationShowsOneProvider) {
  const Result r = hostile_result();
  const std::string page = render_explanation(r, r.ranking[1], Format::html, RenderOptions{});
  EXPECT_TRUE(testing::contains(page, "Harbor &quot;Cloud&quot; &amp; Co: rank 2 of 3"));
  EXPECT_EQ(count(page, "<rect class=\"seg\""), 2u);
  EXPECT_EQ(page.find("<script"), std::string::npos);
}

}  // namespace
}  // namespace criterio
