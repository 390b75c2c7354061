// SPDX-License-Identifier: GPL-3.0-or-later
// How good is FLQ for Japanese prefectures? (issue 10)
//
// For each of the 45 prefectures of ../shared/data/io_2015_regional_12sector/
// 2015Data_Japan.csv, estimate the regional table from the national one (row
// 00000) and the prefecture's employees by sector (SEmp_*, 2014 経済センサス-
// 基礎調査, aggregated with ioSector12OfJsicMajorGroup), and compare with the
// official table (competitive-import model): output multipliers (column sums
// of the inverse) and 自給率 by sector, for SLQ, CILQ, FLQ and AFLQ over
// δ = 0, 0.05, …, 0.5, on both national bases (domestic / technical
// coefficients). Prints the Markdown tables of docs/io-flq-validation.md.
//
//   cmake -S . -B build -DREGIONLENS_BUILD_BENCH=ON && cmake --build build --target io_flq_validation
//   build/bench/io_flq_validation ../shared/data/io_2015_regional_12sector/2015Data_Japan.csv
//
// Analysis layer + the standard library only; reads the file as it is.
#include "analysis/inputoutput.h"
#include "analysis/ioregional.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace regionlens::analysis;

namespace {

constexpr int kN = 12;

struct Row
{
    std::string id;
    IoTable table;
    Eigen::VectorXd employees = Eigen::VectorXd::Zero(kN);
};

double number(const std::string &s)
{
    if (s == "True")
        return 1.0;   // pandas bool artefact (PROVENANCE.md)
    if (s == "False")
        return 0.0;
    return std::stod(s);
}

std::vector<Row> readFile(const std::string &path)
{
    std::ifstream in(path);
    std::vector<Row> rows;
    std::string line;
    std::vector<std::string> header;
    std::map<std::string, int> column;
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::stringstream ss(line);
        for (std::string x; std::getline(ss, x, ',');)
            f.push_back(x);
        if (header.empty()) {
            header = f;
            for (int c = 0; c < int(f.size()); ++c)
                column[f[c]] = c;
            continue;
        }
        const auto at = [&](const std::string &name) { return number(f[column.at(name)]); };
        const auto key = [](const char *p, int a, int b) {
            return std::string(p) + "_" + std::to_string(a) + (b ? "_" + std::to_string(b) : "");
        };
        Row r;
        r.id = f[0];
        IoTable &t = r.table;
        for (int i = 0; i < kN; ++i)
            t.sectors.push_back("s" + std::to_string(i + 1));
        t.transactions.resize(kN, kN);
        t.finalDemand.resize(kN, 6);
        t.valueAdded.resize(6, kN);
        t.imports.resize(kN);
        t.output.resize(kN);
        for (int i = 1; i <= kN; ++i) {
            for (int j = 1; j <= kN; ++j)
                t.transactions(i - 1, j - 1) = at(key("A", i, j));
            for (int d = 1; d <= 6; ++d)
                t.finalDemand(i - 1, d - 1) = at(key("D", i, d));
            for (int g = 1; g <= 6; ++g)
                t.valueAdded(g - 1, i - 1) = at(key("V", i, g));
            t.imports(i - 1) = at(key("M", i, 0));
            t.output(i - 1) = at(key("Y", i, 0));
        }
        t.imports = positiveImports(t.imports);
        setJapaneseTableItems(t);
        for (int c = 0; c < int(header.size()); ++c)
            if (header[c].rfind("SEmp_", 0) == 0) {
                const int sector = ioSector12OfJsicMajorGroup(std::stoi(header[c].substr(5, 2)));
                if (sector >= 0)
                    r.employees(sector) += number(f[c]);
            }
        rows.push_back(std::move(r));
    }
    return rows;
}

struct Official
{
    std::string id;
    Eigen::VectorXd multipliers;
    Eigen::VectorXd selfSufficiency;
    Eigen::VectorXd employees;
};

struct Errors
{
    double mape = 0;      // mean |est − off| / off of output multipliers, %
    double bias = 0;      // mean (est − off) / off, %
    double maxApe = 0;    // largest |%| error
    double meanMultiplierApe = 0;  // |mean over sectors| error per prefecture, %
    double ssMae = 0;     // 自給率 mean absolute error, percentage points
    double ssBias = 0;    // 自給率 mean error, points
    double slqMae = 0;    // 自給率 estimated as min(1, SLQ_i) instead: mean absolute error, points
    int cells = 0;
};

Errors compare(const IoModel &national, const Eigen::VectorXd &nationalEmployees,
               const std::vector<Official> &officials, const RegionalisationConfig &config)
{
    Errors e;
    for (const Official &o : officials) {
        const RegionalisationResult r = regionalise(national, nationalEmployees, o.employees, config);
        if (!r.model.valid())
            continue;
        const Eigen::VectorXd est = r.model.inverse.colwise().sum().transpose();
        for (int j = 0; j < kN - 1; ++j) {  // 分類不明 left out: no employees anywhere
            const double ape = (est(j) - o.multipliers(j)) / o.multipliers(j) * 100.0;
            e.mape += std::abs(ape);
            e.bias += ape;
            e.maxApe = std::max(e.maxApe, std::abs(ape));
            const double ss = (r.model.selfSufficiency(j) - o.selfSufficiency(j)) * 100.0;
            e.ssMae += std::abs(ss);
            e.ssBias += ss;
            e.slqMae += std::abs(std::min(1.0, r.slq(j)) - o.selfSufficiency(j)) * 100.0;
            ++e.cells;
        }
        e.meanMultiplierApe += std::abs(est.head(kN - 1).mean() - o.multipliers.head(kN - 1).mean()) /
                               o.multipliers.head(kN - 1).mean() * 100.0;
    }
    if (e.cells > 0) {
        e.mape /= e.cells;
        e.bias /= e.cells;
        e.ssMae /= e.cells;
        e.ssBias /= e.cells;
        e.slqMae /= e.cells;
        e.meanMultiplierApe /= double(officials.size());
    }
    return e;
}

