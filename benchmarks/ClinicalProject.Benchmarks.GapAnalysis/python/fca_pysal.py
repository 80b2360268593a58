#!/usr/bin/python3
"""PySAL access (https://github.com/pysal/access, BSD-3-Clause) on the benchmark's case: E2SFCA, 2SFCA and
Gaussian for the three programs (supply_value = the three columns). PySAL computes great-circle costs only
through geopandas (not installed; nothing from PyPI): it is given the pairs within the catchment, found by the
same vectorised NumPy code as the NumPy contender, timed separately ("CostSeconds"). Set PYSAL_ACCESS_SRC to an
unpacked copy of its source (the folder holding access/)."""
import os
import sys

import numpy as np
import pandas as pd

from fca_common import METHODS, clock, cpu, load, pairs_within, report, settings

sys.path.insert(0, os.environ.get("PYSAL_ACCESS_SRC", "/tmp/pysal-access"))
from access import Access, weights  # noqa: E402


def main():
    directory, speed, catchment, sigma, out, stride = settings()
    started = clock()
    lat_a, lon_a, demand, lat_s, lon_s, supplies, codes, site_ids = load(directory, stride)
    loaded = clock()
    cpu_start = cpu()
    area, site, minutes = pairs_within(lat_a, lon_a, lat_s, lon_s, speed, catchment)
    costs = pd.DataFrame({"origin": codes[area], "dest": site_ids[site], "cost": minutes})
    costed = clock()
    demand_df = pd.DataFrame({"geoid": codes, "pop": demand})
    columns = [f"supply_{k + 1}" for k in range(supplies.shape[0])]
    supply_df = pd.DataFrame({"sid": site_ids, **{c: supplies[k] for k, c in enumerate(columns)}})
    model = Access(demand_df=demand_df, demand_index="geoid", demand_value="pop",
                   supply_df=supply_df, supply_index="sid", supply_value=columns,
                   cost_df=costs, cost_origin="origin", cost_dest="dest", cost_name="cost")
    runs = {
        "enhanced_two_step": lambda: model.enhanced_two_stage_fca(name="e2", max_cost=catchment),
        "two_step": lambda: model.two_stage_fca(name="t2", max_cost=catchment),
        "gaussian": lambda: model.two_stage_fca(name="ga", max_cost=catchment, weight_fn=weights.gaussian(sigma)),
    }
    frames = {method: runs[method]() for method in METHODS}
    done = clock()
    cpu_seconds = cpu() - cpu_start
    results = np.zeros((len(METHODS), len(columns), len(codes)))
    for m, method in enumerate(METHODS):
        frame = frames[method].reindex(codes)
        for k in range(len(columns)):
            results[m, k] = frame.iloc[:, k].fillna(0).to_numpy()
    results.astype("<f8").tofile(out)
    report("pysal", loaded - started, done - loaded, cpu_seconds, len(area),
           {"CostSeconds": costed - loaded, "FcaSeconds": done - costed})


if __name__ == "__main__":
    main()
