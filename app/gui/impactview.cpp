// SPDX-License-Identifier: GPL-3.0-or-later
#include "impactview.h"

#include "analysisviewsupport.h"
#include "catalogsource.h"
#include "exportsupport.h"
#include "impactdemandpanel.h"
#include <QTableWidget>
#include "jobrunner.h"
#include "pageframe.h"
#include "regionselection.h"
#include "widgets/linkagechart.h"
#include "widgets/stackedbarchart.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QVBoxLayout>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTableView>

#include <cmath>

using namespace Qt::StringLiterals;
namespace io = regionlens::datasets::inputoutput;

namespace regionlens::app {

namespace {

// Okabe–Ito: direct vermilion, 1st indirect sky blue, 2nd indirect bluish green.
const QColor kDirect(0xd5, 0x5e, 0x00);
const QColor kFirst(0x56, 0xb4, 0xe9);
const QColor kSecond(0x00, 0x9e, 0x73);

double total(const QVector<double> &v)
{
    double s = 0.0;
    for (double x : v)
        s += x;
    return s;
}

// The demand by names mapped onto the table's sectors; empty when all zero.
QVector<double> demandFor(const QStringList &names, const QVector<double> &amounts, const QStringList &sectors)
{
    QVector<double> out(sectors.size(), 0.0);
    bool any = false;
    for (qsizetype i = 0; i < names.size() && i < amounts.size(); ++i)
        if (const qsizetype k = sectors.indexOf(names.at(i)); k >= 0 && amounts.at(i) != 0.0) {
            out[k] += amounts.at(i);
            any = true;
        }
    return any ? out : QVector<double>{};
}

struct Computed
{
    io::Result result;
    QString problem;
};

} // namespace

ImpactView::ImpactView(const PageContext &context, QWidget *parent) : AnalysisPage(context, parent)
{
    init();
}

ImpactView::ImpactView(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent)
    : AnalysisPage(store, selection, japanese, parent)
{
    init();
}

ImpactView::~ImpactView() = default;

void ImpactView::init()
{
    m_runner = addRunner();
    buildUi();
    onSelectionChanged([this] { recompute(); });
    reload();
}

QString ImpactView::title() const
{
    return tr("Economic impact");
}

void ImpactView::buildUi()
{
    m_table = new QComboBox(this);
    m_table->addItem(tr("Official, else estimated"), int(TableChoice::OfficialElseEstimated));
    m_table->addItem(tr("Estimated (FLQ)"), int(TableChoice::Estimated));
    m_delta = new QDoubleSpinBox(this);
    m_delta->setRange(0.0, 1.0);
    m_delta->setSingleStep(0.05);
    m_delta->setDecimals(2);
    m_delta->setValue(analysis::kDefaultFlqDelta);
    m_delta->setToolTip(tr("δ of FLQ for an estimated table (regions without an official one); default 0.15, "
                           "docs/io-flq-validation.md"));
    m_type = new QComboBox(this);
    m_type->addItem(tr("Type I"), int(analysis::MultiplierType::TypeI));
    m_type->addItem(tr("Type II"), int(analysis::MultiplierType::TypeII));
    m_type->setCurrentIndex(1);
    m_ratio = new QDoubleSpinBox(this);
    m_ratio->setRange(0.0, 1.0);
    m_ratio->setSingleStep(0.01);
    m_ratio->setDecimals(3);
    m_ratio->setValue(analysis::kDefaultConsumptionRatio);
    frame().addControl(tr("Table"), m_table, 0);
    frame().addControl(tr("FLQ δ"), m_delta);
    frame().addControl(tr("Model"), m_type);
    frame().addControl(tr("Consumption ratio"), m_ratio);
    m_ratio->setToolTip(tr("消費転換係数: default 0.738, the average propensity to consume of workers' households "
                           "(家計調査 2015)"));

    m_model = new QStandardItemModel(this);
    m_results = new QTableView(this);
    m_results->setObjectName(u"impactTable"_s);
    m_results->setModel(m_model);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_results->viewport()->installEventFilter(this);   // headers fitted to the columns (fitTable())
    addTableExportActions(m_results);
    frame().addScaledTable(m_results);
    m_chart = new widgets::StackedBarChart(this);
    m_chart->setMinimumHeight(220);
    // The table as tall as its five rows, the chart below it.
    m_results->setWordWrap(false);
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_results->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *impactTab = new QWidget(this);
    auto *impactLayout = new QVBoxLayout(impactTab);
    impactLayout->setContentsMargins(0, 0, 0, 0);
    impactLayout->addWidget(m_results);
    impactLayout->addWidget(m_chart, 1);
    m_linkage = new widgets::LinkageChart(this);
    frame().addTab(impactTab, tr("Impact"));
    frame().addTab(m_linkage, tr("Linkages"));
    m_panel = new ImpactDemandPanel(japanese(), this);
    frame().addScaledTable(m_panel->table());
    frame().addScaledText(m_panel->splitLabel());
    frame().setLeadingPanel(m_panel);
    connect(m_panel, &ImpactDemandPanel::demandChanged, this, &ImpactView::recompute);
    connect(m_panel, &ImpactDemandPanel::exportRequested, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export impact as CSV"), u"impact.csv"_s,
                                                          tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export impact as CSV"), error);
    });
    frame().addFigure(u"impact_by_sector"_s, m_chart);
    frame().addFigure(u"impact_linkages"_s, m_linkage);
    refreshTable();   // its headers and fixed height from the start (no relayout when the figures arrive)

