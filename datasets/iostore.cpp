// SPDX-License-Identifier: GPL-3.0-or-later
#include "iostore.h"

#include "csvreader.h"
#include "store.h"

#include "analysis/ioregional.h"

#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

using namespace Qt::StringLiterals;
using regionlens::analysis::FinalDemandKind;
using regionlens::analysis::ValueAddedKind;

namespace regionlens::datasets::iostore {
namespace {

const QList<std::pair<FinalDemandKind, QString>> &demandKeys()
{
    static const QList<std::pair<FinalDemandKind, QString>> keys = {
        {FinalDemandKind::HouseholdExternal, u"household_external"_s},
        {FinalDemandKind::HouseholdConsumption, u"household_consumption"_s},
        {FinalDemandKind::GovernmentConsumption, u"government_consumption"_s},
        {FinalDemandKind::FixedCapital, u"fixed_capital"_s},
        {FinalDemandKind::Inventory, u"inventory"_s},
        {FinalDemandKind::Exports, u"exports"_s},
        {FinalDemandKind::Other, u"other"_s}};
    return keys;
}

const QList<std::pair<ValueAddedKind, QString>> &valueAddedKeys()
{
    static const QList<std::pair<ValueAddedKind, QString>> keys = {
        {ValueAddedKind::HouseholdExternal, u"household_external"_s},
        {ValueAddedKind::Compensation, u"compensation"_s},
        {ValueAddedKind::OperatingSurplus, u"operating_surplus"_s},
        {ValueAddedKind::Depreciation, u"depreciation"_s},
        {ValueAddedKind::IndirectTaxes, u"indirect_taxes"_s},
        {ValueAddedKind::Subsidies, u"subsidies"_s},
        {ValueAddedKind::Other, u"other"_s}};
    return keys;
}

template<typename Kind>
QString keyOf(const QList<std::pair<Kind, QString>> &keys, Kind kind)
{
    for (const auto &[k, key] : keys)
        if (k == kind)
            return key;
    return u"other"_s;
}

template<typename Kind>
Kind kindOf(const QList<std::pair<Kind, QString>> &keys, const QString &key)
{
    for (const auto &[k, text] : keys)
        if (text == key)
            return k;
    return Kind::Other;
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

TableInfo infoOf(const QSqlQuery &q)
{
    TableInfo i;
    i.id = q.value(0).toLongLong();
    i.region = q.value(1).toString();
    i.year = q.value(2).toInt();
    i.kind = q.value(3).toString() == u"estimated" ? TableKind::Estimated : TableKind::Official;
    i.unit = q.value(4).toString();
    i.source = q.value(5).toString();
    i.licence = q.value(6).toString();
    i.note = q.value(7).toString();
    i.sectors = q.value(8).toInt();
    return i;
}

const QString kInfoColumns = u"t.id, t.region, t.year, t.kind, t.unit, t.source, t.licence, t.note, "
                             "(SELECT count(*) FROM io_items i WHERE i.io_table = t.id AND i.axis = 'row' "
                             "AND i.role = 'sector')"_s;

// Areas and licences as PROVENANCE.md of io_2015_regional_12sector states them (Notice.txt of the source).
const QHash<QString, QString> &licences()
{
    static const QHash<QString, QString> l = [] {
        QHash<QString, QString> h;
        for (const char *a : {"04000", "06000", "10000", "12000", "14000", "15000", "20000", "22000", "24000", "25000",
                              "26000", "27000", "28000", "30000", "35000", "41000", "42000", "43000", "44000", "45000",
                              "46000", "01100", "14100", "33100"})
            h.insert(QString::fromLatin1(a), u"CC BY 4.0"_s);
        for (const char *a : {"07000", "21000", "23000", "34000", "12100", "14130"})
            h.insert(QString::fromLatin1(a), u"CC BY 2.1 JP"_s);
        return h;
    }();
    return l;
}

} // namespace

QString tableKindKey(TableKind kind)
{
    return kind == TableKind::Estimated ? u"estimated"_s : u"official"_s;
}

bool writeTable(Store &store, const TableRecord &record, QString *error)
{
    const analysis::IoTable &t = record.table;
    const Eigen::Index n = t.sectorCount();
    QSqlQuery q(store.database());
    q.prepare(u"DELETE FROM io_tables WHERE region = ? AND year = ? AND kind = ?"_s);
    q.addBindValue(record.info.region);
    q.addBindValue(record.info.year);
    q.addBindValue(tableKindKey(record.info.kind));
    if (!exec(q, error))
        return false;
    q.prepare(u"INSERT INTO io_tables(region, year, kind, unit, source, licence, note) VALUES (?,?,?,?,?,?,?)"_s);
    const auto text = [](const QString &s) { return QVariant(s.isNull() ? u""_s : s); };   // NOT NULL columns
    for (const QVariant &v : {text(record.info.region), QVariant(record.info.year), text(tableKindKey(record.info.kind)),
                              text(record.info.unit), text(record.info.source), text(record.info.licence),
                              text(record.info.note)})
        q.addBindValue(v);
    if (!exec(q, error)) {
        *error = u"table of region %1: %2"_s.arg(record.info.region, *error);
        return false;
    }
    const qint64 id = q.lastInsertId().toLongLong();

    QSqlQuery item(store.database());
    item.prepare(u"INSERT INTO io_items(io_table, axis, position, name, role, kind) VALUES (?,?,?,?,?,?)"_s);
    const auto addItem = [&](const char *axis, int position, const std::string &name, const char *role,
                             const QString &kind) {
        item.addBindValue(id);
        item.addBindValue(QString::fromLatin1(axis));
        item.addBindValue(position);
        item.addBindValue(QString::fromStdString(name));
        item.addBindValue(QString::fromLatin1(role));
        item.addBindValue(kind.isNull() ? u""_s : kind);
        return exec(item, error);
    };
    QSqlQuery cell(store.database());
    cell.prepare(u"INSERT INTO io_cells(io_table, row, col, value) VALUES (?,?,?,?)"_s);
    const auto addCell = [&](int row, int col, double value) {
        if (value == 0.0)
            return true;
        cell.addBindValue(id);
        cell.addBindValue(row);
        cell.addBindValue(col);
        cell.addBindValue(value);
        return exec(cell, error);
    };
    // Rows: sectors, value added, [employees]; columns: sectors, final demand, [imports], [output].
    for (int i = 0; i < n; ++i)
        if (!addItem("row", i, t.sectors[i], "sector", {}) || !addItem("column", i, t.sectors[i], "sector", {}))
            return false;
    const int fd = int(t.finalDemand.cols());
    for (int d = 0; d < fd; ++d)
        if (!addItem("column", n + d, t.finalDemandNames[d], "final_demand", keyOf(demandKeys(), t.finalDemandKinds[d])))
            return false;
    const int importsColumn = t.imports.size() == n ? int(n) + fd : -1;
    const int outputColumn = t.output.size() == n ? int(n) + fd + (importsColumn >= 0 ? 1 : 0) : -1;
    if ((importsColumn >= 0 && !addItem("column", importsColumn, "imports", "imports", {})) ||
        (outputColumn >= 0 && !addItem("column", outputColumn, "output", "output", {})))
        return false;
    const int va = int(t.valueAdded.rows());
    for (int g = 0; g < va; ++g)
        if (!addItem("row", n + g, t.valueAddedNames[g], "value_added", keyOf(valueAddedKeys(), t.valueAddedKinds[g])))
            return false;
    const int employeesRow = t.employees.size() == n ? int(n) + va : -1;
    if (employeesRow >= 0 && !addItem("row", employeesRow, "employees", "employees", {}))
        return false;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j)
            if (!addCell(i, j, t.transactions(i, j)))
                return false;
        for (int d = 0; d < fd; ++d)
            if (!addCell(i, n + d, t.finalDemand(i, d)))
                return false;
        if ((importsColumn >= 0 && !addCell(i, importsColumn, t.imports(i))) ||
            (outputColumn >= 0 && !addCell(i, outputColumn, t.output(i))))
            return false;
        for (int g = 0; g < va; ++g)
            if (!addCell(n + g, i, t.valueAdded(g, i)))
                return false;
        if (employeesRow >= 0 && !addCell(employeesRow, i, t.employees(i)))
            return false;
    }
    return true;
}

