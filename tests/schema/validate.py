#!/usr/bin/env python3
"""Checks criterio's JSON Schemas against the files and outputs they describe.

Usage: validate.py CRITERIO_BINARY SOURCE_DIR

- every schema is a valid draft-07 schema, and the enums it copies from the
  registries (methods, weighting methods) match `criterio catalog -f json`;
- every criteria and providers YAML file under examples/, criteria/ and
  templates/ (and every examples/**/*.json) validates, and names its schema
  in its first line;
- every JSON document the binary prints on the examples validates against
  result.schema.json (the catalog listing against its definition);
- known-bad documents (an unknown key, a wrong type, ...) fail.

Prints each failure with its file and JSON path; exits 1 on any failure.
Needs python3-jsonschema and python3-yaml: without them the test fails.
"""

import datetime
import json
import pathlib
import subprocess
import sys
import tempfile

try:
    import jsonschema
    import yaml
except ImportError as error:
    print(f"FAIL: {error}; install python3-jsonschema and python3-yaml (scripts/install-deps.sh)")
    sys.exit(1)

SCHEMA_NAMES = ("criteria", "providers", "result")


class Checker:
    def __init__(self, binary, source):
        self.binary = binary
        self.source = source
        self.failures = 0
        self.checked = 0
        self.schemas = {name: self.load_schema(name) for name in SCHEMA_NAMES}
        self.validators = {name: jsonschema.Draft7Validator(s) for name, s in self.schemas.items()}

    def load_schema(self, name):
        return json.loads((self.source / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))

    def fail(self, what, message):
        self.failures += 1
        print(f"FAIL: {what}: {message}")

    def validate(self, what, document, validator):
        """Counts the document and reports every error with its JSON path."""
        self.checked += 1
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
            self.fail(what, f"at {error.json_path}: {error.message[:300]}")

    def expect_invalid(self, what, document, validator):
        self.checked += 1
        if validator.is_valid(document):
            self.fail(what, "a known-bad document validated")

    def run(self, *args):
        """criterio's standard output for `args`, parsed as JSON."""
        command = [str(self.binary), "-q", *map(str, args)]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.source)
        if done.returncode != 0:
            self.fail(" ".join(map(str, args)), f"exit {done.returncode}: {done.stderr.strip()[:300]}")
            return None
        return json.loads(done.stdout)

    def validate_output(self, *args):
        document = self.run(*args)
        if document is not None:
            self.validate("criterio " + " ".join(map(str, args)), document, self.validators["result"])
        return document


def plain(node):
    """YAML's dates as the text they were written as (criterio reads them as text)."""
    if isinstance(node, dict):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    if isinstance(node, (datetime.date, datetime.datetime)):
        return node.isoformat()
    return node


def kind_of(document):
    """A providers file has `providers`; anything else is a criteria model."""
    return "providers" if isinstance(document, dict) and "providers" in document else "criteria"


def check_schemas(c):
    for name, schema in c.schemas.items():
        c.checked += 1
        try:
            jsonschema.Draft7Validator.check_schema(schema)
        except jsonschema.SchemaError as error:
            c.fail(f"schemas/{name}.schema.json", f"not a draft-07 schema: {error.message}")
        if schema.get("$id") != f"https://criterio.dev/schemas/{name}.schema.json":
            c.fail(f"schemas/{name}.schema.json", f"unexpected $id {schema.get('$id')}")


def check_registry_enums(c):
    """The criteria schema lists the methods and weighting methods by name."""
    listing = c.run("catalog", "-f", "json")
    if listing is None:
        return
    c.validate("criterio catalog -f json", listing,
               jsonschema.Draft7Validator({**c.schemas["result"], "$ref": "#/definitions/catalog_listing"}))
    definitions = c.schemas["criteria"]["definitions"]
    methods = sorted(n for m in listing["methods"] for n in [m["name"], *m["aliases"]])
    if sorted(definitions["method"]["enum"]) != methods:
        c.fail("criteria.schema.json#/definitions/method", f"enum differs from the registry: {methods}")
    weighting = sorted(w["name"] for w in listing["weighting"])
    if sorted(definitions["weighting_method"]["enum"]) != weighting:
        c.fail("criteria.schema.json#/definitions/weighting_method", f"enum differs from the registry: {weighting}")
    by_kind = {}
    for w in listing["weighting"]:
        by_kind.setdefault(w["kind"], []).append(w["name"])
    branches = definitions["weighting"]["oneOf"][1]["allOf"]
    expected = {"rank_weighting": by_kind.get("rank", []), "points_weighting": by_kind.get("points", []),
                "plain_weighting": by_kind.get("direct", []) + by_kind.get("data", [])}
    for branch in branches:
        target = branch["then"]["$ref"].rsplit("/", 1)[1]
        given = branch["if"]["properties"]["method"]
        if target in expected and sorted(given.get("enum", [])) != sorted(expected[target]):
            c.fail(f"criteria.schema.json weighting -> {target}", f"methods differ from the registry: {expected[target]}")


