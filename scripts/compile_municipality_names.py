#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compile datasets/starter/municipality_names.csv: the Japanese name of each of
the starter pack's 1,741 municipalities (the codes of population_municipality.csv),
from the 住民基本台帳 table of 1 January 2022 in ../shared/data (see its
PROVENANCE.md). Standard library only; rerunning it gives the same file."""
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, '..', 'shared', 'data', 'pop_muni_age5_sex_juki_2021_2022',
                    'juki_2022-01-01_muni_age5_sex.utf8.csv')
STARTER = os.path.join(ROOT, 'datasets', 'starter')


def main():
    with open(os.path.join(STARTER, 'population_municipality.csv'), encoding='utf-8') as f:
        codes = sorted({row['municipality_code'] for row in csv.DictReader(f)})
    names = {}
    with open(DATA, encoding='utf-8') as f:
        for row in csv.DictReader(f):
            code, name = row['code5'], row['muni_name']
            if code in codes and name and name != '-':
                names.setdefault(code, name)
    missing = [c for c in codes if c not in names]
    if missing:
        sys.exit(f'no name for {len(missing)} municipalities: {missing[:10]}')
    with open(os.path.join(STARTER, 'municipality_names.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['municipality_code', 'name_ja'])
        for c in codes:
            w.writerow([c, names[c]])
    print(f'{len(codes)} municipalities named')


if __name__ == '__main__':
    main()