QList<TableInfo> tables(const Store &store, const QString &region)
{
    QSqlQuery q(store.database());
    q.prepare(u"SELECT %1 FROM io_tables t %2 ORDER BY t.region, t.year, t.kind"_s.arg(
        kInfoColumns, region.isEmpty() ? QString() : u"WHERE t.region = ?"_s));
    if (!region.isEmpty())
        q.addBindValue(region);
    QList<TableInfo> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(infoOf(q));
    return out;
}

std::optional<TableRecord> readTable(const Store &store, const QString &region, TableKind kind, int year)
{
    QSqlQuery q(store.database());
    q.prepare(u"SELECT %1 FROM io_tables t WHERE t.region = ? AND t.kind = ? %2 ORDER BY t.year DESC LIMIT 1"_s.arg(
        kInfoColumns, year > 0 ? u"AND t.year = ?"_s : QString()));
    q.addBindValue(region);
    q.addBindValue(tableKindKey(kind));
    if (year > 0)
        q.addBindValue(year);
    if (!q.exec() || !q.next())
        return std::nullopt;
    TableRecord r;
    r.info = infoOf(q);
    analysis::IoTable &t = r.table;

    q.prepare(u"SELECT axis, position, name, role, kind FROM io_items WHERE io_table = ? ORDER BY axis, position"_s);
    q.addBindValue(r.info.id);
    if (!q.exec())
        return std::nullopt;
    QHash<int, int> demandColumn, valueAddedRow;   // position → index
    int importsColumn = -1, outputColumn = -1, employeesRow = -1;
    while (q.next()) {
        const bool row = q.value(0).toString() == u"row";
        const int position = q.value(1).toInt();
        const std::string name = q.value(2).toString().toStdString();
        const QString role = q.value(3).toString();
        const QString kind = q.value(4).toString();
        if (role == u"sector" && row) {
            t.sectors.push_back(name);
        } else if (role == u"final_demand") {
            demandColumn.insert(position, int(t.finalDemandNames.size()));
            t.finalDemandNames.push_back(name);
            t.finalDemandKinds.push_back(kindOf(demandKeys(), kind));
        } else if (role == u"value_added") {
            valueAddedRow.insert(position, int(t.valueAddedNames.size()));
            t.valueAddedNames.push_back(name);
            t.valueAddedKinds.push_back(kindOf(valueAddedKeys(), kind));
        } else if (role == u"imports") {
            importsColumn = position;
        } else if (role == u"output") {
            outputColumn = position;
        } else if (role == u"employees") {
            employeesRow = position;
        }
    }
    const int n = int(t.sectors.size());
    t.transactions = Eigen::MatrixXd::Zero(n, n);
    t.finalDemand = Eigen::MatrixXd::Zero(n, Eigen::Index(t.finalDemandNames.size()));
    t.valueAdded = Eigen::MatrixXd::Zero(Eigen::Index(t.valueAddedNames.size()), n);
    if (importsColumn >= 0)
        t.imports = Eigen::VectorXd::Zero(n);
    if (outputColumn >= 0)
        t.output = Eigen::VectorXd::Zero(n);
    if (employeesRow >= 0)
        t.employees = Eigen::VectorXd::Zero(n);

    q.prepare(u"SELECT row, col, value FROM io_cells WHERE io_table = ?"_s);
    q.addBindValue(r.info.id);
    if (!q.exec())
        return std::nullopt;
    while (q.next()) {
        const int row = q.value(0).toInt(), col = q.value(1).toInt();
        const double v = q.value(2).toDouble();
        if (row < n) {
            if (col < n)
                t.transactions(row, col) = v;
            else if (demandColumn.contains(col))
                t.finalDemand(row, demandColumn.value(col)) = v;
            else if (col == importsColumn)
                t.imports(row) = v;
            else if (col == outputColumn)
                t.output(row) = v;
        } else if (col < n) {
            if (valueAddedRow.contains(row))
                t.valueAdded(valueAddedRow.value(row), col) = v;
            else if (row == employeesRow)
                t.employees(col) = v;
        }
    }
    return r;
}

