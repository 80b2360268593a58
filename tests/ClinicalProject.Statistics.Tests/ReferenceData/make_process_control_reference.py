#!/usr/bin/python3
"""Independent reference values for the process-control statistics of ClinicalProject.Statistics
(XmR, p and u charts, the Anhøj rules, funnel limits), computed with Debian's numpy, scipy and mpmath:

    /usr/bin/python3 make_process_control_reference.py > process-control-reference.json

Different routes from the C# code where one exists: the Anhøj limits from scipy's binom.ppf and numpy's
round (R's qbinom and round, as qicharts2 computes them); runs and crossings from itertools.groupby; the
proportion funnel from PHEindicatormethods' closed form (sigma_adjustment, transcribed below); the rate funnel
forward, as PHEindicatormethods' poisson_funnel parametrises it: for an observed count O, the denominator at
which O lies on the upper (lower) limit is the exact lower (upper) Poisson limit of O over the comparator
rate, with the gamma quantiles solved by mpmath at 40 digits.
"""
import itertools
import json
import math
import sys

import mpmath
import numpy as np
from scipy import stats

mpmath.mp.dps = 40
rng = np.random.default_rng(1129)
out = {"anhoj": [], "charts": [], "proportionFunnel": [], "rateFunnel": []}

# --- Anhøj limits ---------------------------------------------------------------------------------------
for n in range(1, 301):
    out["anhoj"].append({"n": n, "longestRunLimit": int(np.round(math.log2(n) + 3)),
                                                "crossingsLimit": int(stats.binom.ppf(0.05, n - 1, 0.5))})


def runs(values, centre):
    signs = [int(np.sign(v - c)) for v, c in zip(values, centre)]
    signs = [s for s in signs if s != 0]
    if not signs:
        return {"useful": 0, "longest": 0, "crossings": 0}
    lengths = [len(list(g)) for _, g in itertools.groupby(signs)]
    return {"useful": len(signs), "longest": max(lengths), "crossings": len(lengths) - 1}


def chart(name, kind, values, centre, lower, upper, baseline, multiplier, numerators=None, denominators=None,
          average_range=None):
    r = runs(values, centre)
    out["charts"].append({
        "name": name, "kind": kind, "baseline": baseline, "multiplier": multiplier,
        "input": [float(v) for v in (values if numerators is None else numerators)],
        "denominators": None if denominators is None else [float(d) for d in denominators],
        "centre": [float(c) for c in centre], "lower": [float(v) for v in lower], "upper": [float(v) for v in upper],
        "values": [float(v) for v in values], "averageMovingRange": average_range,
        "above": [bool(v > u) for v, u in zip(values, upper)], "below": [bool(v < l) for v, l in zip(values, lower)],
        "useful": r["useful"], "longestRun": r["longest"], "crossings": r["crossings"]})


# --- XmR --------------------------------------------------------------------------------------------------
for name, x, freeze in [
    ("xmr-stable-30", 50 + rng.normal(0, 3, 30), None),
    ("xmr-shift-40", np.r_[50 + rng.normal(0, 3, 24), 58 + rng.normal(0, 3, 16)], None),
    ("xmr-frozen-36", np.r_[20 + rng.normal(0, 1, 24), 17 + rng.normal(0, 1, 12)], 24),
    ("xmr-outlier-20", np.r_[10 + rng.normal(0, 0.5, 12), [16.0], 10 + rng.normal(0, 0.5, 7)], None),
]:
    b = len(x) if freeze is None else freeze
    mean = float(np.mean(x[:b]))
    mr = float(np.mean(np.abs(np.diff(x[:b]))))
    n = len(x)
    chart(name, "Individuals", x, [mean] * n, [mean - 2.66 * mr] * n, [mean + 2.66 * mr] * n, freeze, 1,
          average_range=mr)

