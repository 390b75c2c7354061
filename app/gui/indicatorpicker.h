// SPDX-License-Identifier: GPL-3.0-or-later
// The indicator chooser every page uses (issue 12): a theme (the RESAS maps
// the catalogue mirrors: 企業活動, 消費, 観光, 医療・福祉, 地方財政, 雇用 …),
// a search field that matches the Japanese or the English name, the item code
// or the id, and the indicators the two let through, under their category's
// heading (人口・世帯, 経済基盤, 健康・医療 …).
//
// It reads a CatalogSnapshot (a value, made on a worker), never the store:
// setCatalog() again after each catalogue change or language switch. What
// it offers is narrowed by setLevel() (only indicators with years at that
// level) and setFilter() (e.g. additive indicators only); the default offers
// every "observation" indicator. While the search finds nothing the chosen
// indicator stays in the list, so that a page never goes blank while typing.
//
//   Style::Form  labelled rows "Theme", "Find", "Indicator" (a side panel);
//                formLayout() takes the host's own rows under them, so that
//                the labels line up
//   Style::Row   the three controls in one row without labels (a page's
//                controls row: frame()->addControl(tr("Indicator"), picker))
#pragma once

#include "datasets/catalog.h"
#include "datasets/catalogsnapshot.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace regionlens::app {

class IndicatorPicker : public QWidget
{
    Q_OBJECT

public:
    enum class Style { Form, Row };
    // Which indicators may be chosen (besides the level's years).
    using Filter = std::function<bool(const datasets::IndicatorInfo &, const datasets::CatalogSnapshot &)>;

    explicit IndicatorPicker(Style style = Style::Form, QWidget *parent = nullptr);

    // The catalogue and the language of the names. Keeps the theme, the
    // search text and the indicator where they are still offered; emits
    // indicatorChanged() only when the indicator changed.
    void setCatalog(const datasets::CatalogSnapshot &snapshot, bool japanese);
    const datasets::CatalogSnapshot &catalog() const { return m_catalog; }
    // Only indicators with years at level (nullopt: any level, the default).
    void setLevel(std::optional<datasets::RegionLevel> level);
    void setFilter(Filter filter);
    // Chosen when the current indicator is not offered (default "population").
    void setDefaultIndicator(const QString &id);

    QString currentIndicator() const;
    std::optional<datasets::IndicatorInfo> currentInfo() const;
    // Chooses id, clearing the theme and the search text when they hide it.
    // False (nothing changes) when the catalogue does not offer it.
    bool setCurrentIndicator(const QString &id);

    QString theme() const;   // IndicatorTheme::id, "" = all themes
    void setTheme(const QString &id);
    QString searchText() const;
    void setSearchText(const QString &text);
    // The ids in the indicator list, in its order (headings left out).
    QStringList offeredIndicators() const;

    QComboBox *indicatorBox() const { return m_indicator; }   // objectName "indicatorPicker"
    QComboBox *themeBox() const { return m_theme; }           // "indicatorTheme"
    QLineEdit *searchEdit() const { return m_search; }        // "indicatorSearch"
    // Style::Form: the picker's rows; a host may add its own below them.
    QFormLayout *formLayout() const { return m_form; }

signals:
    void indicatorChanged(const QString &id);

private:
    void refill();                 // themes and indicators; no signal
    void refillAndNotify();        // theme or search changed by the user
    bool offered(const datasets::IndicatorInfo &info) const;
    QString nameOf(const datasets::IndicatorInfo &info) const;

    datasets::CatalogSnapshot m_catalog;
    bool m_japanese = true;
    std::optional<datasets::RegionLevel> m_level;
    Filter m_filter;
    QString m_default = QStringLiteral("population");
    QString m_shown;               // the indicator last announced
    QComboBox *m_theme = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_indicator = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace regionlens::app
