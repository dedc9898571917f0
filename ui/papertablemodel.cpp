// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "papertablemodel.h"

#include <QPalette>

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
    m_reading.clear();
    endResetModel();
}

void PaperTableModel::setReading(const QHash<QString, Library::ReadingState> &reading)
{
    m_reading = reading;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void PaperTableModel::setReading(const QString &paperId, const Library::ReadingState &state)
{
    m_reading.insert(paperId, state);
    for (int row = 0; row < m_day.papers.size(); ++row) {
        if (m_day.papers.at(row).id == paperId) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
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
    if (role == Qt::ForegroundRole && m_reading.value(m_day.papers.at(index.row()).id).isRead()) {
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
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
    case MarksColumn:
        return marks(paper.id);
    default:
        return {};
    }
}

QString PaperTableModel::marks(const QString &paperId) const
{
    const auto it = m_reading.constFind(paperId);
    if (it == m_reading.constEnd()) {
        return {};
    }
    QString text = it->starred ? QStringLiteral("★") : QString();
    if (it->rating) {
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + QString::number(*it->rating);
    }
    return text;
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
    case MarksColumn:
        //: Column header: the reader's star and rating (1 to 5)
        return tr("Mine");
    default:
        return {};
    }
}

} // namespace Sieve::Ui
