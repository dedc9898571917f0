// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_PAPERFILTERPROXY_H
#define SIEVE_UI_PAPERFILTERPROXY_H

#include <QSortFilterProxyModel>

namespace Sieve::Ui {

class PaperTableModel;

// The paper list as the view shows it: sorted on the model's SortRole and narrowed to the
// papers whose title (as arXiv wrote it or as the list shows it), authors or abstract contain
// the filter text (case and accents as typed).
// An empty filter keeps every row; sorting on no column keeps the engine's order.
class PaperFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PaperFilterProxy(PaperTableModel *source, QObject *parent = nullptr);

    void setText(const QString &text);

    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    PaperTableModel *m_source = nullptr;
    QString m_text;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_PAPERFILTERPROXY_H
