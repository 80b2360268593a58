#!/usr/bin/python3
"""SYNTHETIC demo data for the proximity case ("L'intervention de proximité", CIUSSS de l'Estrie-CHUS).

Writes, deterministically (fixed seed, no input), the files a loader posts to the impact API:
  proximity-traits.json         PUT  /territory-traits
  proximity-series-before.csv   POST /imports/series   (Jan 2021 - Dec 2023: 36 months before the intervention)
  proximity-plan.json           POST /plans
  proximity-start.json          POST /plans/{id}/status (starts the plan and declares its evaluation)
  proximity-series-after.csv    POST /imports/series   (Jan 2024 - Dec 2025: 24 months after)

Every number is invented. The neighbourhoods are synthetic (codes SYN-*), not real Sherbrooke neighbourhoods.
Run: /usr/bin/python3 generate_proximity_demo.py  (numpy; the output is committed, CI never runs this).
"""
import csv
import json
import os

import numpy as np

SEED = 20240101
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "SYNTHETIC demo generator (generate_proximity_demo.py)"
MONTHS_BEFORE, MONTHS_AFTER, FIRST_YEAR = 36, 24, 2021

# code, name, deprivation quintile (1 least, 5 most deprived), population, role
TERRITORIES = [
    ("SYN-SHE-Q1", "Quartier synthétique Q1 (SYNTHETIC)", 5, 9800, "treated"),
    ("SYN-SHE-Q2", "Quartier synthétique Q2 (SYNTHETIC)", 5, 7400, "treated"),
    ("SYN-SHE-C1", "Quartier de comparaison C1 (SYNTHETIC)", 5, 8900, "comparison"),
    ("SYN-SHE-C2", "Quartier de comparaison C2 (SYNTHETIC)", 4, 8100, "comparison"),
    ("SYN-SHE-C3", "Quartier de comparaison C3 (SYNTHETIC)", 5, 10300, "comparison"),
    ("SYN-SHE-X1", "Quartier synthétique X1, peu défavorisé (SYNTHETIC)", 1, 15200, "other"),
    ("SYN-SHE-X2", "Quartier synthétique X2 (SYNTHETIC)", 3, 6100, "other"),
]

# code, label, monthly rate per 1,000 residents, trend per month (relative), effect on treated after: level (relative), slope (relative per month)
INDICATORS = [
    ("ER_VISITS", "Visites à l'urgence / ER visits (SYNTHETIC)", 32.0, 0.002, -0.12, -0.002),
    ("HOSPITALISATIONS", "Hospitalisations (SYNTHETIC)", 9.0, 0.001, -0.08, -0.001),
    ("POLICE_INTERVENTIONS", "Interventions policières / police interventions (SYNTHETIC)", 14.0, 0.004, 0.0, 0.0),
    ("AMBULANCE_CALLS", "Appels ambulanciers / ambulance calls (SYNTHETIC)", 11.0, 0.002, -0.10, -0.0015),
]


def month_label(t):
    return f"{FIRST_YEAR + t // 12:04d}-{t % 12 + 1:02d}"


def series(rng):
    """Poisson counts per territory, indicator and month; treated territories change after month 36."""
    rows = []
    for code, _, quintile, population, role in TERRITORIES:
        deprivation = 1.0 + 0.08 * (quintile - 3)
        for indicator, _, rate, trend, level, slope in INDICATORS:
            for t in range(MONTHS_BEFORE + MONTHS_AFTER):
                season = 1.0 + 0.08 * np.cos(2 * np.pi * (t % 12) / 12)
                mean = population / 1000.0 * rate * deprivation * season * (1 + trend * t)
                if role == "treated" and t >= MONTHS_BEFORE:
                    mean *= max(0.0, 1 + level + slope * (t - MONTHS_BEFORE))
                rows.append((indicator, code, month_label(t), int(rng.poisson(mean)), population, t))
    return rows


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["indicator", "territory", "period", "value", "denominator", "source", "note"])
        for indicator, territory, period, value, population, _ in rows:
            out.writerow([indicator, territory, period, value, population, SOURCE, "SYNTHETIC"])


def write_json(name, body):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(body, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    rng = np.random.RandomState(SEED)
    rows = series(rng)
    write_csv(os.path.join(HERE, "proximity-series-before.csv"), [r for r in rows if r[5] < MONTHS_BEFORE])
    write_csv(os.path.join(HERE, "proximity-series-after.csv"), [r for r in rows if r[5] >= MONTHS_BEFORE])

    treated = [t[0] for t in TERRITORIES if t[4] == "treated"]
    comparison = [t[0] for t in TERRITORIES if t[4] == "comparison"]
    indicators = []
    for indicator, label, *_ in INDICATORS:
        # Baseline: the treated neighbourhoods' pooled monthly count, averaged over 2023; target: 15 % lower by the end.
        last_year = [sum(r[3] for r in rows if r[0] == indicator and r[1] in treated and r[5] == t) for t in range(24, 36)]
        baseline = round(float(np.mean(last_year)), 1)
        indicators.append({
            "code": indicator,
            "label": label,
            "baseline": {"value": baseline, "period": "2023"},
            "target": {"value": round(baseline * 0.85, 1), "date": "2025-12-31"},
            "direction": "lower-is-better",
            "aggregation": "sum",
            "comparisonTerritories": comparison,
        })

    write_json("proximity-traits.json", {"traits": [
        {"territory": code, "name": name, "deprivationQuintile": quintile, "population": population, "source": SOURCE}
        for code, name, quintile, population, _ in TERRITORIES]})
    write_json("proximity-plan.json", {
        "reference": "demo-proximity-sherbrooke-synthetic-v1",
        "title": "Intervention de proximité – deux quartiers défavorisés de Sherbrooke (SYNTHETIC demo)",
        "description": "SYNTHETIC demo of the proximity case: a neighbourhood intervention team (équipe d'intervention de quartier) "
                       "reaching vulnerable families in two deprived neighbourhoods, expected to reduce crises and the use of "
                       "emergency services (ER visits, hospitalisations, police interventions, ambulance calls). All data are invented.",
        "program": 2,
        # No gap: a plan names only gaps of a completed gap analysis, and the demo territories are synthetic.
        "gaps": [],
        "territories": treated,
        "coManagement": {
            "clinicalAdministrativeManager": "Chef de service psychosocial (SYNTHETIC)",
            "medicalManager": "Médecin responsable (SYNTHETIC)",
            "owner": "Direction des services généraux (SYNTHETIC)",
        },
        "clinicalModel": "Intervention de proximité territoriale (équipe d'intervention de quartier)",
        "startDate": "2024-01-01",
        "endDate": "2025-12-31",
        "evidence": [{"title": "L'intervention de proximité dans le réseau de la santé et des services sociaux (source document 004)",
                      "url": "https://www.santeestrie.qc.ca/"}],
        "indicators": indicators,
    })
    write_json("proximity-start.json", {
        "status": "in-progress",
        "reason": "The neighbourhood team starts (SYNTHETIC demo).",
        "evaluation": {
            "design": "controlled-interrupted-time-series",
            "outcomes": [i[0] for i in INDICATORS],
            "interventionDate": "2024-01-01",
            "expectedEffect": {"measure": "level-change", "size": None,
                               "description": "A drop of about 10 % in each outcome relative to the comparison neighbourhoods (SYNTHETIC)."},
            "smallSampleCorrection": True,
        },
    })


if __name__ == "__main__":
    main()
