// SPDX-License-Identifier: GPL-3.0-or-later
// `regionlens-cli report --region CODE --out FILE.pdf [--lang ja|en]`: the
// printable region report, rendered offscreen with the GUI's pages. main()
// creates a QApplication (offscreen platform) for this command only.
#include "cli.h"

#include "datasets/catalog.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#ifdef REGIONLENS_HAVE_GUI
#include "appfonts.h"
#include "languagemanager.h"
#include "regionreport.h"
#endif

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace regionlens::cli {

int runReport(Context &ctx)
{
#ifndef REGIONLENS_HAVE_GUI
    ctx.err << "regionlens-cli: this build has no GUI layer, so it cannot draw reports\n";
    return Failure;
#else
    const QString region = ctx.args.value(u"--region"_s);
    const QString out = ctx.args.value(u"--out"_s);
    if (region.isEmpty() || out.isEmpty()) {
        ctx.err << "regionlens-cli report: --region CODE and --out FILE.pdf are required\n";
        return BadInput;
    }
    const QString lang = ctx.args.value(u"--lang"_s);
    if (!lang.isEmpty() && lang != u"ja" && lang != u"en") {
        ctx.err << "regionlens-cli report: --lang must be ja or en, not '" << lang << "'\n";
        return BadInput;
    }
    // Accept 13, 13000, 東京都, Tokyo … like the importers.
    const QString code = datasets::catalog::resolvePrefecture(region);
    if (code.isEmpty()) {
        ctx.err << "regionlens-cli report: unknown region '" << region << "' (use a prefecture code 01–47 or name)\n";
        return BadInput;
    }
    datasets::Store store;
    QString error;
    if (!datasets::openOrCreateStore(store, storePath(ctx.args), &error)) {
        ctx.err << "regionlens-cli: " << error << '\n';
        return Failure;
    }
    app::useCjkCapableFont();
    app::silenceEmptyPlotWarnings();
    app::LanguageManager language;
    language.install(lang);
    const app::ReportResult result =
        app::writeRegionReport(store, code, language.isJapanese(), out);
    if (!result.ok) {
        ctx.err << "regionlens-cli report: " << result.error << '\n';
        return Failure;
    }
    ctx.out << "wrote " << QFileInfo(out).absoluteFilePath() << " (" << result.pages << " pages, region " << code
            << ")\n";
    return Ok;
#endif
}

} // namespace regionlens::cli
