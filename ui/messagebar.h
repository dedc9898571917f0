// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_MESSAGEBAR_H
#define SIEVE_UI_MESSAGEBAR_H

#include <QFrame>
#include <QList>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace Sieve::Ui {

// An inline, non-modal message: a coloured frame with an icon, one or two sentences and
// buttons for what the reader can do about it (Retry, Details). Hidden until showMessage().
// Painted from the palette, so it follows the desktop between light and dark themes.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Positive, Warning, Error };
    Q_ENUM(Kind)

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows plain text (never interpreted as rich text, so provider messages are safe) and
    // replaces the buttons with `actions`, which stay owned by the caller.
    void showMessage(Kind kind, const QString &text, const QList<QAction *> &actions = {});

    Kind kind() const { return m_kind; }

    QString text() const;

    // The buttons shown now, in order, for tests and for focus handling.
    QList<QToolButton *> buttons() const { return m_buttons; }

Q_SIGNALS:
    void closed();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void applyKind();

    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttonRow = nullptr;
    QToolButton *m_close = nullptr;
    QList<QToolButton *> m_buttons;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_MESSAGEBAR_H
