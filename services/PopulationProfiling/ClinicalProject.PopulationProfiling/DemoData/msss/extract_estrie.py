#!/usr/bin/env python3
"""Writes msss-estrie-population.csv.gz: the Estrie rows (RSS 05, its RTS and its nine RLS) of the MSSS population
estimates and projections, estimates 2012-2021 and projections 2026, 2031, 2036, 2041, in the source's own layout.

Source: ../shared/data/population_msss_1996_2041.csv.gz (see that folder's README): MSSS comparable population
estimates and projections by territory, year, sex and single year of age (updated 2023-03-23), as packaged in the
public R package guidopowell/standardisation. Run from the repository root:
    python3 services/PopulationProfiling/ClinicalProject.PopulationProfiling/DemoData/msss/extract_estrie.py
"""
import csv, gzip, io, os

here = os.path.dirname(os.path.abspath(__file__))
source = os.path.join(here, '..', '..', '..', '..', '..', '..', 'shared', 'data', 'population_msss_1996_2041.csv.gz')
years = {str(y): 'Estimation' for y in range(2012, 2022)}
years.update({str(y): 'Projection' for y in (2026, 2031, 2036, 2041)})
out = io.StringIO()
writer = csv.writer(out, lineterminator='\n')
with gzip.open(source, 'rt', encoding='utf-8') as f:
    reader = csv.reader(f)
    writer.writerow(next(reader))
    for row in reader:
        level, code, year, kind = row[0], row[1], row[3], row[4]
        if level in ('RSS', 'RTS', 'RLS') and code.startswith('05') and years.get(year) == kind:
            writer.writerow(row)
# mtime=0: the same rows always give the same bytes.
with gzip.GzipFile(os.path.join(here, 'msss-estrie-population.csv.gz'), 'wb', mtime=0) as g:
    g.write(out.getvalue().encode('utf-8'))
