// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapoptions.h"

#include "analysisviewsupport.h"

#include "widgets/choroplethmap.h"

#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::app {

namespace {

// A break as the user would type it: no exponent, no trailing zeros.
QString breakText(double v)
{
    const double a = std::abs(v);
    const int decimals = a >= 100 ? 0 : a >= 1 ? 2 : 3;
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

} // namespace

MapOptionsBar::MapOptionsBar(widgets::ChoroplethMap *map, Style style, bool pageDefault, QWidget *parent)
    : QWidget(parent), m_map(map), m_style(style), m_pageDefault(pageDefault),
      m_diverging(widgets::isDiverging(map->palette()))
{
    setObjectName(u"mapOptions"_s);
    m_method = new QComboBox(this);
    m_method->setObjectName(u"mapMethod"_s);
    if (m_pageDefault)
        m_method->addItem(tr("Page default"), QString());
    m_method->addItem(tr("Quantiles"), u"quantile"_s);
    m_method->addItem(tr("Equal intervals"), u"equal"_s);
    m_method->addItem(tr("Natural breaks (Jenks)"), u"jenks"_s);
    m_method->addItem(tr("Standard deviations"), u"stddev"_s);
    m_method->addItem(tr("Box map"), u"box"_s);
    m_method->addItem(tr("User breaks"), u"user"_s);
    m_method->setToolTip(tr("How values are grouped into colour classes"));
    m_classes = new QSpinBox(this);
    m_classes->setObjectName(u"mapClasses"_s);
    m_classes->setRange(3, 9);
    m_classes->setValue(5);
    m_classes->setToolTip(tr("Number of classes (quantiles, equal intervals, natural breaks)"));
    m_breaks = new QLineEdit(this);
    m_breaks->setObjectName(u"mapBreaks"_s);
    m_breaks->setPlaceholderText(tr("e.g. 0.8, 1, 1.2"));
    m_breaks->setToolTip(tr("Inner class breaks, separated by commas"));
    m_breaks->setClearButtonEnabled(true);
    m_breaksError = new QLabel(this);
    m_breaksError->setObjectName(u"mapBreaksError"_s);
    setLabelColour(m_breaksError, QColor(0xb0, 0x00, 0x20));
    m_breaksError->setWordWrap(true);
    m_palette = new QComboBox(this);
    m_palette->setObjectName(u"mapPalette"_s);
    m_palette->setToolTip(tr("Colour-blind-safe colour schemes"));
    fillPalettes();
    m_layout = new QComboBox(this);
    m_layout->setObjectName(u"mapLayout"_s);
    m_layout->addItem(tr("Geographic"), false);
    m_layout->addItem(tr("Tile grid"), true);
    m_layout->setToolTip(tr("Tile grid: each of the 47 prefectures as a square of equal size"));

    m_methodLabel = new QLabel(tr("Classes"), this);
    m_classesLabel = new QLabel(classesLabel(), this);
    m_breaksLabel = new QLabel(tr("Breaks"), this);
    m_paletteLabel = new QLabel(tr("Colours"), this);
    m_layoutLabel = new QLabel(tr("Layout"), this);
    for (auto [label, buddy] : {std::pair<QLabel *, QWidget *>{m_methodLabel, m_method},
                                {m_classesLabel, m_classes},
                                {m_breaksLabel, m_breaks},
                                {m_paletteLabel, m_palette},
                                {m_layoutLabel, m_layout}})
        label->setBuddy(buddy);
    // Never narrower than their longest item: a squeezed combo box cuts its
    // text ("Yellow–gr") instead of eliding it, in projector fonts above all.
    for (QComboBox *combo : {m_method, m_palette, m_layout})
        combo->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);