bool isTwelveSectorHeader(const QString &headerLine)
{
    return headerLine.startsWith(u"AreaID,"_s) && headerLine.contains(u",A_1_1,"_s) &&
           headerLine.contains(u",V_12_6"_s);
}

bool looksLikeTwelveSectorFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && isTwelveSectorHeader(QString::fromUtf8(file.read(64 * 1024)));
}

QString twelveSectorLicence(const QString &areaId)
{
    return licences().value(areaId);
}

namespace {

const char *const kTwelveSectors[analysis::kIoSectors12] = {
    "農林水産業", "鉱業", "製造業", "建設", "電力・ガス・水道・廃棄物処理", "商業",
    "金融・保険・不動産", "運輸・郵便", "情報通信", "公務", "サービス", "分類不明"};

// One area from its cells by the file's column names (A_i_j, D_i_d, M_i,
// V_j_g, Y_i; employees from the SEmp_* items by their JSIC major group).
TableRecord twelveSectorRecord(const QString &area, const std::function<double(const QString &)> &cell,
                               const QStringList &employeeItems)
{
    constexpr int n = analysis::kIoSectors12;
    TableRecord r;
    r.info.region = area == u"00000"_s ? u"00"_s : area.endsWith(u"000"_s) ? area.left(2) : area;
    r.info.year = 2015;
    r.info.unit = u"百万円"_s;
    r.info.licence = twelveSectorLicence(area);
    r.info.source = u"平成27年(2015年)産業連関表 (area %1), 12部門に統合: S. Fukui, ReagionalIOTables "
                    u"(https://github.com/sfukui/ReagionalIOTables)"_s.arg(area);
    r.info.note = u"employees: 2014 経済センサス-基礎調査"_s;
    analysis::IoTable &t = r.table;
    t.sectors.assign(kTwelveSectors, kTwelveSectors + n);
    t.transactions.resize(n, n);
    t.finalDemand.resize(n, 6);
    t.valueAdded.resize(6, n);
    t.imports.resize(n);
    t.output.resize(n);
    t.employees = Eigen::VectorXd::Zero(n);
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= n; ++j)
            t.transactions(i - 1, j - 1) = cell(u"A_%1_%2"_s.arg(i).arg(j));
        for (int d = 1; d <= 6; ++d)
            t.finalDemand(i - 1, d - 1) = cell(u"D_%1_%2"_s.arg(i).arg(d));
        for (int g = 1; g <= 6; ++g)
            t.valueAdded(g - 1, i - 1) = cell(u"V_%1_%2"_s.arg(i).arg(g));
        t.imports(i - 1) = cell(u"M_%1"_s.arg(i));
        t.output(i - 1) = cell(u"Y_%1"_s.arg(i));
    }
    for (const QString &item : employeeItems)
        if (const int sector = analysis::ioSector12OfJsicMajorGroup(item.mid(5, 2).toInt()); sector >= 0)
            t.employees(sector) += cell(item);
    return r;
}

