<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>GuiOptions</name>
    <message>
        <source>The store to open (created with the starter pack if new).</source>
        <translation>The store to open (created with the starter pack if new).</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>Render the main window to a PNG file and exit.</translation>
    </message>
    <message>
        <source>User interface language: ja or en.</source>
        <translation>User interface language: ja or en.</translation>
    </message>
    <message>
        <source>Comma-separated region codes to select.</source>
        <translation>Comma-separated region codes to select.</translation>
    </message>
    <message>
        <source>Indicator to show.</source>
        <translation>Indicator to show.</translation>
    </message>
    <message>
        <source>Write the region report (A4 PDF) of the first selected region and exit.</source>
        <translation>Write the region report (A4 PDF) of the first selected region and exit.</translation>
    </message>
    <message>
        <source>Page to show: %1.</source>
        <translation>Page to show: %1.</translation>
    </message>
    <message>
        <source>Large fonts for projectors and workshops.</source>
        <translation>Large fonts for projectors and workshops.</translation>
    </message>
    <message>
        <source>Window size of --screenshot and --report renders, e.g. 1366x768 (default 1500x900).</source>
        <translation>Window size of --screenshot and --report renders, e.g. 1366x768 (default 1500x900).</translation>
    </message>
    <message>
        <source>Print the version (with the git describe when built from a checkout) and exit.</source>
        <translation>Print the version (with the git describe when built from a checkout) and exit.</translation>
    </message>
    <message>
        <source>Print this manual page (roff) and exit.</source>
        <translation>Print this manual page (roff) and exit.</translation>
    </message>
    <message>
        <source>RegionLens — regional economy analysis for Japan</source>
        <translation>RegionLens — regional economy analysis for Japan</translation>
    </message>
    <message>
        <source>regional economy analysis for Japan</source>
        <translation>regional economy analysis for Japan</translation>
    </message>
    <message>
        <source>RegionLens analyses Japan's regional economy offline: location quotients and the industry structure, shift-share growth factors, population and migration, input-output tables and population projections, on maps, charts and tables with a commentary on what the figures say. It starts on a bundled pack of official statistics and imports e-Stat downloads, SSDSE tables and boundaries.</source>
        <translation>RegionLens analyses Japan's regional economy offline: location quotients and the industry structure, shift-share growth factors, population and migration, input-output tables and population projections, on maps, charts and tables with a commentary on what the figures say. It starts on a bundled pack of official statistics and imports e-Stat downloads, SSDSE tables and boundaries.</translation>
    </message>
    <message>
        <source>Without --screenshot or --report it opens the window. A new store is created with the starter pack first. With --screenshot or --report it renders offscreen and exits; set QT_QPA_PLATFORM=offscreen on a machine without a display.</source>
        <translation>Without --screenshot or --report it opens the window. A new store is created with the starter pack first. With --screenshot or --report it renders offscreen and exits; set QT_QPA_PLATFORM=offscreen on a machine without a display.</translation>
    </message>
    <message>
        <source>regionlens-cli runs the same analyses from the command line.</source>
        <translation>regionlens-cli runs the same analyses from the command line.</translation>
    </message>
    <message>
        <source>Print the options, including Qt's own, and exit.</source>
        <translation>Print the options, including Qt's own, and exit.</translation>
    </message>
    <message>
        <source>Print the options and exit.</source>
        <translation>Print the options and exit.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <source>the store, the screenshot or the report failed</source>
        <translation>the store, the screenshot or the report failed</translation>
    </message>
    <message>
        <source>an unknown page</source>
        <translation>an unknown page</translation>
    </message>
    <message>
        <source>the default store</source>
        <translation>the default store</translation>
    </message>
</context>
<context>
    <name>ImportMessage</name>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: warning: %2</translation>
    </message>
    <message>
        <source>%1: info: %2</source>
        <translation>%1: info: %2</translation>
    </message>
    <message>
        <source>%1: format %2%3</source>
        <translation>%1: format %2%3</translation>
    </message>
    <message>
        <source>, encoding %1</source>
        <translation>, encoding %1</translation>
    </message>
    <message>
        <source>%1 %2 for indicator '%3'%4</source>
        <translation>%1 %2 for indicator '%3'%4</translation>
    </message>
    <message>
        <source>values</source>
        <translation>values</translation>
    </message>
    <message>
        <source>flows</source>
        <translation>flows</translation>
    </message>
    <message>
        <source>, %1–%2 (%3 years)</source>
        <translation>, %1–%2 (%3 years)</translation>
    </message>
    <message>
        <source>%1 boundaries (%2)%3</source>
        <translation>%1 boundaries (%2)%3</translation>
    </message>
    <message>
        <source>, %1 region names</source>
        <translation>, %1 region names</translation>
    </message>
    <message>
        <source>%1 stored without a number, status %2</source>
        <translation>%1 stored without a number, status %2</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 skipped: %2</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 errors, %2 warnings</translation>
    </message>
    <message>
        <source>further issues are counted but not listed</source>
        <translation>further issues are counted but not listed</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>the import was cancelled</translation>
    </message>
    <message>
        <source>the file has %1 error(s); nothing was stored: %2</source>
        <translation>the file has %1 error(s); nothing was stored: %2</translation>
    </message>
    <message>
        <source>prefecture</source>
        <translation>prefecture</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>nation</source>
        <translation>nation</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origin</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>industry</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>age class</source>
        <translation>age class</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>layer '%1' (of %2)</source>
        <translation>layer '%1' (of %2)</translation>
    </message>
    <message>
        <source>code property '%1' (detected: %2 regions)</source>
        <translation>code property '%1' (detected: %2 regions)</translation>
    </message>
    <message>
        <source>code property '%1'</source>
        <translation>code property '%1'</translation>
    </message>
    <message>
        <source>name property '%1'</source>
        <translation>name property '%1'</translation>
    </message>
    <message>
        <source>names from N03_004 (with N03_003 for the wards of designated cities)</source>
        <translation>names from N03_004 (with N03_003 for the wards of designated cities)</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <source>lines 1–%1: metadata, skipped</source>
        <translation>lines 1–%1: metadata, skipped</translation>
    </message>
    <message>
        <source>column %1 '%2' → %3</source>
        <translation>column %1 '%2' → %3</translation>
    </message>
    <message>
        <source>year %1 (--year)</source>
        <translation>year %1 (--year)</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <source>%1 '%2' (%3 categories) → %4</source>
        <translation>%1 '%2' (%3 categories) → %4</translation>
    </message>
    <message>
        <source>line %1: %2 columns of %3</source>
        <translation>line %1: %2 columns of %3</translation>
    </message>
    <message>
        <source>first column '%1': %2</source>
        <translation>first column '%1': %2</translation>
    </message>
    <message>
        <source>indicator '%1' (flows)</source>
        <translation>indicator '%1' (flows)</translation>
    </message>
    <message>
        <source>indicator '%1'</source>
        <translation>indicator '%1'</translation>
    </message>
    <message>
        <source>column %1 %2 '%3' → indicator %4%5</source>
        <translation>column %1 %2 '%3' → indicator %4%5</translation>
    </message>
    <message>
        <source>%1 → destination</source>
        <translation>%1 → destination</translation>
    </message>
    <message>
        <source>%1 → year</source>
        <translation>%1 → year</translation>
    </message>
    <message>
        <source>%1 → value</source>
        <translation>%1 → value</translation>
    </message>
    <message>
        <source>%1 → indicator id</source>
        <translation>%1 → indicator id</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 measures (表章項目) become indicators %2 … %3</source>
        <translation>%1 measures (表章項目) become indicators %2 … %3</translation>
    </message>
    <message>
        <source>%1 ward features joined to their designated cities</source>
        <translation>%1 ward features joined to their designated cities</translation>
    </message>
    <message>
        <source>GeoJSON boundaries (FeatureCollection of polygons)</source>
        <translation>GeoJSON boundaries (FeatureCollection of polygons)</translation>
    </message>
    <message>
        <source>TopoJSON boundaries (quantized arcs, one object)</source>
        <translation>TopoJSON boundaries (quantized arcs, one object)</translation>
    </message>
    <message>
        <source>GeoPackage features table (EPSG:4326 / JGD2011)</source>
        <translation>GeoPackage features table (EPSG:4326 / JGD2011)</translation>
    </message>
    <message>
        <source>e-Stat CSV download or Statistics Bureau CSV table (UTF-8 or Shift_JIS)</source>
        <translation>e-Stat CSV download or Statistics Bureau CSV table (UTF-8 or Shift_JIS)</translation>
    </message>
    <message>
        <source>e-Stat API getStatsData response (JSON)</source>
        <translation>e-Stat API getStatsData response (JSON)</translation>
    </message>
    <message>
        <source>Wide OD matrix: destinations across, origins down (住民基本台帳人口移動報告)</source>
        <translation>Wide OD matrix: destinations across, origins down (住民基本台帳人口移動報告)</translation>
    </message>
    <message>
        <source>SSDSE wide table (統計センター), Shift_JIS or UTF-8</source>
        <translation>SSDSE wide table (統計センター), Shift_JIS or UTF-8</translation>
    </message>
    <message>
        <source>features without a code (e.g. 所属未定地, unassigned areas)</source>
        <translation>features without a code (e.g. 所属未定地, unassigned areas)</translation>
    </message>
    <message>
        <source>regions the store does not have</source>
        <translation>regions the store does not have</translation>
    </message>
    <message>
        <source>features of another level than %1</source>
        <translation>features of another level than %1</translation>
    </message>
    <message>
        <source>features without geometry</source>
        <translation>features without geometry</translation>
    </message>
    <message>
        <source>特別区部 (13100) is an aggregate of Tokyo's 23 wards, not a region</source>
        <translation>特別区部 (13100) is an aggregate of Tokyo's 23 wards, not a region</translation>
    </message>
    <message>
        <source>not at the requested level (%1)</source>
        <translation>not at the requested level (%1)</translation>
    </message>
    <message>
        <source>year other than %1 (--year)</source>
        <translation>year other than %1 (--year)</translation>
    </message>
    <message>
        <source>age not stated (年齢不詳) has no age class</source>
        <translation>age not stated (年齢不詳) has no age class</translation>
    </message>
    <message>
        <source>total or note rows</source>
        <translation>total or note rows</translation>
    </message>
    <message>
        <source>diagonal '%1' (moves within a region are not in the table)</source>
        <translation>diagonal '%1' (moves within a region are not in the table)</translation>
    </message>
    <message>
        <source>empty cell</source>
        <translation>empty cell</translation>
    </message>
    <message>
        <source>column '%1' skipped (a total)</source>
        <translation>column '%1' skipped (a total)</translation>
    </message>
    <message>
        <source>note line ignored: %1</source>
        <translation>note line ignored: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>nothing to import: the file holds no values</source>
        <translation>nothing to import: the file holds no values</translation>
    </message>
    <message>
        <source>the format is not recognised (give --format: %1)</source>
        <translation>the format is not recognised (give --format: %1)</translation>
    </message>
    <message>
        <source>unknown format '%1' (known: %2)</source>
        <translation>unknown format '%1' (known: %2)</translation>
    </message>
    <message>
        <source>unknown encoding '%1'</source>
        <translation>unknown encoding '%1'</translation>
    </message>
    <message>
        <source>binary data in no supported format</source>
        <translation>binary data in no supported format</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>binary data, not text</translation>
    </message>
    <message>
        <source>a NUL byte: binary data, not text</source>
        <translation>a NUL byte: binary data, not text</translation>
    </message>
    <message>
        <source>the file is not valid %1</source>
        <translation>the file is not valid %1</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16</source>
        <translation>the file is not valid UTF-16</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark but is not valid UTF-8</source>
        <translation>the file starts with a UTF-8 byte order mark but is not valid UTF-8</translation>
    </message>
    <message>
        <source>mixed encodings: line %1 is UTF-8 but line %2 is not</source>
        <translation>mixed encodings: line %1 is UTF-8 but line %2 is not</translation>
    </message>
    <message>
        <source>%1 fields, expected %2 (truncated or malformed row)</source>
        <translation>%1 fields, expected %2 (truncated or malformed row)</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation>line %1: a quoted field is not closed before the end of the file</translation>
    </message>
    <message>
        <source>a code of %1 characters ('%2…'): codes are at most %3 characters</source>
        <translation>a code of %1 characters ('%2…'): codes are at most %3 characters</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>cannot open: %1</translation>
    </message>
    <message>
        <source>cannot open: not readable</source>
        <translation>cannot open: not readable</translation>
    </message>
    <message>
        <source>cannot write a temporary copy</source>
        <translation>cannot write a temporary copy</translation>
    </message>
    <message>
        <source>'%1' is not a year</source>
        <translation>'%1' is not a year</translation>
    </message>
    <message>
        <source>'%1' is not a year (write it as 2020, 2020年, FY2020 or 2020年度)</source>
        <translation>'%1' is not a year (write it as 2020, 2020年, FY2020 or 2020年度)</translation>
    </message>
    <message>
        <source>'%1' is a fiscal year (April %2 to March %3), stored as year %2</source>
        <translation>'%1' is a fiscal year (April %2 to March %3), stored as year %2</translation>
    </message>
    <message>
        <source>'%1' is not a number or a known footnote symbol</source>
        <translation>'%1' is not a number or a known footnote symbol</translation>
    </message>
    <message>
        <source>'%1' is not a region code</source>
        <translation>'%1' is not a region code</translation>
    </message>
    <message>
        <source>'%1' is not a region</source>
        <translation>'%1' is not a region</translation>
    </message>
    <message>
        <source>'%1' is ambiguous (%2); use the code</source>
        <translation>'%1' is ambiguous (%2); use the code</translation>
    </message>
    <message>
        <source>'%1' is not a %2</source>
        <translation>'%1' is not a %2</translation>
    </message>
    <message>
        <source>'%1' is not a sex (総数, 男, 女)</source>
        <translation>'%1' is not a sex (総数, 男, 女)</translation>
    </message>
    <message>
        <source>'%1' is not an age class</source>
        <translation>'%1' is not an age class</translation>
    </message>
    <message>
        <source>'%1' is not a usable indicator id (letters, digits, _ . -)</source>
        <translation>'%1' is not a usable indicator id (letters, digits, _ . -)</translation>
    </message>
    <message>
        <source>'%1' is not a valid six-digit local government code (check digit should be %2)</source>
        <translation>'%1' is not a valid six-digit local government code (check digit should be %2)</translation>
    </message>
    <message>
        <source>unknown region '%1'</source>
        <translation>unknown region '%1'</translation>
    </message>
    <message>
        <source>unknown region '%1' (reported above)</source>
        <translation>unknown region '%1' (reported above)</translation>
    </message>
    <message>
        <source>unknown region (as on an earlier line)</source>
        <translation>unknown region (as on an earlier line)</translation>
    </message>
    <message>
        <source>unknown industry '%1' (JSIC divisions A–T or SNA activities)</source>
        <translation>unknown industry '%1' (JSIC divisions A–T or SNA activities)</translation>
    </message>
    <message>
        <source>municipality %1 is not in the store (merged, renamed or not yet imported)</source>
        <translation>municipality %1 is not in the store (merged, renamed or not yet imported)</translation>
    </message>
    <message>
        <source>no region given</source>
        <translation>no region given</translation>
    </message>
    <message>
        <source>several value columns, but '%1' does not name a sex or an age class</source>
        <translation>several value columns, but '%1' does not name a sex or an age class</translation>
    </message>
    <message>
        <source>year %1 taken from the file name; give --year to override</source>
        <translation>year %1 taken from the file name; give --year to override</translation>
    </message>
    <message>
        <source>year (or give --year)</source>
        <translation>year (or give --year)</translation>
    </message>
    <message>
        <source>no year column (時間軸, 西暦, time …); give --year</source>
        <translation>no year column (時間軸, 西暦, time …); give --year</translation>
    </message>
    <message>
        <source>item %1 has no year ('%2'); give --year</source>
        <translation>item %1 has no year ('%2'); give --year</translation>
    </message>
    <message>
        <source>the matrix has no year; give --year</source>
        <translation>the matrix has no year; give --year</translation>
    </message>
    <message>
        <source>age class (0-4, 85+, TOTAL …)</source>
        <translation>age class (0-4, 85+, TOTAL …)</translation>
    </message>
    <message>
        <source>both sexes</source>
        <translation>both sexes</translation>
    </message>
    <message>
        <source>all japan</source>
        <translation>all japan</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>not used</translation>
    </message>
    <message>
        <source>an SSDSE table needs three header rows (codes, years, names) of equal length</source>
        <translation>an SSDSE table needs three header rows (codes, years, names) of equal length</translation>
    </message>
    <message>
        <source>no item '%1' in the table</source>
        <translation>no item '%1' in the table</translation>
    </message>
    <message>
        <source>none of the items %1 is in the table</source>
        <translation>none of the items %1 is in the table</translation>
    </message>
    <message>
        <source>no header row of destination regions found in the first 30 lines</source>
        <translation>no header row of destination regions found in the first 30 lines</translation>
    </message>
    <message>
        <source>no header row with a region column (地域, 都道府県, area_code …) and a value column (value, $, 値, or 人口（男） …) in the first 200 lines</source>
        <translation>no header row with a region column (地域, 都道府県, area_code …) and a value column (value, $, 値, or 人口（男） …) in the first 200 lines</translation>
    </message>
    <message>
        <source>the table has no area dimension</source>
        <translation>the table has no area dimension</translation>
    </message>
    <message>
        <source>the table has no time dimension; give --year</source>
        <translation>the table has no time dimension; give --year</translation>
    </message>
    <message>
        <source>not an e-Stat getStatsData response (no GET_STATS_DATA)</source>
        <translation>not an e-Stat getStatsData response (no GET_STATS_DATA)</translation>
    </message>
    <message>
        <source>e-Stat reported status %1: %2</source>
        <translation>e-Stat reported status %1: %2</translation>
    </message>
    <message>
        <source>VALUE[%1]: '%2' (%3 %4) is not a known %5</source>
        <translation>VALUE[%1]: '%2' (%3 %4) is not a known %5</translation>
    </message>
    <message>
        <source>VALUE[%1]: '%2' is not a number or a footnote symbol of the table</source>
        <translation>VALUE[%1]: '%2' is not a number or a footnote symbol of the table</translation>
    </message>
    <message>
        <source>VALUE[%1]: time '%2' (%3) is not a year</source>
        <translation>VALUE[%1]: time '%2' (%3) is not a year</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>not valid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON (byte %1): %2</source>
        <translation>not valid JSON (byte %1): %2</translation>
    </message>
    <message>
        <source>the layer has no features</source>
        <translation>the layer has no features</translation>
    </message>
    <message>
        <source>feature %1 (%2): geometry type '%3' is not a polygon; skipped</source>
        <translation>feature %1 (%2): geometry type '%3' is not a polygon; skipped</translation>
    </message>
    <message>
        <source>feature %1 (%2): malformed coordinates; skipped</source>
        <translation>feature %1 (%2): malformed coordinates; skipped</translation>
    </message>
    <message>
        <source>feature %1 (%2): no geometry; skipped</source>
        <translation>feature %1 (%2): no geometry; skipped</translation>
    </message>
    <message>
        <source>feature %1: no value in property '%2'; skipped</source>
        <translation>feature %1: no value in property '%2'; skipped</translation>
    </message>
    <message>
        <source>geometry type '%1' is not a polygon</source>
        <translation>geometry type '%1' is not a polygon</translation>
    </message>
    <message>
        <source>%1 of the store's %2 municipalities have no boundary in this file</source>
        <translation>%1 of the store's %2 municipalities have no boundary in this file</translation>
    </message>
    <message>
        <source>no property holds region codes or names (properties: %1); give --code-property</source>
        <translation>no property holds region codes or names (properties: %1); give --code-property</translation>
    </message>
    <message>
        <source>no property '%1' (properties: %2)</source>
        <translation>no property '%1' (properties: %2)</translation>
    </message>
    <message>
        <source>no object '%1' (objects: %2)</source>
        <translation>no object '%1' (objects: %2)</translation>
    </message>
    <message>
        <source>no features table '%1' (tables: %2)</source>
        <translation>no features table '%1' (tables: %2)</translation>
    </message>
    <message>
        <source>not a GeoJSON FeatureCollection or Feature</source>
        <translation>not a GeoJSON FeatureCollection or Feature</translation>
    </message>
    <message>
        <source>not a TopoJSON Topology</source>
        <translation>not a TopoJSON Topology</translation>
    </message>
    <message>
        <source>not a GeoPackage (no SQLite header)</source>
        <translation>not a GeoPackage (no SQLite header)</translation>
    </message>
    <message>
        <source>an SQLite file but not a GeoPackage (%1)</source>
        <translation>an SQLite file but not a GeoPackage (%1)</translation>
    </message>
    <message>
        <source>cannot open as SQLite: %1</source>
        <translation>cannot open as SQLite: %1</translation>
    </message>
    <message>
        <source>the GeoPackage has no features table</source>
        <translation>the GeoPackage has no features table</translation>
    </message>
    <message>
        <source>table '%1' has more than %2 features; split the file</source>
        <translation>table '%1' has more than %2 features; split the file</translation>
    </message>
    <message>
        <source>table '%1' uses SRS %2 (%3 %4), not longitude/latitude; reproject to EPSG:4326</source>
        <translation>table '%1' uses SRS %2 (%3 %4), not longitude/latitude; reproject to EPSG:4326</translation>
    </message>
    <message>
        <source>reading table '%1' took over %2 s; stopped</source>
        <translation>reading table '%1' took over %2 s; stopped</translation>
    </message>
    <message>
        <source>cannot read table '%1': %2</source>
        <translation>cannot read table '%1': %2</translation>
    </message>
    <message>
        <source>the topology has no objects</source>
        <translation>the topology has no objects</translation>
    </message>
    <message>
        <source>malformed transform (scale and translate need two numbers)</source>
        <translation>malformed transform (scale and translate need two numbers)</translation>
    </message>
    <message>
        <source>malformed Polygon arcs</source>
        <translation>malformed Polygon arcs</translation>
    </message>
    <message>
        <source>malformed MultiPolygon arcs</source>
        <translation>malformed MultiPolygon arcs</translation>
    </message>
    <message>
        <source>malformed Polygon coordinates</source>
        <translation>malformed Polygon coordinates</translation>
    </message>
    <message>
        <source>malformed MultiPolygon coordinates</source>
        <translation>malformed MultiPolygon coordinates</translation>
    </message>
    <message>
        <source>arc %1: malformed position</source>
        <translation>arc %1: malformed position</translation>
    </message>
    <message>
        <source>the outline has no area (degenerate)</source>
        <translation>the outline has no area (degenerate)</translation>
    </message>
    <message>
        <source>indicator '%1' already holds %2 data, the file %3 data; choose another id (--indicator)</source>
        <translation>indicator '%1' already holds %2 data, the file %3 data; choose another id (--indicator)</translation>
    </message>
    <message>
        <source>indicator '%1' is measured in %2, the file in %3; choose another id (--indicator)</source>
        <translation>indicator '%1' is measured in %2, the file in %3; choose another id (--indicator)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Imported from %1</translation>
    </message>
    <message>
        <source>Imported as %1; check the original file for its source and terms of use.</source>
        <translation>Imported as %1; check the original file for its source and terms of use.</translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>the store is not open</translation>
    </message>
    <message>
        <source>the store %1 does not exist</source>
        <translation>the store %1 does not exist</translation>
    </message>
    <message>
        <source>the store is read-only (%1)</source>
        <translation>the store is read-only (%1)</translation>
    </message>
    <message>
        <source>the store is damaged (%1): %2</source>
        <translation>the store is damaged (%1): %2</translation>
    </message>
    <message>
        <source>the store %1 is damaged (%2): %3</source>
        <translation>the store %1 is damaged (%2): %3</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>cannot open the store %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a RegionLens store: %2</source>
        <translation>%1 is not a RegionLens store: %2</translation>
    </message>
    <message>
        <source>%1 is not a RegionLens store (%2); it was left unchanged</source>
        <translation>%1 is not a RegionLens store (%2); it was left unchanged</translation>
    </message>
    <message>
        <source>%1 is not a usable RegionLens store: %2</source>
        <translation>%1 is not a usable RegionLens store: %2</translation>
    </message>
    <message>
        <source>it holds %1 table(s) of another application</source>
        <translation>it holds %1 table(s) of another application</translation>
    </message>
    <message>
        <source>its application id is 0x%1</source>
        <translation>its application id is 0x%1</translation>
    </message>
    <message>
        <source>a store in memory cannot be shared with another connection</source>
        <translation>a store in memory cannot be shared with another connection</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>commit failed: %1</source>
        <translation>commit failed: %1</translation>
    </message>
    <message>
        <source>the write was cancelled</source>
        <translation>the write was cancelled</translation>
    </message>
    <message>
        <source>the disk is full (%1); free some space and try again</source>
        <translation>the disk is full (%1); free some space and try again</translation>
    </message>
    <message>
        <source>cannot write to the disk (%1); it may be full or removed</source>
        <translation>cannot write to the disk (%1); it may be full or removed</translation>
    </message>
    <message>
        <source>SQLite rolled the write back (%1); nothing was stored</source>
        <translation>SQLite rolled the write back (%1); nothing was stored</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot log the import: %1</source>
        <translation>cannot log the import: %1</translation>
    </message>
    <message>
        <source>cannot store indicator %1: %2</source>
        <translation>cannot store indicator %1: %2</translation>
    </message>
    <message>
        <source>cannot store region %1: %2</source>
        <translation>cannot store region %1: %2</translation>
    </message>
    <message>
        <source>cannot store industry %1: %2</source>
        <translation>cannot store industry %1: %2</translation>
    </message>
    <message>
        <source>cannot store the boundary of %1: %2</source>
        <translation>cannot store the boundary of %1: %2</translation>
    </message>
    <message>
        <source>cannot store %1 %2 %3 %4: %5</source>
        <translation>cannot store %1 %2 %3 %4: %5</translation>
    </message>
    <message>
        <source>cannot store flow %1→%2 %3: %4</source>
        <translation>cannot store flow %1→%2 %3: %4</translation>
    </message>
    <message>
        <source>cannot remove the values of %1: %2</source>
        <translation>cannot remove the values of %1: %2</translation>
    </message>
    <message>
        <source>FOREIGN KEY constraint failed (no region with code '%1')</source>
        <translation>FOREIGN KEY constraint failed (no region with code '%1')</translation>
    </message>
    <message>
        <source>%1 (code)</source>
        <translation>%1 (code)</translation>
    </message>
    <message>
        <source>%1 (column "%2")</source>
        <translation>%1 (column "%2")</translation>
    </message>
    <message>
        <source>measure (表章項目)</source>
        <translation>measure (表章項目)</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
    <message>
        <source>Long OD table: origin_code,destination_code,year,value[,sex,age_class]</source>
        <translation>Long OD table: origin_code,destination_code,year,value[,sex,age_class]</translation>
    </message>
    <message>
        <source>Tidy CSV: region_code,industry_code,year,measure,value[,region_name,industry_name,unit]</source>
        <translation>Tidy CSV: region_code,industry_code,year,measure,value[,region_name,industry_name,unit]</translation>
    </message>
    <message>
        <source>the nation is not compared; give a prefecture or a municipality</source>
        <translation>the nation is not compared; give a prefecture or a municipality</translation>
    </message>
    <message>
        <source>no region with code '%1' (a 2-digit prefecture or a 5-digit municipality code)</source>
        <translation>no region with code '%1' (a 2-digit prefecture or a 5-digit municipality code)</translation>
    </message>
    <message>
        <source>peer '%1' is not a %2 code</source>
        <translation>peer '%1' is not a %2 code</translation>
    </message>
    <message>
        <source>the store has no '%1', the denominator of --per %2</source>
        <translation>the store has no '%1', the denominator of --per %2</translation>
    </message>
    <message>
        <source>the store has no 就業者数 (ssdse.f1102) for the similarity of regions; use --peers prefecture or a list</source>
        <translation>the store has no 就業者数 (ssdse.f1102) for the similarity of regions; use --peers prefecture or a list</translation>
    </message>
