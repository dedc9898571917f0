// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_PAPERTABLEMODEL_H
#define SIEVE_UI_PAPERTABLEMODEL_H

#include <app/core/day.h>

#include <QAbstractTableModel>

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
        ColumnCount,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setDay(const Day &day);
    Paper paperAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;

    Day m_day;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_PAPERTABLEMODEL_H
