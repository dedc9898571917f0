// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "inlinemessage.h"

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace Sieve::Ui {

QLabel *InlineMessage::create(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->hide();
    return label;
}

QLabel *InlineMessage::note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void InlineMessage::show(QLabel *label, const QString &text, bool isError)
{
    QPalette palette = label->parentWidget()->palette();
    if (isError) {
        const bool darkWindow = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText,
                         darkWindow ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    }
    label->setPalette(palette);
    label->setAccessibleName(isError ? tr("Error") : tr("Status"));
    label->setText(text);
    label->show();
}

} // namespace Sieve::Ui
