#!/usr/bin/python3
"""Independent reference values for ClinicalProject.Statistics.Tests.

Run with Debian's python3-scipy (apt-get install -y python3-scipy):
    /usr/bin/python3 make_reference_values.py > reference-values.csv
The C# code under test never produced any of these numbers. Where a shortcut formula exists, the values
come from a different route than the C# code takes (e.g. the trend test as N·r² from scipy's Pearson
correlation on the expanded individual records; the Poisson trend score test from numerical derivatives
of the Poisson log-likelihood; the weighted regression from numpy.polyfit).

Columns: kind, confidence, inputs (space-separated, described per kind below), value, lower, upper.
"""
import csv
import sys

import numpy as np
from scipy import optimize, stats

LEVELS = [0.95, 0.998]
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["kind", "confidence", "inputs", "value", "lower", "upper"])


def fmt(v):
    return repr(float(v))


def row(kind, conf, inputs, value, lower, upper):
    out.writerow([kind, conf, " ".join(str(i) for i in inputs), fmt(value), fmt(lower), fmt(upper)])


def z(conf):
    return stats.norm.ppf(1 - (1 - conf) / 2)


def exact(x, conf):
    a = 1 - conf
    lower = 0.0 if x == 0 else stats.chi2.ppf(a / 2, 2 * x) / 2
    return lower, stats.chi2.ppf(1 - a / 2, 2 * x + 2) / 2


def byar(x, conf):
    zz = z(conf)
    lower = 0.0 if x == 0 else x * (1 - 1 / (9 * x) - zz / (3 * np.sqrt(x))) ** 3
    upper = (x + 1) * (1 - 1 / (9 * (x + 1)) + zz / (3 * np.sqrt(x + 1))) ** 3
    return lower, upper


def poisson(x, conf):
    return exact(x, conf) if x < 10 else byar(x, conf)


# exact / byar: inputs = count; value = count
for conf in LEVELS:
    for x in [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 2.5, 10, 11, 25, 65, 100, 1045, 12345]:
        row("exact", conf, [x], x, *exact(x, conf))
        row("byar", conf, [x], x, *byar(x, conf))

# wilson: inputs = x n; value = x/n (fraction)
for conf in LEVELS:
    for x, n in [(0, 20), (1, 29), (15, 148), (81, 263), (20, 20), (29, 29), (500, 1000), (3, 100000)]:
        zz = z(conf)
        root = zz * np.sqrt(zz ** 2 + 4 * x * (1 - x / n))
        d = 2 * (n + zz ** 2)
        row("wilson", conf, [x, n], x / n, max(0, (2 * x + zz ** 2 - root) / d), min(1, (2 * x + zz ** 2 + root) / d))

ESP2013 = np.array([5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000,
                    4000, 2500, 1500, 1000], dtype=float)
DSR_SETS = {
    # PHEindicatormethods DSR vignette ("zero deaths for a specific age band").
    "vignette": (np.array([1, 1, 0, 0, 0, 1, 1, 3, 3, 3, 3, 10, 10, 10, 10, 8, 8, 8, 8], dtype=float),
                 np.array([30, 35, 35, 35, 40, 40, 45, 50, 50, 50, 60, 60, 70, 75, 70, 60, 20, 20, 15],
                          dtype=float)),
    # A synthetic large area.
    "large": (np.array([12, 3, 2, 9, 20, 25, 31, 40, 52, 80, 120, 160, 230, 310, 420, 500, 560, 480, 390],
                       dtype=float),
              np.array([21000, 22000, 23000, 24500, 26000, 27000, 28000, 27500, 26500, 26000, 27000, 28500,
                        27000, 24000, 19000, 13500, 9000, 5200, 2600], dtype=float)),
    # Just above the publication threshold (O = 12).
    "small": (np.array([0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 2, 1, 2, 1, 2, 1, 1], dtype=float),
              np.array([400, 420, 430, 410, 380, 390, 410, 450, 470, 480, 500, 490, 450, 400, 330, 250, 160, 90,
                        40], dtype=float)),
}

# dsr: inputs = set-name multiplier; value/lower/upper per multiplier
for conf in LEVELS:
    for name, (x, n) in DSR_SETS.items():
        w = ESP2013
        dsr = np.sum(x * w / n) / w.sum()
        var = np.sum(x * (w / n) ** 2) / w.sum() ** 2
        o = x.sum()
        lo, up = poisson(o, conf)
        m = 100000
        row("dsr", conf, [name, m], dsr * m, (dsr + np.sqrt(var / o) * (lo - o)) * m,
            (dsr + np.sqrt(var / o) * (up - o)) * m)

