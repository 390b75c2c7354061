// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioregional.h"

#include "matrixchecks.h"

#include <cmath>

namespace regionlens::analysis {

using detail::indexText;

Eigen::VectorXd impliedSelfSufficiency(const Eigen::MatrixXd &regional, const Eigen::MatrixXd &technical,
                                       const Eigen::VectorXd &output, const Eigen::VectorXd &fallback)
{
    const Eigen::VectorXd supplied = regional * output;
    const Eigen::VectorXd demanded = technical * output;
    Eigen::VectorXd s(output.size());
    for (Eigen::Index i = 0; i < s.size(); ++i)
        s(i) = demanded(i) > 0.0 ? supplied(i) / demanded(i) : fallback(i);
    return s;
}

int ioSector12OfJsicDivision(char division)
{
    switch (division) {
    case 'A': case 'B': return 0;
    case 'C': return 1;
    case 'D': return 3;
    case 'E': return 2;
    case 'F': return 4;
    case 'G': return 8;
    case 'H': return 7;
    case 'I': return 5;
    case 'J': case 'K': return 6;
    case 'L': case 'M': case 'N': case 'O': case 'P': case 'Q': case 'R': return 10;
    case 'S': return 9;
    default: return -1;
    }
}

int ioSector12OfJsicMajorGroup(int g)
{
    // Division of each major group (JSIC Rev. 13).
    if (g < 1 || g > 98)
        return -1;  // 99 分類不能の産業
    char division = 0;
    if (g <= 2) division = 'A';
    else if (g <= 4) division = 'B';
    else if (g == 5) division = 'C';
    else if (g <= 8) division = 'D';
    else if (g <= 32) division = 'E';
    else if (g <= 36) division = 'F';
    else if (g <= 41) division = 'G';
    else if (g <= 49) division = 'H';
    else if (g <= 61) division = 'I';
    else if (g <= 67) division = 'J';
    else if (g <= 70) division = 'K';
    else if (g <= 74) division = 'L';
    else if (g <= 77) division = 'M';
    else if (g <= 80) division = 'N';
    else if (g <= 82) division = 'O';
    else if (g <= 85) division = 'P';
    else if (g <= 87) division = 'Q';
    else if (g <= 96) division = 'R';
    else division = 'S';
    if (g == 70 || g == 87)
        return 10;
    if (g == 86)
        return 7;
    if (g == 88)
        return 4;
    return division ? ioSector12OfJsicDivision(division) : -1;
}

RegionalisationResult regionalise(const IoModel &national, const Eigen::VectorXd &nationalEmployees,
                                  const Eigen::VectorXd &regionalEmployees,
                                  const RegionalisationConfig &config)
{
    RegionalisationResult r;
    WarningCollector warnings;
    const Eigen::Index n = Eigen::Index(national.sectors.size());
    if (n == 0 || national.technical.rows() != n || nationalEmployees.size() != n ||
        regionalEmployees.size() != n || national.output.size() != n) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error,
                     "regionalisation: the national model, national and regional employees must "
                     "have the same sectors");
        r.warnings = warnings.take();
        return r;
    }
    detail::checkCells(nationalEmployees, "national employees", warnings);
    detail::checkCells(regionalEmployees, "regional employees", warnings);
    const double tne = nationalEmployees.sum();
    const double tre = regionalEmployees.sum();
    if (!(tne > 0.0) || !(tre > 0.0) || !std::isfinite(tne) || !std::isfinite(tre)) {
        warnings.add(WarningKind::ZeroTotal, Severity::Error,
                     "regionalisation: national and regional employees must have a positive total");
        r.warnings = warnings.take();
        return r;
    }
    if (!(config.delta >= 0.0 && config.delta < 1.0))
        warnings.add(WarningKind::InvalidInput, Severity::Warning,
                     "FLQ δ outside [0, 1): computed as given");
    r.regionalShare = tre / tne;
    if (tre > tne)
        warnings.add(WarningKind::InvalidInput, Severity::Warning,
                     "regional employees exceed the national total: LQs computed as given");

    // SLQ and estimated output.
    r.slq.resize(n);
    r.output.resize(n);
    Eigen::Index unknown = 0, firstUnknown = -1;
    for (Eigen::Index i = 0; i < n; ++i) {
        if (nationalEmployees(i) > 0.0 && std::isfinite(regionalEmployees(i))) {
            r.slq(i) = (regionalEmployees(i) / tre) / (nationalEmployees(i) / tne);
            r.output(i) = regionalEmployees(i) * national.output(i) / nationalEmployees(i);
        } else {
            r.slq(i) = 1.0;
            r.output(i) = national.output(i) * r.regionalShare;
            if (unknown++ == 0)
                firstUnknown = i;
        }
    }
    warnings.add(WarningKind::Substituted, Severity::Info,
                 "sectors without national employees (e.g. 分類不明): SLQ set to 1 and output scaled "
                 "by the region's share of employees",
                 firstUnknown, -1, unknown);

    // Quotients t_ij.
    if (config.method == LqMethod::Flq || config.method == LqMethod::Aflq)
        r.lambda = std::pow(std::log2(1.0 + r.regionalShare), config.delta);
    r.quotients.resize(n, n);
    Eigen::Index absent = 0;
    for (Eigen::Index j = 0; j < n; ++j) {
        const bool columnAbsent = r.slq(j) <= 0.0;
        absent += columnAbsent ? 1 : 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            double t = r.slq(i);
            if (config.method != LqMethod::Slq && i != j)
                t = columnAbsent ? 1.0 : r.slq(i) / r.slq(j);
            if (config.method == LqMethod::Flq || config.method == LqMethod::Aflq)
                t *= r.lambda;
            if (config.method == LqMethod::Aflq && r.slq(j) > 1.0)
                t *= std::log2(1.0 + r.slq(j));
            r.quotients(i, j) = t;
        }
    }
    warnings.add(WarningKind::ZeroTotal, Severity::Info,
                 "sectors absent from the region (no employees): cross-industry quotients in their "
                 "columns capped at 1",
                 -1, -1, absent);

    // The estimated model.
    IoModel &m = r.model;
    m.sectors = national.sectors;
    m.estimated = true;
    m.output = r.output;
    m.technical = national.technical;
    const Eigen::MatrixXd &base =
        config.base == RegionalisationBase::Domestic ? national.regional : national.technical;
    m.regional = r.quotients.cwiseMin(1.0).cwiseProduct(base);
    m.selfSufficiency =
        impliedSelfSufficiency(m.regional, m.technical, r.output, r.slq.cwiseMin(1.0));
    m.importCoefficients = Eigen::VectorXd::Ones(n) - m.selfSufficiency;
    m.competitiveImports = true;
    m.inverse = leontiefInverse(m.regional, warnings);
    m.valueAddedRatios = national.valueAddedRatios;
    m.valueAddedKinds = national.valueAddedKinds;
    m.valueAddedRatio = national.valueAddedRatio;
    m.incomeRatio = national.incomeRatio;
    m.employeesPerOutput = national.employeesPerOutput;
    m.consumptionShares = national.consumptionShares;
    r.warnings = warnings.take();
    m.warnings = r.warnings;
    return r;
}

