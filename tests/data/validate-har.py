#!/usr/bin/python3
"""Validates HAR files against tests/data/har-1.2.schema.json (Debian's python3-jsonschema).

Usage: validate-har.py SCHEMA HAR...  Prints every violation with its JSON path; exit 0 when all are valid.
"""
import json
import sys

import jsonschema


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    failed = False
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            har = json.load(f)
        for error in sorted(validator.iter_errors(har), key=lambda e: list(e.absolute_path)):
            failed = True
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: /{where}: {error.message}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