# smr: inputs = set-name scale; the area's counts/populations are DSR_SETS, the reference is "large"
ref_x, ref_n = DSR_SETS["large"]
for conf in LEVELS:
    for name in ["vignette", "small"]:
        x, n = DSR_SETS[name]
        expected = np.sum(ref_x / ref_n * n)
        o = x.sum()
        lo, up = poisson(o, conf)
        for scale in [1, 100]:
            row("smr", conf, [name, scale], o / expected * scale, lo / expected * scale, up / expected * scale)
        row("smr-expected", conf, [name], expected, expected, expected)

# mean: inputs = method values...; t with n-1 df, or normal
for conf in LEVELS:
    for values in [[87, 1, 44, 13, 83, 7, 43, 5], [2.5, 3.1, 4.7, 5.0, 3.3, 2.2, 6.1, 4.4, 3.9, 5.5, 4.0, 3.6]]:
        v = np.array(values, dtype=float)
        m, se = v.mean(), v.std(ddof=1) / np.sqrt(len(v))
        tq = stats.t.ppf(1 - (1 - conf) / 2, len(v) - 1)
        row("mean-t", conf, values, m, m - tq * se, m + tq * se)
        row("mean-normal", conf, values, m, m - z(conf) * se, m + z(conf) * se)

# trend-proportions: inputs = x1..x5 | n1..n5 as "x:n" pairs; value = chi2, lower = p-value, upper = sign
# Route: N * r^2 with r the Pearson correlation between the 0/1 outcome and the period score of every
# individual (Armitage 1955 shows the trend chi-square equals N r^2).
PROPORTION_SERIES = [
    [(5, 22), (7, 35), (6, 42), (7, 48), (8, 54), (10, 150)],
    [(120, 1000), (131, 1010), (140, 990), (162, 1005), (170, 1000)],
    [(50, 400), (52, 410), (47, 395), (51, 405), (49, 400)],
]
for series in PROPORTION_SERIES:
    y, t = [], []
    for i, (x, n) in enumerate(series):
        y += [1] * x + [0] * (n - x)
        t += [i] * n
    r = stats.pearsonr(np.array(t, dtype=float), np.array(y, dtype=float))[0]
    chi = len(y) * r * r
    row("trend-proportions", 0.95, [f"{x}:{n}" for x, n in series], chi, stats.chi2.sf(chi, 1), np.sign(r))

# trend-rates: score test for beta = 0 in log(mu) = a + b t + log(n), from numerical derivatives
RATE_SERIES = [
    [(310, 100000), (335, 101000), (352, 102500), (371, 103000), (402, 104000)],
    [(30, 9000), (26, 9100), (29, 9050), (27, 9200), (31, 9150), (28, 9300)],
    [(90, 20000), (84, 20100), (80, 20400), (71, 20500), (66, 20600)],
]
for series in RATE_SERIES:
    x = np.array([s[0] for s in series], dtype=float)
    n = np.array([s[1] for s in series], dtype=float)
    t = np.arange(len(series), dtype=float)

    def loglik(params):
        a, b = params
        eta = a + b * t + np.log(n)
        return np.sum(x * eta - np.exp(eta))

    a0 = optimize.brentq(lambda a: np.sum(x) - np.sum(np.exp(a + np.log(n))), -30, 10)

    def gradient(params):
        # complex-step derivatives: exact to rounding, no subtractive cancellation
        g = np.zeros(2)
        for k in range(2):
            step = np.zeros(2, dtype=complex)
            step[k] = 1e-30j
            g[k] = loglik(np.asarray(params, dtype=complex) + step).imag / 1e-30
        return g

    grad = gradient([a0, 0.0])
    h = 1e-5
    info = np.zeros((2, 2))
    for k in range(2):
        e = np.eye(2)[k] * h
        info[:, k] = -(gradient(np.array([a0, 0.0]) + e) - gradient(np.array([a0, 0.0]) - e)) / (2 * h)
    chi = grad @ np.linalg.solve(info, grad)
    row("trend-rates", 0.95, [f"{a}:{b}" for a, b in series], chi, stats.chi2.sf(chi, 1), np.sign(grad[1]))

# trend-estimates: weighted least squares slope via numpy.polyfit (weights 1/se, unscaled covariance)
ESTIMATE_SERIES = [
    [(512.0, 10.0), (530.5, 10.5), (541.0, 9.8), (560.2, 11.0), (575.9, 10.2)],
    [(98.0, 4.0), (101.0, 4.5), (97.5, 3.9), (99.2, 4.1), (100.4, 4.2), (98.8, 4.0)],
]
for series in ESTIMATE_SERIES:
    yv = np.array([s[0] for s in series])
    se = np.array([s[1] for s in series])
    t = np.arange(len(series), dtype=float)
    coef, cov = np.polyfit(t, yv, 1, w=1 / se, cov="unscaled")
    chi = coef[0] ** 2 / cov[0, 0]
    row("trend-estimates", 0.95, [f"{a}:{b}" for a, b in series], chi, stats.chi2.sf(chi, 1), np.sign(coef[0]))
