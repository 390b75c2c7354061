// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputoutput.h"

#include "matrixchecks.h"

#include <Eigen/LU>

#include <cmath>

namespace regionlens::analysis {

using detail::indexText;

Eigen::VectorXd IoTable::finalDemandOfKind(FinalDemandKind kind) const
{
    Eigen::VectorXd sum = Eigen::VectorXd::Zero(sectorCount());
    for (std::size_t d = 0; d < finalDemandKinds.size() && Eigen::Index(d) < finalDemand.cols(); ++d)
        if (finalDemandKinds[d] == kind && finalDemand.rows() == sectorCount())
            sum += finalDemand.col(Eigen::Index(d));
    return sum;
}

Eigen::RowVectorXd IoTable::valueAddedOfKind(ValueAddedKind kind) const
{
    Eigen::RowVectorXd sum = Eigen::RowVectorXd::Zero(sectorCount());
    for (std::size_t g = 0; g < valueAddedKinds.size() && Eigen::Index(g) < valueAdded.rows(); ++g)
        if (valueAddedKinds[g] == kind && valueAdded.cols() == sectorCount())
            sum += valueAdded.row(Eigen::Index(g));
    return sum;
}

void setJapaneseTableItems(IoTable &t)
{
    t.finalDemandNames = {"家計外消費支出(列)", "民間消費支出", "一般政府消費支出", "総固定資本形成", "在庫純増",
                          "輸出・移出"};
    t.finalDemandKinds = {FinalDemandKind::HouseholdExternal, FinalDemandKind::HouseholdConsumption,
                          FinalDemandKind::GovernmentConsumption, FinalDemandKind::FixedCapital,
                          FinalDemandKind::Inventory, FinalDemandKind::Exports};
    t.valueAddedNames = {"家計外消費支出(行)", "雇用者所得", "営業余剰", "資本減耗引当", "間接税", "(控除)経常補助金"};
    t.valueAddedKinds = {ValueAddedKind::HouseholdExternal, ValueAddedKind::Compensation,
                         ValueAddedKind::OperatingSurplus, ValueAddedKind::Depreciation,
                         ValueAddedKind::IndirectTaxes, ValueAddedKind::Subsidies};
}

Eigen::VectorXd positiveImports(const Eigen::VectorXd &published)
{
    return published.sum() < 0.0 ? Eigen::VectorXd(-published) : published;
}

namespace {

// Shape problems of a table; empty string when consistent.
std::string shapeProblem(const IoTable &t)
{
    const Eigen::Index n = t.transactions.rows();
    if (n == 0 || t.transactions.cols() != n)
        return "transactions must be a non-empty square matrix";
    if (t.sectors.size() != std::size_t(n))
        return "sector names: " + indexText(Eigen::Index(t.sectors.size())) + " for " + indexText(n) + " sectors";
    if (t.finalDemand.size() > 0 && t.finalDemand.rows() != n)
        return "final demand must have one row per sector";
    if (t.finalDemandKinds.size() != std::size_t(t.finalDemand.cols()))
        return "final demand: one kind per column is required";
    if (t.valueAdded.size() > 0 && t.valueAdded.cols() != n)
        return "value added must have one column per sector";
    if (t.valueAddedKinds.size() != std::size_t(t.valueAdded.rows()))
        return "value added: one kind per row is required";
    if (t.imports.size() != 0 && t.imports.size() != n)
        return "imports must have one value per sector";
    if (t.output.size() != 0 && t.output.size() != n)
        return "output must have one value per sector";
    if (t.employees.size() != 0 && t.employees.size() != n)
        return "employees must have one value per sector";
    return {};
}

Eigen::VectorXd outputOf(const IoTable &t)
{
    if (t.output.size() == t.transactions.rows())
        return t.output;
    Eigen::VectorXd x = t.transactions.colwise().sum().transpose();
    if (t.valueAdded.size() > 0)
        x += t.valueAdded.colwise().sum().transpose();
    return x;
}

// v / x per sector; 0 where x ≤ 0.
Eigen::RowVectorXd perUnit(const Eigen::RowVectorXd &v, const Eigen::VectorXd &x)
{
    Eigen::RowVectorXd r(v.size());
    for (Eigen::Index j = 0; j < v.size(); ++j)
        r(j) = x(j) > 0.0 ? v(j) / x(j) : 0.0;
    return r;
}

} // namespace

IoBalance ioBalance(const IoTable &table, double relativeTolerance)
{
    IoBalance b;
    WarningCollector warnings;
    if (const std::string problem = shapeProblem(table); !problem.empty()) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error, problem);
        b.warnings = warnings.take();
        return b;
    }
    const Eigen::VectorXd x = outputOf(table);
    b.rowError = table.transactions.rowwise().sum() - x;
    if (table.finalDemand.size() > 0)
        b.rowError += table.finalDemand.rowwise().sum();
    if (table.imports.size() > 0)
        b.rowError -= table.imports;
    b.columnError = table.transactions.colwise().sum().transpose() - x;
    if (table.valueAdded.size() > 0)
        b.columnError += table.valueAdded.colwise().sum().transpose();
    Eigen::Index badRows = 0, badColumns = 0, firstRow = -1, firstColumn = -1;
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        const double scale = std::max(1.0, std::abs(x(i)));
        const double re = std::abs(b.rowError(i)), ce = std::abs(b.columnError(i));
        b.maxAbsRowError = std::max(b.maxAbsRowError, re);
        b.maxAbsColumnError = std::max(b.maxAbsColumnError, ce);
        if (x(i) > 0.0) {
            b.maxRelRowError = std::max(b.maxRelRowError, re / x(i));
            b.maxRelColumnError = std::max(b.maxRelColumnError, ce / x(i));
        }
        if (!(re <= relativeTolerance * scale) && badRows++ == 0)
            firstRow = i;
        if (!(ce <= relativeTolerance * scale) && badColumns++ == 0)
            firstColumn = i;
    }
    warnings.add(WarningKind::InvalidInput, Severity::Warning,
                 "row balance (intermediate + final demand − imports = output) off beyond tolerance",
                 firstRow, -1, badRows);
    warnings.add(WarningKind::InvalidInput, Severity::Warning,
                 "column balance (intermediate inputs + value added = output) off beyond tolerance",
                 -1, firstColumn, badColumns);
    b.warnings = warnings.take();
    return b;
}

