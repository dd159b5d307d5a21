#!/usr/bin/python3
"""The XLSX workbook (rank -f xlsx), read with openpyxl and recalculated in
LibreOffice after a weight is edited.

Checks the sheets, the formulas and their cached values against `rank -f
json`, text that looks like a formula kept as text, and the same bytes for
the same input. Then edits one local weight in two workbooks (a flat
spreadsheet-mode model, and a group of the hosting catalog's tree), has
LibreOffice recalculate both in one headless run, and compares the new scores
and ranks with what criterio gives for the edited weights.

Usage: recalc_test.py CRITERIO SOURCE_DIR. Needs Debian's python3-openpyxl and
LibreOffice (scripts/install-deps.sh); fails, never skips, without them.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

CRITERIO, SOURCE = sys.argv[1], sys.argv[2]
SUPPLIERS = os.path.join(SOURCE, "examples/spreadsheet/suppliers.csv")
HOSTING = os.path.join(SOURCE, "examples/hosting/providers.yaml")
SPREADSHEET_ARGS = ["--directions", "+,+,-,+", "--as-of", "2026-11-01"]
FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL: " + message, file=sys.stderr)


def criterio(*args):
    run = subprocess.run([CRITERIO, *args], capture_output=True, cwd=SOURCE)
    if run.returncode != 0:
        sys.exit(f"criterio {' '.join(args)} failed ({run.returncode}): {run.stderr.decode()}")
    return run.stdout


def ranking_json(*args):
    return {p["id"]: p for p in json.loads(criterio("rank", *args, "-f", "json"))["ranking"]}


def ranked_rows(sheet):
    """Rows of the Ranking sheet up to the first blank one: id -> (rank, score)."""
    rows = {}
    for rank, ident, _name, score, _status in sheet.iter_rows(min_row=2, max_col=5, values_only=True):
        if ident is None:
            break
        rows[ident] = (rank, score)
    return rows


def weight_row(book, criterion):
    for row in book["Weights"].iter_rows(min_row=2):
        if row[0].value == criterion:
            return row[0].row
    sys.exit(f"no row for {criterion} on the Weights sheet")


def check_cached(path, expected, what):
    """The cached values openpyxl reads (no recalculation) are criterio's."""
    rows = ranked_rows(openpyxl.load_workbook(path, data_only=True)["Ranking"])
    check(set(rows) == set(expected), f"{what}: ranked ids {sorted(rows)} != {sorted(expected)}")
    for ident, p in expected.items():
        rank, score = rows.get(ident, (None, None))
        check(score is not None and abs(score - p["score"]) < 1e-12, f"{what}: {ident} cached score {score} != {p['score']}")
        check(rank == p["rank"], f"{what}: {ident} cached rank {rank} != {p['rank']}")


