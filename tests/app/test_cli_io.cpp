// SPDX-License-Identifier: GPL-3.0-or-later
// regionlens-cli io multipliers / impact / circulation driven as a process on
// wide CSV files written here: Miller & Blair's two-sector table with its
// published multipliers, rejected input (exit 2 naming file, line and
// column), and the impact of a demand in a real prefecture (静岡県, 2015,
// 12 sectors) against a hand computation, step by step.
#include "clitesthelpers.h"
#include "iotestdata.h"
#include "starterstore.h"

#include "analysis/ioregional.h"
#include "datasets/iostore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;
namespace cli = regionlens::test::cli;

namespace {

const char *const kMillerBlair = regionlens::test::kMillerBlairWide;   // tests/iotestdata.h

constexpr double kTol = 1e-11;   // CSV numbers carry 12 significant digits

// The 12 sectors and the published items of the 2015 regional tables
// (../shared/data/io_2015_regional_12sector/PROVENANCE.md).
const char *const kSectors[12] = {"農林水産業", "鉱業", "製造業", "建設", "電力・ガス・水道・廃棄物処理", "商業",
                                  "金融・保険・不動産", "運輸・郵便", "情報通信", "公務", "サービス", "分類不明"};
const char *const kFinalDemand[6] = {"家計外消費支出(列)", "民間消費支出", "一般政府消費支出", "総固定資本形成",
                                     "在庫純増", "輸出・移出"};
const char *const kValueAdded[6] = {"家計外消費支出(行)", "雇用者所得", "営業余剰", "資本減耗引当", "間接税",
                                    "(控除)経常補助金"};

// One area of 2015Data_Japan.csv as raw cells (column name → text).
QHash<QString, QString> areaRow(const QString &path, const QString &area)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    const QStringList header = lines.first().trimmed().split(u',');
    for (const QString &line : lines) {
        const QStringList fields = line.trimmed().split(u',');
        if (fields.first() != area)
            continue;
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size() && c < fields.size(); ++c)
            row.insert(header.at(c), fields.at(c));
        return row;
    }
    return {};
}

double value(const QHash<QString, QString> &row, const QString &column)
{
    const QString v = row.value(column);
    return v == u"True" ? 1.0 : v == u"False" ? 0.0 : v.toDouble();   // pandas bool artefact (PROVENANCE.md)
}

// The wide CSV of one area: A_i_j, D_i_d, M_i (negative as published), Y_i, V_j_g.
QByteArray wideCsv(const QHash<QString, QString> &row)
{
    const auto num = [&](const QString &column) { return QString::number(value(row, column), 'g', 17); };
    QStringList lines;
    QStringList header{u"sector"_s};
    for (const char *s : kSectors)
        header << QString::fromUtf8(s);
    for (const char *d : kFinalDemand)
        header << QString::fromUtf8(d);
    header << u"(控除)移輸入"_s << u"県内生産額"_s;
    lines << header.join(u',');
    for (int i = 1; i <= 12; ++i) {
        QStringList f{QString::fromUtf8(kSectors[i - 1])};
        for (int j = 1; j <= 12; ++j)
            f << num(u"A_%1_%2"_s.arg(i).arg(j));
        for (int d = 1; d <= 6; ++d)
            f << num(u"D_%1_%2"_s.arg(i).arg(d));
        f << num(u"M_%1"_s.arg(i)) << num(u"Y_%1"_s.arg(i));
        lines << f.join(u',');
    }
    for (int g = 1; g <= 6; ++g) {
        QStringList f{QString::fromUtf8(kValueAdded[g - 1])};
        for (int j = 1; j <= 12; ++j)
            f << num(u"V_%1_%2"_s.arg(j).arg(g));
        lines << f.join(u',');
    }
    return (lines.join(u'\n') + u'\n').toUtf8();
}

using Vector = std::vector<double>;
using Matrix = std::vector<Vector>;