bool readCsv(const QString &path, QStringList *header, QList<QStringList> *rows, QList<int> *lines,
             iowide::Problem *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = {path, 0, 0, {}, file.exists() ? u"cannot read: %1"_s.arg(file.errorString()) : u"no such file"_s};
        return false;
    }
    CsvReader reader(QString::fromUtf8(file.readAll()));
    QStringList fields;
    if (!reader.next(header)) {
        *problem = {path, 1, 0, {}, u"empty file"_s};
        return false;
    }
    while (reader.next(&fields)) {
        if (fields.size() == 1 && fields.first().isEmpty())
            continue;
        if (fields.size() != header->size()) {
            *problem = {path, reader.line(), 0, {}, u"%1 fields, the header has %2"_s.arg(fields.size()).arg(header->size())};
            return false;
        }
        rows->append(fields);
        lines->append(reader.line());
    }
    return true;
}

} // namespace

bool readTwelveSectorFile(const QString &path, QList<TableRecord> *out, iowide::Problem *problem)
{
    out->clear();
    *problem = {path, 0, 0, {}, {}};
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines;
    if (!readCsv(path, &header, &rows, &lines, problem))
        return false;
    if (!isTwelveSectorHeader(header.join(u','))) {
        *problem = {path, 1, 0, {}, u"not the 12-sector layout (AreaID, A_1_1 … V_12_6)"_s};
        return false;
    }
    QHash<QString, int> column;
    for (int c = 0; c < header.size(); ++c)
        column.insert(header.at(c), c);
    QStringList employeeItems;
    for (const QString &name : std::as_const(header))
        if (name.startsWith(u"SEmp_"_s))
            employeeItems << name;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        const QStringList &fields = rows.at(row);
        const int line = lines.at(row);
        bool failed = false;
        const auto cell = [&](const QString &name) {
            const int c = column.value(name, -1);
            if (c < 0 || failed)
                return 0.0;
            const QString &v = fields.at(c);
            if (v == u"True")
                return 1.0;   // pandas bool artefact (PROVENANCE.md)
            if (v == u"False")
                return 0.0;
            bool ok = false;
            const double d = v.toDouble(&ok);
            if (!ok && !v.isEmpty()) {
                *problem = {path, line, c + 1, name, u"\"%1\" is not a number"_s.arg(v)};
                failed = true;
            }
            return ok ? d : 0.0;
        };
        TableRecord r = twelveSectorRecord(fields.at(0), cell, employeeItems);
        if (failed)
            return false;
        analysis::IoTable &t = r.table;
        for (int i = 0; i < t.sectorCount(); ++i)
            if (t.output(i) < 0.0) {
                *problem = {path, line, column.value(u"Y_%1"_s.arg(i + 1)) + 1, u"Y_%1"_s.arg(i + 1),
                            u"negative output (%1)"_s.arg(t.output(i))};
                return false;
            }
        t.imports = analysis::positiveImports(t.imports);
        analysis::setJapaneseTableItems(t);
        out->append(std::move(r));
    }
    return true;
}

