// SPDX-License-Identifier: GPL-3.0-or-later
// `regionlens-cli report --region CODE[,CODE…] --out FILE.pdf [--lang ja|en]
// [--sections ID,…] [--summary] [--peers CODE,…] [--each]`: the printable
// region report (or its two-page summary). Drawing it needs the GUI's pages, which this
// program does not link: it checks the request, makes sure the store is
// there and current (the default one is created on first use), and runs the
// front end regionlens-report from its own folder (or, installed, from
// libexec/regionlens) with the same request and --db, relaying its output
// and exit code.
#include "cli.h"

#include "app/report/reportrequest.h"
#include "datasets/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace regionlens::cli {

int runReport(Context &ctx)
{
    report::Request request;
    request.region = ctx.args.value(u"--region"_s);
    request.out = ctx.args.value(u"--out"_s);
    request.lang = ctx.args.value(u"--lang"_s);
    request.sections = ctx.args.value(u"--sections"_s);
    request.peers = ctx.args.value(u"--peers"_s);
    request.summary = ctx.args.has(u"--summary"_s);
    request.each = ctx.args.has(u"--each"_s);
    QString error;
    if (!report::check(&request, &error)) {
        ctx.err << "regionlens-cli report: " << error << '\n';
        return BadInput;
    }
    {
        datasets::Store store;
        if (!openStoreForReading(ctx, store))
            return Failure;
    }
    // The build tree keeps it beside regionlens-cli; an install puts it in libexec (REGIONLENS_LIBEXEC_FROM_BIN:
    // the install's libexec folder relative to its bin folder, set by app/CMakeLists.txt).
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList dirs = {dir, QDir::cleanPath(dir + u'/' + QStringLiteral(REGIONLENS_LIBEXEC_FROM_BIN))};
    const QString frontEnd = QStandardPaths::findExecutable(QString::fromLatin1(report::kFrontEnd), dirs);
    if (frontEnd.isEmpty()) {
        ctx.err << "regionlens-cli report: the report front end " << report::kFrontEnd << " is not in "
                << QDir::toNativeSeparators(dirs.join(u" or "_s))
                << " (it is built with the GUI: build the target regionlens-report, or install RegionLens)\n";
        return Failure;
    }
    ctx.out.flush();
    ctx.err.flush();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);   // its messages are ours
    process.start(frontEnd, report::frontEndArguments(request, storePath(ctx.args)));
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
        ctx.err << "regionlens-cli report: " << QDir::toNativeSeparators(frontEnd) << " failed: "
                << process.errorString() << '\n';
        return Failure;
    }
    return process.exitCode();
}

} // namespace regionlens::cli
