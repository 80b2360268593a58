#!/usr/bin/python3
"""Independent reference for the proximity demo's declared evaluation (controlled ITS), with statsmodels.

Reads the committed demo CSV files, pools the treated (SYN-SHE-Q1 + Q2) and comparison (SYN-SHE-C1 + C2 + C3)
neighbourhoods by summing their monthly counts, and fits the segmented regression of treated − comparison:
Y = b0 + b1 t + b2 D + b3 (t − t0) D, t = 0 … 59 from January 2021, D = 1 from January 2024 (t0 = 36),
with Newey–West errors (lag ⌊4 (60/100)^(2/9)⌋ = 3, n/(n − k) correction, t inference), as the plan declares.
Writes proximity-cits-reference.json, which the impact tests compare with the service's results to 1e-8.
Run: /usr/bin/python3 reference_proximity_cits.py
"""
import csv
import json
import math
import os

import numpy as np
import statsmodels.api as sm

HERE = os.path.dirname(os.path.abspath(__file__))
TREATED = {"SYN-SHE-Q1", "SYN-SHE-Q2"}
COMPARISON = {"SYN-SHE-C1", "SYN-SHE-C2", "SYN-SHE-C3"}
INDICATORS = ["ER_VISITS", "HOSPITALISATIONS", "POLICE_INTERVENTIONS", "AMBULANCE_CALLS"]


def pooled():
    sums = {}
    for name in ("proximity-series-before.csv", "proximity-series-after.csv"):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                group = "treated" if row["territory"] in TREATED else "comparison" if row["territory"] in COMPARISON else None
                if group:
                    key = (row["indicator"], group, row["period"])
                    sums[key] = sums.get(key, 0.0) + float(row["value"])
    return sums


def main():
    sums = pooled()
    periods = sorted({k[2] for k in sums})
    n, t0 = len(periods), periods.index("2024-01")
    lag = math.floor(4 * (n / 100) ** (2 / 9))
    t = np.arange(n, dtype=float)
    d = (t >= t0).astype(float)
    x = np.column_stack([np.ones(n), t, d, (t - t0) * d])
    out = {"periods": n, "interventionIndex": t0, "lag": lag, "outcomes": {}}
    for indicator in INDICATORS:
        y = np.array([sums[(indicator, "treated", p)] - sums[(indicator, "comparison", p)] for p in periods])
        fit = sm.OLS(y, x).fit(cov_type="HAC", cov_kwds={"maxlags": lag, "use_correction": True}, use_t=True)
        ci = fit.conf_int(0.05)
        out["outcomes"][indicator] = {
            name: {"value": float(fit.params[i]), "standardError": float(fit.bse[i]), "pValue": float(fit.pvalues[i]),
                   "lowerCi": float(ci[i][0]), "upperCi": float(ci[i][1])}
            for i, name in enumerate(["intercept", "preSlope", "levelChange", "slopeChange"])}
    with open(os.path.join(HERE, "proximity-cits-reference.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
