#!/usr/bin/python3
"""Checks every translations/*.ts: no unfinished, vanished or obsolete entry, no empty translation, and every
placeholder (%1, %n, %L1) and keyboard accelerator of the source kept. Exit status 1 names each problem."""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?\d+|%n")
ACCELERATOR = re.compile(r"&(?![&\s])")


def forms(translation, numerus):
    if numerus:
        return [f.text or "" for f in translation.findall("numerusform")]
    return [translation.text or ""]


def check(path):
    problems = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{os.path.basename(path)}: {name}: \"{source[:60]}\""
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                problems.append(f"{where}: {kind}")
                continue
            for text in forms(translation, message.get("numerus") == "yes"):
                if not text.strip() and source.strip():
                    problems.append(f"{where}: empty translation")
                if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
                    problems.append(f"{where}: placeholders differ in \"{text[:60]}\"")
                if bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
                    problems.append(f"{where}: keyboard accelerator (&) lost or added in \"{text[:60]}\"")
    return problems


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    files = sorted(glob.glob(os.path.join(root, "translations", "*.ts")))
    if not files:
        print("check-translations: no translations/*.ts found", file=sys.stderr)
        return 1
    problems = [p for f in files for p in check(f)]
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"check-translations: {len(files)} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