    if (m_style == Style::Form) {
        m_classesLabel->setText(classesLabel());
        auto *form = new QFormLayout(this);
        form->setContentsMargins(0, 0, 0, 0);
        form->addRow(m_methodLabel, m_method);
        form->addRow(m_classesLabel, m_classes);
        form->addRow(m_breaksLabel, m_breaks);
        form->addRow(QString(), m_breaksError);
        form->addRow(m_paletteLabel, m_palette);
        form->addRow(m_layoutLabel, m_layout);
    } else {
        m_toggle = new QToolButton(this);
        m_toggle->setObjectName(u"mapOptionsToggle"_s);
        m_toggle->setText(tr("Map options"));
        m_toggle->setCheckable(true);
        m_toggle->setAutoRaise(true);
        m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_toggle->setArrowType(Qt::RightArrow);
        m_toggle->setToolTip(tr("Classification, colours and layout of this map"));
        m_panel = new QWidget(this);
        auto *grid = new QGridLayout(m_panel);
        grid->setContentsMargins(4, 0, 4, 2);
        grid->setHorizontalSpacing(6);
        grid->setVerticalSpacing(3);
        grid->addWidget(m_methodLabel, 0, 0);
        grid->addWidget(m_method, 0, 1);
        grid->addWidget(m_classesLabel, 0, 2);
        grid->addWidget(m_classes, 0, 3);
        grid->addWidget(m_breaksLabel, 1, 0);
        grid->addWidget(m_breaks, 1, 1, 1, 3);
        grid->addWidget(m_breaksError, 2, 1, 1, 3);
        grid->addWidget(m_paletteLabel, 3, 0);
        grid->addWidget(m_palette, 3, 1);
        grid->addWidget(m_layoutLabel, 3, 2);
        grid->addWidget(m_layout, 3, 3);
        grid->setColumnStretch(1, 1);
        m_panel->setVisible(false);
        auto *column = new QVBoxLayout(this);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        auto *header = new QHBoxLayout;
        header->addStretch(1);
        header->addWidget(m_toggle);
        column->addLayout(header);
        column->addWidget(m_panel);
        connect(m_toggle, &QToolButton::toggled, this, &MapOptionsBar::setExpanded);
    }

    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        if (method() == u"user" && m_breaks->text().trimmed().isEmpty()) {
            // Start from the breaks on the map, ready to be edited.
            const QList<double> b = m_map->breaks();
            QStringList parts;
            for (qsizetype i = 1; i + 1 < b.size(); ++i)
                parts << breakText(b.at(i));
            const QSignalBlocker block(m_breaks);
            m_breaks->setText(parts.join(u", "_s));
        }
        apply();
    });
    connect(m_classes, &QSpinBox::valueChanged, this, &MapOptionsBar::apply);
    connect(m_breaks, &QLineEdit::textChanged, this, &MapOptionsBar::apply);
    connect(m_palette, &QComboBox::currentIndexChanged, this, &MapOptionsBar::apply);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &MapOptionsBar::apply);
    connect(m_map, &widgets::ChoroplethMap::featuresChanged, this, &MapOptionsBar::updateEnabled);
    apply();
}

QWidget *MapOptionsBar::wrap(widgets::ChoroplethMap *map)
{
    auto *box = new QWidget(map->parentWidget());
    box->setObjectName(u"mapWithOptions"_s);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(new MapOptionsBar(map, Style::Compact, true, box));
    layout->addWidget(map, 1);
    return box;
}

MapOptionsBar *MapOptionsBar::of(const widgets::ChoroplethMap *map)
{
    if (!map || !map->parentWidget())
        return nullptr;
    const QList<MapOptionsBar *> bars = map->parentWidget()->findChildren<MapOptionsBar *>();
    for (MapOptionsBar *bar : bars)
        if (bar->m_map == map)
            return bar;
    return nullptr;
}

void MapOptionsBar::fillPalettes()
{
    const QSignalBlocker block(m_palette);
    m_palette->clear();
    for (widgets::Palette p : widgets::allPalettes())
        if (widgets::isDiverging(p) == m_diverging)
            m_palette->addItem(widgets::paletteName(p), int(p));
    m_palette->setCurrentIndex(std::max(0, m_palette->findData(int(m_map->palette()))));
}

QString MapOptionsBar::method() const
{
    return m_method->currentData().toString();
}

void MapOptionsBar::setMethod(const QString &method)
{
    const int index = m_method->findData(method);
    if (index >= 0)
        m_method->setCurrentIndex(index);
}

