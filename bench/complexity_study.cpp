// SPDX-License-Identifier: GPL-3.0-or-later
// The study of docs/complexity.md (issue 13, Validation), on the bundled
// starter pack through the complexity adapter:
//  1. Does relatedness predict where industries appear? Municipality ×
//     industry cells (1,741 × 18 JSIC divisions, private employees, 経済
//     センサス‐活動調査 2016 and 2021) without specialisation in 2016
//     (RCA < 1): does the 2016 relatedness density predict RCA ≥ 1 in 2021?
//     AUC (Mann–Whitney) and logit coefficients with standard errors (IRLS,
//     below), with and without controls.
//  2. ECI of the 47 prefectures against GDP per head (県民経済計算 nominal
//     GDP / census population): Pearson and Spearman correlations.
//
//   build/bench/complexity_study [STORE.sqlite]
//
// Without an argument a starter store is made in a temporary folder. Not a
// benchmark: a reproducible table; prints Markdown on stdout.
#include "analysis/complexity.h"
#include "datasets/adapters/complexityadapter.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <Eigen/Cholesky>
#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;
using namespace regionlens;
using datasets::ComplexityFigures;
using datasets::RegionLevel;

namespace {

// --- statistics -----------------------------------------------------------

struct Logit
{
    Eigen::VectorXd beta;
    Eigen::VectorXd se;
    Eigen::VectorXd seCluster;   // cluster-robust (sandwich) SE, when clusters are given
    int iterations = 0;
    bool converged = false;
    double logLik = 0.0;
};

// Logistic regression by iteratively reweighted least squares (Newton's
// method on the log-likelihood); SE from the inverse information (X'WX)^-1
// and, with cluster ids, the cluster-robust sandwich
// (X'WX)^-1 (Σ_g s_g s_g') (X'WX)^-1, s_g = Σ_{i in g} x_i (y_i − p_i)
// (no small-sample correction).
Logit logit(const Eigen::MatrixXd &X, const Eigen::VectorXd &y, const std::vector<int> &clusters = {})
{
    Logit fit;
    fit.beta = Eigen::VectorXd::Zero(X.cols());
    for (fit.iterations = 1; fit.iterations <= 50; ++fit.iterations) {
        const Eigen::ArrayXd eta = (X * fit.beta).array();
        const Eigen::ArrayXd p = 1.0 / (1.0 + (-eta).exp());
        const Eigen::ArrayXd w = (p * (1.0 - p)).max(1e-12);
        const Eigen::MatrixXd info = X.transpose() * (X.array().colwise() * w).matrix();
        const Eigen::VectorXd score = X.transpose() * (y.array() - p).matrix();
        const Eigen::LDLT<Eigen::MatrixXd> ldlt(info);
        const Eigen::VectorXd step = ldlt.solve(score);
        fit.beta += step;
        if (step.cwiseAbs().maxCoeff() < 1e-10) {
            fit.converged = true;
            break;
        }
    }
    const Eigen::ArrayXd eta = (X * fit.beta).array();
    const Eigen::ArrayXd p = 1.0 / (1.0 + (-eta).exp());
    const Eigen::ArrayXd w = p * (1.0 - p);
    const Eigen::MatrixXd info = X.transpose() * (X.array().colwise() * w).matrix();
    const Eigen::MatrixXd cov = info.ldlt().solve(Eigen::MatrixXd::Identity(X.cols(), X.cols()));
    fit.se = cov.diagonal().cwiseSqrt();
    if (!clusters.empty()) {
        const int groups = *std::max_element(clusters.begin(), clusters.end()) + 1;
        Eigen::MatrixXd scores = Eigen::MatrixXd::Zero(groups, X.cols());
        const Eigen::ArrayXd residual = y.array() - p;
        for (Eigen::Index i = 0; i < X.rows(); ++i)
            scores.row(clusters[std::size_t(i)]) += X.row(i) * residual(i);
        const Eigen::MatrixXd meat = scores.transpose() * scores;
        fit.seCluster = (cov * meat * cov).diagonal().cwiseSqrt();
    }
    fit.logLik = (y.array() * p.log() + (1.0 - y.array()) * (1.0 - p).log()).sum();
    return fit;
}

// The logit of one binary regressor has a closed form: β1 = log odds ratio,
// SE(β1) = √(1/a + 1/b + 1/c + 1/d) (e.g. Agresti, Categorical Data
// Analysis, 3rd ed., §3.1 and §5.1.1). The IRLS above must reproduce it.
bool selfCheck()
{
    // x = 0: 30 failures, 10 successes; x = 1: 15 failures, 45 successes.
    const int a = 30, b = 10, c = 15, d = 45;
    const int n = a + b + c + d;
    Eigen::MatrixXd X(n, 2);
    Eigen::VectorXd y(n);
    int i = 0;
    const auto add = [&](double x, double outcome, int count) {
        for (int k = 0; k < count; ++k, ++i) {
            X(i, 0) = 1.0;
            X(i, 1) = x;
            y(i) = outcome;
        }
    };
    add(0, 0, a);
    add(0, 1, b);
    add(1, 0, c);
    add(1, 1, d);
    const Logit fit = logit(X, y);
    const double beta = std::log((double(d) / c) / (double(b) / a));
    const double se = std::sqrt(1.0 / a + 1.0 / b + 1.0 / c + 1.0 / d);
    return fit.converged && std::abs(fit.beta(1) - beta) < 1e-9 && std::abs(fit.se(1) - se) < 1e-9
        && std::abs(fit.beta(0) - std::log(double(b) / a)) < 1e-9;
}

// Midranks (1-based), ties averaged.
Eigen::VectorXd ranks(const Eigen::VectorXd &v)
{
    std::vector<Eigen::Index> order(std::size_t(v.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](Eigen::Index a, Eigen::Index b) { return v(a) < v(b); });
    Eigen::VectorXd r(v.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && v(order[j + 1]) == v(order[i]))
            ++j;
        const double mid = (double(i) + double(j)) / 2.0 + 1.0;
        for (std::size_t k = i; k <= j; ++k)
            r(order[k]) = mid;
        i = j + 1;
    }
    return r;
}