def check_structure(path, expected):
    book = openpyxl.load_workbook(path)
    check(book.sheetnames == ["Ranking", "Breakdown", "Weights"], f"sheets: {book.sheetnames}")
    ranking = book["Ranking"]
    check(ranking.freeze_panes == "A2", f"Ranking frozen at {ranking.freeze_panes}")
    check(book["Breakdown"].freeze_panes == "C4", f"Breakdown frozen at {book['Breakdown'].freeze_panes}")
    for row in ranking.iter_rows(min_row=2, max_row=1 + len(expected), max_col=4):
        check(str(row[3].value).startswith("=SUMPRODUCT(Breakdown!"), f"score cell {row[3].coordinate}: {row[3].value}")
        check(str(row[0].value).startswith("=1+SUMPRODUCT("), f"rank cell {row[0].coordinate}: {row[0].value}")
    contribution = book["Breakdown"].cell(row=4, column=3 + len(book["Breakdown"][2]) // 2 - 1).value
    check(str(contribution).startswith("=C$3*C4/SUM("), f"contribution cell: {contribution}")
    weights = book["Weights"]
    for row in weights.iter_rows(min_row=2, max_col=7):
        if row[0].value is None:
            break
        check(isinstance(row[4].value, float), f"local weight {row[4].coordinate} is a number: {row[4].value!r}")
        check(str(row[5].value).startswith("=E") and "SUMIF(" in str(row[5].value), f"normalised {row[5].coordinate}")
        check(str(row[6].value).startswith("=F"), f"global weight {row[6].coordinate}: {row[6].value}")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        check("xl/charts/chart1.xml" in names, f"no chart in {names}")
        chart = archive.read("xl/charts/chart1.xml").decode()
        check("Ranking!$D$2" in chart, "the chart plots the scores")
        core = archive.read("docProps/core.xml").decode()
        check("2026-11-01T00:00:00Z" in core, "created is the as-of date: " + core)


def check_excluded_and_text(workdir):
    """Excluded providers with reasons; names that look like formulas stay text."""
    book = openpyxl.load_workbook(os.path.join(workdir, "hosting.xlsx"))
    statuses = [row[4] for row in book["Ranking"].iter_rows(values_only=True, max_col=5)]
    check(any(str(s).startswith("excluded: uptime_sla") for s in statuses), "cheapo listed as excluded with its reason")
    hostile = os.path.join(workdir, "hostile.csv")
    with open(hostile, "w") as f:
        f.write("id,name,price\nplain,=1+1,10\nat,@SUM(A1),13\ncmd,+cmd|' /C calc'!A0,12\nminus,-2+3,11\n")
    out = os.path.join(workdir, "hostile.xlsx")
    criterio("rank", hostile, "--weights", "1", "--directions", "-", "--as-of", "2026-11-01", "-f", "xlsx", "-o", out)
    sheet = openpyxl.load_workbook(out)["Ranking"]
    texts = {cell.value: cell.data_type for row in sheet.iter_rows(min_row=2, max_row=5, min_col=3, max_col=3) for cell in row}
    for value in ["=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3"]:
        check(texts.get(value) == "s", f"{value!r} is a text cell: {texts}")


def check_values_for_other_methods(workdir):
    """TOPSIS is not a weighted sum: its scores are values, and a note says why."""
    path = os.path.join(workdir, "topsis.xlsx")
    criterio("rank", HOSTING, "-m", "topsis", "-f", "xlsx", "-o", path)
    expected = ranking_json(HOSTING, "-m", "topsis")
    check_cached(path, expected, "topsis")
    sheet = openpyxl.load_workbook(path)["Ranking"]
    for row in sheet.iter_rows(min_row=2, max_row=1 + len(expected), max_col=4):
        check(isinstance(row[3].value, float) and isinstance(row[0].value, int),
              f"topsis: {row[3].coordinate} and {row[0].coordinate} are values: {row[3].value!r} {row[0].value!r}")
    notes = [row[0] for row in sheet.iter_rows(values_only=True, max_col=1)]
    check(any(str(n).startswith("Scores are values") for n in notes), "topsis: a note says the scores are values")


def check_spanish(workdir):
    """--lang es: the same sheets, headers, figures and formulas; headings and notes in Spanish."""
    path = os.path.join(workdir, "hosting-es.xlsx")
    criterio("--lang", "es", "rank", HOSTING, "-f", "xlsx", "-o", path)
    check_cached(path, ranking_json(HOSTING), "spanish")
    book = openpyxl.load_workbook(path)
    check(book.sheetnames == ["Ranking", "Breakdown", "Weights"], f"spanish: sheet names {book.sheetnames}")
    sheet = book["Ranking"]
    check([c.value for c in sheet[1][:5]] == ["rank", "id", "name", "score", "status"], "spanish: the column headers stay English")
    check(str(sheet["D2"].value).startswith("="), "spanish: scores are formulas")
    texts = [str(row[0]) for row in sheet.iter_rows(values_only=True, max_col=1)]
    check("Notas" in texts and "Excluidos" in texts, "spanish: the headings are Spanish")
    check(any(t.startswith("Las puntuaciones son fórmulas") for t in texts), "spanish: the notes are Spanish")
    check(not any(t.startswith("Scores are") for t in texts), "spanish: no English note left")


def recalculate(paths, workdir):
    """LibreOffice headless, a fresh profile set to recalculate on load: each
    workbook converted to xlsx in `workdir/out`, with new cached values."""
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if not office:
        sys.exit("LibreOffice is not installed (scripts/install-deps.sh installs libreoffice-calc-nogui)")
    profile = os.path.join(workdir, "profile")
    os.makedirs(os.path.join(profile, "user"))
    # Always recalculate OOXML files on load (0), whatever they cache.
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
                '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n'
                '</oor:items>\n')
    out = os.path.join(workdir, "out")
    run = subprocess.run([office, "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
                          "--convert-to", "xlsx", "--outdir", out, *paths],
                         capture_output=True, timeout=240)
    results = [os.path.join(out, os.path.basename(p)) for p in paths]
    if run.returncode != 0 or not all(os.path.exists(r) for r in results):
        sys.exit(f"LibreOffice failed ({run.returncode}): {run.stdout.decode()} {run.stderr.decode()}")
    return results


