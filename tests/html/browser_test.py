#!/usr/bin/env python3
"""The HTML report in a real browser (headless Chromium).

Renders the examples' rankings (plain, --robustness) and a sensitivity report
to HTML, opens each in Chromium and checks:
  - the DOM after load has a row per ranked provider, a bar per provider, a
    segment per non-zero contribution and a heat map cell per provider and
    criterion, counted against the same run's JSON (not hard-coded);
  - the console reports no Content-Security-Policy violation; a copy with a
    tampered stylesheet must report one, so the check is known to see them;
  - a screenshot (PNG) and a print to PDF come out and are not trivially small.

Usage: browser_test.py CRITERIO SOURCE_DIR OUTPUT_DIR
Fails (never skips) when Chromium is missing: scripts/install-deps.sh installs it.
"""

import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

BROWSERS = ("chromium", "chromium-headless-shell", "chromium-browser")
CSP_MARKERS = ("Content Security Policy", "Refused to")
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message)


def find_browser():
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    print("FAIL: no headless Chromium found (" + ", ".join(BROWSERS) + "); run scripts/install-deps.sh")
    sys.exit(1)


class Counter(html.parser.HTMLParser):
    """Counts the marks the checks need in a DOM dump."""

    def __init__(self):
        super().__init__()
        self.section = None
        self.tables = []  # class of each open table
        self.in_tbody = False
        self.ranking_rows = 0
        self.bars = {}      # section id -> <svg class="bar"> count
        self.segments = {}  # section id -> <rect class="seg"> count
        self.heat_cells = 0
        self.scripts = 0
        self.style_attributes = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if "style" in a:
            self.style_attributes += 1
        if tag == "script":
            self.scripts += 1
        if tag == "section":
            self.section = a.get("id")
        elif tag == "table":
            self.tables.append(classes)
        elif tag == "tbody":
            self.in_tbody = True
        elif tag == "tr" and self.in_tbody and self.tables and "ranking" in self.tables[-1]:
            self.ranking_rows += 1
        elif tag == "svg" and "bar" in classes:
            self.bars[self.section] = self.bars.get(self.section, 0) + 1
        elif tag == "rect" and "seg" in classes:
            self.segments[self.section] = self.segments.get(self.section, 0) + 1
        elif tag == "td" and "h" in classes and self.tables and "heat" in self.tables[-1]:
            self.heat_cells += 1

    def handle_endtag(self, tag):
        if tag == "table" and self.tables:
            self.tables.pop()
        elif tag == "tbody":
            self.in_tbody = False
        elif tag == "section":
            self.section = None


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, timeout=300, **kwargs)


def chromium(browser, profile, *arguments):
    """Runs headless Chromium with a fresh profile; returns (stdout, stderr)."""
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--user-data-dir=" + tempfile.mkdtemp(dir=profile), "--enable-logging=stderr", "--v=0",
               *arguments]
    result = run(command)
    return result.stdout, result.stderr


def csp_lines(log):
    return [line for line in log.splitlines() if any(marker in line for marker in CSP_MARKERS)]


def open_page(browser, profile, path):
    dom, log = chromium(browser, profile, "--dump-dom", "file://" + path)
    counter = Counter()
    counter.feed(dom)
    return dom, log, counter


def check_output_files(browser, profile, page, out_dir, name):
    png = os.path.join(out_dir, name + ".png")
    pdf = os.path.join(out_dir, name + ".pdf")
    for path in (png, pdf):
        if os.path.exists(path):
            os.remove(path)
    chromium(browser, profile, "--screenshot=" + png, "--window-size=1280,2000", "--hide-scrollbars", "file://" + page)
    chromium(browser, profile, "--print-to-pdf=" + pdf, "--no-pdf-header-footer", "file://" + page)
    for path, magic, least in ((png, b"\x89PNG", 20_000), (pdf, b"%PDF", 10_000)):
        ok = os.path.exists(path)
        check(ok, name + ": " + path + " was not written")
        if ok:
            with open(path, "rb") as f:
                head = f.read(4)
            check(head == magic, name + ": " + path + " is not a " + magic.decode("latin-1").strip("\x89%"))
            check(os.path.getsize(path) >= least,
                  name + ": " + path + " is only " + str(os.path.getsize(path)) + " bytes")


