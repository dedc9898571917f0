// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_INLINEMESSAGE_H
#define SIEVE_UI_INLINEMESSAGE_H

#include <QCoreApplication>
#include <QString>

class QLabel;
class QWidget;

namespace Sieve::Ui {

// A one-line status or error under the field it is about, as the settings pages show them:
// plain, selectable, wrapped text, hidden until there is something to say.
class InlineMessage
{
    Q_DECLARE_TR_FUNCTIONS(Sieve::Ui::InlineMessage)

public:
    static QLabel *create(const QString &objectName, QWidget *parent);
    // A standing note under a group of fields: wrapped, in the palette's quieter text colour.
    static QLabel *note(const QString &text, QWidget *parent);

    // Errors in a red that stays readable on light and dark palettes; other messages in the
    // ordinary text colour.
    static void show(QLabel *label, const QString &text, bool isError);
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_INLINEMESSAGE_H