def check_files(c):
    patterns = [("examples", "**/*.yaml"), ("examples", "**/*.yml"), ("criteria", "*.yaml"), ("templates", "*/*.yaml")]
    for folder, pattern in patterns:
        for path in sorted((c.source / folder).glob(pattern)):
            what = str(path.relative_to(c.source))
            text = path.read_text(encoding="utf-8")
            document = plain(yaml.safe_load(text))
            kind = kind_of(document)
            first = text.splitlines()[0] if text else ""
            if not first.startswith("# yaml-language-server: $schema=") or not first.endswith(f"/{kind}.schema.json"):
                c.fail(what, f"the first line should name the {kind} schema, found {first!r}")
            c.validate(what, document, c.validators[kind])
    for path in sorted((c.source / "examples").glob("**/*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        c.validate(str(path.relative_to(c.source)), document, c.validators[kind_of(document)])


def check_outputs(c):
    hosting = c.source / "examples/hosting/providers.yaml"
    weights = c.source / "examples/weights/providers.yaml"
    panel = [c.source / "examples/panel" / f for f in ("providers.yaml", "ana.yaml", "ben.yaml", "carla.yaml")]
    vendors = c.source / "examples/sensitivity/vendors.csv"
    suppliers = c.source / "examples/spreadsheet/suppliers.csv"
    smaa = ("--samples", "2000")

    ranking = c.validate_output("rank", hosting, "-f", "json")
    c.validate_output("rank", hosting, "-f", "json", "--profile", "small-business")
    c.validate_output("rank", hosting, "-f", "json", "--methods", "all")
    c.validate_output("rank", hosting, "-f", "json", "--robustness", *smaa)
    c.validate_output("rank", weights, "-f", "json")
    c.validate_output("rank", *panel, "-f", "json")
    c.validate_output("rank", suppliers, "-f", "json", "--directions", "+,+,-,+")
    c.validate_output("rank", hosting, "-f", "json", "-m", "promethee")
    c.validate_output("rank", hosting, "-f", "json", "-m", "vikor")
    if ranking:
        ids = [p["id"] for p in ranking["ranking"]]
        c.validate_output("explain", ids[0], hosting, "-f", "json")
        for excluded in ranking["excluded"][:1]:
            c.validate_output("explain", excluded["id"], hosting, "-f", "json")
        c.validate_output("compare", ids[0], ids[-1], hosting, "-f", "json")
    c.validate_output("weights", c.source / "examples/weights/criteria.yaml", "-f", "json")
    c.validate_output("weights", weights, "-f", "json")
    c.validate_output("sensitivity", hosting, "-f", "json", *smaa)
    c.validate_output("sensitivity", vendors, "-f", "json", "--directions", "-,+,+", *smaa)
    with tempfile.TemporaryDirectory() as scratch:
        old, new = pathlib.Path(scratch, "old.json"), pathlib.Path(scratch, "new.json")
        for path, extra in ((old, []), (new, ["--profile", "small-business"])):
            document = c.run("rank", hosting, "-f", "json", *extra)
            path.write_text(json.dumps(document), encoding="utf-8")
        c.validate_output("diff", old, new, "-f", "json")


# Each is a small document that a schema must refuse, and why.
BAD_CRITERIA = [
    ("an unknown top-level key", {"title": "t", "criteria": [{"id": "a", "name": "A"}], "weigths": {}}),
    ("an unknown leaf key", {"title": "t", "criteria": [{"id": "a", "name": "A", "wieght": 2}]}),
    ("a weight as text", {"title": "t", "criteria": [{"id": "a", "name": "A", "weight": "2"}]}),
    ("a negative weight", {"title": "t", "criteria": [{"id": "a", "name": "A", "weight": -1}]}),
    ("no title", {"criteria": [{"id": "a", "name": "A"}]}),
    ("an empty criteria list", {"title": "t", "criteria": []}),
    ("an id with capitals", {"title": "t", "criteria": [{"id": "Price", "name": "A"}]}),
    ("an unknown scale type", {"title": "t", "criteria": [{"id": "a", "name": "A", "scale": {"type": "linaer"}}]}),
    ("a linear scale without best", {"title": "t", "criteria": [{"id": "a", "name": "A", "scale": {"type": "linear", "worst": 0}}]}),
    ("a likert key on a linear scale",
     {"title": "t", "criteria": [{"id": "a", "name": "A", "scale": {"type": "linear", "worst": 0, "best": 1, "labels": []}}]}),
    ("a leaf key on a group", {"title": "t", "criteria": [{"id": "g", "name": "G", "unit": "%", "children": [{"id": "a", "name": "A"}]}]}),
    ("an unknown weighting method", {"title": "t", "weighting": "entorpy", "criteria": [{"id": "a", "name": "A"}]}),
    ("roc without an order", {"title": "t", "weighting": {"method": "roc"}, "criteria": [{"id": "a", "name": "A"}]}),
    ("ahp with two kinds of judgments",
     {"title": "t", "weighting": {"method": "ahp", "matrix": [[1]], "judgments": {}}, "criteria": [{"id": "a", "name": "A"}]}),
    ("an unknown method", {"title": "t", "method": "topsys", "criteria": [{"id": "a", "name": "A"}]}),
    ("a profile without weights", {"title": "t", "criteria": [{"id": "a", "name": "A"}], "profiles": {"p": {"description": "d"}}}),
]
BAD_PROVIDERS = [
    ("an unknown top-level key", {"providers": [], "as-of": "2026-01-01"}),
    ("an unknown provider key", {"providers": [{"id": "a", "vaules": {}}]}),
    ("no providers", {"criteria": "hosting"}),
    ("providers as a mapping", {"providers": {"a": {}}}),
    ("a provider without an id", {"providers": [{"name": "A"}]}),
    ("a date that is not YYYY-MM-DD", {"as_of": "1 Nov 2026", "providers": []}),
    ("a spread with an unknown key", {"providers": [{"id": "a", "values": {"x": {"low": 1, "hihg": 2}}}]}),
    ("a spread mixing mean and low", {"providers": [{"id": "a", "values": {"x": {"mean": 1, "sd": 1, "low": 0}}}]}),
    ("a spread with sd 0", {"providers": [{"id": "a", "values": {"x": {"mean": 1, "sd": 0}}}]}),
    ("a review without a rating", {"providers": [{"id": "a", "values": {"x": [{"date": "2026-01-01"}]}}]}),
    ("evidence without a source", {"providers": [{"id": "a", "evidence": {"x": {"date": "2026-01-01"}}}]}),
    ("both evaluator and evaluators", {"evaluator": "ana", "evaluators": ["ana"], "providers": []}),
    ("a name in a panel file", {"evaluator": "ana", "providers": [{"id": "a", "name": "A"}]}),
]


def check_known_bad(c):
    for why, document in BAD_CRITERIA:
        c.expect_invalid(f"criteria schema, {why}", document, c.validators["criteria"])
    for why, document in BAD_PROVIDERS:
        c.expect_invalid(f"providers schema, {why}", document, c.validators["providers"])
    ranking = c.run("rank", c.source / "examples/hosting/providers.yaml", "-f", "json")
    if ranking is None:
        return
    bad_results = [
        ("schema_version 2", {**ranking, "schema_version": 2}),
        ("no ranking", {k: v for k, v in ranking.items() if k != "ranking"}),
        ("a score as text", {**ranking, "ranking": [{**ranking["ranking"][0], "score": "0.5"}]}),
        ("an unknown kind", {**ranking, "kind": "rankings"}),
    ]
    for why, document in bad_results:
        c.expect_invalid(f"result schema, {why}", document, c.validators["result"])


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2])
        return 2
    c = Checker(pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve())
    check_schemas(c)
    check_registry_enums(c)
    check_files(c)
    check_outputs(c)
    check_known_bad(c)
    print(f"{c.checked} checks, {c.failures} failures")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
