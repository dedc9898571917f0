// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "papertablemodel.h"

namespace Sieve::Ui {

namespace {

constexpr int AuthorsShown = 3;

QString shortAuthors(const QStringList &authors)
{
    if (authors.size() <= AuthorsShown) {
        return authors.join(QStringLiteral(", "));
    }
    return authors.mid(0, AuthorsShown).join(QStringLiteral(", ")) + QStringLiteral(", …");
}

} // namespace

void PaperTableModel::setDay(const Day &day)
{
    beginResetModel();
    m_day = day;
    endResetModel();
}

Paper PaperTableModel::paperAt(int row) const
{
    return m_day.papers.value(row);
}

int PaperTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_day.papers.size());
}

int PaperTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaperTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_day.papers.size()) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return display(index.row(), index.column());
    }
    if (role == Qt::ToolTipRole && index.column() == TitleColumn) {
        return m_day.papers.at(index.row()).title;
    }
    if (role == Qt::TextAlignmentRole && index.column() == RankColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant PaperTableModel::display(int row, int column) const
{
    const Paper &paper = m_day.papers.at(row);
    switch (column) {
    case RankColumn:
        return row + 1;
    case TitleColumn:
        return paper.title.simplified();
    case AuthorsColumn:
        return shortAuthors(paper.authors);
    case CategoriesColumn:
        return paper.categories.join(QStringLiteral(", "));
    case TypeColumn:
        return announceTypeName(m_day.announceTypeOf(paper.id));
    default:
        return {};
    }
}

QVariant PaperTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case RankColumn:
        //: Column header: position in the ranked list
        return tr("#");
    case TitleColumn:
        return tr("Title");
    case AuthorsColumn:
        return tr("Authors");
    case CategoriesColumn:
        return tr("Categories");
    case TypeColumn:
        //: Column header: new, cross-list or replacement
        return tr("Type");
    default:
        return {};
    }
}

} // namespace Sieve::Ui
