// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_PREVIEWDOCUMENT_H
#define SIEVE_UI_PREVIEWDOCUMENT_H

#include "previewcontent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

class QPalette;

namespace Sieve::Ui {

// Builds what the preview page loads: the whole document once (paper text HTML-escaped, a
// Content-Security-Policy that admits only qrc: resources and our one style block, colours from
// the widget palette), then a script per paper that hands the next paper's text as JSON to
// qrc:/preview/preview.js, which sets it as text and typesets its TeX.
class PreviewDocument
{
    Q_DECLARE_TR_FUNCTIONS(Sieve::Ui::PreviewDocument)

public:
    static QUrl baseUrl(); // qrc:/preview/

    static QString html(const PreviewContent &content, const QPalette &palette);

    // A script for QWebEnginePage::runJavaScript(); it evaluates to true once shown.
    static QString updateScript(const PreviewContent &content);

    // The fields preview.js reads, all plain text; links are empty unless https to arxiv.org.
    // Title and abstract are lists of runs ({text, italic}: TexText::italicRuns) so text-mode
    // italics show as such; the page still sets each run as text.
    static QJsonObject toJson(const PreviewContent &content);

    static QString styleSheet(const QPalette &palette);
    static QString contentSecurityPolicy(const QString &styleSheet);
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_PREVIEWDOCUMENT_H
