#!/usr/bin/env python3
"""Summarises the rounds of bench/run-peers.sh: medians per target, per-round ratios to the direct
connection (median of the ratios), as a markdown table and JSON. Reads the airlock-bench JSON files of
every round (one per invocation), given in a manifest written by run-peers.sh.

    peers_report.py MANIFEST.json --markdown OUT.md --json OUT.json [--update-doc docs/PERFORMANCE.md]

Exits 1 when any cell is an error (a target that failed in any round)."""

import argparse
import json
import re
import statistics
import sys

# Rows of the table: (label, scenario, variant pattern, metric key, unit, scale, decimals, ratio to direct,
# which direct target, kind of figure). A metric key with {t} is the target's own CPU figure.
ROWS = [
    ("one-way throughput, 64 KiB messages, backend to client", "one-way-down", r"", "mb_s_down", "MB/s", 1, 0,
     "direct", "ws"),
    ("one-way throughput, 64 KiB messages, client to backend", "one-way-up", r"", "mb_s_up", "MB/s", 1, 0,
     "direct", "ws"),
    ("echo round trip, 32 B, all pinned to one CPU, p50", "round-trip", r"^32 B", "p50_us", "us", 1, 1,
     "direct", "ws"),
    ("echo round trip, 32 B, all pinned to one CPU, p99", "round-trip", r"^32 B", "p99_us", "us", 1, 0,
     "direct", "ws"),
    ("echo message rate, 50 connections x 16 in flight, 128 B", "message-rate", r"", "msgs_s", "k msg/s", 1e-3, 1,
     "direct", "ws"),
    ("handshakes (connect, upgrade, close), 8 in parallel", "handshake", r"in flight", "handshakes_s", "k/s", 1e-3,
     2, "direct", "ws"),
    ("handshake connect->101, 8 in parallel, p99", "handshake", r"in flight", "p99_us", "us", 1, 0, "direct", "ws"),
    ("proxy CPU per connection (connect, upgrade, close)", "handshake", r"in flight", "{t}_cpu_us_per_session", "us",
     1, 0, None, "ws"),
    ("proxy memory per idle WebSocket session", "idle-memory", r"", "kib_per_session", "KiB", 1, 1, None, "ws"),
    # Microseconds per MB are milliseconds per GB.
    ("proxy CPU per GB relayed, backend to client", "one-way-down", r"", "{t}_cpu_us_per_MB", "ms", 1, 0, None,
     "ws"),
    ("bridge throughput, 64 KiB messages, echoed back", "bridge-throughput", r"", "mb_s_down", "MB/s", 1, 0,
     "direct-tcp", "bridge"),
    ("bridge round trip, 32 B, p50", "bridge-round-trip", r"^32 B", "p50_us", "us", 1, 1, "direct-tcp", "bridge"),
    ("bridge round trip, 32 B, p99", "bridge-round-trip", r"^32 B", "p99_us", "us", 1, 0, "direct-tcp", "bridge"),
    ("bridge CPU per MB echoed", "bridge-throughput", r"", "bridge_cpu_us_per_MB", "us", 1, 0, None, "bridge"),
]

BEGIN = "<!-- figures:begin (written by bench/run-peers.sh --update-doc; edit the prose outside) -->"
END = "<!-- figures:end -->"


def find(results, scenario, variant, target):
    for r in results:
        if r["scenario"] == scenario and r["target"] == target and re.search(variant, r["variant"]):
            return r
    return None


def value(result, key, target):
    if result is None:
        return None
    return result.get("metrics", {}).get(key.replace("{t}", target))