</context>
<context>
    <name>Licence</name>
    <message>
        <source>%1 compatible</source>
        <translation>%1 compatible</translation>
    </message>
    <message>
        <source>Government of Japan Standard Terms of Use (Version 2.0)</source>
        <translation>Government of Japan Standard Terms of Use (Version 2.0)</translation>
    </message>
    <message>
        <source> (SSDSE's own wording of the terms not yet verified)</source>
        <translation> (SSDSE's own wording of the terms not yet verified)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Nothing to export.</translation>
    </message>
    <message>
        <source>Cannot encode %1 as PNG.</source>
        <translation>Cannot encode %1 as PNG.</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>Export figure</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Copy table</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>RegionLens</source>
        <translation>RegionLens</translation>
    </message>
    <message>
        <source>Creating the store with the starter data…</source>
        <translation>Creating the store with the starter data…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelled: the store was not created.</source>
        <translation>Cancelled: the store was not created.</translation>
    </message>
    <message>
        <source>Cannot write %1: only %2 of %3 bytes reached the disk (is it full?)</source>
        <translation>Cannot write %1: only %2 of %3 bytes reached the disk (is it full?)</translation>
    </message>
    <message>
        <source>The data store %1 is damaged: some of its data cannot be read, so RegionLens does not use it and writes nothing to it.

What to do: restore a backup copy of the file; or close RegionLens, move the file aside and start RegionLens again, which creates a new store with the starter data, then import your own files again.

(%2)</source>
        <translation>The data store %1 is damaged: some of its data cannot be read, so RegionLens does not use it and writes nothing to it.

What to do: restore a backup copy of the file; or close RegionLens, move the file aside and start RegionLens again, which creates a new store with the starter data, then import your own files again.

(%2)</translation>
    </message>
    <message>
        <source>%1 is not a RegionLens data store (it belongs to another application). RegionLens left it unchanged.

Choose another file with --db, or leave --db out to use your own store.</source>
        <translation>%1 is not a RegionLens data store (it belongs to another application). RegionLens left it unchanged.

Choose another file with --db, or leave --db out to use your own store.</translation>
    </message>
    <message>
        <source>Copy figure</source>
        <translation>Copy figure</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>Export figure…</translation>
    </message>
</context>
<context>
    <name>RegionReport</name>
    <message>
        <source>census %1</source>
        <translation>census %1</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>rank %1 of %2</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Economic Census %1</source>
        <translation>Economic Census %1</translation>
    </message>
    <message>
        <source>Employees (private establishments)</source>
        <translation>Employees (private establishments)</translation>
    </message>
    <message>
        <source>Establishments (private)</source>
        <translation>Establishments (private)</translation>
    </message>
    <message>
        <source>FY%1, nominal</source>
        <translation>FY%1, nominal</translation>
    </message>
    <message>
        <source>%1 on the year before</source>
        <translation>%1 on the year before</translation>
    </message>
    <message>
        <source>Gross prefectural product</source>
        <translation>Gross prefectural product</translation>
    </message>
    <message>
        <source>Net migration from other prefectures</source>
        <translation>Net migration from other prefectures</translation>
    </message>
    <message>
        <source>%1: in %2, out %3</source>
        <translation>%1: in %2, out %3</translation>
    </message>
    <message>
        <source>Unknown region code: %1</source>
        <translation>Unknown region code: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Region report: %1</source>
        <translation>Region report: %1</translation>
    </message>
    <message>
        <source>Cannot start the PDF writer for %1.</source>
        <translation>Cannot start the PDF writer for %1.</translation>
    </message>
    <message>
        <source>RegionLens region report: %1</source>
        <translation>RegionLens region report: %1</translation>
    </message>
    <message>
        <source>RegionLens region report</source>
        <translation>RegionLens region report</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>The store holds no figures for this region.</source>
        <translation>The store holds no figures for this region.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Sources and licences</source>
        <translation>Sources and licences</translation>
    </message>
    <message>
        <source>How to read:</source>
        <translation>How to read:</translation>
    </message>
    <message>
        <source>Statistics: published under the Government of Japan Standard Terms of Use (version 2.0), compatible with CC BY 4.0. Prefecture boundaries: Natural Earth 1:10m admin-1, public domain.</source>
        <translation>Statistics: published under the Government of Japan Standard Terms of Use (version 2.0), compatible with CC BY 4.0. Prefecture boundaries: Natural Earth 1:10m admin-1, public domain.</translation>
    </message>
    <message>
        <source>Made with RegionLens (GPL-3.0-or-later). Figures are computed from the official tables in the store; suppressed or missing cells are left out, never estimated.</source>
        <translation>Made with RegionLens (GPL-3.0-or-later). Figures are computed from the official tables in the store; suppressed or missing cells are left out, never estimated.</translation>
    </message>
    <message>
        <source>Net migration from outside the group</source>
        <translation>Net migration from outside the group</translation>
    </message>
    <message>
        <source>Net migration from other municipalities</source>
        <translation>Net migration from other municipalities</translation>
    </message>
    <message>
        <source>Net migration (movers in − out)</source>
        <translation>Net migration (movers in − out)</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF is incomplete (is the disk full?)</source>
        <translation>Cannot write %1: the PDF is incomplete (is the disk full?)</translation>
    </message>
    <message>
        <source>Unknown report section: %1 (the sections are %2)</source>
        <translation>Unknown report section: %1 (the sections are %2)</translation>
    </message>
    <message>
        <source>No region to report on.</source>
        <translation>No region to report on.</translation>
    </message>
    <message>
        <source>Region summary: %1</source>
        <translation>Region summary: %1</translation>
    </message>
    <message>
        <source>RegionLens region summary: %1</source>
        <translation>RegionLens region summary: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Net migration</source>
        <translation>Net migration</translation>
    </message>
    <message>
        <source>Compared with peer regions</source>
        <translation>Compared with peer regions</translation>
    </message>
    <message>
        <source>RegionLens region summary</source>
        <translation>RegionLens region summary</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>What are the region's strong industries and its earning power?</source>
        <translation>What are the region's strong industries and its earning power?</translation>
    </message>
    <message>
        <source>Location quotients (特化係数) rank the region's industries against the national structure; the earning-power chart adds labour productivity. Start with the bars above 1.0.</source>
        <translation>Location quotients (特化係数) rank the region's industries against the national structure; the earning-power chart adds labour productivity. Start with the bars above 1.0.</translation>
    </message>
    <message>
        <source>Is growth due to the industry mix or to the region's own competitiveness?</source>
        <translation>Is growth due to the industry mix or to the region's own competitiveness?</translation>
    </message>
    <message>
        <source>Shift-share splits the change between two years into national growth, industry mix and a regional component. Look at the sign and size of the regional component.</source>
        <translation>Shift-share splits the change between two years into national growth, industry mix and a regional component. Look at the sign and size of the regional component.</translation>
    </message>
    <message>
        <source>Where do people come from, and where do they go?</source>
        <translation>Where do people come from, and where do they go?</translation>
    </message>
    <message>
        <source>The migration matrix shows movers between prefectures: the flow map draws the largest flows, the map shows net migration, the table lists the main origins and destinations.</source>
        <translation>The migration matrix shows movers between prefectures: the flow map draws the largest flows, the map shows net migration, the table lists the main origins and destinations.</translation>
    </message>
    <message>
        <source>How has the population and its age structure changed?</source>
        <translation>How has the population and its age structure changed?</translation>
    </message>
    <message>
        <source>Population over a century of censuses for several regions in one chart, and the population pyramid by sex and five-year age class.</source>
        <translation>Population over a century of censuses for several regions in one chart, and the population pyramid by sex and five-year age class.</translation>
    </message>
    <message>
        <source>How is an indicator distributed across Japan?</source>
        <translation>How is an indicator distributed across Japan?</translation>
    </message>
    <message>
        <source>A map of any indicator in the store, with class breaks, the ranking of the selected region and its time series.</source>
        <translation>A map of any indicator in the store, with class breaks, the ranking of the selected region and its time series.</translation>
    </message>
    <message>
        <source>Does the money earned in the region stay in it, and which industries bring money in?</source>
        <translation>Does the money earned in the region stay in it, and which industries bring money in?</translation>
    </message>
    <message>
        <source>The 地域経済循環 diagram follows production, income and expenditure with what leaves and enters the region at each stage; the bars show the industries that earn money from outside (純移輸出).</source>
        <translation>The 地域経済循環 diagram follows production, income and expenditure with what leaves and enters the region at each stage; the bars show the industries that earn money from outside (純移輸出).</translation>
    </message>
    <message>
        <source>What does a new factory, an event or more visitors bring to the region's economy?</source>
        <translation>What does a new factory, an event or more visitors bring to the region's economy?</translation>
    </message>
    <message>
        <source>The input–output impact (経済波及効果) of a demand entered by sector or from a template: direct, 1st and 2nd indirect effects on output, value added, income and employees, with the assumptions listed.</source>
        <translation>The input–output impact (経済波及効果) of a demand entered by sector or from a template: direct, 1st and 2nd indirect effects on output, value added, income and employees, with the assumptions listed.</translation>
    </message>
    <message>
        <source>How many people will live here in 2045, and what if fertility or migration changed?</source>
        <translation>How many people will live here in 2045, and what if fertility or migration changed?</translation>
    </message>
    <message>
        <source>A cohort-component projection from the census with the 人口ビジョン scenarios: current trends, fertility rising to a target, net migration falling to zero. Compare the dashed lines with the census line.</source>
        <translation>A cohort-component projection from the census with the 人口ビジョン scenarios: current trends, fertility rising to a target, net migration falling to zero. Compare the dashed lines with the census line.</translation>
    </message>
    <message>
        <source>Which industries could the region grow next, building on what it already does?</source>
        <translation>Which industries could the region grow next, building on what it already does?</translation>
    </message>
    <message>
        <source>Smart specialisation: industries the region is not yet specialised in, by how related they are to its strengths (relatedness density) and how complex they are; the industry space and an economic complexity map.</source>
        <translation>Smart specialisation: industries the region is not yet specialised in, by how related they are to its strengths (relatedness density) and how complex they are; the industry space and an economic complexity map.</translation>
    </message>
    <message>
        <source>Which industries are strong and growing?</source>
        <translation>Which industries are strong and growing?</translation>
    </message>
    <message>
        <source>Each industry's change between two censuses, its contribution to the region's growth and its shift-share components; the quadrant of specialisation (LQ) and growth. Start top right.</source>
        <translation>Each industry's change between two censuses, its contribution to the region's growth and its shift-share components; the quadrant of specialisation (LQ) and growth. Start top right.</translation>
    </message>
    <message>
        <source>How large and how productive is the regional economy?</source>
        <translation>How large and how productive is the regional economy?</translation>
    </message>
    <message>
        <source>Gross prefectural product over time, by activity and its growth contributions; GDP per worker by activity and its rank among the prefectures.</source>
        <translation>Gross prefectural product over time, by activity and its growth contributions; GDP per worker by activity and its rank among the prefectures.</translation>
    </message>
</context>
<context>
    <name>regionlens::app::AnalysisPage</name>
    <message numerus="yes">
        <source>%n regions combined</source>
        <translation>
            <numerusform>%n regions combined</numerusform>
            <numerusform>%n regions combined</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
</context>
<context>
    <name>regionlens::app::CatalogModel</name>
    <message>
        <source>flows</source>
        <translation>flows</translation>
    </message>
    <message>
        <source>values</source>
        <translation>values</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 (%n years)</source>
        <translation>
            <numerusform>%1–%2 (%n years)</numerusform>
            <numerusform>%1–%2 (%n years)</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>regionlens::app::CatalogView</name>
    <message>
        <source>Filter indicators, sources, licences…</source>
        <translation>Filter indicators, sources, licences…</translation>
    </message>
</context>
<context>
    <name>regionlens::app::CirculationView</name>
    <message>
        <source>official table %1</source>
        <translation>official table %1</translation>
    </message>
    <message>
        <source>estimated (%1, δ = %2)</source>
        <translation>estimated (%1, δ = %2)</translation>
    </message>
    <message>
        <source>estimated (%1)</source>
        <translation>estimated (%1)</translation>
    </message>
    <message>
        <source>No input–output table for %1: %2</source>
        <translation>No input–output table for %1: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Estimate.&lt;/b&gt; %1 has no official input–output table in the store: its table is estimated from the national %2 table with %3 and employees %4; final demand from its population %5 (consumption) and estimated value added (investment). Read the figures as orders of magnitude.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Estimate.&lt;/b&gt; %1 has no official input–output table in the store: its table is estimated from the national %2 table with %3 and employees %4; final demand from its population %5 (consumption) and estimated value added (investment). Read the figures as orders of magnitude.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;From the official %1 input–output table of %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;From the official %1 input–output table of %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The table has no complete value added or final demand: no circulation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The table has no complete value added or final demand: no circulation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Production:&lt;/b&gt; gross value added %1, most of it in %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Production:&lt;/b&gt; gross value added %1, most of it in %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Distribution:&lt;/b&gt; compensation of employees %1 (%2 of it), other income %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Distribution:&lt;/b&gt; compensation of employees %1 (%2 of it), other income %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Expenditure:&lt;/b&gt; household consumption %1, government consumption %2, investment %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Expenditure:&lt;/b&gt; household consumption %1, government consumption %2, investment %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>exports %1 minus imports %2</source>
        <translation>exports %1 minus imports %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;The region sells more to the rest of Japan and abroad than it buys: the trade balance (域際収支, %1) is a surplus of %2, %3 of production.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The region sells more to the rest of Japan and abroad than it buys: the trade balance (域際収支, %1) is a surplus of %2, %3 of production.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The region buys more from outside than it sells: the trade balance (域際収支, %1) is a deficit of %2, %3 of production; spending in the region is partly financed from outside (transfers, income from elsewhere).&lt;/p&gt;</source>
        <translation>&lt;p&gt;The region buys more from outside than it sells: the trade balance (域際収支, %1) is a deficit of %2, %3 of production; spending in the region is partly financed from outside (transfers, income from elsewhere).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Earning from outside&lt;/b&gt; (net exports 純移輸出 &gt; 0): %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Earning from outside&lt;/b&gt; (net exports 純移輸出 &gt; 0): %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bought in&lt;/b&gt; (largest net imports): %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bought in&lt;/b&gt; (largest net imports): %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Self-sufficiency&lt;/b&gt; (自給率, the share of the region's demand met by its own output): lowest in %1 (%2 %), highest in %3 (%4 %).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Self-sufficiency&lt;/b&gt; (自給率, the share of the region's demand met by its own output): lowest in %1 (%2 %), highest in %3 (%4 %).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Against residence-based income %1 the circulation rate is %2 %.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Against residence-based income %1 the circulation rate is %2 %.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The circulation rate is %1 % because an input–output table counts income where it is earned (place of work): commuters' wages and property income crossing the boundary are not in it. RESAS's rate divides by residence-based income, which the store does not hold.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The circulation rate is %1 % because an input–output table counts income where it is earned (place of work): commuters' wages and property income crossing the boundary are not in it. RESAS's rate divides by residence-based income, which the store does not hold.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The diagram follows the money round the regional economy: production creates value added (生産), which is paid out as income (分配) and spent (支出); the arrow back closes the circle. Under each stage, what crosses the region's boundary: exports bring money in (↓), imports take it out (↑). The 地域経済循環率 is production ÷ income; below 100 % the region depends on income from outside. The bars show net exports (純移輸出) by industry: to the right, industries that earn money from outside the region; and each industry's self-sufficiency (自給率), the share of the region's demand it meets itself.</source>
        <translation>The diagram follows the money round the regional economy: production creates value added (生産), which is paid out as income (分配) and spent (支出); the arrow back closes the circle. Under each stage, what crosses the region's boundary: exports bring money in (↓), imports take it out (↑). The 地域経済循環率 is production ÷ income; below 100 % the region depends on income from outside. The bars show net exports (純移輸出) by industry: to the right, industries that earn money from outside the region; and each industry's self-sufficiency (自給率), the share of the region's demand it meets itself.</translation>
    </message>
    <message>
        <source>Official where available, else estimated</source>
        <translation>Official where available, else estimated</translation>
    </message>
    <message>
        <source>Estimated (FLQ, δ = %1)</source>
        <translation>Estimated (FLQ, δ = %1)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Circulation</translation>
    </message>
    <message>
        <source>Earning from outside</source>
        <translation>Earning from outside</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>Self-sufficiency</translation>
    </message>
    <message>
        <source>Regional economic circulation</source>
        <translation>Regional economic circulation</translation>
    </message>
    <message>
        <source>National table: %1%2</source>
        <translation>National table: %1%2</translation>
    </message>
    <message>
        <source>Source (出典): %1%2</source>
        <translation>Source (出典): %1%2</translation>
    </message>
    <message>
        <source>Circulation rate (地域経済循環率)</source>
        <translation>Circulation rate (地域経済循環率)</translation>
    </message>
    <message>
        <source>place-of-work basis</source>
        <translation>place-of-work basis</translation>
    </message>
    <message>
        <source>Across the region's boundary</source>
        <translation>Across the region's boundary</translation>
    </message>
    <message>
        <source>No input–output table: %1</source>
        <translation>No input–output table: %1</translation>
    </message>
    <message>
        <source>The table lacks value added or final demand: no circulation</source>
        <translation>The table lacks value added or final demand: no circulation</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Production (生産, value added)</source>
        <translation>Production (生産, value added)</translation>
    </message>
    <message>
        <source>Other industries</source>
        <translation>Other industries</translation>
    </message>
    <message>
        <source>Earning from outside (純移輸出)</source>
        <translation>Earning from outside (純移輸出)</translation>
    </message>
    <message>
        <source>Distribution (分配, income)</source>
        <translation>Distribution (分配, income)</translation>
    </message>
    <message>
        <source>Compensation of employees</source>
        <translation>Compensation of employees</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>Other income</translation>
    </message>
    <message>
        <source>Income from outside (net)</source>
        <translation>Income from outside (net)</translation>
    </message>
    <message>
        <source>Place-of-work basis: commuters' wages and property income crossing the boundary are not in the table</source>
        <translation>Place-of-work basis: commuters' wages and property income crossing the boundary are not in the table</translation>
    </message>
    <message>
        <source>Expenditure (支出)</source>
        <translation>Expenditure (支出)</translation>
    </message>
    <message>
        <source>Household consumption</source>
        <translation>Household consumption</translation>
    </message>
    <message>
        <source>Government consumption</source>
        <translation>Government consumption</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Other final demand</source>
        <translation>Other final demand</translation>
    </message>
    <message>
        <source>Trade balance (域際収支)</source>
        <translation>Trade balance (域際収支)</translation>
    </message>
    <message>
        <source>Exports (移輸出)</source>
        <translation>Exports (移輸出)</translation>
    </message>
    <message>
        <source>Imports (移輸入)</source>
        <translation>Imports (移輸入)</translation>
    </message>
    <message>
        <source>Regional economic circulation: %1 (%2)</source>
        <translation>Regional economic circulation: %1 (%2)</translation>
    </message>
    <message>
        <source>Regional economic circulation: %1</source>
        <translation>Regional economic circulation: %1</translation>
    </message>
    <message>
        <source>Input–output table, place-of-work basis; %1. %2</source>
        <translation>Input–output table, place-of-work basis; %1. %2</translation>
    </message>
    <message>
        <source>Estimated with employees %1 (経済センサス‐活動調査) and population %2 (国勢調査).</source>
        <translation>Estimated with employees %1 (経済センサス‐活動調査) and population %2 (国勢調査).</translation>
    </message>
    <message>
        <source>Net exports</source>
        <translation>Net exports</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Net exports by industry (純移輸出): %1</source>
        <translation>Net exports by industry (純移輸出): %1</translation>
    </message>
    <message>
        <source>No input–output table</source>
        <translation>No input–output table</translation>
    </message>
    <message>
        <source>Right of 0: the industry sells more outside the region than the region buys from outside (earns money from outside). %1</source>
        <translation>Right of 0: the industry sells more outside the region than the region buys from outside (earns money from outside). %1</translation>
    </message>
    <message>
        <source>Self-sufficiency by industry (自給率): %1</source>
        <translation>Self-sufficiency by industry (自給率): %1</translation>
    </message>
    <message>
        <source>% of the region's demand met by its own output</source>
        <translation>% of the region's demand met by its own output</translation>
    </message>
    <message>
        <source>Showing 東京都: select a region (a prefecture, a municipality or a group).</source>
        <translation>Showing 東京都: select a region (a prefecture, a municipality or a group).</translation>
    </message>
</context>
<context>
    <name>regionlens::app::CompareView</name>
    <message>
        <source>%1 (percentile %2, rank %3 of %4)</source>
        <translation>%1 (percentile %2, rank %3 of %4)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the %1 most similar municipalities</source>
        <translation>the %1 most similar municipalities</translation>
    </message>
    <message>
        <source>the %1 most similar prefectures</source>
        <translation>the %1 most similar prefectures</translation>
    </message>
    <message>
        <source>the other %1 municipalities of %2</source>
        <translation>the other %1 municipalities of %2</translation>
    </message>
    <message>
        <source>the other %1 prefectures of its region block</source>
        <translation>the other %1 prefectures of its region block</translation>
    </message>
    <message>
        <source>the %1 regions chosen</source>
        <translation>the %1 regions chosen</translation>
    </message>
    <message>
        <source>&lt;p&gt;No comparison for %1: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;No comparison for %1: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No indicator to compare %1 with its peers on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No indicator to compare %1 with its peers on.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>all themes</source>
        <translation>all themes</translation>
    </message>
    <message>
        <source>&lt;p&gt;Among %1, %2 is in the top 10 % on %3 and in the bottom 10 % on %4 of the %5 indicators of %6.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Among %1, %2 is in the top 10 % on %3 and in the bottom 10 % on %4 of the %5 indicators of %6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Among %1, %2 is in the top 10 % on %3 of the %4 indicators of %5, and in the bottom 10 % on none.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Among %1, %2 is in the top 10 % on %3 of the %4 indicators of %5, and in the bottom 10 % on none.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Among %1, %2 is in the bottom 10 % on %3 of the %4 indicators of %5, and in the top 10 % on none.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Among %1, %2 is in the bottom 10 % on %3 of the %4 indicators of %5, and in the top 10 % on none.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Among %1, %2 is in neither the top nor the bottom 10 % on any of the %3 indicators of %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Among %1, %2 is in neither the top nor the bottom 10 % on any of the %3 indicators of %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Highest relative to the peers: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Highest relative to the peers: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Lowest relative to the peers: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lowest relative to the peers: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 is at its peers' median on every indicator.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 is at its peers' median on every indicator.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Profile: one row per indicator; the dot is the region's percentile among its peers (50 = the peers' median, 100 = above every peer), blue in the top quarter, orange in the bottom quarter; the shaded bands are the top and bottom 10 %. Counts are divided by population (or area, households) as chosen, so that large and small regions compare. Higher is not always better (e.g. children on waiting lists). Scatter: every region of the level, the peers in orange, the region in blue, with the least-squares line and Pearson's r over all regions. Hover for the numbers.</source>
        <translation>Profile: one row per indicator; the dot is the region's percentile among its peers (50 = the peers' median, 100 = above every peer), blue in the top quarter, orange in the bottom quarter; the shaded bands are the top and bottom 10 %. Counts are divided by population (or area, households) as chosen, so that large and small regions compare. Higher is not always better (e.g. children on waiting lists). Scatter: every region of the level, the peers in orange, the region in blue, with the least-squares line and Pearson's r over all regions. Hover for the numbers.</translation>
    </message>
    <message>
        <source>Similar regions</source>
        <translation>Similar regions</translation>
    </message>
    <message>
        <source>Same prefecture or block</source>
        <translation>Same prefecture or block</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Codes or names, comma-separated</source>
        <translation>Codes or names, comma-separated</translation>
    </message>
    <message>
        <source>As published</source>
        <translation>As published</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Per person</translation>
    </message>
    <message>
        <source>Per 1,000 people</source>
        <translation>Per 1,000 people</translation>
    </message>
    <message>
        <source>Per 100,000 people</source>
        <translation>Per 100,000 people</translation>
    </message>
    <message>
        <source>Per km²</source>
        <translation>Per km²</translation>
    </message>
    <message>
        <source>Per household</source>
        <translation>Per household</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Highest first</source>
        <translation>Highest first</translation>
    </message>
    <message>
        <source>Lowest first</source>
        <translation>Lowest first</translation>
    </message>
    <message>
        <source>Catalogue order</source>
        <translation>Catalogue order</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>Scatter</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Percentile among the peers (50 = their median)</source>
        <translation>Percentile among the peers (50 = their median)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Peers' median</source>
        <translation>Peers' median</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Percentile</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Compare with peers</source>
        <translation>Compare with peers</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>SSDSE categories</source>
        <translation>SSDSE categories</translation>
    </message>
    <message>
        <source>%1 (%2)
