#!/usr/bin/python3
"""The statsmodels side of the impact benchmark (benchmarks/README.md): the same interrupted time series and
u charts as ClinicalProject.Statistics, on the same series, one after another as an analyst's script would.

    /usr/bin/python3 impact_statsmodels.py <data-dir> <series> <points> <intervention> <output-prefix>

Reads <data-dir>/rates.f64, counts.f64 and exposures.f64 (float64, little-endian, series-major, written by the
C# benchmark). For each series: statsmodels OLS of the segmented regression with cov_type='HAC' (Bartlett,
maxlags = floor(4 (n/100)^(2/9)), use_correction=True, use_t=True: the library's defaults), then a u chart per
1,000 (numpy) with the Anhøj rules (scipy's binom.ppf, cached). Writes <output-prefix>-its.f64 (per series:
params, bse, pvalues, then the lower and upper limits of all four coefficients) and <output-prefix>-u.f64 (per
series: centre, lower[points], upper[points], useful, longest run, crossings, run limit, crossings limit,
points beyond the limits), and prints one JSON line of timings (wall-clock and CPU seconds, excluding imports
and file reads).
Interval limits use the t quantile solved by mpmath: scipy 1.10's t.ppf(0.975, 56) is 2.0032407174966975,
6.7e-10 relative below the exact 2.0032407188478722, too coarse for an agreement checked to 1e-8.
"""
import itertools
import json
import math
import sys
import time

import mpmath
import numpy as np
import statsmodels.api as sm
from scipy import stats

data_dir, series, points, intervention, prefix = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
rates = np.fromfile(f"{data_dir}/rates.f64", dtype="<f8").reshape(series, points)
counts = np.fromfile(f"{data_dir}/counts.f64", dtype="<f8").reshape(series, points)
exposures = np.fromfile(f"{data_dir}/exposures.f64", dtype="<f8").reshape(series, points)

t = np.arange(points, dtype=float)
d = (t >= intervention).astype(float)
X = np.column_stack([np.ones(points), t, d, (t - intervention) * d])
lag = int(math.floor(4 * (points / 100.0) ** (2.0 / 9.0)))
df = points - 4
mpmath.mp.dps = 40
q = float(mpmath.findroot(
    lambda x: mpmath.betainc(mpmath.mpf(df) / 2, mpmath.mpf(1) / 2, 0, df / (df + x * x), regularized=True) / 2 - mpmath.mpf("0.025"),
    stats.t.ppf(0.975, df)))

# Result buffers written once before the clock starts (as the C# side does): first-touch page faults are not compute.
its = np.full((series, 20), np.nan)
cpu = time.process_time()
start = time.perf_counter()
for i in range(series):
    res = sm.OLS(rates[i], X).fit(cov_type="HAC", cov_kwds={"maxlags": lag, "use_correction": True}, use_t=True)
    its[i, 0:4] = res.params
    its[i, 4:8] = res.bse
    its[i, 8:12] = res.pvalues
    its[i, 12:16] = res.params - q * res.bse
    its[i, 16:20] = res.params + q * res.bse
its_seconds = time.perf_counter() - start
its_cpu = time.process_time() - cpu

run_limits = {}


def limits(n):
    if n not in run_limits:
        run_limits[n] = (int(np.round(math.log2(n) + 3)), int(stats.binom.ppf(0.05, n - 1, 0.5)))
    return run_limits[n]


u = np.full((series, 1 + 2 * points + 6), np.nan)
cpu = time.process_time()
start = time.perf_counter()
for i in range(series):
    x, n = counts[i], exposures[i]
    ubar = x.sum() / n.sum()
    sigma = np.sqrt(ubar / n)
    value = x / n * 1000
    lower = np.maximum(0, ubar - 3 * sigma) * 1000
    upper = (ubar + 3 * sigma) * 1000
    signs = np.sign(value - ubar * 1000)
    signs = signs[signs != 0]
    lengths = [len(list(g)) for _, g in itertools.groupby(signs)]
    run_limit, crossings_limit = limits(len(signs))
    u[i, 0] = ubar * 1000
    u[i, 1:1 + points] = lower
    u[i, 1 + points:1 + 2 * points] = upper
    u[i, 1 + 2 * points:] = [len(signs), max(lengths), len(lengths) - 1, run_limit, crossings_limit,
                             int(np.sum((value > upper) | (value < lower)))]
u_seconds = time.perf_counter() - start
u_cpu = time.process_time() - cpu

its.astype("<f8").tofile(f"{prefix}-its.f64")
u.astype("<f8").tofile(f"{prefix}-u.f64")
print(json.dumps({"itsSeconds": its_seconds, "uChartSeconds": u_seconds, "itsCpuSeconds": its_cpu,
                  "uChartCpuSeconds": u_cpu, "lag": lag,
                  "statsmodels": sm.__version__, "numpy": np.__version__}))
