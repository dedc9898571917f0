// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "noteeditor.h"

namespace Sieve::Ui {

namespace {

constexpr int TypingPauseMs = 800;
constexpr int VisibleLines = 3;

} // namespace

NoteEditor::NoteEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("noteEditor"));
    setPlaceholderText(tr("Your note on this paper (N)"));
    setTabChangesFocus(true);
    setEnabled(false);
    m_pause.setSingleShot(true);
    m_pause.setInterval(TypingPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &NoteEditor::commit);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_paperId.isEmpty()) {
            m_pause.start();
        }
    });
}

void NoteEditor::setPaper(const QString &paperId, const QString &note)
{
    if (paperId == m_paperId && note == m_saved) {
        return;
    }
    commit();
    m_paperId = paperId;
    m_saved = note;
    {
        const QSignalBlocker blocker(this);
        setPlainText(note);
    }
    m_pause.stop();
    setEnabled(!paperId.isEmpty());
}

void NoteEditor::commit()
{
    m_pause.stop();
    const QString note = toPlainText().trimmed();
    if (m_paperId.isEmpty() || note == m_saved) {
        return;
    }
    m_saved = note;
    Q_EMIT noteEdited(m_paperId, note);
}

QSize NoteEditor::sizeHint() const
{
    const int height = fontMetrics().lineSpacing() * VisibleLines + 2 * frameWidth()
        + int(document()->documentMargin() * 2);
    return {QPlainTextEdit::sizeHint().width(), height};
}

void NoteEditor::focusOutEvent(QFocusEvent *event)
{
    commit();
    QPlainTextEdit::focusOutEvent(event);
}

} // namespace Sieve::Ui