Eigen::MatrixXd leontiefInverse(const Eigen::MatrixXd &coefficients, WarningCollector &warnings)
{
    const Eigen::Index n = coefficients.rows();
    if (n == 0 || coefficients.cols() != n) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error,
                     "Leontief inverse: the coefficient matrix must be non-empty and square");
        return {};
    }
    if (!coefficients.allFinite()) {
        warnings.add(WarningKind::MissingValue, Severity::Error,
                     "Leontief inverse: the coefficient matrix has missing or infinite cells");
        return {};
    }
    const Eigen::MatrixXd leontief = Eigen::MatrixXd::Identity(n, n) - coefficients;
    Eigen::FullPivLU<Eigen::MatrixXd> lu(leontief);
    if (lu.rank() < n) {
        warnings.add(WarningKind::Singular, Severity::Error,
                     "I − A is singular (rank " + indexText(lu.rank()) + " of " + indexText(n) +
                         "): no Leontief inverse; check for a sector that only supplies itself");
        return {};
    }
    Eigen::MatrixXd inverse = lu.inverse();
    if (!inverse.allFinite()) {
        warnings.add(WarningKind::Singular, Severity::Error,
                     "I − A is numerically singular: the Leontief inverse is not finite");
        return {};
    }
    const Eigen::RowVectorXd columnSums = coefficients.colwise().sum();
    const Eigen::Index unproductive = (columnSums.array() >= 1.0).count();
    if (unproductive > 0) {
        Eigen::Index first = 0;
        columnSums.maxCoeff(&first);
        warnings.add(WarningKind::InvalidInput, Severity::Warning,
                     "input coefficients of a sector sum to 1 or more (inputs exceed output)", -1,
                     first, unproductive);
    }
    const Eigen::Index negatives = (inverse.array() < -1e-12).count();
    if (negatives > 0) {
        const auto [r, c] = detail::firstWhere(inverse, [](double v) { return v < -1e-12; });
        warnings.add(WarningKind::NegativeValue, Severity::Warning,
                     "Leontief inverse has negative cells: the coefficients are not productive "
                     "(a demand would lower some output); results are not meaningful",
                     r, c, negatives);
    }
    return inverse;
}

