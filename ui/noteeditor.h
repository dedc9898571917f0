// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_NOTEEDITOR_H
#define SIEVE_UI_NOTEEDITOR_H

#include <QPlainTextEdit>
#include <QTimer>

namespace Sieve::Ui {

// The reader's plain-text note on one paper. Edits are reported by noteEdited() when typing
// pauses, when the editor loses focus and before another paper is shown, never twice for the
// same text. The editor does not store anything itself.
class NoteEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit NoteEditor(QWidget *parent = nullptr);

    // Reports a pending edit of the previous paper first; an empty id disables the editor.
    void setPaper(const QString &paperId, const QString &note);
    void commit();

    QString paperId() const { return m_paperId; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void noteEdited(const QString &paperId, const QString &note);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString m_paperId;
    QString m_saved;
    QTimer m_pause;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_NOTEEDITOR_H
