#!/usr/bin/python3
"""Expected accessibility scores from PySAL `access` (https://github.com/pysal/access, BSD-3-Clause), run on
generated cases, for ClinicalProject.GapAnalysis.Engine's tests.

Run with Debian's python3 (numpy, pandas; nothing from PyPI), pointing at an unpacked copy of PySAL access's
source (the `access/` package folder's parent):

    git -C <pysal-access clone> archive 541de01eb01c36d4a3b3af4808dcc4c456488303 access | tar -x -C /tmp/pysal-access
    PYSAL_ACCESS_SRC=/tmp/pysal-access /usr/bin/python3 make_pysal_reference.py

`import access` works as is: geopandas is imported only inside functions this script does not call.

Writes, per case: <case>-areas.csv (code, demand, latitude, longitude), <case>-sites.csv (id, supply,
latitude, longitude), <case>-travel-times.csv (origin, site, minutes; the matrix case only) and
<case>-pysal.csv (code, one column per method: PySAL's access score, empty where PySAL gives none, i.e. the
area reaches no site).
"""
import os
import sys

import numpy as np
import pandas as pd

sys.path.insert(0, os.environ.get("PYSAL_ACCESS_SRC", "/tmp/pysal-access"))
from access import Access, weights  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
EARTH_RADIUS_KM = 6371.0088


def haversine_minutes(lat1, lon1, lat2, lon2, speed_kmh):
    phi1, phi2 = np.radians(lat1)[:, None], np.radians(lat2)[None, :]
    dphi = phi2 - phi1
    dlam = np.radians(lon2)[None, :] - np.radians(lon1)[:, None]
    h = np.sin(dphi / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin(dlam / 2) ** 2
    return EARTH_RADIUS_KM * 2 * np.arcsin(np.sqrt(np.minimum(1.0, h))) / speed_kmh * 60


def run_pysal(areas, sites, costs):
    """Every method on one case; costs: origin, dest, cost (minutes)."""
    demand = areas.rename(columns={"code": "geoid"})[["geoid", "demand"]]
    supply = sites.rename(columns={"id": "sid"})[["sid", "supply"]]
    results = pd.DataFrame({"code": areas["code"]}).set_index("code")

    def model(cost_df):
        return Access(demand_df=demand, demand_index="geoid", demand_value="demand",
                      supply_df=supply, supply_index="sid", supply_value="supply",
                      cost_df=cost_df.copy(), cost_origin="origin", cost_dest="dest", cost_name="cost")

    within30 = costs[costs["cost"] <= 30]
    within60 = costs[costs["cost"] <= 60]
    runs = {
        "two_step_30": lambda: model(costs).two_stage_fca(name="r", max_cost=30),
        "enhanced_two_step_30": lambda: model(costs).enhanced_two_stage_fca(name="r", max_cost=30),
        "gaussian_30_sigma15": lambda: model(costs).two_stage_fca(
            name="r", max_cost=30, weight_fn=weights.gaussian(15)),
        "gravity_30_beta1p5_min1": lambda: model(costs).two_stage_fca(
            name="r", max_cost=30, weight_fn=weights.gravity(scale=1, alpha=-1.5, min_dist=1)),
        # PySAL normalises 3SFCA's selection weights over every row of the cost table: give it the pairs within
        # the catchment, as the engine (Wan 2012) normalises over the sites in reach.
        "three_step_60": lambda: model(within60).three_stage_fca(name="r", max_cost=60),
        "three_step_30": lambda: model(within30).three_stage_fca(name="r", max_cost=30),
    }
    for name, run in runs.items():
        series = run()["r_supply"]
        results[name] = series.reindex(results.index)
    return results.reset_index()


def write(case, areas, sites, costs, matrix):
    areas.to_csv(os.path.join(HERE, f"{case}-areas.csv"), index=False, float_format="%.17g")
    sites.to_csv(os.path.join(HERE, f"{case}-sites.csv"), index=False, float_format="%.17g")
    if matrix:
        costs.rename(columns={"dest": "site", "cost": "minutes"}).to_csv(
            os.path.join(HERE, f"{case}-travel-times.csv"), index=False, float_format="%.17g")
    run_pysal(areas, sites, costs).to_csv(os.path.join(HERE, f"{case}-pysal.csv"), index=False,
                                          float_format="%.17g")


def matrix_case(rng):
    """60 areas, 25 sites, a sparse matrix of random times (0-70 min, some exactly on the band bounds);
    one area has no entry within reach and one site is reached by nobody."""
    n_areas, n_sites = 60, 25
    areas = pd.DataFrame({"code": [f"A{i:02d}" for i in range(n_areas)],
                          "demand": rng.integers(50, 2000, n_areas).astype(float),
                          "latitude": 0.0, "longitude": 0.0})
    sites = pd.DataFrame({"id": [f"S{j:02d}" for j in range(n_sites)],
                          "supply": np.round(rng.uniform(0.5, 30, n_sites), 3),
                          "latitude": 0.0, "longitude": 0.0})
    rows = []
    for i in range(n_areas):
        for j in range(n_sites):
            if rng.random() < 0.45:
                rows.append((areas.code[i], sites.id[j], float(np.round(rng.uniform(0, 70), 2))))
    costs = pd.DataFrame(rows, columns=["origin", "dest", "cost"])
    costs = costs[~((costs.origin == "A59") & (costs.cost <= 60))]   # A59 reaches nothing within 60 min
    costs = costs[~((costs.dest == "S24") & (costs.cost <= 60))]     # S24 is reached by nobody
    bounds = costs.index[: 12]
    costs.loc[bounds, "cost"] = [10, 20, 30, 10, 20, 30, 60, 0, 10, 20, 30, 60]  # inclusive thresholds
    return areas, sites, costs


def great_circle_case(rng):
    """400 areas and 90 sites over southern Quebec; 60 km/h great-circle times, every pair given to PySAL."""
    n_areas, n_sites = 400, 90
    areas = pd.DataFrame({"code": [f"DA{i:03d}" for i in range(n_areas)],
                          "demand": rng.integers(100, 900, n_areas).astype(float),
                          "latitude": np.round(rng.uniform(45.0, 46.2, n_areas), 6),
                          "longitude": np.round(rng.uniform(-74.0, -71.5, n_areas), 6)})
    sites = pd.DataFrame({"id": [f"SITE{j:02d}" for j in range(n_sites)],
                          "supply": np.round(rng.uniform(1, 40, n_sites), 3),
                          "latitude": np.round(rng.uniform(45.0, 46.2, n_sites), 6),
                          "longitude": np.round(rng.uniform(-74.0, -71.5, n_sites), 6)})
    minutes = haversine_minutes(areas.latitude.values, areas.longitude.values,
                                sites.latitude.values, sites.longitude.values, 60.0)
    i, j = np.meshgrid(np.arange(n_areas), np.arange(n_sites), indexing="ij")
    costs = pd.DataFrame({"origin": areas.code.values[i.ravel()], "dest": sites.id.values[j.ravel()],
                          "cost": minutes.ravel()})
    return areas, sites, costs


def main():
    rng = np.random.default_rng(20261129)
    write("matrix", *matrix_case(rng), matrix=True)
    write("great-circle", *great_circle_case(rng), matrix=False)


if __name__ == "__main__":
    main()