    connect(m_table, &QComboBox::currentIndexChanged, this, &ImpactView::recompute);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ImpactView::recompute);
    connect(m_delta, &QDoubleSpinBox::valueChanged, this, &ImpactView::recompute);
    connect(m_ratio, &QDoubleSpinBox::valueChanged, this, &ImpactView::recompute);
}

void ImpactView::reload()
{
    QHash<QString, QString> names = catalogSource().qualifiedRegionNames();
    if (!names.contains(u"00"_s))
        names.insert(u"00"_s, tr("Japan"));
    setRegionNames(names);
    m_panel->setJapanese(japanese());   // after a language switch
    m_inputsKey.clear();   // the tables may have changed
    recompute();
}

QString ImpactView::region() const
{
    return selection().isEmpty() ? u"00"_s : focusRegion();
}

void ImpactView::setTableChoice(TableChoice choice)
{
    chooseData(m_table, int(choice));
}

void ImpactView::setDelta(double delta)
{
    m_delta->setValue(delta);
}

void ImpactView::setType(analysis::MultiplierType type)
{
    chooseData(m_type, int(type));
}

void ImpactView::setConsumptionRatio(double ratio)
{
    m_ratio->setValue(ratio);
}

void ImpactView::applyTemplate(const impact::TemplateFigures &figures)
{
    m_panel->applyTemplate(figures);
}

void ImpactView::setDemand(const QVector<double> &demand)
{
    m_panel->setDemand(demand);
}

QVector<double> ImpactView::demand() const
{
    return m_panel->demand();
}

bool ImpactView::inReport() const
{
    return m_panel->chosen() && m_result.hasImpact;
}

io::Request ImpactView::request() const
{
    io::Request q;
    q.region = region();
    // A combined group is estimated as one region from its members.
    const QList<datasets::RegionAggregate> groups = selectionAggregates(selection());
    if (q.region.startsWith(u"group:") && !groups.isEmpty())
        q.members = groups.first().members;
    const bool estimated = currentData(m_table).toInt() == int(TableChoice::Estimated);
    q.table = estimated ? datasets::iostore::TableKind::Estimated : datasets::iostore::TableKind::Official;
    q.delta = m_delta->value();
    q.type = analysis::MultiplierType(currentData(m_type).toInt());
    q.consumptionRatio = m_ratio->value();
    if (std::abs(q.consumptionRatio - analysis::kDefaultConsumptionRatio) > 1e-12)
        q.consumptionRatioSource = io::ConsumptionRatioSource::Given;
    q.demand = demandFor(m_panel->sectors(), demand(), m_panel->sectors());
    return q;
}

QString ImpactView::tableKey() const
{
    const io::Request q = request();
    return u"%1/%2/%3/%4"_s.arg(q.region, q.members.join(u',')).arg(int(q.table)).arg(q.delta);
}

