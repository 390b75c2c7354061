#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Extract Japan's 47 prefectures from the Natural Earth world map shipped in
Debian's qgis-common package and write them as GeoJSON keyed by JIS X 0401.

Usage:
    apt-get download qgis-common && dpkg -x qgis-common_*.deb x
    tools/extract_prefectures.py x/usr/share/qgis/resources/data/world_map.gpkg \
        resources/boundaries/prefectures_ne10m.geojson

Python 3 standard library only (sqlite3, struct, json). The GeoPackage's
`fips` codes (JA01..JA47) are alphabetical, not JIS, so every row is matched
by its romanised name instead and the result is checked to cover 01..47
exactly once.
"""

import json
import sqlite3
import struct
import sys
import unicodedata

# JIS X 0401 code -> (English name as Natural Earth spells it without
# diacritics, Japanese name).
PREFECTURES = {
    "01": ("Hokkaido", "北海道"), "02": ("Aomori", "青森県"), "03": ("Iwate", "岩手県"),
    "04": ("Miyagi", "宮城県"), "05": ("Akita", "秋田県"), "06": ("Yamagata", "山形県"),
    "07": ("Fukushima", "福島県"), "08": ("Ibaraki", "茨城県"), "09": ("Tochigi", "栃木県"),
    "10": ("Gunma", "群馬県"), "11": ("Saitama", "埼玉県"), "12": ("Chiba", "千葉県"),
    "13": ("Tokyo", "東京都"), "14": ("Kanagawa", "神奈川県"), "15": ("Niigata", "新潟県"),
    "16": ("Toyama", "富山県"), "17": ("Ishikawa", "石川県"), "18": ("Fukui", "福井県"),
    "19": ("Yamanashi", "山梨県"), "20": ("Nagano", "長野県"), "21": ("Gifu", "岐阜県"),
    "22": ("Shizuoka", "静岡県"), "23": ("Aichi", "愛知県"), "24": ("Mie", "三重県"),
    "25": ("Shiga", "滋賀県"), "26": ("Kyoto", "京都府"), "27": ("Osaka", "大阪府"),
    "28": ("Hyogo", "兵庫県"), "29": ("Nara", "奈良県"), "30": ("Wakayama", "和歌山県"),
    "31": ("Tottori", "鳥取県"), "32": ("Shimane", "島根県"), "33": ("Okayama", "岡山県"),
    "34": ("Hiroshima", "広島県"), "35": ("Yamaguchi", "山口県"), "36": ("Tokushima", "徳島県"),
    "37": ("Kagawa", "香川県"), "38": ("Ehime", "愛媛県"), "39": ("Kochi", "高知県"),
    "40": ("Fukuoka", "福岡県"), "41": ("Saga", "佐賀県"), "42": ("Nagasaki", "長崎県"),
    "43": ("Kumamoto", "熊本県"), "44": ("Oita", "大分県"), "45": ("Miyazaki", "宮崎県"),
    "46": ("Kagoshima", "鹿児島県"), "47": ("Okinawa", "沖縄県"),
}

DECIMALS = 4  # ~11 m at these latitudes, well below the 1:10m resolution


def corrected_code(code, polygon):
    """Natural Earth's admin-1 puts the Amami islands (Amami-Oshima, Kikai,
    Tokunoshima, Okinoerabu, Yoron) in Okinawa; they belong to Kagoshima (46).
    They are the Okinawa polygons lying wholly north of 27.0 N and east of
    128.35 E (Iotorishima at 128.23 E and Iheya/Izena at 127.9 E stay in 47)."""
    if code != "47":
        return code
    outer = polygon[0]
    if min(p[0] for p in outer) >= 128.35 and min(p[1] for p in outer) >= 27.0:
        return "46"
    return code


def ascii_key(name):
    """'Hokkaidō' -> 'hokkaido', 'Ōsaka' -> 'osaka' (drop combining marks)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip().lower()