# --- p charts -------------------------------------------------------------------------------------------
for name, n_, p_, multiplier, freeze in [("p-varying-24", rng.integers(80, 400, 24), 0.18, 100, None),
                                         ("p-shift-30", rng.integers(150, 250, 30), None, 1, 20)]:
    denominators = n_.astype(float)
    probabilities = np.full(len(denominators), p_) if p_ is not None else np.r_[np.full(20, 0.30), np.full(10, 0.20)]
    x = rng.binomial(n_, probabilities).astype(float)
    b = len(x) if freeze is None else freeze
    pbar = x[:b].sum() / denominators[:b].sum()
    sigma = np.sqrt(pbar * (1 - pbar) / denominators)
    chart(name, "P", x / denominators * multiplier, np.full(len(x), pbar * multiplier),
          np.maximum(0, pbar - 3 * sigma) * multiplier, np.minimum(1, pbar + 3 * sigma) * multiplier, freeze,
          multiplier, x, denominators)

# --- u charts -------------------------------------------------------------------------------------------
for name, exposure, rate, multiplier, freeze in [("u-monthly-60", rng.uniform(8000, 12000, 60), 0.004, 1000, None),
                                                 ("u-small-counts-24", rng.uniform(50, 300, 24), 0.01, 100, None),
                                                 ("u-frozen-36", rng.uniform(900, 1100, 36), None, 1, 24)]:
    rates = np.full(len(exposure), rate) if rate is not None else np.r_[np.full(24, 0.05), np.full(12, 0.08)]
    x = rng.poisson(exposure * rates).astype(float)
    b = len(x) if freeze is None else freeze
    ubar = x[:b].sum() / exposure[:b].sum()
    sigma = np.sqrt(ubar / exposure)
    chart(name, "U", x / exposure * multiplier, np.full(len(x), ubar * multiplier),
          np.maximum(0, ubar - 3 * sigma) * multiplier, (ubar + 3 * sigma) * multiplier, freeze, multiplier,
          x, exposure)


# --- Funnels ----------------------------------------------------------------------------------------------
def sigma_adjustment(p, population, average_proportion, side):
    """PHEindicatormethods' closed form (R/Funnels.R), with the multiplier left at 1."""
    q2 = float(stats.norm.ppf(p)) ** 2
    first_part = average_proportion * (population / q2 + 1)
    adj = math.sqrt((-8 * average_proportion * (population / q2 + 1)) ** 2 - 64 * (1 / q2 + 1 / population)
                    * average_proportion * (population * (average_proportion * (population / q2 + 2) - 1)
                                            + q2 * (average_proportion - 1)))
    last_part = 1 / q2 + 1 / population
    value = (first_part - adj / 8) / last_part if side == "low" else (first_part + adj / 8) / last_part
    return value / population


for p0 in [0.02, 0.18, 0.5, 0.73]:
    for n in [25, 140, 1000, 25000]:
        out["proportionFunnel"].append({
            "comparator": p0, "denominator": n,
            "lower95": max(0.0, sigma_adjustment(0.975, n, p0, "low")),
            "upper95": min(1.0, sigma_adjustment(0.975, n, p0, "high")),
            "lower998": max(0.0, sigma_adjustment(0.999, n, p0, "low")),
            "upper998": min(1.0, sigma_adjustment(0.999, n, p0, "high"))})


def gamma_quantile(shape, probability):
    """x with P(shape, x) = probability (regularised lower incomplete gamma), by mpmath at 40 digits."""
    shape, probability = mpmath.mpf(shape), mpmath.mpf(probability)
    start = mpmath.mpf(stats.gamma.ppf(float(probability), float(shape)))
    return mpmath.findroot(lambda x: mpmath.gammainc(shape, 0, x, regularized=True) - probability, start)


for rate in [0.0035, 0.012]:
    for observed in [3.0, 12.0, 57.0, 410.0]:
        for conf in [0.95, 0.998]:
            tail = (1 - conf) / 2
            # O on the upper limit: the exact lower limit of O, L(O) = Gamma(O) quantile at tail, equals rate * n.
            n_upper = float(gamma_quantile(observed, tail) / rate)
            # O on the lower limit: the exact upper limit of O, Gamma(O + 1) quantile at 1 - tail, equals rate * n.
            n_lower = float(gamma_quantile(observed + 1, 1 - tail) / rate)
            out["rateFunnel"].append({"comparator": rate, "confidence": conf, "observed": observed,
                                      "denominatorOnUpper": n_upper, "upper": observed / n_upper,
                                      "denominatorOnLower": n_lower, "lower": observed / n_lower})

json.dump(out, sys.stdout, indent=1)
sys.stdout.write("\n")
