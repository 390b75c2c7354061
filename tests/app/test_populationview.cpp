// SPDX-License-Identifier: GPL-3.0-or-later
// The 人口 / Population page standalone on a fresh starter store: the shared
// selection drives the series and the pyramid, the commentary states
// published census figures, figures export to PNG, SVG and PDF, and a
// screenshot of the page is written to out/. With the real SSDSE-B file
// imported, natural vs social change by year equals the file's births −
// deaths and in − out.
#include "testhelpers.h"
#include "pagetesthelpers.h"

#include "datasets/importer.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"
#include "exportsupport.h"
#include "populationview.h"
#include "regionselection.h"
#include "widgets/netbarchart.h"
#include "widgets/pyramidchart.h"
#include "widgets/timeserieschart.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace regionlens;
namespace population = regionlens::datasets::population;

class TestPopulationView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    datasets::Store m_store;
    datasets::Store m_ssdse;   // starter pack + SSDSE-B-2025, opened by the first test that needs it
    QString m_ssdseSkip;

    // The starter store with the real SSDSE-B-2025 file imported; false (and
    // m_ssdseSkip set) when the shared data folder is absent.
    bool ssdseStore()
    {
        if (m_ssdse.isOpen())
            return true;
        const QString data = test::sharedDataDir();
        const QString file = data + u"/ssdse_b_pref_timeseries/original_cp932/SSDSE-B-2025.csv"_s;
        if (data.isEmpty() || !QFile::exists(file)) {
            m_ssdseSkip = u"../shared/data/ssdse_b_pref_timeseries is absent: this test needs SSDSE-B-2025.csv"_s;
            return false;
        }
        QString error;
        if (!datasets::openOrCreateStore(m_ssdse, m_dir.filePath(u"ssdse.sqlite"_s), &error))
            qFatal("%s", qPrintable(error));
        datasets::ImportRequest request;
        request.fileName = file;
        const datasets::ImportResult result = datasets::readImport(request);
        if (!result.ok() || !datasets::commitImport(m_ssdse, result, &error))
            qFatal("SSDSE-B import failed: %s %s", qPrintable(result.errorString()), qPrintable(error));
        return true;
    }

    static bool settle(const app::PopulationView &view)
    {
        return QTest::qWaitFor([&view] { return !view.isBusy(); }, 10000);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(datasets::openOrCreateStore(m_store, m_dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
    }

    void pageBasics()
    {
        app::RegionSelection selection;
        app::PopulationView view(m_store, selection, true);
        QCOMPARE(view.pageId(), u"population"_s);
        QVERIFY(!view.title().isEmpty());
        QVERIFY(view.howToRead().size() > 200);
        QVERIFY(settle(view));
        // Nothing selected: Japan as a whole, 2020 census 126,146,099 (総務省統計局).
        QCOMPARE(view.seriesChart()->seriesCount(), 1);
        QCOMPARE(view.result().series.first().lastYear, 2020);
        QCOMPARE(view.result().series.first().lastValue, 126146099.0);
        QVERIFY(view.sources().join(u' ').contains(u"国勢調査"_s));
    }

    void selectingTokyoShowsItsPyramid()
    {
        app::RegionSelection selection;
        app::PopulationView view(m_store, selection, true);
        QVERIFY(settle(view));
        QVERIFY(view.setPyramidYear(u"population_age_sex_census"_s, 2015));
        selection.set({u"13"_s});
        QVERIFY(settle(view));
        const population::PyramidSummary &p = view.result().pyramid;
        QVERIFY(p.valid);
        QCOMPARE(p.label, u"東京都"_s);
        QCOMPARE(p.ageCodes.size(), 18);
        // 2015 census, 東京都 0～4歳: male 267,601, female 257,338 (国勢調査, 第1表).
        QCOMPARE(p.male.first(), 267601.0);
        QCOMPARE(p.female.first(), 257338.0);
        const widgets::PyramidData &shown = view.pyramidChart()->pyramid();
        QCOMPARE(shown.ageLabels.size(), 18);
        QCOMPARE(shown.female.first(), 257338.0);
        QVERIFY(view.pyramidChart()->title().contains(u"東京都"_s));
        // The other year (2022 estimate) as the outline.
        QVERIFY(view.pyramidChart()->hasOutline());
        QCOMPARE(view.result().outline.year, 2022);
        // Tokyo 2020 census: 14,047,594; 2015: 13,515,271 (総務省統計局「国勢調査」).
        const population::SeriesSummary &s = view.result().series.first();
        QCOMPARE(s.lastValue, 14047594.0);
        QCOMPARE(s.previousValue, 13515271.0);
        const QString text = view.commentary();
        QVERIFY2(text.contains(u"14,047,594"_s), qPrintable(text));
        QVERIFY2(text.contains(u"+3.9%"_s), qPrintable(text));   // 14,047,594 / 13,515,271 − 1 = 3.94 %
        // Social change 2025 from the migration table: in 451,843, out 386,624, net 65,219.
        QVERIFY2(text.contains(u"gained 65,219"_s), qPrintable(text));
        // Natural change is not in the starter pack: said plainly.
        QVERIFY2(text.contains(u"Natural change"_s), qPrintable(text));
        QCOMPARE(view.changeChart()->data().values.size(), 1);
        QCOMPARE(view.changeChart()->data().values.first(), 65219.0);
        // The region list follows the shared selection.
        auto *list = view.findChild<QListWidget *>(u"regionList"_s);
        QVERIFY(list);
        int checked = 0;
        for (int i = 0; i < list->count(); ++i)
            checked += list->item(i)->checkState() == Qt::Checked ? 1 : 0;
        QCOMPARE(checked, 1);
    }

    void severalRegionsIndexed()
    {
        app::RegionSelection selection;
        app::PopulationView view(m_store, selection, false);
        selection.set({u"13"_s, u"05"_s, u"47"_s});
        view.setIndexed(true);
        QVERIFY(settle(view));
        QCOMPARE(view.seriesChart()->seriesCount(), 3);
        QCOMPARE(view.result().baseYear, 1920);
        for (const population::SeriesSummary &s : view.result().series)
            QCOMPARE(s.shown.first(), 100.0);
        // Akita 1920: 898,537; 2020: 959,502 (census) → index 106.8.
        const population::SeriesSummary &akita = view.result().series.at(1);
        QCOMPARE(akita.firstValue, 898537.0);
        RL_COMPARE_NEAR(akita.shown.last(), 100.0 * 959502.0 / 898537.0, 1e-9);
        // Okinawa 1945 was not surveyed: a gap, not a zero.
        const population::SeriesSummary &okinawa = view.result().series.at(2);
        const qsizetype i1945 = okinawa.years.indexOf(1945.0);
        QVERIFY(i1945 >= 0);
        QVERIFY(std::isnan(okinawa.values.at(i1945)));
        QVERIFY(view.seriesChart()->title().contains(u"1920"_s));
        // Tick a region in the list: it joins the shared selection.
        auto *list = view.findChild<QListWidget *>(u"regionList"_s);
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == u"27"_s)
                list->item(i)->setCheckState(Qt::Checked);
        QCOMPARE(selection.codes(), (QStringList{u"13"_s, u"05"_s, u"47"_s, u"27"_s}));
        QVERIFY(settle(view));
        QCOMPARE(view.seriesChart()->seriesCount(), 4);
    }

    void aggregatedGroup()
    {
        app::RegionSelection selection;
        app::PopulationView view(m_store, selection, true);
        selection.setAggregated(true);
        selection.setGroup(u"tokyo_area"_s, {u"11"_s, u"12"_s, u"13"_s, u"14"_s});
        QVERIFY(settle(view));
        QCOMPARE(view.result().series.size(), 1);
        // 東京圏 2020: 7,344,765 + 6,284,480 + 14,047,594 + 9,237,337 = 36,914,176.
        QCOMPARE(view.result().series.first().lastValue, 36914176.0);
        // Moves inside the group are not migration across its border (summed by hand
        // from the 2025 table: in 515,892, out 392,358).
        const population::ChangeSummary &c = view.result().change.first();
        QCOMPARE(c.in, 515892.0);
        QCOMPARE(c.out, 392358.0);
        QCOMPARE(c.net, 123534.0);
    }

    void componentsFromSsdseB_data()
    {
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("group");   // preset treated as one region, or ""
        QTest::addColumn<int>("index");       // region in the selection
        QTest::addColumn<int>("year");
        QTest::addColumn<double>("natural");
        QTest::addColumn<double>("social");
        // Hand-read from SSDSE-B-2025.csv (row 年度, 地域コード): births = 出生数 (column 19),
        // deaths = 死亡数 (23), in = 転入者数（日本人移動者） (26), out = 転出者数（日本人移動者） (29).
        const QStringList tokyoAkita{u"13"_s, u"05"_s};
        // 2022 R13000: 91,097 − 139,264 = −48,167; 399,269 − 365,360 = 33,909.
        QTest::newRow("東京都 2022") << tokyoAkita << QString() << 0 << 2022 << -48167.0 << 33909.0;
        // 2022 R05000: 3,992 − 17,256 = −13,264; 10,348 − 13,306 = −2,958.
        QTest::newRow("秋田県 2022") << tokyoAkita << QString() << 1 << 2022 << -13264.0 << -2958.0;
        // 2011 R13000: 106,027 − 105,723 = 304; 394,116 − 349,634 = 44,482.
        QTest::newRow("東京都 2011") << tokyoAkita << QString() << 0 << 2011 << 304.0 << 44482.0;
        // 2011 R05000: 6,658 − 14,642 = −7,984; 13,169 − 15,859 = −2,690.
        QTest::newRow("秋田県 2011") << tokyoAkita << QString() << 1 << 2011 << -7984.0 << -2690.0;
        // 2022 東京圏 = R11000 + R12000 + R13000 + R14000: births 43,451 + 36,966 + 91,097 + 56,498 = 228,012,
        // deaths 82,221 + 72,258 + 139,264 + 98,821 = 392,564; in 164,381 + 144,533 + 399,269 + 214,924 =
        // 923,107, out 145,111 + 125,793 + 365,360 + 192,432 = 828,696.
        QTest::newRow("東京圏 2022 summed") << QStringList{u"11"_s, u"12"_s, u"13"_s, u"14"_s} << u"tokyo_area"_s << 0
                                         << 2022 << -164552.0 << 94411.0;
    }

    void componentsFromSsdseB()
    {
        QFETCH(QStringList, codes);
        QFETCH(QString, group);
        QFETCH(int, index);
        QFETCH(int, year);
        QFETCH(double, natural);
        QFETCH(double, social);
        if (!ssdseStore())
            QSKIP(qPrintable(m_ssdseSkip));
        app::RegionSelection selection;
        app::PopulationView view(m_ssdse, selection, false);
        if (group.isEmpty()) {
            selection.set(codes);
        } else {
            selection.setAggregated(true);
            selection.setGroup(group, codes);
        }
        QVERIFY(settle(view));
        // The chart: "<region> natural" and "<region> social" per region, in selection order.
        const QList<widgets::Series> &series = view.componentsChart()->series();
        QCOMPARE(series.size(), 2 * (group.isEmpty() ? codes.size() : 1));
        const widgets::Series &n = series.at(2 * index);
        const widgets::Series &s = series.at(2 * index + 1);
        QVERIFY2(n.label.endsWith(u"natural"_s) && s.label.endsWith(u"social"_s), qPrintable(n.label + s.label));
        // SSDSE-B-2025 covers 2011–2022 for every prefecture: 12 years, no gap.
        QCOMPARE(n.x.size(), 12);
        QCOMPARE(n.x.first(), 2011.0);
        QCOMPARE(n.x.last(), 2022.0);
        const qsizetype i = n.x.indexOf(double(year));
        QVERIFY(i >= 0);
        QCOMPARE(n.y.at(i), natural);
        QCOMPARE(s.y.at(i), social);
        const population::ComponentSeries &c = view.result().componentSeries.at(index);
        QVERIFY(c.naturalGaps.isEmpty());
        QVERIFY(c.socialGaps.isEmpty());
        QCOMPARE(c.latestYear, 2022);
        if (year == 2022) {
            // The commentary states the latest year's figures and which component is larger.
            const QString text = view.commentary();
            const QString number = QLocale(QLocale::English).toString(social, 'f', 0);
            QVERIFY2(text.contains((social > 0 ? u"+"_s : QString()) + number), qPrintable(text));
            QVERIFY2(text.contains(std::abs(natural) >= std::abs(social) ? u"Natural change is the larger"_s
                                                                         : u"Social change is the larger"_s),
                     qPrintable(text));
        }
        // Sources name the SSDSE edition and the items used.
        const QString sources = view.sources().join(u" | "_s);
        QVERIFY2(sources.contains(u"SSDSE-B-2025"_s) && sources.contains(u"出生数"_s)
                     && sources.contains(u"転出者数（日本人移動者）"_s),
                 qPrintable(sources));
        if (!group.isEmpty())
            QVERIFY2(view.findChild<QLabel *>(u"componentNote"_s)->text().contains(u"cancel"_s),
                     qPrintable(view.findChild<QLabel *>(u"componentNote"_s)->text()));
    }

    // A year a member lacks is a gap (NaN, listed), never a smaller sum; hand-made values.
    void componentGaps_data()
    {
        QTest::addColumn<QStringList>("members");
        QTest::addColumn<int>("year");
        QTest::addColumn<double>("natural");   // NaN = gap
        QTest::addColumn<double>("social");
        QTest::addColumn<QList<int>>("naturalGaps");
        QTest::addColumn<QList<int>>("socialGaps");
        // 05: births 2020 100, 2021 90; deaths 2020 150, 2021 —; in 2020 30, 2021 40; out 2020 50, 2021 45.
        // 13: births 2020 900, 2021 800; deaths 2020 700, 2021 750; in 2020 500, 2021 —; out 2020 400, 2021 420.
        const QList<int> none;
        QTest::newRow("05 2020") << QStringList{u"05"_s} << 2020 << -50.0 << -20.0 << QList<int>{2021} << none;
        QTest::newRow("05 2021 no deaths") << QStringList{u"05"_s} << 2021 << qQNaN() << -5.0 << QList<int>{2021}
                                           << none;
        QTest::newRow("13 2021 no in") << QStringList{u"13"_s} << 2021 << 50.0 << qQNaN() << none << QList<int>{2021};
        // Group 2020: (100 + 900) − (150 + 700) = 150; (30 + 500) − (50 + 400) = 80. 2021: both gaps.
        QTest::newRow("group 2020") << QStringList{u"05"_s, u"13"_s} << 2020 << 150.0 << 80.0 << QList<int>{2021}
                                    << QList<int>{2021};
        QTest::newRow("group 2021") << QStringList{u"05"_s, u"13"_s} << 2021 << qQNaN() << qQNaN()
                                    << QList<int>{2021} << QList<int>{2021};
    }

    void componentGaps()
    {
        QFETCH(QStringList, members);
        QFETCH(int, year);
        QFETCH(double, natural);
        QFETCH(double, social);
        QFETCH(QList<int>, naturalGaps);
        QFETCH(QList<int>, socialGaps);
        population::ChangeInputs in;
        in.components.births = u"births"_s;
        in.components.deaths = u"deaths"_s;
        in.components.movedIn = u"in_migrants"_s;
        in.components.movedOut = u"out_migrants"_s;
        in.births[u"05"_s] = {{2020, 100.0}, {2021, 90.0}};
        in.deaths[u"05"_s] = {{2020, 150.0}};
        in.movedIn[u"05"_s] = {{2020, 30.0}, {2021, 40.0}};
        in.movedOut[u"05"_s] = {{2020, 50.0}, {2021, 45.0}};
        in.births[u"13"_s] = {{2020, 900.0}, {2021, 800.0}};
        in.deaths[u"13"_s] = {{2020, 700.0}, {2021, 750.0}};
        in.movedIn[u"13"_s] = {{2020, 500.0}};
        in.movedOut[u"13"_s] = {{2020, 400.0}, {2021, 420.0}};
        const population::ComponentSeries c =
            population::computeComponents(in, population::RegionSpec{u"x"_s, u"x"_s, members});
        QCOMPARE(c.years, (QVector<double>{2020.0, 2021.0}));
        const qsizetype i = c.years.indexOf(double(year));
        RL_COMPARE_NEAR(c.natural.at(i), natural, 0.0);
        RL_COMPARE_NEAR(c.social.at(i), social, 0.0);
        QCOMPARE(c.naturalGaps, naturalGaps);
        QCOMPARE(c.socialGaps, socialGaps);
    }

    void componentsForJapanCancelOut()
    {
        if (!ssdseStore())
            QSKIP(qPrintable(m_ssdseSkip));
        app::RegionSelection selection;
        app::PopulationView view(m_ssdse, selection, false);
        QVERIFY(settle(view));
        // Japan = Σ 47 prefectures: every move between prefectures is one 転入 and one 転出,
        // so social change is zero in every year; natural change is not.
        const population::ComponentSeries &c = view.result().componentSeries.first();
        QCOMPARE(c.members, 47);
        QCOMPARE(c.years.size(), 12);
        for (qsizetype k = 0; k < c.years.size(); ++k) {
            QCOMPARE(c.social.at(k), 0.0);
            QVERIFY(c.natural.at(k) < 0);
        }
    }

    void componentsScreenshot()
    {
        if (!ssdseStore())
            QSKIP(qPrintable(m_ssdseSkip));
        app::RegionSelection selection;
        app::PopulationView view(m_ssdse, selection, true);
        view.resize(1500, 940);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        selection.set({u"13"_s, u"05"_s});
        QVERIFY(settle(view));
        QTest::qWait(50);
        const QString out = QString::fromUtf8(REGIONLENS_OUT_DIR);
        QDir().mkpath(out);
        QVERIFY(view.grab().save(out + u"/population-components-ja.png"_s));
        QCOMPARE(view.figures().size(), 4);
    }

    void exportsFigures_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << u"png"_s << QByteArray("\x89PNG");
        QTest::newRow("svg") << u"svg"_s << QByteArray("<?xml");
        QTest::newRow("pdf") << u"pdf"_s << QByteArray("%PDF");
    }

    void exportsFigures()
    {
        QFETCH(QString, suffix);
        QFETCH(QByteArray, magic);
        app::RegionSelection selection;
        app::PopulationView view(m_store, selection, true);
        selection.set({u"13"_s, u"27"_s});
        QVERIFY(settle(view));
        const QList<app::PageFigure> figures = view.figures();
        // 4 since issue 12: the starter pack's SSDSE-B births, deaths, in- and out-migrants give the natural vs
        // social change chart out of the box (before, the starter store had 3 figures, and 4 only after
        // importing SSDSE-B, as componentsScreenshot() still checks).
        QCOMPARE(figures.size(), 4);
        for (const app::PageFigure &f : figures) {
            const QString path = m_dir.filePath(f.id + u'.' + suffix);
            QString error;
            QVERIFY2(app::writeFigure(f, path, QSize(1200, 800), &error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(file.size() > 3000, qPrintable(u"%1: %2 bytes"_s.arg(path).arg(file.size())));
            QVERIFY(file.read(magic.size()) == magic);
            if (suffix == u"png") {
                const QImage image(path);
                QCOMPARE(image.size(), QSize(1200, 800));
            }
        }
    }

    void screenshot()
    {
        app::RegionSelection selection;
        app::PopulationView view(m_store, selection, true);
        view.resize(1500, 940);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        selection.set({u"13"_s, u"27"_s, u"05"_s, u"47"_s});
        view.setIndexed(true);
        QVERIFY(settle(view));
        QTest::qWait(50);
        const QString out = QString::fromUtf8(REGIONLENS_OUT_DIR);
        QDir().mkpath(out);
        QVERIFY(view.grab().save(out + u"/population-ja.png"_s));
        view.setIndexed(false);
        view.setPercent(true);
        selection.set({u"05"_s});
        QVERIFY(settle(view));
        QTest::qWait(50);
        QVERIFY(view.grab().save(out + u"/population-akita-ja.png"_s));
        // What a 1366 × 768 screen leaves the page: its layout fits without clipping.
        const QString misfit = test::smallScreenMisfit(view);
        QVERIFY2(misfit.isEmpty(), qPrintable(misfit));
        view.resize(test::smallScreenPage());
        QTest::qWait(50);
        QVERIFY(view.grab().save(out + u"/population-akita-1366x768-ja.png"_s));
        app::PageFigure pyramid = view.figures().at(1);
        QString error;
        QVERIFY2(app::writeFigure(pyramid, out + u"/population-pyramid-export.png"_s, QSize(1200, 900), &error),
                 qPrintable(error));
    }
};

QTEST_MAIN(TestPopulationView)
#include "test_populationview.moc"