def strip_gpkg_header(blob):
    """Returns (wkb bytes) after the GeoPackage binary header."""
    if len(blob) < 8 or blob[0:2] != b"GP":
        raise ValueError("not a GeoPackage geometry blob")
    flags = blob[3]
    if flags & 0x20:
        raise ValueError("extended GeoPackage geometry is not supported")
    if flags & 0x10:
        raise ValueError("empty geometry")
    envelope = (flags >> 1) & 0x07
    envelope_size = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get(envelope)
    if envelope_size is None:
        raise ValueError("invalid envelope indicator %d" % envelope)
    return blob[8 + envelope_size:]


class WkbReader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def _unpack(self, fmt, size):
        if self.pos + size > len(self.data):
            raise ValueError("truncated WKB")
        value = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += size
        return value

    def geometry(self):
        """Returns a list of polygons; a polygon is a list of rings of (lon, lat)."""
        (order,) = self._unpack("B", 1)
        e = "<" if order == 1 else ">"
        (gtype,) = self._unpack(e + "I", 4)
        dims = 2
        if gtype >= 1000:  # ISO Z / M / ZM
            dims += (gtype // 1000 >= 1) + (gtype // 1000 == 3)
            gtype %= 1000
        if gtype == 3:
            return [self._polygon(e, dims)]
        if gtype == 6:
            (count,) = self._unpack(e + "I", 4)
            polygons = []
            for _ in range(count):
                polygons.extend(self.geometry())
            return polygons
        raise ValueError("unexpected WKB geometry type %d" % gtype)

    def _polygon(self, e, dims):
        (nrings,) = self._unpack(e + "I", 4)
        rings = []
        for _ in range(nrings):
            (npoints,) = self._unpack(e + "I", 4)
            ring = []
            for _ in range(npoints):
                coords = self._unpack(e + "d" * dims, 8 * dims)
                ring.append((coords[0], coords[1]))
            rings.append(ring)
        return rings


def rounded_ring(ring):
    """Rounds to DECIMALS and drops consecutive duplicates; keeps the ring closed."""
    out = []
    for lon, lat in ring:
        p = [round(lon, DECIMALS), round(lat, DECIMALS)]
        if not out or out[-1] != p:
            out.append(p)
    if out and out[0] != out[-1]:
        out.append(list(out[0]))
    return out if len(out) >= 4 else None


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    gpkg, output = argv[1], argv[2]
    by_key = {ascii_key(en): code for code, (en, _) in PREFECTURES.items()}

    connection = sqlite3.connect("file:%s?mode=ro" % gpkg, uri=True)
    rows = connection.execute(
        "SELECT name, geom FROM states_provinces WHERE iso_a2 = 'JP' ORDER BY fips").fetchall()
    connection.close()

    polygons_by_code = {}
    vertices = 0
    moved = 0
    for name, blob in rows:
        code = by_key.get(ascii_key(name))
        if code is None:
            raise SystemExit("unmatched prefecture name in source: %r" % name)
        if code in polygons_by_code:
            raise SystemExit("two source rows map to %s (%r)" % (code, name))
        polygons_by_code[code] = []
        for polygon in WkbReader(strip_gpkg_header(bytes(blob))).geometry():
            rings = [r for r in (rounded_ring(ring) for ring in polygon) if r]
            if not rings:
                continue
            target = corrected_code(code, rings)
            moved += target != code
            polygons_by_code.setdefault(target, []).append(rings)
            vertices += sum(len(r) for r in rings)

    features = {}
    for code, polygons in polygons_by_code.items():
        en, ja = PREFECTURES[code]
        features[code] = {
            "type": "Feature",
            "properties": {"code": code, "name_ja": ja, "name_en": en},
            "geometry": {"type": "MultiPolygon", "coordinates": polygons},
        }

    missing = sorted(set(PREFECTURES) - set(features))
    if missing:
        raise SystemExit("prefectures missing from the source: %s" % ", ".join(missing))

    collection = {
        "type": "FeatureCollection",
        "name": "prefectures_ne10m",
        "features": [features[code] for code in sorted(features)],
    }
    with open(output, "w", encoding="utf-8") as f:
        json.dump(collection, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    sys.stderr.write("wrote %d prefectures, %d vertices to %s (%d Amami polygons moved 47 -> 46)\n"
                     % (len(features), vertices, output, moved))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
