// SPDX-License-Identifier: GPL-3.0-or-later
// regionlens-cli fetch, without the network: the CLI talks to a tiny HTTP
// server on 127.0.0.1 in this process (--api-url) that answers like the
// e-Stat API's getStatsData, in two pages (NEXT_KEY). Checked: the request
// carries the user's appId and the table id, both pages are imported in one
// go with footnote symbols as statuses, the appId is never printed, and an
// e-Stat error status is a clear rejection with nothing stored.
#include "starterstore.h"
#include "testhelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>
#include <QProcessEnvironment>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString kAppId = u"0123456789abcdef0123456789abcdef01234567"_s;

QJsonObject value(const QString &area, const QString &v)
{
    return QJsonObject{{u"@tab"_s, u"020"_s}, {u"@cat01"_s, u"0"_s}, {u"@area"_s, area},
                       {u"@time"_s, u"2020000000"_s}, {u"@unit"_s, u"人"_s}, {u"$"_s, v}};
}

// A getStatsData answer: page 1 of 2 (values 1–2, NEXT_KEY 3) or page 2.
QByteArray page(int number, int status = 0)
{
    QJsonObject classInf{{u"CLASS_OBJ"_s, QJsonArray{
        QJsonObject{{u"@id"_s, u"tab"_s}, {u"@name"_s, u"表章項目"_s},
                    {u"CLASS"_s, QJsonObject{{u"@code"_s, u"020"_s}, {u"@name"_s, u"人口"_s}, {u"@unit"_s, u"人"_s}}}},
        QJsonObject{{u"@id"_s, u"cat01"_s}, {u"@name"_s, u"男女"_s},
                    {u"CLASS"_s, QJsonObject{{u"@code"_s, u"0"_s}, {u"@name"_s, u"総数"_s}}}},
        QJsonObject{{u"@id"_s, u"area"_s}, {u"@name"_s, u"地域"_s},
                    {u"CLASS"_s, QJsonArray{QJsonObject{{u"@code"_s, u"13000"_s}, {u"@name"_s, u"東京都"_s}},
                                            QJsonObject{{u"@code"_s, u"27000"_s}, {u"@name"_s, u"大阪府"_s}},
                                            QJsonObject{{u"@code"_s, u"47000"_s}, {u"@name"_s, u"沖縄県"_s}}}}},
        QJsonObject{{u"@id"_s, u"time"_s}, {u"@name"_s, u"時間軸"_s},
                    {u"CLASS"_s, QJsonObject{{u"@code"_s, u"2020000000"_s}, {u"@name"_s, u"2020年"_s}}}}}}};
    QJsonObject resultInf{{u"TOTAL_NUMBER"_s, 3}, {u"FROM_NUMBER"_s, number == 1 ? 1 : 3},
                          {u"TO_NUMBER"_s, number == 1 ? 2 : 3}};
    if (number == 1)
        resultInf.insert(u"NEXT_KEY"_s, 3);
    const QJsonArray values = number == 1 ? QJsonArray{value(u"13000"_s, u"14047594"_s), value(u"27000"_s, u"8837685"_s)}
                                          : QJsonArray{value(u"47000"_s, u"-"_s)};
    QJsonObject data{{u"RESULT_INF"_s, resultInf},
                     {u"TABLE_INF"_s, QJsonObject{{u"@id"_s, u"0003448237"_s}, {u"TITLE"_s, u"人口"_s}}},
                     {u"CLASS_INF"_s, classInf},
                     {u"DATA_INF"_s, QJsonObject{{u"NOTE"_s, QJsonObject{{u"@char"_s, u"-"_s}, {u"$"_s, u"調査なし"_s}}},
                                                 {u"VALUE"_s, values}}}};
    QJsonObject result{{u"STATUS"_s, status},
                       {u"ERROR_MSG"_s, status == 0 ? u"正常に終了しました。"_s : u"認証に失敗しました。"_s}};
    QJsonObject root{{u"RESULT"_s, result}};
    if (status == 0)
        root.insert(u"STATISTICAL_DATA"_s, data);
    return QJsonDocument(QJsonObject{{u"GET_STATS_DATA"_s, root}}).toJson(QJsonDocument::Compact);
}

