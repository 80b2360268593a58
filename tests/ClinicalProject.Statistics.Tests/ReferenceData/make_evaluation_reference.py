#!/usr/bin/python3
"""Independent reference values for the evaluation statistics (ITS, controlled ITS, DiD) of
ClinicalProject.Statistics, computed with Debian's python3-statsmodels (0.13), numpy and scipy.

    /usr/bin/python3 make_evaluation_reference.py > evaluation-reference.json

Every figure comes from statsmodels' OLS: nonrobust covariance, cov_type='HAC' with maxlags and
use_correction, cov_type='HC0'..'HC3', use_t True/False, conf_int(alpha), t_test for linear combinations.
The C# code under test never produced any of these numbers. Confidence limits are value -/+ q * se as statsmodels'
conf_int computes them, but with q from mpmath (40 digits) rather than scipy: Debian's scipy 1.10 t.ppf is
accurate to about 1e-9 only (t.ppf(0.975, 6) = 2.4469118487916806, whose upper tail is 0.02500000008; the
exact quantile is 2.446911851144967), too coarse for limits checked to 1e-8 relative near zero. The script
asserts that statsmodels' own limits agree with these to 1e-7. Series are synthetic (fixed seeds): a trend,
a level and slope change, AR(1) noise so that Newey-West differs from OLS.
"""
import json
import math
import sys

import mpmath
import numpy as np
import statsmodels.api as sm
from scipy import stats

rng = np.random.default_rng(20261129)


def ar1(n, phi, sd):
    e = np.empty(n)
    e[0] = rng.normal(0, sd)
    for i in range(1, n):
        e[i] = phi * e[i - 1] + rng.normal(0, sd)
    return e


def series(times, t0, b, phi=0.5, sd=1.0):
    t = np.asarray(times, float)
    d = (t >= t0).astype(float)
    return b[0] + b[1] * t + b[2] * d + b[3] * (t - t0) * d + ar1(len(t), phi, sd)


def its_design(times, t0):
    t = np.asarray(times, float)
    d = (t >= t0).astype(float)
    return np.column_stack([np.ones_like(t), t, d, (t - t0) * d])


def auto_lag(n):
    return int(math.floor(4 * (n / 100.0) ** (2.0 / 9.0)))


def fit(y, x, errors, lag, correction, use_t):
    model = sm.OLS(y, x)
    if errors == "Ols":
        return model.fit()
    if errors == "NeweyWest":
        return model.fit(cov_type="HAC", cov_kwds={"maxlags": lag, "use_correction": correction}, use_t=use_t)
    return model.fit(cov_type=errors, use_t=use_t)


mpmath.mp.dps = 40


def quantile(res, alpha):
    """1 - alpha/2 quantile of t(df_resid) (when statsmodels uses t) or N(0, 1), to full double precision."""
    p = mpmath.mpf(1) - mpmath.mpf(alpha) / 2
    if not res.use_t:
        return float(mpmath.sqrt(2) * mpmath.erfinv(2 * p - 1))
    df = mpmath.mpf(res.df_resid)

    def upper_tail(x):
        return mpmath.betainc(df / 2, mpmath.mpf(1) / 2, 0, df / (df + x * x), regularized=True) / 2

    start = mpmath.mpf(stats.t.ppf(float(p), float(df)))
    return float(mpmath.findroot(lambda x: upper_tail(x) - (1 - p), start))


def limits(value, se, q, statsmodels_ci):
    lower, upper = value - q * se, value + q * se
    assert np.allclose([lower, upper], statsmodels_ci, rtol=1e-7, atol=1e-12), (lower, upper, statsmodels_ci)
    return float(lower), float(upper)


def coefficients(res, alpha):
    ci = np.asarray(res.conf_int(alpha=alpha))
    q = quantile(res, alpha)
    rows = []
    for i in range(len(res.params)):
        lower, upper = limits(res.params[i], res.bse[i], q, ci[i])
        rows.append({"value": float(res.params[i]), "se": float(res.bse[i]), "stat": float(res.tvalues[i]),
                     "p": float(res.pvalues[i]), "lower": lower, "upper": upper})
    return rows


def contrast(res, c, alpha):
    tt = res.t_test(np.asarray([c], float))
    value, se = float(np.squeeze(tt.effect)), float(np.squeeze(tt.sd))
    lower, upper = limits(value, se, quantile(res, alpha), np.asarray(tt.conf_int(alpha=alpha))[0])
    return {"value": value, "se": se, "stat": float(np.squeeze(tt.tvalue)), "p": float(np.squeeze(tt.pvalue)),
            "lower": lower, "upper": upper}


out = {"its": [], "controlled": [], "did": []}