void ImpactView::recompute()
{
    const io::Request q = request();
    // The (small) table is read once per region and table choice; a new
    // demand, type or ratio only recomputes on a worker.
    const auto compute = [names = m_panel->sectors(), amounts = demand(), q](io::Inputs in, const analysis::ProgressFn &p) {
        in.request.type = q.type;
        in.request.consumptionRatio = q.consumptionRatio;
        in.request.consumptionRatioSource = q.consumptionRatioSource;
        in.request.demand = demandFor(names, amounts, in.sectors);
        Computed c;
        c.problem = in.problem;
        if (in.problem.isEmpty()) {
            c.result = io::compute(in, p);
            // Linkages from the open (type I) inverse, as the published tables give them.
            if (q.type == analysis::MultiplierType::TypeII && c.result.valid) {
                io::Inputs open = in;
                open.request.type = analysis::MultiplierType::TypeI;
                open.request.demand.clear();
                const io::Result typeOne = io::compute(open, p);
                c.result.backwardLinkage = typeOne.backwardLinkage;
                c.result.forwardLinkage = typeOne.forwardLinkage;
            }
        }
        return std::make_pair(std::move(in), std::move(c));
    };
    const auto deliver = [this](std::pair<io::Inputs, Computed> done) {
        m_inputs = std::move(done.first);
        m_inputsKey = m_inputs.problem.isEmpty() ? tableKey() : QString();
        m_result = std::move(done.second.result);
        m_problem = done.second.problem;
        if (!m_result.sectors.isEmpty() && m_result.sectors != m_panel->sectors()) {
            // A table with other sectors: the demand table follows it (and recomputes).
            m_panel->setSectors(m_result.sectors);
            return;
        }
        redraw();
    };
    if (!m_inputsKey.isEmpty() && m_inputsKey == tableKey())
        m_runner->runCompute([in = m_inputs, compute](const analysis::ProgressFn &p) { return compute(in, p); },
                             deliver);
    else
        m_runner->run([q](const datasets::Store &s) {
                          // Official where the store has the region's table, else estimated (labelled).
                          return q.table == datasets::iostore::TableKind::Estimated ? io::load(s, q)
                                                                                   : io::loadOfficialOrEstimated(s, q);
                      },
                      [compute](const io::Inputs &in, const analysis::ProgressFn &p) { return compute(in, p); },
                      deliver);
}

void ImpactView::redraw()
{
    refreshTable();
    refreshChart();
    refreshLinkage();
    refreshText();
    emit contentChanged();
}

void ImpactView::refreshTable()
{
    m_model->clear();
    m_headers = {tr("Output\n(million yen)"), tr("Value added\n(million yen)"), tr("雇用者所得\n(million yen)"),
                 tr("Employees\n(persons)")};
    m_model->setHorizontalHeaderLabels(m_headers);
    if (!m_result.hasImpact) {
        fitTable();
        return;
    }
    const io::Effect *effects[] = {&m_result.direct, &m_result.indirect1, &m_result.indirect2, &m_result.total};
    const QString rows[] = {tr("Direct (直接効果)"), tr("1st indirect (第1次間接)"), tr("2nd indirect (第2次間接)"),
                            tr("Total (総合効果)")};
    const auto cell = [](double v, int decimals) {
        auto *item = new QStandardItem(std::isfinite(v) ? widgets::formatNumber(v, decimals) : u"–"_s);
        item->setData(v, Qt::UserRole);
        item->setData(v, RawValueRole);   // the CSV and clipboard copy: the number, not its text
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int r = 0; r < 4; ++r) {
        const io::Effect &e = *effects[r];
        const double employees = e.employees.isEmpty() ? std::nan("") : total(e.employees);
        m_model->appendRow({cell(total(e.output), 0), cell(total(e.valueAdded), 0), cell(total(e.income), 0),
                            cell(employees, 0)});
        m_model->setVerticalHeaderItem(r, new QStandardItem(rows[r]));
    }
    m_model->appendRow({cell(m_result.outputRatio, 2), cell(m_result.valueAddedRatio, 2),
                        cell(m_result.incomeRatio, 2), cell(m_result.employeesRatio, 2)});
    m_model->setVerticalHeaderItem(4, new QStandardItem(tr("Multiplier (波及倍率)")));
    fitTable();
}

void ImpactView::fitTable()
{
    // Each header on as many lines as its column needs (projector fonts on a
    // 1280-pixel screen: "粗付加価値誘発額" ran into its neighbours).
    const int columns = m_model->columnCount();
    const int room = columns > 0 ? m_results->viewport()->width() / columns - 10 : 0;
    for (int c = 0; c < std::min(columns, int(m_headers.size())); ++c) {
        const QString text = wrapToWidth(m_headers.at(c), m_results->horizontalHeader()->font(), room);
        if (m_model->headerData(c, Qt::Horizontal).toString() != text)
            m_model->setHeaderData(c, Qt::Horizontal, text);
    }
    // As tall as its five rows (fixed row height, set by the frame's font size).
    const int rows = 5 * m_results->verticalHeader()->defaultSectionSize();
    m_results->setFixedHeight(m_results->horizontalHeader()->sizeHint().height() + rows + 2 * m_results->frameWidth());
}