// Answers each GET with the page its startPosition asks for.
class FakeEStat : public QTcpServer
{
public:
    QList<QUrl> requests;
    int status = 0;
    QString errorMessage;   // ERROR_MSG of a refusal ("" = e-Stat's usual text)

    FakeEStat()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    const QByteArray request = m_buffer.value(socket);
                    if (!request.contains("\r\n\r\n"))
                        return;
                    m_buffer.remove(socket);   // a later socket may get the same address
                    const QByteArray target = request.left(request.indexOf("\r\n")).split(' ').value(1);
                    const QUrl url(QString::fromLatin1(target));
                    requests.append(url);
                    const bool second = QUrlQuery(url).queryItemValue(u"startPosition"_s) == u"3";
                    QByteArray body = page(second ? 2 : 1, status);
                    if (!errorMessage.isEmpty())
                        body.replace("認証に失敗しました。", errorMessage.toUtf8());
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=utf-8\r\n"
                                  "Connection: close\r\nContent-Length: " + QByteArray::number(body.size())
                                  + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

} // namespace

class TestCliFetch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Runs the CLI while this thread's event loop serves the fake API.
    Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QString::fromUtf8(REGIONLENS_CLI), args + QStringList{u"--db"_s, m_db});
        if (!p.waitForStarted())
            return {};
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"store.sqlite"_s);
        QString error;
        QVERIFY2(createStarterStore(m_db, &error), qPrintable(error));
    }

    void fetchesAllPagesAndImports()
    {
        FakeEStat api;
        QVERIFY(api.listen(QHostAddress::LocalHost));
        const QString url = u"http://127.0.0.1:%1/rest/3.0/app/json/getStatsData"_s.arg(api.serverPort());
        const QString saved = m_dir.filePath(u"table.json"_s);
        const Run r = run({u"fetch"_s, u"--app-id"_s, kAppId, u"--stats-data-id"_s, u"0003448237"_s,
                           u"--api-url"_s, url, u"--out"_s, saved});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(api.requests.size(), 2);
        for (const QUrl &u : api.requests) {
            const QUrlQuery q(u);
            QCOMPARE(u.path(), u"/rest/3.0/app/json/getStatsData"_s);
            QCOMPARE(q.queryItemValue(u"appId"_s), kAppId);
            QCOMPARE(q.queryItemValue(u"statsDataId"_s), u"0003448237"_s);
            QCOMPARE(q.queryItemValue(u"replaceSpChars"_s), u"0"_s);   // footnote symbols as published
        }
        QVERIFY(!QUrlQuery(api.requests.at(0)).hasQueryItem(u"startPosition"_s));
        QCOMPARE(QUrlQuery(api.requests.at(1)).queryItemValue(u"startPosition"_s), u"3"_s);
        QVERIFY2(!r.err.contains(kAppId) && !r.out.contains(kAppId), "the appId was printed");
        QVERIFY2(r.out.contains(u"3 values for indicator 'estat_0003448237'"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"1 stored without a number, status not_surveyed:-"_s), qPrintable(r.out));
        QVERIFY(QFile::exists(saved));

        const Run e = run({u"export"_s, u"--indicator"_s, u"estat_0003448237"_s, u"--year"_s, u"2020"_s});
        QCOMPARE(e.exitCode, 0);
        QVERIFY2(e.out.contains(u"13,東京都,"_s) && e.out.contains(u",14047594,"_s), qPrintable(e.out));
        QVERIFY2(e.out.contains(u",8837685,"_s), qPrintable(e.out));
        QVERIFY2(e.out.contains(u"not_surveyed:-"_s), qPrintable(e.out));
        QCOMPARE(e.out.count(u'\n'), 1 + 3);

        // The saved file is an ordinary getStatsData document: it imports again by itself.
        const Run again = run({u"import"_s, saved, u"--indicator"_s, u"saved_copy"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(u"3 values for indicator 'saved_copy'"_s), qPrintable(again.out));
    }

    void apiErrorIsRejected()
    {
        FakeEStat api;
        api.status = 100;
        QVERIFY(api.listen(QHostAddress::LocalHost));
        const QString url = u"http://127.0.0.1:%1/getStatsData"_s.arg(api.serverPort());
        const Run r = run({u"fetch"_s, u"--app-id"_s, kAppId, u"--stats-data-id"_s, u"0003448238"_s,
                           u"--api-url"_s, url});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"認証に失敗しました"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(kAppId), "the appId was printed");
        QCOMPARE(run({u"export"_s, u"--indicator"_s, u"estat_0003448238"_s}).exitCode, 2);
    }

    void unreachableServer()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }   // closed again: nothing listens there now
        const Run r = run({u"fetch"_s, u"--app-id"_s, kAppId, u"--stats-data-id"_s, u"0003448237"_s,
                           u"--api-url"_s, u"http://127.0.0.1:%1/getStatsData"_s.arg(port)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY(!r.err.contains(kAppId));
    }

    // Issue 17, defect 16: the appId never goes out in clear text, is
    // redacted from whatever e-Stat says back, and can stay out of `ps`.
    void plainHttpIsRefused()
    {
        const Run r = run({u"fetch"_s, u"--app-id"_s, kAppId, u"--stats-data-id"_s, u"0003448237"_s,
                           u"--api-url"_s, u"http://api.e-stat.go.jp/rest/3.0/app/json/getStatsData"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"https"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(kAppId));
    }

    void errorMessageIsRedacted()
    {
        FakeEStat api;
        api.status = 100;
        api.errorMessage = u"appId %1 は無効です。"_s.arg(kAppId);   // an API that echoes the key
        QVERIFY(api.listen(QHostAddress::LocalHost));
        const Run r = run({u"fetch"_s, u"--app-id"_s, kAppId, u"--stats-data-id"_s, u"0003448239"_s,
                           u"--api-url"_s, u"http://127.0.0.1:%1/getStatsData"_s.arg(api.serverPort())});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"は無効です"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(kAppId), qPrintable(r.err));
    }

    void appIdFromFileOrEnvironment_data()
    {
        QTest::addColumn<bool>("fromFile");
        QTest::newRow("--app-id-file") << true;
        QTest::newRow("REGIONLENS_ESTAT_APPID") << false;
    }

    void appIdFromFileOrEnvironment()
    {
        QFETCH(bool, fromFile);
        FakeEStat api;
        QVERIFY(api.listen(QHostAddress::LocalHost));
        QStringList args{u"fetch"_s, u"--stats-data-id"_s, u"0003448237"_s, u"--preview"_s, u"--api-url"_s,
                         u"http://127.0.0.1:%1/getStatsData"_s.arg(api.serverPort())};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (fromFile) {
            const QString key = m_dir.filePath(u"appid.txt"_s);
            QFile f(key);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kAppId.toUtf8() + "\n");
            f.close();
            args << u"--app-id-file"_s << key;
        } else {
            env.insert(u"REGIONLENS_ESTAT_APPID"_s, kAppId);
        }
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QString::fromUtf8(REGIONLENS_CLI), args + QStringList{u"--db"_s, m_db});
        QVERIFY(p.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(!api.requests.isEmpty());
        QCOMPARE(QUrlQuery(api.requests.first()).queryItemValue(u"appId"_s), kAppId);
    }

    void usage()
    {
        QCOMPARE(run({u"fetch"_s}).exitCode, 2);
        QCOMPARE(run({u"fetch"_s, u"--app-id"_s, kAppId}).exitCode, 2);
        QCOMPARE(run({u"fetch"_s, u"--app-id"_s, kAppId, u"--stats-data-id"_s, u"abc"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliFetch)
#include "test_cli_fetch.moc"
