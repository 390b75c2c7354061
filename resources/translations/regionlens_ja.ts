<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>GuiOptions</name>
    <message>
        <source>The store to open (created with the starter pack if new).</source>
        <translation>開くストア（新しい場合は同梱データで作成）。</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>メインウィンドウをPNGファイルに描画して終了します。</translation>
    </message>
    <message>
        <source>User interface language: ja or en.</source>
        <translation>表示言語：jaまたはen。</translation>
    </message>
    <message>
        <source>Comma-separated region codes to select.</source>
        <translation>選択する地域コード（カンマ区切り）。</translation>
    </message>
    <message>
        <source>Indicator to show.</source>
        <translation>表示する指標。</translation>
    </message>
    <message>
        <source>Write the region report (A4 PDF) of the first selected region and exit.</source>
        <translation>最初に選択した地域の地域レポート（A4 PDF）を書き出して終了します。</translation>
    </message>
    <message>
        <source>Page to show: %1.</source>
        <translation>表示するページ：%1。</translation>
    </message>
    <message>
        <source>Large fonts for projectors and workshops.</source>
        <translation>プロジェクターや研修向けの大きな文字。</translation>
    </message>
    <message>
        <source>Window size of --screenshot and --report renders, e.g. 1366x768 (default 1500x900).</source>
        <translation>--screenshotや--reportで描画するときのウィンドウの大きさ。例：1366x768（既定は1500x900）。</translation>
    </message>
    <message>
        <source>Print the version (with the git describe when built from a checkout) and exit.</source>
        <translation>バージョン（チェックアウトからのビルドではgit describeも）を表示して終了します。</translation>
    </message>
    <message>
        <source>Print this manual page (roff) and exit.</source>
        <translation>このマニュアルページ（roff）を出力して終了します。</translation>
    </message>
    <message>
        <source>RegionLens — regional economy analysis for Japan</source>
        <translation>RegionLens — 日本の地域経済分析</translation>
    </message>
    <message>
        <source>regional economy analysis for Japan</source>
        <translation>日本の地域経済分析</translation>
    </message>
    <message>
        <source>RegionLens analyses Japan's regional economy offline: location quotients and the industry structure, shift-share growth factors, population and migration, input-output tables and population projections, on maps, charts and tables with a commentary on what the figures say. It starts on a bundled pack of official statistics and imports e-Stat downloads, SSDSE tables and boundaries.</source>
        <translation>RegionLensは日本の地域経済をオフラインで分析します。特化係数と産業構造、シフト・シェア分析による成長要因、人口と人口移動、産業連関表、将来人口推計を、地図・グラフ・表と、数値が示す内容の解説とともに示します。公的統計の同梱データで始まり、e-Statのダウンロード、SSDSE、境界データを取り込めます。</translation>
    </message>
    <message>
        <source>Without --screenshot or --report it opens the window. A new store is created with the starter pack first. With --screenshot or --report it renders offscreen and exits; set QT_QPA_PLATFORM=offscreen on a machine without a display.</source>
        <translation>--screenshotも --reportもなければウィンドウを開きます。新しいストアはまず同梱データで作成します。--screenshotまたは --reportがあれば画面に出さずに描画して終了します。ディスプレイのない環境ではQT_QPA_PLATFORM=offscreenを設定してください。</translation>
    </message>
    <message>
        <source>regionlens-cli runs the same analyses from the command line.</source>
        <translation>regionlens-cliは同じ分析をコマンドラインで行います。</translation>
    </message>
    <message>
        <source>Print the options, including Qt's own, and exit.</source>
        <translation>Qt自身のオプションも含めて表示して終了します。</translation>
    </message>
    <message>
        <source>Print the options and exit.</source>
        <translation>オプションを表示して終了します。</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功。</translation>
    </message>
    <message>
        <source>the store, the screenshot or the report failed</source>
        <translation>ストア、スクリーンショットまたはレポートの失敗。</translation>
    </message>
    <message>
        <source>an unknown page</source>
        <translation>不明なページ。</translation>
    </message>
    <message>
        <source>the default store</source>
        <translation>既定のストア。</translation>
    </message>
</context>
<context>
    <name>ImportMessage</name>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: エラー: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: 警告: %2</translation>
    </message>
    <message>
        <source>%1: info: %2</source>
        <translation>%1: 情報: %2</translation>
    </message>
    <message>
        <source>%1: format %2%3</source>
        <translation>%1: 形式%2%3</translation>
    </message>
    <message>
        <source>, encoding %1</source>
        <translation>、文字コード%1</translation>
    </message>
    <message>
        <source>%1 %2 for indicator '%3'%4</source>
        <translation>指標「%3」の%2 %1件%4</translation>
    </message>
    <message>
        <source>values</source>
        <translation>値</translation>
    </message>
    <message>
        <source>flows</source>
        <translation>移動量</translation>
    </message>
    <message>
        <source>, %1–%2 (%3 years)</source>
        <translation>、%1–%2年（%3年分）</translation>
    </message>
    <message>
        <source>%1 boundaries (%2)%3</source>
        <translation>境界%1件（%2）%3</translation>
    </message>
    <message>
        <source>, %1 region names</source>
        <translation>、地域名%1件</translation>
    </message>
    <message>
        <source>%1 stored without a number, status %2</source>
        <translation>%1件は数値なしで保存（状態%2）</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1件を除外: %2</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>エラー%1件、警告%2件</translation>
    </message>
    <message>
        <source>further issues are counted but not listed</source>
        <translation>以降の問題は件数のみ数え、一覧には載せていません</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>インポートは中止されました</translation>
    </message>
    <message>
        <source>the file has %1 error(s); nothing was stored: %2</source>
        <translation>ファイルにエラーが%1件あるため、何も保存しませんでした: %2</translation>
    </message>
    <message>
        <source>prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>nation</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>移動元</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>移動先</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>産業</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>男女</translation>
    </message>
    <message>
        <source>age class</source>
        <translation>年齢階級</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>layer '%1' (of %2)</source>
        <translation>レイヤー「%1」（%2のうち）</translation>
    </message>
    <message>
        <source>code property '%1' (detected: %2 regions)</source>
        <translation>コード属性「%1」（検出: %2地域）</translation>
    </message>
    <message>
        <source>code property '%1'</source>
        <translation>コード属性「%1」</translation>
    </message>
    <message>
        <source>name property '%1'</source>
        <translation>名称属性「%1」</translation>
    </message>
    <message>
        <source>names from N03_004 (with N03_003 for the wards of designated cities)</source>
        <translation>名称はN03_004（政令指定都市の区はN03_003を付加）</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>レベル: %1</translation>
    </message>
    <message>
        <source>lines 1–%1: metadata, skipped</source>
        <translation>1–%1行目: メタデータ（読み飛ばし）</translation>
    </message>
    <message>
        <source>column %1 '%2' → %3</source>
        <translation>%1列目「%2」→ %3</translation>
    </message>
    <message>
        <source>year %1 (--year)</source>
        <translation>年%1（指定値）</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>年%1</translation>
    </message>
    <message>
        <source>%1 '%2' (%3 categories) → %4</source>
        <translation>%1「%2」（%3区分）→ %4</translation>
    </message>
    <message>
        <source>line %1: %2 columns of %3</source>
        <translation>%1行目: %3の%2列</translation>
    </message>
    <message>
        <source>first column '%1': %2</source>
        <translation>1列目「%1」: %2</translation>
    </message>
    <message>
        <source>indicator '%1' (flows)</source>
        <translation>指標「%1」（移動量）</translation>
    </message>
    <message>
        <source>indicator '%1'</source>
        <translation>指標「%1」</translation>
    </message>
    <message>
        <source>column %1 %2 '%3' → indicator %4%5</source>
        <translation>%1列目%2「%3」→ 指標%4%5</translation>
    </message>
    <message>
        <source>%1 → destination</source>
        <translation>%1 → 移動先</translation>
    </message>
    <message>
        <source>%1 → year</source>
        <translation>%1 → 年</translation>
    </message>
    <message>
        <source>%1 → value</source>
        <translation>%1 → 値</translation>
    </message>
    <message>
        <source>%1 → indicator id</source>
        <translation>%1 → 指標ID</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 measures (表章項目) become indicators %2 … %3</source>
        <translation>%1個の表章項目が指標%2 … %3になります</translation>
    </message>
    <message>
        <source>%1 ward features joined to their designated cities</source>
        <translation>区の図形%1件を政令指定都市に統合しました</translation>
    </message>
    <message>
        <source>GeoJSON boundaries (FeatureCollection of polygons)</source>
        <translation>GeoJSON境界（ポリゴンのFeatureCollection）</translation>
    </message>
    <message>
        <source>TopoJSON boundaries (quantized arcs, one object)</source>
        <translation>TopoJSON境界（量子化アーク、1オブジェクト）</translation>
    </message>
    <message>
        <source>GeoPackage features table (EPSG:4326 / JGD2011)</source>
        <translation>GeoPackage地物テーブル（EPSG:4326 / JGD2011）</translation>
    </message>
    <message>
        <source>e-Stat CSV download or Statistics Bureau CSV table (UTF-8 or Shift_JIS)</source>
        <translation>e-StatのCSVダウンロードまたは統計局のCSV表（UTF-8またはShift_JIS）</translation>
    </message>
    <message>
        <source>e-Stat API getStatsData response (JSON)</source>
        <translation>e-Stat API getStatsDataの応答（JSON）</translation>
    </message>
    <message>
        <source>Wide OD matrix: destinations across, origins down (住民基本台帳人口移動報告)</source>
        <translation>横長のOD表: 列が移動先、行が移動元（住民基本台帳人口移動報告）</translation>
    </message>
    <message>
        <source>SSDSE wide table (統計センター), Shift_JIS or UTF-8</source>
        <translation>SSDSE横長表（統計センター）、Shift_JISまたはUTF-8</translation>
    </message>
    <message>
        <source>features without a code (e.g. 所属未定地, unassigned areas)</source>
        <translation>コードのない地物（所属未定地など）</translation>
    </message>
    <message>
        <source>regions the store does not have</source>
        <translation>ストアにない地域</translation>
    </message>
    <message>
        <source>features of another level than %1</source>
        <translation>%1以外のレベルの地物</translation>
    </message>
    <message>
        <source>features without geometry</source>
        <translation>形状のない地物</translation>
    </message>
    <message>
        <source>特別区部 (13100) is an aggregate of Tokyo's 23 wards, not a region</source>
        <translation>特別区部（13100）は東京23区の合計で、地域ではありません</translation>
    </message>
    <message>
        <source>not at the requested level (%1)</source>
        <translation>指定したレベル（%1）ではない</translation>
    </message>
    <message>
        <source>year other than %1 (--year)</source>
        <translation>%1年以外（指定した年）</translation>
    </message>
    <message>
        <source>age not stated (年齢不詳) has no age class</source>
        <translation>年齢不詳（年齢階級なし）</translation>
    </message>
    <message>
        <source>total or note rows</source>
        <translation>合計行または注記行</translation>
    </message>
    <message>
        <source>diagonal '%1' (moves within a region are not in the table)</source>
        <translation>対角「%1」（地域内の移動は表にありません）</translation>
    </message>
    <message>
        <source>empty cell</source>
        <translation>空のセル</translation>
    </message>
    <message>
        <source>column '%1' skipped (a total)</source>
        <translation>列「%1」を除外（合計）</translation>
    </message>
    <message>
        <source>note line ignored: %1</source>
        <translation>注記行を無視: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>nothing to import: the file holds no values</source>
        <translation>インポートするものがありません: ファイルに値がありません</translation>
    </message>
    <message>
        <source>the format is not recognised (give --format: %1)</source>
        <translation>形式を判別できません（形式を指定してください: %1）</translation>
    </message>
    <message>
        <source>unknown format '%1' (known: %2)</source>
        <translation>不明な形式「%1」（対応形式: %2）</translation>
    </message>
    <message>
        <source>unknown encoding '%1'</source>
        <translation>不明な文字コード「%1」</translation>
    </message>
    <message>
        <source>binary data in no supported format</source>
        <translation>対応していない形式のバイナリデータです</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>テキストではなくバイナリデータです</translation>
    </message>
    <message>
        <source>a NUL byte: binary data, not text</source>
        <translation>NULバイトがあります: テキストではなくバイナリデータです</translation>
    </message>
    <message>
        <source>the file is not valid %1</source>
        <translation>ファイルが正しい%1ではありません</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16</source>
        <translation>ファイルが正しいUTF-16ではありません</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark but is not valid UTF-8</source>
        <translation>ファイルはUTF-8のBOMで始まっていますが、正しいUTF-8ではありません</translation>
    </message>
    <message>
        <source>mixed encodings: line %1 is UTF-8 but line %2 is not</source>
        <translation>文字コードが混在しています: %1行目はUTF-8ですが%2行目は違います</translation>
    </message>
    <message>
        <source>%1 fields, expected %2 (truncated or malformed row)</source>
        <translation>項目が%1個あります（%2個のはず。行が途中で切れているか壊れています）</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation>%1行目: 引用符で囲まれた項目がファイルの終わりまでに閉じていません</translation>
    </message>
    <message>
        <source>a code of %1 characters ('%2…'): codes are at most %3 characters</source>
        <translation>%1文字のコード（「%2…」）: コードは%3文字までです</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>開けません: %1</translation>
    </message>
    <message>
        <source>cannot open: not readable</source>
        <translation>開けません: 読み取れません</translation>
    </message>
    <message>
        <source>cannot write a temporary copy</source>
        <translation>一時コピーを書き込めません</translation>
    </message>
    <message>
        <source>'%1' is not a year</source>
        <translation>「%1」は年ではありません</translation>
    </message>
    <message>
        <source>'%1' is not a year (write it as 2020, 2020年, FY2020 or 2020年度)</source>
        <translation>「%1」は年ではありません（2020、2020年、FY2020、2020年度のように書いてください）</translation>
    </message>
    <message>
        <source>'%1' is a fiscal year (April %2 to March %3), stored as year %2</source>
        <translation>「%1」は年度（%2年4月～%3年3月）です。%2年として保存します</translation>
    </message>
    <message>
        <source>'%1' is not a number or a known footnote symbol</source>
        <translation>「%1」は数値でも既知の注記記号でもありません</translation>
    </message>
    <message>
        <source>'%1' is not a region code</source>
        <translation>「%1」は地域コードではありません</translation>
    </message>
    <message>
        <source>'%1' is not a region</source>
        <translation>「%1」は地域ではありません</translation>
    </message>
    <message>
        <source>'%1' is ambiguous (%2); use the code</source>
        <translation>「%1」はあいまいです（%2）。コードを使ってください</translation>
    </message>
    <message>
        <source>'%1' is not a %2</source>
        <translation>「%1」は%2ではありません</translation>
    </message>
    <message>
        <source>'%1' is not a sex (総数, 男, 女)</source>
        <translation>「%1」は男女の区分（総数、男、女）ではありません</translation>
    </message>
    <message>
        <source>'%1' is not an age class</source>
        <translation>「%1」は年齢階級ではありません</translation>
    </message>
    <message>
        <source>'%1' is not a usable indicator id (letters, digits, _ . -)</source>
        <translation>「%1」は指標IDに使えません（英字、数字、_ . - のみ）</translation>
    </message>
    <message>
        <source>'%1' is not a valid six-digit local government code (check digit should be %2)</source>
        <translation>「%1」は正しい6桁の地方公共団体コードではありません（検査数字は%2のはず）</translation>
    </message>
    <message>
        <source>unknown region '%1'</source>
        <translation>不明な地域「%1」</translation>
    </message>
    <message>
        <source>unknown region '%1' (reported above)</source>
        <translation>不明な地域「%1」（上で報告済み）</translation>
    </message>
    <message>
        <source>unknown region (as on an earlier line)</source>
        <translation>不明な地域（前の行と同じ）</translation>
    </message>
    <message>
        <source>unknown industry '%1' (JSIC divisions A–T or SNA activities)</source>
        <translation>不明な産業「%1」（日本標準産業分類の大分類A–TまたはSNAの経済活動）</translation>
    </message>
    <message>
        <source>municipality %1 is not in the store (merged, renamed or not yet imported)</source>
        <translation>市区町村%1はストアにありません（合併・改称、または未インポート）</translation>
    </message>
    <message>
        <source>no region given</source>
        <translation>地域がありません</translation>
    </message>
    <message>
        <source>several value columns, but '%1' does not name a sex or an age class</source>
        <translation>値の列が複数ありますが、「%1」は男女の区分でも年齢階級でもありません</translation>
    </message>
    <message>
        <source>year %1 taken from the file name; give --year to override</source>
        <translation>年%1をファイル名から取りました。変える場合は年を指定してください</translation>
    </message>
    <message>
        <source>year (or give --year)</source>
        <translation>年（または年を指定）</translation>
    </message>
    <message>
        <source>no year column (時間軸, 西暦, time …); give --year</source>
        <translation>年の列（時間軸、西暦、timeなど）がありません。年を指定してください</translation>
    </message>
    <message>
        <source>item %1 has no year ('%2'); give --year</source>
        <translation>項目%1に年がありません（「%2」）。年を指定してください</translation>
    </message>
    <message>
        <source>the matrix has no year; give --year</source>
        <translation>表に年がありません。年を指定してください</translation>
    </message>
    <message>
        <source>age class (0-4, 85+, TOTAL …)</source>
        <translation>年齢階級（0-4、85+、TOTALなど）</translation>
    </message>
    <message>
        <source>both sexes</source>
        <translation>男女計</translation>
    </message>
    <message>
        <source>all japan</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>使用しない</translation>
    </message>
    <message>
        <source>an SSDSE table needs three header rows (codes, years, names) of equal length</source>
        <translation>SSDSEの表には同じ長さの見出し行が3行（コード、年、名称）必要です</translation>
    </message>
    <message>
        <source>no item '%1' in the table</source>
        <translation>表に項目「%1」がありません</translation>
    </message>
    <message>
        <source>none of the items %1 is in the table</source>
        <translation>項目%1はどれも表にありません</translation>
    </message>
    <message>
        <source>no header row of destination regions found in the first 30 lines</source>
        <translation>最初の30行に移動先地域の見出し行が見つかりません</translation>
    </message>
    <message>
        <source>no header row with a region column (地域, 都道府県, area_code …) and a value column (value, $, 値, or 人口（男） …) in the first 200 lines</source>
        <translation>最初の200行に、地域の列（地域、都道府県、area_codeなど）と値の列（value、$、値、人口（男）など）を持つ見出し行がありません</translation>
    </message>
    <message>
        <source>the table has no area dimension</source>
        <translation>表に地域の次元がありません</translation>
    </message>
    <message>
        <source>the table has no time dimension; give --year</source>
        <translation>表に時間の次元がありません。年を指定してください</translation>
    </message>
    <message>
        <source>not an e-Stat getStatsData response (no GET_STATS_DATA)</source>
        <translation>e-Stat getStatsDataの応答ではありません（GET_STATS_DATAがありません）</translation>
    </message>
    <message>
        <source>e-Stat reported status %1: %2</source>
        <translation>e-Statが状態%1を返しました: %2</translation>
    </message>
    <message>
        <source>VALUE[%1]: '%2' (%3 %4) is not a known %5</source>
        <translation>VALUE[%1]: 「%2」（%3 %4）は既知の%5ではありません</translation>
    </message>
    <message>
        <source>VALUE[%1]: '%2' is not a number or a footnote symbol of the table</source>
        <translation>VALUE[%1]: 「%2」は数値でも表の注記記号でもありません</translation>
    </message>
    <message>
        <source>VALUE[%1]: time '%2' (%3) is not a year</source>
        <translation>VALUE[%1]: 時間「%2」（%3）は年ではありません</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>正しいJSONではありません: %1</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>%1バイト目で正しいJSONではありません: %2</translation>
    </message>
    <message>
        <source>not valid JSON (byte %1): %2</source>
        <translation>正しいJSONではありません（%1バイト目）: %2</translation>
    </message>
    <message>
        <source>the layer has no features</source>
        <translation>レイヤーに地物がありません</translation>
    </message>
    <message>
        <source>feature %1 (%2): geometry type '%3' is not a polygon; skipped</source>
        <translation>地物%1（%2）: 形状の種類「%3」はポリゴンではありません。除外しました</translation>
    </message>
    <message>
        <source>feature %1 (%2): malformed coordinates; skipped</source>
        <translation>地物%1（%2）: 座標が壊れています。除外しました</translation>
    </message>
    <message>
        <source>feature %1 (%2): no geometry; skipped</source>
        <translation>地物%1（%2）: 形状がありません。除外しました</translation>
    </message>
    <message>
        <source>feature %1: no value in property '%2'; skipped</source>
        <translation>地物%1: 属性「%2」に値がありません。除外しました</translation>
    </message>
    <message>
        <source>geometry type '%1' is not a polygon</source>
        <translation>形状の種類「%1」はポリゴンではありません</translation>
    </message>
    <message>
        <source>%1 of the store's %2 municipalities have no boundary in this file</source>
        <translation>ストアの%2市区町村のうち%1はこのファイルに境界がありません</translation>
    </message>
    <message>
        <source>no property holds region codes or names (properties: %1); give --code-property</source>
        <translation>地域コードや地域名を持つ属性がありません（属性: %1）。コード属性を指定してください</translation>
    </message>
    <message>
        <source>no property '%1' (properties: %2)</source>
        <translation>属性「%1」がありません（属性: %2）</translation>
    </message>
    <message>
        <source>no object '%1' (objects: %2)</source>
        <translation>オブジェクト「%1」がありません（オブジェクト: %2）</translation>
    </message>
    <message>
        <source>no features table '%1' (tables: %2)</source>
        <translation>地物テーブル「%1」がありません（テーブル: %2）</translation>
    </message>
    <message>
        <source>not a GeoJSON FeatureCollection or Feature</source>
        <translation>GeoJSONのFeatureCollectionでもFeatureでもありません</translation>
    </message>
    <message>
        <source>not a TopoJSON Topology</source>
        <translation>TopoJSONのTopologyではありません</translation>
    </message>
    <message>
        <source>not a GeoPackage (no SQLite header)</source>
        <translation>GeoPackageではありません（SQLiteのヘッダーがありません）</translation>
    </message>
    <message>
        <source>an SQLite file but not a GeoPackage (%1)</source>
        <translation>SQLiteファイルですがGeoPackageではありません（%1）</translation>
    </message>
    <message>
        <source>cannot open as SQLite: %1</source>
        <translation>SQLiteとして開けません: %1</translation>
    </message>
    <message>
        <source>the GeoPackage has no features table</source>
        <translation>GeoPackageに地物テーブルがありません</translation>
    </message>
    <message>
        <source>table '%1' has more than %2 features; split the file</source>
        <translation>テーブル「%1」の地物が%2件を超えています。ファイルを分けてください</translation>
    </message>
    <message>
        <source>table '%1' uses SRS %2 (%3 %4), not longitude/latitude; reproject to EPSG:4326</source>
        <translation>テーブル「%1」は経緯度ではなくSRS %2（%3 %4）です。EPSG:4326に投影し直してください</translation>
    </message>
    <message>
        <source>reading table '%1' took over %2 s; stopped</source>
        <translation>テーブル「%1」の読み込みが%2秒を超えたため中止しました</translation>
    </message>
    <message>
        <source>cannot read table '%1': %2</source>
        <translation>テーブル「%1」を読めません: %2</translation>
    </message>
    <message>
        <source>the topology has no objects</source>
        <translation>トポロジーにオブジェクトがありません</translation>
    </message>
    <message>
        <source>malformed transform (scale and translate need two numbers)</source>
        <translation>transformが壊れています（scaleとtranslateには数値が2つ必要です）</translation>
    </message>
    <message>
        <source>malformed Polygon arcs</source>
        <translation>Polygonのアークが壊れています</translation>
    </message>
    <message>
        <source>malformed MultiPolygon arcs</source>
        <translation>MultiPolygonのアークが壊れています</translation>
    </message>
    <message>
        <source>malformed Polygon coordinates</source>
        <translation>Polygonの座標が壊れています</translation>
    </message>
    <message>
        <source>malformed MultiPolygon coordinates</source>
        <translation>MultiPolygonの座標が壊れています</translation>
    </message>
    <message>
        <source>arc %1: malformed position</source>
        <translation>アーク%1: 位置が壊れています</translation>
    </message>
    <message>
        <source>the outline has no area (degenerate)</source>
        <translation>輪郭に面積がありません（退化しています）</translation>
    </message>
    <message>
        <source>indicator '%1' already holds %2 data, the file %3 data; choose another id (--indicator)</source>
        <translation>指標「%1」には既に%2のデータがあり、ファイルは%3のデータです。別の指標IDを指定してください</translation>
    </message>
    <message>
        <source>indicator '%1' is measured in %2, the file in %3; choose another id (--indicator)</source>
        <translation>指標「%1」の単位は%2、ファイルは%3です。別の指標IDを指定してください</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>%1からインポート</translation>
    </message>
    <message>
        <source>Imported as %1; check the original file for its source and terms of use.</source>
        <translation>%1としてインポートしました。出典と利用条件は元のファイルで確認してください。</translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>ストアが開かれていません</translation>
    </message>
    <message>
        <source>the store %1 does not exist</source>
        <translation>ストア%1がありません</translation>
    </message>
    <message>
        <source>the store is read-only (%1)</source>
        <translation>ストアは読み取り専用です（%1）</translation>
    </message>
    <message>
        <source>the store is damaged (%1): %2</source>
        <translation>ストアが破損しています（%1）: %2</translation>
    </message>
    <message>
        <source>the store %1 is damaged (%2): %3</source>
        <translation>ストア%1が破損しています（%2）: %3</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>ストア%1を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not a RegionLens store: %2</source>
        <translation>%1はRegionLensのストアではありません: %2</translation>
    </message>
    <message>
        <source>%1 is not a RegionLens store (%2); it was left unchanged</source>
        <translation>%1はRegionLensのストアではありません（%2）。変更していません</translation>
    </message>
    <message>
        <source>%1 is not a usable RegionLens store: %2</source>
        <translation>%1は使えるRegionLensのストアではありません: %2</translation>
    </message>
    <message>
        <source>it holds %1 table(s) of another application</source>
        <translation>別のアプリケーションのテーブルが%1個あります</translation>
    </message>
    <message>
        <source>its application id is 0x%1</source>
        <translation>アプリケーションIDが0x%1です</translation>
    </message>
    <message>
        <source>a store in memory cannot be shared with another connection</source>
        <translation>メモリ上のストアは別の接続と共有できません</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>トランザクションを開始できません: %1</translation>
    </message>
    <message>
        <source>commit failed: %1</source>
        <translation>確定に失敗しました: %1</translation>
    </message>
    <message>
        <source>the write was cancelled</source>
        <translation>書き込みは中止されました</translation>
    </message>
    <message>
        <source>the disk is full (%1); free some space and try again</source>
        <translation>ディスクがいっぱいです（%1）。空きを作ってからやり直してください</translation>
    </message>
    <message>
        <source>cannot write to the disk (%1); it may be full or removed</source>
        <translation>ディスクに書き込めません（%1）。いっぱいか、取り外された可能性があります</translation>
    </message>
    <message>
        <source>SQLite rolled the write back (%1); nothing was stored</source>
        <translation>SQLiteが書き込みを取り消しました（%1）。何も保存していません</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー%1を作成できません</translation>
    </message>
    <message>
        <source>cannot log the import: %1</source>
        <translation>インポートを記録できません: %1</translation>
    </message>
    <message>
        <source>cannot store indicator %1: %2</source>
        <translation>指標%1を保存できません: %2</translation>
    </message>
    <message>
        <source>cannot store region %1: %2</source>
        <translation>地域%1を保存できません: %2</translation>
    </message>
    <message>
        <source>cannot store industry %1: %2</source>
        <translation>産業%1を保存できません: %2</translation>
    </message>
    <message>
        <source>cannot store the boundary of %1: %2</source>
        <translation>%1の境界を保存できません: %2</translation>
    </message>
    <message>
        <source>cannot store %1 %2 %3 %4: %5</source>
        <translation>%1 %2 %3 %4を保存できません: %5</translation>
    </message>
    <message>
        <source>cannot store flow %1→%2 %3: %4</source>
        <translation>移動%1→%2 %3を保存できません: %4</translation>
    </message>
    <message>
        <source>cannot remove the values of %1: %2</source>
        <translation>%1の値を削除できません: %2</translation>
    </message>
    <message>
        <source>FOREIGN KEY constraint failed (no region with code '%1')</source>
        <translation>外部キー制約に違反しました（コード「%1」の地域がありません）</translation>
    </message>
    <message>
        <source>%1 (code)</source>
        <translation>%1（コード）</translation>
    </message>
    <message>
        <source>%1 (column "%2")</source>
        <translation>%1（列「%2」）</translation>
    </message>
    <message>
        <source>measure (表章項目)</source>
        <translation>表章項目</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Long OD table: origin_code,destination_code,year,value[,sex,age_class]</source>
        <translation>縦長のOD表: origin_code,destination_code,year,value[,sex,age_class]</translation>
    </message>
    <message>
        <source>Tidy CSV: region_code,industry_code,year,measure,value[,region_name,industry_name,unit]</source>
        <translation>整然データのCSV: region_code,industry_code,year,measure,value[,region_name,industry_name,unit]</translation>
    </message>
    <message>
        <source>the nation is not compared; give a prefecture or a municipality</source>
        <translation>全国は比較できません。都道府県か市区町村を指定してください</translation>
    </message>
    <message>
        <source>no region with code '%1' (a 2-digit prefecture or a 5-digit municipality code)</source>
        <translation>コード「%1」の地域はありません（都道府県は2桁、市区町村は5桁のコード）</translation>
    </message>
    <message>
        <source>peer '%1' is not a %2 code</source>
        <translation>比較対象「%1」は%2のコードではありません</translation>
    </message>
    <message>
        <source>the store has no '%1', the denominator of --per %2</source>
        <translation>ストアに「%1」（--per %2の分母）がありません</translation>
    </message>
    <message>
        <source>the store has no 就業者数 (ssdse.f1102) for the similarity of regions; use --peers prefecture or a list</source>
        <translation>類似団体の判定に使う就業者数（ssdse.f1102）がストアにありません。比較対象は「同じ都道府県・地域ブロック」かリストで選んでください</translation>
    </message>
