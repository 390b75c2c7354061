<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <translation><numerusform>%1–%2 (%n years)</numerusform><numerusform>%1–%2 (%n years)</numerusform></translation>
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
        <translation><numerusform>%n error(s) in the file; nothing was stored. See Issues.</numerusform><numerusform>%n error(s) in the file; nothing was stored. See Issues.</numerusform></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <source>Ready to import: %1</source>
        <translation>Ready to import: %1</translation>
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
        <source>Export map</source>
        <translation>Export map</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
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
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language changes when RegionLens starts next time.</source>
        <translation>The language changes when RegionLens starts next time.</translation>
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
        <source>Prefectures</source>
        <translation>Prefectures</translation>
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
        <source>Select a group…</source>
        <translation>Select a group…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
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
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>Number of classes</translation>
    </message>
    <message>
        <source>Region group</source>
        <translation>Region group</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
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
    <name>regionlens::widgets::TimeSeriesChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
