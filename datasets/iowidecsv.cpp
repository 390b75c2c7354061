// SPDX-License-Identifier: GPL-3.0-or-later
#include "iowidecsv.h"

#include "csvreader.h"
#include "importsupport.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;
using regionlens::analysis::FinalDemandKind;
using regionlens::analysis::ValueAddedKind;

namespace regionlens::datasets::iowide {
namespace {

// Names compared without case, width or spaces: "（控除）移輸入" = "(控除)移輸入".
QString key(const QString &name)
{
    QString k = importsupport::normalizeWidth(name).toLower();
    k.remove(u' ');
    k.remove(u'\u3000');
    return k;
}

bool isExports(const QString &k)
{
    static const QSet<QString> names = {u"exports"_s, u"export"_s, u"輸出"_s, u"移輸出"_s, u"輸移出"_s,
                                        u"輸出・移出"_s, u"移出"_s, u"輸出移出"_s};
    return names.contains(k);
}

bool isImports(QString k)
{
    if (k.startsWith(u"(控除)"_s))
        k = k.mid(4);
    static const QSet<QString> names = {u"imports"_s, u"import"_s, u"輸入"_s, u"移輸入"_s, u"輸移入"_s,
                                        u"輸入・移入"_s, u"移入"_s, u"輸入移入"_s};
    return names.contains(k);
}

bool isOutput(const QString &k)
{
    static const QSet<QString> names = {u"output"_s, u"totaloutput"_s, u"生産額"_s, u"県内生産額"_s,
                                        u"域内生産額"_s, u"国内生産額"_s, u"市内生産額"_s, u"地域内生産額"_s};
    return names.contains(k);
}

bool isEmployees(const QString &k)
{
    static const QSet<QString> names = {u"employees"_s, u"employment"_s, u"従業者数"_s, u"就業者数"_s,
                                        u"雇用者数"_s};
    return names.contains(k);
}

bool isSubtotal(const QString &k)
{
    static const QSet<QString> names = {
        u"内生部門計"_s, u"中間投入計"_s, u"中間需要計"_s, u"粗付加価値部門計"_s, u"粗付加価値計"_s,
        u"最終需要計"_s, u"県内最終需要計"_s, u"域内最終需要計"_s, u"国内最終需要計"_s, u"需要合計"_s,
        u"totalintermediate"_s, u"totalintermediateinputs"_s, u"totalintermediatedemand"_s,
        u"totalvalueadded"_s, u"totalfinaldemand"_s, u"totaldemand"_s};
    return names.contains(k);
}

FinalDemandKind finalDemandKind(const QString &k)
{
    if (isExports(k))
        return FinalDemandKind::Exports;
    if (k.startsWith(u"家計外消費支出"_s))
        return FinalDemandKind::HouseholdExternal;
    if (k.startsWith(u"民間消費支出"_s) || k == u"家計消費支出" || k == u"householdconsumption" ||
        k == u"consumption" || k == u"households" || k == u"household")
        return FinalDemandKind::HouseholdConsumption;
    if (k.startsWith(u"一般政府消費支出"_s) || k == u"政府消費支出" || k == u"governmentconsumption" ||
        k == u"government")
        return FinalDemandKind::GovernmentConsumption;
    if (k.contains(u"総固定資本形成"_s) || k == u"investment" || k == u"grossfixedcapitalformation")
        return FinalDemandKind::FixedCapital;
    if (k.startsWith(u"在庫純増"_s) || k == u"inventory" || k == u"changesininventories")
        return FinalDemandKind::Inventory;
    return FinalDemandKind::Other;
}

ValueAddedKind valueAddedKind(const QString &k)
{
    if (k.startsWith(u"雇用者所得"_s) || k == u"compensation" || k == u"compensationofemployees")
        return ValueAddedKind::Compensation;
    if (k.startsWith(u"家計外消費支出"_s))
        return ValueAddedKind::HouseholdExternal;
    if (k.startsWith(u"営業余剰"_s) || k == u"operatingsurplus")
        return ValueAddedKind::OperatingSurplus;
    if (k.startsWith(u"資本減耗引当"_s) || k == u"depreciation")
        return ValueAddedKind::Depreciation;
    if (k.contains(u"補助金"_s) || k == u"subsidies")
        return ValueAddedKind::Subsidies;
    if (k.startsWith(u"間接税"_s) || k == u"indirecttaxes")
        return ValueAddedKind::IndirectTaxes;
    return ValueAddedKind::Other;
}

bool decodeFile(const QString &path, QString *text, Problem *problem)
{
    *problem = {path, 0, 0, {}, {}};
    QFile file(path);
    if (!file.exists()) {
        problem->message = u"no such file"_s;
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        problem->message = u"cannot read: %1"_s.arg(file.errorString());
        return false;
    }
    importsupport::DecodedText decoded = importsupport::decodeText(file.readAll());
    if (!decoded.ok()) {
        problem->line = int(std::max<qint64>(1, decoded.errorLine));
        problem->message = decoded.error;
        return false;
    }
    *text = std::move(decoded.text);
    return true;
}

// The records of a CSV text with their lines; blank lines dropped.
struct Record
{
    QStringList fields;
    int line = 0;
};

bool records(const QString &text, const QString &file, QList<Record> *out, Problem *problem)
{
    CsvReader reader(text);
    QStringList fields;
    while (reader.next(&fields)) {
        if (!reader.errorString().isEmpty()) {
            *problem = {file, reader.line(), 0, {}, reader.errorString()};
            return false;
        }
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue;
        for (QString &f : fields)
            f = f.trimmed();
        out->append({fields, reader.line()});
    }
    if (out->isEmpty()) {
        *problem = {file, 1, 0, {}, u"the file is empty"_s};
        return false;
    }
    return true;
}

// One cell of the table: empty and nil symbols are 0.
bool number(const Record &r, int column, const QStringList &header, const QString &file, double *value,
            Problem *problem)
{
    *value = 0.0;
    if (column >= r.fields.size())
        return true;
    QString status;
    switch (importsupport::parseValue(r.fields.at(column), value, &status)) {
    case importsupport::ValueKind::Number:
        if (std::isfinite(*value))
            return true;
        break;
    case importsupport::ValueKind::Empty:
    case importsupport::ValueKind::Footnote:
        *value = 0.0;
        return true;
    case importsupport::ValueKind::Invalid:
        break;
    }
    *problem = {file, r.line, column + 1, header.value(column),
                u"\"%1\" is not a number"_s.arg(r.fields.at(column))};
    return false;
}

enum class ColumnRole { Sector, FinalDemand, Imports, Output, Skipped };
enum class RowRole { ValueAdded, Output, Employees, Skipped };

} // namespace

QString Problem::text() const
{
    QString t = file;
    if (line > 0)
        t += u':' + QString::number(line);
    t += u": "_s;
    if (column > 0)
        t += columnName.isEmpty() ? u"column %1: "_s.arg(column)
                                  : u"column %1 \"%2\": "_s.arg(column).arg(columnName);
    return t + message;
}

bool readWideTable(const QString &path, WideTable *out, Problem *problem)
{
    QString text;
    return decodeFile(path, &text, problem) && parseWideTable(text, path, out, problem);
}

bool parseWideTable(const QString &text, const QString &file, WideTable *out, Problem *problem)
{
    *out = WideTable{};
    out->file = file;
    QList<Record> rows;
    if (!records(text, file, &rows, problem))
        return false;
    const QStringList header = rows.takeFirst().fields;
    const int headerLine = 1;
    if (rows.isEmpty()) {
        *problem = {file, headerLine, 0, {}, u"no rows below the header"_s};
        return false;
    }
    const auto fail = [&](int line, int column, const QString &message) {
        *problem = {file, line, column + 1, column >= 0 ? header.value(column) : QString(), message};
        return false;
    };
    for (const Record &r : rows)
        if (r.fields.size() > header.size())
            return fail(r.line, -1, u"%1 fields, the header has %2"_s.arg(r.fields.size()).arg(header.size()));

    // Sector block: row k ↔ column k + 1.
    int n = 0;
    while (n < rows.size() && n + 1 < header.size() && !rows.at(n).fields.value(0).isEmpty() &&
           key(rows.at(n).fields.value(0)) == key(header.at(n + 1)))
        ++n;
    if (n == 0)
        return fail(rows.first().line, 0,
                    u"the first row's label \"%1\" must be the first sector, named as the second column of the "
                    u"header (\"%2\")"_s.arg(rows.first().fields.value(0), header.value(1)));
    QStringList sectors;
    QSet<QString> sectorKeys;
    for (int i = 0; i < n; ++i) {
        if (sectorKeys.contains(key(header.at(i + 1))))
            return fail(headerLine, i + 1, u"sector \"%1\" appears twice"_s.arg(header.at(i + 1)));
        sectors << header.at(i + 1);
        sectorKeys.insert(key(header.at(i + 1)));
    }

    // The other columns.
    QList<ColumnRole> roles(header.size(), ColumnRole::Skipped);
    QSet<QString> otherColumns;
    int outputColumn = -1;
    QList<int> demandColumns, importColumns;
    for (int c = 1; c < header.size(); ++c) {
        const QString k = key(header.at(c));
        if (c <= n) {
            roles[c] = ColumnRole::Sector;
            continue;
        }
        if (sectorKeys.contains(k))
            return fail(headerLine, c,
                        u"sector \"%1\" appears again after the sector block (the block is the first %2 columns, "
                        u"as many as the sector rows)"_s.arg(header.at(c)).arg(n));
        if (k.isEmpty()) {
            roles[c] = ColumnRole::Skipped;
        } else if (isSubtotal(k)) {
            out->skipped << u"column \"%1\""_s.arg(header.at(c));
        } else if (isImports(k)) {
            roles[c] = ColumnRole::Imports;
            importColumns << c;
            out->importColumns << header.at(c);
        } else if (isOutput(k)) {
            if (outputColumn >= 0)
                return fail(headerLine, c, u"a second output column"_s);
            roles[c] = ColumnRole::Output;
            outputColumn = c;
        } else {
            roles[c] = ColumnRole::FinalDemand;
            demandColumns << c;
        }
        otherColumns.insert(k);
    }

    // The other rows.
    QList<RowRole> rowRoles(rows.size(), RowRole::Skipped);
    int outputRow = -1, employeesRow = -1;
    QList<int> valueAddedRows;
    for (int r = n; r < rows.size(); ++r) {
        const Record &rec = rows.at(r);
        const QString label = rec.fields.value(0);
        const QString k = key(label);
        if (k.isEmpty())
            return fail(rec.line, 0, u"a row without a label"_s);
        if (sectorKeys.contains(k))
            return fail(rec.line, 0,
                        u"sector \"%1\" appears again after the sector rows; rows and columns of the sector block "
                        u"must be the same sectors in the same order"_s.arg(label));
        if (otherColumns.contains(k) && !isOutput(k) &&
            valueAddedKind(k) != ValueAddedKind::HouseholdExternal)   // 家計外消費支出: a row and a column
            return fail(rec.line, 0,
                        u"row \"%1\" is also a column of the header but not in the sector block: rows and columns "
                        u"of the sector block must be the same sectors in the same order"_s.arg(label));
        if (isSubtotal(k)) {
            out->skipped << u"row \"%1\""_s.arg(label);
        } else if (isOutput(k)) {
            if (outputRow >= 0)
                return fail(rec.line, 0, u"a second output row"_s);
            rowRoles[r] = RowRole::Output;
            outputRow = r;
        } else if (isEmployees(k)) {
            if (employeesRow >= 0)
                return fail(rec.line, 0, u"a second employees row"_s);
            rowRoles[r] = RowRole::Employees;
            employeesRow = r;
        } else {
            rowRoles[r] = RowRole::ValueAdded;
            valueAddedRows << r;
        }
        // Rows below the block have values in the sector columns only (and the
        // output column); anything under a final-demand or import column means
        // the block is not square.
        if (rowRoles[r] == RowRole::Skipped)
            continue;
        for (int c = n + 1; c < header.size() && c < rec.fields.size(); ++c) {
            if (roles[c] != ColumnRole::FinalDemand && roles[c] != ColumnRole::Imports)
                continue;
            double v = 0.0;
            if (!number(rec, c, header, file, &v, problem))
                return false;
            if (v != 0.0)
                return fail(rec.line, c,
                            u"row \"%1\" below the sector block has a value under the final-demand column \"%2\": "
                            u"is the sector block square? It has %3 sector columns (%4) and %5 sector rows; "
                            u"a sector row's label must equal the column in its place"_s
                                .arg(label, header.at(c))
                                .arg(n)
                                .arg(sectors.join(u", "_s))
                                .arg(n));
        }
    }

    analysis::IoTable &t = out->table;
    for (const QString &s : sectors)
        t.sectors.push_back(s.toStdString());
    t.transactions.resize(n, n);
    t.finalDemand.resize(n, demandColumns.size());
    Eigen::VectorXd imports = Eigen::VectorXd::Zero(n);
    Eigen::VectorXd outputColumnValues(n);
    for (int i = 0; i < n; ++i) {
        const Record &rec = rows.at(i);
        double v = 0.0;
        for (int j = 0; j < n; ++j) {
            if (!number(rec, j + 1, header, file, &v, problem))
                return false;
            t.transactions(i, j) = v;
        }
        for (int d = 0; d < demandColumns.size(); ++d) {
            if (!number(rec, demandColumns.at(d), header, file, &v, problem))
                return false;
            t.finalDemand(i, d) = v;
        }
        if (outputColumn >= 0) {
            if (!number(rec, outputColumn, header, file, &v, problem))
                return false;
            if (v < 0.0)
                return fail(rec.line, outputColumn, u"negative output (%1) of sector \"%2\""_s.arg(v).arg(sectors.at(i)));
            outputColumnValues(i) = v;
        }
    }
    for (int c : importColumns) {
        Eigen::VectorXd m(n);
        for (int i = 0; i < n; ++i)
            if (!number(rows.at(i), c, header, file, &m(i), problem))
                return false;
        if (m.sum() < 0.0)
            out->negatedImportColumns << header.at(c);
        imports += analysis::positiveImports(m);
    }
    if (!importColumns.isEmpty())
        t.imports = imports;
    for (int c : demandColumns) {
        const FinalDemandKind kind = finalDemandKind(key(header.at(c)));
        t.finalDemandNames.push_back(header.at(c).toStdString());
        t.finalDemandKinds.push_back(kind);
        if (kind == FinalDemandKind::Exports)
            out->exportColumns << header.at(c);
        else if (kind == FinalDemandKind::HouseholdConsumption)
            out->consumptionColumns << header.at(c);
    }

    const auto rowValues = [&](int r, Eigen::VectorXd *values) {
        values->resize(n);
        for (int j = 0; j < n; ++j)
            if (!number(rows.at(r), j + 1, header, file, &(*values)(j), problem))
                return false;
        return true;
    };
    t.valueAdded.resize(valueAddedRows.size(), n);
    for (int g = 0; g < valueAddedRows.size(); ++g) {
        Eigen::VectorXd v;
        if (!rowValues(valueAddedRows.at(g), &v))
            return false;
        t.valueAdded.row(g) = v.transpose();
        const QString label = rows.at(valueAddedRows.at(g)).fields.value(0);
        const ValueAddedKind kind = valueAddedKind(key(label));
        t.valueAddedNames.push_back(label.toStdString());
        t.valueAddedKinds.push_back(kind);
        if (kind == ValueAddedKind::Compensation)
            out->compensationRows << label;
    }
    if (employeesRow >= 0) {
        if (!rowValues(employeesRow, &t.employees))
            return false;
        for (int j = 0; j < n; ++j)
            if (t.employees(j) < 0.0)
                return fail(rows.at(employeesRow).line, j + 1, u"negative employees (%1)"_s.arg(t.employees(j)));
    }
    Eigen::VectorXd outputRowValues;
    if (outputRow >= 0) {
        if (!rowValues(outputRow, &outputRowValues))
            return false;
        for (int j = 0; j < n; ++j)
            if (outputRowValues(j) < 0.0)
                return fail(rows.at(outputRow).line, j + 1,
                            u"negative output (%1) of sector \"%2\""_s.arg(outputRowValues(j)).arg(sectors.at(j)));
    }

    if (outputColumn >= 0) {
        t.output = outputColumnValues;
        out->outputSource = u"column \"%1\""_s.arg(header.at(outputColumn));
        if (outputRow >= 0) {
            const double diff = (outputRowValues - outputColumnValues).cwiseAbs().maxCoeff();
            if (diff > 1e-9 * std::max(1.0, outputColumnValues.cwiseAbs().maxCoeff()))
                out->notes << u"the output row differs from the output column by up to %1; the column is used"_s
                                  .arg(diff, 0, 'g', 6);
        }
    } else if (outputRow >= 0) {
        t.output = outputRowValues;
        out->outputSource = u"row \"%1\""_s.arg(rows.at(outputRow).fields.value(0));
    } else {
        // Output = inputs + value added; must not be negative.
        const Eigen::VectorXd x = t.transactions.colwise().sum().transpose() +
                                  (t.valueAdded.rows() > 0 ? Eigen::VectorXd(t.valueAdded.colwise().sum().transpose())
                                                           : Eigen::VectorXd::Zero(n));
        const int lastLine = rows.last().line;
        for (int j = 0; j < n; ++j)
            if (x(j) < 0.0)
                return fail(lastLine, j + 1,
                            u"negative output (%1) of sector \"%2\", computed as inputs + value added (the file "
                            u"has no output row or column)"_s.arg(x(j)).arg(sectors.at(j)));
    }
    return true;
}

bool readDemand(const QString &path, DemandFile *out, Problem *problem)
{
    QString text;
    return decodeFile(path, &text, problem) && parseDemand(text, path, out, problem);
}

bool parseDemand(const QString &text, const QString &file, DemandFile *out, Problem *problem)
{
    *out = DemandFile{};
    out->file = file;
    QList<Record> rows;
    if (!records(text, file, &rows, problem))
        return false;
    const QStringList header = rows.takeFirst().fields;
    int sector = -1, amount = -1;
    for (int c = 0; c < header.size(); ++c) {
        const QString k = key(header.at(c));
        if (k == u"sector" || k == u"部門")
            sector = c;
        else if (k == u"amount" || k == u"demand" || k == u"金額" || k == u"需要額")
            amount = c;
    }
    if (sector < 0 || amount < 0) {
        *problem = {file, 1, 0, {},
                    u"expected the header sector,amount (found: %1)"_s.arg(header.join(u','))};
        return false;
    }
    out->sectorColumn = sector + 1;
    for (const Record &r : rows) {
        if (r.fields.size() > header.size()) {
            *problem = {file, r.line, 0, {}, u"%1 fields, the header has %2"_s.arg(r.fields.size()).arg(header.size())};
            return false;
        }
        DemandEntry e;
        e.sector = r.fields.value(sector);
        e.line = r.line;
        if (e.sector.isEmpty()) {
            *problem = {file, r.line, sector + 1, header.at(sector), u"no sector"_s};
            return false;
        }
        double v = 0.0;
        QString status;
        if (importsupport::parseValue(r.fields.value(amount), &v, &status) != importsupport::ValueKind::Number ||
            !std::isfinite(v)) {
            *problem = {file, r.line, amount + 1, header.at(amount),
                        u"\"%1\" is not a number"_s.arg(r.fields.value(amount))};
            return false;
        }
        e.amount = v;
        out->entries.append(e);
    }
    return true;
}

bool demandBySector(const DemandFile &demand, const QStringList &sectors, QVector<double> *out, Problem *problem)
{
    QHash<QString, int> index;
    for (int i = 0; i < sectors.size(); ++i)
        index.insert(key(sectors.at(i)), i);
    out->fill(0.0, sectors.size());
    for (const DemandEntry &e : demand.entries) {
        const auto it = index.constFind(key(e.sector));
        if (it == index.cend()) {
            *problem = {demand.file, e.line, demand.sectorColumn, u"sector"_s,
                        u"unknown sector \"%1\" (the table's sectors: %2)"_s.arg(e.sector, sectors.join(u", "_s))};
            return false;
        }
        (*out)[it.value()] += e.amount;
    }
    return true;
}

} // namespace regionlens::datasets::iowide