// AUC = P(score of a positive > score of a negative) + ½ P(tie) (Mann–Whitney U / n1 n0).
double auc(const Eigen::VectorXd &score, const Eigen::VectorXd &y)
{
    const Eigen::VectorXd r = ranks(score);
    const double n1 = y.sum();
    const double n0 = double(y.size()) - n1;
    const double rankSum = (r.array() * y.array()).sum();
    return (rankSum - n1 * (n1 + 1.0) / 2.0) / (n1 * n0);
}

double pearson(const Eigen::VectorXd &a, const Eigen::VectorXd &b)
{
    const Eigen::ArrayXd x = a.array() - a.mean();
    const Eigen::ArrayXd y = b.array() - b.mean();
    return (x * y).sum() / std::sqrt((x * x).sum() * (y * y).sum());
}

double spearman(const Eigen::VectorXd &a, const Eigen::VectorXd &b)
{
    return pearson(ranks(a), ranks(b));
}

Eigen::VectorXd standardised(const Eigen::VectorXd &v)
{
    const double mean = v.mean();
    const double sd = std::sqrt((v.array() - mean).square().sum() / double(v.size() - 1));
    return (v.array() - mean) / sd;
}

// --- data -----------------------------------------------------------------

ComplexityFigures figures(const datasets::Store &store, RegionLevel level, int year,
                          analysis::ProximityRule proximity = analysis::ProximityRule::CoOccurrence)
{
    datasets::ComplexityRequest request;
    request.indicator = u"employees"_s;
    request.level = level;
    request.year = year;
    request.proximity = proximity;
    return datasets::compute(datasets::load(store, request));
}