int MapOptionsBar::classes() const
{
    return m_classes->value();
}

void MapOptionsBar::setClasses(int classes)
{
    m_classes->setValue(classes);
}

void MapOptionsBar::setUserBreaksText(const QString &text)
{
    m_breaks->setText(text);
}

QString MapOptionsBar::userBreaksText() const
{
    return m_breaks->text();
}

widgets::Palette MapOptionsBar::palette() const
{
    return widgets::Palette(m_palette->currentData().toInt());
}

void MapOptionsBar::setPalette(widgets::Palette palette)
{
    const int index = m_palette->findData(int(palette));
    if (index >= 0)
        m_palette->setCurrentIndex(index);
}

bool MapOptionsBar::tileLayout() const
{
    return m_layout->currentData().toBool();
}

void MapOptionsBar::setTileLayout(bool on)
{
    m_layout->setCurrentIndex(on ? 1 : 0);
}

void MapOptionsBar::setExpanded(bool on)
{
    if (!m_toggle)
        return;
    if (m_toggle->isChecked() != on)
        m_toggle->setChecked(on);  // comes back here through toggled()
    m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    m_panel->setVisible(on);
}

QString MapOptionsBar::classesLabel() const
{
    return m_style == Style::Form ? tr("Number of classes") : tr("Number");
}

void MapOptionsBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        m_classesLabel->setText(classesLabel());
}

std::optional<QList<double>> MapOptionsBar::parseBreaks(const QString &text, QString *error)
{
    static const QRegularExpression separators(u"[,，、;；\\s]+"_s);
    QList<double> out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        // Full-width digits and minus signs typed with a Japanese input method.
        const QString normal = part.normalized(QString::NormalizationForm_KC).replace(u'−', u'-');
        bool ok = false;
        const double v = QLocale::c().toDouble(normal, &ok);
        if (!ok || !std::isfinite(v)) {
            if (error)
                *error = tr("“%1” is not a number").arg(part);
            return std::nullopt;
        }
        out.append(v);
    }
    if (out.isEmpty()) {
        if (error)
            *error = tr("Enter one or more breaks, separated by commas");
        return std::nullopt;
    }
    std::sort(out.begin(), out.end());
    if (std::adjacent_find(out.begin(), out.end()) != out.end()) {
        if (error)
            *error = tr("Each break may appear only once");
        return std::nullopt;
    }
    if (out.size() > 11) {
        if (error)
            *error = tr("At most 11 breaks (12 classes)");
        return std::nullopt;
    }
    return out;
}

void MapOptionsBar::updateEnabled()
{
    const QString m = method();
    const bool counted = m == u"quantile" || m == u"equal" || m == u"jenks";
    m_classes->setEnabled(counted);
    m_classesLabel->setEnabled(counted);
    const bool user = m == u"user";
    m_breaks->setVisible(user);
    m_breaksLabel->setVisible(user);
    m_breaksError->setVisible(user && !m_breaksError->text().isEmpty());
    const bool tiles = m_map->tileModeAvailable();
    m_layout->setEnabled(tiles);
    m_layoutLabel->setEnabled(tiles);
    m_layout->setToolTip(tiles ? tr("Tile grid: each of the 47 prefectures as a square of equal size")
                               : tr("The tile grid shows prefectures only"));
}

void MapOptionsBar::apply()
{
    const QString m = method();
    QString error;
    if (m.isEmpty()) {
        m_map->clearClassificationOverride();
    } else if (m == u"user") {
        const std::optional<QList<double>> breaks = parseBreaks(m_breaks->text(), &error);
        if (breaks)
            m_map->setClassificationOverride(m, int(breaks->size()) + 1, *breaks);
    } else {
        m_map->setClassificationOverride(m, m_classes->value());
    }
    m_breaksError->setText(error);
    m_breaks->setStyleSheet(error.isEmpty() ? QString() : u"QLineEdit { border: 1px solid #b00020; }"_s);
    if (m_map->palette() != palette())
        m_map->setPalette(palette());
    m_map->setTileMode(tileLayout());
    updateEnabled();
    emit optionsChanged();
}

} // namespace regionlens::app
