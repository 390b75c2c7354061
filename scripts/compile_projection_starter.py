#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compiles the population projection's starter-pack tables (issue 11) from
the public files in ../shared/data (never copied; see each PROVENANCE.md):

  datasets/starter/population_age_sex_census_prefecture.csv
      国勢調査 by prefecture x sex x 5-year age, 1995, 2000, 2005, 2010
      (2015 is in population_age_sex_prefecture.csv already), male and
      female rows only (total = male + female), in the layout of
      `regionlens-cli project --input` (age_class 0-4 ... 85+, TOTAL = 総数,
      which includes 年齢不詳, so the classes do not add up to it).
      From pop_pref_age_sex_census_1920_2015.
  datasets/starter/survival_ratios_national.csv
      national 5-year survival ratios (生残率) for the periods starting
      1995, 2000, ..., 2065, per sex and age class at the start: the 2020
      life table's q_x times the projected improvement of 社人研's 2023
      national projection (死亡中位) at the period's middle, before 2019 the
      2020->2030 improvement extrapolated backwards; the same construction as
      tests/analysis/projectiondata.h (Mortality::periodSurvival) and
      analysis/projectionrates.cpp (fiveYearLFromQx, survivalFromLifeTable).
      From life_tables_national_2020.
  datasets/starter/tfr_prefecture.csv
      合計特殊出生率 by prefecture, 2011-2022. From ssdse_b_pref_timeseries.
  datasets/starter/population_age_sex_juki_2022.csv
      住民基本台帳 population as of 1 January 2022 by sex x 5-year age for
      the 47 prefectures and the 1,741 municipalities (designated cities
      whole, Tokyo's 23 wards separate), male and female rows only, in the
      same layout as the census file above: 85+ = 85-89 + 90-94 + 95-99 +
      100+, TOTAL = 総数 (it can exceed the classes where the ages of a few
      foreign residents are not published, PROVENANCE.md 注1). The base of
      the municipal projections. From pop_muni_age5_sex_juki_2021_2022
      (総務省, CC BY 4.0 compatible per its PROVENANCE.md).

Standard library only. Usage:
  python3 scripts/compile_projection_starter.py [--shared ../shared/data] [--out datasets/starter]
"""
import argparse
import csv
import math
import os
import sys

CENSUS_YEARS = (1995, 2000, 2005, 2010)
SURVIVAL_PERIODS = range(1995, 2070, 5)
AGE_LABELS = ["%d～%d歳" % (5 * a, 5 * a + 4) for a in range(17)] + ["85歳以上"]
AGE_CODES = ["%d-%d" % (5 * a, 5 * a + 4) for a in range(17)] + ["85+"]


def number(text):
    text = text.replace(" ", "").strip()
    return float(text) if text else math.nan


def compile_census(shared, out):
    path = os.path.join(shared, "pop_pref_age_sex_census_1920_2015", "utf8", "c03.utf8.csv")
    rows = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for r in reader:
            year = int(r[5])
            if year not in CENSUS_YEARS or (r[2] != "総数" and r[2] not in AGE_LABELS):
                continue
            for sex, column in (("male", 7), ("female", 8)):
                value = int(r[column].replace(" ", ""))
                rows.append((r[0], year, r[2], sex, value))
    order = {label: i for i, label in enumerate(["総数"] + AGE_LABELS)}
    rows.sort(key=lambda x: (x[1], x[0], order[x[2]], x[3] != "male"))
    expected = len(CENSUS_YEARS) * 47 * 19 * 2
    if len(rows) != expected:
        sys.exit("census: %d rows, expected %d" % (len(rows), expected))
    codes = dict(zip(AGE_LABELS, AGE_CODES), **{"総数": "TOTAL"})
    with open(os.path.join(out, "population_age_sex_census_prefecture.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("region_code,year,sex,age_class,population\n")
        for code, year, age, sex, value in rows:
            f.write("%s,%d,%s,%s,%d\n" % (code, year, sex, codes[age], value))
    return len(rows)


def read_mortality(shared):
    base = os.path.join(shared, "life_tables_national_2020", "original")
    q2020 = {"M": [math.nan] * 101, "F": [math.nan] * 101}
    with open(os.path.join(base, "life_table.csv"), encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for r in reader:
            age = int(number(r[0]))
            if 0 <= age <= 100:
                q2020[r[1]][age] = number(r[4])
    proj = {"M": {}, "F": {}}
    with open(os.path.join(base, "QX-M2023.csv"), encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        next(reader)  # ",0,1,...,115"
        sex, previous = "M", 0
        for r in reader:
            if len(r) < 102:
                continue
            year = 2000 + int(number(r[0]))
            if year < previous:
                sex = "F"  # the second block is female (PROVENANCE.md)
            previous = year
            proj[sex][year] = [number(r[x + 1]) for x in range(101)]
    if any(math.isnan(v) for s in q2020.values() for v in s) or len(proj["M"]) != 52 or len(proj["F"]) != 52:
        sys.exit("unexpected layout of the life tables in " + base)
    return q2020, proj


def improvement(proj, y):
    c20 = proj[2020]

    def at(year):
        return proj[min(max(year, 2019), 2070)]

    out = []
    if y >= 2019.0:
        y0 = math.floor(y)
        w = y - y0
        a, b = at(y0), at(y0 + 1)
        cy = [(1.0 - w) * a[x] + w * b[x] for x in range(101)]
        return [cy[x] / c20[x] if c20[x] > 0.0 else 1.0 for x in range(101)]
    c30 = at(2030)
    for x in range(101):
        out.append(c20[x] * (c30[x] / c20[x]) ** ((y - 2020.0) / 10.0) / c20[x] if c20[x] > 0.0 else 1.0)
    return out


def five_year_l(qx):
    ages = len(qx)
    l = [1.0] * (ages + 1)
    for x in range(ages):
        l[x + 1] = l[x] * (1.0 - min(max(qx[x], 0.0), 1.0))
    L = [0.5 * (l[x] + l[x + 1]) for x in range(ages)]
    L[0] = l[1] + 0.1 * (l[0] - l[1])
    L[ages - 1] += 0.5 * l[ages]
    groups = [0.0] * ((ages + 4) // 5)
    for x in range(ages):
        groups[x // 5] += L[x]
    return groups


def ratios(L):
    s = [L[a + 1] / L[a] for a in range(17)]
    t85 = sum(L[17:])
    s.append((t85 - L[17]) / t85)
    return [min(v, 1.0) for v in s]


def compile_survival(shared, out):
    q2020, proj = read_mortality(shared)
    n = 0
    with open(os.path.join(out, "survival_ratios_national.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("period_start,sex,age_class,survival_ratio\n")
        for start in SURVIVAL_PERIODS:
            mid = start + 2.5
            for sex, key in (("male", "M"), ("female", "F")):
                imp = improvement(proj[key], mid)
                q = [min(q2020[key][x] * imp[x], 1.0) for x in range(101)]
                for a, s in enumerate(ratios(five_year_l(q))):
                    f.write("%d,%s,%s,%.12f\n" % (start, sex, AGE_CODES[a], s))
                    n += 1
    return n


def compile_tfr(shared, out):
    path = os.path.join(shared, "ssdse_b_pref_timeseries", "utf8", "SSDSE-B-2025.utf8.csv")
    rows = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        cy, cc, ct = header.index("年度"), header.index("地域コード"), header.index("合計特殊出生率")
        for r in reader:
            code = r[cc]
            if len(code) != 6 or not code.startswith("R") or not code.endswith("000"):
                sys.exit("unexpected region code " + code)
            rows.append((code[1:3], int(r[cy]), r[ct].strip()))
    rows.sort()
    if len(rows) != 47 * 12:
        sys.exit("tfr: %d rows, expected %d" % (len(rows), 47 * 12))
    with open(os.path.join(out, "tfr_prefecture.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("region_code,year,value\n")
        for code, year, value in rows:
            float(value)
            f.write("%s,%d,%s\n" % (code, year, value))
    return len(rows)


def compile_juki(shared, out):
    path = os.path.join(shared, "pop_muni_age5_sex_juki_2021_2022", "juki_2022-01-01_muni_age5_sex.utf8.csv")
    rows = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        first = header.index("0歳～4歳")
        if header[first + 17] != "85歳～89歳" or header[-1] != "100歳以上" or len(header) != first + 21:
            sys.exit("unexpected age columns in " + path)
        for r in reader:
            if r[1] not in ("prefecture", "municipality", "designated_city") or r[6] not in ("男", "女"):
                continue
            code = r[2][:2] if r[1] == "prefecture" else r[2]
            sex = "male" if r[6] == "男" else "female"
            ages = [int(x) for x in r[first:first + 21]]
            classes = ages[:17] + [sum(ages[17:])]
            rows.append((len(code), code, sex, [int(r[header.index("total")])] + classes))
    rows.sort(key=lambda x: (x[0], x[1], x[2] != "male"))
    if len(rows) != (47 + 1741) * 2:
        sys.exit("juki: %d rows, expected %d" % (len(rows), (47 + 1741) * 2))
    # Σ of the 1,741 municipalities = Σ of the 47 prefectures (PROVENANCE.md), per sex and class.
    for width, label in ((2, "prefectures"), (5, "municipalities")):
        total = sum(x[3][0] for x in rows if x[0] == width)
        if total != 125927902:
            sys.exit("juki: %s sum to %d, not 125,927,902" % (label, total))
    n = 0
    with open(os.path.join(out, "population_age_sex_juki_2022.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("region_code,year,sex,age_class,population\n")
        for _, code, sex, values in rows:
            for age, value in zip(["TOTAL"] + AGE_CODES, values):
                f.write("%s,2022,%s,%s,%d\n" % (code, sex, age, value))
                n += 1
    return n


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--shared", default=os.path.join(repo, "..", "shared", "data"))
    p.add_argument("--out", default=os.path.join(repo, "datasets", "starter"))
    a = p.parse_args()
    print("census rows:", compile_census(a.shared, a.out))
    print("survival rows:", compile_survival(a.shared, a.out))
    print("tfr rows:", compile_tfr(a.shared, a.out))
    print("juki rows:", compile_juki(a.shared, a.out))


if __name__ == "__main__":
    main()