double value(const datasets::Store &store, const QString &indicator, const QString &region, int year,
             const QString &industry = QString())
{
    datasets::ObservationQuery q;
    q.indicator = indicator;
    q.region = region;
    q.year = year;
    q.industry = industry;
    const QList<datasets::Observation> rows = store.observations(q);
    return rows.isEmpty() ? std::nan("") : rows.first().value;
}

void printLogit(const char *label, const Logit &fit, const std::vector<const char *> &names, double aucValue,
                Eigen::Index n)
{
    std::printf("| %s | ", label);
    for (std::size_t k = 0; k < names.size(); ++k) {
        const Eigen::Index j = Eigen::Index(k + 1);
        std::printf("%s%s %.3f (%.3f", k ? "; " : "", names[k], fit.beta(j), fit.se(j));
        if (fit.seCluster.size() > j)
            std::printf("; clustered %.3f", fit.seCluster(j));
        std::printf(")");
    }
    std::printf(" | %.3f | %.1f | %lld | %d%s |\n", aucValue, fit.logLik, static_cast<long long>(n), fit.iterations,
                fit.converged ? "" : " (not converged)");
}

// --- 1. relatedness → new specialisations ---------------------------------

void relatednessStudy(const datasets::Store &store, analysis::ProximityRule rule, const char *title,
                      double minEmployees = 0.0)
{
    const ComplexityFigures a = figures(store, RegionLevel::Municipality, 2016, rule);
    const ComplexityFigures b = figures(store, RegionLevel::Municipality, 2021, rule);
    if (a.regions != b.regions || a.industries != b.industries) {
        std::printf("regions or industries differ between 2016 and 2021\n");
        return;
    }
    const int R = int(a.regions.size());
    const int P = int(a.industries.size());
    std::vector<double> density, rca, logSize, outcome;
    std::vector<int> industry, municipality;
    for (int r = 0; r < R; ++r) {
        double size = 0.0;
        for (int c = 0; c < P; ++c)
            size += std::isfinite(a.values.at(r, c)) ? a.values.at(r, c) : 0.0;
        if (size < minEmployees)
            continue;
        for (int c = 0; c < P; ++c) {
            const double r16 = a.rca.at(r, c), r21 = b.rca.at(r, c), d = a.density.at(r, c);
            if (!(std::isfinite(r16) && std::isfinite(r21) && std::isfinite(d)) || r16 >= 1.0)
                continue;
            density.push_back(d);
            rca.push_back(r16);
            logSize.push_back(std::log(size));
            outcome.push_back(r21 >= 1.0 ? 1.0 : 0.0);
            industry.push_back(c);
            municipality.push_back(r);
        }
    }
    const Eigen::Index n = Eigen::Index(outcome.size());
    const Eigen::VectorXd y = Eigen::Map<const Eigen::VectorXd>(outcome.data(), n);
    const Eigen::VectorXd d = Eigen::Map<const Eigen::VectorXd>(density.data(), n);
    const Eigen::VectorXd x = Eigen::Map<const Eigen::VectorXd>(rca.data(), n);
    const Eigen::VectorXd s = Eigen::Map<const Eigen::VectorXd>(logSize.data(), n);
    const Eigen::VectorXd zd = standardised(d), zx = standardised(x), zs = standardised(s);

    std::printf("\n### %s\n\n", title);
    std::printf("Cells with RCA < 1 in 2016: %lld of %d; of them RCA ≥ 1 in 2021: %.0f (%.2f %%).\n",
                static_cast<long long>(n), R * P, y.sum(), 100.0 * y.mean());
    std::printf("Density 2016 of those cells: mean %.4f, sd %.4f (min %.4f, max %.4f).\n\n", d.mean(),
                std::sqrt((d.array() - d.mean()).square().sum() / double(n - 1)), d.minCoeff(), d.maxCoeff());

    // Share that became specialised, by density quintile.
    std::vector<Eigen::Index> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](Eigen::Index i, Eigen::Index j) { return d(i) < d(j); });
    std::printf("| density quintile (2016) | density range | cells | RCA ≥ 1 in 2021 |\n|---|---|---:|---:|\n");
    for (int q = 0; q < 5; ++q) {
        const std::size_t from = std::size_t(n) * std::size_t(q) / 5, to = std::size_t(n) * std::size_t(q + 1) / 5;
        double hits = 0.0;
        for (std::size_t k = from; k < to; ++k)
            hits += y(order[k]);
        std::printf("| Q%d | %.3f – %.3f | %zu | %.2f %% |\n", q + 1, d(order[from]), d(order[to - 1]), to - from,
                    100.0 * hits / double(to - from));
    }

    std::printf("\nAUC of the 2016 density alone: **%.3f**; of the 2016 RCA alone: %.3f.\n\n", auc(d, y), auc(x, y));
    Eigen::MatrixXd X1(n, 2);
    X1 << Eigen::VectorXd::Ones(n), zd;
    const Logit m1 = logit(X1, y, municipality);
    // Cells near the threshold: RCA 2016 in [0.5, 1).
    std::vector<double> nearD, nearY;
    for (Eigen::Index i = 0; i < n; ++i)
        if (x(i) >= 0.5) {
            nearD.push_back(d(i));
            nearY.push_back(y(i));
        }
    std::printf("Cells with 0.5 ≤ RCA 2016 < 1: %zu, of them RCA ≥ 1 in 2021: %.2f %%; AUC of density among them: "
                "%.3f.\n\n",
                nearD.size(),
                100.0 * std::accumulate(nearY.begin(), nearY.end(), 0.0) / double(nearY.size()),
                auc(Eigen::Map<const Eigen::VectorXd>(nearD.data(), Eigen::Index(nearD.size())),
                    Eigen::Map<const Eigen::VectorXd>(nearY.data(), Eigen::Index(nearY.size()))));
    std::printf("| logit model (all regressors standardised) | coefficient (SE) | in-sample AUC | log-lik. | n | "
                "IRLS iterations |\n|---|---|---:|---:|---:|---:|\n");
    printLogit("1: density", m1, {"density"}, auc(X1 * m1.beta, y), n);
    Eigen::MatrixXd X2(n, 3);
    X2 << Eigen::VectorXd::Ones(n), zd, zx;
    const Logit m2 = logit(X2, y, municipality);
    printLogit("2: density + RCA 2016", m2, {"density", "RCA 2016"}, auc(X2 * m2.beta, y), n);
    // + log employees of the municipality and industry dummies (the first industry the base).
    Eigen::MatrixXd X3 = Eigen::MatrixXd::Zero(n, 4 + P - 1);
    X3.leftCols(4) << Eigen::VectorXd::Ones(n), zd, zx, zs;
    for (Eigen::Index i = 0; i < n; ++i)
        if (industry[std::size_t(i)] > 0)
            X3(i, 3 + industry[std::size_t(i)]) = 1.0;
    const Logit m3 = logit(X3, y, municipality);
    printLogit("3: density + RCA 2016 + log employees + industry dummies", m3,
               {"density", "RCA 2016", "log employees"}, auc(X3 * m3.beta, y), n);
    const Logit m0 = logit(Eigen::MatrixXd(X1.leftCols(1)), y);
    std::printf("\nDensity in model 3: z = %.1f (clustered by municipality: %.1f); odds ratio per sd of density "
                "%.3f (95 %% CI %.3f – %.3f, clustered). Intercept-only log-lik. %.1f.\n",
                m3.beta(1) / m3.se(1), m3.beta(1) / m3.seCluster(1), std::exp(m3.beta(1)),
                std::exp(m3.beta(1) - 1.96 * m3.seCluster(1)), std::exp(m3.beta(1) + 1.96 * m3.seCluster(1)),
                m0.logLik);
}