bool readTwelveSectorTidy(const QString &cellsPath, const QString &sourcesPath, QList<TableRecord> *out,
                          iowide::Problem *problem)
{
    out->clear();
    QStringList header, sourceHeader;
    QList<QStringList> rows, sources;
    QList<int> lines, sourceLines;
    if (!readCsv(cellsPath, &header, &rows, &lines, problem) ||
        !readCsv(sourcesPath, &sourceHeader, &sources, &sourceLines, problem))
        return false;
    if (header != QStringList{u"area_id"_s, u"item"_s, u"value"_s} ||
        sourceHeader != QStringList{u"area_id"_s, u"licence"_s, u"publisher"_s, u"title"_s, u"url"_s}) {
        *problem = {header.size() == 3 ? sourcesPath : cellsPath, 1, 0, {}, u"unexpected header"_s};
        return false;
    }
    QHash<QString, QHash<QString, double>> cells;   // area → item → value
    QHash<QString, QStringList> employeeItems;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        bool ok = false;
        const double v = rows.at(i).at(2).toDouble(&ok);
        if (!ok) {
            *problem = {cellsPath, lines.at(i), 3, u"value"_s, u"\"%1\" is not a number"_s.arg(rows.at(i).at(2))};
            return false;
        }
        const QString &area = rows.at(i).at(0), &item = rows.at(i).at(1);
        cells[area].insert(item, v);
        if (item.startsWith(u"SEmp_"_s))
            employeeItems[area] << item;
    }
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QStringList &s = sources.at(i);
        if (!cells.contains(s.at(0))) {
            *problem = {sourcesPath, sourceLines.at(i), 1, u"area_id"_s, u"no cells for area %1"_s.arg(s.at(0))};
            return false;
        }
        const QHash<QString, double> &values = cells.value(s.at(0));
        TableRecord r = twelveSectorRecord(s.at(0), [&](const QString &name) { return values.value(name); },
                                           employeeItems.value(s.at(0)));
        r.info.licence = s.at(1);
        r.info.source = u"%1「%2」(%3) を S. Fukui, ReagionalIOTables (https://github.com/sfukui/ReagionalIOTables) "
                        u"が12部門に統合したもの"_s.arg(s.at(2), s.at(3), s.at(4));
        r.table.imports = analysis::positiveImports(r.table.imports);
        analysis::setJapaneseTableItems(r.table);
        out->append(std::move(r));
    }
    return true;
}

} // namespace regionlens::datasets::iostore
