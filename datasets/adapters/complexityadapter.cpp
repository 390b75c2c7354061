// SPDX-License-Identifier: GPL-3.0-or-later
#include "complexityadapter.h"

#include "adaptersupport.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {
namespace {

using adaptersupport::toGrid;
using adaptersupport::toVector;

analysis::ComplexityConfig configOf(const ComplexityRequest &request)
{
    analysis::ComplexityConfig cfg;
    cfg.threshold = request.threshold;
    cfg.presence = request.presence;
    cfg.method = request.method;
    cfg.proximity = request.proximity;
    cfg.relatedness = request.relatedness;
    return cfg;
}

// NaN (missing) cells as 0, as the engine counts them; the values grid keeps NaN.
double at(const Eigen::MatrixXd &m, Eigen::Index r, Eigen::Index c)
{
    return r < m.rows() && c < m.cols() ? m(r, c) : analysis::kNaN;
}

void appendRow(ValueGrid &grid, const Eigen::MatrixXd &m, Eigen::Index row)
{
    ValueGrid out(grid.rows + 1, grid.cols);
    std::copy(grid.data.cbegin(), grid.data.cend(), out.data.begin());
    for (int c = 0; c < grid.cols; ++c)
        out(grid.rows, c) = at(m, row, c);
    grid = std::move(out);
}

// The group computed in place of its members: their rows replaced by the
// group's sum, everything recomputed; the group's row appended to out.
void appendGroup(const IndustryTable &table, const RegionAggregate &group, const analysis::ComplexityConfig &cfg,
                 ComplexityFigures &out)
{
    const Eigen::MatrixXd values = industrytables::withGroupInPlace(table, group);
    const analysis::ComplexityResult r = analysis::complexity(values, cfg);
    const Eigen::Index last = values.rows() - 1;
    const auto value = [last](const Eigen::VectorXd &v) { return last < v.size() ? v(last) : analysis::kNaN; };
    out.regions << group.code;
    out.diversity << value(r.diversity);
    out.averageUbiquity << value(r.averageUbiquity);
    out.eci << value(r.eci);
    out.coi << value(r.coi);
    appendRow(out.values, values, last);
    appendRow(out.rca, r.rca, last);
    appendRow(out.presence, r.presence, last);
    appendRow(out.density, r.density, last);
    appendRow(out.cog, r.cog, last);
}

} // namespace

ComplexityInputs load(const Store &store, const ComplexityRequest &request)
{
    return industrytables::loadOneYear<ComplexityInputs>(store, request);
}

ComplexityInputs load(const QList<Observation> &rows, const ComplexityRequest &request)
{
    return industrytables::loadOneYear<ComplexityInputs>(rows, request);
}

ComplexityInputs load(const ObservationColumns &rows, const ComplexityRequest &request)
{
    return industrytables::loadOneYear<ComplexityInputs>(rows, request);
}