// Σ_k R^k v (the Leontief inverse applied by its power series; no LU).
Vector series(const Matrix &r, const Vector &v)
{
    Vector sum = v, term = v;
    for (int k = 0; k < 400; ++k) {
        Vector next(v.size(), 0.0);
        double largest = 0.0;
        for (std::size_t i = 0; i < v.size(); ++i) {
            for (std::size_t j = 0; j < v.size(); ++j)
                next[i] += r[i][j] * term[j];
            largest = std::max(largest, std::abs(next[i]));
        }
        term = next;
        for (std::size_t i = 0; i < v.size(); ++i)
            sum[i] += term[i];
        if (largest < 1e-15)
            break;
    }
    return sum;
}

double total(const Vector &v)
{
    double s = 0.0;
    for (double x : v)
        s += x;
    return s;
}

} // namespace

class TestCliIo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_table;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_table = cli::write(m_dir, u"mb.csv"_s, kMillerBlair);
    }

    // Output multipliers = column sums of L = (I − A)⁻¹ = [.95 .25; .2 .85] / .7575:
    // 1.518 and 1.452 as published (M&B §6.2.1); income multipliers [.3 .25] L;
    // Rasmussen 影響力係数 = column sum / mean column sum.
    void multipliersMillerBlair()
    {
        const cli::Run r = cli::run({u"io"_s, u"multipliers"_s, u"--input"_s, m_table});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.section(u'\n', 0, 0),
                 u"sector,output_multiplier,value_added_multiplier,income_multiplier,backward_linkage,forward_linkage"_s);
        const QList<cli::Row> rows = cli::parseCsv(r.out);
        QCOMPARE(rows.size(), 2);
        const cli::Row agri = cli::find(rows, {{u"sector"_s, u"Agriculture"_s}});
        const cli::Row manu = cli::find(rows, {{u"sector"_s, u"Manufacturing"_s}});
        QVERIFY(std::abs(cli::num(agri, u"output_multiplier"_s) - 1.518) < 5e-4);
        QVERIFY(std::abs(cli::num(manu, u"output_multiplier"_s) - 1.452) < 5e-4);
        RL_COMPARE_NEAR(cli::num(agri, u"output_multiplier"_s), 1.15 / 0.7575, kTol);
        RL_COMPARE_NEAR(cli::num(manu, u"output_multiplier"_s), 1.10 / 0.7575, kTol);
        RL_COMPARE_NEAR(cli::num(agri, u"income_multiplier"_s), (0.3 * 0.95 + 0.25 * 0.2) / 0.7575, kTol);
        RL_COMPARE_NEAR(cli::num(manu, u"income_multiplier"_s), (0.3 * 0.25 + 0.25 * 0.85) / 0.7575, kTol);
        RL_COMPARE_NEAR(cli::num(agri, u"value_added_multiplier"_s), 1.0, kTol);
        RL_COMPARE_NEAR(cli::num(agri, u"backward_linkage"_s), 1.15 / 1.125, kTol);
        RL_COMPARE_NEAR(cli::num(manu, u"forward_linkage"_s), 1.05 / 1.125, kTol);   // row sums 1.2, 1.05 /.7575
        QVERIFY(r.err.contains(u"note: model: closed (the table has no imports)"_s));
        QVERIFY(r.err.contains(u"note: type I"_s));
    }

    // Type II with consumption ratio .45: c·h = [.05 .4] (M&B §2.5's household
    // column); inverse (I − A − c h w)⁻¹ = [.85 .2625; .32 .835] / .62575.
    void multipliersTypeTwo()
    {
        const cli::Run r = cli::run({u"io"_s, u"multipliers"_s, u"--input"_s, m_table, u"--type"_s, u"2"_s,
                                     u"--consumption-ratio"_s, u"0.45"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<cli::Row> rows = cli::parseCsv(r.out);
        RL_COMPARE_NEAR(cli::num(cli::find(rows, {{u"sector"_s, u"Agriculture"_s}}), u"output_multiplier"_s),
                        1.17 / 0.62575, kTol);
        RL_COMPARE_NEAR(cli::num(cli::find(rows, {{u"sector"_s, u"Manufacturing"_s}}), u"output_multiplier"_s),
                        1.0975 / 0.62575, kTol);
        QVERIFY(r.err.contains(u"consumption ratio 0.45 (given)"_s));
    }

    // Σ impact = inverse × demand: 100 of demand for Manufacturing in the
    // closed table: direct 100, total = 100 × L's second column.
    void impactMillerBlair()
    {
        const QString demand = cli::write(m_dir, u"demand.csv"_s, "sector,amount\nManufacturing,100\n");
        const cli::Run r = cli::run({u"io"_s, u"impact"_s, u"--input"_s, m_table, u"--demand"_s, demand});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.section(u'\n', 0, 0), u"effect,sector,output,value_added,income"_s);
        const QList<cli::Row> rows = cli::parseCsv(r.out);
        QCOMPARE(rows.size(), 4 * 3);   // direct, indirect1, indirect2, total × (2 sectors + TOTAL)
        const auto cell = [&](const char *effect, const char *sector, const QString &column) {
            return cli::num(cli::find(rows, {{u"effect"_s, QString::fromLatin1(effect)},
                                             {u"sector"_s, QString::fromLatin1(sector)}}),
                            column);
        };
        RL_COMPARE_NEAR(cell("direct", "Manufacturing", u"output"_s), 100.0, kTol);
        RL_COMPARE_NEAR(cell("direct", "Agriculture", u"output"_s), 0.0, kTol);
        RL_COMPARE_NEAR(cell("total", "Agriculture", u"output"_s), 100 * 0.25 / 0.7575, kTol);
        RL_COMPARE_NEAR(cell("total", "Manufacturing", u"output"_s), 100 * 0.85 / 0.7575, kTol);
        RL_COMPARE_NEAR(cell("indirect1", "TOTAL", u"output"_s), 100 * 1.10 / 0.7575 - 100, kTol);
        RL_COMPARE_NEAR(cell("indirect2", "TOTAL", u"output"_s), 0.0, kTol);   // type I
        RL_COMPARE_NEAR(cell("total", "Manufacturing", u"income"_s), 0.25 * 100 * 0.85 / 0.7575, kTol);
        RL_COMPARE_NEAR(cell("total", "TOTAL", u"value_added"_s), 100.0, kTol);   // closed: all of it
        QVERIFY(r.err.contains(u"波及倍率"_s));
    }

    void circulation()
    {
        const cli::Run r = cli::run({u"io"_s, u"circulation"_s, u"--input"_s, m_table});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<cli::Row> rows = cli::parseCsv(r.out);
        const auto item = [&](const char *stage, const char *name) {
            return cli::num(cli::find(rows, {{u"stage"_s, QString::fromLatin1(stage)},
                                             {u"item"_s, QString::fromLatin1(name)}}),
                            u"value"_s);
        };
        QCOMPARE(item("production", "gross_value_added"), 2050.0);
        QCOMPARE(item("distribution", "compensation"), 800.0);
        QCOMPARE(item("expenditure", "net_exports"), 1150.0);
        QCOMPARE(item("circulation_rate", "circulation_rate"), 1.0);
    }

    // import --format io-wide stores the table; io … --region reads it back
    // through the same adapter: the same figures as --input.
    void storeTable()
    {
        const QString db = m_dir.filePath(u"store.sqlite"_s);
        QString error;
        QVERIFY2(createStarterStore(db, &error), qPrintable(error));
        {   // without the starter pack's tables: only the one imported below is stored
            regionlens::datasets::Store store;
            QVERIFY(store.open(db));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(u"DELETE FROM io_tables"_s));
        }
        const cli::Run imported = cli::run({u"import"_s, m_table, u"--format"_s, u"io-wide"_s, u"--region"_s,
                                            u"22"_s, u"--year"_s, u"2015"_s, u"--db"_s, db});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(u"input-output tables: 1 stored"_s));
        const cli::Run file = cli::run({u"io"_s, u"multipliers"_s, u"--input"_s, m_table, u"--type"_s, u"2"_s});
        const cli::Run stored =
            cli::run({u"io"_s, u"multipliers"_s, u"--region"_s, u"静岡県"_s, u"--type"_s, u"2"_s, u"--db"_s, db});
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
        QCOMPARE(stored.out, file.out);
        QVERIFY(stored.err.contains(u"official table of region 22, 2015"_s));

        const cli::Run none = cli::run({u"io"_s, u"multipliers"_s, u"--region"_s, u"13"_s, u"--db"_s, db});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(u"no official input-output table for region 13 (stored: 22 2015 official)"_s),
                 qPrintable(none.err));
        const cli::Run both = cli::run({u"io"_s, u"multipliers"_s, u"--region"_s, u"22"_s, u"--input"_s, m_table,
                                        u"--db"_s, db});
        QCOMPARE(both.exitCode, 2);
        const cli::Run noRegion = cli::run({u"import"_s, m_table, u"--format"_s, u"io-wide"_s, u"--db"_s, db});
        QCOMPARE(noRegion.exitCode, 2);
        QVERIFY(noRegion.err.contains(u"needs --region CODE and --year Y"_s));
    }

    // A fresh store has the starter pack's tables: io … --region works
    // without an import, with the table's 出典 and licence on stderr.
    void starterTables()
    {
        const QString db = m_dir.filePath(u"starter.sqlite"_s);
        QString error;
        QVERIFY2(createStarterStore(db, &error), qPrintable(error));
        const cli::Run m = cli::run({u"io"_s, u"multipliers"_s, u"--region"_s, u"22"_s, u"--db"_s, db});
        QVERIFY2(m.exitCode == 0, qPrintable(m.err));
        const QList<cli::Row> rows = cli::parseCsv(m.out);
        QCOMPARE(rows.size(), 12);
        for (const cli::Row &row : rows) {
            QVERIFY(cli::num(row, u"output_multiplier"_s) > 1.0);   // competitive imports: > 1, < closed
            QVERIFY(cli::num(row, u"employment_multiplier"_s) > 0.0);
        }
        QVERIFY2(m.err.contains(u"出典: 静岡県「平成27年（2015年）静岡県産業連関表」"_s), qPrintable(m.err));
        QVERIFY(m.err.contains(u"https://github.com/sfukui/ReagionalIOTables"_s));
        QVERIFY(m.err.contains(u"(CC BY 4.0)"_s));
        const cli::Run japan = cli::run({u"io"_s, u"circulation"_s, u"--region"_s, u"00"_s, u"--db"_s, db});
        QVERIFY2(japan.exitCode == 0, qPrintable(japan.err));
        QVERIFY(japan.err.contains(u"総務省「平成27年（2015年）産業連関表」"_s));
        const cli::Run tables = cli::run({u"io"_s, u"tables"_s, u"--db"_s, db});
        QVERIFY2(tables.exitCode == 0, qPrintable(tables.err));
        const QList<cli::Row> listed = cli::parseCsv(tables.out);
        QCOMPARE(listed.size(), 31);
        const cli::Row aichi = cli::find(listed, {{u"region"_s, u"23"_s}});
        QCOMPARE(aichi.value(u"licence"_s), u"CC BY 2.1 JP"_s);
        QVERIFY(tables.out.contains(u"23,2015,official,12,百万円,CC BY 2.1 JP,\"愛知県「平成27年（2015年）愛知県産業連関表」"_s));
        QCOMPARE(aichi.value(u"kind"_s), u"official"_s);
    }

    // --table estimated: the national table regionalised (FLQ, δ = 0.15) with
    // the store's employees 2021 by JSIC division, for 東京都 (no official
    // table), equals the engine on the same inputs; FLQ with δ = 0 equals CILQ.
    void estimatedTable()
    {
        const QString db = m_dir.filePath(u"estimated.sqlite"_s);
        QString error;
        QVERIFY2(createStarterStore(db, &error), qPrintable(error));
        const cli::Run flq = cli::run({u"io"_s, u"multipliers"_s, u"--region"_s, u"13"_s, u"--table"_s,
                                       u"estimated"_s, u"--format"_s, u"json"_s, u"--db"_s, db});
        QVERIFY2(flq.exitCode == 0, qPrintable(flq.err));
        QVERIFY2(flq.err.contains(u"ESTIMATED: FLQ, δ = 0.15 from employees 2021"_s), qPrintable(flq.err));

        namespace a = regionlens::analysis;
        regionlens::datasets::Store store;
        QVERIFY(store.openReadOnly(db));
        const auto national = regionlens::datasets::iostore::readTable(store, u"00"_s,
                                                                       regionlens::datasets::iostore::TableKind::Official);
        QVERIFY(national);
        Eigen::VectorXd ne = Eigen::VectorXd::Zero(12), re = Eigen::VectorXd::Zero(12);
        for (const regionlens::datasets::Observation &o : store.observations(
                 {u"employees"_s, 2021, regionlens::datasets::RegionLevel::Prefecture, std::nullopt, std::nullopt})) {
            const int sector = o.industry.size() == 1 ? a::ioSector12OfJsicDivision(o.industry.at(0).toLatin1()) : -1;
            if (sector < 0)
                continue;
            ne(sector) += o.value;
            if (o.region == u"13"_s)
                re(sector) += o.value;
        }
        const auto engine = [&](a::LqMethod method, double delta) {
            a::RegionalisationConfig rc;
            rc.method = method;
            rc.delta = delta;
            const a::RegionalisationResult rr = a::regionalise(a::ioModel(national->table), ne, re, rc);
            return a::ioMultipliers(rr.model, {}).output;
        };
        const auto cliOutput = [](const cli::Run &run) {
            QList<double> out;
            for (const QJsonValue &v : QJsonDocument::fromJson(run.out.toUtf8()).array())
                out << v.toObject().value(u"output_multiplier"_s).toDouble();
            return out;
        };
        const Eigen::VectorXd expected = engine(a::LqMethod::Flq, a::kDefaultFlqDelta);
        const QList<double> got = cliOutput(flq);
        QCOMPARE(got.size(), 12);
        for (int i = 0; i < 12; ++i)
            RL_COMPARE_NEAR(got.at(i), expected(i), 1e-12);

        const cli::Run cilq = cli::run({u"io"_s, u"multipliers"_s, u"--region"_s, u"13"_s, u"--table"_s,
                                        u"estimated"_s, u"--method"_s, u"cilq"_s, u"--format"_s, u"json"_s, u"--db"_s, db});
        const cli::Run delta0 = cli::run({u"io"_s, u"multipliers"_s, u"--region"_s, u"13"_s, u"--table"_s,
                                          u"estimated"_s, u"--delta"_s, u"0"_s, u"--format"_s, u"json"_s, u"--db"_s, db});
        QVERIFY2(cilq.exitCode == 0 && delta0.exitCode == 0, qPrintable(cilq.err + delta0.err));
        const QList<double> c = cliOutput(cilq), d = cliOutput(delta0);
        const Eigen::VectorXd cilqEngine = engine(a::LqMethod::Cilq, 0.0);
        for (int i = 0; i < 12; ++i) {
            RL_COMPARE_NEAR(d.at(i), c.at(i), 1e-12);
            RL_COMPARE_NEAR(c.at(i), cilqEngine(i), 1e-12);
            QVERIFY(got.at(i) <= c.at(i) + 1e-12);   // λ < 1 shrinks the coefficients
        }
        const cli::Run circulation =
            cli::run({u"io"_s, u"circulation"_s, u"--region"_s, u"13"_s, u"--table"_s, u"estimated"_s, u"--db"_s, db});
        // An estimated table has a 地域経済循環 (final demand from the population
        // share and the estimated value added, ioadapter.h), labelled ESTIMATED,
        // whose 支出 equals its 生産 and whose 域際収支 is 移輸出 − 移輸入.
        QVERIFY2(circulation.exitCode == 0, qPrintable(circulation.err));
        QVERIFY2(circulation.err.contains(u"ESTIMATED"_s), qPrintable(circulation.err));
        QVERIFY2(circulation.err.contains(u"share of the population"_s), qPrintable(circulation.err));
        QHash<QString, double> items;
        for (const QString &line : circulation.out.split(u'\n', Qt::SkipEmptyParts).mid(1)) {
            const QStringList f = line.split(u',');
            items.insert(f.at(0) + u'/' + f.at(1), f.at(2).toDouble());
        }
        QVERIFY(items.value(u"production/gross_value_added"_s) > 0.0);
        RL_COMPARE_NEAR(items.value(u"expenditure/total"_s), items.value(u"production/gross_value_added"_s), 1e-9);
        RL_COMPARE_NEAR(items.value(u"expenditure/net_exports"_s),
                        items.value(u"expenditure/exports"_s) - items.value(u"expenditure/imports"_s), 1e-9);
        const cli::Run badDelta = cli::run({u"io"_s, u"multipliers"_s, u"--region"_s, u"13"_s, u"--table"_s,
                                            u"estimated"_s, u"--delta"_s, u"x"_s, u"--db"_s, db});
        QCOMPARE(badDelta.exitCode, 2);
        const cli::Run methodOnly =
            cli::run({u"io"_s, u"multipliers"_s, u"--region"_s, u"13"_s, u"--method"_s, u"slq"_s, u"--db"_s, db});
        QCOMPARE(methodOnly.exitCode, 2);
    }

    void rejected_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("table");
        QTest::addColumn<QByteArray>("demand");
        QTest::addColumn<QString>("message");
        const QStringList multipliers{u"io"_s, u"multipliers"_s};
        const QStringList impact{u"io"_s, u"impact"_s};
        QTest::newRow("non-square block")
            << multipliers << QByteArray("sector,A,B,C,final\nA,1,2,3,10\nB,1,2,3,10\ncompensation,5,5,5,\n")
            << QByteArray() << u"t.csv:4: column 4 \"C\": "_s;
        QTest::newRow("negative output")
            << multipliers
            << QByteArray("sector,A,B,final,exports,output\nA,1,2,10,5,18\nB,1,2,10,5,-3\ncompensation,5,5,,,\n")
            << QByteArray() << u"t.csv:3: column 6 \"output\": negative output (-3) of sector \"B\""_s;
        QTest::newRow("unknown sector in the demand")
            << impact << QByteArray(kMillerBlair) << QByteArray("sector,amount\nManufacturing,5\nMining,3\n")
            << u"d.csv:3: column 1 \"sector\": unknown sector \"Mining\""_s;
        QTest::newRow("demand not a number")
            << impact << QByteArray(kMillerBlair) << QByteArray("sector,amount\nManufacturing,five\n")
            << u"d.csv:2: column 2 \"amount\": \"five\" is not a number"_s;
        QTest::newRow("no demand") << impact << QByteArray(kMillerBlair) << QByteArray() << u"give --demand"_s;
        QTest::newRow("type 3") << (multipliers + QStringList{u"--type"_s, u"3"_s}) << QByteArray(kMillerBlair)
                                << QByteArray() << u"--type must be 1 or 2"_s;
        QTest::newRow("consumption ratio 1.5")
            << (multipliers + QStringList{u"--consumption-ratio"_s, u"1.5"_s}) << QByteArray(kMillerBlair)
            << QByteArray() << u"--consumption-ratio must be a number from 0 to 1"_s;
        QTest::newRow("no subcommand") << QStringList{u"io"_s} << QByteArray(kMillerBlair) << QByteArray()
                                       << u"give a subcommand"_s;
    }

    void rejected()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, table);
        QFETCH(QByteArray, demand);
        QFETCH(QString, message);
        QTemporaryDir dir;
        args << u"--input"_s << cli::write(dir, u"t.csv"_s, table);
        if (!demand.isEmpty())
            args << u"--demand"_s << cli::write(dir, u"d.csv"_s, demand);
        const cli::Run r = cli::run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        // Paths are absolute; the message names the file by its path.
        QString err = r.err;
        err.replace(dir.path() + u'/', QString());
        QVERIFY2(err.contains(message), qPrintable(err));
    }

    // 経済波及効果 of 100 百万円 of final demand for サービス in 静岡県 (22000;
    // CC BY 4.0 per PROVENANCE.md), type II, through the CLI on a wide CSV
    // built here from the raw cells of 2015Data_Japan.csv (百万円), against a
    // hand computation that uses no LU and no engine code:
    //  1. Regional demand for sector i = Σ_j A_i_j + D_i_1..5 (final demand
    //     other than exports); m_i = −M_i ÷ that; 自給率 s_i = 1 − m_i
    //     (サービス: 1,263,646 / 7,292,425 = 0.173282, s = 0.826718).
    //  2. 直接効果 = s × demand = 82.672 (サービス only).
    //  3. Output of direct + 1st = Σ_k R^k (direct), R_ij = s_i A_i_j / Y_j
    //     (power series); 第1次間接波及効果 = that − direct = 22.465.
    //  4. Induced 雇用者所得 W = Σ_j (V_j_2 / Y_j) × output_j = 40.309.
    //  5. Consumption 0.738 × W spread as D_i_2 / Σ D_·_2, times s_i, then
    //     Σ_k R^k: 第2次間接波及効果 = 25.145.
    //  6. 総合効果 = 130.281 (波及倍率 1.576); value added and income of each
    //     effect = (Σ_g V_j_g / Y_j) and (V_j_2 / Y_j) × its output.
    void realPrefectureImpact()
    {
        const QString data = regionlens::test::sharedDataDir();
        const QString path = data + u"/io_2015_regional_12sector/2015Data_Japan.csv"_s;
        if (data.isEmpty() || !QFile::exists(path))
            QSKIP("../shared/data/io_2015_regional_12sector/2015Data_Japan.csv is absent: this test needs the "
                  "real 2015 regional input-output tables");
        const QHash<QString, QString> row = areaRow(path, u"22000"_s);
        QVERIFY(!row.isEmpty());
        const QString table = cli::write(m_dir, u"shizuoka.csv"_s, wideCsv(row));
        const QString demand = cli::write(m_dir, u"service.csv"_s, "sector,amount\nサービス,100\n");
        const cli::Run r = cli::run({u"io"_s, u"impact"_s, u"--input"_s, table, u"--demand"_s, demand, u"--type"_s,
                                     u"2"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(u"competitive imports"_s));
        QVERIFY(r.err.contains(u"negative as published: negated"_s));
        const QList<cli::Row> rows = cli::parseCsv(r.out);
        QCOMPARE(rows.size(), 4 * 13);

        // The hand computation.
        const int n = 12;
        Vector y(n), s(n), w(n), v(n), consumption(n);
        Matrix rr(n, Vector(n));
        double consumptionTotal = 0.0;
        for (int i = 1; i <= n; ++i) {
            y[i - 1] = value(row, u"Y_%1"_s.arg(i));
            double regional = 0.0;
            for (int j = 1; j <= n; ++j)
                regional += value(row, u"A_%1_%2"_s.arg(i).arg(j));
            for (int d = 1; d <= 5; ++d)
                regional += value(row, u"D_%1_%2"_s.arg(i).arg(d));
            s[i - 1] = 1.0 + value(row, u"M_%1"_s.arg(i)) / regional;   // M negative as published
            consumption[i - 1] = value(row, u"D_%1_2"_s.arg(i));
            consumptionTotal += consumption[i - 1];
            for (int g = 1; g <= 6; ++g)
                v[i - 1] += value(row, u"V_%1_%2"_s.arg(i).arg(g));
            w[i - 1] = value(row, u"V_%1_2"_s.arg(i));
        }
        for (int j = 0; j < n; ++j) {
            v[j] /= y[j];
            w[j] /= y[j];
        }
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j)
                rr[i][j] = s[i] * value(row, u"A_%1_%2"_s.arg(i + 1).arg(j + 1)) / y[j];
        QVERIFY(std::abs(s[10] - 0.826718) < 5e-7);
        Vector direct(n, 0.0);
        direct[10] = 100.0 * s[10];
        const Vector first = series(rr, direct);   // direct + 1st
        double income = 0.0;
        for (int j = 0; j < n; ++j)
            income += w[j] * first[j];
        Vector spent(n);
        for (int i = 0; i < n; ++i)
            spent[i] = s[i] * consumption[i] / consumptionTotal * 0.738 * income;
        const Vector second = series(rr, spent);

        const auto cell = [&](const QString &effect, const QString &sector, const QString &column) {
            return cli::num(cli::find(rows, {{u"effect"_s, effect}, {u"sector"_s, sector}}), column);
        };
        const double tol = 1e-9;
        for (int i = 0; i < n; ++i) {
            const QString sector = QString::fromUtf8(kSectors[i]);
            RL_COMPARE_NEAR(cell(u"direct"_s, sector, u"output"_s), direct[i], tol);
            RL_COMPARE_NEAR(cell(u"indirect1"_s, sector, u"output"_s), first[i] - direct[i], tol);
            RL_COMPARE_NEAR(cell(u"indirect2"_s, sector, u"output"_s), second[i], tol);
            RL_COMPARE_NEAR(cell(u"total"_s, sector, u"output"_s), first[i] + second[i], tol);
            RL_COMPARE_NEAR(cell(u"total"_s, sector, u"value_added"_s), v[i] * (first[i] + second[i]), tol);
            RL_COMPARE_NEAR(cell(u"total"_s, sector, u"income"_s), w[i] * (first[i] + second[i]), tol);
        }
        RL_COMPARE_NEAR(cell(u"indirect1"_s, u"TOTAL"_s, u"output"_s), total(first) - total(direct), tol);
        // The rounded figures of the comment.
        QVERIFY(std::abs(cell(u"direct"_s, u"TOTAL"_s, u"output"_s) - 82.672) < 5e-4);
        QVERIFY(std::abs(cell(u"indirect1"_s, u"TOTAL"_s, u"output"_s) - 22.465) < 5e-4);
        QVERIFY(std::abs(income - 40.309) < 5e-4);
        QVERIFY(std::abs(cell(u"indirect2"_s, u"TOTAL"_s, u"output"_s) - 25.145) < 5e-4);
        QVERIFY(std::abs(cell(u"total"_s, u"TOTAL"_s, u"output"_s) - 130.281) < 5e-4);
        QVERIFY(r.err.contains(u"波及倍率 (total ÷ direct): output 1.5758"_s));

        // Type I output multiplier of サービス = Σ_i (Σ_k R^k e_11)_i.
        const cli::Run m = cli::run({u"io"_s, u"multipliers"_s, u"--input"_s, table});
        QVERIFY2(m.exitCode == 0, qPrintable(m.err));
        Vector unit(n, 0.0);
        unit[10] = 1.0;
        RL_COMPARE_NEAR(cli::num(cli::find(cli::parseCsv(m.out), {{u"sector"_s, u"サービス"_s}}),
                                 u"output_multiplier"_s),
                        total(series(rr, unit)), tol);

        // The 12-sector file imported into a store gives the same impact for region 22.
        const QString db = m_dir.filePath(u"io12.sqlite"_s);
        QString error;
        QVERIFY2(createStarterStore(db, &error), qPrintable(error));
        const cli::Run imported = cli::run({u"import"_s, path, u"--db"_s, db});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(u"input-output tables: "_s), qPrintable(imported.out));
        const cli::Run stored = cli::run({u"io"_s, u"impact"_s, u"--region"_s, u"22"_s, u"--demand"_s, demand,
                                          u"--type"_s, u"2"_s, u"--db"_s, db});
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
        QCOMPARE(stored.out.section(u'\n', 0, 0), r.out.section(u'\n', 0, 0) + u",employees"_s);
        const QList<cli::Row> storedRows = cli::parseCsv(stored.out);
        for (const cli::Row &row : rows)
            for (const QString &column : {u"output"_s, u"value_added"_s, u"income"_s})
                RL_COMPARE_NEAR(cli::num(cli::find(storedRows, {{u"effect"_s, row.value(u"effect"_s)},
                                                                {u"sector"_s, row.value(u"sector"_s)}}),
                                         column),
                                cli::num(row, column), 1e-11);
        QVERIFY(stored.err.contains(u"(CC BY 4.0)"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliIo)
#include "test_cli_io.moc"