def fmt(v, decimals):
    if v is None:
        return "-"
    return f"{v:,.{decimals}f}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("manifest")
    parser.add_argument("--markdown", required=True)
    parser.add_argument("--json", required=True)
    parser.add_argument("--update-doc")
    args = parser.parse_args()

    with open(args.manifest) as f:
        manifest = json.load(f)
    # rounds[i] = every result of round i, from all its invocations
    rounds = []  # (scenarios run in the round, every result of its invocations)
    for r in manifest["rounds"]:
        results = []
        for path in r["files"]:
            try:
                with open(path) as f:
                    results += json.load(f)["results"]
            except (OSError, ValueError, KeyError):
                pass  # an invocation that wrote nothing: its cells count as errors
        rounds.append((set(r["scenarios"]), results))

    ws, bridge = manifest["targets"], manifest["bridgeTargets"]
    summary = []
    any_error = False
    for label, scenario, variant, key, unit, scale, decimals, direct, kind in ROWS:
        row = {"figure": label, "unit": unit, "cells": {}}
        for t in ws if kind == "ws" else bridge:
            if direct is None and t in ("direct", "direct-tcp"):
                row["cells"][t] = {"text": ""}  # no proxy, no proxy figure
                continue
            values, ratios, errors = [], [], []
            for scenarios, results in rounds:
                if scenario not in scenarios:
                    continue  # e.g. idle memory, measured in the first round only
                mine = find(results, scenario, variant, t)
                v = value(mine, key, t)
                if mine is None or mine.get("error") or v is None:
                    errors.append(mine.get("error", "no figure") if mine else "no result")
                    continue
                values.append(v)
                if direct is not None and t != direct:
                    d = value(find(results, scenario, variant, direct), key, direct)
                    if d:
                        ratios.append(v / d)
            cell = {"values": values, "ratios": ratios, "errors": errors}
            if errors or not values:
                cell["text"] = "ERROR"
                any_error = True
            else:
                cell["median"] = statistics.median(values)
                text = f"{fmt(cell['median'] * scale, decimals)} {unit}"
                if ratios:
                    cell["ratio"] = statistics.median(ratios)
                    text += f" ({cell['ratio']:.2f}x)"
                cell["text"] = text
            row["cells"][t] = cell
        summary.append(row)

    lines = []
    env = manifest.get("environment", {})
    lines.append(f"Measured {manifest.get('date', '')} at commit `{manifest.get('commit', '?')}`"
                 f" with `{manifest.get('command', '')}`: {len(rounds)} interleaved round(s), medians,"
                 " ratios to direct in the same round (median of the per-round ratios) in parentheses.")
    lines.append("")
    for k in ("machine", "kernel", "versions", "build", "load"):
        if env.get(k):
            lines.append(f"- {k}: {env[k]}")
    lines.append("")
    for kind, targets in (("ws", ws), ("bridge", bridge)):
        lines.append("| figure | " + " | ".join(targets) + " |")
        lines.append("|---|" + "---|" * len(targets))
        for row, spec in zip(summary, ROWS):
            if spec[8] != kind:
                continue
            lines.append(f"| {row['figure']} | " + " | ".join(row["cells"][t]["text"] for t in targets) + " |")
        lines.append("")
    errors = [(row["figure"], t, (c["errors"] or ["no figure"])[0]) for row in summary
              for t, c in row["cells"].items() if c.get("text") == "ERROR"]
    if errors:
        lines.append("Errors (first per cell):")
        lines.append("")
        for figure, t, e in errors:
            lines.append(f"- {t}, {figure}: {e}")
        lines.append("")
    markdown = "\n".join(lines)

    with open(args.markdown, "w") as f:
        f.write(markdown)
    with open(args.json, "w") as f:
        json.dump({"manifest": manifest, "summary": summary,
                   "rounds": [{"scenarios": sorted(s), "results": r} for s, r in rounds]}, f, indent=1)
    if args.update_doc:
        with open(args.update_doc) as f:
            doc = f.read()
        start, end = doc.find(BEGIN), doc.find(END)
        if start < 0 or end < start:
            print(f"peers_report.py: no figure markers in {args.update_doc}", file=sys.stderr)
            return 1
        doc = doc[:start + len(BEGIN)] + "\n" + markdown + "\n" + doc[end:]
        with open(args.update_doc, "w") as f:
            f.write(doc)
    print(markdown)
    return 1 if any_error else 0


if __name__ == "__main__":
    sys.exit(main())