Value: %3 %4
Peers' median: %5 %4
Percentile: %6, rank %7 of %8</source>
        <translation>%1 (%2)
Value: %3 %4
Peers' median: %5 %4
Percentile: %6, rank %7 of %8</translation>
    </message>
    <message>
        <source>%1 against %2 (%3)</source>
        <translation>%1 against %2 (%3)</translation>
    </message>
    <message>
        <source>Hover for the numbers.</source>
        <translation>Hover for the numbers.</translation>
    </message>
    <message>
        <source>Drawn: the first %1 and the last %2 of the %3 indicators in this order; every indicator in the table.</source>
        <translation>Drawn: the first %1 and the last %2 of the %3 indicators in this order; every indicator in the table.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Other municipalities</source>
        <translation>Other municipalities</translation>
    </message>
    <message>
        <source>Other prefectures</source>
        <translation>Other prefectures</translation>
    </message>
    <message>
        <source>Least-squares line; r = %1 (n = %2)</source>
        <translation>Least-squares line; r = %1 (n = %2)</translation>
    </message>
    <message>
        <source>Counts per person; rates and averages as published.</source>
        <translation>Counts per person; rates and averages as published.</translation>
    </message>
    <message>
        <source>Counts per 1,000 people; rates and averages as published.</source>
        <translation>Counts per 1,000 people; rates and averages as published.</translation>
    </message>
    <message>
        <source>Counts per 100,000 people; rates and averages as published.</source>
        <translation>Counts per 100,000 people; rates and averages as published.</translation>
    </message>
    <message>
        <source>Counts per km²; rates and averages as published.</source>
        <translation>Counts per km²; rates and averages as published.</translation>
    </message>
    <message>
        <source>Counts per household; rates and averages as published.</source>
        <translation>Counts per household; rates and averages as published.</translation>
    </message>
    <message>
        <source>Select a municipality or a prefecture in the region bar.</source>
        <translation>Select a municipality or a prefecture in the region bar.</translation>
    </message>
    <message>
        <source>NSTAC SSDSE (%1)</source>
        <translation>NSTAC SSDSE (%1)</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <source>Click a region to compare it with its peers</source>
        <translation>Click a region to compare it with its peers</translation>
    </message>
    <message>
        <source>%1 (municipalities only)</source>
        <translation>%1 (municipalities only)</translation>
    </message>
    <message>
        <source>%1 (prefectures only)</source>
        <translation>%1 (prefectures only)</translation>
    </message>
    <message>
        <source>Mark the region and its peers on the map page</source>
        <translation>Mark the region and its peers on the map page</translation>
    </message>
    <message>
        <source>The map draws municipalities once their boundaries are imported (File → Import data…, 国土数値情報 N03)</source>
        <translation>The map draws municipalities once their boundaries are imported (File → Import data…, 国土数値情報 N03)</translation>
    </message>
    <message>
        <source>Every region of the level with both values; names of the peers where there is room. Click a dot to compare that region.</source>
        <translation>Every region of the level with both values; names of the peers where there is room. Click a dot to compare that region.</translation>
    </message>
    <message>
        <source>%1 has no indicators for prefectures in the bundled data: its %2 indicators are municipal (SSDSE-A). Select a municipality to compare them.</source>
        <translation>%1 has no indicators for prefectures in the bundled data: its %2 indicators are municipal (SSDSE-A). Select a municipality to compare them.</translation>
    </message>
    <message>
        <source>%1 has no indicators for municipalities in the bundled data: its %2 indicators are prefectural (SSDSE-B, SSDSE-E). Select a prefecture to compare them.</source>
        <translation>%1 has no indicators for municipalities in the bundled data: its %2 indicators are prefectural (SSDSE-B, SSDSE-E). Select a prefecture to compare them.</translation>
    </message>
    <message>
        <source>%1 has no indicators with values at this level.</source>
        <translation>%1 has no indicators with values at this level.</translation>
    </message>