def check_recalculated(path, expected, before, what):
    rows = ranked_rows(openpyxl.load_workbook(path, data_only=True)["Ranking"])
    for ident, p in expected.items():
        rank, score = rows.get(ident, (None, None))
        check(score is not None and abs(score - p["score"]) < 1e-9,
              f"{what}: {ident} recalculated score {score} != criterio's {p['score']}")
        check(rank == p["rank"], f"{what}: {ident} recalculated rank {rank} != criterio's {p['rank']}")
    moved = [i for i in expected if expected[i]["rank"] != before[i]["rank"]]
    check(moved, f"{what}: the edit was meant to change the ranking")


def edit_weight(source, target, criterion, value):
    book = openpyxl.load_workbook(source)
    row = weight_row(book, criterion)
    book["Weights"][f"E{row}"].value = value
    book.save(target)


def main():
    workdir = tempfile.mkdtemp(prefix="criterio-xlsx-")
    try:
        # The flat model of spreadsheet mode.
        suppliers = os.path.join(workdir, "suppliers.xlsx")
        criterio("rank", SUPPLIERS, "--weights", "0.4,0.2,0.3,0.1", *SPREADSHEET_ARGS, "-f", "xlsx", "-o", suppliers)
        suppliers_before = ranking_json(SUPPLIERS, "--weights", "0.4,0.2,0.3,0.1", *SPREADSHEET_ARGS)
        check_cached(suppliers, suppliers_before, "suppliers")
        check_structure(suppliers, suppliers_before)

        # The hosting catalog's weight tree, one excluded provider.
        hosting = os.path.join(workdir, "hosting.xlsx")
        criterio("rank", HOSTING, "-f", "xlsx", "-o", hosting)
        hosting_before = ranking_json(HOSTING)
        check_cached(hosting, hosting_before, "hosting")
        check(criterio("rank", HOSTING, "-f", "xlsx") == open(hosting, "rb").read(), "the same input gives the same bytes")
        check_excluded_and_text(workdir)
        check_values_for_other_methods(workdir)
        check_spanish(workdir)

        # Edited weights: unit_price 0.3 -> 0.9 (the weights no longer sum to
        # 1: the sheet divides by their sum, as criterio does with --weights);
        # the soft_skills group 14 -> 50 of 100 (its local weight 0.14 -> 0.5).
        edited_suppliers = os.path.join(workdir, "edited", "suppliers.xlsx")
        edited_hosting = os.path.join(workdir, "edited", "hosting.xlsx")
        os.makedirs(os.path.dirname(edited_suppliers))
        edit_weight(suppliers, edited_suppliers, "unit_price", 0.9)
        edit_weight(hosting, edited_hosting, "soft_skills", 0.5)
        criteria = open(os.path.join(SOURCE, "criteria/hosting.yaml")).read()
        edited_criteria, count = re.subn(r"(- id: soft_skills\n(?:    .*\n)*?    weight: )14\n", r"\g<1>50\n", criteria)
        check(count == 1, "the soft_skills weight found in criteria/hosting.yaml")
        criteria_file = os.path.join(workdir, "hosting-criteria.yaml")
        open(criteria_file, "w").write(edited_criteria)

        results = recalculate([edited_suppliers, edited_hosting], workdir)
        check_recalculated(results[0], ranking_json(SUPPLIERS, "--weights", "0.4,0.2,0.9,0.1", *SPREADSHEET_ARGS),
                           suppliers_before, "suppliers")
        check_recalculated(results[1], ranking_json(HOSTING, "-c", criteria_file), hosting_before, "hosting")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if FAILURES:
        sys.exit(f"{len(FAILURES)} failures")
    print("xlsx recalculation: all checks passed")


main()