# --- Interrupted time series -------------------------------------------------------------------------
its_cases = [
    # name, times, t0, true betas, phi
    ("monthly-60", list(range(60)), 36, (120, 0.4, -9, -0.6), 0.5),
    ("monthly-24", list(range(24)), 12, (50, 0.1, 4, 0.3), 0.3),
    ("monthly-36-late", list(range(36)), 30, (80, -0.2, -6, 0.1), 0.6),
    ("short-10", list(range(10)), 5, (10, 0.5, 2, -0.4), 0.0),
    ("short-9-three-after", list(range(9)), 6, (10, 0.5, 2, -0.4), 0.0),
    ("quarterly-with-gaps", [0, 1, 2, 4, 5, 6, 7, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20], 10.5, (30, 0.3, -3, 0.2), 0.4),
]
variants = [
    # errors, fixed lag (None = automatic), correction, use_t, confidence
    ("Ols", None, False, True, 0.95),
    ("NeweyWest", None, True, True, 0.95),
    ("NeweyWest", None, False, False, 0.95),
    ("NeweyWest", None, True, False, 0.998),
    ("NeweyWest", None, False, True, 0.9),
    ("NeweyWest", 1, False, False, 0.95),
    ("NeweyWest", 4, True, True, 0.95),
    ("HC1", None, False, True, 0.95),
    ("HC3", None, False, False, 0.95),
]
for name, times, t0, b, phi in its_cases:
    y = series(times, t0, b, phi)
    x = its_design(times, t0)
    n = len(times)
    for errors, fixed, correction, use_t, conf in variants:
        lag = (fixed if fixed is not None else auto_lag(n)) if errors == "NeweyWest" else None
        if lag is not None and lag >= n:
            continue
        res = fit(y, x, errors, lag, correction, use_t)
        alpha = 1 - conf
        fitted = x @ res.params
        out["its"].append({
            "name": name, "times": [float(t) for t in times], "values": [float(v) for v in y],
            "intervention": float(t0), "errors": errors, "fixedLag": fixed, "lag": lag,
            "correction": correction, "useT": use_t, "confidence": conf,
            "coefficients": coefficients(res, alpha),
            "postSlope": contrast(res, [0, 1, 0, 1], alpha),
            "df": float(res.df_resid), "rse": float(np.sqrt(res.ssr / res.df_resid)), "rsquared": float(res.rsquared),
            "fitted": [float(v) for v in fitted],
            "counterfactual": [float(res.params[0] + res.params[1] * t) for t in times],
        })

# --- Controlled ITS: the difference series, and the fully interacted pooled model's point estimates ------
for name, n, t0, bt, bc in [("controlled-48", 48, 24, (60, 0.3, -5, -0.4), (55, 0.25, -1, 0.05)),
                            ("controlled-30", 30, 18, (20, 0.1, 2, 0.2), (22, 0.1, 0.5, 0.0))]:
    times = list(range(n))
    common = ar1(n, 0.5, 1.0)  # shared shocks, as neighbouring territories have
    treated = series(times, t0, bt, 0.3, 0.7) + common
    comparison = series(times, t0, bc, 0.3, 0.7) + common
    x = its_design(times, t0)
    lag = auto_lag(n)
    diff = fit(treated - comparison, x, "NeweyWest", lag, True, True)
    # Pooled: [X, G*X] with G = 1 for the treated rows; the G*D and G*(t-t0)D terms are the controlled effects.
    g = np.r_[np.zeros(n), np.ones(n)]
    xx = np.vstack([x, x])
    pooled = sm.OLS(np.r_[comparison, treated], np.column_stack([xx, xx * g[:, None]])).fit()
    out["controlled"].append({
        "name": name, "treated": [float(v) for v in treated], "comparison": [float(v) for v in comparison],
        "intervention": t0, "lag": lag,
        "difference": coefficients(diff, 0.05),
        "treatedAlone": coefficients(fit(treated, x, "NeweyWest", lag, True, True), 0.05),
        "pooledLevelChange": float(pooled.params[6]), "pooledSlopeChange": float(pooled.params[7]),
    })

# --- Difference-in-differences --------------------------------------------------------------------------
for name, periods, t0, effect, drift in [("did-24", 24, 12, -4.0, 0.0), ("did-16-diverging", 16, 10, 2.5, 0.15)]:
    times = np.arange(periods, dtype=float)
    post = (times >= t0).astype(float)
    treated = 40 + 0.2 * times + drift * times + 3 + effect * post + rng.normal(0, 1.5 + 0.1 * times, periods)
    comparison = 35 + 0.2 * times + rng.normal(0, 1.0, periods)
    values = np.r_[treated, comparison]
    treat = np.r_[np.ones(periods), np.zeros(periods)]
    postv = np.r_[post, post]
    t_all = np.r_[times, times]
    x = np.column_stack([np.ones(2 * periods), treat, postv, treat * postv])
    pre = postv == 0
    xp = np.column_stack([np.ones(pre.sum()), treat[pre], t_all[pre], treat[pre] * t_all[pre]])
    for errors, use_t, conf in [("HC1", True, 0.95), ("HC0", False, 0.95), ("HC2", True, 0.9), ("HC3", True, 0.998),
                                ("Ols", True, 0.95)]:
        alpha = 1 - conf
        res = fit(values, x, errors, None, False, use_t)
        trend = fit(values[pre], xp, errors, None, False, use_t)
        out["did"].append({
            "name": name, "values": [float(v) for v in values], "treated": [bool(v) for v in treat],
            "post": [bool(v) for v in postv], "times": [float(v) for v in t_all],
            "errors": errors, "useT": use_t, "confidence": conf,
            "coefficients": coefficients(res, alpha), "df": float(res.df_resid),
            "comparisonSlope": contrast(trend, [0, 0, 1, 0], alpha),
            "treatedSlope": contrast(trend, [0, 0, 1, 1], alpha),
            "slopeDifference": contrast(trend, [0, 0, 0, 1], alpha),
        })

json.dump(out, sys.stdout, indent=1)
sys.stdout.write("\n")