</context>
<context>
    <name>regionlens::app::ComplexityView</name>
    <message>
        <source>&lt;p&gt;No complexity figures for %1 yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No complexity figures for %1 yet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Economic complexity index (ECI) of %1 (%2, %3): %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Economic complexity index (ECI) of %1 (%2, %3): %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Economic complexity index (ECI) of %1 (%2, %3): %4, rank %5 of %6.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Economic complexity index (ECI) of %1 (%2, %3): %4, rank %5 of %6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 has no ECI for %2 (no industry at RCA ≥ 1, or no data).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 has no ECI for %2 (no industry at RCA ≥ 1, or no data).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Specialised (RCA ≥ 1) in %1 of %2 industries: %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Specialised (RCA ≥ 1) in %1 of %2 industries: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&lt;p&gt;No industry without specialisation has a relatedness density.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No industry without specialisation has a relatedness density.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (density %2, complexity %3)</source>
        <translation>%1 (density %2, complexity %3)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Closest to what %1 already does (highest relatedness density, not yet specialised): %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Closest to what %1 already does (highest relatedness density, not yet specialised): %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Of the five closest, the most complex is %1 (complexity %2, outlook gain %3): a candidate that combines existing strengths with a more complex activity.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Of the five closest, the most complex is %1 (complexity %2, outlook gain %3): a candidate that combines existing strengths with a more complex activity.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;With %1 industries presence is coarse: in the 2016 → 2021 test on the 1,741 municipalities, density predicted new specialisations only modestly. Read the ranking as a hint to examine, not a forecast.&lt;/p&gt;</source>
        <translation>&lt;p&gt;With %1 industries presence is coarse: in the 2016 → 2021 test on the 1,741 municipalities, density predicted new specialisations only modestly. Read the ranking as a hint to examine, not a forecast.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>RCA is the location quotient over the regions analysed; a region is specialised in an industry where RCA ≥ 1. Industries that are often specialised together are related (proximity, 0–1). A region's relatedness density in an industry is the share of that industry's related industries in which the region is specialised. The economic complexity index (ECI) ranks regions by the kind of industries they specialise in (industries found in few, diversified regions count as complex); mean 0, sd 1. Opportunities: industries not yet specialised, to the right = closer to existing strengths, higher = more complex. The industry space draws industries on a circle ordered by complexity, linked by their strongest proximities; blue = specialised here.</source>
        <translation>RCA is the location quotient over the regions analysed; a region is specialised in an industry where RCA ≥ 1. Industries that are often specialised together are related (proximity, 0–1). A region's relatedness density in an industry is the share of that industry's related industries in which the region is specialised. The economic complexity index (ECI) ranks regions by the kind of industries they specialise in (industries found in few, diversified regions count as complex); mean 0, sd 1. Opportunities: industries not yet specialised, to the right = closer to existing strengths, higher = more complex. The industry space draws industries on a circle ordered by complexity, linked by their strongest proximities; blue = specialised here.</translation>
    </message>
    <message>
        <source>Relatedness density</source>
        <translation>Relatedness density</translation>
    </message>
    <message>
        <source>Complexity (PCI)</source>
        <translation>Complexity (PCI)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Density</translation>
    </message>
    <message>
        <source>Outlook gain (COG)</source>
        <translation>Outlook gain (COG)</translation>
    </message>
    <message>
        <source>RCA</source>
        <translation>RCA</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Smart specialisation</source>
        <translation>Smart specialisation</translation>
    </message>
    <message>
        <source>Employees (従業者数)</source>
        <translation>Employees (従業者数)</translation>
    </message>
    <message>
        <source>Establishments (事業所数)</source>
        <translation>Establishments (事業所数)</translation>
    </message>
    <message>
        <source>establishments</source>
        <translation>establishments</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>employees</translation>
    </message>
    <message>
        <source>Opportunities: %1</source>
        <translation>Opportunities: %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>No. = row of the table</source>
        <translation>No. = row of the table</translation>
    </message>
    <message>
        <source>Industry space: %1</source>
        <translation>Industry space: %1</translation>
    </message>
    <message>
        <source>Blue: RCA ≥ 1. Solid: spanning tree</source>
        <translation>Blue: RCA ≥ 1. Solid: spanning tree</translation>
    </message>
    <message>
        <source>ECI (%1, %2)</source>
        <translation>ECI (%1, %2)</translation>
    </message>
    <message>
        <source>ECI</source>
        <translation>ECI</translation>
    </message>
    <message>
        <source>Computing the municipal complexity…</source>
        <translation>Computing the municipal complexity…</translation>
    </message>
    <message>
        <source>Select a region on the map; at the municipal level, pick a municipality.</source>
        <translation>Select a region on the map; at the municipal level, pick a municipality.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <source>Method: Hidalgo &amp; Hausmann (2009), as the Growth Lab's ecomplexity</source>
        <translation>Method: Hidalgo &amp; Hausmann (2009), as the Growth Lab's ecomplexity</translation>
    </message>
    <message>
        <source>The first %1 of %2 industries not yet specialised; all of them on the page.</source>
        <translation>The first %1 of %2 industries not yet specialised; all of them on the page.</translation>
    </message>
    <message>
        <source>PCI</source>
        <translation>PCI</translation>
    </message>
    <message>
        <source>COG</source>
        <translation>COG</translation>
    </message>
    <message>
        <source>Opportunities: %1 (table)</source>
        <translation>Opportunities: %1 (table)</translation>
    </message>
    <message>
        <source>%1 %2 has no municipal data: choose employees or establishments for a municipality</source>
        <translation>%1 %2 has no municipal data: choose employees or establishments for a municipality</translation>
    </message>
    <message>
        <source>%1 %2 has municipal data only: select a municipality</source>
        <translation>%1 %2 has municipal data only: select a municipality</translation>
    </message>
    <message>
        <source>ECI over %1 municipalities; mean 0, sd 1</source>
        <translation>ECI over %1 municipalities; mean 0, sd 1</translation>
    </message>
    <message>
        <source>ECI over %1 prefectures; mean 0, sd 1</source>
        <translation>ECI over %1 prefectures; mean 0, sd 1</translation>
    </message>
    <message>
        <source>%1 %2 has no data at this level.</source>
        <translation>%1 %2 has no data at this level.</translation>
    </message>