const char *methodName(LqMethod m)
{
    switch (m) {
    case LqMethod::Slq: return "SLQ";
    case LqMethod::Cilq: return "CILQ";
    case LqMethod::Flq: return "FLQ";
    case LqMethod::Aflq: return "AFLQ";
    }
    return "?";
}

} // namespace

int main(int argc, char **argv)
{
    const std::string path = argc > 1 ? argv[1] : "../shared/data/io_2015_regional_12sector/2015Data_Japan.csv";
    const std::vector<Row> rows = readFile(path);
    if (rows.empty()) {
        std::fprintf(stderr, "cannot read %s\n", path.c_str());
        return 2;
    }
    const Row *japan = nullptr;
    std::vector<Official> officials;
    for (const Row &r : rows) {
        if (r.id == "00000") {
            japan = &r;
        } else if (r.id.size() == 5 && r.id.substr(2) == "000") {
            const IoModel m = ioModel(r.table);
            officials.push_back({r.id, m.inverse.colwise().sum().transpose(), m.selfSufficiency, r.employees});
        }
    }
    if (!japan || officials.size() != 45) {
        std::fprintf(stderr, "expected Japan and 45 prefectures, got %zu\n", officials.size());
        return 2;
    }
    IoTable nt = japan->table;
    const IoModel national = ioModel(nt);

    std::printf("Prefectures: %zu; cells per method: %zu (11 sectors, 分類不明 left out).\n\n", officials.size(),
                officials.size() * (kN - 1));
    double bestDelta = 0, bestMape = 1e300, slqSelfSufficiencyMae = 0;
    for (const RegionalisationBase base : {RegionalisationBase::Domestic, RegionalisationBase::Technical}) {
        std::printf("### National base: %s\n\n",
                    base == RegionalisationBase::Domestic ? "domestic coefficients (I − M̂ₙ)Aₙ (default)"
                                                          : "technical coefficients Aₙ");
        std::printf("| method | δ | multiplier MAPE %% | bias %% | max |%%| | mean-multiplier APE %% | 自給率 MAE pts | 自給率 bias pts |\n");
        std::printf("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        if (base == RegionalisationBase::Domestic) {
            const Errors s = compare(national, japan->employees, officials, RegionalisationConfig{});
            slqSelfSufficiencyMae = s.slqMae;
        }
        const auto line = [&](LqMethod method, double delta) {
            RegionalisationConfig config;
            config.method = method;
            config.delta = delta;
            config.base = base;
            const Errors e = compare(national, japan->employees, officials, config);
            std::printf("| %s | %s | %.2f | %+.2f | %.1f | %.2f | %.1f | %+.1f |\n", methodName(method),
                        method == LqMethod::Flq || method == LqMethod::Aflq ? std::to_string(delta).substr(0, 4).c_str() : "–",
                        e.mape, e.bias, e.maxApe, e.meanMultiplierApe, e.ssMae, e.ssBias);
            return e;
        };
        line(LqMethod::Slq, 0);
        line(LqMethod::Cilq, 0);
        for (int k = 0; k <= 10; ++k) {
            const Errors e = line(LqMethod::Flq, 0.05 * k);
            if (base == RegionalisationBase::Domestic && e.mape < bestMape) {
                bestMape = e.mape;
                bestDelta = 0.05 * k;
            }
        }
        for (int k = 0; k <= 10; ++k)
            line(LqMethod::Aflq, 0.05 * k);
        std::printf("\n");
    }
    std::printf("Chosen δ (FLQ, domestic base, smallest multiplier MAPE): %.2f (MAPE %.2f %%)\n\n", bestDelta, bestMape);
    std::printf("自給率 taken as min(1, SLQ_i) instead of the implied ratio: MAE %.1f points.\n\n", slqSelfSufficiencyMae);

    // By sector at the chosen δ: means over the 45 prefectures.
    const char *names[kN] = {"農林水産業", "鉱業", "製造業", "建設", "電力・ガス・水道・廃棄物処理", "商業",
                             "金融・保険・不動産", "運輸・郵便", "情報通信", "公務", "サービス", "分類不明"};
    RegionalisationConfig chosen;
    chosen.delta = bestDelta;
    Eigen::VectorXd offM = Eigen::VectorXd::Zero(kN), estM = offM, ape = offM, offS = offM, estS = offM;
    for (const Official &o : officials) {
        const RegionalisationResult r = regionalise(national, japan->employees, o.employees, chosen);
        const Eigen::VectorXd est = r.model.inverse.colwise().sum().transpose();
        offM += o.multipliers;
        estM += est;
        ape += ((est - o.multipliers).cwiseQuotient(o.multipliers)).cwiseAbs() * 100.0;
        offS += o.selfSufficiency * 100.0;
        estS += r.model.selfSufficiency * 100.0;
    }
    const double p = double(officials.size());
    std::printf("### By sector, FLQ δ = %.2f (domestic base), means over the prefectures\n\n", bestDelta);
    std::printf("| sector | official multiplier | estimated | MAPE %% | official 自給率 %% | estimated %% |\n");
    std::printf("|---|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < kN; ++i)
        std::printf("| %s | %.3f | %.3f | %.1f | %.1f | %.1f |\n", names[i], offM(i) / p, estM(i) / p, ape(i) / p,
                    offS(i) / p, estS(i) / p);
    return 0;
}
