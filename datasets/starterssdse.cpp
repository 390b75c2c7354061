// SPDX-License-Identifier: GPL-3.0-or-later
#include "starterssdse.h"

#include "indicatorcatalog.h"
#include "store.h"

#include <QFile>
#include <QHash>

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {
namespace {

// The fields of a line (views into it); no quoting.
void splitFields(QByteArrayView line, char sep, QList<QByteArrayView> *out)
{
    out->clear();
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i)
        if (i == line.size() || line.at(i) == sep) {
            out->append(line.sliced(start, i - start));
            start = i + 1;
        }
}

// One values file: header indicator,year,<region codes>; then a row per
// indicator and year. Plain numbers, no quoting (the compiler writes them so).
bool loadValues(const Store &store, const QString &name, const QHash<QString, bool> &known, QString *error,
                qint64 *count, const std::function<bool(double)> &progress, double from, double to)
{
    QFile file(u":/regionlens/starter/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"the bundled starter table %1 is missing"_s.arg(name);
        return false;
    }
    const QByteArray data = file.readAll();
    QList<QByteArrayView> lines;   // views into data
    splitFields(data, '\n', &lines);
    if (lines.isEmpty()) {
        *error = u"%1: empty table"_s.arg(name);
        return false;
    }
    QList<QByteArrayView> regions;
    splitFields(lines.first().trimmed(), ',', &regions);
    if (regions.size() < 3 || regions.at(0) != "indicator" || regions.at(1) != "year") {
        *error = u"%1: the header must be indicator,year,<region codes>"_s.arg(name);
        return false;
    }
    static const QByteArray total = "total";
    // Rows of several lines go to the writer together (the prefectural lines
    // hold 48 values each, less than one batch of the writer's insert).
    constexpr size_t kFlush = 8192;
    std::vector<Utf8Row> rows;
    rows.reserve(kFlush + size_t(regions.size()));
    // One writer for the file, each row naming its indicator: the statements
    // are prepared and the region codes checked once, not once per indicator.
    ObservationWriter writer(store, QString());
    QByteArrayView current;
    QList<QByteArrayView> f;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        splitFields(line, ',', &f);
        const auto where = [&] { return u"%1, line %2"_s.arg(name).arg(i + 1); };
        if (f.size() != regions.size()) {
            *error = u"%1: %2 fields, expected %3"_s.arg(where()).arg(f.size()).arg(regions.size());
            return false;
        }
        bool ok = false;
        const int year = f.at(1).toInt(&ok);
        if (!ok) {
            *error = u"%1: '%2' is not a year"_s.arg(where(), QString::fromUtf8(f.at(1)));
            return false;
        }
        if (f.at(0) != current) {
            const QString id = QString::fromUtf8(f.at(0));
            if (!known.contains(id)) {
                *error = u"%1: indicator %2 is not in ssdse_items.csv"_s.arg(where(), id);
                return false;
            }
            current = f.at(0);
        }
        for (qsizetype c = 2; c < f.size(); ++c) {
            if (f.at(c).isEmpty())
                continue;   // missing: no row (never 0)
            Utf8Row r;
            r.region = regions.at(c);
            r.year = year;
            r.sex = total;
            r.indicator = current;
            r.value = f.at(c).toDouble(&ok);
            if (!ok || !std::isfinite(r.value)) {
                *error = u"%1, column %2: '%3' is not a number"_s.arg(where()).arg(c + 1).arg(
                    QString::fromUtf8(f.at(c)));
                return false;
            }
            rows.push_back(r);
        }
        if (rows.size() >= kFlush) {
            if (!writer.writeRows(rows.data(), qsizetype(rows.size()), error))
                return false;
            *count += qint64(rows.size());
            rows.clear();
        }
        if (progress && (i & 31) == 0 && !progress(from + (to - from) * double(i) / double(lines.size()))) {
            *error = u"cancelled"_s;
            return false;
        }
    }
    if (!writer.writeRows(rows.data(), qsizetype(rows.size()), error))
        return false;
    *count += qint64(rows.size());
    return true;
}

} // namespace

bool loadSsdseStarter(Store &store, QString *error, qint64 *count,
                      const std::function<bool(double)> &progress, double from, double to)
{
    QString problem;
    const QList<indicatorcatalog::BundledItem> &items = indicatorcatalog::bundledSsdseItems(&problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QHash<QString, bool> known;
    QList<IndicatorInfo> infos;
    infos.reserve(items.size());
    for (const indicatorcatalog::BundledItem &it : items) {
        infos.append(it.info);
        known.insert(it.info.id, true);
    }
    if (!store.writeIndicators(infos, error))
        return false;
    const double mid = from + (to - from) * 0.8;   // the municipal file holds ~85 % of the values
    return loadValues(store, u"ssdse_values_municipality.csv"_s, known, error, count, progress, from, mid)
           && loadValues(store, u"ssdse_values_prefecture.csv"_s, known, error, count, progress, mid, to);
}

} // namespace regionlens::datasets