</context>
<context>
    <name>regionlens::app::FlowsView</name>
    <message>
        <source>Migration flows</source>
        <translation>Migration flows</translation>
    </message>
    <message>
        <source>Net per 1,000 inhabitants</source>
        <translation>Net per 1,000 inhabitants</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Largest flows</source>
        <translation>Largest flows</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>Indices</translation>
    </message>
    <message>
        <source>Japan (all prefectures)</source>
        <translation>Japan (all prefectures)</translation>
    </message>
    <message>
        <source>Largest migration flows between prefectures, %1</source>
        <translation>Largest migration flows between prefectures, %1</translation>
    </message>
    <message>
        <source>Migration flows of %1, %2</source>
        <translation>Migration flows of %1, %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>per 1,000</source>
        <translation>per 1,000</translation>
    </message>
    <message>
        <source>Net migration per 1,000 inhabitants, %1</source>
        <translation>Net migration per 1,000 inhabitants, %1</translation>
    </message>
    <message>
        <source>Net migration, %1</source>
        <translation>Net migration, %1</translation>
    </message>
    <message>
        <source>Net migration by age</source>
        <translation>Net migration by age</translation>
    </message>
    <message>
        <source>Net migration by age, %1</source>
        <translation>Net migration by age, %1</translation>
    </message>
    <message>
        <source>No age breakdown in the data</source>
        <translation>No age breakdown in the data</translation>
    </message>
    <message>
        <source>Select a prefecture</source>
        <translation>Select a prefecture</translation>
    </message>
    <message>
        <source>Net migration by age: not available, the flows in the store have no age classes.</source>
        <translation>Net migration by age: not available, the flows in the store have no age classes.</translation>
    </message>
    <message>
        <source>No migration flows in the store.</source>
        <translation>No migration flows in the store.</translation>
    </message>
    <message>
        <source>All prefectures, %1</source>
        <translation>All prefectures, %1</translation>
    </message>
    <message>
        <source>Movers between prefectures</source>
        <translation>Movers between prefectures</translation>
    </message>
    <message>
        <source>Effectiveness (MEI)</source>
        <translation>Effectiveness (MEI)</translation>
    </message>
    <message>
        <source>Net migration rate (ANMR, %)</source>
        <translation>Net migration rate (ANMR, %)</translation>
    </message>
    <message>
        <source>Migration probability (CMP, %)</source>
        <translation>Migration probability (CMP, %)</translation>
    </message>
    <message>
        <source>In from other prefectures</source>
        <translation>In from other prefectures</translation>
    </message>
    <message>
        <source>Out to other prefectures</source>
        <translation>Out to other prefectures</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Turnover (in + out)</source>
        <translation>Turnover (in + out)</translation>
    </message>
    <message>
        <source>Rank of net (of %1)</source>
        <translation>Rank of net (of %1)</translation>
    </message>
    <message>
        <source>Population at risk: %1 (%2).</source>
        <translation>Population at risk: %1 (%2).</translation>
    </message>
    <message>
        <source>population estimate</source>
        <translation>population estimate</translation>
    </message>
    <message>
        <source>census</source>
        <translation>census</translation>
    </message>
    <message>
        <source>The store has no migration flows.</source>
        <translation>The store has no migration flows.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; gained %2 people net from other prefectures in %3 (in %4, out %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; gained %2 people net from other prefectures in %3 (in %4, out %5)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; lost %2 people net to other prefectures in %3 (in %4, out %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; lost %2 people net to other prefectures in %3 (in %4, out %5)</translation>
    </message>
    <message>
        <source>, rank %1 of %2 by net migration</source>
        <translation>, rank %1 of %2 by net migration</translation>
    </message>
    <message>
        <source> (%1 per 1,000 inhabitants)</source>
        <translation> (%1 per 1,000 inhabitants)</translation>
    </message>
    <message>
        <source> The largest inflow came from %1 (%2)</source>
        <translation> The largest inflow came from %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, followed by %1</source>
        <translation>, followed by %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source> The largest outflow went to %1 (%2)</source>
        <translation> The largest outflow went to %1 (%2)</translation>
    </message>
    <message>
        <source>; with %1 the balance is %2.</source>
        <translation>; with %1 the balance is %2.</translation>
    </message>
    <message>
        <source>The flows in the store have no age classes, so net migration by age is not available.</source>
        <translation>The flows in the store have no age classes, so net migration by age is not available.</translation>
    </message>
    <message>
        <source>By age, the largest net gain is at %1 (%2).</source>
        <translation>By age, the largest net gain is at %1 (%2).</translation>
    </message>
    <message>
        <source>In %1, %2 people moved between prefectures. %3 prefectures gained population through migration and %4 lost; the largest net gain was in %5 (%6), the largest net loss in %7 (%8).</source>
        <translation>In %1, %2 people moved between prefectures. %3 prefectures gained population through migration and %4 lost; the largest net gain was in %5 (%6), the largest net loss in %7 (%8).</translation>
    </message>
    <message>
        <source> Migration effectiveness (MEI) was %1: of every 100 moves, about %2 changed where people live and the rest cancelled out.</source>
        <translation> Migration effectiveness (MEI) was %1: of every 100 moves, about %2 changed where people live and the rest cancelled out.</translation>
    </message>
    <message>
        <source> %1% of the population moved to another prefecture (CMP).</source>
        <translation> %1% of the population moved to another prefecture (CMP).</translation>
    </message>
    <message>
        <source>The largest single flow was %1 → %2 (%3 people).</source>
        <translation>The largest single flow was %1 → %2 (%3 people).</translation>
    </message>
    <message>
        <source>.</source>
        <comment>end of a sentence</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>Net migration (in − out), %1</source>
        <translation>Net migration (in − out), %1</translation>
    </message>
    <message>
        <source>Reading municipal migration…</source>
        <translation>Reading municipal migration…</translation>
    </message>
    <message>
        <source>No municipal migration in the store: import flows between five-digit municipality codes, or SSDSE-A (its items A5101 転入者数 and A5102 転出者数).</source>
        <translation>No municipal migration in the store: import flows between five-digit municipality codes, or SSDSE-A (its items A5101 転入者数 and A5102 転出者数).</translation>
    </message>
    <message>
        <source>In − out from SSDSE-A: moves between municipalities of the same prefecture count too, unlike the flows between prefectures.</source>
        <translation>In − out from SSDSE-A: moves between municipalities of the same prefecture count too, unlike the flows between prefectures.</translation>
    </message>
    <message>
        <source>%1: net migration %2 (%3)</source>
        <translation>%1: net migration %2 (%3)</translation>
    </message>
    <message>
        <source>%1: no migration data</source>
        <translation>%1: no migration data</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>The store has no municipal migration. Import flows between five-digit municipality codes, or SSDSE-A (items A5101 転入者数 and A5102 転出者数), to map net migration by municipality.</source>
        <translation>The store has no municipal migration. Import flows between five-digit municipality codes, or SSDSE-A (items A5101 転入者数 and A5102 転出者数), to map net migration by municipality.</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>movers in − movers out (転入者数 − 転出者数, SSDSE-A), moves within the prefecture included</source>
        <translation>movers in − movers out (転入者数 − 転出者数, SSDSE-A), moves within the prefecture included</translation>
    </message>
    <message>
        <source>flows between municipalities in the store</source>
        <translation>flows between municipalities in the store</translation>
    </message>
    <message>
        <source>Net migration %1 by municipality, %2: %3 of the %4 municipalities of %5 gained people, %6 lost.</source>
        <translation>Net migration %1 by municipality, %2: %3 of the %4 municipalities of %5 gained people, %6 lost.</translation>
    </message>
    <message>
        <source> Largest gain: %1 (%2); largest loss: %3 (%4).</source>
        <translation> Largest gain: %1 (%2); largest loss: %3 (%4).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: in %2, out %3, net %4, rank %5 of %6 in %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: in %2, out %3, net %4, rank %5 of %6 in %7</translation>
    </message>
    <message>
        <source> (%1 per 1,000 inhabitants, population %2)</source>
        <translation> (%1 per 1,000 inhabitants, population %2)</translation>
    </message>
    <message>
        <source>The flow map shows prefectures: import moves between municipalities (an origin–destination table with five-digit municipality codes) to draw arrows between municipalities. SSDSE-A counts only movers in and out.</source>
        <translation>The flow map shows prefectures: import moves between municipalities (an origin–destination table with five-digit municipality codes) to draw arrows between municipalities. SSDSE-A counts only movers in and out.</translation>
    </message>
    <message>
        <source>Largest migration flows between municipalities, %1</source>
        <translation>Largest migration flows between municipalities, %1</translation>
    </message>
    <message>
        <source>, to or from %1</source>
        <translation>, to or from %1</translation>
    </message>
    <message>
        <source>%1% came from %2</source>
        <translation>%1% came from %2</translation>
    </message>
    <message>
        <source>%1% went to %2</source>
        <translation>%1% went to %2</translation>
    </message>
    <message>
        <source>%1% from %2</source>
        <translation>%1% from %2</translation>
    </message>
    <message>
        <source>%1% to %2</source>
        <translation>%1% to %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Of the %1 people who moved into %2, %3; of the %4 who moved out, %5.</source>
        <translation>Of the %1 people who moved into %2, %3; of the %4 who moved out, %5.</translation>
    </message>
    <message>
        <source> By partner, the largest net gain is from %1 (%2)</source>
        <translation> By partner, the largest net gain is from %1 (%2)</translation>
    </message>
    <message>
        <source> and the largest net loss to %1 (%2)</source>
        <translation> and the largest net loss to %1 (%2)</translation>
    </message>
    <message>
        <source> By partner, the largest net loss is to %1 (%2)</source>
        <translation> By partner, the largest net loss is to %1 (%2)</translation>
    </message>
    <message>
        <source> By regional block, %1 gains most from %2 (%3) and loses most to %4 (%5).</source>
        <translation> By regional block, %1 gains most from %2 (%3) and loses most to %4 (%5).</translation>
    </message>
    <message>
        <source> By regional block, %1 gains from every block with moves, most from %2 (%3).</source>
        <translation> By regional block, %1 gains from every block with moves, most from %2 (%3).</translation>
    </message>
    <message>
        <source> By regional block, %1 loses to every block with moves, most to %2 (%3).</source>
        <translation> By regional block, %1 loses to every block with moves, most to %2 (%3).</translation>
    </message>
    <message>
        <source>Each arrow on the flow map runs from the prefecture people left to the one they moved to; its width is proportional to the number of movers, and arrows bend to the left of their direction so that the two directions between a pair stay apart. With a region selected the map shows that region's own flows, zoomed to it and its partners: blue arrows come in and orange arrows go out, in two lanes from the ring round the region with their heads on the way, and the largest partners are labelled with the region's net (in − out); the table's shares are of the region's own in- or out-moves. "National overview" shows the largest flows of Japan instead. The second tab charts the region's net with its largest partners and by regional block (北海道, 東北, 関東, 中部, 近畿, 中国, 四国, 九州・沖縄). The map beside it shows net migration (in − out): red gained people, blue lost them; white is the class around zero. Net migration sums to zero over all prefectures. MEI (migration effectiveness) is 100 × Σ|net| / Σ(in + out): near 0 the moves cancel out, near 100 they all run one way. ANMR is the net change of the population distribution in % of the population; CMP is the share of the population that moved between prefectures in the year.</source>
        <translation>Each arrow on the flow map runs from the prefecture people left to the one they moved to; its width is proportional to the number of movers, and arrows bend to the left of their direction so that the two directions between a pair stay apart. With a region selected the map shows that region's own flows, zoomed to it and its partners: blue arrows come in and orange arrows go out, in two lanes from the ring round the region with their heads on the way, and the largest partners are labelled with the region's net (in − out); the table's shares are of the region's own in- or out-moves. "National overview" shows the largest flows of Japan instead. The second tab charts the region's net with its largest partners and by regional block (北海道, 東北, 関東, 中部, 近畿, 中国, 四国, 九州・沖縄). The map beside it shows net migration (in − out): red gained people, blue lost them; white is the class around zero. Net migration sums to zero over all prefectures. MEI (migration effectiveness) is 100 × Σ|net| / Σ(in + out): near 0 the moves cancel out, near 100 they all run one way. ANMR is the net change of the population distribution in % of the population; CMP is the share of the population that moved between prefectures in the year.</translation>
    </message>
    <message>
        <source>%1 is a municipality: the store has flows between municipalities for this year; choose the municipal level under the net map to draw them. This map shows the flows of %2.</source>
        <translation>%1 is a municipality: the store has flows between municipalities for this year; choose the municipal level under the net map to draw them. This map shows the flows of %2.</translation>
    </message>
    <message>
        <source>%1 is a municipality, but the migration table in the store (住民基本台帳人口移動報告, 第2表) counts moves between prefectures only, so this page shows the flows of %2. For the partners of %1 itself, import an origin–destination table with five-digit municipality codes (File → Import data…, columns origin_code, destination_code, year, value); SSDSE-A (A5101 転入者数, A5102 転出者数) gives its movers in and out only.</source>
        <translation>%1 is a municipality, but the migration table in the store (住民基本台帳人口移動報告, 第2表) counts moves between prefectures only, so this page shows the flows of %2. For the partners of %1 itself, import an origin–destination table with five-digit municipality codes (File → Import data…, columns origin_code, destination_code, year, value); SSDSE-A (A5101 転入者数, A5102 転出者数) gives its movers in and out only.</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>net</source>
        <translation>net</translation>
    </message>
    <message>
        <source>%1 (own block)</source>
        <translation>%1 (own block)</translation>
    </message>
    <message>
        <source>Region's flows</source>
        <translation>Region's flows</translation>
    </message>
    <message>
        <source>National overview</source>
        <translation>National overview</translation>
    </message>
    <message>
        <source>The selected prefecture's in- and outflows, or the largest flows of the nation</source>
        <translation>The selected prefecture's in- and outflows, or the largest flows of the nation</translation>
    </message>
    <message>
        <source>Flow map</source>
        <translation>Flow map</translation>
    </message>
    <message>
        <source>Partners and regional blocks</source>
        <translation>Partners and regional blocks</translation>
    </message>
    <message>
        <source>Net migration by partner</source>
        <translation>Net migration by partner</translation>
    </message>
    <message>
        <source>%1: net migration with the %2 largest partners, %3</source>
        <translation>%1: net migration with the %2 largest partners, %3</translation>
    </message>
    <message>
        <source>persons (out ← 0 → in)</source>
        <translation>persons (out ← 0 → in)</translation>
    </message>
    <message>
        <source>Net migration by regional block</source>
        <translation>Net migration by regional block</translation>
    </message>
    <message>
        <source>%1: net migration by regional block, %2</source>
        <translation>%1: net migration by regional block, %2</translation>
    </message>
    <message>
        <source>%1 itself is left out of its own block.</source>
        <translation>%1 itself is left out of its own block.</translation>
    </message>
    <message>
        <source>Migration to and from %1, %2</source>
        <translation>Migration to and from %1, %2</translation>
    </message>
    <message>
        <source>% of its in/out</source>
        <translation>% of its in/out</translation>
    </message>
    <message>
        <source>Share of the region's own in-moves (a flow into it) or out-moves (a flow out of it)</source>
        <translation>Share of the region's own in-moves (a flow into it) or out-moves (a flow out of it)</translation>
    </message>
</context>
<context>
    <name>regionlens::app::GrowthView</name>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&lt;p&gt;No change by industry for %1 yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No change by industry for %1 yet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of %2: %3 in %4, %5 in %6 (%7; the nation %8).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 of %2: %3 in %4, %5 in %6 (%7; the nation %8).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&lt;p&gt;Largest contributions to the change: %1. Largest drags: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Largest contributions to the change: %1. Largest drags: %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LQ %1, %2</source>
        <translation>LQ %1, %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Strong and growing (LQ ≥ 1, growing): %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Strong and growing (LQ ≥ 1, growing): %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Strong but shrinking: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Strong but shrinking: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Regional shift (growth beyond the nation's trend in the same industry): largest in %1; most negative in %2. In total %3 = national share %4 + industry mix %5 + regional shift %6.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Regional shift (growth beyond the nation's trend in the same industry): largest in %1; most negative in %2. In total %3 = national share %4 + industry mix %5 + regional shift %6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change by industry: each bar is the industry's change; divided by the region's total at the start it is the industry's contribution to the region's growth in percentage points (table), and the contributions add up to the region's growth. Shift-share by industry: each industry's change split into the national share (had it grown as the nation's total), the industry mix (its industry grew faster or slower than the nation's total) and the regional shift (it grew faster or slower here than the same industry nationally); the diamond is the actual change. LQ × growth: right of 1 the region is specialised (LQ at the end year), above 0 the industry grew; bubble area = its size at the end year. Top right: strong and growing.</source>
        <translation>Change by industry: each bar is the industry's change; divided by the region's total at the start it is the industry's contribution to the region's growth in percentage points (table), and the contributions add up to the region's growth. Shift-share by industry: each industry's change split into the national share (had it grown as the nation's total), the industry mix (its industry grew faster or slower than the nation's total) and the regional shift (it grew faster or slower here than the same industry nationally); the diamond is the actual change. LQ × growth: right of 1 the region is specialised (LQ at the end year), above 0 the industry grew; bubble area = its size at the end year. Top right: strong and growing.</translation>
    </message>
    <message>
        <source>Location quotient (end year)</source>
        <translation>Location quotient (end year)</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Change (%)</translation>
    </message>
    <message>
        <source>Strong and growing</source>
        <translation>Strong and growing</translation>
    </message>
    <message>
        <source>Growing, not specialised</source>
        <translation>Growing, not specialised</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Neither</translation>
    </message>
    <message>
        <source>Strong but shrinking</source>
        <translation>Strong but shrinking</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Contribution (pt)</source>
        <translation>Contribution (pt)</translation>
    </message>
    <message>
        <source>National share</source>
        <translation>National share</translation>
    </message>
    <message>
        <source>Industry mix</source>
        <translation>Industry mix</translation>
    </message>
    <message>
        <source>Regional shift</source>
        <translation>Regional shift</translation>
    </message>
    <message>
        <source>LQ</source>
        <translation>LQ</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Change by industry</source>
        <translation>Change by industry</translation>
    </message>
    <message>
        <source>Shift-share by industry</source>
        <translation>Shift-share by industry</translation>
    </message>
    <message>
        <source>LQ × growth</source>
        <translation>LQ × growth</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Employees (従業者数)</source>
        <translation>Employees (従業者数)</translation>
    </message>
    <message>
        <source>Establishments (事業所数)</source>
        <translation>Establishments (事業所数)</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: change of %2 by industry, %3</source>
        <translation>%1: change of %2 by industry, %3</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Total %1 (%2 → %3); contribution (pt) = change ÷ %2 × 100</source>
        <translation>Total %1 (%2 → %3); contribution (pt) = change ÷ %2 × 100</translation>
    </message>
    <message>
        <source>%1: shift-share by industry, %2, %3</source>
        <translation>%1: shift-share by industry, %2, %3</translation>
    </message>
    <message>
        <source>Actual change</source>
        <translation>Actual change</translation>
    </message>
    <message>
        <source>%1: specialisation × growth, %2, %3</source>
        <translation>%1: specialisation × growth, %2, %3</translation>
    </message>
    <message>
        <source>Bubble area = %1 in %2</source>
        <translation>Bubble area = %1 in %2</translation>
    </message>
    <message>
        <source>The measure needs two years at this level.</source>
        <translation>The measure needs two years at this level.</translation>
    </message>
    <message>
        <source>Select a region: a prefecture, a municipality or a group.</source>
        <translation>Select a region: a prefecture, a municipality or a group.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <source>Method: shift-share per industry (Dunn)</source>
        <translation>Method: shift-share per industry (Dunn)</translation>
    </message>
</context>
<context>
    <name>regionlens::app::ImpactDemandPanel</name>
    <message>
        <source>&lt;b&gt;Demand&lt;/b&gt; (final demand in the region, million yen)</source>
        <translation>&lt;b&gt;Demand&lt;/b&gt; (final demand in the region, million yen)</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <source>Tourism spending (観光消費)</source>
        <translation>Tourism spending (観光消費)</translation>
    </message>
    <message>
        <source>Building a plant or facility (建設)</source>
        <translation>Building a plant or facility (建設)</translation>
    </message>
    <message>
        <source>Event (イベント)</source>
        <translation>Event (イベント)</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Yen per visitor</source>
        <translation>Yen per visitor</translation>
    </message>
    <message>
        <source>Investment (million yen)</source>
        <translation>Investment (million yen)</translation>
    </message>
    <message>
        <source>Building share</source>
        <translation>Building share</translation>
    </message>
    <message>
        <source>Budget (million yen)</source>
        <translation>Budget (million yen)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Million yen</source>
        <translation>Million yen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Split (an assumption; edit the amounts to change it): %1. Example figures: replace them with your own.</source>
        <translation>Split (an assumption; edit the amounts to change it): %1. Example figures: replace them with your own.</translation>
    </message>
    <message>
        <source>This template needs the 12-sector tables.</source>
        <translation>This template needs the 12-sector tables.</translation>
    </message>
    <message>
        <source>Total: %1 million yen</source>
        <translation>Total: %1 million yen</translation>
    </message>
</context>
<context>
    <name>regionlens::app::ImpactView</name>
    <message>
        <source>%1 million yen</source>
        <translation>%1 million yen</translation>
    </message>
    <message>
        <source>%1 persons</source>
        <translation>%1 persons</translation>
    </message>
    <message>
        <source>Table: ESTIMATED from the national %1 table and the region's employees by industry (FLQ, δ = %2). Estimated so for the 45 prefectures with an official table, δ = 0.15 missed their output multipliers by 7.9 % on average (docs/io-flq-validation.md).</source>
        <translation>Table: ESTIMATED from the national %1 table and the region's employees by industry (FLQ, δ = %2). Estimated so for the 45 prefectures with an official table, δ = 0.15 missed their output multipliers by 7.9 % on average (docs/io-flq-validation.md).</translation>
    </message>
    <message>
        <source>Table: the official %1 input–output table of the region, %2 sectors.</source>
        <translation>Table: the official %1 input–output table of the region, %2 sectors.</translation>
    </message>
    <message>
        <source>出典: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Model: competitive imports (競争移入型); the region buys part of every demand from outside (自給率).</source>
        <translation>Model: competitive imports (競争移入型); the region buys part of every demand from outside (自給率).</translation>
    </message>
    <message>
        <source>Model: closed (the table has no imports).</source>
        <translation>Model: closed (the table has no imports).</translation>
    </message>
    <message>
        <source>Type II: the 雇用者所得 induced by the direct and 1st indirect effects is spent once more (第2次間接波及効果) in the pattern of 民間消費支出.</source>
        <translation>Type II: the 雇用者所得 induced by the direct and 1st indirect effects is spent once more (第2次間接波及効果) in the pattern of 民間消費支出.</translation>
    </message>
    <message>
        <source>消費転換係数 %1 (entered on the page).</source>
        <translation>消費転換係数 %1 (entered on the page).</translation>
    </message>
    <message>
        <source>消費転換係数 %1: the average propensity to consume of workers' households, 家計調査 2015 (総務省統計局).</source>
        <translation>消費転換係数 %1: the average propensity to consume of workers' households, 家計調査 2015 (総務省統計局).</translation>
    </message>
    <message>
        <source>Type I: households exogenous, no 第2次間接波及効果.</source>
        <translation>Type I: households exogenous, no 第2次間接波及効果.</translation>
    </message>
    <message>
        <source>Demand: final demand of the region in purchasers' terms (百万円); the direct effect is its share produced in the region (× 自給率).</source>
        <translation>Demand: final demand of the region in purchasers' terms (百万円); the direct effect is its share produced in the region (× 自給率).</translation>
    </message>
    <message>
        <source>Value added: 粗付加価値 including 家計外消費支出, as the prefectural tools count it.</source>
        <translation>Value added: 粗付加価値 including 家計外消費支出, as the prefectural tools count it.</translation>
    </message>
    <message>
        <source>Template %1: split %2 — an assumption of RegionLens, not survey figures; edit the demand table to use your own.</source>
        <translation>Template %1: split %2 — an assumption of RegionLens, not survey figures; edit the demand table to use your own.</translation>
    </message>
    <message>
        <source>The template's amounts were edited by hand.</source>
        <translation>The template's amounts were edited by hand.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>The table of %1 has no Leontief inverse (see the warnings): no impact can be computed.</source>
        <translation>The table of %1 has no Leontief inverse (see the warnings): no impact can be computed.</translation>
    </message>
    <message>
        <source>Enter a demand by sector (百万円) on the left, or choose a template (観光消費, 工場・施設の建設, イベント), to see what it brings to %1.</source>
        <translation>Enter a demand by sector (百万円) on the left, or choose a template (観光消費, 工場・施設の建設, イベント), to see what it brings to %1.</translation>
    </message>
    <message>
        <source>A demand of %1 in %2 brings a total output of %3: direct effect %4, 1st indirect %5%6. Output multiplier (波及倍率) %7.</source>
        <translation>A demand of %1 in %2 brings a total output of %3: direct effect %4, 1st indirect %5%6. Output multiplier (波及倍率) %7.</translation>
    </message>
    <message>
        <source>, 2nd indirect %1</source>
        <translation>, 2nd indirect %1</translation>
    </message>
    <message>
        <source>%1 % of the demand is produced in the region (the direct effect); %2 is bought from outside (移輸入) and leaks out.</source>
        <translation>%1 % of the demand is produced in the region (the direct effect); %2 is bought from outside (移輸入) and leaks out.</translation>
    </message>
    <message>
        <source> and work for about %1</source>
        <translation> and work for about %1</translation>
    </message>
    <message>
        <source>Gross value added %1, of which 雇用者所得 %2%3.</source>
        <translation>Gross value added %1, of which 雇用者所得 %2%3.</translation>
    </message>
    <message>
        <source>Most output is induced in %1.</source>
        <translation>Most output is induced in %1.</translation>
    </message>
    <message>
        <source>Type I leaves out the spending of the induced income; type II adds it as the 2nd indirect effect.</source>
        <translation>Type I leaves out the spending of the induced income; type II adds it as the 2nd indirect effect.</translation>
    </message>
    <message>
        <source>Linkages: %1 both pull (影響力係数 ≥ 1) and supply (感応度係数 ≥ 1) the rest of the economy.</source>
        <translation>Linkages: %1 both pull (影響力係数 ≥ 1) and supply (感応度係数 ≥ 1) the rest of the economy.</translation>
    </message>
    <message>
        <source>%1 has no official table in the store: every figure is an estimate.</source>
        <translation>%1 has no official table in the store: every figure is an estimate.</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Assumptions</translation>
    </message>
    <message>
        <source>The direct effect is the part of the demand produced in the region; the 1st indirect effect is what its suppliers, and theirs, produce in the region in turn; the 2nd indirect effect (type II) is what the households spend of the income earned. Value added, 雇用者所得 and employees follow each sector's ratios to output. The linkage chart places every sector by its 影響力係数 (pull on other sectors when its demand grows) and 感応度係数 (push it receives when every demand grows); 1 is the average sector, bubble area is output.</source>
        <translation>The direct effect is the part of the demand produced in the region; the 1st indirect effect is what its suppliers, and theirs, produce in the region in turn; the 2nd indirect effect (type II) is what the households spend of the income earned. Value added, 雇用者所得 and employees follow each sector's ratios to output. The linkage chart places every sector by its 影響力係数 (pull on other sectors when its demand grows) and 感応度係数 (push it receives when every demand grows); 1 is the average sector, bubble area is output.</translation>
    </message>
    <message>
        <source>Economic impact</source>
        <translation>Economic impact</translation>
    </message>
    <message>
        <source>Official, else estimated</source>
        <translation>Official, else estimated</translation>
    </message>
    <message>
        <source>Estimated (FLQ)</source>
        <translation>Estimated (FLQ)</translation>
    </message>
    <message>
        <source>δ of FLQ for an estimated table (regions without an official one); default 0.15, docs/io-flq-validation.md</source>
        <translation>δ of FLQ for an estimated table (regions without an official one); default 0.15, docs/io-flq-validation.md</translation>
    </message>
    <message>
        <source>Type I</source>
        <translation>Type I</translation>
    </message>
    <message>
        <source>Type II</source>
        <translation>Type II</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>FLQ δ</source>
        <translation>FLQ δ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Consumption ratio</source>
        <translation>Consumption ratio</translation>
    </message>
    <message>
        <source>消費転換係数: default 0.738, the average propensity to consume of workers' households (家計調査 2015)</source>
        <translation>消費転換係数: default 0.738, the average propensity to consume of workers' households (家計調査 2015)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Linkages</source>
        <translation>Linkages</translation>
    </message>
    <message>
        <source>Export impact as CSV</source>
        <translation>Export impact as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Output
(million yen)</source>
        <translation>Output
(million yen)</translation>
    </message>
    <message>
        <source>Value added
(million yen)</source>
        <translation>Value added
(million yen)</translation>
    </message>
    <message>
        <source>雇用者所得
(million yen)</source>
        <translation>雇用者所得
(million yen)</translation>
    </message>
    <message>
        <source>Employees
(persons)</source>
        <translation>Employees
(persons)</translation>
    </message>
    <message>
        <source>Direct (直接効果)</source>
        <translation>Direct (直接効果)</translation>
    </message>
    <message>
        <source>1st indirect (第1次間接)</source>
        <translation>1st indirect (第1次間接)</translation>
    </message>
    <message>
        <source>2nd indirect (第2次間接)</source>
        <translation>2nd indirect (第2次間接)</translation>
    </message>
    <message>
        <source>Total (総合効果)</source>
        <translation>Total (総合効果)</translation>
    </message>
    <message>
        <source>Multiplier (波及倍率)</source>
        <translation>Multiplier (波及倍率)</translation>
    </message>
    <message>
        <source>Output induced by sector, %1</source>
        <translation>Output induced by sector, %1</translation>
    </message>
    <message>
        <source>million yen</source>
        <translation>million yen</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>1st indirect</source>
        <translation>1st indirect</translation>
    </message>
    <message>
        <source>2nd indirect</source>
        <translation>2nd indirect</translation>
    </message>
    <message>
        <source>Estimated table (FLQ, δ = %1)</source>
        <translation>Estimated table (FLQ, δ = %1)</translation>
    </message>
    <message>
        <source>Official input–output table %1</source>
        <translation>Official input–output table %1</translation>
    </message>
    <message>
        <source>Backward and forward linkages, %1</source>
        <translation>Backward and forward linkages, %1</translation>
    </message>
    <message>
        <source>Bubble area: output. Rasmussen's coefficients of the type I inverse.</source>
        <translation>Bubble area: output. Rasmussen's coefficients of the type I inverse.</translation>
    </message>
    <message>
        <source> Estimated table.</source>
        <translation> Estimated table.</translation>
    </message>
    <message>
        <source>Input–output table: %1</source>
        <translation>Input–output table: %1</translation>
    </message>
    <message>
        <source>Estimated with FLQ (δ = %1) from employees by industry (経済センサス)</source>
        <translation>Estimated with FLQ (δ = %1) from employees by industry (経済センサス)</translation>
    </message>
    <message>
        <source>Enter a demand or choose a template on the left.</source>
        <translation>Enter a demand or choose a template on the left.</translation>
    </message>
    <message>
        <source>No impact to export: enter a demand first.</source>
        <translation>No impact to export: enter a demand first.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>regionlens::app::ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>e-Stat CSV or JSON, tidy CSV, OD table, GeoJSON, TopoJSON, GeoPackage</source>
        <translation>e-Stat CSV or JSON, tidy CSV, OD table, GeoJSON, TopoJSON, GeoPackage</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Detect (BOM, UTF-8, else Shift_JIS)</source>
        <translation>Detect (BOM, UTF-8, else Shift_JIS)</translation>
    </message>
    <message>
        <source>from the file (measure column or file name)</source>
        <translation>from the file (measure column or file name)</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>from the file</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Prefectures</source>
        <translation>Prefectures</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>detect (e.g. N03_007, pref_code)</source>
        <translation>detect (e.g. N03_007, pref_code)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Indicator id:</source>
        <translation>&amp;Indicator id:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Boundary code &amp;property:</source>
        <translation>Boundary code &amp;property:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Detected:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>Mapping and summary</source>
        <translation>Mapping and summary</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Statistics and boundaries (*.csv *.json *.geojson *.topojson *.gpkg);;All files (*)</source>
        <translation>Statistics and boundaries (*.csv *.json *.geojson *.topojson *.gpkg);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Choose a file to import.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>not recognised</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binary</translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>Nothing was stored: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>Cancelled; nothing was stored.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the file; nothing was stored. See Issues.</source>
        <translation>
            <numerusform>%n error(s) in the file; nothing was stored. See Issues.</numerusform>
            <numerusform>%n error(s) in the file; nothing was stored. See Issues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <source>Ready to import: %1</source>
        <translation>Ready to import: %1</translation>
    </message>
    <message>
        <source>all (wide tables such as SSDSE: item codes or names, comma-separated)</source>
        <translation>all (wide tables such as SSDSE: item codes or names, comma-separated)</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>&amp;Measures:</translation>
    </message>
    <message>
        <source>Indicator already in the store</source>
        <translation>Indicator already in the store</translation>
    </message>
    <message>
        <source>The store already holds values of %1. Replace them with the file's values, or add the file's values to them (a value for the same region, year and industry is replaced)?</source>
        <translation>The store already holds values of %1. Replace them with the file's values, or add the file's values to them (a value for the same region, year and industry is replaced)?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Add to them</source>
        <translation>Add to them</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %1; %n stored value(s) replaced.</source>
        <translation>
            <numerusform>Imported: %1; %n stored value(s) replaced.</numerusform>
            <numerusform>Imported: %1; %n stored value(s) replaced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionlens::app::IndicatorPicker</name>
    <message>
        <source>Themes follow RESAS's maps; the list shows the theme's indicators</source>
        <translation>Themes follow RESAS's maps; the list shows the theme's indicators</translation>
    </message>
    <message>
        <source>Japanese or English name</source>
        <translation>Japanese or English name</translation>
    </message>
    <message>
        <source>Every word must occur in the Japanese or English name, the item code or the id</source>
        <translation>Every word must occur in the Japanese or English name, the item code or the id</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>All themes</translation>
    </message>
</context>
<context>
    <name>regionlens::app::IndustryView</name>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Industry on the map</source>
        <translation>Industry on the map</translation>
    </message>
    <message>
        <source>LQ = 1 (national share)</source>
        <translation>LQ = 1 (national share)</translation>
    </message>
    <message>
        <source>Location quotient (LQ)</source>
        <translation>Location quotient (LQ)</translation>
    </message>
    <message>
        <source>Value-added LQ (specialisation)</source>
        <translation>Value-added LQ (specialisation)</translation>
    </message>
    <message>
        <source>Labour productivity relative to the nation</source>
        <translation>Labour productivity relative to the nation</translation>
    </message>
    <message>
        <source>specialised and productive</source>
        <translation>specialised and productive</translation>
    </message>
    <message>
        <source>productive, not specialised</source>
        <translation>productive, not specialised</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>neither</translation>
    </message>
    <message>
        <source>specialised, less productive</source>
        <translation>specialised, less productive</translation>
    </message>
    <message>
        <source>LQ ranking</source>
        <translation>LQ ranking</translation>
    </message>
    <message>
        <source>Earning power (稼ぐ力)</source>
        <translation>Earning power (稼ぐ力)</translation>
    </message>
    <message>
        <source>Table: region × industry</source>
        <translation>Table: region × industry</translation>
    </message>
    <message>
        <source>Industry structure</source>
        <translation>Industry structure</translation>
    </message>
    <message>
        <source>Employees (従業者数)</source>
        <translation>Employees (従業者数)</translation>
    </message>
    <message>
        <source>Establishments (事業所数)</source>
        <translation>Establishments (事業所数)</translation>
    </message>
    <message>
        <source>Value added (県内総生産)</source>
        <translation>Value added (県内総生産)</translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation>FY%1</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>employees</translation>
    </message>
    <message>
        <source>establishments</source>
        <translation>establishments</translation>
    </message>
    <message>
        <source>value added</source>
        <translation>value added</translation>
    </message>
    <message>
        <source>Location quotients of %1, %2 (%3)</source>
        <translation>Location quotients of %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Location quotients compared, %1 (%2)</source>
        <translation>Location quotients compared, %1 (%2)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Sorted by the LQ of %1. Bars in blue: LQ ≥ 1.</source>
        <translation>Sorted by the LQ of %1. Bars in blue: LQ ≥ 1.</translation>
    </message>
    <message>
        <source>Earning power (稼ぐ力) of %1</source>
        <translation>Earning power (稼ぐ力) of %1</translation>
    </message>
    <message>
        <source>Value added FY%1 (県民経済計算), employees %2 (経済センサス). Bubble area ∝ employees. Logarithmic axes; dashed lines at 1.0 = national level.</source>
        <translation>Value added FY%1 (県民経済計算), employees %2 (経済センサス). Bubble area ∝ employees. Logarithmic axes; dashed lines at 1.0 = national level.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concordance used:&lt;/b&gt; value added (県民経済計算, %1 economic activities) and employees (経済センサス, JSIC divisions) are in different classifications. The JSIC divisions are summed into the activities following the Cabinet Office's correspondence table (県民経済計算標準方式, 2008SNA); K, O, Q and R are assigned whole to their main activity, and 公務 is left out because the census counts private establishments only.</source>
        <translation>&lt;b&gt;Concordance used:&lt;/b&gt; value added (県民経済計算, %1 economic activities) and employees (経済センサス, JSIC divisions) are in different classifications. The JSIC divisions are summed into the activities following the Cabinet Office's correspondence table (県民経済計算標準方式, 2008SNA); K, O, Q and R are assigned whole to their main activity, and 公務 is left out because the census counts private establishments only.</translation>
    </message>
    <message>
        <source>LQ of %1 (%2, %3)</source>
        <translation>LQ of %1 (%2, %3)</translation>
    </message>
    <message>
        <source>LQ</source>
        <translation>LQ</translation>
    </message>
    <message>
        <source>Diverging colours centred on LQ = 1.0</source>
        <translation>Diverging colours centred on LQ = 1.0</translation>
    </message>
    <message>
        <source>&lt;p&gt;No data for this measure and year.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No data for this measure and year.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No region selected: showing %1. Click a prefecture on the map or a row of the table.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;No region selected: showing %1. Click a prefecture on the map or a row of the table.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In %1, no industry of %2 has LQ &gt; 1 (%3).&lt;/p&gt;</source>
        <translation>&lt;p&gt;In %1, no industry of %2 has LQ &gt; 1 (%3).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In %1, %2's industries with LQ &gt; 1 (%3): %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In %1, %2's industries with LQ &gt; 1 (%3): %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&lt;p&gt;%1: LQ %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1: LQ %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1: LQ %2, rank %3 of %4 prefectures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1: LQ %2, rank %3 of %4 prefectures.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (LQ %2, productivity %3)</source>
        <translation>%1 (LQ %2, productivity %3)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Earning power&lt;/b&gt; (value added FY%1, employees %2): no activity of %3 has both a value-added LQ and a relative productivity above 1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Earning power&lt;/b&gt; (value added FY%1, employees %2): no activity of %3 has both a value-added LQ and a relative productivity above 1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Earning power&lt;/b&gt; (value added FY%1, employees %2): activities of %3 with both a value-added LQ and a relative productivity above 1: %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Earning power&lt;/b&gt; (value added FY%1, employees %2): activities of %3 with both a value-added LQ and a relative productivity above 1: %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select a region on the map, in the table or from a group; Ctrl+click compares regions.</source>
        <translation>Select a region on the map, in the table or from a group; Ctrl+click compares regions.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <source>%1: LQ %2 (%3, %4 %5)</source>
        <translation>%1: LQ %2 (%3, %4 %5)</translation>
    </message>
    <message>
        <source>Diverging colours centred on LQ = 1.0; shares compared with all of Japan</source>
        <translation>Diverging colours centred on LQ = 1.0; shares compared with all of Japan</translation>
    </message>
    <message>
        <source>Value added (県民経済計算) is published for prefectures only: choose employees or establishments to map municipalities, or the prefecture level.</source>
        <translation>Value added (県民経済計算) is published for prefectures only: choose employees or establishments to map municipalities, or the prefecture level.</translation>
    </message>
    <message>
        <source>Computing the municipal quotients…</source>
        <translation>Computing the municipal quotients…</translation>
    </message>
    <message>
        <source>Table: municipality × industry</source>
        <translation>Table: municipality × industry</translation>
    </message>
    <message>
        <source>The location quotient (LQ, 特化係数) compares an industry's share in the region with its share in Japan: LQ &gt; 1 means the industry's share in the region exceeds the national share, so the region is specialised in it; LQ &lt; 1 means it is under-represented. The ranking shows every industry of the selected region, the dashed line marks LQ = 1. The map colours all prefectures by the LQ of one industry: red above 1, blue below. In the earning-power chart (稼ぐ力) each bubble is an economic activity: to the right it earns a larger share of the region's value added than nationally, higher up each worker produces more value added than the national average of that activity, and the bubble's area shows how many people it employs. Bubbles top right are the region's strengths. Once municipal boundaries are imported, the map's level chooser shows the LQ of employees or establishments for every municipality (compared with all of Japan), optionally for one prefecture.</source>
        <translation>The location quotient (LQ, 特化係数) compares an industry's share in the region with its share in Japan: LQ &gt; 1 means the industry's share in the region exceeds the national share, so the region is specialised in it; LQ &lt; 1 means it is under-represented. The ranking shows every industry of the selected region, the dashed line marks LQ = 1. The map colours all prefectures by the LQ of one industry: red above 1, blue below. In the earning-power chart (稼ぐ力) each bubble is an economic activity: to the right it earns a larger share of the region's value added than nationally, higher up each worker produces more value added than the national average of that activity, and the bubble's area shows how many people it employs. Bubbles top right are the region's strengths. Once municipal boundaries are imported, the map's level chooser shows the LQ of employees or establishments for every municipality (compared with all of Japan), optionally for one prefecture.</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>&lt;p&gt;Value added (県民経済計算) is published for prefectures only, so the municipal map is empty for this measure. Employees and establishments (経済センサス) are available for all municipalities.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Value added (県民経済計算) is published for prefectures only, so the municipal map is empty for this measure. Employees and establishments (経済センサス) are available for all municipalities.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Computing the municipal quotients…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Computing the municipal quotients…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1, %2 %3: %4 of %5 municipalities of %6 have LQ &gt; 1 (shares compared with all of Japan).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1, %2 %3: %4 of %5 municipalities of %6 have LQ &gt; 1 (shares compared with all of Japan).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Highest: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Highest: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: no LQ (no %2 recorded).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: no LQ (no %2 recorded).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: LQ %2, rank %3 of %4 municipalities of %5.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: LQ %2, rank %3 of %4 municipalities of %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of %2: this measure is published for prefectures only. Choose employees or establishments (経済センサス), which exist for every municipality.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 of %2: this measure is published for prefectures only. Choose employees or establishments (経済センサス), which exist for every municipality.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No %1 recorded for %2 in %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No %1 recorded for %2 in %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1: LQ %2, rank %3 of %4 municipalities.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1: LQ %2, rank %3 of %4 municipalities.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Click a municipality on the map or a row of the table (or type its name in the region bar) to select it and see its quotients.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Click a municipality on the map or a row of the table (or type its name in the region bar) to select it and see its quotients.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (the prefecture of %2: value added is published for prefectures only)</source>
        <translation>%1 (the prefecture of %2: value added is published for prefectures only)</translation>
    </message>
    <message>
        <source>%1 is published for prefectures only: choose employees or establishments for a municipality</source>
        <translation>%1 is published for prefectures only: choose employees or establishments for a municipality</translation>
    </message>
    <message>
        <source>Sorted by the LQ of %1; one colour per region, the dashed line at LQ = 1.</source>
        <translation>Sorted by the LQ of %1; one colour per region, the dashed line at LQ = 1.</translation>
    </message>
    <message>
        <source>Earning power (稼ぐ力) of %1, the prefecture of %2 (value added by prefecture only)</source>
        <translation>Earning power (稼ぐ力) of %1, the prefecture of %2 (value added by prefecture only)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Concordance JSIC → prefectural accounts activities: Cabinet Office, Standard Method of Prefectural Accounts (2008 SNA)</source>
        <translation>Concordance JSIC → prefectural accounts activities: Cabinet Office, Standard Method of Prefectural Accounts (2008 SNA)</translation>
    </message>
</context>
<context>
    <name>regionlens::app::LqTableModel</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>regionlens::app::MainWindow</name>
    <message>
        <source>RegionLens — regional economy analysis</source>
        <translation>RegionLens — regional economy analysis</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Export &amp;map…</source>
        <translation>Export &amp;map…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Large fonts (projector)</source>
        <translation>&amp;Large fonts (projector)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Data &amp;sources and licences</source>
        <translation>Data &amp;sources and licences</translation>
    </message>
    <message>
        <source>&amp;About RegionLens</source>
        <translation>&amp;About RegionLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Data sources&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Data sources&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Prefecture boundaries: Natural Earth 1:10m admin-1 (public domain), from Debian's qgis-common package.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Prefecture boundaries: Natural Earth 1:10m admin-1 (public domain), from Debian's qgis-common package.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data sources and licences</source>
        <translation>Data sources and licences</translation>
    </message>
    <message>
        <source>About RegionLens</source>
        <translation>About RegionLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RegionLens %1&lt;/h3&gt;&lt;p&gt;Regional economy analysis for Japan: location quotients, shift-share, population and migration.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RegionLens %1&lt;/h3&gt;&lt;p&gt;Regional economy analysis for Japan: location quotients, shift-share, population and migration.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Region report (PDF)…</source>
        <translation>&amp;Region report (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Import data…</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <source>Data catalogue</source>
        <translation>Data catalogue</translation>
    </message>
    <message>
        <source>Data &amp;catalogue</source>
        <translation>Data &amp;catalogue</translation>
    </message>
    <message>
        <source>Region report</source>
        <translation>Region report</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Source (出典)</source>
        <translation>Source (出典)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Copy &amp;figure</source>
        <translation>Copy &amp;figure</translation>
    </message>
    <message>
        <source>This page has no figure to copy.</source>
        <translation>This page has no figure to copy.</translation>
    </message>
    <message>
        <source>Figure copied: %1</source>
        <translation>Figure copied: %1</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>Wrote the report to %1</translation>
    </message>
</context>
<context>
    <name>regionlens::app::MapLevelControl</name>
    <message>
        <source>Prefectures</source>
        <translation>Prefectures</translation>
    </message>
    <message>
        <source>Show the municipalities of one prefecture, zoomed to it</source>
        <translation>Show the municipalities of one prefecture, zoomed to it</translation>
    </message>
    <message>
        <source>All prefectures</source>
        <translation>All prefectures</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Colour the map by prefecture or by municipality</source>
        <translation>Colour the map by prefecture or by municipality</translation>
    </message>
    <message>
        <source>Import municipal boundaries (N03) to map municipalities</source>
        <translation>Import municipal boundaries (N03) to map municipalities</translation>
    </message>
</context>
<context>
    <name>regionlens::app::MapOptionsBar</name>
    <message>
        <source>Page default</source>
        <translation>Page default</translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>Equal intervals</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Natural breaks (Jenks)</translation>
    </message>
    <message>
        <source>Standard deviations</source>
        <translation>Standard deviations</translation>
    </message>
    <message>
        <source>Box map</source>
        <translation>Box map</translation>
    </message>
    <message>
        <source>User breaks</source>
        <translation>User breaks</translation>
    </message>
    <message>
        <source>How values are grouped into colour classes</source>
        <translation>How values are grouped into colour classes</translation>
    </message>
    <message>
        <source>Number of classes (quantiles, equal intervals, natural breaks)</source>
        <translation>Number of classes (quantiles, equal intervals, natural breaks)</translation>
    </message>
    <message>
        <source>e.g. 0.8, 1, 1.2</source>
        <translation>e.g. 0.8, 1, 1.2</translation>
    </message>
    <message>
        <source>Inner class breaks, separated by commas</source>
        <translation>Inner class breaks, separated by commas</translation>
    </message>
    <message>
        <source>Colour-blind-safe colour schemes</source>
        <translation>Colour-blind-safe colour schemes</translation>
    </message>
    <message>
        <source>Geographic</source>
        <translation>Geographic</translation>
    </message>
    <message>
        <source>Tile grid</source>
        <translation>Tile grid</translation>
    </message>
    <message>
        <source>Tile grid: each of the 47 prefectures as a square of equal size</source>
        <translation>Tile grid: each of the 47 prefectures as a square of equal size</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Breaks</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>Number of classes</translation>
    </message>
    <message>
        <source>Map options</source>
        <translation>Map options</translation>
    </message>
    <message>
        <source>Classification, colours and layout of this map</source>
        <translation>Classification, colours and layout of this map</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>Enter one or more breaks, separated by commas</source>
        <translation>Enter one or more breaks, separated by commas</translation>
    </message>
    <message>
        <source>Each break may appear only once</source>
        <translation>Each break may appear only once</translation>
    </message>
    <message>
        <source>At most 11 breaks (12 classes)</source>
        <translation>At most 11 breaks (12 classes)</translation>
    </message>
    <message>
        <source>The tile grid shows prefectures only</source>
        <translation>The tile grid shows prefectures only</translation>
    </message>
</context>
<context>
    <name>regionlens::app::MapView</name>
    <message>
        <source>What to show</source>
        <translation>What to show</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Select a group…</source>
        <translation>Select a group…</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Region group</source>
        <translation>Region group</translation>
    </message>
    <message>
        <source>&lt;b&gt;Source:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Licence:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Source:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Licence:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a prefecture on the map to see its figures and time series. Ctrl+click adds regions to compare.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Click a prefecture on the map to see its figures and time series. Ctrl+click adds regions to compare.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No data for this selection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No data for this selection.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;Rank %3 of %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;Rank %3 of %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>Map options</source>
        <translation>Map options</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a municipality on the map to see its figures and time series. Ctrl+click adds municipalities to compare.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Click a municipality on the map to see its figures and time series. Ctrl+click adds municipalities to compare.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Export map</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over time</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measure:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Measure:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>; %1 %2</source>
        <translation>; %1 %2</translation>
    </message>
    <message>
        <source>This measure cannot be computed: %1</source>
        <translation>This measure cannot be computed: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2 (%3)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2 (%3)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 has no figure for %2 in this indicator.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 has no figure for %2 in this indicator.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The map colours prefectures: choose Municipalities under Level to see %1 on the map.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The map colours prefectures: choose Municipalities under Level to see %1 on the map.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The map colours prefectures because the store has no municipal boundaries: import them (国土数値情報 N03, File → Import data…) to see %1 on the map. Its time series is on the right.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The map colours prefectures because the store has no municipal boundaries: import them (国土数値情報 N03, File → Import data…) to see %1 on the map. Its time series is on the right.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>regionlens::app::MeasureControl</name>
    <message>
        <source>Divide the value by population, area, households or its parent item</source>
        <translation>Divide the value by population, area, households or its parent item</translation>
    </message>
    <message>
        <source>Value as published</source>
        <translation>Value as published</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Per person</translation>
    </message>
    <message>
        <source>Per 1,000 population</source>
        <translation>Per 1,000 population</translation>
    </message>
    <message>
        <source>Per 100,000 population</source>
        <translation>Per 100,000 population</translation>
    </message>
    <message>
        <source>Per km²</source>
        <translation>Per km²</translation>
    </message>
    <message>
        <source>Per household</source>
        <translation>Per household</translation>
    </message>
    <message>
        <source>Share of the parent item</source>
        <translation>Share of the parent item</translation>
    </message>
    <message>
        <source>The measure in the year shown, or its change since an earlier year</source>
        <translation>The measure in the year shown, or its change since an earlier year</translation>
    </message>
    <message>
        <source>In the year</source>
        <translation>In the year</translation>
    </message>
    <message>
        <source>Change since</source>
        <translation>Change since</translation>
    </message>
    <message>
        <source>Growth rate since</source>
        <translation>Growth rate since</translation>
    </message>
    <message>
        <source>The earlier year</source>
        <translation>The earlier year</translation>
    </message>
    <message>
        <source>Values by industry are shown as published</source>
        <translation>Values by industry are shown as published</translation>
    </message>
    <message>
        <source>A rate, an average or a price is not divided by population, area or households</source>
        <translation>A rate, an average or a price is not divided by population, area or households</translation>
    </message>
    <message>
        <source>growth rate since %1</source>
        <translation>growth rate since %1</translation>
    </message>
    <message>
        <source>change since %1</source>
        <translation>change since %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>regionlens::app::PageFrame</name>
    <message>
        <source>What the figures say</source>
        <translation>What the figures say</translation>
    </message>
    <message>
        <source>How to read</source>
        <translation>How to read</translation>
    </message>
    <message>
        <source>&lt;b&gt;Source:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Source:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>regionlens::app::PageMap</name>
    <message>
        <source>, municipalities</source>
        <translation>, municipalities</translation>
    </message>
    <message>
        <source>, %1 municipalities</source>
        <translation>, %1 municipalities</translation>
    </message>
</context>
<context>
    <name>regionlens::app::PopulationView</name>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Tick regions to compare them. The first one ticked gets the pyramid.</source>
        <translation>Tick regions to compare them. The first one ticked gets the pyramid.</translation>
    </message>
    <message>
        <source>Index (base year = 100)</source>
        <translation>Index (base year = 100)</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>Base year</translation>
    </message>
    <message>
        <source>Pyramid</source>
        <translation>Pyramid</translation>
    </message>
    <message>
        <source>Other year as outline</source>
        <translation>Other year as outline</translation>
    </message>
    <message>
        <source>Share of the total (%)</source>
        <translation>Share of the total (%)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n selected regions</source>
        <translation>
            <numerusform>%n selected regions</numerusform>
            <numerusform>%n selected regions</numerusform>
        </translation>
    </message>
    <message>
        <source>Population, index (%1 = 100)</source>
        <translation>Population, index (%1 = 100)</translation>
    </message>
    <message>
        <source>Population (census)</source>
        <translation>Population (census)</translation>
    </message>
    <message>
        <source>Census year</source>
        <translation>Census year</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>% of the population of known age</source>
        <translation>% of the population of known age</translation>
    </message>
    <message>
        <source>No population by age and sex for %1 in %2.</source>
        <translation>No population by age and sex for %1 in %2.</translation>
    </message>
    <message>
        <source>%1: population by age and sex, %2 (%3)</source>
        <translation>%1: population by age and sex, %2 (%3)</translation>
    </message>
    <message>
        <source>Population by age and sex</source>
        <translation>Population by age and sex</translation>
    </message>
    <message>
        <source>%1 social</source>
        <translation>%1 social</translation>
    </message>
    <message>
        <source>%1 natural</source>
        <translation>%1 natural</translation>
    </message>
    <message>
        <source>Social and natural change, %1</source>
        <translation>Social and natural change, %1</translation>
    </message>
    <message>
        <source>Social change %1: net migration</source>
        <translation>Social change %1: net migration</translation>
    </message>
    <message>
        <source>Social change</source>
        <translation>Social change</translation>
    </message>
    <message>
        <source>Select prefectures to see their net migration.</source>
        <translation>Select prefectures to see their net migration.</translation>
    </message>
    <message>
        <source>No migration data in the store.</source>
        <translation>No migration data in the store.</translation>
    </message>
    <message>
        <source>Natural change = births − deaths, %1.</source>
        <translation>Natural change = births − deaths, %1.</translation>
    </message>
    <message>
        <source>Natural change (births − deaths) is not in the store, so only social change is shown.</source>
        <translation>Natural change (births − deaths) is not in the store, so only social change is shown.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; had %2 inhabitants in the %3 census</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; had %2 inhabitants in the %3 census</translation>
    </message>
    <message>
        <source>, %1% compared with %2 (%3)</source>
        <translation>, %1% compared with %2 (%3)</translation>
    </message>
    <message>
        <source> and %1% since %2</source>
        <translation> and %1% since %2</translation>
    </message>
    <message>
        <source> Its peak was %1 in %2.</source>
        <translation> Its peak was %1 in %2.</translation>
    </message>
    <message>
        <source> That is the highest in the series.</source>
        <translation> That is the highest in the series.</translation>
    </message>
    <message>
        <source>Since the previous census, %1 grew fastest of the selected regions (%2%) and %3 least (%4%).</source>
        <translation>Since the previous census, %1 grew fastest of the selected regions (%2%) and %3 least (%4%).</translation>
    </message>
    <message>
        <source>In %1 (%2), people aged 65 and over made up %3% of %4's population of known age (15–64: %5%, under 15: %6%).</source>
        <translation>In %1 (%2), people aged 65 and over made up %3% of %4's population of known age (15–64: %5%, under 15: %6%).</translation>
    </message>
    <message>
        <source> In %1 (%2) the share aged 65 and over was %3%, so it changed by %4 points.</source>
        <translation> In %1 (%2) the share aged 65 and over was %3%, so it changed by %4 points.</translation>
    </message>
    <message>
        <source> The largest 5-year class is %1 (%2 people).</source>
        <translation> The largest 5-year class is %1 (%2 people).</translation>
    </message>
    <message>
        <source>The store has no population by age and sex for %1 in %2.</source>
        <translation>The store has no population by age and sex for %1 in %2.</translation>
    </message>
    <message>
        <source>Social change: in %1, %2 gained %3 people net from other prefectures (in %4, out %5)</source>
        <translation>Social change: in %1, %2 gained %3 people net from other prefectures (in %4, out %5)</translation>
    </message>
    <message>
        <source>Social change: in %1, %2 lost %3 people net to other prefectures (in %4, out %5)</source>
        <translation>Social change: in %1, %2 lost %3 people net to other prefectures (in %4, out %5)</translation>
    </message>
    <message>
        <source>, %1 per 1,000 inhabitants (population %2)</source>
        <translation>, %1 per 1,000 inhabitants (population %2)</translation>
    </message>
    <message>
        <source> Natural change in %1: %2.</source>
        <translation> Natural change in %1: %2.</translation>
    </message>
    <message>
        <source>The store has no migration flows, so social change cannot be shown.</source>
        <translation>The store has no migration flows, so social change cannot be shown.</translation>
    </message>
    <message>
        <source>Natural change (births minus deaths) is not in the store, so population change cannot be split into its natural and social parts here.</source>
        <translation>Natural change (births minus deaths) is not in the store, so population change cannot be split into its natural and social parts here.</translation>
    </message>
    <message>
        <source>.</source>
        <comment>end of a sentence</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>Inter-prefectural migration in %1 (住民基本台帳人口移動報告). Natural change is in the chart by year above.</source>
        <translation>Inter-prefectural migration in %1 (住民基本台帳人口移動報告). Natural change is in the chart by year above.</translation>
    </message>
    <message>
        <source>Natural and social change by year</source>
        <translation>Natural and social change by year</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>The line chart shows the census population of each selected region (1 October, every five years). With “Index”, every line is divided by its value in the base year and multiplied by 100: lines start at 100 and show growth rather than size, so a small prefecture can be compared with Tokyo. The pyramid shows men to the left and women to the right by 5-year age class, youngest at the bottom. A wide base means many children; a base narrower than the middle means births have fallen; a heavy top means an ageing population. The black outline is the other year: where a bar reaches past it, that age class has grown. Social change is the number of people who moved in from other prefectures minus those who moved out; natural change is births minus deaths. Where the store has births, deaths and movers by year (e.g. SSDSE-B), the chart beside the population shows both per year: a line below zero is a loss, and the line farther from zero is the one that drives population change.</source>
        <translation>The line chart shows the census population of each selected region (1 October, every five years). With “Index”, every line is divided by its value in the base year and multiplied by 100: lines start at 100 and show growth rather than size, so a small prefecture can be compared with Tokyo. The pyramid shows men to the left and women to the right by 5-year age class, youngest at the bottom. A wide base means many children; a base narrower than the middle means births have fallen; a heavy top means an ageing population. The black outline is the other year: where a bar reaches past it, that age class has grown. Social change is the number of people who moved in from other prefectures minus those who moved out; natural change is births minus deaths. Where the store has births, deaths and movers by year (e.g. SSDSE-B), the chart beside the population shows both per year: a line below zero is a loss, and the line farther from zero is the one that drives population change.</translation>
    </message>
    <message>
        <source>Natural change (自然増減) = %1 − %2.</source>
        <translation>Natural change (自然増減) = %1 − %2.</translation>
    </message>
    <message>
        <source>Natural change (自然増減) = %1.</source>
        <translation>Natural change (自然増減) = %1.</translation>
    </message>
    <message>
        <source>Births and deaths are not in the store, so natural change is not shown.</source>
        <translation>Births and deaths are not in the store, so natural change is not shown.</translation>
    </message>
    <message>
        <source>Social change (社会増減) = %1 − %2: people moving in from and out to other prefectures; moves within a prefecture are not counted.</source>
        <translation>Social change (社会増減) = %1 − %2: people moving in from and out to other prefectures; moves within a prefecture are not counted.</translation>
    </message>
    <message>
        <source>Movers in and out are not in the store, so social change by year is not shown.</source>
        <translation>Movers in and out are not in the store, so social change by year is not shown.</translation>
    </message>
    <message>
        <source>Groups and Japan are sums over their prefectures: their in and out then include moves between member prefectures, which cancel in the social change (for Japan as a whole it is zero).</source>
        <translation>Groups and Japan are sums over their prefectures: their in and out then include moves between member prefectures, which cancel in the social change (for Japan as a whole it is zero).</translation>
    </message>
    <message>
        <source>The first 4 regions are shown.</source>
        <translation>The first 4 regions are shown.</translation>
    </message>
    <message>
        <source>%1 has no births, deaths or movers in %2.</source>
        <translation>%1 has no births, deaths or movers in %2.</translation>
    </message>
    <message>
        <source>natural change %1 (births %2, deaths %3)</source>
        <translation>natural change %1 (births %2, deaths %3)</translation>
    </message>
    <message>
        <source>natural change %1</source>
        <translation>natural change %1</translation>
    </message>
    <message>
        <source>social change %1 (in %2, out %3)</source>
        <translation>social change %1 (in %2, out %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 (%3): %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 (%3): %4.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source> Natural change is the larger of the two; together %1.</source>
        <translation> Natural change is the larger of the two; together %1.</translation>
    </message>
    <message>
        <source> Social change is the larger of the two; together %1.</source>
        <translation> Social change is the larger of the two; together %1.</translation>
    </message>
    <message>
        <source> In %1 of %2 years from %3 to %4 natural change was negative; in %5 social change was positive.</source>
        <translation> In %1 of %2 years from %3 to %4 natural change was negative; in %5 social change was positive.</translation>
    </message>
    <message>
        <source> No births or deaths for %1 in %2 (gaps in the chart).</source>
        <translation> No births or deaths for %1 in %2 (gaps in the chart).</translation>
    </message>
    <message>
        <source> No movers in or out for %1 in %2 (gaps in the chart).</source>
        <translation> No movers in or out for %1 in %2 (gaps in the chart).</translation>
    </message>
    <message>
        <source>Social change of %1: the store's migration flows (%2) are between prefectures, so they have no figure for a municipality. Import municipal movers in and out (住民基本台帳人口移動報告, e.g. SSDSE-A's 転入者数 and 転出者数) with File → Import data… to see it.</source>
        <translation>Social change of %1: the store's migration flows (%2) are between prefectures, so they have no figure for a municipality. Import municipal movers in and out (住民基本台帳人口移動報告, e.g. SSDSE-A's 転入者数 and 転出者数) with File → Import data… to see it.</translation>
    </message>
    <message>
        <source>The migration flows in the store are between prefectures: no municipal figure.</source>
        <translation>The migration flows in the store are between prefectures: no municipal figure.</translation>
    </message>
    <message>
        <source>Population and age structure</source>
        <translation>Population and age structure</translation>
    </message>
    <message>
        <source>Natural and social change</source>
        <translation>Natural and social change</translation>
    </message>
    <message>
        <source>Basic Resident Register</source>
        <translation>Basic Resident Register</translation>
    </message>
</context>
<context>
    <name>regionlens::app::ProductivityView</name>
    <message>
        <source>&lt;p&gt;No gross prefectural product for %1 in the store.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No gross prefectural product for %1 in the store.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Gross prefectural product is published for prefectures: %1 is shown with the figures of %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gross prefectural product is published for prefectures: %1 is shown with the figures of %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Gross prefectural product (nominal) of %1 in FY%2: %3, rank %4 of %5 prefectures; %6 since FY%7 (all prefectures %8).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gross prefectural product (nominal) of %1 in FY%2: %3, rank %4 of %5 prefectures; %6 since FY%7 (all prefectures %8).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Gross product (nominal) of %1 in FY%2: %3; %4 since FY%5 (all prefectures %6).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gross product (nominal) of %1 in FY%2: %3; %4 since FY%5 (all prefectures %6).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Largest activities: %1. Largest contributions to growth: %2; largest drags: %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Largest activities: %1. Largest contributions to growth: %2; largest drags: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, rank %1 of %2</source>
        <translation>, rank %1 of %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;GDP per worker (value added of FY%1 / employees of the %2 economic census): %3%4 (all prefectures %5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;GDP per worker (value added of FY%1 / employees of the %2 economic census): %3%4 (all prefectures %5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In %1 it was %2 (rank %3).&lt;/p&gt;</source>
        <translation>&lt;p&gt;In %1 it was %2 (rank %3).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Highest per worker: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Highest per worker: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Gross prefectural product (県内総生産, nominal) from the prefectural accounts, in fiscal years. Composition: each activity's share of the activities' sum. Contributions: each activity's change divided by the total of the start year, in percentage points; with the taxes line they add up to the growth. GDP per worker: value added of the activities other than public administration divided by the employees of private establishments in them (economic census); public schools and hospitals are not counted in the employees, so education and health read high. Rank among the 47 prefectures, 1 = highest.</source>
        <translation>Gross prefectural product (県内総生産, nominal) from the prefectural accounts, in fiscal years. Composition: each activity's share of the activities' sum. Contributions: each activity's change divided by the total of the start year, in percentage points; with the taxes line they add up to the growth. GDP per worker: value added of the activities other than public administration divided by the employees of private establishments in them (economic census); public schools and hospitals are not counted in the employees, so education and health read high. Rank among the 47 prefectures, 1 = highest.</translation>
    </message>
    <message>
        <source>Productivity and economy</source>
        <translation>Productivity and economy</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Gross product</source>
        <translation>Gross product</translation>
    </message>
    <message>
        <source>¥100 million</source>
        <translation>¥100 million</translation>
    </message>
    <message>
        <source>Share of the activities (%)</source>
        <translation>Share of the activities (%)</translation>
    </message>
    <message>
        <source>Contribution to growth (pt)</source>
        <translation>Contribution to growth (pt)</translation>
    </message>
    <message>
        <source>GDP per worker (¥10,000)</source>
        <translation>GDP per worker (¥10,000)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Start (¥100m)</source>
        <translation>Start (¥100m)</translation>
    </message>
    <message>
        <source>End (¥100m)</source>
        <translation>End (¥100m)</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Growth (%)</source>
        <translation>Growth (%)</translation>
    </message>
    <message>
        <source>Contribution (pt)</source>
        <translation>Contribution (pt)</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Per worker (¥10,000)</source>
        <translation>Per worker (¥10,000)</translation>
    </message>
    <message>
        <source>All prefectures</source>
        <translation>All prefectures</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>GDP trend</source>
        <translation>GDP trend</translation>
    </message>
    <message>
        <source>Composition and growth</source>
        <translation>Composition and growth</translation>
    </message>
    <message>
        <source>GDP per worker</source>
        <translation>GDP per worker</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>%1: gross product (nominal)</source>
        <translation>%1: gross product (nominal)</translation>
    </message>
    <message>
        <source>FY%1 %2; %3 since FY%4</source>
        <translation>FY%1 %2; %3 since FY%4</translation>
    </message>
    <message>
        <source>Taxes less subsidies on products</source>
        <translation>Taxes less subsidies on products</translation>
    </message>
    <message>
        <source>%1: composition, FY%2</source>
        <translation>%1: composition, FY%2</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Contributions to growth, FY%1–%2 (pt)</source>
        <translation>Contributions to growth, FY%1–%2 (pt)</translation>
    </message>
    <message>
        <source>All activities (excl. public administration)</source>
        <translation>All activities (excl. public administration)</translation>
    </message>
    <message>
        <source>%1: GDP per worker, FY%2 / census %3</source>
        <translation>%1: GDP per worker, FY%2 / census %3</translation>
    </message>
    <message>
        <source>%1: GDP per worker</source>
        <translation>%1: GDP per worker</translation>
    </message>
    <message>
        <source>Rank %1 of %2 prefectures (all activities)</source>
        <translation>Rank %1 of %2 prefectures (all activities)</translation>
    </message>
    <message>
        <source>Select a prefecture, a municipality (shown with its prefecture) or a group.</source>
        <translation>Select a prefecture, a municipality (shown with its prefecture) or a group.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence: %1</translation>
    </message>
</context>
<context>
    <name>regionlens::app::ProjectionView</name>
    <message>
        <source>Population projection</source>
        <translation>Population projection</translation>
    </message>
    <message>
        <source>%1 % fewer than</source>
        <translation>%1 % fewer than</translation>
    </message>
    <message>
        <source>%1 % more than</source>
        <translation>%1 % more than</translation>
    </message>
    <message>
        <source>With the current trends (the rates of %1→%2 held), &lt;b&gt;%3&lt;/b&gt; in %4 would have %5 people, %6 in %7 (%8).</source>
        <translation>With the current trends (the rates of %1→%2 held), &lt;b&gt;%3&lt;/b&gt; in %4 would have %5 people, %6 in %7 (%8).</translation>
    </message>
    <message>
        <source>Under “%1”, &lt;b&gt;%2&lt;/b&gt; in %3 would have %4 people, %5 in %6 (%7).</source>
        <translation>Under “%1”, &lt;b&gt;%2&lt;/b&gt; in %3 would have %4 people, %5 in %6 (%7).</translation>
    </message>
    <message>
        <source>The share aged 65 and over (高齢化率) would go from %1 % to %2 %, and the working-age population (15–64) from %3 to %4 (%5); children under 15 would be %6 % of the population (%7 % in %8).</source>
        <translation>The share aged 65 and over (高齢化率) would go from %1 % to %2 %, and the working-age population (15–64) from %3 to %4 (%5); children under 15 would be %6 % of the population (%7 % in %8).</translation>
    </message>
    <message>
        <source>If fertility reached %1 by %2</source>
        <translation>If fertility reached %1 by %2</translation>
    </message>
    <message>
        <source> (from %1 in %2)</source>
        <translation> (from %1 in %2)</translation>
    </message>
    <message>
        <source>If net migration were zero from %1</source>
        <translation>If net migration were zero from %1</translation>
    </message>
    <message>
        <source>With both (fertility %1 by %2, no net migration from %3)</source>
        <translation>With both (fertility %1 by %2, no net migration from %3)</translation>
    </message>
    <message>
        <source>Under “%1”</source>
        <translation>Under “%1”</translation>
    </message>
    <message>
        <source>%1, %2 would have %3 people in %4: %5 on “%6” (%7 people), %8 in %9.</source>
        <translation>%1, %2 would have %3 people in %4: %5 on “%6” (%7 people), %8 in %9.</translation>
    </message>
    <message>
        <source>A check: the %1 census counted %2 people; projected from %3 with the current trends, %4 (%5 off).</source>
        <translation>A check: the %1 census counted %2 people; projected from %3 with the current trends, %4 (%5 off).</translation>
    </message>
    <message>
        <source>On the map (%1, “%2”), the index runs from %3 in %4 to %5 in %6.</source>
        <translation>On the map (%1, “%2”), the index runs from %3 in %4 to %5 in %6.</translation>
    </message>
    <message>
        <source> %1: %2, rank %3 of %4.</source>
        <translation> %1: %2, rank %3 of %4.</translation>
    </message>
    <message>
        <source>Current trends</source>
        <translation>Current trends</translation>
    </message>
    <message>
        <source>Fertility %1 by %2</source>
        <translation>Fertility %1 by %2</translation>
    </message>
    <message>
        <source>Zero migration from %1</source>
        <translation>Zero migration from %1</translation>
    </message>
    <message>
        <source>Fertility + zero migration</source>
        <translation>Fertility + zero migration</translation>
    </message>
    <message>
        <source>No projection for %1: %2</source>
        <translation>No projection for %1: %2</translation>
    </message>
    <message>
        <source>Tick at least one scenario to project %1.</source>
        <translation>Tick at least one scenario to project %1.</translation>
    </message>
    <message>
        <source>No region selected: the page shows %1.</source>
        <translation>No region selected: the page shows %1.</translation>
    </message>
    <message>
        <source>Projected from the 住民基本台帳 population of %1 (1 January) with each prefecture's net migration rates of %2→%3 and the municipality's own child-woman ratio; net migration balanced over the %4 regions projected together.</source>
        <translation>Projected from the 住民基本台帳 population of %1 (1 January) with each prefecture's net migration rates of %2→%3 and the municipality's own child-woman ratio; net migration balanced over the %4 regions projected together.</translation>
    </message>
    <message>
        <source>Projected from the %1 census with the net migration rates and child-woman ratio of %2→%3; net migration balanced over the %4 regions projected together.</source>
        <translation>Projected from the %1 census with the net migration rates and child-woman ratio of %2→%3; net migration balanced over the %4 regions projected together.</translation>
    </message>
    <message>
        <source>The projection starts from the base census and moves each 5-year age group of men and women forward five years at a time: the survivors (national life table with projected mortality), plus the region's net migration rate of the rate period, plus births estimated from the ratio of children 0–4 to women 15–49 (the cohort-component method of 国立社会保障・人口問題研究所's regional projections). In the first tab the solid line is what the censuses counted and each dashed line is a scenario: “Current trends” holds the rates of the rate period; the fertility scenarios raise the child-woman ratio in proportion to a total fertility rate moving to the target; the zero-migration scenarios set net migration to zero from the chosen year. Below it, the share aged 65 and over (高齢化率) of every scenario. The second tab shows the pyramid of the year chosen with the slider, with the base year as a black outline (where a bar stops inside the outline, that age group has shrunk), and the three age groups of the scenario chosen above. The map shows every prefecture's population in the chosen year as an index, base year = 100: below 100 means fewer people. A projection is not a forecast: it says what the assumptions imply, and it differs from the official 社人研 figures, which use other rates and assumptions.</source>
        <translation>The projection starts from the base census and moves each 5-year age group of men and women forward five years at a time: the survivors (national life table with projected mortality), plus the region's net migration rate of the rate period, plus births estimated from the ratio of children 0–4 to women 15–49 (the cohort-component method of 国立社会保障・人口問題研究所's regional projections). In the first tab the solid line is what the censuses counted and each dashed line is a scenario: “Current trends” holds the rates of the rate period; the fertility scenarios raise the child-woman ratio in proportion to a total fertility rate moving to the target; the zero-migration scenarios set net migration to zero from the chosen year. Below it, the share aged 65 and over (高齢化率) of every scenario. The second tab shows the pyramid of the year chosen with the slider, with the base year as a black outline (where a bar stops inside the outline, that age group has shrunk), and the three age groups of the scenario chosen above. The map shows every prefecture's population in the chosen year as an index, base year = 100: below 100 means fewer people. A projection is not a forecast: it says what the assumptions imply, and it differs from the official 社人研 figures, which use other rates and assumptions.</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <source>Target fertility (TFR)</source>
        <translation>Target fertility (TFR)</translation>
    </message>
    <message>
        <source>Zero net migration from</source>
        <translation>Zero net migration from</translation>
    </message>
    <message>
        <source>Project to</source>
        <translation>Project to</translation>
    </message>
    <message>
        <source>In a 人口ビジョン: “Current trends” is パターン1 (社人研推計準拠), fertility to 2.07 by 2040 is シミュレーション1, and with zero migration シミュレーション2. Every change recomputes at once.</source>
        <translation>In a 人口ビジョン: “Current trends” is パターン1 (社人研推計準拠), fertility to 2.07 by 2040 is シミュレーション1, and with zero migration シミュレーション2. Every change recomputes at once.</translation>
    </message>
    <message>
        <source>Scenario shown</source>
        <translation>Scenario shown</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>Population and ageing</source>
        <translation>Population and ageing</translation>
    </message>
    <message>
        <source>Age structure</source>
        <translation>Age structure</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Census</source>
        <translation>Census</translation>
    </message>
    <message>
        <source>%1: population, censuses and projection</source>
        <translation>%1: population, censuses and projection</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Share aged 65 and over (高齢化率)</source>
        <translation>Share aged 65 and over (高齢化率)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Age groups: %1</source>
        <translation>Age groups: %1</translation>
    </message>
    <message>
        <source>0–14</source>
        <translation>0–14</translation>
    </message>
    <message>
        <source>15–64</source>
        <translation>15–64</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 and over</translation>
    </message>
    <message>
        <source>%1: population by age and sex, %2 (%3)</source>
        <translation>%1: population by age and sex, %2 (%3)</translation>
    </message>
    <message>
        <source>Population by age and sex</source>
        <translation>Population by age and sex</translation>
    </message>
    <message>
        <source>No projection for %1.</source>
        <translation>No projection for %1.</translation>
    </message>
    <message>
        <source>Population index %1 (%2 = 100)</source>
        <translation>Population index %1 (%2 = 100)</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>%1; below 100 = fewer people</source>
        <translation>%1; below 100 = fewer people</translation>
    </message>
    <message>
        <source>No municipal projection (%1).</source>
        <translation>No municipal projection (%1).</translation>
    </message>
    <message>
        <source>Projecting the municipalities…</source>
        <translation>Projecting the municipalities…</translation>
    </message>
    <message>
        <source>Select a region or a group; the scenario panel recomputes at once.</source>
        <translation>Select a region or a group; the scenario panel recomputes at once.</translation>
    </message>
    <message>
        <source>Survival: life table 2020 × IPSS 2023</source>
        <translation>Survival: life table 2020 × IPSS 2023</translation>
    </message>
</context>
<context>
    <name>regionlens::app::ReportDialog</name>
    <message>
        <source>The report front end regionlens-report is not in %1.</source>
        <translation>The report front end regionlens-report is not in %1.</translation>
    </message>
    <message>
        <source>Region report</source>
        <translation>Region report</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Full report (every chosen section with its figures)</source>
        <translation>Full report (every chosen section with its figures)</translation>
    </message>
    <message>
        <source>Two-page summary (key figures, strengths, growth, population, migration)</source>
        <translation>Two-page summary (key figures, strengths, growth, population, migration)</translation>
    </message>
    <message>
        <source>Regions and comparison</source>
        <translation>Regions and comparison</translation>
    </message>
    <message>
        <source>Codes or names, e.g. 22, 23211</source>
        <translation>Codes or names, e.g. 22, 23211</translation>
    </message>
    <message>
        <source>One report for all of them</source>
        <translation>One report for all of them</translation>
    </message>
    <message>
        <source>One file per region</source>
        <translation>One file per region</translation>
    </message>
    <message>
        <source>Optional, e.g. 23, 14, 27</source>
        <translation>Optional, e.g. 23, 14, 27</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regions:</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Write PDF…</source>
        <translation>Write PDF…</translation>
    </message>
    <message>
        <source>Unknown region: %1</source>
        <translation>Unknown region: %1</translation>
    </message>
    <message>
        <source>Give at least one region.</source>
        <translation>Give at least one region.</translation>
    </message>
    <message>
        <source>Unknown region to compare with: %1</source>
        <translation>Unknown region to compare with: %1</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Choose at least one section.</translation>
    </message>
</context>
<context>
    <name>regionlens::app::ShiftShareView</name>
    <message>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>National component</source>
        <translation>National component</translation>
    </message>
    <message>
        <source>Industry mix</source>
        <translation>Industry mix</translation>
    </message>
    <message>
        <source>Regional component</source>
        <translation>Regional component</translation>
    </message>
    <message>
        <source>Prefecture code</source>
        <translation>Prefecture code</translation>
    </message>
    <message>
        <source>Growth rates (pt)</source>
        <translation>Growth rates (pt)</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Show as</source>
        <translation>Show as</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <source>Growth factors (shift-share)</source>
        <translation>Growth factors (shift-share)</translation>
    </message>
    <message>
        <source>Employees (従業者数)</source>
        <translation>Employees (従業者数)</translation>
    </message>
    <message>
        <source>Establishments (事業所数)</source>
        <translation>Establishments (事業所数)</translation>
    </message>
    <message>
        <source>Gross prefectural product (県内総生産)</source>
        <translation>Gross prefectural product (県内総生産)</translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation>FY%1</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>employees</translation>
    </message>
    <message>
        <source>establishments</source>
        <translation>establishments</translation>
    </message>
    <message>
        <source>gross prefectural product</source>
        <translation>gross prefectural product</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>percentage points</translation>
    </message>
    <message>
        <source>National (全国成長要因)</source>
        <translation>National (全国成長要因)</translation>
    </message>
    <message>
        <source>Industry mix (産業構造要因)</source>
        <translation>Industry mix (産業構造要因)</translation>
    </message>
    <message>
        <source>Regional (地域特殊要因)</source>
        <translation>Regional (地域特殊要因)</translation>
    </message>
    <message>
        <source>Growth components, %1 → %2</source>
        <translation>Growth components, %1 → %2</translation>
    </message>
    <message>
        <source>Growth rate (成長率)</source>
        <translation>Growth rate (成長率)</translation>
    </message>
    <message>
        <source>Actual change</source>
        <translation>Actual change</translation>
    </message>
    <message>
        <source>◆ = actual %1; the three components add up to it. Sorted by %2.</source>
        <translation>◆ = actual %1; the three components add up to it. Sorted by %2.</translation>
    </message>
    <message>
        <source>growth rate</source>
        <translation>growth rate</translation>
    </message>
    <message>
        <source>change</source>
        <translation>change</translation>
    </message>
    <message>
        <source>National
全国成長要因</source>
        <translation>National
全国成長要因</translation>
    </message>
    <message>
        <source>Industry mix
産業構造要因</source>
        <translation>Industry mix
産業構造要因</translation>
    </message>
    <message>
        <source>Regional
地域特殊要因</source>
        <translation>Regional
地域特殊要因</translation>
    </message>
    <message>
        <source>Growth rate
成長率</source>
        <translation>Growth rate
成長率</translation>
    </message>
    <message>
        <source>Change
増減</source>
        <translation>Change
増減</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Regional component (地域特殊要因), %1 → %2</source>
        <translation>Regional component (地域特殊要因), %1 → %2</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>Diverging colours centred on 0</source>
        <translation>Diverging colours centred on 0</translation>
    </message>
    <message>
        <source>Shift-share analysis splits a region's growth between two years into three parts that add up exactly to the actual growth rate (成長率 = 全国成長要因 + 産業構造要因 + 地域特殊要因). The national component is the growth every region would have had if it grew like Japan as a whole. The industry mix is positive when the region's industries are ones that grew faster than average nationally. The regional component is what remains: positive when the region's industries grew faster than the same industries nationally, a sign of regional competitiveness. In the bars each prefecture's three parts are stacked, the diamond marks the actual growth; the waterfall shows the selected region step by step; the map colours the regional component, red above 0 and blue below.</source>
        <translation>Shift-share analysis splits a region's growth between two years into three parts that add up exactly to the actual growth rate (成長率 = 全国成長要因 + 産業構造要因 + 地域特殊要因). The national component is the growth every region would have had if it grew like Japan as a whole. The industry mix is positive when the region's industries are ones that grew faster than average nationally. The regional component is what remains: positive when the region's industries grew faster than the same industries nationally, a sign of regional competitiveness. In the bars each prefecture's three parts are stacked, the diamond marks the actual growth; the waterfall shows the selected region step by step; the map colours the regional component, red above 0 and blue below.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No data for these years.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No data for these years.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1→%2</source>
        <translation>%1→%2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nationally, %1 changed by %2 from %3 (sum of the 47 prefectures).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nationally, %1 changed by %2 from %3 (sum of the 47 prefectures).&lt;/p&gt;</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No region selected: showing %1. Click a prefecture on the map or a bar.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;No region selected: showing %1. Click a prefecture on the map or a bar.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the national component</source>
        <translation>the national component</translation>
    </message>
    <message>
        <source>the industry mix</source>
        <translation>the industry mix</translation>
    </message>
    <message>
        <source>the regional component</source>
        <translation>the regional component</translation>
    </message>
    <message>
        <source>&lt;p&gt;Growth %1 was %2: national %3, industry mix %4, regional %5; %6 dominates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Growth %1 was %2: national %3, industry mix %4, regional %5; %6 dominates.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Its regional component ranks %1 of %2 prefectures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Its regional component ranks %1 of %2 prefectures.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&lt;p&gt;Largest regional components: %1. Smallest: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Largest regional components: %1. Smallest: %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select a region on the map or click a bar; Ctrl+click on the map compares regions.</source>
        <translation>Select a region on the map or click a bar; Ctrl+click on the map compares regions.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <source>Nominal values; sum of the 16 activities (import duties not included)</source>
        <translation>Nominal values; sum of the 16 activities (import duties not included)</translation>
    </message>
    <message>
        <source>%1: regional component %2</source>
        <translation>%1: regional component %2</translation>
    </message>
    <message>
        <source>Diverging colours centred on 0; national = sum of all municipalities</source>
        <translation>Diverging colours centred on 0; national = sum of all municipalities</translation>
    </message>
    <message>
        <source>%1 is published for prefectures only (or not for both years): choose employees or establishments 2016 → 2021 to map municipalities.</source>
        <translation>%1 is published for prefectures only (or not for both years): choose employees or establishments 2016 → 2021 to map municipalities.</translation>
    </message>
    <message>
        <source>Computing the municipal components…</source>
        <translation>Computing the municipal components…</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 is not available for municipalities in both years, so the municipal map is empty. Employees and establishments (経済センサス 2016, 2021) are.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 is not available for municipalities in both years, so the municipal map is empty. Employees and establishments (経済センサス 2016, 2021) are.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Computing the municipal components…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Computing the municipal components…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No municipal data for these years.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No municipal data for these years.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>&lt;p&gt;Summed over all %1 municipalities, %2 changed by %3 from %4. %5 of the %6 municipalities of %7 with a growth rate have a positive regional component.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Summed over all %1 municipalities, %2 changed by %3 from %4. %5 of the %6 municipalities of %7 with a growth rate have a positive regional component.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No growth rate (no %1 in %2, left blank on the map): %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No growth rate (no %1 in %2, left blank on the map): %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: growth %2 was %3 = national %4 + industry mix %5 + regional %6; its regional component ranks %7 of %8 municipalities of %9.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: growth %2 was %3 = national %4 + industry mix %5 + regional %6; its regional component ranks %7 of %8 municipalities of %9.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 is not available for municipalities in both years: choose employees or establishments (経済センサス 2016, 2021) for %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 is not available for municipalities in both years: choose employees or establishments (経済センサス 2016, 2021) for %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Its regional component ranks %1 of %2 municipalities.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Its regional component ranks %1 of %2 municipalities.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Click a municipality on the map (or type its name in the region bar): it becomes the selected region and the waterfall shows its components.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Click a municipality on the map (or type its name in the region bar): it becomes the selected region and the waterfall shows its components.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is published for prefectures only: choose employees or establishments 2016 → 2021 for a municipality</source>
        <translation>%1 is published for prefectures only: choose employees or establishments 2016 → 2021 for a municipality</translation>
    </message>
</context>
<context>
    <name>regionlens::app::StartPage</name>
    <message>
        <source>What would you like to know about your region?</source>
        <translation>What would you like to know about your region?</translation>
    </message>
    <message>
        <source>Choose a region in the bar above (a prefecture or a group such as 東京圏), then a question. RegionLens opens the view that answers it and explains, with the figures, how to read it.</source>
        <translation>Choose a region in the bar above (a prefecture or a group such as 東京圏), then a question. RegionLens opens the view that answers it and explains, with the figures, how to read it.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>regionlens::app::TopFlowsModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Share of all movers between prefectures in the year</source>
        <translation>Share of all movers between prefectures in the year</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Movers</source>
        <translation>Movers</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
</context>
<context>
    <name>regionlens::app::Workspace</name>
    <message>
        <source>Japan (no selection)</source>
        <translation>Japan (no selection)</translation>
    </message>
    <message>
        <source>Treat group as one region</source>
        <translation>Treat group as one region</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>Export figure</translation>
    </message>
    <message>
        <source>Region report…</source>
        <translation>Region report…</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Analysis themes</source>
        <translation>Analysis themes</translation>
    </message>
    <message>
        <source>Map and time series</source>
        <translation>Map and time series</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Selected: %1</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Theme: %1</translation>
    </message>
    <message>
        <source>What the figures say</source>
        <translation>What the figures say</translation>
    </message>
    <message>
        <source>How to read this page</source>
        <translation>How to read this page</translation>
    </message>
    <message>
        <source>Sources (出典)</source>
        <translation>Sources (出典)</translation>
    </message>
    <message>
        <source>Each prefecture is coloured by its class; the legend gives the class bounds and how many regions fall in each. Click a region for its figures and time series, Ctrl+click to compare several.</source>
        <translation>Each prefecture is coloured by its class; the legend gives the class bounds and how many regions fall in each. Click a region for its figures and time series, Ctrl+click to compare several.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Pick a region in the bar above, then a question on this page. Every view follows the region you select there, on a map or in a table; Ctrl+click on a map compares several regions.</source>
        <translation>Pick a region in the bar above, then a question on this page. Every view follows the region you select there, on a map or in a table; Ctrl+click on a map compares several regions.</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copy to clipboard</translation>
    </message>
    <message>
        <source>Type a prefecture, municipality or group</source>
        <translation>Type a prefecture, municipality or group</translation>
    </message>
    <message>
        <source>Type part of a name (豊田, Aichi, 名古屋圏) or a code, then choose with ↓ and Enter</source>
        <translation>Type part of a name (豊田, Aichi, 名古屋圏) or a code, then choose with ↓ and Enter</translation>
    </message>
</context>
<context>
    <name>regionlens::widgets::ChoroplethMap</name>
    <message>
        <source>No boundaries loaded</source>
        <translation>No boundaries loaded</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Drawing…</translation>
    </message>
</context>
<context>
    <name>regionlens::widgets::FlowMap</name>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br/&gt;%3 %4</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br/&gt;%3 %4</translation>
    </message>
    <message>
        <source>&lt;br/&gt;%1 → %2: %3 (balance %4)</source>
        <translation>&lt;br/&gt;%1 → %2: %3 (balance %4)</translation>
    </message>
    <message>
        <source>into %1</source>
        <translation>into %1</translation>
    </message>
    <message>
        <source>out of %1</source>
        <translation>out of %1</translation>
    </message>
    <message>
        <source>other flows</source>
        <translation>other flows</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>Flows (%1)</source>
        <translation>Flows (%1)</translation>
    </message>
    <message>
        <source>largest %1 of %2</source>
        <translation>largest %1 of %2</translation>
    </message>
    <message>
        <source>net for %1 (in − out)</source>
        <translation>net for %1 (in − out)</translation>
    </message>
</context>
<context>
    <name>regionlens::widgets::LinkageChart</name>
    <message>
        <source>Backward linkage (影響力係数)</source>
        <translation>Backward linkage (影響力係数)</translation>
    </message>
    <message>
        <source>Forward linkage (感応度係数)</source>
        <translation>Forward linkage (感応度係数)</translation>
    </message>
    <message>
        <source>Pulls and supplies the economy</source>
        <translation>Pulls and supplies the economy</translation>
    </message>
    <message>
        <source>Supplies other sectors</source>
        <translation>Supplies other sectors</translation>
    </message>
    <message>
        <source>Weak links either way</source>
        <translation>Weak links either way</translation>
    </message>
    <message>
        <source>Pulls other sectors</source>
        <translation>Pulls other sectors</translation>
    </message>
    <message>
        <source>No input–output table</source>
        <translation>No input–output table</translation>
    </message>
</context>
<context>
    <name>regionlens::widgets::NetBarChart</name>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
</context>
<context>
    <name>regionlens::widgets::Palette</name>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>Yellow–green–blue</source>
        <translation>Yellow–green–blue</translation>
    </message>
    <message>
        <source>Blues</source>
        <translation>Blues</translation>
    </message>
    <message>
        <source>Oranges</source>
        <translation>Oranges</translation>
    </message>
    <message>
        <source>Blue–red (diverging)</source>
        <translation>Blue–red (diverging)</translation>
    </message>
    <message>
        <source>Purple–orange (diverging)</source>
        <translation>Purple–orange (diverging)</translation>
    </message>
</context>
<context>
    <name>regionlens::widgets::PyramidChart</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>%1 (outline)</source>
        <translation>%1 (outline)</translation>
    </message>
</context>
<context>
    <name>regionlens::widgets::TimeSeriesChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