</context>
<context>
    <name>Licence</name>
    <message>
        <source>%1 compatible</source>
        <translation>%1互換</translation>
    </message>
    <message>
        <source>Government of Japan Standard Terms of Use (Version 2.0)</source>
        <translation>政府標準利用規約（第2.0版）</translation>
    </message>
    <message>
        <source> (SSDSE's own wording of the terms not yet verified)</source>
        <translation>（SSDSE独自の利用条件の文言は未確認）</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1に書き込めません：%2</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>書き出すものがありません。</translation>
    </message>
    <message>
        <source>Cannot encode %1 as PNG.</source>
        <translation>%1をPNGに変換できません。</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>図を書き出す</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG画像 (*.png);;SVG画像 (*.svg);;PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>表をコピー</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV書き出し…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSVに書き出す</translation>
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
        <translation>スターターデータでデータストアを作成しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelled: the store was not created.</source>
        <translation>キャンセルしました。データストアは作成されていません。</translation>
    </message>
    <message>
        <source>Cannot write %1: only %2 of %3 bytes reached the disk (is it full?)</source>
        <translation>%1を書き込めません：%3バイトのうち%2バイトしかディスクに書き込まれませんでした（ディスクがいっぱいではありませんか？）</translation>
    </message>
    <message>
        <source>The data store %1 is damaged: some of its data cannot be read, so RegionLens does not use it and writes nothing to it.

What to do: restore a backup copy of the file; or close RegionLens, move the file aside and start RegionLens again, which creates a new store with the starter data, then import your own files again.

(%2)</source>
        <translation>データストア%1は破損しています。一部のデータを読み取れないため、RegionLensはこのストアを使わず、何も書き込みません。

対処方法：ファイルのバックアップを復元してください。またはRegionLensを終了してファイルを別の場所へ移し、RegionLensを再起動すると、スターターデータ入りの新しいストアが作成されます。その後、ご自分のファイルを再度インポートしてください。

(%2)</translation>
    </message>
    <message>
        <source>%1 is not a RegionLens data store (it belongs to another application). RegionLens left it unchanged.

Choose another file with --db, or leave --db out to use your own store.</source>
        <translation>%1はRegionLensのデータストアではありません（別のアプリケーションのファイルです）。RegionLensはこのファイルを変更していません。

--dbで別のファイルを指定するか、--dbを省略して通常のストアを使ってください。</translation>
    </message>
    <message>
        <source>Copy figure</source>
        <translation>図をコピー</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>図を書き出す…</translation>
    </message>
</context>
<context>
    <name>RegionReport</name>
    <message>
        <source>census %1</source>
        <translation>%1年国勢調査</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%2年比%1</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>%2地域中%1位</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Economic Census %1</source>
        <translation>%1年経済センサス</translation>
    </message>
    <message>
        <source>Employees (private establishments)</source>
        <translation>従業者数（民営事業所）</translation>
    </message>
    <message>
        <source>Establishments (private)</source>
        <translation>事業所数（民営）</translation>
    </message>
    <message>
        <source>FY%1, nominal</source>
        <translation>%1年度、名目</translation>
    </message>
    <message>
        <source>%1 on the year before</source>
        <translation>前年度比%1</translation>
    </message>
    <message>
        <source>Gross prefectural product</source>
        <translation>県内総生産</translation>
    </message>
    <message>
        <source>Net migration from other prefectures</source>
        <translation>転入超過数（他都道府県との間）</translation>
    </message>
    <message>
        <source>%1: in %2, out %3</source>
        <translation>%1年：転入%2、転出%3</translation>
    </message>
    <message>
        <source>Unknown region code: %1</source>
        <translation>不明な地域コードです: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1に書き込めません：%2</translation>
    </message>
    <message>
        <source>Region report: %1</source>
        <translation>地域レポート：%1</translation>
    </message>
    <message>
        <source>Cannot start the PDF writer for %1.</source>
        <translation>%1のPDF出力を開始できません。</translation>
    </message>
    <message>
        <source>RegionLens region report: %1</source>
        <translation>RegionLens地域レポート：%1</translation>
    </message>
    <message>
        <source>RegionLens region report</source>
        <translation>RegionLens地域レポート</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要指標</translation>
    </message>
    <message>
        <source>The store holds no figures for this region.</source>
        <translation>データストアにはこの地域の数値がありません。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>Sources and licences</source>
        <translation>出典と利用条件</translation>
    </message>
    <message>
        <source>How to read:</source>
        <translation>見方:</translation>
    </message>
    <message>
        <source>Statistics: published under the Government of Japan Standard Terms of Use (version 2.0), compatible with CC BY 4.0. Prefecture boundaries: Natural Earth 1:10m admin-1, public domain.</source>
        <translation>統計: 政府標準利用規約（第2.0版）に基づき公開されており、CC BY 4.0と互換性があります。都道府県境界: Natural Earth 1:10m admin-1（パブリックドメイン）。</translation>
    </message>
    <message>
        <source>Made with RegionLens (GPL-3.0-or-later). Figures are computed from the official tables in the store; suppressed or missing cells are left out, never estimated.</source>
        <translation>RegionLens（GPL-3.0-or-later）で作成。数値はデータストア内の公式統計表から算出しています。秘匿または欠損のセルは推計せず、除外しています。</translation>
    </message>
    <message>
        <source>Net migration from outside the group</source>
        <translation>転入超過数（グループ外との間）</translation>
    </message>
    <message>
        <source>Net migration from other municipalities</source>
        <translation>転入超過数（他市区町村との間）</translation>
    </message>
    <message>
        <source>Net migration (movers in − out)</source>
        <translation>転入超過数（転入者数 − 転出者数）</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF is incomplete (is the disk full?)</source>
        <translation>%1を書き込めません：PDFが不完全です（ディスクがいっぱいではありませんか？）</translation>
    </message>
    <message>
        <source>Unknown report section: %1 (the sections are %2)</source>
        <translation>不明なレポートの章です：%1（章は%2）</translation>
    </message>
    <message>
        <source>No region to report on.</source>
        <translation>レポートの対象地域がありません。</translation>
    </message>
    <message>
        <source>Region summary: %1</source>
        <translation>地域サマリー：%1</translation>
    </message>
    <message>
        <source>RegionLens region summary: %1</source>
        <translation>RegionLens地域サマリー：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Net migration</source>
        <translation>転入超過数</translation>
    </message>
    <message>
        <source>Compared with peer regions</source>
        <translation>比較地域との比較</translation>
    </message>
    <message>
        <source>RegionLens region summary</source>
        <translation>RegionLens地域サマリー</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>出典：</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>What are the region's strong industries and its earning power?</source>
        <translation>地域の強い産業と稼ぐ力は？</translation>
    </message>
    <message>
        <source>Location quotients (特化係数) rank the region's industries against the national structure; the earning-power chart adds labour productivity. Start with the bars above 1.0.</source>
        <translation>特化係数で地域の産業を全国の産業構造と比べて順位づけし、稼ぐ力のグラフでは労働生産性も加えて示します。まず1.0を超える棒から見てください。</translation>
    </message>
    <message>
        <source>Is growth due to the industry mix or to the region's own competitiveness?</source>
        <translation>成長は産業構造によるものか、地域自身の競争力によるものか？</translation>
    </message>
    <message>
        <source>Shift-share splits the change between two years into national growth, industry mix and a regional component. Look at the sign and size of the regional component.</source>
        <translation>シフト・シェア分析は、2時点間の変化を全国成長要因、産業構造要因、地域特殊要因に分解します。地域特殊要因の符号と大きさに注目してください。</translation>
    </message>
    <message>
        <source>Where do people come from, and where do they go?</source>
        <translation>人はどこから来て、どこへ行くのか？</translation>
    </message>
    <message>
        <source>The migration matrix shows movers between prefectures: the flow map draws the largest flows, the map shows net migration, the table lists the main origins and destinations.</source>
        <translation>都道府県間の移動者数（移動行列）を示します。流動図は大きな流れを描き、地図は転入超過数を示し、表は主な転入元と転出先を一覧にします。</translation>
    </message>
    <message>
        <source>How has the population and its age structure changed?</source>
        <translation>人口と年齢構成はどう変わったか？</translation>
    </message>
    <message>
        <source>Population over a century of censuses for several regions in one chart, and the population pyramid by sex and five-year age class.</source>
        <translation>約100年にわたる国勢調査の人口を複数地域について1つのグラフで示し、男女別・5歳階級別の人口ピラミッドも表示します。</translation>
    </message>
    <message>
        <source>How is an indicator distributed across Japan?</source>
        <translation>指標は全国でどう分布しているか？</translation>
    </message>
    <message>
        <source>A map of any indicator in the store, with class breaks, the ranking of the selected region and its time series.</source>
        <translation>データストア内の任意の指標を階級区分図で示し、選択した地域の順位と推移も表示します。</translation>
    </message>
    <message>
        <source>Does the money earned in the region stay in it, and which industries bring money in?</source>
        <translation>地域で稼いだお金は地域に残っているか、どの産業が域外から稼いでいるか？</translation>
    </message>
    <message>
        <source>The 地域経済循環 diagram follows production, income and expenditure with what leaves and enters the region at each stage; the bars show the industries that earn money from outside (純移輸出).</source>
        <translation>地域経済循環図は生産・分配・支出の各段階で地域に出入りするお金をたどり、棒グラフは域外から稼ぐ産業（純移輸出）を示します。</translation>
    </message>
    <message>
        <source>What does a new factory, an event or more visitors bring to the region's economy?</source>
        <translation>新しい工場やイベント、観光客の増加は地域経済に何をもたらすか？</translation>
    </message>
    <message>
        <source>The input–output impact (経済波及効果) of a demand entered by sector or from a template: direct, 1st and 2nd indirect effects on output, value added, income and employees, with the assumptions listed.</source>
        <translation>産業別に入力した需要またはテンプレートの経済波及効果：生産額・付加価値・雇用者所得・就業者数への直接効果、第1次・第2次間接波及効果を、前提条件とともに示します。</translation>
    </message>
    <message>
        <source>How many people will live here in 2045, and what if fertility or migration changed?</source>
        <translation>2045年の人口は何人か。出生率や人口移動が変わったらどうなるか？</translation>
    </message>
    <message>
        <source>A cohort-component projection from the census with the 人口ビジョン scenarios: current trends, fertility rising to a target, net migration falling to zero. Compare the dashed lines with the census line.</source>
        <translation>国勢調査を基準としたコーホート要因法の将来人口推計を、人口ビジョンのシナリオ（現状推移、目標までの出生率の上昇、純移動のゼロ化）で示します。破線の各シナリオを国勢調査の実線と比べてください。</translation>
    </message>
    <message>
        <source>Which industries could the region grow next, building on what it already does?</source>
        <translation>地域の強みを生かして、次にどの産業を伸ばせるか？</translation>
    </message>
    <message>
        <source>Smart specialisation: industries the region is not yet specialised in, by how related they are to its strengths (relatedness density) and how complex they are; the industry space and an economic complexity map.</source>
        <translation>スマート・スペシャリゼーション：まだ特化していない産業を、地域の強みとの関連の強さ（関連性密度）と複雑性で示します。産業空間と経済複雑性の地図も表示します。</translation>
    </message>
    <message>
        <source>Which industries are strong and growing?</source>
        <translation>強みがあり成長している産業はどれか？</translation>
    </message>
    <message>
        <source>Each industry's change between two censuses, its contribution to the region's growth and its shift-share components; the quadrant of specialisation (LQ) and growth. Start top right.</source>
        <translation>2回の経済センサスの間の産業別の増減、地域の伸びへの寄与度とシフト・シェアの要因、特化係数と増減率の4象限図。右上から見てください。</translation>
    </message>
    <message>
        <source>How large and how productive is the regional economy?</source>
        <translation>地域経済の規模と生産性はどの程度か？</translation>
    </message>
    <message>
        <source>Gross prefectural product over time, by activity and its growth contributions; GDP per worker by activity and its rank among the prefectures.</source>
        <translation>県内総生産の推移、経済活動別の構成と成長への寄与度、経済活動別の従業者1人当たり県内総生産と都道府県順位。</translation>
    </message>
</context>
<context>
    <name>regionlens::app::AnalysisPage</name>
    <message numerus="yes">
        <source>%n regions combined</source>
        <translation>
            <numerusform>%n地域の合算</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
</context>
<context>
    <name>regionlens::app::CatalogModel</name>
    <message>
        <source>flows</source>
        <translation>移動量</translation>
    </message>
    <message>
        <source>values</source>
        <translation>値</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 (%n years)</source>
        <translation>
            <numerusform>%1–%2（%n年分）</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>利用条件</translation>
    </message>
</context>
<context>
    <name>regionlens::app::CatalogView</name>
    <message>
        <source>Filter indicators, sources, licences…</source>
        <translation>指標・出典・利用条件で絞り込み…</translation>
    </message>
</context>
<context>
    <name>regionlens::app::CirculationView</name>
    <message>
        <source>official table %1</source>
        <translation>公式表%1年</translation>
    </message>
    <message>
        <source>estimated (%1, δ = %2)</source>
        <translation>推計表（%1、δ = %2）</translation>
    </message>
    <message>
        <source>estimated (%1)</source>
        <translation>推計表（%1）</translation>
    </message>
    <message>
        <source>No input–output table for %1: %2</source>
        <translation>%1の産業連関表がありません：%2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Estimate.&lt;/b&gt; %1 has no official input–output table in the store: its table is estimated from the national %2 table with %3 and employees %4; final demand from its population %5 (consumption) and estimated value added (investment). Read the figures as orders of magnitude.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;推計値です。&lt;/b&gt;%1の公式の産業連関表はストアにないため、全国の%2年表から%3と%4年の従業者数で推計し、最終需要は%5年の人口（消費）と推計付加価値（投資）の比率で按分しています。数値は規模の目安として読んでください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;From the official %1 input–output table of %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%2の公式の%1年産業連関表によります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The table has no complete value added or final demand: no circulation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;付加価値または最終需要が揃っていないため、循環を計算できません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Production:&lt;/b&gt; gross value added %1, most of it in %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;生産：&lt;/b&gt;付加価値額は%1で、主に%2です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source> and </source>
        <translation>と</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Distribution:&lt;/b&gt; compensation of employees %1 (%2 of it), other income %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;分配：&lt;/b&gt;雇用者所得%1（%2）、その他所得%3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Expenditure:&lt;/b&gt; household consumption %1, government consumption %2, investment %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;支出：&lt;/b&gt;民間消費%1、政府消費%2、投資%3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>exports %1 minus imports %2</source>
        <translation>移輸出%1 − 移輸入%2</translation>
    </message>
    <message>
        <source>&lt;p&gt;The region sells more to the rest of Japan and abroad than it buys: the trade balance (域際収支, %1) is a surplus of %2, %3 of production.&lt;/p&gt;</source>
        <translation>&lt;p&gt;地域外への販売が購入を上回り、域際収支（%1）は%2の黒字で、生産の%3に当たります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The region buys more from outside than it sells: the trade balance (域際収支, %1) is a deficit of %2, %3 of production; spending in the region is partly financed from outside (transfers, income from elsewhere).&lt;/p&gt;</source>
        <translation>&lt;p&gt;地域外からの購入が販売を上回り、域際収支（%1）は%2の赤字で、生産の%3に当たります。域内の支出の一部は地域外の資金（移転、域外で得た所得）で賄われています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Earning from outside&lt;/b&gt; (net exports 純移輸出 &gt; 0): %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;域外から稼ぐ産業&lt;/b&gt;（純移輸出 &gt; 0）：%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bought in&lt;/b&gt; (largest net imports): %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;域外に頼る産業&lt;/b&gt;（純移入が大きい）：%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Self-sufficiency&lt;/b&gt; (自給率, the share of the region's demand met by its own output): lowest in %1 (%2 %), highest in %3 (%4 %).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;自給率&lt;/b&gt;（域内需要のうち域内生産で賄う割合）は%1が最も低く（%2%）、%3が最も高い（%4%）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Against residence-based income %1 the circulation rate is %2 %.&lt;/p&gt;</source>
        <translation>&lt;p&gt;居住地ベースの所得%1に対する地域経済循環率は%2%です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The circulation rate is %1 % because an input–output table counts income where it is earned (place of work): commuters' wages and property income crossing the boundary are not in it. RESAS's rate divides by residence-based income, which the store does not hold.&lt;/p&gt;</source>
        <translation>&lt;p&gt;地域経済循環率が%1%なのは、産業連関表が所得を稼いだ場所（従業地）で数えるためで、通勤者の賃金や地域の境界を越える財産所得は含まれません。RESASの循環率は居住地ベースの所得で割りますが、その所得はストアにありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The diagram follows the money round the regional economy: production creates value added (生産), which is paid out as income (分配) and spent (支出); the arrow back closes the circle. Under each stage, what crosses the region's boundary: exports bring money in (↓), imports take it out (↑). The 地域経済循環率 is production ÷ income; below 100 % the region depends on income from outside. The bars show net exports (純移輸出) by industry: to the right, industries that earn money from outside the region; and each industry's self-sufficiency (自給率), the share of the region's demand it meets itself.</source>
        <translation>図は地域経済のお金の流れをたどります。生産で生まれた付加価値が所得として分配され、支出されて、矢印で生産に戻ります。各段階の下は地域の境界を越える流れで、移輸出はお金を地域に入れ（↓）、移輸入は地域から出します（↑）。地域経済循環率は生産 ÷ 分配で、100%を下回ると地域外からの所得に依存しています。棒グラフは産業別の純移輸出（右ほど域外から稼ぐ産業）と、域内需要のうち域内生産で賄う割合である自給率です。</translation>
    </message>
    <message>
        <source>Official where available, else estimated</source>
        <translation>公式表（なければ推計表）</translation>
    </message>
    <message>
        <source>Estimated (FLQ, δ = %1)</source>
        <translation>推計表（FLQ、δ = %1）</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>地域経済循環</translation>
    </message>
    <message>
        <source>Earning from outside</source>
        <translation>域外から稼ぐ産業</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>自給率</translation>
    </message>
    <message>
        <source>Regional economic circulation</source>
        <translation>地域経済循環</translation>
    </message>
    <message>
        <source>National table: %1%2</source>
        <translation>全国表：%1%2</translation>
    </message>
    <message>
        <source>Source (出典): %1%2</source>
        <translation>出典：%1%2</translation>
    </message>
    <message>
        <source>Circulation rate (地域経済循環率)</source>
        <translation>地域経済循環率</translation>
    </message>
    <message>
        <source>place-of-work basis</source>
        <translation>従業地ベース</translation>
    </message>
    <message>
        <source>Across the region's boundary</source>
        <translation>地域外との流れ</translation>
    </message>
    <message>
        <source>No input–output table: %1</source>
        <translation>産業連関表がありません：%1</translation>
    </message>
    <message>
        <source>The table lacks value added or final demand: no circulation</source>
        <translation>付加価値または最終需要が欠けているため、循環を計算できません</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>Production (生産, value added)</source>
        <translation>生産（付加価値額）</translation>
    </message>
    <message>
        <source>Other industries</source>
        <translation>その他の産業</translation>
    </message>
    <message>
        <source>Earning from outside (純移輸出)</source>
        <translation>域外から稼ぐ産業（純移輸出）</translation>
    </message>
    <message>
        <source>Distribution (分配, income)</source>
        <translation>分配（所得）</translation>
    </message>
    <message>
        <source>Compensation of employees</source>
        <translation>雇用者所得</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>その他所得</translation>
    </message>
    <message>
        <source>Income from outside (net)</source>
        <translation>地域外からの所得（純）</translation>
    </message>
    <message>
        <source>Place-of-work basis: commuters' wages and property income crossing the boundary are not in the table</source>
        <translation>従業地ベース：通勤者の賃金や財産所得など、地域の境界を越える所得は含みません</translation>
    </message>
    <message>
        <source>Expenditure (支出)</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Household consumption</source>
        <translation>民間消費</translation>
    </message>
    <message>
        <source>Government consumption</source>
        <translation>政府消費</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投資</translation>
    </message>
    <message>
        <source>Other final demand</source>
        <translation>その他の最終需要</translation>
    </message>
    <message>
        <source>Trade balance (域際収支)</source>
        <translation>域際収支</translation>
    </message>
    <message>
        <source>Exports (移輸出)</source>
        <translation>移輸出（流入）</translation>
    </message>
    <message>
        <source>Imports (移輸入)</source>
        <translation>移輸入（流出）</translation>
    </message>
    <message>
        <source>Regional economic circulation: %1 (%2)</source>
        <translation>地域経済循環：%1（%2）</translation>
    </message>
    <message>
        <source>Regional economic circulation: %1</source>
        <translation>地域経済循環：%1</translation>
    </message>
    <message>
        <source>Input–output table, place-of-work basis; %1. %2</source>
        <translation>産業連関表（従業地ベース）、単位：%1。%2</translation>
    </message>
    <message>
        <source>Estimated with employees %1 (経済センサス‐活動調査) and population %2 (国勢調査).</source>
        <translation>推計には従業者数%1年（経済センサス‐活動調査）と人口%2年（国勢調査）を使用。</translation>
    </message>
    <message>
        <source>Net exports</source>
        <translation>純移輸出</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Net exports by industry (純移輸出): %1</source>
        <translation>産業別の純移輸出：%1</translation>
    </message>
    <message>
        <source>No input–output table</source>
        <translation>産業連関表がありません</translation>
    </message>
    <message>
        <source>Right of 0: the industry sells more outside the region than the region buys from outside (earns money from outside). %1</source>
        <translation>0より右：域外への販売が域外からの購入を上回る（域外から稼ぐ）産業。%1</translation>
    </message>
    <message>
        <source>Self-sufficiency by industry (自給率): %1</source>
        <translation>産業別の自給率：%1</translation>
    </message>
    <message>
        <source>% of the region's demand met by its own output</source>
        <translation>域内需要のうち域内生産で賄う割合（%）</translation>
    </message>
    <message>
        <source>Showing 東京都: select a region (a prefecture, a municipality or a group).</source>
        <translation>東京都を表示中：地域（都道府県・市区町村・グループ）を選んでください。</translation>
    </message>
</context>
<context>
    <name>regionlens::app::CompareView</name>
    <message>
        <source>%1 (percentile %2, rank %3 of %4)</source>
        <translation>%1（パーセンタイル%2、%4中%3位）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the %1 most similar municipalities</source>
        <translation>人口規模と産業構造が近い%1市区町村</translation>
    </message>
    <message>
        <source>the %1 most similar prefectures</source>
        <translation>人口規模と産業構造が近い%1都道府県</translation>
    </message>
    <message>
        <source>the other %1 municipalities of %2</source>
        <translation>%2内の他の%1市区町村</translation>
    </message>
    <message>
        <source>the other %1 prefectures of its region block</source>
        <translation>同じ地域ブロックの他の%1都道府県</translation>
    </message>
    <message>
        <source>the %1 regions chosen</source>
        <translation>指定した%1地域</translation>
    </message>
    <message>
        <source>&lt;p&gt;No comparison for %1: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1は比較できません：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No indicator to compare %1 with its peers on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1を比較対象と比べられる指標がありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>all themes</source>
        <translation>全テーマ</translation>
    </message>
    <message>
        <source>&lt;p&gt;Among %1, %2 is in the top 10 % on %3 and in the bottom 10 % on %4 of the %5 indicators of %6.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1の中で、%2は%6の%5指標のうち%3指標で上位10%、%4指標で下位10%に入ります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Among %1, %2 is in the top 10 % on %3 of the %4 indicators of %5, and in the bottom 10 % on none.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1の中で、%2は%5の%4指標のうち%3指標で上位10%に入り、下位10%に入る指標はありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Among %1, %2 is in the bottom 10 % on %3 of the %4 indicators of %5, and in the top 10 % on none.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1の中で、%2は%5の%4指標のうち%3指標で下位10%に入り、上位10%に入る指標はありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Among %1, %2 is in neither the top nor the bottom 10 % on any of the %3 indicators of %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1の中で、%2は%4の%3指標のいずれでも上位10%にも下位10%にも入りません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Highest relative to the peers: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;比較対象と比べて高い指標：%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Lowest relative to the peers: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;比較対象と比べて低い指標：%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 is at its peers' median on every indicator.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1はすべての指標で比較対象の中央値にあります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Profile: one row per indicator; the dot is the region's percentile among its peers (50 = the peers' median, 100 = above every peer), blue in the top quarter, orange in the bottom quarter; the shaded bands are the top and bottom 10 %. Counts are divided by population (or area, households) as chosen, so that large and small regions compare. Higher is not always better (e.g. children on waiting lists). Scatter: every region of the level, the peers in orange, the region in blue, with the least-squares line and Pearson's r over all regions. Hover for the numbers.</source>
        <translation>プロファイル：1行が1指標で、点は比較対象の中でのその地域のパーセンタイル（50＝比較対象の中央値、100＝すべての比較対象より上）。上位4分の1は青、下位4分の1はオレンジ、網掛けは上位・下位10%。実数は選んだとおり人口（または面積・世帯数）で割り、大きな地域と小さな地域を比べられるようにしています。高いほど良いとは限りません（待機児童数など）。散布図：同じ階層の全地域を描き、比較対象はオレンジ、その地域は青。直線は全地域の最小二乗直線で、rはピアソンの相関係数。数値はポインタを重ねると表示されます。</translation>
    </message>
    <message>
        <source>Similar regions</source>
        <translation>類似団体</translation>
    </message>
    <message>
        <source>Same prefecture or block</source>
        <translation>同じ都道府県・地域ブロック</translation>
    </message>
    <message>
        <source>List</source>
        <translation>指定した地域</translation>
    </message>
    <message>
        <source>Codes or names, comma-separated</source>
        <translation>コードまたは名称（読点・カンマ区切り）</translation>
    </message>
    <message>
        <source>As published</source>
        <translation>公表値のまま</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>人口1人当たり</translation>
    </message>
    <message>
        <source>Per 1,000 people</source>
        <translation>人口千人当たり</translation>
    </message>
    <message>
        <source>Per 100,000 people</source>
        <translation>人口10万人当たり</translation>
    </message>
    <message>
        <source>Per km²</source>
        <translation>面積1km²当たり</translation>
    </message>
    <message>
        <source>Per household</source>
        <translation>1世帯当たり</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>対象指標</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>実数の扱い</translation>
    </message>
    <message>
        <source>Highest first</source>
        <translation>高い順</translation>
    </message>
    <message>
        <source>Lowest first</source>
        <translation>低い順</translation>
    </message>
    <message>
        <source>Catalogue order</source>
        <translation>カタログ順</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>並び順</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>x</source>
        <translation>横軸</translation>
    </message>
    <message>
        <source>y</source>
        <translation>縦軸</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>散布図</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Percentile among the peers (50 = their median)</source>
        <translation>比較対象の中のパーセンタイル（50＝中央値）</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Peers' median</source>
        <translation>比較対象の中央値</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>パーセンタイル</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Compare with peers</source>
        <translation>自治体比較</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>すべての指標</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>SSDSE categories</source>
        <translation>SSDSEの分野</translation>
    </message>
    <message>
        <source>%1 (%2)
Value: %3 %4
Peers' median: %5 %4
Percentile: %6, rank %7 of %8</source>
        <translation>%1（%2年）
値：%3 %4
比較対象の中央値：%5 %4
パーセンタイル：%6、%8中%7位</translation>
    </message>
    <message>
        <source>%1 against %2 (%3)</source>
        <translation>%1と%2の比較（%3）</translation>
    </message>
    <message>
        <source>Hover for the numbers.</source>
        <translation>数値はポインタを重ねると表示されます。</translation>
    </message>
    <message>
        <source>Drawn: the first %1 and the last %2 of the %3 indicators in this order; every indicator in the table.</source>
        <translation>図はこの並び順で%3指標の最初の%1指標と最後の%2指標。全指標は表にあります。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1と%2</translation>
    </message>
    <message>
        <source>Other municipalities</source>
        <translation>その他の市区町村</translation>
    </message>
    <message>
        <source>Other prefectures</source>
        <translation>その他の都道府県</translation>
    </message>
    <message>
        <source>Least-squares line; r = %1 (n = %2)</source>
        <translation>最小二乗直線、相関係数r＝%1（n＝%2）</translation>
    </message>
    <message>
        <source>Counts per person; rates and averages as published.</source>
        <translation>実数は人口1人当たり、率・平均は公表値のまま。</translation>
    </message>
    <message>
        <source>Counts per 1,000 people; rates and averages as published.</source>
        <translation>実数は人口千人当たり、率・平均は公表値のまま。</translation>
    </message>
    <message>
        <source>Counts per 100,000 people; rates and averages as published.</source>
        <translation>実数は人口10万人当たり、率・平均は公表値のまま。</translation>
    </message>
    <message>
        <source>Counts per km²; rates and averages as published.</source>
        <translation>実数は面積1km²当たり、率・平均は公表値のまま。</translation>
    </message>
    <message>
        <source>Counts per household; rates and averages as published.</source>
        <translation>実数は1世帯当たり、率・平均は公表値のまま。</translation>
    </message>
    <message>
        <source>Select a municipality or a prefecture in the region bar.</source>
        <translation>地域バーで市区町村または都道府県を選んでください。</translation>
    </message>
    <message>
        <source>NSTAC SSDSE (%1)</source>
        <translation>独立行政法人統計センターSSDSE（%1）</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>利用条件：%1</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>地図に表示</translation>
    </message>
    <message>
        <source>Click a region to compare it with its peers</source>
        <translation>地域をクリックすると、その地域を比較対象と比べます</translation>
    </message>
    <message>
        <source>%1 (municipalities only)</source>
        <translation>%1（市区町村のみ）</translation>
    </message>
    <message>
        <source>%1 (prefectures only)</source>
        <translation>%1（都道府県のみ）</translation>
    </message>
    <message>
        <source>Mark the region and its peers on the map page</source>
        <translation>地図のページで対象地域と比較対象を選択して表示</translation>
    </message>
    <message>
        <source>The map draws municipalities once their boundaries are imported (File → Import data…, 国土数値情報 N03)</source>
        <translation>市区町村の境界（国土数値情報N03）を取り込むと、地図に市区町村を表示できます（ファイル → データの取り込み…）</translation>
    </message>
    <message>
        <source>Every region of the level with both values; names of the peers where there is room. Click a dot to compare that region.</source>
        <translation>両方の値がある同じ階層の全地域。比較対象の名称は余白のある所に表示。点をクリックするとその地域を比較します。</translation>
    </message>
    <message>
        <source>%1 has no indicators for prefectures in the bundled data: its %2 indicators are municipal (SSDSE-A). Select a municipality to compare them.</source>
        <translation>同梱データの%1には都道府県の指標がありません（%2指標はすべて市区町村の値、SSDSE-A）。市区町村を選ぶと比較できます。</translation>
    </message>
    <message>
        <source>%1 has no indicators for municipalities in the bundled data: its %2 indicators are prefectural (SSDSE-B, SSDSE-E). Select a prefecture to compare them.</source>
        <translation>同梱データの%1には市区町村の指標がありません（%2指標はすべて都道府県の値、SSDSE-B・SSDSE-E）。都道府県を選ぶと比較できます。</translation>
    </message>
    <message>
        <source>%1 has no indicators with values at this level.</source>
        <translation>%1には、この階層で値のある指標がありません。</translation>
    </message>
</context>
<context>
    <name>regionlens::app::ComplexityView</name>
    <message>
        <source>&lt;p&gt;No complexity figures for %1 yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1の複雑性指標はまだありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Economic complexity index (ECI) of %1 (%2, %3): %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1の経済複雑性指標（ECI、%2、%3年）：%4。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Economic complexity index (ECI) of %1 (%2, %3): %4, rank %5 of %6.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1の経済複雑性指標（ECI、%2、%3年）：%4（%6地域中%5位）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 has no ECI for %2 (no industry at RCA ≥ 1, or no data).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1には%2年のECIがありません（RCA ≥ 1の産業がないか、データがありません）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Specialised (RCA ≥ 1) in %1 of %2 industries: %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%2産業のうち%1産業に特化（RCA ≥ 1）：%3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;p&gt;No industry without specialisation has a relatedness density.&lt;/p&gt;</source>
        <translation>&lt;p&gt;特化していない産業に関連性密度のあるものはありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (density %2, complexity %3)</source>
        <translation>%1（関連性密度%2、複雑性%3）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Closest to what %1 already does (highest relatedness density, not yet specialised): %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1の既存の産業に最も近い、まだ特化していない産業（関連性密度の高い順）：%2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Of the five closest, the most complex is %1 (complexity %2, outlook gain %3): a candidate that combines existing strengths with a more complex activity.&lt;/p&gt;</source>
        <translation>&lt;p&gt;近い5産業のうち最も複雑なのは%1（複雑性%2、機会利得%3）です。既存の強みとより複雑な活動を掛け合わせる候補です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;With %1 industries presence is coarse: in the 2016 → 2021 test on the 1,741 municipalities, density predicted new specialisations only modestly. Read the ranking as a hint to examine, not a forecast.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1産業の分類では特化の有無は粗い指標です。1,741市区町村の2016→2021年の検証では、関連性密度による新たな特化の予測力は控えめでした。順位は検討の手がかりとして読み、予測とはみなさないでください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>RCA is the location quotient over the regions analysed; a region is specialised in an industry where RCA ≥ 1. Industries that are often specialised together are related (proximity, 0–1). A region's relatedness density in an industry is the share of that industry's related industries in which the region is specialised. The economic complexity index (ECI) ranks regions by the kind of industries they specialise in (industries found in few, diversified regions count as complex); mean 0, sd 1. Opportunities: industries not yet specialised, to the right = closer to existing strengths, higher = more complex. The industry space draws industries on a circle ordered by complexity, linked by their strongest proximities; blue = specialised here.</source>
        <translation>RCAは分析対象の地域全体に対する特化係数で、RCA ≥ 1の産業に特化しているとみなします。同じ地域でともに特化しやすい産業どうしは関連している（近接度、0～1）とします。ある産業の関連性密度は、その産業と関連する産業のうち地域が特化している割合です。経済複雑性指標（ECI）は、地域が特化している産業の種類で地域を順位付けます（多様な少数の地域にしかない産業ほど複雑とみなします。平均0、標準偏差1）。多角化の機会の図では、まだ特化していない産業を、右ほど既存の強みに近く、上ほど複雑に示します。産業空間は複雑性の順に産業を円周上に並べ、近接度の強い組を線で結びます。青はこの地域が特化している産業です。</translation>
    </message>
    <message>
        <source>Relatedness density</source>
        <translation>関連性密度</translation>
    </message>
    <message>
        <source>Complexity (PCI)</source>
        <translation>複雑性（PCI）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>産業</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>関連性密度</translation>
    </message>
    <message>
        <source>Outlook gain (COG)</source>
        <translation>機会利得（COG）</translation>
    </message>
    <message>
        <source>RCA</source>
        <translation>RCA</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>換算</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>多角化の機会</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>産業空間</translation>
    </message>
    <message>
        <source>Smart specialisation</source>
        <translation>関連性と多角化</translation>
    </message>
    <message>
        <source>Employees (従業者数)</source>
        <translation>従業者数</translation>
    </message>
    <message>
        <source>Establishments (事業所数)</source>
        <translation>事業所数</translation>
    </message>
    <message>
        <source>establishments</source>
        <translation>事業所数</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>従業者数</translation>
    </message>
    <message>
        <source>Opportunities: %1</source>
        <translation>%1の多角化の機会</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>No. = row of the table</source>
        <translation>番号は表の行</translation>
    </message>
    <message>
        <source>Industry space: %1</source>
        <translation>%1の産業空間</translation>
    </message>
    <message>
        <source>Blue: RCA ≥ 1. Solid: spanning tree</source>
        <translation>青：RCA ≥ 1。実線：最大全域木</translation>
    </message>
    <message>
        <source>ECI (%1, %2)</source>
        <translation>経済複雑性指標（%1、%2年）</translation>
    </message>
    <message>
        <source>ECI</source>
        <translation>ECI</translation>
    </message>
    <message>
        <source>Computing the municipal complexity…</source>
        <translation>市区町村の複雑性を計算しています…</translation>
    </message>
    <message>
        <source>Select a region on the map; at the municipal level, pick a municipality.</source>
        <translation>地図で地域を選んでください。市区町村単位では市区町村を選べます。</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>利用条件：%1</translation>
    </message>
    <message>
        <source>Method: Hidalgo &amp; Hausmann (2009), as the Growth Lab's ecomplexity</source>
        <translation>手法：Hidalgo &amp; Hausmann(2009)、Growth Labのecomplexityと同じ規約</translation>
    </message>
    <message>
        <source>The first %1 of %2 industries not yet specialised; all of them on the page.</source>
        <translation>まだ特化していない%2産業のうち上位%1産業。すべてはページの表にあります。</translation>
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
        <translation>%1の多角化の機会（表）</translation>
    </message>
    <message>
        <source>%1 %2 has no municipal data: choose employees or establishments for a municipality</source>
        <translation>%1（%2年）には市区町村のデータがありません。市区町村には従業者数か事業所数を選んでください</translation>
    </message>
    <message>
        <source>%1 %2 has municipal data only: select a municipality</source>
        <translation>%1（%2年）は市区町村のデータのみです。市区町村を選んでください</translation>
    </message>
    <message>
        <source>ECI over %1 municipalities; mean 0, sd 1</source>
        <translation>%1市区町村で計算したECI（平均0、標準偏差1）</translation>
    </message>
    <message>
        <source>ECI over %1 prefectures; mean 0, sd 1</source>
        <translation>%1都道府県で計算したECI（平均0、標準偏差1）</translation>
    </message>
    <message>
        <source>%1 %2 has no data at this level.</source>
        <translation>%1（%2年）にはこの単位のデータがありません。</translation>
    </message>
</context>
<context>
    <name>regionlens::app::FlowsView</name>
    <message>
        <source>Migration flows</source>
        <translation>人口移動</translation>
    </message>
    <message>
        <source>Net per 1,000 inhabitants</source>
        <translation>人口千人当たり転入超過数</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Largest flows</source>
        <translation>上位の流動</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>移動指標</translation>
    </message>
    <message>
        <source>Japan (all prefectures)</source>
        <translation>全国（全都道府県）</translation>
    </message>
    <message>
        <source>Largest migration flows between prefectures, %1</source>
        <translation>都道府県間の主な人口移動（%1年）</translation>
    </message>
    <message>
        <source>Migration flows of %1, %2</source>
        <translation>%1の人口移動（%2年）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>per 1,000</source>
        <translation>千人当たり</translation>
    </message>
    <message>
        <source>Net migration per 1,000 inhabitants, %1</source>
        <translation>人口千人当たり転入超過数（%1年）</translation>
    </message>
    <message>
        <source>Net migration, %1</source>
        <translation>転入超過数（%1年）</translation>
    </message>
    <message>
        <source>Net migration by age</source>
        <translation>年齢別転入超過数</translation>
    </message>
    <message>
        <source>Net migration by age, %1</source>
        <translation>%1の年齢別転入超過数</translation>
    </message>
    <message>
        <source>No age breakdown in the data</source>
        <translation>データに年齢区分がありません</translation>
    </message>
    <message>
        <source>Select a prefecture</source>
        <translation>都道府県を選択してください</translation>
    </message>
    <message>
        <source>Net migration by age: not available, the flows in the store have no age classes.</source>
        <translation>年齢別転入超過数: データストアの人口移動データに年齢階級がないため、表示できません。</translation>
    </message>
    <message>
        <source>No migration flows in the store.</source>
        <translation>データストアに人口移動データがありません。</translation>
    </message>
    <message>
        <source>All prefectures, %1</source>
        <translation>全都道府県（%1年）</translation>
    </message>
    <message>
        <source>Movers between prefectures</source>
        <translation>都道府県間移動者数</translation>
    </message>
    <message>
        <source>Effectiveness (MEI)</source>
        <translation>移動効果指数（MEI）</translation>
    </message>
    <message>
        <source>Net migration rate (ANMR, %)</source>
        <translation>純移動率（ANMR、%）</translation>
    </message>
    <message>
        <source>Migration probability (CMP, %)</source>
        <translation>移動率（CMP、%）</translation>
    </message>
    <message>
        <source>In from other prefectures</source>
        <translation>他都道府県からの転入</translation>
    </message>
    <message>
        <source>Out to other prefectures</source>
        <translation>他都道府県への転出</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>転入超過数</translation>
    </message>
    <message>
        <source>Turnover (in + out)</source>
        <translation>総移動数（転入＋転出）</translation>
    </message>
    <message>
        <source>Rank of net (of %1)</source>
        <translation>転入超過数の順位（%1地域中）</translation>
    </message>
    <message>
        <source>Population at risk: %1 (%2).</source>
        <translation>基準人口: %1年（%2）。</translation>
    </message>
    <message>
        <source>population estimate</source>
        <translation>人口推計</translation>
    </message>
    <message>
        <source>census</source>
        <translation>国勢調査</translation>
    </message>
    <message>
        <source>The store has no migration flows.</source>
        <translation>データストアに人口移動データがありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; gained %2 people net from other prefectures in %3 (in %4, out %5)</source>
        <translation>%3年、&lt;b&gt;%1&lt;/b&gt;は他都道府県から差し引き%2人の転入超過（転入%4人、転出%5人）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; lost %2 people net to other prefectures in %3 (in %4, out %5)</source>
        <translation>%3年、&lt;b&gt;%1&lt;/b&gt;は他都道府県へ差し引き%2人の転出超過（転入%4人、転出%5人）</translation>
    </message>
    <message>
        <source>, rank %1 of %2 by net migration</source>
        <translation>で、転入超過数は%2地域中%1位</translation>
    </message>
    <message>
        <source> (%1 per 1,000 inhabitants)</source>
        <translation>（人口千人当たり%1人）</translation>
    </message>
    <message>
        <source> The largest inflow came from %1 (%2)</source>
        <translation>最大の転入元は%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, followed by %1</source>
        <translation>、次いで%1</translation>
    </message>
    <message>
        <source> and </source>
        <translation>と</translation>
    </message>
    <message>
        <source> The largest outflow went to %1 (%2)</source>
        <translation>最大の転出先は%1（%2）</translation>
    </message>
    <message>
        <source>; with %1 the balance is %2.</source>
        <translation>で、%1との差し引きは%2人です。</translation>
    </message>
    <message>
        <source>The flows in the store have no age classes, so net migration by age is not available.</source>
        <translation>データストアの人口移動データには年齢階級がないため、年齢別の転入超過数は表示できません。</translation>
    </message>
    <message>
        <source>By age, the largest net gain is at %1 (%2).</source>
        <translation>年齢別では、%1の転入超過が最も多くなっています（%2人）。</translation>
    </message>
    <message>
        <source>In %1, %2 people moved between prefectures. %3 prefectures gained population through migration and %4 lost; the largest net gain was in %5 (%6), the largest net loss in %7 (%8).</source>
        <translation>%1年には%2人が都道府県間を移動しました。転入超過は%3都道府県、転出超過は%4都道府県で、転入超過が最も多かったのは%5（%6人）、転出超過が最も多かったのは%7（%8人）です。</translation>
    </message>
    <message>
        <source> Migration effectiveness (MEI) was %1: of every 100 moves, about %2 changed where people live and the rest cancelled out.</source>
        <translation>移動効果指数（MEI）は%1でした。移動100件のうち約%2件が人口の分布を実際に変え、残りは逆方向の移動と相殺されました。</translation>
    </message>
    <message>
        <source> %1% of the population moved to another prefecture (CMP).</source>
        <translation>人口の%1%が他の都道府県へ移動しました（CMP）。</translation>
    </message>
    <message>
        <source>The largest single flow was %1 → %2 (%3 people).</source>
        <translation>最大の流れは%1 → %2（%3人）でした。</translation>
    </message>
    <message>
        <source>.</source>
        <comment>end of a sentence</comment>
        <translation>。</translation>
    </message>
    <message>
        <source>Net migration (in − out), %1</source>
        <translation>転入超過数（転入 − 転出）、%1年</translation>
    </message>
    <message>
        <source>Reading municipal migration…</source>
        <translation>市区町村の人口移動を読み込み中…</translation>
    </message>
    <message>
        <source>No municipal migration in the store: import flows between five-digit municipality codes, or SSDSE-A (its items A5101 転入者数 and A5102 転出者数).</source>
        <translation>データストアに市区町村の人口移動がありません。5桁の市区町村コード間の移動数、またはSSDSE-A（項目A5101転入者数・A5102転出者数）を取り込んでください。</translation>
    </message>
    <message>
        <source>In − out from SSDSE-A: moves between municipalities of the same prefecture count too, unlike the flows between prefectures.</source>
        <translation>SSDSE-Aの転入 − 転出：都道府県間の移動と違い、同じ都道府県内の市区町村間の移動も含みます。</translation>
    </message>
    <message>
        <source>%1: net migration %2 (%3)</source>
        <translation>%1：転入超過数%2（%3）</translation>
    </message>
    <message>
        <source>%1: no migration data</source>
        <translation>%1：人口移動のデータなし</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>The store has no municipal migration. Import flows between five-digit municipality codes, or SSDSE-A (items A5101 転入者数 and A5102 転出者数), to map net migration by municipality.</source>
        <translation>データストアに市区町村の人口移動がありません。市区町村別の転入超過数を地図にするには、5桁の市区町村コード間の移動数、またはSSDSE-A（項目A5101転入者数・A5102転出者数）を取り込んでください。</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>movers in − movers out (転入者数 − 転出者数, SSDSE-A), moves within the prefecture included</source>
        <translation>転入者数 − 転出者数（SSDSE-A）、都道府県内の移動を含む</translation>
    </message>
    <message>
        <source>flows between municipalities in the store</source>
        <translation>データストアにある市区町村間の移動数</translation>
    </message>
    <message>
        <source>Net migration %1 by municipality, %2: %3 of the %4 municipalities of %5 gained people, %6 lost.</source>
        <translation>市区町村別の転入超過数（%1年、%2）：%5の%4市区町村のうち%3が転入超過、%6が転出超過です。</translation>
    </message>
    <message>
        <source> Largest gain: %1 (%2); largest loss: %3 (%4).</source>
        <translation>転入超過が最大なのは%1（%2）、転出超過が最大なのは%3（%4）です。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: in %2, out %3, net %4, rank %5 of %6 in %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：転入%2、転出%3、転入超過%4、%7の%6市区町村中%5位</translation>
    </message>
    <message>
        <source> (%1 per 1,000 inhabitants, population %2)</source>
        <translation>（人口千人当たり%1、人口%2）</translation>
    </message>
    <message>
        <source>The flow map shows prefectures: import moves between municipalities (an origin–destination table with five-digit municipality codes) to draw arrows between municipalities. SSDSE-A counts only movers in and out.</source>
        <translation>移動の地図は都道府県単位です。市区町村間の矢印を描くには、市区町村間の移動数（5桁の市区町村コードによるOD表）を取り込んでください。SSDSE-Aは転入者数と転出者数しか含みません。</translation>
    </message>
    <message>
        <source>Largest migration flows between municipalities, %1</source>
        <translation>市区町村間の主な人口移動、%1年</translation>
    </message>
    <message>
        <source>, to or from %1</source>
        <translation>（%1との間）</translation>
    </message>
    <message>
        <source>%1% came from %2</source>
        <translation>%2から%1%</translation>
    </message>
    <message>
        <source>%1% went to %2</source>
        <translation>%2へ%1%</translation>
    </message>
    <message>
        <source>%1% from %2</source>
        <translation>%2から%1%</translation>
    </message>
    <message>
        <source>%1% to %2</source>
        <translation>%2へ%1%</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1と%2</translation>
    </message>
    <message>
        <source>Of the %1 people who moved into %2, %3; of the %4 who moved out, %5.</source>
        <translation>%2への転入者%1人のうち%3。転出者%4人のうち%5。</translation>
    </message>
    <message>
        <source> By partner, the largest net gain is from %1 (%2)</source>
        <translation>相手先別では、転入超過が最も大きいのは%1（%2）</translation>
    </message>
    <message>
        <source> and the largest net loss to %1 (%2)</source>
        <translation>、転出超過が最も大きいのは%1（%2）</translation>
    </message>
    <message>
        <source> By partner, the largest net loss is to %1 (%2)</source>
        <translation>相手先別では、転出超過が最も大きいのは%1（%2）</translation>
    </message>
    <message>
        <source> By regional block, %1 gains most from %2 (%3) and loses most to %4 (%5).</source>
        <translation>地域ブロック別では、%1は%2に対する転入超過（%3）が最も大きく、%4に対する転出超過（%5）が最も大きくなっています。</translation>
    </message>
    <message>
        <source> By regional block, %1 gains from every block with moves, most from %2 (%3).</source>
        <translation>地域ブロック別では、%1は移動のあるすべてのブロックに対して転入超過で、最も大きいのは%2（%3）です。</translation>
    </message>
    <message>
        <source> By regional block, %1 loses to every block with moves, most to %2 (%3).</source>
        <translation>地域ブロック別では、%1は移動のあるすべてのブロックに対して転出超過で、最も大きいのは%2（%3）です。</translation>
    </message>
    <message>
        <source>Each arrow on the flow map runs from the prefecture people left to the one they moved to; its width is proportional to the number of movers, and arrows bend to the left of their direction so that the two directions between a pair stay apart. With a region selected the map shows that region's own flows, zoomed to it and its partners: blue arrows come in and orange arrows go out, in two lanes from the ring round the region with their heads on the way, and the largest partners are labelled with the region's net (in − out); the table's shares are of the region's own in- or out-moves. "National overview" shows the largest flows of Japan instead. The second tab charts the region's net with its largest partners and by regional block (北海道, 東北, 関東, 中部, 近畿, 中国, 四国, 九州・沖縄). The map beside it shows net migration (in − out): red gained people, blue lost them; white is the class around zero. Net migration sums to zero over all prefectures. MEI (migration effectiveness) is 100 × Σ|net| / Σ(in + out): near 0 the moves cancel out, near 100 they all run one way. ANMR is the net change of the population distribution in % of the population; CMP is the share of the population that moved between prefectures in the year.</source>
        <translation>流動図の各矢印は、人が転出した都道府県から転入した都道府県へ向かいます。矢印の太さは移動者数に比例し、2地域間の双方向の矢印が重ならないよう、進行方向の左側へ曲げて描いています。地域を選択すると、その地域自身の流動を、地域と移動相手に合わせて拡大して示します。青い矢印が転入、オレンジの矢印が転出で、地域を囲む円から2本の車線に分けて描き、矢じりは途中に置いています。移動の多い相手先には、選択地域の転入超過数（転入 − 転出）を表示します。表の割合は、選択地域自身の転入者数または転出者数に占める割合です。「全国の概観」では全国の上位の流動を示します。2つ目のタブは、相手先上位と地域ブロック（北海道、東北、関東、中部、近畿、中国、四国、九州・沖縄）別の転入超過数のグラフです。隣の地図は転入超過数（転入 − 転出）を示し、赤は人口が増えた地域、青は減った地域、白は0付近の階級です。転入超過数は全都道府県で合計すると0になります。MEI（移動効果指数）は100 × Σ|純移動数| / Σ(転入 + 転出)で、0に近いほど移動が互いに相殺され、100に近いほど移動が一方向に偏っています。ANMRは人口分布の純変化を人口に対する%で表したもの、CMPはその年に都道府県間を移動した人が人口に占める割合です。</translation>
    </message>
    <message>
        <source>%1 is a municipality: the store has flows between municipalities for this year; choose the municipal level under the net map to draw them. This map shows the flows of %2.</source>
        <translation>%1は市区町村です。データストアにはこの年の市区町村間の移動があるため、転入超過数の地図で単位を市区町村にすると描けます。この地図は%2の流動を示しています。</translation>
    </message>
    <message>
        <source>%1 is a municipality, but the migration table in the store (住民基本台帳人口移動報告, 第2表) counts moves between prefectures only, so this page shows the flows of %2. For the partners of %1 itself, import an origin–destination table with five-digit municipality codes (File → Import data…, columns origin_code, destination_code, year, value); SSDSE-A (A5101 転入者数, A5102 転出者数) gives its movers in and out only.</source>
        <translation>%1は市区町村ですが、データストアの人口移動表（住民基本台帳人口移動報告 第2表）は都道府県間の移動のみのため、このページは%2の流動を示しています。%1自身の移動相手を見るには、5桁の市区町村コードによる移動元・移動先の表（ファイル → データの取り込み…、列origin_code, destination_code, year, value）を取り込んでください。SSDSE-A（A5101転入者数、A5102転出者数）では転入者数と転出者数のみ分かります。</translation>
    </message>
    <message>
        <source>in</source>
        <translation>転入</translation>
    </message>
    <message>
        <source>out</source>
        <translation>転出</translation>
    </message>
    <message>
        <source>net</source>
        <translation>転入超過</translation>
    </message>
    <message>
        <source>%1 (own block)</source>
        <translation>%1（自ブロック）</translation>
    </message>
    <message>
        <source>Region's flows</source>
        <translation>選択地域の流動</translation>
    </message>
    <message>
        <source>National overview</source>
        <translation>全国の概観</translation>
    </message>
    <message>
        <source>The selected prefecture's in- and outflows, or the largest flows of the nation</source>
        <translation>選択した都道府県の転入・転出、または全国の上位の流動</translation>
    </message>
    <message>
        <source>Flow map</source>
        <translation>流動図</translation>
    </message>
    <message>
        <source>Partners and regional blocks</source>
        <translation>相手先・地域ブロック</translation>
    </message>
    <message>
        <source>Net migration by partner</source>
        <translation>相手先別の転入超過数</translation>
    </message>
    <message>
        <source>%1: net migration with the %2 largest partners, %3</source>
        <translation>%1：転入超過数の大きい相手先上位%2（%3年）</translation>
    </message>
    <message>
        <source>persons (out ← 0 → in)</source>
        <translation>人（転出 ← 0 → 転入）</translation>
    </message>
    <message>
        <source>Net migration by regional block</source>
        <translation>地域ブロック別の転入超過数</translation>
    </message>
    <message>
        <source>%1: net migration by regional block, %2</source>
        <translation>%1：地域ブロック別の転入超過数（%2年）</translation>
    </message>
    <message>
        <source>%1 itself is left out of its own block.</source>
        <translation>%1自身は自ブロックの集計から除いています。</translation>
    </message>
    <message>
        <source>Migration to and from %1, %2</source>
        <translation>%1の転入・転出（%2年）</translation>
    </message>
    <message>
        <source>% of its in/out</source>
        <translation>自地域の転入・転出比（%）</translation>
    </message>
    <message>
        <source>Share of the region's own in-moves (a flow into it) or out-moves (a flow out of it)</source>
        <translation>選択地域への流動は同地域の転入者数に、選択地域からの流動は転出者数に占める割合</translation>
    </message>
</context>
<context>
    <name>regionlens::app::GrowthView</name>
    <message>
        <source> pt</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;p&gt;No change by industry for %1 yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1の産業別の増減はまだありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of %2: %3 in %4, %5 in %6 (%7; the nation %8).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%2の%1は%4年の%3から%6年の%5へ（%7、全国%8）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&lt;p&gt;Largest contributions to the change: %1. Largest drags: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;増加への寄与が大きい産業：%1。押し下げが大きい産業：%2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LQ %1, %2</source>
        <translation>特化係数%1、%2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Strong and growing (LQ ≥ 1, growing): %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;強みがあり成長している産業（特化係数1以上で増加）：%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Strong but shrinking: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;強みはあるが縮小している産業：%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Regional shift (growth beyond the nation's trend in the same industry): largest in %1; most negative in %2. In total %3 = national share %4 + industry mix %5 + regional shift %6.&lt;/p&gt;</source>
        <translation>&lt;p&gt;地域特殊要因（同じ産業の全国の伸びを上回った分）が大きい産業：%1。マイナスが大きい産業：%2。全体では増減%3＝全国成長要因%4＋産業構造要因%5＋地域特殊要因%6。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change by industry: each bar is the industry's change; divided by the region's total at the start it is the industry's contribution to the region's growth in percentage points (table), and the contributions add up to the region's growth. Shift-share by industry: each industry's change split into the national share (had it grown as the nation's total), the industry mix (its industry grew faster or slower than the nation's total) and the regional shift (it grew faster or slower here than the same industry nationally); the diamond is the actual change. LQ × growth: right of 1 the region is specialised (LQ at the end year), above 0 the industry grew; bubble area = its size at the end year. Top right: strong and growing.</source>
        <translation>産業別の増減：棒は各産業の増減です。開始年の地域全体の値で割ったものが地域の伸びへの寄与度（ポイント、表）で、寄与度を合計すると地域の増減率になります。産業別の成長要因：各産業の増減を、全国成長要因（全国全体と同じ率で伸びた場合）、産業構造要因（その産業が全国で全体より速く・遅く伸びた分）、地域特殊要因（この地域で同じ産業の全国より速く・遅く伸びた分）に分け、菱形は実際の増減です。特化×成長：横軸1より右は特化している産業（終了年の特化係数）、縦軸0より上は増加した産業で、円の面積は終了年の規模です。右上が「強みがあり成長している」産業です。</translation>
    </message>
    <message>
        <source>Location quotient (end year)</source>
        <translation>特化係数（終了年）</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>増減率（%）</translation>
    </message>
    <message>
        <source>Strong and growing</source>
        <translation>強みと成長</translation>
    </message>
    <message>
        <source>Growing, not specialised</source>
        <translation>成長・特化なし</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>特化なし・縮小</translation>
    </message>
    <message>
        <source>Strong but shrinking</source>
        <translation>特化・縮小</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>産業</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始年</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了年</translation>
    </message>
    <message>
        <source>%</source>
        <translation>増減率（%）</translation>
    </message>
    <message>
        <source>Contribution (pt)</source>
        <translation>寄与度（ポイント）</translation>
    </message>
    <message>
        <source>National share</source>
        <translation>全国成長要因</translation>
    </message>
    <message>
        <source>Industry mix</source>
        <translation>産業構造要因</translation>
    </message>
    <message>
        <source>Regional shift</source>
        <translation>地域特殊要因</translation>
    </message>
    <message>
        <source>LQ</source>
        <translation>特化係数</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>換算</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始年</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了年</translation>
    </message>
    <message>
        <source>Change by industry</source>
        <translation>産業別の増減</translation>
    </message>
    <message>
        <source>Shift-share by industry</source>
        <translation>産業別の成長要因</translation>
    </message>
    <message>
        <source>LQ × growth</source>
        <translation>特化×成長</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Employees (従業者数)</source>
        <translation>従業者数</translation>
    </message>
    <message>
        <source>Establishments (事業所数)</source>
        <translation>事業所数</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>事業所数</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>従業者数</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2年</translation>
    </message>
    <message>
        <source>%1: change of %2 by industry, %3</source>
        <translation>%1：産業別の%2の増減（%3）</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>Total %1 (%2 → %3); contribution (pt) = change ÷ %2 × 100</source>
        <translation>全体%1（%2→%3）。寄与度（ポイント）＝増減÷%2×100</translation>
    </message>
    <message>
        <source>%1: shift-share by industry, %2, %3</source>
        <translation>%1：産業別の成長要因（%2、%3）</translation>
    </message>
    <message>
        <source>Actual change</source>
        <translation>実際の増減</translation>
    </message>
    <message>
        <source>%1: specialisation × growth, %2, %3</source>
        <translation>%1：特化係数×増減率（%2、%3）</translation>
    </message>
    <message>
        <source>Bubble area = %1 in %2</source>
        <translation>円の面積＝%2年の%1</translation>
    </message>
    <message>
        <source>The measure needs two years at this level.</source>
        <translation>この指標はこの地域区分で2時点のデータが必要です。</translation>
    </message>
    <message>
        <source>Select a region: a prefecture, a municipality or a group.</source>
        <translation>地域（都道府県・市区町村・グループ）を選んでください。</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>利用条件：%1</translation>
    </message>
    <message>
        <source>Method: shift-share per industry (Dunn)</source>
        <translation>手法：産業別シフト・シェア分析（Dunn）</translation>
    </message>
</context>
<context>
    <name>regionlens::app::ImpactDemandPanel</name>
    <message>
        <source>&lt;b&gt;Demand&lt;/b&gt; (final demand in the region, million yen)</source>
        <translation>&lt;b&gt;需要&lt;/b&gt;（域内の最終需要、百万円）</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>直接入力</translation>
    </message>
    <message>
        <source>Tourism spending (観光消費)</source>
        <translation>観光消費</translation>
    </message>
    <message>
        <source>Building a plant or facility (建設)</source>
        <translation>工場・施設の建設</translation>
    </message>
    <message>
        <source>Event (イベント)</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>来訪者数</translation>
    </message>
    <message>
        <source>Yen per visitor</source>
        <translation>1人当たり消費額（円）</translation>
    </message>
    <message>
        <source>Investment (million yen)</source>
        <translation>投資額（百万円）</translation>
    </message>
    <message>
        <source>Building share</source>
        <translation>建築の割合</translation>
    </message>
    <message>
        <source>Budget (million yen)</source>
        <translation>主催者の事業費（百万円）</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Million yen</source>
        <translation>百万円</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV書き出し…</translation>
    </message>
    <message>
        <source>Split (an assumption; edit the amounts to change it): %1. Example figures: replace them with your own.</source>
        <translation>配分（仮定。金額を編集して変更できます）：%1。数値は例示です。地域の実績値に置き換えてください。</translation>
    </message>
    <message>
        <source>This template needs the 12-sector tables.</source>
        <translation>このテンプレートには12部門表が必要です。</translation>
    </message>
    <message>
        <source>Total: %1 million yen</source>
        <translation>合計：%1百万円</translation>
    </message>
</context>
<context>
    <name>regionlens::app::ImpactView</name>
    <message>
        <source>%1 million yen</source>
        <translation>%1百万円</translation>
    </message>
    <message>
        <source>%1 persons</source>
        <translation>%1人</translation>
    </message>
    <message>
        <source>Table: ESTIMATED from the national %1 table and the region's employees by industry (FLQ, δ = %2). Estimated so for the 45 prefectures with an official table, δ = 0.15 missed their output multipliers by 7.9 % on average (docs/io-flq-validation.md).</source>
        <translation>産業連関表：全国%1年表と地域の産業別従業者数からの推計（FLQ、δ = %2）。公表表のある45道府県を同じ方法で推計すると、δ = 0.15で生産誘発係数の誤差は平均7.9%でした（docs/io-flq-validation.md）。</translation>
    </message>
    <message>
        <source>Table: the official %1 input–output table of the region, %2 sectors.</source>
        <translation>産業連関表：地域の公表%1年表、%2部門。</translation>
    </message>
    <message>
        <source>出典: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>Model: competitive imports (競争移入型); the region buys part of every demand from outside (自給率).</source>
        <translation>モデル：競争移入型。需要の一部は域外から購入されます（自給率）。</translation>
    </message>
    <message>
        <source>Model: closed (the table has no imports).</source>
        <translation>モデル：閉鎖型（表に移輸入がありません）。</translation>
    </message>
    <message>
        <source>Type II: the 雇用者所得 induced by the direct and 1st indirect effects is spent once more (第2次間接波及効果) in the pattern of 民間消費支出.</source>
        <translation>タイプII：直接効果と第1次間接波及効果で誘発された雇用者所得が、民間消費支出の構成でもう一度支出されます（第2次間接波及効果）。</translation>
    </message>
    <message>
        <source>消費転換係数 %1 (entered on the page).</source>
        <translation>消費転換係数%1（画面で入力）。</translation>
    </message>
    <message>
        <source>消費転換係数 %1: the average propensity to consume of workers' households, 家計調査 2015 (総務省統計局).</source>
        <translation>消費転換係数%1：勤労者世帯の平均消費性向、家計調査2015年（総務省統計局）。</translation>
    </message>
    <message>
        <source>Type I: households exogenous, no 第2次間接波及効果.</source>
        <translation>タイプI：家計は外生、第2次間接波及効果なし。</translation>
    </message>
    <message>
        <source>Demand: final demand of the region in purchasers' terms (百万円); the direct effect is its share produced in the region (× 自給率).</source>
        <translation>需要：購入者価格による域内の最終需要（百万円）。直接効果はそのうち域内で生産される分（× 自給率）です。</translation>
    </message>
    <message>
        <source>Value added: 粗付加価値 including 家計外消費支出, as the prefectural tools count it.</source>
        <translation>付加価値：都道府県の分析ツールと同じく、家計外消費支出を含む粗付加価値。</translation>
    </message>
    <message>
        <source>Template %1: split %2 — an assumption of RegionLens, not survey figures; edit the demand table to use your own.</source>
        <translation>テンプレート「%1」：配分%2 — RegionLensの仮定であり調査結果ではありません。需要表を編集して独自の値を使えます。</translation>
    </message>
    <message>
        <source>The template's amounts were edited by hand.</source>
        <translation>テンプレートの金額は手で修正されています。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>The table of %1 has no Leontief inverse (see the warnings): no impact can be computed.</source>
        <translation>%1の表にはレオンチェフ逆行列がありません（警告を参照）。波及効果は計算できません。</translation>
    </message>
    <message>
        <source>Enter a demand by sector (百万円) on the left, or choose a template (観光消費, 工場・施設の建設, イベント), to see what it brings to %1.</source>
        <translation>左で部門別の需要（百万円）を入力するか、テンプレート（観光消費、工場・施設の建設、イベント）を選ぶと、%1への波及効果が分かります。</translation>
    </message>
    <message>
        <source>A demand of %1 in %2 brings a total output of %3: direct effect %4, 1st indirect %5%6. Output multiplier (波及倍率) %7.</source>
        <translation>%2での%1の需要は、合計%3の生産を誘発します：直接効果%4、第1次間接波及効果%5%6。波及倍率は%7です。</translation>
    </message>
    <message>
        <source>, 2nd indirect %1</source>
        <translation>、第2次間接波及効果%1</translation>
    </message>
    <message>
        <source>%1 % of the demand is produced in the region (the direct effect); %2 is bought from outside (移輸入) and leaks out.</source>
        <translation>需要の%1%が域内で生産され（直接効果）、%2は域外から購入されて（移輸入）流出します。</translation>
    </message>
    <message>
        <source> and work for about %1</source>
        <translation>、就業誘発数は約%1</translation>
    </message>
    <message>
        <source>Gross value added %1, of which 雇用者所得 %2%3.</source>
        <translation>粗付加価値誘発額は%1、うち雇用者所得%2%3。</translation>
    </message>
    <message>
        <source>Most output is induced in %1.</source>
        <translation>生産誘発額が大きいのは%1です。</translation>
    </message>
    <message>
        <source>Type I leaves out the spending of the induced income; type II adds it as the 2nd indirect effect.</source>
        <translation>タイプIは誘発された所得の支出を含みません。タイプIIは第2次間接波及効果として加えます。</translation>
    </message>
    <message>
        <source>Linkages: %1 both pull (影響力係数 ≥ 1) and supply (感応度係数 ≥ 1) the rest of the economy.</source>
        <translation>影響力係数と感応度係数がともに1以上の部門：%1。他の部門を引っ張り、また支えています。</translation>
    </message>
    <message>
        <source>%1 has no official table in the store: every figure is an estimate.</source>
        <translation>%1の公表表はストアにありません。すべての数値は推計です。</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>The direct effect is the part of the demand produced in the region; the 1st indirect effect is what its suppliers, and theirs, produce in the region in turn; the 2nd indirect effect (type II) is what the households spend of the income earned. Value added, 雇用者所得 and employees follow each sector's ratios to output. The linkage chart places every sector by its 影響力係数 (pull on other sectors when its demand grows) and 感応度係数 (push it receives when every demand grows); 1 is the average sector, bubble area is output.</source>
        <translation>直接効果は需要のうち域内で生産される分、第1次間接波及効果はその原材料などの取引先（さらにその取引先）が域内で生産する分、第2次間接波及効果（タイプII）は得られた所得から家計が支出する分です。付加価値・雇用者所得・就業者数は各部門の生産額に対する比率で求めます。影響力・感応度のグラフは、各部門を影響力係数（その部門の需要が増えたときに他部門に及ぼす影響）と感応度係数（全部門の需要が増えたときに受ける影響）で配置します。1が全部門の平均、円の面積は生産額です。</translation>
    </message>
    <message>
        <source>Economic impact</source>
        <translation>経済波及効果</translation>
    </message>
    <message>
        <source>Official, else estimated</source>
        <translation>公表表（なければ推計）</translation>
    </message>
    <message>
        <source>Estimated (FLQ)</source>
        <translation>推計表（FLQ）</translation>
    </message>
    <message>
        <source>δ of FLQ for an estimated table (regions without an official one); default 0.15, docs/io-flq-validation.md</source>
        <translation>推計表（公表表のない地域）に使うFLQの δ。既定値0.15（docs/io-flq-validation.md）</translation>
    </message>
    <message>
        <source>Type I</source>
        <translation>タイプI</translation>
    </message>
    <message>
        <source>Type II</source>
        <translation>タイプII</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>FLQ δ</source>
        <translation>FLQ δ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Consumption ratio</source>
        <translation>消費転換係数</translation>
    </message>
    <message>
        <source>消費転換係数: default 0.738, the average propensity to consume of workers' households (家計調査 2015)</source>
        <translation>消費転換係数：既定値0.738（家計調査2015年、勤労者世帯の平均消費性向）</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>波及効果</translation>
    </message>
    <message>
        <source>Linkages</source>
        <translation>影響力・感応度</translation>
    </message>
    <message>
        <source>Export impact as CSV</source>
        <translation>波及効果をCSVに書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>Output
(million yen)</source>
        <translation>生産誘発額
（百万円）</translation>
    </message>
    <message>
        <source>Value added
(million yen)</source>
        <translation>粗付加価値誘発額
（百万円）</translation>
    </message>
    <message>
        <source>雇用者所得
(million yen)</source>
        <translation>雇用者所得誘発額
（百万円）</translation>
    </message>
    <message>
        <source>Employees
(persons)</source>
        <translation>就業誘発数
（人）</translation>
    </message>
    <message>
        <source>Direct (直接効果)</source>
        <translation>直接効果</translation>
    </message>
    <message>
        <source>1st indirect (第1次間接)</source>
        <translation>第1次間接波及効果</translation>
    </message>
    <message>
        <source>2nd indirect (第2次間接)</source>
        <translation>第2次間接波及効果</translation>
    </message>
    <message>
        <source>Total (総合効果)</source>
        <translation>総合効果</translation>
    </message>
    <message>
        <source>Multiplier (波及倍率)</source>
        <translation>波及倍率</translation>
    </message>
    <message>
        <source>Output induced by sector, %1</source>
        <translation>部門別の生産誘発額（%1）</translation>
    </message>
    <message>
        <source>million yen</source>
        <translation>百万円</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直接効果</translation>
    </message>
    <message>
        <source>1st indirect</source>
        <translation>第1次間接波及効果</translation>
    </message>
    <message>
        <source>2nd indirect</source>
        <translation>第2次間接波及効果</translation>
    </message>
    <message>
        <source>Estimated table (FLQ, δ = %1)</source>
        <translation>推計表（FLQ、δ = %1）</translation>
    </message>
    <message>
        <source>Official input–output table %1</source>
        <translation>公表の産業連関表（%1年）</translation>
    </message>
    <message>
        <source>Backward and forward linkages, %1</source>
        <translation>影響力係数と感応度係数（%1）</translation>
    </message>
    <message>
        <source>Bubble area: output. Rasmussen's coefficients of the type I inverse.</source>
        <translation>円の面積：生産額。タイプIの逆行列によるラスムッセンの係数。</translation>
    </message>
    <message>
        <source> Estimated table.</source>
        <translation> 推計表。</translation>
    </message>
    <message>
        <source>Input–output table: %1</source>
        <translation>産業連関表：%1</translation>
    </message>
    <message>
        <source>Estimated with FLQ (δ = %1) from employees by industry (経済センサス)</source>
        <translation>産業別従業者数（経済センサス）からFLQ（δ = %1）で推計</translation>
    </message>
    <message>
        <source>Enter a demand or choose a template on the left.</source>
        <translation>左で需要を入力するか、テンプレートを選んでください。</translation>
    </message>
    <message>
        <source>No impact to export: enter a demand first.</source>
        <translation>書き出す波及効果がありません。先に需要を入力してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>regionlens::app::ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation>データの取り込み</translation>
    </message>
    <message>
        <source>e-Stat CSV or JSON, tidy CSV, OD table, GeoJSON, TopoJSON, GeoPackage</source>
        <translation>e-StatのCSV・JSON、整然形式CSV、OD表、GeoJSON、TopoJSON、GeoPackage</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>Detect (BOM, UTF-8, else Shift_JIS)</source>
        <translation>自動判定（BOM、UTF-8、それ以外はShift_JIS）</translation>
    </message>
    <message>
        <source>from the file (measure column or file name)</source>
        <translation>ファイルから（measure列またはファイル名）</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>ファイルから</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>すべての階層</translation>
    </message>
    <message>
        <source>Prefectures</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>detect (e.g. N03_007, pref_code)</source>
        <translation>自動判定（例: N03_007、pref_code）</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>形式(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Indicator id:</source>
        <translation>指標ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>単位(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>階層(&amp;L):</translation>
    </message>
    <message>
        <source>Boundary code &amp;property:</source>
        <translation>境界の地域コード属性(&amp;P):</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>判定結果:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Mapping and summary</source>
        <translation>対応づけと概要</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Statistics and boundaries (*.csv *.json *.geojson *.topojson *.gpkg);;All files (*)</source>
        <translation>統計と境界 (*.csv *.json *.geojson *.topojson *.gpkg);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>取り込むファイルを選んでください。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>取り込み中…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>判別できません</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>バイナリ</translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>何も保存されていません: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>キャンセルしました。何も保存されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the file; nothing was stored. See Issues.</source>
        <translation>
            <numerusform>ファイルに%n件のエラーがあり、何も保存されていません。「問題」を参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>取り込み完了: %1</translation>
    </message>
    <message>
        <source>Ready to import: %1</source>
        <translation>取り込み準備完了: %1</translation>
    </message>
    <message>
        <source>all (wide tables such as SSDSE: item codes or names, comma-separated)</source>
        <translation>すべて（SSDSEなどの横長の表: 項目コードまたは項目名をカンマ区切りで指定）</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>項目(&amp;M):</translation>
    </message>
    <message>
        <source>Indicator already in the store</source>
        <translation>ストアに既にある指標</translation>
    </message>
    <message>
        <source>The store already holds values of %1. Replace them with the file's values, or add the file's values to them (a value for the same region, year and industry is replaced)?</source>
        <translation>ストアには既に%1の値があります。ファイルの値で置き換えますか、それともファイルの値を追加しますか（同じ地域・年・産業の値は置き換えられます）？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Add to them</source>
        <translation>追加する</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %1; %n stored value(s) replaced.</source>
        <translation>
            <numerusform>インポートしました：%1。既存の値%n件を置き換えました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionlens::app::IndicatorPicker</name>
    <message>
        <source>Themes follow RESAS's maps; the list shows the theme's indicators</source>
        <translation>テーマはRESASのマップに対応します。一覧にはそのテーマの指標を表示します</translation>
    </message>
    <message>
        <source>Japanese or English name</source>
        <translation>日本語名または英語名</translation>
    </message>
    <message>
        <source>Every word must occur in the Japanese or English name, the item code or the id</source>
        <translation>入力したすべての語が日本語名・英語名・項目コード・IDのいずれかに含まれる指標を表示します</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>すべてのテーマ</translation>
    </message>
</context>
<context>
    <name>regionlens::app::IndustryView</name>
    <message>
        <source>Measure</source>
        <translation>換算</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Industry on the map</source>
        <translation>地図に表示する産業</translation>
    </message>
    <message>
        <source>LQ = 1 (national share)</source>
        <translation>特化係数 = 1（全国並み）</translation>
    </message>
    <message>
        <source>Location quotient (LQ)</source>
        <translation>特化係数（LQ）</translation>
    </message>
    <message>
        <source>Value-added LQ (specialisation)</source>
        <translation>付加価値額の特化係数（特化度）</translation>
    </message>
    <message>
        <source>Labour productivity relative to the nation</source>
        <translation>労働生産性（全国比）</translation>
    </message>
    <message>
        <source>specialised and productive</source>
        <translation>特化・高生産性</translation>
    </message>
    <message>
        <source>productive, not specialised</source>
        <translation>高生産性・非特化</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>いずれでもない</translation>
    </message>
    <message>
        <source>specialised, less productive</source>
        <translation>特化・低生産性</translation>
    </message>
    <message>
        <source>LQ ranking</source>
        <translation>特化係数ランキング</translation>
    </message>
    <message>
        <source>Earning power (稼ぐ力)</source>
        <translation>稼ぐ力</translation>
    </message>
    <message>
        <source>Table: region × industry</source>
        <translation>表: 地域 × 産業</translation>
    </message>
    <message>
        <source>Industry structure</source>
        <translation>産業構造</translation>
    </message>
    <message>
        <source>Employees (従業者数)</source>
        <translation>従業者数</translation>
    </message>
    <message>
        <source>Establishments (事業所数)</source>
        <translation>事業所数</translation>
    </message>
    <message>
        <source>Value added (県内総生産)</source>
        <translation>付加価値額（県内総生産）</translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>従業者数</translation>
    </message>
    <message>
        <source>establishments</source>
        <translation>事業所数</translation>
    </message>
    <message>
        <source>value added</source>
        <translation>付加価値額</translation>
    </message>
    <message>
        <source>Location quotients of %1, %2 (%3)</source>
        <translation>%1の特化係数（%2、%3）</translation>
    </message>
    <message>
        <source>Location quotients compared, %1 (%2)</source>
        <translation>特化係数の比較（%1、%2）</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>Sorted by the LQ of %1. Bars in blue: LQ ≥ 1.</source>
        <translation>%1の特化係数の順に並べています。青の棒: 特化係数 ≥ 1。</translation>
    </message>
    <message>
        <source>Earning power (稼ぐ力) of %1</source>
        <translation>%1の稼ぐ力</translation>
    </message>
    <message>
        <source>Value added FY%1 (県民経済計算), employees %2 (経済センサス). Bubble area ∝ employees. Logarithmic axes; dashed lines at 1.0 = national level.</source>
        <translation>付加価値額: %1年度（県民経済計算）、従業者数: %2年（経済センサス）。円の面積は従業者数に比例します。対数軸。破線（1.0）は全国水準です。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concordance used:&lt;/b&gt; value added (県民経済計算, %1 economic activities) and employees (経済センサス, JSIC divisions) are in different classifications. The JSIC divisions are summed into the activities following the Cabinet Office's correspondence table (県民経済計算標準方式, 2008SNA); K, O, Q and R are assigned whole to their main activity, and 公務 is left out because the census counts private establishments only.</source>
        <translation>&lt;b&gt;使用した対応表:&lt;/b&gt;付加価値額（県民経済計算、%1経済活動）と従業者数（経済センサス、日本標準産業分類の大分類）は分類が異なります。内閣府の対応表（県民経済計算標準方式、2008SNA）に従い、産業大分類を経済活動に集計しています。K、O、Q、Rはそれぞれ主な経済活動に一括して割り当て、経済センサスは民営事業所のみを対象とするため、公務は除いています。</translation>
    </message>
    <message>
        <source>LQ of %1 (%2, %3)</source>
        <translation>%1の特化係数（%2、%3）</translation>
    </message>
    <message>
        <source>LQ</source>
        <translation>特化係数</translation>
    </message>
    <message>
        <source>Diverging colours centred on LQ = 1.0</source>
        <translation>特化係数1.0を中心とする発散型の配色</translation>
    </message>
    <message>
        <source>&lt;p&gt;No data for this measure and year.&lt;/p&gt;</source>
        <translation>&lt;p&gt;この指標・年のデータはありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No region selected: showing %1. Click a prefecture on the map or a row of the table.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;地域が選択されていないため、%1を表示しています。地図の都道府県か表の行をクリックしてください。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In %1, no industry of %2 has LQ &gt; 1 (%3).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%2には特化係数が1を超える産業はありません（%3、%1）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In %1, %2's industries with LQ &gt; 1 (%3): %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%2で特化係数が1を超える産業（%3、%1）: %4。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1: LQ %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1: 特化係数%2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1: LQ %2, rank %3 of %4 prefectures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1: 特化係数%2、%4都道府県中%3位。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (LQ %2, productivity %3)</source>
        <translation>%1（特化係数%2、生産性%3）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Earning power&lt;/b&gt; (value added FY%1, employees %2): no activity of %3 has both a value-added LQ and a relative productivity above 1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;稼ぐ力&lt;/b&gt;（付加価値額%1年度、従業者数%2年）: %3には、付加価値額の特化係数と相対的な労働生産性がともに1を超える経済活動はありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Earning power&lt;/b&gt; (value added FY%1, employees %2): activities of %3 with both a value-added LQ and a relative productivity above 1: %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;稼ぐ力&lt;/b&gt;（付加価値額%1年度、従業者数%2年）: %3で付加価値額の特化係数と相対的な労働生産性がともに1を超える経済活動: %4。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select a region on the map, in the table or from a group; Ctrl+click compares regions.</source>
        <translation>地図、表、または地域グループから地域を選択してください。Ctrl+クリックで地域を比較できます。</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>利用条件：%1</translation>
    </message>
    <message>
        <source>%1: LQ %2 (%3, %4 %5)</source>
        <translation>%1：特化係数%2（%3、%4 %5）</translation>
    </message>
    <message>
        <source>Diverging colours centred on LQ = 1.0; shares compared with all of Japan</source>
        <translation>特化係数1.0を中心とする発散型の配色。割合は全国と比較</translation>
    </message>
    <message>
        <source>Value added (県民経済計算) is published for prefectures only: choose employees or establishments to map municipalities, or the prefecture level.</source>
        <translation>付加価値額（県民経済計算）は都道府県別にしか公表されていません。市区町村の地図には従業者数か事業所数を選ぶか、都道府県単位を選んでください。</translation>
    </message>
    <message>
        <source>Computing the municipal quotients…</source>
        <translation>市区町村の特化係数を計算しています…</translation>
    </message>
    <message>
        <source>Table: municipality × industry</source>
        <translation>表：市区町村 × 産業</translation>
    </message>
    <message>
        <source>The location quotient (LQ, 特化係数) compares an industry's share in the region with its share in Japan: LQ &gt; 1 means the industry's share in the region exceeds the national share, so the region is specialised in it; LQ &lt; 1 means it is under-represented. The ranking shows every industry of the selected region, the dashed line marks LQ = 1. The map colours all prefectures by the LQ of one industry: red above 1, blue below. In the earning-power chart (稼ぐ力) each bubble is an economic activity: to the right it earns a larger share of the region's value added than nationally, higher up each worker produces more value added than the national average of that activity, and the bubble's area shows how many people it employs. Bubbles top right are the region's strengths. Once municipal boundaries are imported, the map's level chooser shows the LQ of employees or establishments for every municipality (compared with all of Japan), optionally for one prefecture.</source>
        <translation>特化係数（LQ）は、ある産業が地域に占める割合を全国での割合と比べたものです。LQ &gt; 1はその産業の地域での割合が全国を上回る、つまり地域がその産業に特化していることを、LQ &lt; 1は全国より割合が小さいことを意味します。ランキングには選択した地域のすべての産業を示し、破線はLQ = 1の位置です。地図は1つの産業の特化係数で全都道府県を塗り分けます（1より上は赤、下は青）。稼ぐ力のグラフでは、各円が1つの経済活動を表します。右にあるほど地域の付加価値額に占める割合が全国より大きく、上にあるほど従業者1人当たりの付加価値額がその経済活動の全国平均を上回ります。円の面積は従業者数を表します。右上にある円が地域の強みです。市区町村の境界を取り込むと、地図の「単位」で市区町村を選べ、すべての市区町村の従業者数・事業所数の特化係数（全国と比較）を、必要なら1つの都道府県に絞って表示できます。</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>&lt;p&gt;Value added (県民経済計算) is published for prefectures only, so the municipal map is empty for this measure. Employees and establishments (経済センサス) are available for all municipalities.&lt;/p&gt;</source>
        <translation>&lt;p&gt;付加価値額（県民経済計算）は都道府県別にしか公表されていないため、この指標では市区町村の地図は空になります。従業者数と事業所数（経済センサス）はすべての市区町村で利用できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Computing the municipal quotients…&lt;/p&gt;</source>
        <translation>&lt;p&gt;市区町村の特化係数を計算中…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1, %2 %3: %4 of %5 municipalities of %6 have LQ &gt; 1 (shares compared with all of Japan).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1（%2、%3）：%6の%5市区町村のうち%4で特化係数が1を超えます（割合は全国と比較）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Highest: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;最も高いのは%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: no LQ (no %2 recorded).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;：特化係数なし（%2の記録がありません）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: LQ %2, rank %3 of %4 municipalities of %5.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;：特化係数%2、%5の%4市区町村中%3位。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of %2: this measure is published for prefectures only. Choose employees or establishments (経済センサス), which exist for every municipality.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%2の%1：この指標は都道府県別にしか公表されていません。すべての市区町村にある従業者数か事業所数（経済センサス）を選んでください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No %1 recorded for %2 in %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%3の%2の%1はデータにありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1: LQ %2, rank %3 of %4 municipalities.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1：特化係数%2、全国の%4市区町村中%3位。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Click a municipality on the map or a row of the table (or type its name in the region bar) to select it and see its quotients.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;地図で市区町村をクリックするか表の行を選ぶ（または地域欄に名前を入力する）と、その市区町村を選択して特化係数を表示します。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (the prefecture of %2: value added is published for prefectures only)</source>
        <translation>%1（%2を含む都道府県。付加価値額は都道府県別にしか公表されていません）</translation>
    </message>
    <message>
        <source>%1 is published for prefectures only: choose employees or establishments for a municipality</source>
        <translation>%1は都道府県別にしか公表されていません。市区町村には従業者数か事業所数を選んでください</translation>
    </message>
    <message>
        <source>Sorted by the LQ of %1; one colour per region, the dashed line at LQ = 1.</source>
        <translation>%1の特化係数の順に並べています。色は地域ごと、破線は特化係数 = 1。</translation>
    </message>
    <message>
        <source>Earning power (稼ぐ力) of %1, the prefecture of %2 (value added by prefecture only)</source>
        <translation>%1の稼ぐ力（%2を含む都道府県。付加価値額は都道府県別のみ）</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Concordance JSIC → prefectural accounts activities: Cabinet Office, Standard Method of Prefectural Accounts (2008 SNA)</source>
        <translation>対応表（日本標準産業分類 → 県民経済計算の経済活動）: 内閣府「県民経済計算標準方式（2008SNA）」</translation>
    </message>
</context>
<context>
    <name>regionlens::app::LqTableModel</name>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
</context>
<context>
    <name>regionlens::app::MainWindow</name>
    <message>
        <source>RegionLens — regional economy analysis</source>
        <translation>RegionLens — 地域経済分析</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>データストア: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Export &amp;map…</source>
        <translation>地図を書き出す(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Large fonts (projector)</source>
        <translation>大きな文字（プロジェクター用）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Data &amp;sources and licences</source>
        <translation>データの出典と利用条件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About RegionLens</source>
        <translation>RegionLensについて(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Data sources&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;データの出典&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Prefecture boundaries: Natural Earth 1:10m admin-1 (public domain), from Debian's qgis-common package.&lt;/p&gt;</source>
        <translation>&lt;p&gt;都道府県境界: Natural Earth 1:10m admin-1（パブリックドメイン）、Debianのqgis-commonパッケージより。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data sources and licences</source>
        <translation>データの出典と利用条件</translation>
    </message>
    <message>
        <source>About RegionLens</source>
        <translation>RegionLensについて</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RegionLens %1&lt;/h3&gt;&lt;p&gt;Regional economy analysis for Japan: location quotients, shift-share, population and migration.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RegionLens %1&lt;/h3&gt;&lt;p&gt;日本の地域経済分析: 特化係数、シフト・シェア分析、人口と人口移動。&lt;/p&gt;&lt;p&gt;ライセンス: GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Region report (PDF)…</source>
        <translation>地域レポート（PDF）(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>データの取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>取り込み完了: %1</translation>
    </message>
    <message>
        <source>Data catalogue</source>
        <translation>データカタログ</translation>
    </message>
    <message>
        <source>Data &amp;catalogue</source>
        <translation>データカタログ(&amp;C)</translation>
    </message>
    <message>
        <source>Region report</source>
        <translation>地域レポート</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Source (出典)</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>利用条件</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Copy &amp;figure</source>
        <translation>図をコピー(&amp;F)</translation>
    </message>
    <message>
        <source>This page has no figure to copy.</source>
        <translation>このページにはコピーできる図がありません。</translation>
    </message>
    <message>
        <source>Figure copied: %1</source>
        <translation>図をコピーしました: %1</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>レポートを%1に書き出しました</translation>
    </message>
</context>
<context>
    <name>regionlens::app::MapLevelControl</name>
    <message>
        <source>Prefectures</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Show the municipalities of one prefecture, zoomed to it</source>
        <translation>1つの都道府県の市区町村を拡大して表示します</translation>
    </message>
    <message>
        <source>All prefectures</source>
        <translation>全都道府県</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Colour the map by prefecture or by municipality</source>
        <translation>地図を都道府県別または市区町村別に塗り分けます</translation>
    </message>
    <message>
        <source>Import municipal boundaries (N03) to map municipalities</source>
        <translation>市区町村を地図にするには市区町村の境界（N03）を取り込んでください</translation>
    </message>
</context>
<context>
    <name>regionlens::app::MapOptionsBar</name>
    <message>
        <source>Page default</source>
        <translation>ページの既定</translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation>分位数</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>等間隔</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>自然分類（Jenks）</translation>
    </message>
    <message>
        <source>Standard deviations</source>
        <translation>標準偏差</translation>
    </message>
    <message>
        <source>Box map</source>
        <translation>箱ひげ図区分（ボックスマップ）</translation>
    </message>
    <message>
        <source>User breaks</source>
        <translation>任意の区切り</translation>
    </message>
    <message>
        <source>How values are grouped into colour classes</source>
        <translation>値を色の階級に分ける方法</translation>
    </message>
    <message>
        <source>Number of classes (quantiles, equal intervals, natural breaks)</source>
        <translation>階級数（分位数・等間隔・自然分類）</translation>
    </message>
    <message>
        <source>e.g. 0.8, 1, 1.2</source>
        <translation>例: 0.8, 1, 1.2</translation>
    </message>
    <message>
        <source>Inner class breaks, separated by commas</source>
        <translation>階級の区切り値（カンマ区切り）</translation>
    </message>
    <message>
        <source>Colour-blind-safe colour schemes</source>
        <translation>色覚の多様性に配慮した配色</translation>
    </message>
    <message>
        <source>Geographic</source>
        <translation>地理</translation>
    </message>
    <message>
        <source>Tile grid</source>
        <translation>タイルグリッド</translation>
    </message>
    <message>
        <source>Tile grid: each of the 47 prefectures as a square of equal size</source>
        <translation>タイルグリッド: 47都道府県を同じ大きさの正方形で表示します</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>階級区分</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>階級数</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>区切り</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>表示形式</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>階級数</translation>
    </message>
    <message>
        <source>Map options</source>
        <translation>地図の設定</translation>
    </message>
    <message>
        <source>Classification, colours and layout of this map</source>
        <translation>この地図の階級区分・配色・表示形式</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>Enter one or more breaks, separated by commas</source>
        <translation>区切り値を1つ以上、カンマ区切りで入力してください</translation>
    </message>
    <message>
        <source>Each break may appear only once</source>
        <translation>同じ区切り値は1回だけ指定できます</translation>
    </message>
    <message>
        <source>At most 11 breaks (12 classes)</source>
        <translation>区切り値は11個（12階級）までです</translation>
    </message>
    <message>
        <source>The tile grid shows prefectures only</source>
        <translation>タイルグリッドは都道府県のみ表示できます</translation>
    </message>
</context>
<context>
    <name>regionlens::app::MapView</name>
    <message>
        <source>What to show</source>
        <translation>表示する内容</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>総数</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Select a group…</source>
        <translation>地域グループを選択…</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>産業</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>男女</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Region group</source>
        <translation>地域グループ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Source:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Licence:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;出典:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;利用条件:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a prefecture on the map to see its figures and time series. Ctrl+click adds regions to compare.&lt;/p&gt;</source>
        <translation>&lt;p&gt;地図の都道府県をクリックすると、その数値と推移を表示します。Ctrl+クリックで比較する地域を追加できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No data for this selection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;この選択にはデータがありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;Rank %3 of %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;%4地域中%3位&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Map options</source>
        <translation>地図の設定</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a municipality on the map to see its figures and time series. Ctrl+click adds municipalities to compare.&lt;/p&gt;</source>
        <translation>&lt;p&gt;地図の市区町村をクリックすると、その数値と推移を表示します。Ctrl+クリックで比較する市区町村を追加できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>地図を書き出す</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>換算</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>時点比較</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measure:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;算出式：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1［%2］</translation>
    </message>
    <message>
        <source>; %1 %2</source>
        <translation>；%1は%2年</translation>
    </message>
    <message>
        <source>This measure cannot be computed: %1</source>
        <translation>この指標は算出できません：%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2 (%3)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2（%3年）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 has no figure for %2 in this indicator.&lt;/p&gt;</source>
        <translation>&lt;p&gt;この指標には%1の%2年の値がありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The map colours prefectures: choose Municipalities under Level to see %1 on the map.&lt;/p&gt;</source>
        <translation>&lt;p&gt;地図は都道府県単位で塗り分けています。%1を地図で見るには「単位」で市区町村を選んでください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The map colours prefectures because the store has no municipal boundaries: import them (国土数値情報 N03, File → Import data…) to see %1 on the map. Its time series is on the right.&lt;/p&gt;</source>
        <translation>&lt;p&gt;データストアに市区町村の境界がないため、地図は都道府県単位で塗り分けています。%1を地図で見るには境界（国土数値情報N03）を「ファイル → データの取り込み…」で取り込んでください。推移は右のグラフに示しています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>regionlens::app::MeasureControl</name>
    <message>
        <source>Divide the value by population, area, households or its parent item</source>
        <translation>値を人口・面積・世帯数または親項目で割ります</translation>
    </message>
    <message>
        <source>Value as published</source>
        <translation>公表値</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>人口1人当たり</translation>
    </message>
    <message>
        <source>Per 1,000 population</source>
        <translation>人口千人当たり</translation>
    </message>
    <message>
        <source>Per 100,000 population</source>
        <translation>人口10万人当たり</translation>
    </message>
    <message>
        <source>Per km²</source>
        <translation>面積1km²当たり</translation>
    </message>
    <message>
        <source>Per household</source>
        <translation>1世帯当たり</translation>
    </message>
    <message>
        <source>Share of the parent item</source>
        <translation>親項目に占める割合</translation>
    </message>
    <message>
        <source>The measure in the year shown, or its change since an earlier year</source>
        <translation>表示年の値、またはそれ以前の年からの変化</translation>
    </message>
    <message>
        <source>In the year</source>
        <translation>表示年の値</translation>
    </message>
    <message>
        <source>Change since</source>
        <translation>増減（基準年から）</translation>
    </message>
    <message>
        <source>Growth rate since</source>
        <translation>増減率（基準年から）</translation>
    </message>
    <message>
        <source>The earlier year</source>
        <translation>基準年</translation>
    </message>
    <message>
        <source>Values by industry are shown as published</source>
        <translation>産業別の値は公表値のまま表示します</translation>
    </message>
    <message>
        <source>A rate, an average or a price is not divided by population, area or households</source>
        <translation>率・平均・価格は人口・面積・世帯数で割りません</translation>
    </message>
    <message>
        <source>growth rate since %1</source>
        <translation>%1年からの増減率</translation>
    </message>
    <message>
        <source>change since %1</source>
        <translation>%1年からの増減</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>regionlens::app::PageFrame</name>
    <message>
        <source>What the figures say</source>
        <translation>数値から分かること</translation>
    </message>
    <message>
        <source>How to read</source>
        <translation>見方</translation>
    </message>
    <message>
        <source>&lt;b&gt;Source:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;出典:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>regionlens::app::PageMap</name>
    <message>
        <source>, municipalities</source>
        <translation>・市区町村別</translation>
    </message>
    <message>
        <source>, %1 municipalities</source>
        <translation>・%1の市区町村</translation>
    </message>
</context>
<context>
    <name>regionlens::app::PopulationView</name>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Tick regions to compare them. The first one ticked gets the pyramid.</source>
        <translation>比較する地域にチェックを入れてください。最初にチェックした地域の人口ピラミッドを表示します。</translation>
    </message>
    <message>
        <source>Index (base year = 100)</source>
        <translation>指数（基準年 = 100）</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>基準年</translation>
    </message>
    <message>
        <source>Pyramid</source>
        <translation>人口ピラミッド</translation>
    </message>
    <message>
        <source>Other year as outline</source>
        <translation>比較年を輪郭線で表示</translation>
    </message>
    <message>
        <source>Share of the total (%)</source>
        <translation>総数に占める割合（%）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n selected regions</source>
        <translation>
            <numerusform>選択した%n地域</numerusform>
        </translation>
    </message>
    <message>
        <source>Population, index (%1 = 100)</source>
        <translation>人口指数（%1年 = 100）</translation>
    </message>
    <message>
        <source>Population (census)</source>
        <translation>人口（国勢調査）</translation>
    </message>
    <message>
        <source>Census year</source>
        <translation>調査年</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人</translation>
    </message>
    <message>
        <source>% of the population of known age</source>
        <translation>年齢不詳を除く人口に占める割合（%）</translation>
    </message>
    <message>
        <source>No population by age and sex for %1 in %2.</source>
        <translation>%2年の%1の男女・年齢別人口はありません。</translation>
    </message>
    <message>
        <source>%1: population by age and sex, %2 (%3)</source>
        <translation>%1：男女・年齢別人口、%2年（%3）</translation>
    </message>
    <message>
        <source>Population by age and sex</source>
        <translation>男女・年齢別人口</translation>
    </message>
    <message>
        <source>%1 social</source>
        <translation>%1社会増減</translation>
    </message>
    <message>
        <source>%1 natural</source>
        <translation>%1自然増減</translation>
    </message>
    <message>
        <source>Social and natural change, %1</source>
        <translation>社会増減と自然増減（%1年）</translation>
    </message>
    <message>
        <source>Social change %1: net migration</source>
        <translation>%1年の社会増減
（転入超過数）</translation>
    </message>
    <message>
        <source>Social change</source>
        <translation>社会増減</translation>
    </message>
    <message>
        <source>Select prefectures to see their net migration.</source>
        <translation>都道府県を選択すると転入超過数を表示します。</translation>
    </message>
    <message>
        <source>No migration data in the store.</source>
        <translation>データストアに人口移動データがありません。</translation>
    </message>
    <message>
        <source>Natural change = births − deaths, %1.</source>
        <translation>自然増減 = 出生数 − 死亡数（%1年）。</translation>
    </message>
    <message>
        <source>Natural change (births − deaths) is not in the store, so only social change is shown.</source>
        <translation>データストアに自然増減（出生数 − 死亡数）のデータがないため、社会増減のみを表示しています。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; had %2 inhabitants in the %3 census</source>
        <translation>%3年国勢調査による&lt;b&gt;%1&lt;/b&gt;の人口は%2人</translation>
    </message>
    <message>
        <source>, %1% compared with %2 (%3)</source>
        <translation>で、%2年（%3人）比%1%</translation>
    </message>
    <message>
        <source> and %1% since %2</source>
        <translation>、%2年比では%1%</translation>
    </message>
    <message>
        <source> Its peak was %1 in %2.</source>
        <translation>ピークは%2年の%1人でした。</translation>
    </message>
    <message>
        <source> That is the highest in the series.</source>
        <translation>これは系列の中で最も多い値です。</translation>
    </message>
    <message>
        <source>Since the previous census, %1 grew fastest of the selected regions (%2%) and %3 least (%4%).</source>
        <translation>前回の国勢調査と比べると、選択した地域のうち増減率が最も高いのは%1（%2%）、最も低いのは%3（%4%）です。</translation>
    </message>
    <message>
        <source>In %1 (%2), people aged 65 and over made up %3% of %4's population of known age (15–64: %5%, under 15: %6%).</source>
        <translation>%1年（%2）の%4の人口（年齢不詳を除く）に占める65歳以上の割合は%3%でした（15～64歳: %5%、15歳未満: %6%）。</translation>
    </message>
    <message>
        <source> In %1 (%2) the share aged 65 and over was %3%, so it changed by %4 points.</source>
        <translation>%1年（%2）の65歳以上の割合は%3%で、%4ポイント変化しました。</translation>
    </message>
    <message>
        <source> The largest 5-year class is %1 (%2 people).</source>
        <translation>5歳階級で最も多いのは%1（%2人）です。</translation>
    </message>
    <message>
        <source>The store has no population by age and sex for %1 in %2.</source>
        <translation>データストアには%2年の%1の男女・年齢別人口がありません。</translation>
    </message>
    <message>
        <source>Social change: in %1, %2 gained %3 people net from other prefectures (in %4, out %5)</source>
        <translation>社会増減: %1年、%2は他都道府県から差し引き%3人の転入超過（転入%4人、転出%5人）</translation>
    </message>
    <message>
        <source>Social change: in %1, %2 lost %3 people net to other prefectures (in %4, out %5)</source>
        <translation>社会増減: %1年、%2は他都道府県へ差し引き%3人の転出超過（転入%4人、転出%5人）</translation>
    </message>
    <message>
        <source>, %1 per 1,000 inhabitants (population %2)</source>
        <translation>で、人口千人当たり%1人（人口は%2年）</translation>
    </message>
    <message>
        <source> Natural change in %1: %2.</source>
        <translation>%1年の自然増減: %2人。</translation>
    </message>
    <message>
        <source>The store has no migration flows, so social change cannot be shown.</source>
        <translation>データストアに人口移動データがないため、社会増減を表示できません。</translation>
    </message>
    <message>
        <source>Natural change (births minus deaths) is not in the store, so population change cannot be split into its natural and social parts here.</source>
        <translation>データストアに自然増減（出生数 − 死亡数）のデータがないため、ここでは人口増減を自然増減と社会増減に分けられません。</translation>
    </message>
    <message>
        <source>.</source>
        <comment>end of a sentence</comment>
        <translation>。</translation>
    </message>
    <message>
        <source>Inter-prefectural migration in %1 (住民基本台帳人口移動報告). Natural change is in the chart by year above.</source>
        <translation>%1年の都道府県間移動（住民基本台帳人口移動報告）。自然増減は上の年次グラフにあります。</translation>
    </message>
    <message>
        <source>Natural and social change by year</source>
        <translation>自然増減と社会増減の推移</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>The line chart shows the census population of each selected region (1 October, every five years). With “Index”, every line is divided by its value in the base year and multiplied by 100: lines start at 100 and show growth rather than size, so a small prefecture can be compared with Tokyo. The pyramid shows men to the left and women to the right by 5-year age class, youngest at the bottom. A wide base means many children; a base narrower than the middle means births have fallen; a heavy top means an ageing population. The black outline is the other year: where a bar reaches past it, that age class has grown. Social change is the number of people who moved in from other prefectures minus those who moved out; natural change is births minus deaths. Where the store has births, deaths and movers by year (e.g. SSDSE-B), the chart beside the population shows both per year: a line below zero is a loss, and the line farther from zero is the one that drives population change.</source>
        <translation>折れ線グラフは選択した各地域の国勢調査人口（10月1日、5年ごと）を示します。「指数」を選ぶと各線を基準年の値で割って100倍するので、どの線も100から始まり、規模ではなく伸びを表します。小さな県も東京都と比べられます。人口ピラミッドは5歳階級別に左が男性、右が女性で、下ほど若い年齢です。裾が広いのは子どもが多いこと、裾が中ほどより狭いのは出生が減ったこと、上が重いのは高齢化を意味します。黒い輪郭はもう一方の年で、棒がそれを超える年齢階級は増えています。社会増減は他の都道府県からの転入者数から転出者数を引いたもの、自然増減は出生数から死亡数を引いたものです。データストアに年ごとの出生数・死亡数・転入者数・転出者数（例：SSDSE-B）があれば、人口の横のグラフに両方を年ごとに示します。0より下の線は減少で、0から遠い方の線が人口増減を左右しています。</translation>
    </message>
    <message>
        <source>Natural change (自然増減) = %1 − %2.</source>
        <translation>自然増減 = %1 − %2。</translation>
    </message>
    <message>
        <source>Natural change (自然増減) = %1.</source>
        <translation>自然増減 = %1。</translation>
    </message>
    <message>
        <source>Births and deaths are not in the store, so natural change is not shown.</source>
        <translation>データストアに出生数・死亡数がないため、自然増減は表示していません。</translation>
    </message>
    <message>
        <source>Social change (社会増減) = %1 − %2: people moving in from and out to other prefectures; moves within a prefecture are not counted.</source>
        <translation>社会増減 = %1 − %2：他の都道府県からの転入と他の都道府県への転出。都道府県内の移動は数えません。</translation>
    </message>
    <message>
        <source>Movers in and out are not in the store, so social change by year is not shown.</source>
        <translation>データストアに転入者数・転出者数がないため、年ごとの社会増減は表示していません。</translation>
    </message>
    <message>
        <source>Groups and Japan are sums over their prefectures: their in and out then include moves between member prefectures, which cancel in the social change (for Japan as a whole it is zero).</source>
        <translation>グループと全国は構成する都道府県の合計です。転入・転出には構成都道府県どうしの移動も含まれ、社会増減では相殺されます（全国では0になります）。</translation>
    </message>
    <message>
        <source>The first 4 regions are shown.</source>
        <translation>最初の4地域を表示しています。</translation>
    </message>
    <message>
        <source>%1 has no births, deaths or movers in %2.</source>
        <translation>%1には%2の出生数・死亡数・転入転出者数がありません。</translation>
    </message>
    <message>
        <source>natural change %1 (births %2, deaths %3)</source>
        <translation>自然増減%1（出生%2、死亡%3）</translation>
    </message>
    <message>
        <source>natural change %1</source>
        <translation>自然増減%1</translation>
    </message>
    <message>
        <source>social change %1 (in %2, out %3)</source>
        <translation>社会増減%1（転入%2、転出%3）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 (%3): %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;、%2（%3）：%4。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source> Natural change is the larger of the two; together %1.</source>
        <translation>自然増減の方が大きく、合わせて%1です。</translation>
    </message>
    <message>
        <source> Social change is the larger of the two; together %1.</source>
        <translation>社会増減の方が大きく、合わせて%1です。</translation>
    </message>
    <message>
        <source> In %1 of %2 years from %3 to %4 natural change was negative; in %5 social change was positive.</source>
        <translation>%3～%4年の%2年のうち、自然増減がマイナスだったのは%1年、社会増減がプラスだったのは%5年です。</translation>
    </message>
    <message>
        <source> No births or deaths for %1 in %2 (gaps in the chart).</source>
        <translation>%1には%2の出生数・死亡数がありません（グラフの途切れ）。</translation>
    </message>
    <message>
        <source> No movers in or out for %1 in %2 (gaps in the chart).</source>
        <translation>%1には%2の転入・転出者数がありません（グラフの途切れ）。</translation>
    </message>
    <message>
        <source>Social change of %1: the store's migration flows (%2) are between prefectures, so they have no figure for a municipality. Import municipal movers in and out (住民基本台帳人口移動報告, e.g. SSDSE-A's 転入者数 and 転出者数) with File → Import data… to see it.</source>
        <translation>%1の社会増減：データストアの人口移動（%2年）は都道府県間の移動なので、市区町村の値はありません。見るには市区町村別の転入者数・転出者数（住民基本台帳人口移動報告、例：SSDSE-Aの転入者数・転出者数）を「ファイル → データの取り込み…」で取り込んでください。</translation>
    </message>
    <message>
        <source>The migration flows in the store are between prefectures: no municipal figure.</source>
        <translation>データストアの人口移動は都道府県間のため、市区町村の値はありません。</translation>
    </message>
    <message>
        <source>Population and age structure</source>
        <translation>人口と年齢構成</translation>
    </message>
    <message>
        <source>Natural and social change</source>
        <translation>自然増減と社会増減</translation>
    </message>
    <message>
        <source>Basic Resident Register</source>
        <translation>住民基本台帳</translation>
    </message>
</context>
<context>
    <name>regionlens::app::ProductivityView</name>
    <message>
        <source>&lt;p&gt;No gross prefectural product for %1 in the store.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ストアに%1の県内総生産はありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Gross prefectural product is published for prefectures: %1 is shown with the figures of %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;県内総生産は都道府県単位で公表されているため、%1については%2の値を示します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Gross prefectural product (nominal) of %1 in FY%2: %3, rank %4 of %5 prefectures; %6 since FY%7 (all prefectures %8).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1の%2年度の県内総生産（名目）は%3で、%5都道府県中%4位です。%7年度から%6（全都道府県%8）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Gross product (nominal) of %1 in FY%2: %3; %4 since FY%5 (all prefectures %6).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1の%2年度の総生産（名目）は%3です。%5年度から%4（全都道府県%6）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Largest activities: %1. Largest contributions to growth: %2; largest drags: %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;構成比の大きい経済活動：%1。成長への寄与が大きい活動：%2。押し下げが大きい活動：%3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, rank %1 of %2</source>
        <translation>、%2都道府県中%1位</translation>
    </message>
    <message>
        <source>&lt;p&gt;GDP per worker (value added of FY%1 / employees of the %2 economic census): %3%4 (all prefectures %5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;従業者1人当たり県内総生産（%1年度の付加価値÷%2年経済センサスの従業者数）は%3%4（全都道府県%5）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;In %1 it was %2 (rank %3).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1年は%2（%3位）でした。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Highest per worker: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;1人当たりが高い経済活動：%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Gross prefectural product (県内総生産, nominal) from the prefectural accounts, in fiscal years. Composition: each activity's share of the activities' sum. Contributions: each activity's change divided by the total of the start year, in percentage points; with the taxes line they add up to the growth. GDP per worker: value added of the activities other than public administration divided by the employees of private establishments in them (economic census); public schools and hospitals are not counted in the employees, so education and health read high. Rank among the 47 prefectures, 1 = highest.</source>
        <translation>県民経済計算の県内総生産（名目、年度）です。構成：経済活動の合計に占める各活動の割合。寄与度：各活動の増減を開始年度の県内総生産で割ったもの（ポイント）で、輸入品に課される税等の行と合わせると増減率になります。1人当たり県内総生産：公務を除く経済活動の付加価値を、それらの民営事業所の従業者数（経済センサス）で割ったものです。公立の学校・病院の職員は従業者数に含まれないため、教育と保健衛生は高めに出ます。順位は47都道府県中で、1位が最も高い値です。</translation>
    </message>
    <message>
        <source>Productivity and economy</source>
        <translation>生産性と経済</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Gross product</source>
        <translation>県内総生産</translation>
    </message>
    <message>
        <source>¥100 million</source>
        <translation>億円</translation>
    </message>
    <message>
        <source>Share of the activities (%)</source>
        <translation>構成比（%）</translation>
    </message>
    <message>
        <source>Contribution to growth (pt)</source>
        <translation>成長への寄与度（ポイント）</translation>
    </message>
    <message>
        <source>GDP per worker (¥10,000)</source>
        <translation>従業者1人当たり県内総生産（万円）</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>経済活動</translation>
    </message>
    <message>
        <source>Start (¥100m)</source>
        <translation>開始年度（億円）</translation>
    </message>
    <message>
        <source>End (¥100m)</source>
        <translation>終了年度（億円）</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>構成比（%）</translation>
    </message>
    <message>
        <source>Growth (%)</source>
        <translation>増減率（%）</translation>
    </message>
    <message>
        <source>Contribution (pt)</source>
        <translation>寄与度（ポイント）</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>従業者数</translation>
    </message>
    <message>
        <source>Per worker (¥10,000)</source>
        <translation>1人当たり（万円）</translation>
    </message>
    <message>
        <source>All prefectures</source>
        <translation>全都道府県</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始年度</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了年度</translation>
    </message>
    <message>
        <source>GDP trend</source>
        <translation>県内総生産の推移</translation>
    </message>
    <message>
        <source>Composition and growth</source>
        <translation>構成と寄与度</translation>
    </message>
    <message>
        <source>GDP per worker</source>
        <translation>1人当たり県内総生産</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>%1: gross product (nominal)</source>
        <translation>%1：県内総生産（名目）</translation>
    </message>
    <message>
        <source>FY%1 %2; %3 since FY%4</source>
        <translation>%1年度%2、%4年度から%3</translation>
    </message>
    <message>
        <source>Taxes less subsidies on products</source>
        <translation>輸入品に課される税・関税等</translation>
    </message>
    <message>
        <source>%1: composition, FY%2</source>
        <translation>%1：経済活動別の構成（%2年度）</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>Contributions to growth, FY%1–%2 (pt)</source>
        <translation>成長への寄与度（%1–%2年度、ポイント）</translation>
    </message>
    <message>
        <source>All activities (excl. public administration)</source>
        <translation>全産業（公務を除く）</translation>
    </message>
    <message>
        <source>%1: GDP per worker, FY%2 / census %3</source>
        <translation>%1：従業者1人当たり県内総生産（%2年度・%3年経済センサス）</translation>
    </message>
    <message>
        <source>%1: GDP per worker</source>
        <translation>%1：従業者1人当たり県内総生産</translation>
    </message>
    <message>
        <source>Rank %1 of %2 prefectures (all activities)</source>
        <translation>全産業で%2都道府県中%1位</translation>
    </message>
    <message>
        <source>Select a prefecture, a municipality (shown with its prefecture) or a group.</source>
        <translation>都道府県・市区町村（その都道府県の値を表示）・グループを選んでください。</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>利用条件：%1</translation>
    </message>
</context>
<context>
    <name>regionlens::app::ProjectionView</name>
    <message>
        <source>Population projection</source>
        <translation>将来人口</translation>
    </message>
    <message>
        <source>%1 % fewer than</source>
        <translation>より%1%少ない</translation>
    </message>
    <message>
        <source>%1 % more than</source>
        <translation>より%1%多い</translation>
    </message>
    <message>
        <source>With the current trends (the rates of %1→%2 held), &lt;b&gt;%3&lt;/b&gt; in %4 would have %5 people, %6 in %7 (%8).</source>
        <translation>現状の傾向（%1→%2年の率を維持）が続くと、&lt;b&gt;%3&lt;/b&gt;の%4年の人口は%5人で、%7年（%8人）%6見込みです。</translation>
    </message>
    <message>
        <source>Under “%1”, &lt;b&gt;%2&lt;/b&gt; in %3 would have %4 people, %5 in %6 (%7).</source>
        <translation>「%1」では、&lt;b&gt;%2&lt;/b&gt;の%3年の人口は%4人で、%6年（%7人）%5見込みです。</translation>
    </message>
    <message>
        <source>The share aged 65 and over (高齢化率) would go from %1 % to %2 %, and the working-age population (15–64) from %3 to %4 (%5); children under 15 would be %6 % of the population (%7 % in %8).</source>
        <translation>高齢化率（65歳以上人口の割合）は%1%から%2%に、生産年齢人口（15～64歳）は%3人から%4人（%5）になり、15歳未満の割合は%6%（%8年は%7%）になります。</translation>
    </message>
    <message>
        <source>If fertility reached %1 by %2</source>
        <translation>出生率が%2年までに%1に上昇すれば</translation>
    </message>
    <message>
        <source> (from %1 in %2)</source>
        <translation>（%2年は%1）</translation>
    </message>
    <message>
        <source>If net migration were zero from %1</source>
        <translation>%1年から純移動がゼロになれば</translation>
    </message>
    <message>
        <source>With both (fertility %1 by %2, no net migration from %3)</source>
        <translation>両方が実現すれば（出生率%2年に%1、%3年から純移動ゼロ）</translation>
    </message>
    <message>
        <source>Under “%1”</source>
        <translation>「%1」では</translation>
    </message>
    <message>
        <source>%1, %2 would have %3 people in %4: %5 on “%6” (%7 people), %8 in %9.</source>
        <translation>%1、%2の%4年の人口は%3人です。「%6」と比べて%5（%7人）、%9年%8。</translation>
    </message>
    <message>
        <source>A check: the %1 census counted %2 people; projected from %3 with the current trends, %4 (%5 off).</source>
        <translation>検証：%1年国勢調査の人口は%2人、%3年から現状の傾向で推計した値は%4人（差%5）。</translation>
    </message>
    <message>
        <source>On the map (%1, “%2”), the index runs from %3 in %4 to %5 in %6.</source>
        <translation>地図（%1年、「%2」）の指数は、%4の%3から%6の%5までです。</translation>
    </message>
    <message>
        <source> %1: %2, rank %3 of %4.</source>
        <translation>%1は%2で、%4地域中%3位。</translation>
    </message>
    <message>
        <source>Current trends</source>
        <translation>現状推移（パターン1）</translation>
    </message>
    <message>
        <source>Fertility %1 by %2</source>
        <translation>出生率%1（%2年）</translation>
    </message>
    <message>
        <source>Zero migration from %1</source>
        <translation>移動ゼロ（%1年〜）</translation>
    </message>
    <message>
        <source>Fertility + zero migration</source>
        <translation>出生率＋移動ゼロ</translation>
    </message>
    <message>
        <source>No projection for %1: %2</source>
        <translation>%1の推計はできません：%2</translation>
    </message>
    <message>
        <source>Tick at least one scenario to project %1.</source>
        <translation>%1を推計するには、シナリオを1つ以上選んでください。</translation>
    </message>
    <message>
        <source>No region selected: the page shows %1.</source>
        <translation>地域が選択されていないため、%1を表示しています。</translation>
    </message>
    <message>
        <source>Projected from the 住民基本台帳 population of %1 (1 January) with each prefecture's net migration rates of %2→%3 and the municipality's own child-woman ratio; net migration balanced over the %4 regions projected together.</source>
        <translation>%1年1月1日の住民基本台帳人口を基準に、都道府県の%2→%3年の純移動率と市区町村ごとの子ども女性比で推計。純移動は同時に推計した%4地域の間で均衡させています。</translation>
    </message>
    <message>
        <source>Projected from the %1 census with the net migration rates and child-woman ratio of %2→%3; net migration balanced over the %4 regions projected together.</source>
        <translation>%1年国勢調査を基準に、%2→%3年の純移動率と子ども女性比で推計。純移動は同時に推計した%4地域の間で均衡させています。</translation>
    </message>
    <message>
        <source>The projection starts from the base census and moves each 5-year age group of men and women forward five years at a time: the survivors (national life table with projected mortality), plus the region's net migration rate of the rate period, plus births estimated from the ratio of children 0–4 to women 15–49 (the cohort-component method of 国立社会保障・人口問題研究所's regional projections). In the first tab the solid line is what the censuses counted and each dashed line is a scenario: “Current trends” holds the rates of the rate period; the fertility scenarios raise the child-woman ratio in proportion to a total fertility rate moving to the target; the zero-migration scenarios set net migration to zero from the chosen year. Below it, the share aged 65 and over (高齢化率) of every scenario. The second tab shows the pyramid of the year chosen with the slider, with the base year as a black outline (where a bar stops inside the outline, that age group has shrunk), and the three age groups of the scenario chosen above. The map shows every prefecture's population in the chosen year as an index, base year = 100: below 100 means fewer people. A projection is not a forecast: it says what the assumptions imply, and it differs from the official 社人研 figures, which use other rates and assumptions.</source>
        <translation>推計は基準年の国勢調査から始め、男女・5歳階級別の人口を5年ずつ進めます。生残率（全国の生命表と将来の死亡率の改善）で生き残る人数を求め、推計の基礎期間の純移動率で転入超過・転出超過を加え、出生は0～4歳人口と15～49歳女性人口の比（子ども女性比）から求めます（国立社会保障・人口問題研究所の地域別推計と同じコーホート要因法）。最初のタブでは、実線が国勢調査の実績、破線が各シナリオです。「現状推移」は基礎期間の率を維持し、出生率のシナリオは合計特殊出生率が目標に向かう割合で子ども女性比を引き上げ、移動ゼロのシナリオは選んだ年から純移動をゼロにします。その下はシナリオごとの高齢化率（65歳以上人口の割合）です。2番目のタブは、スライダーで選んだ年の人口ピラミッド（黒枠は基準年。棒が枠より短い年齢階級は減少）と、上で選んだシナリオの年齢3区分別人口です。地図は、選んだ年の各都道府県の人口を基準年＝100の指数で示します（100未満は減少）。推計は予測ではなく、仮定から導かれる姿です。社人研の公式推計とは率や仮定が異なるため、数値も異なります。</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>by</source>
        <translation>達成年</translation>
    </message>
    <message>
        <source>Target fertility (TFR)</source>
        <translation>目標出生率（TFR）</translation>
    </message>
    <message>
        <source>Zero net migration from</source>
        <translation>純移動ゼロの開始年</translation>
    </message>
    <message>
        <source>Project to</source>
        <translation>推計の最終年</translation>
    </message>
    <message>
        <source>In a 人口ビジョン: “Current trends” is パターン1 (社人研推計準拠), fertility to 2.07 by 2040 is シミュレーション1, and with zero migration シミュレーション2. Every change recomputes at once.</source>
        <translation>人口ビジョンでは、現状推移がパターン1（社人研推計準拠）、出生率2.07（2040年）がシミュレーション1、さらに移動ゼロを加えたものがシミュレーション2に当たります。変更するとすぐに再計算します。</translation>
    </message>
    <message>
        <source>Scenario shown</source>
        <translation>表示するシナリオ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Population and ageing</source>
        <translation>人口と高齢化</translation>
    </message>
    <message>
        <source>Age structure</source>
        <translation>年齢構成</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <source>Census</source>
        <translation>国勢調査</translation>
    </message>
    <message>
        <source>%1: population, censuses and projection</source>
        <translation>%1：人口の推移と将来推計</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Share aged 65 and over (高齢化率)</source>
        <translation>高齢化率（65歳以上人口の割合）</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Age groups: %1</source>
        <translation>年齢3区分別人口：%1</translation>
    </message>
    <message>
        <source>0–14</source>
        <translation>0～14歳</translation>
    </message>
    <message>
        <source>15–64</source>
        <translation>15～64歳</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65歳以上</translation>
    </message>
    <message>
        <source>%1: population by age and sex, %2 (%3)</source>
        <translation>%1：男女・年齢別人口、%2年（%3）</translation>
    </message>
    <message>
        <source>Population by age and sex</source>
        <translation>男女・年齢別人口</translation>
    </message>
    <message>
        <source>No projection for %1.</source>
        <translation>%1の推計はありません。</translation>
    </message>
    <message>
        <source>Population index %1 (%2 = 100)</source>
        <translation>人口指数%1年（%2年＝100）</translation>
    </message>
    <message>
        <source>index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>%1; below 100 = fewer people</source>
        <translation>%1。100未満は基準年より減少</translation>
    </message>
    <message>
        <source>No municipal projection (%1).</source>
        <translation>市区町村の推計はありません（%1）。</translation>
    </message>
    <message>
        <source>Projecting the municipalities…</source>
        <translation>市区町村を推計しています…</translation>
    </message>
    <message>
        <source>Select a region or a group; the scenario panel recomputes at once.</source>
        <translation>地域またはグループを選んでください。シナリオを変えるとすぐに再計算します。</translation>
    </message>
    <message>
        <source>Survival: life table 2020 × IPSS 2023</source>
        <translation>生残率：第23回生命表（厚生労働省）×将来推計人口 令和5年推計（社人研）</translation>
    </message>
</context>
<context>
    <name>regionlens::app::ReportDialog</name>
    <message>
        <source>The report front end regionlens-report is not in %1.</source>
        <translation>レポート作成プログラムregionlens-reportが%1にありません。</translation>
    </message>
    <message>
        <source>Region report</source>
        <translation>地域レポート</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Full report (every chosen section with its figures)</source>
        <translation>完全版（選んだ章をすべて図とともに）</translation>
    </message>
    <message>
        <source>Two-page summary (key figures, strengths, growth, population, migration)</source>
        <translation>2ページの要約（主要指標・強み・成長・人口・人口移動）</translation>
    </message>
    <message>
        <source>Regions and comparison</source>
        <translation>対象地域と比較</translation>
    </message>
    <message>
        <source>Codes or names, e.g. 22, 23211</source>
        <translation>コードまたは名称（例：22, 23211）</translation>
    </message>
    <message>
        <source>One report for all of them</source>
        <translation>すべてを1つのレポートに</translation>
    </message>
    <message>
        <source>One file per region</source>
        <translation>地域ごとに1ファイル</translation>
    </message>
    <message>
        <source>Optional, e.g. 23, 14, 27</source>
        <translation>任意（例：23, 14, 27）</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>対象地域：</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>比較地域：</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>Write PDF…</source>
        <translation>PDFを書き出す…</translation>
    </message>
    <message>
        <source>Unknown region: %1</source>
        <translation>不明な地域です：%1</translation>
    </message>
    <message>
        <source>Give at least one region.</source>
        <translation>地域を1つ以上入力してください。</translation>
    </message>
    <message>
        <source>Unknown region to compare with: %1</source>
        <translation>不明な比較地域です：%1</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>章を1つ以上選んでください。</translation>
    </message>
</context>
<context>
    <name>regionlens::app::ShiftShareView</name>
    <message>
        <source>Growth</source>
        <translation>成長率</translation>
    </message>
    <message>
        <source>National component</source>
        <translation>全国成長要因</translation>
    </message>
    <message>
        <source>Industry mix</source>
        <translation>産業構造要因</translation>
    </message>
    <message>
        <source>Regional component</source>
        <translation>地域特殊要因</translation>
    </message>
    <message>
        <source>Prefecture code</source>
        <translation>都道府県コード</translation>
    </message>
    <message>
        <source>Growth rates (pt)</source>
        <translation>成長率（ポイント）</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>実数</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>換算</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始年</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Show as</source>
        <translation>表示形式</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <source>Growth factors (shift-share)</source>
        <translation>成長要因（シフト・シェア分析）</translation>
    </message>
    <message>
        <source>Employees (従業者数)</source>
        <translation>従業者数</translation>
    </message>
    <message>
        <source>Establishments (事業所数)</source>
        <translation>事業所数</translation>
    </message>
    <message>
        <source>Gross prefectural product (県内総生産)</source>
        <translation>県内総生産</translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>従業者数</translation>
    </message>
    <message>
        <source>establishments</source>
        <translation>事業所数</translation>
    </message>
    <message>
        <source>gross prefectural product</source>
        <translation>県内総生産</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>National (全国成長要因)</source>
        <translation>全国成長要因</translation>
    </message>
    <message>
        <source>Industry mix (産業構造要因)</source>
        <translation>産業構造要因</translation>
    </message>
    <message>
        <source>Regional (地域特殊要因)</source>
        <translation>地域特殊要因</translation>
    </message>
    <message>
        <source>Growth components, %1 → %2</source>
        <translation>成長要因の内訳（%1 → %2）</translation>
    </message>
    <message>
        <source>Growth rate (成長率)</source>
        <translation>成長率</translation>
    </message>
    <message>
        <source>Actual change</source>
        <translation>実際の増減</translation>
    </message>
    <message>
        <source>◆ = actual %1; the three components add up to it. Sorted by %2.</source>
        <translation>◆ = 実際の%1（3要因の合計と一致）。%2の順に並べています。</translation>
    </message>
    <message>
        <source>growth rate</source>
        <translation>成長率</translation>
    </message>
    <message>
        <source>change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>National
全国成長要因</source>
        <translation>全国
成長要因</translation>
    </message>
    <message>
        <source>Industry mix
産業構造要因</source>
        <translation>産業構造
要因</translation>
    </message>
    <message>
        <source>Regional
地域特殊要因</source>
        <translation>地域特殊
要因</translation>
    </message>
    <message>
        <source>Growth rate
成長率</source>
        <translation>成長率</translation>
    </message>
    <message>
        <source>Change
増減</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source> pt</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>Regional component (地域特殊要因), %1 → %2</source>
        <translation>地域特殊要因（%1 → %2）</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>Diverging colours centred on 0</source>
        <translation>0を中心とする発散型の配色</translation>
    </message>
    <message>
        <source>Shift-share analysis splits a region's growth between two years into three parts that add up exactly to the actual growth rate (成長率 = 全国成長要因 + 産業構造要因 + 地域特殊要因). The national component is the growth every region would have had if it grew like Japan as a whole. The industry mix is positive when the region's industries are ones that grew faster than average nationally. The regional component is what remains: positive when the region's industries grew faster than the same industries nationally, a sign of regional competitiveness. In the bars each prefecture's three parts are stacked, the diamond marks the actual growth; the waterfall shows the selected region step by step; the map colours the regional component, red above 0 and blue below.</source>
        <translation>シフト・シェア分析は、2時点間の地域の成長を3つの要因に分解します。3要因の合計は実際の成長率と正確に一致します（成長率 = 全国成長要因 + 産業構造要因 + 地域特殊要因）。全国成長要因は、その地域が全国全体と同じように成長した場合の成長です。産業構造要因は、全国で平均より速く成長した産業が地域に多い場合にプラスになります。地域特殊要因はその残りで、地域の産業が全国の同じ産業より速く成長した場合にプラスになり、地域の競争力を示します。棒グラフでは各都道府県の3要因を積み上げ、ひし形が実際の成長率を示します。ウォーターフォール図は選択した地域を段階的に示し、地図は地域特殊要因を0より上を赤、下を青で塗り分けます。</translation>
    </message>
    <message>
        <source>&lt;p&gt;No data for these years.&lt;/p&gt;</source>
        <translation>&lt;p&gt;この期間のデータはありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1→%2</source>
        <translation>%1→%2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nationally, %1 changed by %2 from %3 (sum of the 47 prefectures).&lt;/p&gt;</source>
        <translation>&lt;p&gt;全国（47都道府県の合計）では、%3の%1の変化率は%2でした。&lt;/p&gt;</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No region selected: showing %1. Click a prefecture on the map or a bar.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;地域が選択されていないため、%1を表示しています。地図の都道府県か棒をクリックしてください。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the national component</source>
        <translation>全国成長要因</translation>
    </message>
    <message>
        <source>the industry mix</source>
        <translation>産業構造要因</translation>
    </message>
    <message>
        <source>the regional component</source>
        <translation>地域特殊要因</translation>
    </message>
    <message>
        <source>&lt;p&gt;Growth %1 was %2: national %3, industry mix %4, regional %5; %6 dominates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1の成長率は%2でした（全国成長要因%3、産業構造要因%4、地域特殊要因%5）。最も影響が大きいのは%6です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Its regional component ranks %1 of %2 prefectures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;地域特殊要因は%2都道府県中%1位です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;p&gt;Largest regional components: %1. Smallest: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;地域特殊要因が大きい都道府県: %1。小さい都道府県: %2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select a region on the map or click a bar; Ctrl+click on the map compares regions.</source>
        <translation>地図で地域を選択するか、棒をクリックしてください。地図でCtrl+クリックすると地域を比較できます。</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>利用条件：%1</translation>
    </message>
    <message>
        <source>Nominal values; sum of the 16 activities (import duties not included)</source>
        <translation>名目値。16経済活動の合計（輸入品に課される税・関税を含まない）</translation>
    </message>
    <message>
        <source>%1: regional component %2</source>
        <translation>%1：地域特殊要因%2</translation>
    </message>
    <message>
        <source>Diverging colours centred on 0; national = sum of all municipalities</source>
        <translation>0を中心とする発散型の配色。全国 = 全市区町村の合計</translation>
    </message>
    <message>
        <source>%1 is published for prefectures only (or not for both years): choose employees or establishments 2016 → 2021 to map municipalities.</source>
        <translation>%1は都道府県別にしか公表されていない（または両方の年がない）ため、市区町村の地図には従業者数か事業所数（2016 → 2021）を選んでください。</translation>
    </message>
    <message>
        <source>Computing the municipal components…</source>
        <translation>市区町村の要因を計算しています…</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 is not available for municipalities in both years, so the municipal map is empty. Employees and establishments (経済センサス 2016, 2021) are.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1は両方の年について市区町村別のデータがないため、市区町村の地図は空になります。従業者数と事業所数（経済センサス2016年・2021年）は利用できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Computing the municipal components…&lt;/p&gt;</source>
        <translation>&lt;p&gt;市区町村の要因を計算中…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No municipal data for these years.&lt;/p&gt;</source>
        <translation>&lt;p&gt;この期間の市区町村のデータはありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>&lt;p&gt;Summed over all %1 municipalities, %2 changed by %3 from %4. %5 of the %6 municipalities of %7 with a growth rate have a positive regional component.&lt;/p&gt;</source>
        <translation>&lt;p&gt;全%1市区町村の合計で、%2は%4に%3変化しました。%7の成長率がある%6市区町村のうち%5で地域特殊要因がプラスです。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No growth rate (no %1 in %2, left blank on the map): %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;成長率なし（%2の%1がないため地図では空白）：%3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: growth %2 was %3 = national %4 + industry mix %5 + regional %6; its regional component ranks %7 of %8 municipalities of %9.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;：%2の成長は%3 = 全国成長要因%4 + 産業構造要因%5 + 地域特殊要因%6。地域特殊要因は%9の%8市区町村中%7位です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 is not available for municipalities in both years: choose employees or establishments (経済センサス 2016, 2021) for %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1は両年とも市区町村別のデータがありません。%2には従業者数か事業所数（経済センサス2016年・2021年）を選んでください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Its regional component ranks %1 of %2 municipalities.&lt;/p&gt;</source>
        <translation>&lt;p&gt;地域特殊要因は%2市区町村中%1位です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Click a municipality on the map (or type its name in the region bar): it becomes the selected region and the waterfall shows its components.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;地図で市区町村をクリックする（または地域欄に名前を入力する）と、その市区町村が選択地域になり、ウォーターフォール図にその要因が表示されます。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is published for prefectures only: choose employees or establishments 2016 → 2021 for a municipality</source>
        <translation>%1は都道府県別にしか公表されていません。市区町村には2016→2021年の従業者数か事業所数を選んでください</translation>
    </message>
</context>
<context>
    <name>regionlens::app::StartPage</name>
    <message>
        <source>What would you like to know about your region?</source>
        <translation>地域について何を知りたいですか？</translation>
    </message>
    <message>
        <source>Choose a region in the bar above (a prefecture or a group such as 東京圏), then a question. RegionLens opens the view that answers it and explains, with the figures, how to read it.</source>
        <translation>上のバーで地域（都道府県、または東京圏などのグループ）を選び、次に問いを選んでください。RegionLensがその問いに答える画面を開き、数値を使って見方を説明します。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
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
        <translation>その年の都道府県間移動者総数に占める割合</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>移動元</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>移動先</translation>
    </message>
    <message>
        <source>Movers</source>
        <translation>移動者数</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>構成比（%）</translation>
    </message>
</context>
<context>
    <name>regionlens::app::Workspace</name>
    <message>
        <source>Japan (no selection)</source>
        <translation>全国（選択なし）</translation>
    </message>
    <message>
        <source>Treat group as one region</source>
        <translation>グループを1地域として集計</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>図を書き出す</translation>
    </message>
    <message>
        <source>Region report…</source>
        <translation>地域レポート…</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地域:</translation>
    </message>
    <message>
        <source>Analysis themes</source>
        <translation>分析テーマ</translation>
    </message>
    <message>
        <source>Map and time series</source>
        <translation>地図と推移</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>選択中: %1</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>テーマ: %1</translation>
    </message>
    <message>
        <source>What the figures say</source>
        <translation>数値から分かること</translation>
    </message>
    <message>
        <source>How to read this page</source>
        <translation>このページの見方</translation>
    </message>
    <message>
        <source>Sources (出典)</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Each prefecture is coloured by its class; the legend gives the class bounds and how many regions fall in each. Click a region for its figures and time series, Ctrl+click to compare several.</source>
        <translation>各都道府県は属する階級の色で塗り分けています。凡例には各階級の境界値と、それぞれに含まれる地域数を示しています。地域をクリックするとその数値と推移を表示し、Ctrl+クリックで複数の地域を比較できます。</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Pick a region in the bar above, then a question on this page. Every view follows the region you select there, on a map or in a table; Ctrl+click on a map compares several regions.</source>
        <translation>上のバーで地域を選び、このページで問いを選んでください。どの画面も、バーや地図・表で選択した地域に連動します。地図でCtrl+クリックすると複数の地域を比較できます。</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>クリップボードにコピー</translation>
    </message>
    <message>
        <source>Type a prefecture, municipality or group</source>
        <translation>都道府県・市区町村・グループ名を入力</translation>
    </message>
    <message>
        <source>Type part of a name (豊田, Aichi, 名古屋圏) or a code, then choose with ↓ and Enter</source>
        <translation>名前の一部（豊田、Aichi、名古屋圏）かコードを入力し、↓とEnterで選びます</translation>
    </message>
</context>
<context>
    <name>regionlens::widgets::ChoroplethMap</name>
    <message>
        <source>No boundaries loaded</source>
        <translation>境界データが読み込まれていません</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>描画中…</translation>
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
        <translation>&lt;br/&gt;%1 → %2: %3（差し引き%4）</translation>
    </message>
    <message>
        <source>into %1</source>
        <translation>%1への転入</translation>
    </message>
    <message>
        <source>out of %1</source>
        <translation>%1からの転出</translation>
    </message>
    <message>
        <source>other flows</source>
        <translation>その他の流動</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>流動</translation>
    </message>
    <message>
        <source>Flows (%1)</source>
        <translation>流動（%1）</translation>
    </message>
    <message>
        <source>largest %1 of %2</source>
        <translation>%2件中上位%1件</translation>
    </message>
    <message>
        <source>net for %1 (in − out)</source>
        <translation>%1の転入超過（転入 − 転出）</translation>
    </message>
</context>
<context>
    <name>regionlens::widgets::LinkageChart</name>
    <message>
        <source>Backward linkage (影響力係数)</source>
        <translation>影響力係数</translation>
    </message>
    <message>
        <source>Forward linkage (感応度係数)</source>
        <translation>感応度係数</translation>
    </message>
    <message>
        <source>Pulls and supplies the economy</source>
        <translation>影響力・感応度とも大</translation>
    </message>
    <message>
        <source>Supplies other sectors</source>
        <translation>感応度が大（他部門を支える）</translation>
    </message>
    <message>
        <source>Weak links either way</source>
        <translation>影響力・感応度とも小</translation>
    </message>
    <message>
        <source>Pulls other sectors</source>
        <translation>影響力が大（他部門を引っ張る）</translation>
    </message>
    <message>
        <source>No input–output table</source>
        <translation>産業連関表がありません</translation>
    </message>
</context>
<context>
    <name>regionlens::widgets::NetBarChart</name>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
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
        <translation>黄・緑・青</translation>
    </message>
    <message>
        <source>Blues</source>
        <translation>青</translation>
    </message>
    <message>
        <source>Oranges</source>
        <translation>オレンジ</translation>
    </message>
    <message>
        <source>Blue–red (diverging)</source>
        <translation>青・赤（発散）</translation>
    </message>
    <message>
        <source>Purple–orange (diverging)</source>
        <translation>紫・オレンジ（発散）</translation>
    </message>
</context>
<context>
    <name>regionlens::widgets::PyramidChart</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>%1 (outline)</source>
        <translation>%1（輪郭線）</translation>
    </message>
</context>
<context>
    <name>regionlens::widgets::TimeSeriesChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
</TS>
