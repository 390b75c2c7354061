// SPDX-License-Identifier: GPL-3.0-or-later
#include "specialisationadapter.h"

#include "adaptersupport.h"

#include "analysis/specialisation.h"

using namespace Qt::StringLiterals;

namespace regionlens::datasets {
namespace {

struct Columns
{
    QVector<double> *out;
    const Eigen::VectorXd analysis::SpecialisationResult::*in;
};

QList<Columns> columnsOf(SpecialisationIndices &r)
{
    using R = analysis::SpecialisationResult;
    return {{&r.krugman, &R::krugman},
            {&r.krugmanVsOthers, &R::krugmanVsOthers},
            {&r.hoover, &R::hoover},
            {&r.gini, &R::gini},
            {&r.herfindahl, &R::herfindahl},
            {&r.herfindahlNormalised, &R::herfindahlNormalised},
            {&r.herfindahlEquivalent, &R::herfindahlEquivalent},
            {&r.theil, &R::theil}};
}

// The group's row among the regions outside it.
void appendGroup(const IndustryTable &table, const RegionAggregate &group, const analysis::SpecialisationConfig &cfg,
                 SpecialisationIndices &out)
{
    const Eigen::MatrixXd values = industrytables::withGroupInPlace(table, group);
    const analysis::SpecialisationResult r = analysis::specialisation(values, cfg);
    const Eigen::Index last = values.rows() - 1;
    for (const Columns &c : columnsOf(out))
        c.out->append((r.*c.in).size() > last ? (r.*c.in)(last) : analysis::kNaN);
}

} // namespace

SpecialisationInputs load(const Store &store, const SpecialisationRequest &request)
{
    return industrytables::loadOneYear<SpecialisationInputs>(store, request);
}

SpecialisationInputs load(const QList<Observation> &rows, const SpecialisationRequest &request)
{
    return industrytables::loadOneYear<SpecialisationInputs>(rows, request);
}

SpecialisationInputs load(const ObservationColumns &rows, const SpecialisationRequest &request)
{
    return industrytables::loadOneYear<SpecialisationInputs>(rows, request);
}

SpecialisationIndices compute(const SpecialisationInputs &in, const analysis::ProgressFn &progress)
{
    SpecialisationIndices out;
    out.indicator = in.request.indicator;
    out.year = in.request.year;
    out.conventions = in.data.conventions;
    const IndustryTable *table = in.data.table(in.request.year);
    if (!table || table->values.size() == 0)
        return out;
    out.regions = table->regions;
    out.industries = table->industries;
    analysis::SpecialisationConfig cfg;
    cfg.nation = analysis::NationSource::Given;
    cfg.givenNation = industrytables::nationRow(
        *table, industrytables::useNationRows(in.data, in.request.nation, &out.conventions));
    analysis::SpecialisationResult r = analysis::specialisation(table->values, cfg, progress);
    adaptersupport::appendMessages(out.warnings, r.warnings);
    out.cancelled = r.cancelled;
    if (r.cancelled || r.krugman.size() != table->values.rows()) {
        out.issues = std::move(r.warnings);
        return out;
    }
    for (const Columns &c : columnsOf(out))
        *c.out = adaptersupport::toVector(r.*c.in);
    out.issues = std::move(r.warnings);
    for (const RegionAggregate &g : in.request.groups) {
        out.regions << g.code;
        appendGroup(*table, g, cfg, out);
    }
    return out;
}

} // namespace regionlens::datasets