ComplexityFigures compute(const ComplexityInputs &in, const analysis::ProgressFn &progress)
{
    ComplexityFigures out;
    out.indicator = in.request.indicator;
    out.year = in.request.year;
    out.config = configOf(in.request);
    out.conventions = in.data.conventions;
    // The RCA's world is the sum of the regions analysed: the "00" rows are not used.
    industrytables::useNationRows(in.data, NationRule::SumOfRegions, &out.conventions);
    out.conventions.nationRequested = NationRule::SumOfRegions;
    const IndustryTable *table = in.data.table(in.request.year);
    if (!table || table->values.size() == 0) {
        out.warnings << u"no data for %1 in %2"_s.arg(in.request.year).arg(in.data.label);
        return out;
    }
    out.regions = table->regions;
    out.industries = table->industries;
    analysis::ComplexityResult r = analysis::complexity(table->values, out.config, progress);
    adaptersupport::appendMessages(out.warnings, r.warnings);
    out.cancelled = r.cancelled;
    out.values = toGrid(table->values);
    out.industryTotals = toVector(table->values.array().isFinite().select(table->values, 0.0).colwise().sum());
    out.rca = toGrid(r.rca);
    out.presence = toGrid(r.presence);
    out.diversity = toVector(r.diversity);
    out.averageUbiquity = toVector(r.averageUbiquity);
    out.eci = toVector(r.eci);
    out.ubiquity = toVector(r.ubiquity);
    out.averageDiversity = toVector(r.averageDiversity);
    out.pci = toVector(r.pci);
    out.eigenvalue = r.eigenvalue;
    out.reflectionSteps = r.reflectionSteps;
    if (in.request.relatedness && !r.cancelled) {
        out.density = toGrid(r.density);
        out.cog = toGrid(r.cog);
        out.proximity = toGrid(r.proximity);
        out.coi = toVector(r.coi);
    } else {
        out.density = ValueGrid(out.regions.size(), out.industries.size());
        out.cog = ValueGrid(out.regions.size(), out.industries.size());
        out.proximity = ValueGrid(out.industries.size(), out.industries.size());
        out.coi = QVector<double>(out.regions.size(), analysis::kNaN);
    }
    out.issues = std::move(r.warnings);
    if (out.cancelled)
        return out;
    for (const RegionAggregate &g : in.request.groups)
        appendGroup(*table, g, out.config, out);
    return out;
}

QStringList complexityNotes(const ComplexityFigures &f)
{
    using namespace analysis;
    const ComplexityConfig &c = f.config;
    QStringList notes;
    notes << u"RCA: the region's share of the industry over the industry's share in the sum of the regions "
             "analysed; region totals are the sums of their industries"_s;
    notes << u"presence: RCA %1 %2 (%3)"_s.arg(c.presence == PresenceRule::Above ? u">"_s : u">="_s)
                 .arg(c.threshold)
                 .arg(c.presence == PresenceRule::Above ? u"as the Stata ecomplexity package"_s
                                                        : u"as py-ecomplexity"_s);
    if (c.method == ComplexityMethod::Reflections)
        notes << u"ECI and PCI: method of reflections, %1 steps (rate %2)"_s.arg(f.reflectionSteps)
                     .arg(f.eigenvalue, 0, 'g', 6);
    else
        notes << u"ECI and PCI: eigenvector of the second-largest eigenvalue (%1), sign so that ECI correlates "
                 "positively with diversity"_s.arg(f.eigenvalue, 0, 'g', 6);
    notes << u"standardisation: over the long region x industry table with the sample sd (as the reference "
             "outputs); PCI and COG with the ECI's mean and sd"_s;
    if (c.relatedness)
        notes << (c.proximity == ProximityRule::Correlation
                      ? u"proximity: (1 + correlation of the RCA columns) / 2; density weights RCA"_s
                      : u"proximity: co-occurrence, min of the two conditional probabilities; density weights "
                        "presence"_s);
    return notes;
}

QList<Opportunity> opportunities(const ComplexityFigures &f, int row)
{
    QList<Opportunity> out;
    if (row < 0 || row >= f.regions.size())
        return out;
    for (int c = 0; c < f.industries.size(); ++c) {
        const double d = f.density.at(row, c);
        if (f.presence.at(row, c) != 0.0 || !std::isfinite(d))
            continue;
        out.append({c, d, c < f.pci.size() ? f.pci.at(c) : analysis::kNaN, f.cog.at(row, c), f.rca.at(row, c)});
    }
    std::stable_sort(out.begin(), out.end(), [&](const Opportunity &a, const Opportunity &b) {
        if (a.density != b.density)
            return a.density > b.density;
        if (a.pci != b.pci && std::isfinite(a.pci) && std::isfinite(b.pci))
            return a.pci > b.pci;
        return f.industries.at(a.industry) < f.industries.at(b.industry);
    });
    return out;
}

std::vector<analysis::ProximityEdge> industrySpace(const ComplexityFigures &f, int extraEdges)
{
    const int n = f.proximity.rows;
    Eigen::MatrixXd phi(n, n);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            phi(i, j) = f.proximity.at(i, j);
    return analysis::industrySpaceEdges(phi, extraEdges);
}

} // namespace regionlens::datasets
