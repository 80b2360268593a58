"""Shared by the NumPy and PySAL contenders: the case's files, its settings, and the pairs within the catchment
found with vectorised NumPy (areas in latitude-sorted blocks, against the sites in the block's latitude band)."""
import json
import os
import resource
import sys
import time

import numpy as np

EARTH_RADIUS_KM = 6371.0088
METHODS = ["enhanced_two_step", "two_step", "gaussian"]  # the order of the results file


def settings():
    """--data-dir DIR --speed KMH --catchment MIN --sigma MIN --out FILE [--area-stride N]"""
    args = dict(zip(sys.argv[1::2], sys.argv[2::2]))
    return (args["--data-dir"], float(args["--speed"]), float(args["--catchment"]), float(args["--sigma"]),
            args["--out"], int(args.get("--area-stride", "1")))


def load(directory, area_stride=1):
    areas = np.loadtxt(os.path.join(directory, "areas.csv"), delimiter=",", skiprows=1, usecols=(1, 2, 3))
    areas = areas[::area_stride]
    sites = np.loadtxt(os.path.join(directory, "sites.csv"), delimiter=",", skiprows=1, usecols=(1, 2, 3, 4, 5))
    codes = np.loadtxt(os.path.join(directory, "areas.csv"), delimiter=",", skiprows=1, usecols=0, dtype=str)
    site_ids = np.loadtxt(os.path.join(directory, "sites.csv"), delimiter=",", skiprows=1, usecols=0, dtype=str)
    return (areas[:, 0], areas[:, 1], areas[:, 2], sites[:, 0], sites[:, 1], sites[:, 2:].T.copy(),
            codes[::area_stride], site_ids)


def pairs_within(lat_a, lon_a, lat_s, lon_s, speed, catchment, block=512):
    """(area index, site index, minutes) of every pair with great-circle time <= catchment."""
    radius_deg = catchment / 60 * speed / EARTH_RADIUS_KM * 180 / np.pi * (1 + 1e-9)
    site_order = np.argsort(lat_s, kind="stable")
    sorted_lat = lat_s[site_order]
    phi_s = np.radians(lat_s[site_order])
    lam_s = np.radians(lon_s[site_order])
    cos_s = np.cos(phi_s)
    area_order = np.argsort(lat_a, kind="stable")
    out_a, out_s, out_t = [], [], []
    for start in range(0, len(area_order), block):
        rows = area_order[start:start + block]
        lo = np.searchsorted(sorted_lat, lat_a[rows].min() - radius_deg, side="left")
        hi = np.searchsorted(sorted_lat, lat_a[rows].max() + radius_deg, side="right")
        if lo >= hi:
            continue
        phi_a = np.radians(lat_a[rows])[:, None]
        lam_a = np.radians(lon_a[rows])[:, None]
        sin_dphi = np.sin((phi_s[None, lo:hi] - phi_a) / 2)
        sin_dlam = np.sin((lam_s[None, lo:hi] - lam_a) / 2)
        h = sin_dphi * sin_dphi + np.cos(phi_a) * cos_s[None, lo:hi] * sin_dlam * sin_dlam
        minutes = EARTH_RADIUS_KM * (2 * np.arcsin(np.sqrt(np.minimum(1.0, h)))) / speed * 60
        r, c = np.nonzero(minutes <= catchment)
        out_a.append(rows[r])
        out_s.append(site_order[lo + c])
        out_t.append(minutes[r, c])
    return np.concatenate(out_a), np.concatenate(out_s), np.concatenate(out_t)


def weight(method, minutes, sigma):
    if method == "two_step":
        return np.ones_like(minutes)
    if method == "enhanced_two_step":  # Luo & Qi, bounds inclusive
        return np.where(minutes <= 10, 1.0, np.where(minutes <= 20, 0.68, np.where(minutes <= 30, 0.22, 0.0)))
    return np.exp(-minutes * minutes / (2 * sigma * sigma))


def report(contender, load_seconds, seconds, cpu_seconds, pairs, extra=None):
    result = {"Contender": contender, "LoadSeconds": load_seconds, "ColdSeconds": seconds, "WarmSeconds": seconds,
              "PeakBytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, "Pairs": int(pairs),
              "CpuSeconds": cpu_seconds}
    result.update(extra or {})
    print(json.dumps(result))


def clock():
    return time.perf_counter()


def cpu():
    """CPU time of the process (user + system, every thread)."""
    return time.process_time()
