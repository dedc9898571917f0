// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "paperfilterproxy.h"

#include "papertablemodel.h"

#include <algorithm>

namespace Sieve::Ui {

PaperFilterProxy::PaperFilterProxy(PaperTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(PaperTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PaperFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) {
        return;
    }
    m_text = trimmed;
    invalidateFilter();
}

bool PaperFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty() || sourceParent.isValid()) {
        return true;
    }

    const Paper &paper = m_source->listedAt(sourceRow).paper;
    // The title as arXiv wrote it ("$S_8$") and as the list shows it ("S₈") both match.
    const QString shownTitle =
        m_source->index(sourceRow, PaperTableModel::TitleColumn).data().toString();
    if (paper.title.contains(m_text, Qt::CaseInsensitive)
        || shownTitle.contains(m_text, Qt::CaseInsensitive)
        || paper.abstract.contains(m_text, Qt::CaseInsensitive)) {
        return true;
    }
    return std::any_of(paper.authors.cbegin(), paper.authors.cend(), [this](const QString &name) {
        return name.contains(m_text, Qt::CaseInsensitive);
    });
}

} // namespace Sieve::Ui