Eigen::MatrixXd closedInverse(const Eigen::MatrixXd &regional, const Eigen::RowVectorXd &income,
                              const Eigen::VectorXd &consumption, double self,
                              WarningCollector &warnings)
{
    const Eigen::Index n = regional.rows();
    if (regional.cols() != n || income.size() != n || consumption.size() != n) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error,
                     "type II: household row and column must have one value per sector");
        return {};
    }
    Eigen::MatrixXd closed(n + 1, n + 1);
    closed.topLeftCorner(n, n) = regional;
    closed.topRightCorner(n, 1) = consumption;
    closed.bottomLeftCorner(1, n) = income;
    closed(n, n) = self;
    return leontiefInverse(closed, warnings);
}

Eigen::MatrixXd typeTwoInverse(const Eigen::MatrixXd &regional, const Eigen::RowVectorXd &income,
                               const Eigen::VectorXd &consumption, double self,
                               WarningCollector &warnings)
{
    const Eigen::MatrixXd closed = closedInverse(regional, income, consumption, self, warnings);
    if (closed.size() == 0)
        return {};
    return closed.topLeftCorner(regional.rows(), regional.rows());
}

IoModel ioModel(const IoTable &table, const IoModelConfig &config)
{
    IoModel model;
    WarningCollector warnings;
    if (const std::string problem = shapeProblem(table); !problem.empty()) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error, problem);
        model.warnings = warnings.take();
        return model;
    }
    const Eigen::Index n = table.transactions.rows();
    model.sectors = table.sectors;
    detail::checkCells(table.transactions, "transactions", warnings);
    detail::checkCells(table.finalDemand, "final demand", warnings, false);
    detail::checkCells(table.valueAdded, "value added", warnings, false);
    detail::checkCells(table.imports, "imports (expected positive)", warnings);

    Eigen::VectorXd x = outputOf(table);
    {
        Eigen::Index zero = 0, negative = 0, firstZero = -1, firstNegative = -1;
        for (Eigen::Index j = 0; j < n; ++j) {
            if (!std::isfinite(x(j)) || x(j) < 0.0) {
                if (negative++ == 0)
                    firstNegative = j;
                x(j) = 0.0;
            } else if (x(j) == 0.0 && zero++ == 0) {
                firstZero = j;
            }
        }
        warnings.add(WarningKind::ZeroTotal, Severity::Warning,
                     "sectors with zero output: their input coefficients and ratios are set to 0",
                     firstZero, -1, zero);
        warnings.add(WarningKind::InvalidInput, Severity::Error,
                     "sectors with negative or missing output: treated as zero output", firstNegative,
                     -1, negative);
    }
    model.output = x;

    // A = Z X̂⁻¹ (columns of zero output stay 0).
    model.technical = Eigen::MatrixXd::Zero(n, n);
    for (Eigen::Index j = 0; j < n; ++j)
        if (x(j) > 0.0)
            model.technical.col(j) = table.transactions.col(j) / x(j);

    // Import coefficients of the competitive-import model.
    const bool hasImports = table.imports.size() == n && (table.imports.array() != 0.0).any();
    model.competitiveImports = config.imports == ImportTreatment::CompetitiveImports ||
                               (config.imports == ImportTreatment::Auto && hasImports);
    if (config.imports == ImportTreatment::CompetitiveImports && !hasImports)
        warnings.add(WarningKind::Substituted, Severity::Info,
                     "competitive-import model requested but the table has no imports: all "
                     "import coefficients are 0 (closed model)");
    model.importCoefficients = Eigen::VectorXd::Zero(n);
    if (model.competitiveImports && hasImports) {
        Eigen::VectorXd demand = table.transactions.rowwise().sum();
        if (table.finalDemand.rows() == n)
            demand += table.finalDemand.rowwise().sum() - table.finalDemandOfKind(FinalDemandKind::Exports);
        Eigen::Index outside = 0, firstOutside = -1, noDemand = 0, firstNoDemand = -1;
        for (Eigen::Index i = 0; i < n; ++i) {
            const double m = table.imports(i);
            double mi = 0.0;
            if (demand(i) > 0.0) {
                mi = m / demand(i);
            } else if (m != 0.0) {
                mi = 1.0;  // imports without regional demand: none of it is met in the region
                if (noDemand++ == 0)
                    firstNoDemand = i;
            }
            if (mi < 0.0 || mi > 1.0) {
                if (outside++ == 0)
                    firstOutside = i;
                if (config.clipImportCoefficients)
                    mi = std::clamp(mi, 0.0, 1.0);
            }
            model.importCoefficients(i) = mi;
        }
        warnings.add(WarningKind::InvalidInput, Severity::Warning,
                     config.clipImportCoefficients
                         ? "import coefficients outside [0, 1] (imports exceed regional demand: "
                           "re-exports) were clipped to [0, 1]"
                         : "import coefficients outside [0, 1] (imports exceed regional demand: "
                           "re-exports): 自給率 is negative for these sectors",
                     firstOutside, -1, outside);
        warnings.add(WarningKind::ZeroTotal, Severity::Warning,
                     "imports of a sector without regional demand: import coefficient set to 1",
                     firstNoDemand, -1, noDemand);
    }
    model.selfSufficiency = Eigen::VectorXd::Ones(n) - model.importCoefficients;
    model.regional = model.selfSufficiency.asDiagonal() * model.technical;
    model.inverse = leontiefInverse(model.regional, warnings);

    // Value-added, income and employment ratios.
    model.valueAddedKinds = table.valueAddedKinds;
    model.valueAddedRatios = Eigen::MatrixXd::Zero(table.valueAdded.rows(), n);
    model.valueAddedRatio = Eigen::RowVectorXd::Zero(n);
    for (Eigen::Index g = 0; g < table.valueAdded.rows(); ++g) {
        model.valueAddedRatios.row(g) = perUnit(table.valueAdded.row(g), x);
        if (config.valueAddedIncludesHouseholdExternal ||
            table.valueAddedKinds[std::size_t(g)] != ValueAddedKind::HouseholdExternal)
            model.valueAddedRatio += model.valueAddedRatios.row(g);
    }
    if (std::find(table.valueAddedKinds.begin(), table.valueAddedKinds.end(), ValueAddedKind::Compensation) ==
        table.valueAddedKinds.end())
        warnings.add(WarningKind::InvalidInput, Severity::Warning,
                     "no 雇用者所得 (compensation of employees) row: income effects and the "
                     "second indirect effect are 0");
    model.incomeRatio = perUnit(table.valueAddedOfKind(ValueAddedKind::Compensation), x);
    if (table.employees.size() == n) {
        detail::checkCells(table.employees, "employees", warnings);
        model.employeesPerOutput = perUnit(table.employees.transpose(), x);
    }

    // 民間消費支出 composition.
    const Eigen::VectorXd consumption = table.finalDemandOfKind(FinalDemandKind::HouseholdConsumption);
    const double total = consumption.sum();
    if (total > 0.0 && std::isfinite(total)) {
        model.consumptionShares = consumption / total;
    } else {
        model.consumptionShares = Eigen::VectorXd::Zero(n);
        warnings.add(WarningKind::ZeroTotal, Severity::Warning,
                     "no 民間消費支出 (household consumption) column or its total is 0: the second "
                     "indirect effect and type II multipliers equal type I");
    }
    model.warnings = warnings.take();
    return model;
}

