#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compile the starter pack's input-output tables (datasets/starter/io_2015_12sector*.csv).

Reads ../shared/data/io_2015_regional_12sector/2015Data_Japan.csv (S. Fukui, ReagionalIOTables, commit
a4748179; see its PROVENANCE.md) and keeps the national table (00000) and the areas whose licence
PROVENANCE.md ("Licence situation", from the source's Notice.txt) states as CC BY 4.0 or CC BY 2.1 JP.

Output (tidy, zeros left out, values as written in the source):
  io_2015_12sector.csv          area_id,item,value   item = A_i_j, D_i_d, M_i, V_j_g, Y_i as in the source
                                                     (True/False -> 1/0, PROVENANCE.md), and SEmp_NN = employees
                                                     summed over the JSIC minor groups SEmp_NNx of major group NN
  io_2015_12sector_sources.csv  area_id,licence,publisher,title,url  (出典 of each original table)

Usage: python3 scripts/compile_io_starter.py [SOURCE.csv] [OUTDIR]   (stdlib only, deterministic)
"""
import csv
import hashlib
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SOURCE = os.path.join(HERE, '..', '..', 'shared', 'data', 'io_2015_regional_12sector', '2015Data_Japan.csv')
DEFAULT_OUT = os.path.join(HERE, '..', 'datasets', 'starter')
SHA256 = '27bec47a8a56c12d613af71b8025eef6b1fdb08cee87a93a18bb0d819a832054'

NATIONAL = ('00000', '政府標準利用規約（第2.0版）', '総務省', '平成27年（2015年）産業連関表',
            'https://www.soumu.go.jp/toukei_toukatsu/data/io/ichiran.htm')
# area, licence, publisher, url of the original table (Notice.txt of the source, as PROVENANCE.md quotes it)
CC_BY = [
    ('04000', 'CC BY 4.0', '宮城県', 'https://www.pref.miyagi.jp/soshiki/toukei/rennkann.html'),
    ('06000', 'CC BY 4.0', '山形県', 'https://www.pref.yamagata.jp/020052/kensei/shoukai/toukeijouhou/sangyourenkanhyou-1/h17sangyorenkan.html'),
    ('07000', 'CC BY 2.1 JP', '福島県', 'https://www.pref.fukushima.lg.jp/sec/11045b/17023.html'),
    ('10000', 'CC BY 4.0', '群馬県', 'https://toukei.pref.gunma.jp/gio/gio2015.htm'),
    ('12000', 'CC BY 4.0', '千葉県', 'https://www.pref.chiba.lg.jp/toukei/toukeidata/sangyou/h27/index.html'),
    ('14000', 'CC BY 4.0', '神奈川県', 'https://www.pref.kanagawa.jp/docs/x6z/tc20/sanren/newest.html'),
    ('15000', 'CC BY 4.0', '新潟県', 'https://www.pref.niigata.lg.jp/site/tokei/0358603.html'),
    ('20000', 'CC BY 4.0', '長野県', 'https://www.pref.nagano.lg.jp/tokei/tyousa/sangyorenkan.html'),
    ('21000', 'CC BY 2.1 JP', '岐阜県', 'https://www.pref.gifu.lg.jp/page/25991.html'),
    ('22000', 'CC BY 4.0', '静岡県', 'https://toukei.pref.shizuoka.jp/search?class=15&invest=15050'),
    ('23000', 'CC BY 2.1 JP', '愛知県', 'https://www.pref.aichi.jp/soshiki/toukei/io2015.html'),
    ('24000', 'CC BY 4.0', '三重県', 'https://www.pref.mie.lg.jp/DATABOX/00006816699_00001.htm'),
    ('25000', 'CC BY 4.0', '滋賀県', 'https://www.pref.shiga.lg.jp/kensei/tokei/sonota/sangyou/317842.html'),
    ('26000', 'CC BY 4.0', '京都府', 'https://www.pref.kyoto.jp/tokei/cycle/sanren/sanrentop.html'),
    ('27000', 'CC BY 4.0', '大阪府', 'https://www.pref.osaka.lg.jp/o040090/toukei/sanren/sanren_k-io15k000.html'),
    ('28000', 'CC BY 4.0', '兵庫県', 'https://web.pref.hyogo.lg.jp/kk11/h27sangyourenkantoukeihyou.html'),
    ('30000', 'CC BY 4.0', '和歌山県', 'https://www.pref.wakayama.lg.jp/prefg/020300/sangyo/h27/d00203979.html'),
    ('34000', 'CC BY 2.1 JP', '広島県', 'https://www.pref.hiroshima.lg.jp/site/toukei/sangyorenkanhyo.html'),
    ('35000', 'CC BY 4.0', '山口県', 'https://www.pref.yamaguchi.lg.jp/soshiki/22/15720.html'),
    ('41000', 'CC BY 4.0', '佐賀県', 'https://www.pref.saga.lg.jp/toukei/kiji00373733/index.html'),
    ('42000', 'CC BY 4.0', '長崎県', 'https://www.pref.nagasaki.jp/bunrui/kenseijoho/toukeijoho/renkan/27io/'),
    ('43000', 'CC BY 4.0', '熊本県', 'https://www.pref.kumamoto.jp/soshiki/20/50333.html'),
    ('44000', 'CC BY 4.0', '大分県', 'https://www.pref.oita.jp/site/toukei/sangyo.html'),
    ('45000', 'CC BY 4.0', '宮崎県', 'https://www.pref.miyazaki.lg.jp/tokeichosa/kense/toke/bunsekifile.html'),
    ('46000', 'CC BY 4.0', '鹿児島県', 'https://www.pref.kagoshima.jp/tokei/bunya/keizai/renkan/'),
    ('01100', 'CC BY 4.0', '札幌市', 'https://www.city.sapporo.jp/toukei/sna/sna.html'),
    ('12100', 'CC BY 2.1 JP', '千葉市', 'https://www.city.chiba.jp/sogoseisaku/sogoseisaku/kikaku/tokei/27renkan.html'),
    ('14100', 'CC BY 4.0', '横浜市', 'https://www.city.yokohama.lg.jp/business/kigyoshien/tokei-chosa/rennkannhyou.html'),
    ('14130', 'CC BY 2.1 JP', '川崎市', 'https://www.city.kawasaki.jp/shisei/category/51-4-6-2-6-0-0-0-0-0.html'),
    ('33100', 'CC BY 4.0', '岡山市', 'https://www.city.okayama.jp/shisei/0000019899.html'),
]
IO_ITEM = re.compile(r'^(A_\d+_\d+|D_\d+_\d+|M_\d+|V_\d+_\d+|Y_\d+)$')
EMPLOYEES = re.compile(r'^SEmp_(\d\d)[0-9A-Z]$')


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SOURCE
    outdir = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUT
    with open(source, 'rb') as f:
        data = f.read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256:
        sys.exit(f'{source}: sha256 {digest}, expected {SHA256} (the copy PROVENANCE.md describes)')
    rows = list(csv.reader(data.decode('ascii').splitlines()))
    header, body = rows[0], {r[0]: r for r in rows[1:] if r}
    sources = [NATIONAL] + [(a, lic, pub, f'平成27年（2015年）{pub}産業連関表', url) for a, lic, pub, url in CC_BY]
    cells = []
    for area, *_ in sources:
        row = body[area]
        employees = {}
        for name, text in zip(header, row):
            if text in ('True', 'False'):   # pandas bool artefact: True = 1, False = 0 (PROVENANCE.md)
                text = '1' if text == 'True' else '0'
            if IO_ITEM.match(name):
                if Decimal(text) != 0:
                    cells.append((area, name, text))
            elif (m := EMPLOYEES.match(name)):
                employees[m.group(1)] = employees.get(m.group(1), Decimal(0)) + Decimal(text)
        for group in sorted(employees):
            if employees[group] != 0:
                cells.append((area, f'SEmp_{group}', str(employees[group])))
    with open(os.path.join(outdir, 'io_2015_12sector.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['area_id', 'item', 'value'])
        w.writerows(cells)
    with open(os.path.join(outdir, 'io_2015_12sector_sources.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['area_id', 'licence', 'publisher', 'title', 'url'])
        w.writerows(sources)
    print(f'{len(sources)} tables, {len(cells)} cells')


if __name__ == '__main__':
    main()
