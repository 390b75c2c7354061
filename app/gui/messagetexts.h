// SPDX-License-Identifier: GPL-3.0-or-later
// What the datasets layer tells the user, in the UI language. That layer
// writes English (the CLI's language) and may not use tr(), so its messages
// (import issues, the import summary and mapping, store and commit errors,
// the importers' format names) are translated here by template: each
// English template with its %1 … is listed once in messagetexts.cpp, marked
// with QT_TRANSLATE_NOOP in the context "ImportMessage" (lupdate picks it
// up); a message is matched against the templates and its arguments are put
// into the translated template, those that are messages themselves (a skip
// reason, a column's role, a level) translated too. A message no template
// matches is shown as it is. Adding a message to the datasets layer: add its
// template to the list (tests/app/test_language.cpp reads real files
// through every importer and requires each message to match one).
#pragma once

#include <QString>
#include <QStringList>

namespace regionlens::app {

// message translated line by line (leading spaces kept).
QString importText(const QString &message);
// True when a template matches the whole line (tests).
bool isKnownImportText(const QString &line);
// The English templates (tests).
QStringList importTextTemplates();

// A licence label of the catalogue ("政府標準利用規約（第2.0版）/ CC BY 4.0
// compatible") with its English words in the UI language.
QString licenceLabel(const QString &licence);

} // namespace regionlens::app
