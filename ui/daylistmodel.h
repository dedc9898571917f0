// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_DAYLISTMODEL_H
#define SIEVE_UI_DAYLISTMODEL_H

#include <app/core/day.h>

#include <QAbstractListModel>

namespace Sieve::Ui {

// The stored announcement days, newest first, with their status and paper count.
class DayListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        DateRole = Qt::UserRole + 1,
        StatusRole,
    };

    using QAbstractListModel::QAbstractListModel;

    void setDays(const QList<DaySummary> &days);
    DaySummary dayAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString statusText(const DaySummary &day) const;

    QList<DaySummary> m_days;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_DAYLISTMODEL_H
