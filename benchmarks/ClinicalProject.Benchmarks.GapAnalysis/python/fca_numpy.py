#!/usr/bin/python3
"""Vectorised NumPy floating catchment accessibility (E2SFCA, 2SFCA, Gaussian) for the benchmark: pairs within
the catchment found once (fca_common.pairs_within), then per method one weighted bincount for the sites' demand
(shared by the programs, which face the same demand) and one per program for the areas' access."""
import numpy as np

from fca_common import METHODS, clock, cpu, load, pairs_within, report, settings, weight


def main():
    directory, speed, catchment, sigma, out, stride = settings()
    started = clock()
    lat_a, lon_a, demand, lat_s, lon_s, supplies, _, _ = load(directory, stride)
    loaded = clock()
    cpu_start = cpu()
    area, site, minutes = pairs_within(lat_a, lon_a, lat_s, lon_s, speed, catchment)
    results = np.zeros((len(METHODS), supplies.shape[0], len(demand)))
    for m, method in enumerate(METHODS):
        w = weight(method, minutes, sigma)
        site_demand = np.bincount(site, weights=demand[area] * w, minlength=len(lat_s))
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = np.where(site_demand > 0, supplies / site_demand, 0.0)
        for k in range(supplies.shape[0]):
            results[m, k] = np.bincount(area, weights=ratio[k][site] * w, minlength=len(demand))
    done = clock()
    cpu_seconds = cpu() - cpu_start
    results.astype("<f8").tofile(out)
    report("numpy", loaded - started, done - loaded, cpu_seconds, len(area))


if __name__ == "__main__":
    main()