namespace {

bool modelUsable(const IoModel &model, WarningCollector &warnings)
{
    if (model.valid())
        return true;
    warnings.add(WarningKind::Singular, Severity::Error,
                 "the input–output model has no Leontief inverse (see the model's warnings)");
    return false;
}

} // namespace

IoMultipliers ioMultipliers(const IoModel &model, const IoMultiplierConfig &config)
{
    IoMultipliers m;
    m.type = config.type;
    WarningCollector warnings;
    if (!modelUsable(model, warnings)) {
        m.warnings = warnings.take();
        return m;
    }
    if (config.type == MultiplierType::TypeII) {
        const Eigen::VectorXd household =
            config.consumptionRatio * model.selfSufficiency.cwiseProduct(model.consumptionShares);
        m.inverse = typeTwoInverse(model.regional, model.incomeRatio, household, 0.0, warnings);
        if (m.inverse.size() == 0) {
            m.warnings = warnings.take();
            return m;
        }
    } else {
        m.inverse = model.inverse;
    }
    m.output = m.inverse.colwise().sum().transpose();
    m.valueAdded = (model.valueAddedRatio * m.inverse).transpose();
    m.income = (model.incomeRatio * m.inverse).transpose();
    if (model.employeesPerOutput.size() == m.inverse.rows())
        m.employment = (model.employeesPerOutput * m.inverse).transpose();
    const Eigen::VectorXd rowSums = m.inverse.rowwise().sum();
    const double meanColumn = m.output.mean();
    const double meanRow = rowSums.mean();
    if (meanColumn > 0.0 && meanRow > 0.0) {
        m.backwardLinkage = m.output / meanColumn;
        m.forwardLinkage = rowSums / meanRow;
    } else {
        warnings.add(WarningKind::ZeroTotal, Severity::Warning,
                     "the inverse has no positive column or row sums: linkages not computed");
    }
    m.selfSufficiency = model.selfSufficiency;
    m.warnings = warnings.take();
    return m;
}

