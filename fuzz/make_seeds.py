#!/usr/bin/env python3
"""Writes fuzz/corpus-seed/<harness>/ from the examples, the test data and the
built-in catalogs. Run from the source directory after adding examples; the
seeds are committed so that FuzzRegressions replays them.

rank_pipeline seeds follow fuzz/targets.hpp: a method byte, a format byte,
then CRITERIA "\\n%%\\n" PROVIDERS (or PROVIDERS alone for spreadsheet CSVs).
"""
import json
import os
import pathlib
import re
import shutil

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "fuzz" / "corpus-seed"
MAX = 65536
FORMATS = {".yaml": 0, ".yml": 0, ".json": 1, ".csv": 2}
METHODS = 32  # more than there are methods: wraps around, 0 is the model's own


def seed_name(path):
    return re.sub(r"[^A-Za-z0-9_.-]", "_", str(path.relative_to(ROOT)))


def write(harness, name, data):
    if len(data) > MAX:
        return
    (OUT / harness).mkdir(parents=True, exist_ok=True)
    (OUT / harness / name).write_bytes(data)


def sources():
    for top in ("examples", "tests/data", "criteria", "templates"):
        for path in sorted((ROOT / top).rglob("*")):
            if path.suffix in FORMATS and path.is_file():
                yield path


def load_yaml(data):
    try:
        return yaml.safe_load(data)
    except yaml.YAMLError:
        return None


def criteria_text(path, doc):
    """The criteria a providers file names, when it is a file next to it."""
    reference = doc.get("criteria") if isinstance(doc, dict) else None
    if not isinstance(reference, str):
        return None
    target = path.parent / reference
    return target.read_bytes() if target.is_file() else None


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    for index, path in enumerate(sources()):
        data = path.read_bytes()
        name = seed_name(path)
        if path.suffix == ".csv":
            write("providers_csv", name, data)
            write("rank_pipeline", name, bytes([index % METHODS, FORMATS[".csv"]]) + data)
            continue
        doc = load_yaml(data)
        is_providers = isinstance(doc, dict) and "providers" in doc
        if path.suffix == ".json":
            write("providers_json", name, data)
        elif is_providers:
            write("providers_yaml", name, data)
            try:
                write("providers_json", name + ".json", json.dumps(doc, default=str).encode())
            except (TypeError, ValueError):
                pass
        else:
            write("criteria_yaml", name, data)
            if isinstance(doc, dict) and isinstance(doc.get("weighting"), dict):
                ahp_seed(name, doc)
        criteria = criteria_text(path, doc) if is_providers else None
        if is_providers and criteria is None and isinstance(doc.get("criteria"), str):
            # A built-in catalog named by the file itself.
            write("rank_pipeline", name + ".own", bytes([index % METHODS, FORMATS[path.suffix]]) + data)
        if criteria is not None:
            write("rank_pipeline", name,
                  bytes([index % METHODS, FORMATS[path.suffix]]) + criteria + b"\n%%\n" + data)


def ahp_seed(name, doc):
    """The top-level weighting of a model, renamed to the harness' ids a, b, c, ..."""
    weighting = doc["weighting"]
    children = [c.get("id") for c in doc.get("criteria", []) if isinstance(c, dict)]
    if weighting.get("method") != "ahp" or not 2 <= len(children) <= 9:
        return
    ids = {old: chr(ord("a") + i) for i, old in enumerate(children)}
    body = {k: v for k, v in weighting.items() if k not in ("method", "priorities")}
    text = yaml.safe_dump(body, default_flow_style=None)
    for old, new in ids.items():
        text = re.sub(r"\b%s\b" % re.escape(str(old)), new, text)
    indented = "".join("  " + line + "\n" for line in text.splitlines())
    control = (len(children) - 2) | (0x80 if weighting.get("priorities") == "geometric-mean" else 0)
    write("ahp_matrix", name, bytes([control]) + indented.encode())


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