def render(criterio, source, out_dir, name, arguments):
    """Writes NAME.html and returns the same run's JSON."""
    page = os.path.join(out_dir, name + ".html")
    result = run([criterio, *arguments, "-f", "html", "-o", page], cwd=source)
    check(result.returncode == 0, name + ": criterio exited " + str(result.returncode) + ": " + result.stderr)
    as_json = run([criterio, *arguments, "-f", "json"], cwd=source)
    check(as_json.returncode == 0, name + ": -f json exited " + str(as_json.returncode))
    return page, json.loads(as_json.stdout)


def check_ranking_page(browser, profile, page, data, name):
    _, log, dom = open_page(browser, profile, page)
    ranking = data["ranking"]
    criteria = data["criteria"]
    check(len(ranking) > 1, name + ": the example ranks fewer than two providers")
    check(dom.ranking_rows == len(ranking),
          f"{name}: {dom.ranking_rows} ranking rows in the DOM, {len(ranking)} ranked providers")
    check(dom.bars.get("contributions", 0) == len(ranking),
          f"{name}: {dom.bars.get('contributions', 0)} contribution bars, {len(ranking)} ranked providers")
    non_zero = sum(1 for p in ranking for c in p["contributions"] if c["contribution"] != 0)
    check(dom.segments.get("contributions", 0) == non_zero,
          f"{name}: {dom.segments.get('contributions', 0)} bar segments, {non_zero} non-zero contributions")
    check(dom.heat_cells == len(ranking) * len(criteria),
          f"{name}: {dom.heat_cells} heat map cells, {len(ranking)} × {len(criteria)} expected")
    check(dom.scripts == 0 and dom.style_attributes == 0, name + ": a script or a style attribute in the DOM")
    check(not csp_lines(log), name + ": the policy blocked something:\n" + "\n".join(csp_lines(log)))
    return dom


def check_robustness(dom, data, name):
    smaa = data["robustness"]["smaa"] if "robustness" in data else data["smaa"]
    providers = smaa["providers"]
    ranks = len(providers[0]["acceptability"])
    non_zero = sum(1 for p in providers for share in p["acceptability"] if share != 0)
    check(dom.bars.get("robustness", 0) == len(providers),
          f"{name}: {dom.bars.get('robustness', 0)} acceptability bars, {len(providers)} providers")
    check(dom.segments.get("robustness", 0) == non_zero,
          f"{name}: {dom.segments.get('robustness', 0)} acceptability segments, {non_zero} non-zero shares "
          f"of {ranks} ranks")


def check_policy_is_watched(browser, profile, page, out_dir):
    """A stylesheet that no longer matches its hash must be reported blocked."""
    with open(page, encoding="utf-8") as f:
        text = f.read()
    tampered = os.path.join(out_dir, "tampered.html")
    with open(tampered, "w", encoding="utf-8") as f:
        f.write(text.replace("<style>", "<style>body{color:red}", 1))
    _, log, _ = open_page(browser, profile, tampered)
    check(csp_lines(log), "a tampered stylesheet was not reported: the policy check would not see a violation")


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    criterio, source, out_dir = (os.path.abspath(a) for a in sys.argv[1:])
    os.makedirs(out_dir, exist_ok=True)
    browser = find_browser()
    profile = tempfile.mkdtemp(prefix="criterio-chromium-")
    try:
        hosting = "examples/hosting/providers.yaml"
        page, data = render(criterio, source, out_dir, "rank", ["rank", hosting])
        check_ranking_page(browser, profile, page, data, "rank")
        check_output_files(browser, profile, page, out_dir, "rank")
        check_policy_is_watched(browser, profile, page, out_dir)

        robust = ["rank", hosting, "--robustness", "--samples", "2000"]
        page, data = render(criterio, source, out_dir, "rank-robustness", robust)
        dom = check_ranking_page(browser, profile, page, data, "rank-robustness")
        check_robustness(dom, data, "rank-robustness")
        check_output_files(browser, profile, page, out_dir, "rank-robustness")

        sensitivity = ["sensitivity", "examples/sensitivity/vendors.csv", "--directions", "-,+,+", "--weights",
                       "0.4,0.35,0.25", "-m", "topsis", "--samples", "2000"]
        page, data = render(criterio, source, out_dir, "sensitivity", sensitivity)
        _, log, dom = open_page(browser, profile, page)
        check(dom.ranking_rows == len(data["ranking"]),
              f"sensitivity: {dom.ranking_rows} ranking rows, {len(data['ranking'])} providers")
        check_robustness(dom, data, "sensitivity")
        check(not csp_lines(log), "sensitivity: the policy blocked something:\n" + "\n".join(csp_lines(log)))
        check_output_files(browser, profile, page, out_dir, "sensitivity")
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("HTML reports checked in " + browser + "; screenshots and PDFs in " + out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