IoEstimatedTable estimatedRegionalTable(const IoTable &national, const IoModel &estimated,
                                        const IoRegionalDemandConfig &config)
{
    IoEstimatedTable out;
    WarningCollector warnings;
    const Eigen::Index n = national.sectorCount();
    const Eigen::Index r = national.valueAdded.rows();
    if (n == 0 || estimated.output.size() != n || estimated.technical.rows() != n ||
        estimated.technical.cols() != n || estimated.valueAddedRatios.rows() != r ||
        estimated.valueAddedRatios.cols() != n || estimated.selfSufficiency.size() != n ||
        national.finalDemand.rows() != n ||
        national.finalDemandKinds.size() != std::size_t(national.finalDemand.cols()) ||
        national.valueAddedKinds.size() != std::size_t(r)) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error,
                     "estimated table: the national table and the estimated model must have the same sectors "
                     "and value-added rows");
        out.warnings = warnings.take();
        return out;
    }
    IoTable &t = out.table;
    t.sectors = national.sectors;
    t.output = estimated.output;
    t.transactions = estimated.technical * estimated.output.asDiagonal();
    t.valueAdded = estimated.valueAddedRatios * estimated.output.asDiagonal();
    t.valueAddedNames = national.valueAddedNames;
    t.valueAddedKinds = national.valueAddedKinds;

    const auto total = [](const IoTable &table, ValueAddedKind kind) { return table.valueAddedOfKind(kind).sum(); };
    const auto gva = [&](const IoTable &table) {
        return table.valueAdded.sum() - total(table, ValueAddedKind::HouseholdExternal);
    };
    const auto share = [](double part, double whole) { return whole != 0.0 ? part / whole : kNaN; };
    out.householdShare = config.householdShare;
    out.governmentShare = config.governmentShare;
    out.investmentShare = std::isfinite(config.investmentShare) ? config.investmentShare
                                                                : share(gva(t), gva(national));
    out.householdExternalShare = share(total(t, ValueAddedKind::HouseholdExternal),
                                       total(national, ValueAddedKind::HouseholdExternal));
    if (!std::isfinite(out.householdShare) || !std::isfinite(out.governmentShare))
        warnings.add(WarningKind::MissingValue, Severity::Warning,
                     "estimated table: no regional share for 民間消費支出 or 一般政府消費支出: final demand, "
                     "移輸出 and 移輸入 are NaN");

    // Final demand other than exports, scaled; exports computed below.
    const Eigen::Index k = national.finalDemand.cols();
    t.finalDemand.resize(n, k);
    t.finalDemandNames = national.finalDemandNames;
    t.finalDemandKinds = national.finalDemandKinds;
    Eigen::Index exportColumn = -1;
    for (Eigen::Index d = 0; d < k; ++d) {
        double s = out.investmentShare;
        switch (national.finalDemandKinds[std::size_t(d)]) {
        case FinalDemandKind::HouseholdExternal: s = out.householdExternalShare; break;
        case FinalDemandKind::HouseholdConsumption: s = out.householdShare; break;
        case FinalDemandKind::GovernmentConsumption: s = out.governmentShare; break;
        case FinalDemandKind::Exports: s = 0.0; exportColumn = exportColumn < 0 ? d : exportColumn; break;
        default: break;
        }
        t.finalDemand.col(d) = national.finalDemand.col(d) * s;
    }
    if (exportColumn < 0) {   // a national table without exports: add the column
        t.finalDemand.conservativeResize(n, k + 1);
        exportColumn = k;
        t.finalDemandNames.push_back("輸出・移出");
        t.finalDemandKinds.push_back(FinalDemandKind::Exports);
    }
    const Eigen::VectorXd demand = t.transactions.rowwise().sum() + t.finalDemand.rowwise().sum();
    Eigen::VectorXd exports(n);
    t.imports.resize(n);
    Eigen::Index clipped = 0, firstClipped = -1;
    for (Eigen::Index i = 0; i < n; ++i) {
        const double own = estimated.selfSufficiency(i) * demand(i);   // demand met in the region
        exports(i) = t.output(i) - own;
        if (exports(i) < 0.0) {
            exports(i) = 0.0;
            if (clipped++ == 0)
                firstClipped = i;
        }
        t.imports(i) = demand(i) - t.output(i) + exports(i);
    }
    t.finalDemand.col(exportColumn) = exports;
    warnings.add(WarningKind::Substituted, Severity::Info,
                 "estimated table: sectors whose output falls short of the demand met in the region: 移輸出 0, "
                 "移輸入 = demand − output",
                 firstClipped, -1, clipped);
    warnings.add(WarningKind::Substituted, Severity::Info,
                 "estimated table: 移輸出 and 移輸入 from the implied 自給率; 純移輸出 = output − regional demand");
    out.warnings = warnings.take();
    return out;
}

