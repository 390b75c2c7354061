<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>書き出すものがありません。</translation>
    </message>
    <message>
        <source>Cannot encode %1 as PNG.</source>
        <translation>%1 を PNG に変換できません。</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>図を書き出す</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 画像 (*.png);;SVG 画像 (*.svg);;PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>表をコピー</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV に書き出す…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV に書き出す</translation>
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
</context>
<context>
    <name>regionlens::app::CatalogModel</name>
    <message>
        <source>flows</source>
        <translation>流動</translation>
    </message>
    <message>
        <source>values</source>
        <translation>数値</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 (%n years)</source>
        <translation>
            <numerusform>%1–%2（%n 年分）</numerusform>
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
    <name>regionlens::app::ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation>データの取り込み</translation>
    </message>
    <message>
        <source>e-Stat CSV or JSON, tidy CSV, OD table, GeoJSON, TopoJSON, GeoPackage</source>
        <translation>e-Stat の CSV・JSON、整然形式 CSV、OD 表、GeoJSON、TopoJSON、GeoPackage</translation>
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
        <translation>自動判定（BOM、UTF-8、それ以外は Shift_JIS）</translation>
    </message>
    <message>
        <source>from the file (measure column or file name)</source>
        <translation>ファイルから（measure 列またはファイル名）</translation>
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
        <translation>指標 ID(&amp;I):</translation>
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
            <numerusform>ファイルに %n 件のエラーがあり、何も保存されていません。「問題」を参照してください。</numerusform>
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
        <translation>RegionLens について(&amp;A)</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>地図を書き出す</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Data sources&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;データの出典&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Prefecture boundaries: Natural Earth 1:10m admin-1 (public domain), from Debian&apos;s qgis-common package.&lt;/p&gt;</source>
        <translation>&lt;p&gt;都道府県境界: Natural Earth 1:10m admin-1（パブリックドメイン）、Debian の qgis-common パッケージより。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data sources and licences</source>
        <translation>データの出典と利用条件</translation>
    </message>
    <message>
        <source>About RegionLens</source>
        <translation>RegionLens について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RegionLens %1&lt;/h3&gt;&lt;p&gt;Regional economy analysis for Japan: location quotients, shift-share, population and migration.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RegionLens %1&lt;/h3&gt;&lt;p&gt;日本の地域経済分析: 特化係数、シフト・シェア分析、人口と人口移動。&lt;/p&gt;&lt;p&gt;ライセンス: GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language changes when RegionLens starts next time.</source>
        <translation>言語は RegionLens の次回起動時に切り替わります。</translation>
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
        <source>Prefectures</source>
        <translation>都道府県</translation>
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
        <source>Select a group…</source>
        <translation>地域グループを選択…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
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
        <translation>階層</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>階級区分</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>階級数</translation>
    </message>
    <message>
        <source>Region group</source>
        <translation>地域グループ</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>市区町村</translation>
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
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;%4 地域中 %3 位&lt;/p&gt;</translation>
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
    <name>regionlens::widgets::TimeSeriesChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
</TS>