bool ImpactView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_results->viewport() && event->type() == QEvent::Resize)
        fitTable();
    return AnalysisPage::eventFilter(watched, event);
}

void ImpactView::setLargeFonts(bool on)
{
    AnalysisPage::setLargeFonts(on);
    fitTable();
}

void ImpactView::refreshChart()
{
    const widgets::AnalysisChart::Batch batch(m_chart);
    m_chart->setTitle(tr("Output induced by sector, %1").arg(regionName(region())));
    m_chart->setValueAxisLabel(tr("million yen"));
    m_chart->setDecimals(0);
    QStringList categories;
    QList<widgets::StackComponent> comps(3);
    comps[0] = {tr("Direct"), {}, kDirect};
    comps[1] = {tr("1st indirect"), {}, kFirst};
    comps[2] = {tr("2nd indirect"), {}, kSecond};
    if (m_result.hasImpact) {
        for (int i = 0; i < m_result.sectors.size(); ++i) {
            categories << sectorLabel(m_result.sectors.at(i), japanese());
            comps[0].values << m_result.direct.output.value(i);
            comps[1].values << m_result.indirect1.output.value(i);
            comps[2].values << m_result.indirect2.output.value(i);
        }
    }
    if (m_result.type != analysis::MultiplierType::TypeII)
        comps.removeLast();
    m_chart->setData(categories, comps);
    m_chart->setFootnote(m_result.estimated ? tr("Estimated table (FLQ, δ = %1)").arg(m_result.delta)
                                            : tr("Official input–output table %1").arg(m_result.tableYear));
}

void ImpactView::refreshLinkage()
{
    const widgets::AnalysisChart::Batch batch(m_linkage);
    m_linkage->setTitle(tr("Backward and forward linkages, %1").arg(regionName(region())));
    QList<widgets::LinkageSector> sectors;
    for (int i = 0; i < m_result.sectors.size() && i < m_result.backwardLinkage.size(); ++i)
        sectors.append({sectorLabel(m_result.sectors.at(i), japanese()), m_result.backwardLinkage.at(i),
                        m_result.forwardLinkage.at(i), m_result.output.value(i)});
    m_linkage->setSectors(sectors);
    m_linkage->setFootnote(tr("Bubble area: output. Rasmussen's coefficients of the type I inverse.")
                           + (m_result.estimated ? tr(" Estimated table.") : QString()));
}

ImpactCommentaryInput ImpactView::commentaryInput() const
{
    ImpactCommentaryInput in;
    in.regionName = regionName(region());
    in.result = m_result;
    in.problem = m_problem;
    in.japanese = japanese();
    in.consumptionRatioGiven = request().consumptionRatioSource == io::ConsumptionRatioSource::Given;
    in.templateName = m_panel->templateName();
    in.templateSplit = m_panel->templateSplit();
    in.edited = m_panel->edited();
    return in;
}

QStringList ImpactView::assumptions() const
{
    return impactAssumptions(commentaryInput());
}

QString ImpactView::commentary() const
{
    return impactCommentary(commentaryInput());
}

QString ImpactView::howToRead() const
{
    return impactHowToRead();
}

QStringList ImpactView::sources() const
{
    QStringList out;
    if (!m_result.tableSource.isEmpty())
        // The 出典 without its URLs (they are in the assumptions), so that the line wraps.
        out << tr("Input–output table: %1")
                   .arg(QString(m_result.tableSource).remove(QRegularExpression(u"\\s*\\(https?://[^)]*\\)"_s))
                        + (m_result.tableLicence.isEmpty() ? QString() : u" ("_s + m_result.tableLicence + u')'));
    if (m_result.estimated)
        out << tr("Estimated with FLQ (δ = %1) from employees by industry (経済センサス)").arg(m_result.delta);
    return out;
}

QString ImpactView::idleHint() const
{
    return m_result.hasImpact ? QString() : tr("Enter a demand or choose a template on the left.");
}

bool ImpactView::exportCsv(const QString &path, QString *error) const
{
    const QString csv = impact::impactCsv(m_result);
    if (csv.isEmpty()) {
        if (error)
            *error = tr("No impact to export: enter a demand first.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace regionlens::app
