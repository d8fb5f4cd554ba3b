#!/usr/bin/env python3
"""Sanity check for src/main/resources/demo/targets.json (run from the repository root)."""
import json
import sys
from decimal import Decimal

PATH = sys.argv[1] if len(sys.argv) > 1 else "src/main/resources/demo/targets.json"
STATUSES = {"DRAFT", "UNIT_REVIEW", "DEPT_REVIEW", "FINANCE_REVIEW", "RETURNED", "APPROVED"}
LEVEL1_TOTALS = {"产出指标": Decimal("50"), "效益指标": Decimal("30"), "满意度指标": Decimal("10")}

targets = json.load(open(PATH, encoding="utf-8"))
errors = []
for t in targets:
    label = f"{t['name']} ({t.get('projectCode')})"
    inds = t["indicators"]
    for n, i in enumerate(inds, 1):
        for key in ("level1", "level2", "name", "valueText"):
            if key not in i or i[key] is None:
                errors.append(f"{label}: indicator {n} lacks {key}")
    total = sum(Decimal(i["weight"]) for i in inds)
    if total != Decimal("90.00"):
        errors.append(f"{label}: weights sum to {total}, not 90.00")
    for l1, want in LEVEL1_TOTALS.items():
        got = sum(Decimal(i["weight"]) for i in inds if i["level1"] == l1)
        if got != want:
            errors.append(f"{label}: {l1} weights sum to {got}, not {want}")
    pcts = [Decimal(p["percent"]) for p in t["spendingPlan"]]
    if pcts and (pcts != sorted(pcts) or pcts[-1] != 100):
        errors.append(f"{label}: spending plan not cumulative to 100%")
    if t["tasks"] and sum(Decimal(x["fiscalAmount"]) for x in t["tasks"]) != Decimal(t["fiscalFunds"]):
        errors.append(f"{label}: task amounts do not add up to fiscalFunds")
    if t["demoStatus"] not in STATUSES:
        errors.append(f"{label}: unknown status {t['demoStatus']}")
    if (t["demoStatus"] == "RETURNED") != bool(t.get("returnOpinion")):
        errors.append(f"{label}: returnOpinion must be set exactly when RETURNED")

for t in targets:
    print(f"{t['kind']:10} {t['fiscalYear']} {t['demoStatus']:14} {len(t['indicators']):2} indicators  {t['name']}")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"OK: {len(targets)} targets")