namespace {

IoEffect effectOf(const IoModel &model, const Eigen::VectorXd &output)
{
    IoEffect e;
    e.output = output;
    e.valueAdded = model.valueAddedRatio.transpose().cwiseProduct(output);
    e.income = model.incomeRatio.transpose().cwiseProduct(output);
    if (model.employeesPerOutput.size() == output.size())
        e.employees = model.employeesPerOutput.transpose().cwiseProduct(output);
    return e;
}

IoEffect sumOf(const IoModel &model, const IoEffect &a, const IoEffect &b, const IoEffect &c)
{
    return effectOf(model, a.output + b.output + c.output);
}

double ratio(double total, double direct, const char *what, WarningCollector &warnings)
{
    if (direct != 0.0 && std::isfinite(direct))
        return total / direct;
    warnings.add(WarningKind::ZeroTotal, Severity::Info,
                 std::string("波及倍率 of ") + what + " undefined: the direct effect is 0");
    return kNaN;
}

} // namespace

IoImpactResult ioImpact(const IoModel &model, const Eigen::VectorXd &demand, const IoImpactConfig &config)
{
    IoImpactResult r;
    r.demand = demand;
    WarningCollector warnings;
    if (!modelUsable(model, warnings)) {
        r.warnings = warnings.take();
        return r;
    }
    const Eigen::Index n = model.inverse.rows();
    if (demand.size() != n) {
        warnings.add(WarningKind::ShapeMismatch, Severity::Error,
                     "demand has " + indexText(demand.size()) + " values for " + indexText(n) + " sectors");
        r.warnings = warnings.take();
        return r;
    }
    detail::checkCells(demand, "demand", warnings, false);
    if (config.consumptionRatio < 0.0 || config.consumptionRatio > 1.0)
        warnings.add(WarningKind::InvalidInput, Severity::Warning,
                     "消費転換係数 outside [0, 1]: computed as given");

    const Eigen::VectorXd x0 =
        config.applySelfSufficiency ? Eigen::VectorXd(model.selfSufficiency.cwiseProduct(demand)) : demand;
    const Eigen::VectorXd x01 = model.inverse * x0;
    r.direct = effectOf(model, x0);
    r.indirect1 = effectOf(model, x01 - x0);
    if (config.secondIndirect) {
        r.inducedIncome = model.incomeRatio.dot(x01);
        r.inducedConsumption = config.consumptionRatio * r.inducedIncome;
        const Eigen::VectorXd c = model.selfSufficiency.cwiseProduct(model.consumptionShares) *
                                  r.inducedConsumption;
        r.indirect2 = effectOf(model, model.inverse * c);
    } else {
        r.indirect2 = effectOf(model, Eigen::VectorXd::Zero(n));
    }
    r.total = sumOf(model, r.direct, r.indirect1, r.indirect2);
    r.outputRatio = ratio(r.total.totalOutput(), r.direct.totalOutput(), "output", warnings);
    r.valueAddedRatio = ratio(r.total.totalValueAdded(), r.direct.totalValueAdded(), "value added", warnings);
    r.incomeRatio = ratio(r.total.totalIncome(), r.direct.totalIncome(), "income", warnings);
    if (r.total.employees.size() == n)
        r.employeesRatio = ratio(r.total.totalEmployees(), r.direct.totalEmployees(), "employees", warnings);
    r.warnings = warnings.take();
    return r;
}

} // namespace regionlens::analysis