IoCirculation ioCirculation(const IoTable &table, const IoCirculationConfig &config)
{
    IoCirculation c;
    WarningCollector warnings;
    const Eigen::Index n = table.transactions.rows();
    if (n == 0 || table.valueAdded.cols() != n || table.finalDemand.rows() != n ||
        table.valueAddedKinds.size() != std::size_t(table.valueAdded.rows()) ||
        table.finalDemandKinds.size() != std::size_t(table.finalDemand.cols()) ||
        (table.imports.size() != 0 && table.imports.size() != n)) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error,
                     "circulation: value added, final demand and imports must have one entry per sector");
        c.warnings = warnings.take();
        return c;
    }
    const Eigen::RowVectorXd outsideRow = table.valueAddedOfKind(ValueAddedKind::HouseholdExternal);
    c.grossValueAdded = (table.valueAdded.colwise().sum() - outsideRow).transpose();
    c.production = c.grossValueAdded.sum();
    c.compensation = table.valueAddedOfKind(ValueAddedKind::Compensation).sum();
    c.otherIncome = c.production - c.compensation;
    c.distribution = c.compensation + c.otherIncome;
    c.circulationRate = c.distribution != 0.0 ? c.production / c.distribution : kNaN;
    warnings.add(WarningKind::Substituted, Severity::Info,
                 "place-of-work table: 分配 equals 生産 and the 地域経済循環率 is 100 % by "
                 "construction; give residence-based income for RESAS's rate");
    if (std::isfinite(config.residenceIncome)) {
        c.residenceIncome = config.residenceIncome;
        c.incomeInflow = config.residenceIncome - c.production;
        if (config.residenceIncome > 0.0)
            c.residenceCirculationRate = c.production / config.residenceIncome;
        else
            warnings.add(WarningKind::InvalidInput, Severity::Warning,
                         "residence-based income is not positive: no residence-based 循環率");
    }

    c.householdConsumption = table.finalDemandOfKind(FinalDemandKind::HouseholdConsumption).sum();
    c.governmentConsumption = table.finalDemandOfKind(FinalDemandKind::GovernmentConsumption).sum();
    c.investment = table.finalDemandOfKind(FinalDemandKind::FixedCapital).sum() +
                   table.finalDemandOfKind(FinalDemandKind::Inventory).sum();
    c.otherDemand = table.finalDemandOfKind(FinalDemandKind::Other).sum();
    const Eigen::VectorXd exports = table.finalDemandOfKind(FinalDemandKind::Exports);
    const Eigen::VectorXd imports = table.imports.size() == n ? table.imports : Eigen::VectorXd::Zero(n);
    c.netExportsBySector = exports - imports;
    c.exports = exports.sum();
    c.imports = imports.sum();
    c.netExports = c.exports - c.imports;
    c.expenditure = c.householdConsumption + c.governmentConsumption + c.investment + c.otherDemand +
                    c.netExports;
    c.discrepancy = c.production - c.expenditure;
    const double scale = std::max(1.0, std::abs(c.production));
    if (!(std::abs(c.discrepancy) <= 1e-6 * scale))
        warnings.add(WarningKind::InvalidInput, Severity::Warning,
                     "生産 and 支出 differ (家計外消費支出 row and column totals differ, or the "
                     "table does not balance); see discrepancy");
    if (!std::isfinite(c.production) || !std::isfinite(c.expenditure))
        warnings.add(WarningKind::MissingValue, Severity::Warning,
                     "circulation: missing cells in the table; totals are NaN");
    c.warnings = warnings.take();
    return c;
}

} // namespace regionlens::analysis
