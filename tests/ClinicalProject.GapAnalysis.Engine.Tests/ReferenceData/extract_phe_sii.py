#!/usr/bin/python3
"""Extracts PHEindicatormethods' published SII/RII test values (tests/testthat/testdata_SII.xlsx) into CSV.

Source: https://github.com/ukhsa-collaboration/PHEindicatormethods, commit
093fd28 (tests/testthat/testdata_SII.xlsx and the calls in tests/testthat/testSII.R that say with which
arguments each block was computed). Licence: GPL-3 (the package); the values are reproduced as test data.
Needs Debian's python3-openpyxl:

    git -C <clone> show HEAD:tests/testthat/testdata_SII.xlsx > /tmp/testdata_SII.xlsx
    /usr/bin/python3 extract_phe_sii.py /tmp/testdata_SII.xlsx

Writes phe-sii-groups.csv (block (its description without commas), area, quantile, population, value, lower_cl, upper_cl) and
phe-sii-expected.csv (block, area, the arguments testSII.R passes for that block, and the published sii, rii,
intercept and confidence limits; _1 is the first confidence level, _2 the second).
"""
import csv
import os
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

# Arguments testSII.R passes for each block it checks (value_type, transform, multiplier, confidence levels).
# The CLs are always passed as lower_cl/upper_cl here (testSII.R shows they give the same result as se).
# "proportion - intercept" is run in testSII.R with value_type = 1 on the proportion data: kept as published.
BLOCKS = {
    "default (e.g. life expectancy) - default parameters": (0, False, 1, [95]),
    "default - testing 99% confidence": (0, False, 1, [99]),
    "default - testing 10,000 repetitions": (0, False, 1, [95]),
    "default - testing quintiles": (0, False, 1, [95]),
    "rate (e.g. infant mortality) - default parameters": (1, False, 1, [95]),
    "proportion (e.g. child obesity) - default parameters": (2, False, 1, [95]),
    "proportion - testing multiplier (x 100)": (2, False, 100, [95]),
    "proportion - testing multiplier (x -100)": (2, False, -100, [95]),
    "default (e.g. life expectancy) - multiple CIs": (0, False, 1, [95, 99]),
    "default (e.g. life expectancy) - intercept": (0, False, 1, [95]),
    "rate (e.g. infant mortality) - intercept": (1, False, 1, [95]),
    "proportion (e.g. child obesity) - intercept": (1, False, 1, [95]),
    "rate (e.g. infant mortality) - log transform with intercept": (1, True, 1, [95]),
    "proportion (e.g. child obesity) - logit transform with intercept": (2, True, 1, [95]),
    "proportion (e.g. child obesity) - logit transform with negative multiplier": (2, True, -1, [95]),
    "rate (e.g. infant mortality) - log transform with multiple Cis (95 and 98)": (1, True, 1, [95, 98]),
    "rate (e.g. infant mortality) - log transform with negative multiplier": (1, True, -1, [95]),
    "rate (e.g. infant mortality) - log transform with 98% CI": (1, True, 1, [98]),
    "rate (e.g. infant mortality) - log transform without rii": (1, True, 1, [95]),
    "proportion (e.g. child obesity) - logit transform without rii": (2, True, 1, [95]),
    "proportion (e.g. child obesity) - logit transform with 98% cis": (2, True, 1, [98]),
    "proportion (e.g. child obesity) - logit transform with 95% and 98% cis": (2, True, 1, [95, 98]),
}

RESULTS = ["sii", "rii", "intercept", "sii_lowercl_1", "sii_uppercl_1", "rii_lowercl_1", "rii_uppercl_1",
           "sii_lowercl_2", "sii_uppercl_2", "rii_lowercl_2", "rii_uppercl_2"]


def text(value):
    return "" if value is None else repr(float(value))


def main(path):
    sheet = openpyxl.load_workbook(path, data_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    records = [dict(zip(header, r)) for r in rows[1:] if r[0] is not None]
    with open(os.path.join(HERE, "phe-sii-groups.csv"), "w", newline="") as groups, \
            open(os.path.join(HERE, "phe-sii-expected.csv"), "w", newline="") as expected:
        g = csv.writer(groups, lineterminator="\n")
        e = csv.writer(expected, lineterminator="\n")
        g.writerow(["block", "area", "quantile", "population", "value", "lower_cl", "upper_cl"])
        e.writerow(["block", "area", "value_type", "transform", "multiplier", "confidence_1", "confidence_2",
                    "repetitions", "record"] + RESULTS)
        for block, (value_type, transform, multiplier, levels) in BLOCKS.items():
            block_rows = [r for r in records if r["TestDescription"] == block]
            assert block_rows, block
            label = block.replace(",", "")  # no quoting needed in the CSV files
            for area in dict.fromkeys(r["Area"] for r in block_rows):
                area_rows = sorted((r for r in block_rows if r["Area"] == area), key=lambda r: r["Quantile"])
                for r in area_rows:
                    g.writerow([label, area, r["Quantile"], text(r["Population"]), text(r["Value"]),
                                text(r["LowerCL"]), text(r["UpperCL"])])
                first = area_rows[0]
                e.writerow([label, area, value_type, str(transform).lower(), multiplier, levels[0],
                            levels[1] if len(levels) > 1 else "", int(first["Repetitions"]), first["RecordNo"]]
                           + [text(first.get(name.replace("intercept", "Intercept") if name == "intercept" else name))
                              for name in RESULTS])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/testdata_SII.xlsx")