// --- 2. ECI of the prefectures and GDP per head ----------------------------

void eciStudy(const datasets::Store &store)
{
    std::printf("\n## ECI of the prefectures and GDP per head\n\n");
    std::printf("| employees year | GDP fiscal year / population (census) | Pearson r (ECI, log GDP per head) | "
                "Spearman ρ | Pearson without 東京都 | Pearson r (diversity, log GDP per head) |\n"
                "|---|---|---:|---:|---:|---:|\n");
    struct Pair { int employees, gdp, population; };
    for (const Pair &p : {Pair{2016, 2016, 2015}, Pair{2021, 2021, 2020}}) {
        const ComplexityFigures f = figures(store, RegionLevel::Prefecture, p.employees);
        std::vector<double> eci, gdp, div, eciNoTokyo, gdpNoTokyo;
        for (int r = 0; r < f.regions.size(); ++r) {
            const double g = value(store, u"gdp_nominal"_s, f.regions.at(r), p.gdp, u"TOTAL"_s);
            const double pop = value(store, u"population"_s, f.regions.at(r), p.population);
            if (!(std::isfinite(g) && std::isfinite(pop) && pop > 0.0 && std::isfinite(f.eci.at(r))))
                continue;
            const double perHead = std::log(g * 1e6 / pop);
            eci.push_back(f.eci.at(r));
            gdp.push_back(perHead);
            div.push_back(f.diversity.at(r));
            if (f.regions.at(r) != u"13") {
                eciNoTokyo.push_back(f.eci.at(r));
                gdpNoTokyo.push_back(perHead);
            }
        }
        const auto vec = [](const std::vector<double> &v) {
            return Eigen::VectorXd(Eigen::Map<const Eigen::VectorXd>(v.data(), Eigen::Index(v.size())));
        };
        std::printf("| %d | FY%d / %d (n = %zu) | %.3f | %.3f | %.3f | %.3f |\n", p.employees, p.gdp, p.population,
                    eci.size(), pearson(vec(eci), vec(gdp)), spearman(vec(eci), vec(gdp)),
                    pearson(vec(eciNoTokyo), vec(gdpNoTokyo)), pearson(vec(div), vec(gdp)));
        if (p.employees == 2021) {
            std::vector<int> order(std::size_t(f.regions.size()));
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(), [&](int i, int j) { return f.eci.at(i) > f.eci.at(j); });
            std::printf("\nECI 2021, highest five: ");
            for (int k = 0; k < 5; ++k)
                std::printf("%s%s %.2f", k ? ", " : "", qPrintable(f.regions.at(order[std::size_t(k)])),
                            f.eci.at(order[std::size_t(k)]));
            std::printf("; lowest five: ");
            for (int k = 0; k < 5; ++k) {
                const int i = order[order.size() - 1 - std::size_t(k)];
                std::printf("%s%s %.2f", k ? ", " : "", qPrintable(f.regions.at(i)), f.eci.at(i));
            }
            std::printf(". PCI 2021: ");
            for (int c = 0; c < f.industries.size(); ++c)
                std::printf("%s%s %.2f", c ? ", " : "", qPrintable(f.industries.at(c)), f.pci.at(c));
            std::printf(".\n\n");
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!selfCheck()) {
        std::fprintf(stderr, "complexity_study: the logit self-check failed\n");
        return 1;
    }
    QTemporaryDir dir;
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(u"starter.sqlite"_s);
    datasets::Store store;
    QString error;
    if (!datasets::openOrCreateStore(store, path, &error)) {
        std::fprintf(stderr, "complexity_study: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("(logit self-check against the closed form of a 2 × 2 table: passed)\n");
    std::printf("\n## Does relatedness predict new specialisations? (municipalities, 2016 → 2021)\n");
    relatednessStudy(store, analysis::ProximityRule::CoOccurrence, "Co-occurrence proximity (the default)");
    relatednessStudy(store, analysis::ProximityRule::CoOccurrence,
                     "Co-occurrence proximity, municipalities with at least 10,000 employees in 2016 (proximity and "
                     "density still from all 1,741)",
                     10000.0);
    relatednessStudy(store, analysis::ProximityRule::Correlation, "Correlation proximity (continuous variant)");
    eciStudy(store);
    return 0;
}
