// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_PAPERTABLEMODEL_H
#define SIEVE_UI_PAPERTABLEMODEL_H

#include <app/core/day.h>
#include <app/library/readingstore.h>

#include <QAbstractTableModel>
#include <QHash>

namespace Sieve::Ui {

// The papers of one day, one row each, in the order the engine gives them.
class PaperTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        TitleColumn,
        AuthorsColumn,
        CategoriesColumn,
        TypeColumn,
        MarksColumn, // starred, rating
        ColumnCount,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setDay(const Day &day);

    // What the reader did with the papers (stars, read marks, ratings), by paper id; read
    // papers are shown dimmed.
    void setReading(const QHash<QString, Library::ReadingState> &reading);
    void setReading(const QString &paperId, const Library::ReadingState &state);
    Paper paperAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;
    QString marks(const QString &paperId) const;

    Day m_day;
    QHash<QString, Library::ReadingState> m_reading;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_PAPERTABLEMODEL_H
