#!/usr/bin/python3
"""Validates profiles against the profile format JSON Schema.

    validate.py [--expect-invalid] SCHEMA FILE...

A FILE is one profile object (`.json`), a batch with one profile per line (`.jsonl`), or rule
tests (`.tests.json`: an array of cases; each case's inline "profile" member is validated, cases
that name a "profile_file" instead are skipped). Every error is printed as
`path: field.path: message`. Exits 1 if any file failed, 0 otherwise. With --expect-invalid the
check is inverted for negative tests: every file must fail validation (a file that cannot be read
or is not JSON counts as failed either way), and a file that passes is reported.

Needs the `jsonschema` module (Debian: python3-jsonschema).
"""

import argparse
import difflib
import json
import os
import sys

from jsonschema import Draft202012Validator, FormatChecker


def field_path(error):
    """`qualifications[0].kind` style, or `(top level)`."""
    out = ""
    for part in error.absolute_path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


def message(error):
    schema = error.schema if isinstance(error.schema, dict) else {}
    if error.validator == "not" and schema.get("not") == {}:
        # A field declared as forbidden (the protected characteristics).
        return "not allowed: " + schema.get("title", "this field must not be present")
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = list(schema.get("properties", {}))
        extra = [k for k in error.instance if k not in known]
        parts = []
        for key in extra:
            hint = difflib.get_close_matches(key, known, n=1)
            parts.append(f"unknown field '{key}'" + (f" (did you mean '{hint[0]}'?)" if hint else ""))
        if parts:
            return "; ".join(parts)
    return error.message


def profiles_in(path):
    """Yields (where, profile) for every profile the file holds; raises ValueError if unreadable."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".jsonl"):
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    yield f"{path}:{number}", json.loads(line)
                except json.JSONDecodeError as e:
                    raise ValueError(f"line {number}: invalid JSON: {e}") from e
        return
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        raise ValueError(f"invalid JSON: {e}") from e
    if path.endswith(".tests.json"):
        if not isinstance(doc, list):
            raise ValueError("a tests file holds a JSON array of cases")
        for number, case in enumerate(doc, 1):
            if isinstance(case, dict) and "profile" in case:
                yield f"{path}: case {number}", case["profile"]
        return
    yield path, doc


def check_file(validator, path):
    """Prints every error in the file; returns "valid", "invalid" or "unreadable"."""
    status = "valid"
    try:
        for where, profile in profiles_in(path):
            errors = sorted(validator.iter_errors(profile), key=lambda e: list(map(str, e.absolute_path)))
            for error in errors:
                print(f"{where}: {field_path(error)}: {message(error)}")
                status = "invalid"
    except (OSError, ValueError) as e:
        print(f"{path}: (file): {e}")
        status = "unreadable"
    return status


def expand(paths, schema_path):
    """Files as given; a directory stands for the profiles below it (*.json, *.jsonl), the schema excepted."""
    out = []
    for path in paths:
        if os.path.isdir(path):
            for root, _, names in sorted(os.walk(path)):
                for name in sorted(names):
                    full = os.path.join(root, name)
                    if name.endswith((".json", ".jsonl")) and os.path.abspath(full) != os.path.abspath(schema_path):
                        out.append(full)
        else:
            out.append(path)
    return out


def main():
    parser = argparse.ArgumentParser(description="Validate eligo profiles against the JSON Schema.")
    parser.add_argument("--expect-invalid", action="store_true",
                        help="negative tests: every file must fail validation")
    parser.add_argument("schema")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()

    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=FormatChecker())

    passed = failed = 0
    for path in expand(args.files, args.schema):
        status = check_file(validator, path)
        if args.expect_invalid:
            # A file that cannot be read or parsed is not a schema failure: it counts as failed.
            ok = status == "invalid"
            if status == "valid":
                print(f"{path}: expected to be invalid, but it passed validation")
        else:
            ok = status == "valid"
        if ok:
            passed += 1
        else:
            failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
