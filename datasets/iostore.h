// SPDX-License-Identifier: GPL-3.0-or-later
// Input–output tables in the store (schema version 4: io_tables, io_items,
// io_cells) and the two layouts `import` reads into it: the wide CSV
// (iowidecsv.h, one region) and the 12-sector file of the 2015 regional
// tables (../shared/data/io_2015_regional_12sector/2015Data_Japan.csv: Japan,
// 45 prefectures and 12 cities, 百万円, with employees by sector).
#pragma once

#include "datasets/iowidecsv.h"

#include "analysis/inputoutput.h"

#include <QList>
#include <QString>

#include <optional>

namespace regionlens::datasets {
class Store;
}

namespace regionlens::datasets::iostore {

enum class TableKind { Official, Estimated };
QString tableKindKey(TableKind kind);   // "official", "estimated"

struct TableInfo
{
    qint64 id = 0;
    QString region;
    int year = 0;
    TableKind kind = TableKind::Official;
    QString unit;       // e.g. 百万円
    QString source;     // 出典
    QString licence;    // e.g. CC BY 4.0; "" when not stated
    QString note;
    int sectors = 0;
};

struct TableRecord
{
    TableInfo info;
    analysis::IoTable table;
};

// Writes (replacing the table of the same region, year and kind); must run
// inside Store::transaction(). The region must be in the store.
bool writeTable(Store &store, const TableRecord &record, QString *error);
// The stored tables (of one region when given), by region, year, kind.
QList<TableInfo> tables(const Store &store, const QString &region = QString());
// One table: the latest year when year is 0.
std::optional<TableRecord> readTable(const Store &store, const QString &region, TableKind kind, int year = 0);

// --- the 12-sector file ---
// True when a CSV header looks like 2015Data_Japan.csv (AreaID,A_1_1,…).
bool isTwelveSectorHeader(const QString &headerLine);
// The same, on the first line of a file (false when it cannot be read).
bool looksLikeTwelveSectorFile(const QString &path);
// Every area of the file as a table (region "00" for 00000, "PP" for PP000,
// the municipality code for a city), year 2015, 百万円, 出典 and licence as
// its PROVENANCE.md states per area, employees by sector from SEmp_* (2014
// 経済センサス-基礎調査, JSIC major group → IO sector). True/False cells are 1/0.
bool readTwelveSectorFile(const QString &path, QList<TableRecord> *out, iowide::Problem *problem);
// The starter pack's compact form of the same tables (scripts/compile_io_starter.py):
// cells area_id,item,value (the file's item names, employees as SEmp_NN by
// JSIC major group) and sources area_id,licence,publisher,title,url; one
// table per source row, with its 出典 (publisher, title, URL and Fukui's
// repository) and licence.
bool readTwelveSectorTidy(const QString &cellsPath, const QString &sourcesPath, QList<TableRecord> *out,
                          iowide::Problem *problem);
// The licence PROVENANCE.md states for an area ("CC BY 4.0", "CC BY 2.1 JP"
// or "" when not stated).
QString twelveSectorLicence(const QString &areaId);

} // namespace regionlens::datasets::iostore
