#!/usr/bin/python3
"""Expected figures of ProfileJobApiTests, computed independently of the service with SciPy (Debian's python3-scipy).

Province totals of the test data: er-visits 30 events over 1,000 people (crude rate per 1,000, Byar's limits since
x >= 10); seniors-75-plus 50 people aged 75+ over 1,000 (percentage, Wilson score limits).
Run: /usr/bin/python3 profile_job_expected.py > profile_job_expected.txt
"""
from math import sqrt
from scipy.stats import norm


def byar(x, n, multiplier, confidence):
    z = norm.ppf(1 - (1 - confidence) / 2)
    lower = x * (1 - 1 / (9 * x) - z / (3 * sqrt(x))) ** 3
    upper = (x + 1) * (1 - 1 / (9 * (x + 1)) + z / (3 * sqrt(x + 1))) ** 3
    return lower / n * multiplier, upper / n * multiplier


def wilson(x, n, multiplier, confidence):
    z = norm.ppf(1 - (1 - confidence) / 2)
    centre = 2 * x + z * z
    spread = z * sqrt(z * z + 4 * x * (1 - x / n))
    denominator = 2 * (n + z * z)
    return (centre - spread) / denominator * multiplier, (centre + spread) / denominator * multiplier


for name, function, x, n, multiplier in [("er-visits", byar, 30, 1000, 1000), ("seniors-75-plus", wilson, 50, 1000, 100)]:
    for confidence in (0.95, 0.998):
        lower, upper = function(x, n, multiplier, confidence)
        print(f"{name} {confidence} value={x / n * multiplier!r} lower={lower!r} upper={upper!r}")
