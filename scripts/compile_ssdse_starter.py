#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compiles every item of the SSDSE tables in ../shared/data into the starter
pack (issue 12). The public files are never copied: their figures are
re-shaped into RegionLens's own layout, one row per indicator and year with a
column per region, the editions merged by item code:

  datasets/starter/ssdse_items.csv
      one row per indicator: id (ssdse.<item code>, or ssdse.b_<slug> for the
      SSDSE-B columns that have no code), item code, Japanese and English
      name, unit, category (SSDSE's area, the code's first letter), themes
      (RESAS maps), the tables and years it comes from, 出典 and licence.
  datasets/starter/ssdse_values_municipality.csv
      header: indicator,year,<the 1,741 municipality codes>; SSDSE-A-2021
      and SSDSE-A-2026 (two time points per item).
  datasets/starter/ssdse_values_prefecture.csv
      header: indicator,year,00,01..47; SSDSE-B-2025 (2011-2022), then
      SSDSE-E-2024 where SSDSE-B has no value for that item, prefecture and
      year (its 全国 row as 00), and SSDSE-C-2025 (household food spending of
      each prefecture's capital city, 東京都 = 東京都区部, under the
      prefecture's code; 全国 as 00).

An empty cell is missing (no value published); the editions in
../shared/data have no footnote symbols and no blanks (checked below, so a
later edition that has them fails loudly rather than turning them into 0).
Where two tables give the same item, region and year, the values must agree
(SSDSE-B and SSDSE-E do, to the last digit); otherwise the script stops.

Standard library only. Usage:
  python3 scripts/compile_ssdse_starter.py [--shared ../shared/data] [--out datasets/starter]
"""
import argparse
import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ssdse_names import CATEGORIES, FOOD, INDUSTRIES, NAMES, UNCODED_CATEGORY  # noqa: E402

LICENCE = '政府標準利用規約（第2.0版）/ CC BY 4.0 compatible (SSDSE terms as stated in PROVENANCE.md, not re-verified)'
SOURCE_JA = '独立行政法人統計センター {tables}（総務省統計局「社会・人口統計体系」ほかより編成）'
SOURCE_EN = 'NSTAC {tables} (compiled from the Statistics Bureau of Japan, System of Social and Demographic Statistics, and the underlying surveys)'
SOURCE_C_JA = '独立行政法人統計センター SSDSE-C-2025（総務省統計局「家計調査」二人以上の世帯、2022–2024年平均）'
SOURCE_C_EN = 'NSTAC SSDSE-C-2025 (Statistics Bureau of Japan, Family Income and Expenditure Survey, two-or-more-person households, 2022-2024 average)'


# Bundled ids: ssdse.<item code> (ssdse.b_<slug> for SSDSE-B columns without a code). The dot keeps
# them apart from ssdse_<code>, the ids the SSDSE importer gives a table the user imports, so that
# importing an SSDSE file works as before (a new indicator beside the bundled one).
ID_PREFIX = 'ssdse.'
ID_COLUMNS = {'地域コード', '都道府県', '市区町村', '市', '年度'}


def read(path, encoding='utf-8-sig'):
    with open(path, encoding=encoding, newline='') as f:
        return list(csv.reader(f))


def number(text, where):
    t = text.strip()
    if t == '':
        return ''
    try:
        float(t)
    except ValueError:
        sys.exit(f'{where}: "{text}" is not a number (footnote symbol?) — decide how to keep it missing first')
    return t


def english(name_ja):
    base, suffix = name_ja.translate(str.maketrans('０１２３４５６７８９', '0123456789')), ''
    for ja, en in (('（男）', ' (male)'), ('（女）', ' (female)')):
        if base.endswith(ja):
            base, suffix = base[: -len(ja)], en
    if base in NAMES:
        return NAMES[base] + suffix
    m = re.fullmatch(r'(事業所数|従業者数)（民営）（(.+)）', base)
    if m:
        head = 'Private establishments' if m.group(1) == '事業所数' else 'Employees of private establishments'
        ind = m.group(2).replace('，', '、')
        if ind in INDUSTRIES:
            return f'{head}: {INDUSTRIES[ind]}' + suffix
    m = re.fullmatch(r'(\d\d)\u3000(.+)', base)   # SSDSE-C food groups "01　穀類"
    if m:
        base = m.group(2)
    if base in FOOD:
        return FOOD[base] + suffix
    sys.exit(f'no English name for {name_ja}')


def unit(code, name):
    """(unit_ja, unit_en) from the item's name; SSDSE's definitions (統計センター 項目定義)."""
    n = re.sub('（[男女]）$', '', name)
    rules = [
        (lambda: code.startswith('LB'), ('円', 'yen per household per year')),
        (lambda: code == 'LA03', ('人', 'persons')),
        (lambda: n.endswith('（二人以上の世帯）'), ('円', 'yen per household per month')),
        (lambda: '比率' in n or '率' in n and n != '合計特殊出生率', ('%', '%')),
        (lambda: n == '合計特殊出生率', ('人', 'children per woman')),
        (lambda: '面積' in n and n.startswith('着工'), ('m²', 'm²')),
        (lambda: n == '1住宅当たり延べ面積', ('m²', 'm²')),
        (lambda: '面積' in n, ('ha', 'ha')),
        (lambda: code in ('C1121', 'C1221'), ('百万円', 'million yen')),
        (lambda: code == 'C122101', ('千円', 'thousand yen')),
        (lambda: '（市町村財政）' in n, ('千円', 'thousand yen')),
        (lambda: '気温' in n, ('℃', '°C')),
        (lambda: n == '降水日数（年間）', ('日', 'days')),
        (lambda: n == '降水量（年間）', ('mm', 'mm')),
        (lambda: n.startswith('標準価格'), ('円/m²', 'yen per m²')),
        (lambda: n == 'ごみ総排出量（総量）', ('t', 'tonnes')),
        (lambda: n == '1人1日当たりの排出量', ('g', 'grams')),
        (lambda: n == '延べ宿泊者数' or n == '外国人延べ宿泊者数', ('人泊', 'guest nights')),
        (lambda: n.startswith('事業所数'), ('事業所', 'establishments')),
        (lambda: n.startswith('農家数'), ('戸', 'farm households')),
        (lambda: '世帯数' in n, ('世帯', 'households')),
        (lambda: '件数' in n or n == '充足数（一般）', ('件', 'cases')),
        (lambda: n == '客室数' or '客室数' in n, ('室', 'rooms')),
        (lambda: n == '着工建築物数', ('棟', 'buildings')),
        (lambda: '住宅' in n and n.endswith('数') or n in ('空き家数', '持ち家数', '着工新設持家数', '着工新設貸家数'),
         ('戸', 'dwellings')),
        (lambda: re.search('(学校|大学)数$', n) is not None, ('校', 'schools')),
        (lambda: n == '幼稚園数', ('園', 'kindergartens')),
        (lambda: re.search('店数$', n) is not None, ('店', 'shops')),
        (lambda: re.search('(病院|診療所|保育所等|公民館|図書館|博物館|劇場、音楽堂等|体育施設|映画館|旅館営業施設)数(（.+）)?$', n)
         is not None, ('施設', 'facilities')),
    ]
    for test, u in rules:
        if test():
            return u
    return ('人', 'persons')   # population, employees, pupils, physicians …


ADDITIVE_UNITS = {'人', '世帯', '件', '事業所', '施設', '校', '園', '店', '戸', '棟', '室', '人泊', '千円', '百万円', 'ha', 'm²', 't'}


def additive(code, name, unit_ja, unit_en):
    """A count or an amount (may be divided by population, area, households), not a rate or an average."""
    if code in ('C122101', 'H2130', 'LA03') or code.startswith('LB') or unit_en == 'children per woman':
        return False
    return unit_ja in ADDITIVE_UNITS and '当たり' not in name


def themes(code, name, category):
    """Theme ids mirroring RESAS's maps (the catalogue's names are in datasets/indicatorcatalog.cpp)."""
    t = set()
    n = name
    if category == 'A':
        t.add('population')
    if code in ('C1121', 'C1221', 'C122101') or code.startswith(('C21', 'C22', 'C31')) or code == 'C3107':
        t.add('business')
    if category == 'L' or code in ('H6130', 'H6131', 'H6132') or '（卸売業、小売業）' in n:
        t.add('consumption')
    if (code in ('C3801', 'C3802', 'G7101', 'G7102', 'G5105', 'H6131', 'G1501', 'G1604')
            or '（宿泊業、飲食サービス業）' in n or '（生活関連サービス業、娯楽業）' in n):
        t.add('tourism')
    if (category in ('I', 'J') or '（医療、福祉）' in n
            or code in ('A1303', 'A1419', 'A811102', 'A8201', 'A8301')):
        t.add('health_welfare')
    if category == 'D':
        t.add('finance')
    if category == 'F' or code == 'C2208':
        t.add('employment')
    if category == 'H' or code in ('B1101', 'B1103'):
        t.add('town')
    return sorted(t)


def slug(name_en):
    words = re.sub(r'[^a-z0-9]+', ' ', name_en.lower()).split()
    out = []
    for w in words:
        if len('_'.join(out + [w])) > 40:
            break
        out.append(w)
    return '_'.join(out)


class Compiler:
    def __init__(self):
        self.items = {}      # id -> dict
        self.order = []
        self.values = {'municipality': {}, 'prefecture': {}}   # level -> (id, year) -> {region: value}

    def item(self, ident, code, name_ja, table, category):
        it = self.items.get(ident)
        if it is None:
            unit_ja, unit_en = unit(code, name_ja)
            it = {'id': ident, 'code': code, 'name_ja': name_ja, 'name_en': english(name_ja),
                  'unit_ja': unit_ja, 'unit_en': unit_en, 'category': category,
                  'themes': themes(code, name_ja, category), 'tables': [], 'names': set()}
            self.items[ident] = it
            self.order.append(ident)
        if table not in it['tables']:
            it['tables'].append(table)
        it['names'].add(name_ja)
        return it

    def put(self, level, ident, year, region, value, where):
        cell = self.values[level].setdefault((ident, year), {})
        old = cell.get(region)
        if old is not None and float(old) != float(value):
            sys.exit(f'{where}: {ident} {year} {region}: {value} differs from {old} given by another table')
        if old is None:
            cell[region] = value

    def coded_table(self, path, level, table, latest_names):
        rows = read(path)
        codes, years, names = rows[0], rows[1], rows[2]
        for r in rows[3:]:
            region = r[0].strip()[1:]
            if level == 'prefecture':
                region = region[:2]
            for c in range(len(codes)):
                if names[c].strip() in ID_COLUMNS:
                    continue
                code = codes[c].strip()
                it = self.item(ID_PREFIX + code.lower(), code, names[c].strip(), table, code[0])
                if latest_names:
                    it['name_ja'] = names[c].strip()
                    it['name_en'] = english(it['name_ja'])
                    it['themes'] = themes(code, it['name_ja'], it['category'])
                year = int(years[c])
                it.setdefault('years', {}).setdefault(f'{level}:{table}', set()).add(year)
                self.put(level, it['id'], year, region, number(r[c], f'{path} {r[0]} {code}'), path)

    def ssdse_b(self, path, by_name):
        rows = read(path)
        head = rows[0]
        for c in range(3, len(head)):
            name = head[c].strip()
            code = by_name.get(name, '')
            if code:
                ident = ID_PREFIX + code.lower()
                cat = code[0]
            else:
                ident = ID_PREFIX + 'b_' + slug(english(name))
                cat = next((k for key, k in UNCODED_CATEGORY if key in name), None)
                if cat is None:
                    sys.exit(f'no category for SSDSE-B item {name}')
            it = self.item(ident, code, name, 'SSDSE-B-2025', cat)
            for r in rows[1:]:
                year = int(r[0])
                it.setdefault('years', {}).setdefault('prefecture:SSDSE-B-2025', set()).add(year)
                self.put('prefecture', ident, year, r[1][1:3], number(r[c], f'{path} {r[1]} {name}'), path)

    def ssdse_c(self, path):
        rows = read(path)
        codes, names = rows[0], rows[1]
        year_text = codes[1]           # "2022-2024年": stored as 2024, the last year of the average
        year = int(re.findall(r'\d{4}', year_text)[-1])
        for r in rows[2:]:
            region = '00' if r[0] == 'R00000' else r[0][1:3]
            for c in range(len(codes)):
                if names[c].strip() in ID_COLUMNS:
                    continue
                code = codes[c].strip()
                name = re.sub(r'^\d\d\u3000', '', names[c].strip())
                it = self.item(ID_PREFIX + code.lower(), code, name, 'SSDSE-C-2025', 'L')
                it['themes'] = ['consumption']
                it['food'] = True
                it.setdefault('years', {}).setdefault('prefecture:SSDSE-C-2025', set()).add(year)
                self.put('prefecture', it['id'], year, region, number(r[c], f'{path} {r[0]} {code}'), path)


def span(years):
    ys = sorted(years)
    return str(ys[0]) if len(ys) == 1 else f'{ys[0]}–{ys[-1]}' if ys == list(range(ys[0], ys[-1] + 1)) \
        else '・'.join(map(str, ys))


def notes(it):
    ja, en = [], []
    level_ja = {'municipality': '市区町村', 'prefecture': '都道府県'}
    level_en = {'municipality': 'municipalities', 'prefecture': 'prefectures'}
    for key in sorted(it['years']):
        level, table = key.split(':')
        ja.append(f'{level_ja[level]} {table}（{span(it["years"][key])}年）')
        en.append(f'{level_en[level]} {table} ({span(it["years"][key]).replace("・", ", ")})')
    note_ja = '、'.join(ja) + '。'
    note_en = '; '.join(en) + '.'
    if it.get('food'):
        note_ja += '都道府県の値は都道府県庁所在市（東京都は東京都区部）の値、全国は全国平均。年は2022–2024年平均の最終年。'
        note_en += (' A prefecture\'s value is that of its capital city (Tokyo: the 23 wards); 00 is the national '
                    'average. The year is the last of the 2022-2024 average.')
    if len(it['names']) > 1:
        others = sorted(n for n in it['names'] if n != it['name_ja'])
        note_ja += '旧版の項目名：' + '、'.join(others) + '。'
        note_en += ' Earlier editions name it: ' + ', '.join(others) + '.'
    if any(k.endswith('SSDSE-E-2024') for k in it['years']) and \
            any(k.endswith('SSDSE-B-2025') for k in it['years']):
        note_ja += '都道府県はSSDSE-Bの系列を優先し、SSDSE-Eは同じ年のない値（全国を含む）を補う。'
        note_en += ' Prefectures: the SSDSE-B series first; SSDSE-E adds the years it lacks (and the national row).'
    return note_ja, note_en


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument('--shared', default=os.path.join(here, '..', '..', 'shared', 'data'))
    ap.add_argument('--out', default=os.path.join(here, '..', 'datasets', 'starter'))
    a = ap.parse_args()
    sh = a.shared
    comp = Compiler()
    # SSDSE-A: the 2026 edition last so that its names (the newer wording) win.
    comp.coded_table(os.path.join(sh, 'ssdse_a_municipal/utf8/SSDSE-A-2021.utf8.csv'), 'municipality',
                     'SSDSE-A-2021', False)
    comp.coded_table(os.path.join(sh, 'ssdse_a_municipal/utf8/SSDSE-A-2026.utf8.csv'), 'municipality',
                     'SSDSE-A-2026', True)
    # SSDSE-B has names only: its items take the code of the same name in SSDSE-A-2026 / SSDSE-E-2024.
    by_name = {}
    for path in ('ssdse_a_municipal/utf8/SSDSE-A-2026.utf8.csv', 'ssdse_e_pref/utf8/SSDSE-E-2024.utf8.csv'):
        rows = read(os.path.join(sh, path))
        for code, name in zip(rows[0], rows[2]):
            if name.strip() in ID_COLUMNS:
                continue
            by_name.setdefault(name.strip(), code.strip())
    comp.ssdse_b(os.path.join(sh, 'ssdse_b_pref_timeseries/utf8/SSDSE-B-2025.utf8.csv'), by_name)
    comp.coded_table(os.path.join(sh, 'ssdse_e_pref/utf8/SSDSE-E-2024.utf8.csv'), 'prefecture', 'SSDSE-E-2024',
                     False)
    comp.ssdse_c(os.path.join(sh, 'ssdse_c_household_food/SSDSE-C-2025.csv'))

    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, 'ssdse_items.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['id', 'item_code', 'name_ja', 'name_en', 'unit_ja', 'unit_en', 'category', 'themes', 'additive', 'tables',
                    'source_ja', 'source_en', 'licence', 'note_ja', 'note_en'])
        for ident in comp.order:
            it = comp.items[ident]
            tables = ', '.join(sorted(it['tables']))
            food = it.get('food')
            note_ja, note_en = notes(it)
            w.writerow([ident, it['code'], it['name_ja'], it['name_en'], it['unit_ja'], it['unit_en'],
                        it['category'], ';'.join(it['themes']),
                        '1' if additive(it['code'], it['name_ja'], it['unit_ja'], it['unit_en']) else '0',
                        ';'.join(sorted(it['tables'])),
                        SOURCE_C_JA if food else SOURCE_JA.format(tables=tables),
                        SOURCE_C_EN if food else SOURCE_EN.format(tables=tables), LICENCE, note_ja, note_en])
    regions = {
        'municipality': sorted({r for cell in comp.values['municipality'].values() for r in cell}),
        'prefecture': ['00'] + [f'{i:02d}' for i in range(1, 48)],
    }
    for level, codes in regions.items():
        with open(os.path.join(a.out, f'ssdse_values_{level}.csv'), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(['indicator', 'year'] + codes)
            for (ident, year) in sorted(comp.values[level], key=lambda k: (comp.order.index(k[0]), k[1])):
                cell = comp.values[level][(ident, year)]
                w.writerow([ident, year] + [cell.get(c, '') for c in codes])
    print(f'{len(comp.order)} indicators; municipality rows {len(comp.values["municipality"])} x '
          f'{len(regions["municipality"])}; prefecture rows {len(comp.values["prefecture"])}')


if __name__ == '__main__':
    main()
