// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "messagebar.h"

#include "colours.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace Sieve::Ui {

namespace {

struct Palette
{
    QColor frame;
    QColor fill;
    QStyle::StandardPixmap icon;
};

Palette paletteFor(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Positive:
        return {QColor(0x2e, 0x8b, 0x57), QColor(0xe3, 0xf4, 0xe8), QStyle::SP_DialogApplyButton};
    case MessageBar::Kind::Warning:
        return {QColor(0xd0, 0x8a, 0x10), QColor(0xfd, 0xf1, 0xdc), QStyle::SP_MessageBoxWarning};
    case MessageBar::Kind::Error:
        return {QColor(0xc0, 0x39, 0x2b), QColor(0xfb, 0xe5, 0xe2), QStyle::SP_MessageBoxCritical};
    case MessageBar::Kind::Information:
        break;
    }
    return {QColor(0x2f, 0x6f, 0xb3), QColor(0xe4, 0xee, 0xf9), QStyle::SP_MessageBoxInformation};
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setAlignment(Qt::AlignTop);

    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    m_buttonRow = new QHBoxLayout();
    m_buttonRow->setSpacing(4);
    layout->addLayout(m_buttonRow);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    applyKind();
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QList<QAction *> &actions)
{
    m_kind = kind;
    m_text->setText(text);
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        m_buttonRow->addWidget(button);
        m_buttons.append(button);
    }
    applyKind();
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::applyKind()
{
    const Palette colours = paletteFor(m_kind);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(colours.icon).pixmap(iconSize, iconSize));
    update();
}

// Painted rather than styled: a style sheet would fix the colours, and a bar of light tints
// glares on a dark theme. There the frame colour tints the window's instead; the text keeps
// the palette's own colour, which suits either.
void MessageBar::paintEvent(QPaintEvent *)
{
    const Palette colours = paletteFor(m_kind);
    const QColor window = palette().color(QPalette::Window);
    const bool dark = window.lightness() < 128;
    const QColor fill = dark ? mixedColour(colours.frame, window, 0.25) : colours.fill;

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(colours.frame);
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.frame);
    painter.drawRoundedRect(QRectF(box.left(), box.top(), 4, box.height()), 2, 2);
}

} // namespace Sieve::Ui
