// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_DAYLISTMODEL_H
#define SIEVE_UI_DAYLISTMODEL_H

#include <app/core/day.h>

#include <QAbstractListModel>
#include <QHash>

namespace Sieve::Ui {

// The stored announcement days, newest first, with their status, paper count and, once the
// engine has counted them, how many papers look relevant.
class DayListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        DateRole = Qt::UserRole + 1,
        StatusRole,
        TitleRole, // "Wed 11 Mar 2026"
        DetailRole, // "212 papers · 37 relevant · scored"
        RelevantRole, // -1 until counted
        ScoredRole, // the LLM scored the day
    };

    using QAbstractListModel::QAbstractListModel;

    void setDays(const QList<DaySummary> &days); // forgets the counts
    // What the engine's reading list of `date` found; unknown dates are ignored.
    void setCount(const QDate &date, int relevant, bool hasLlmScores);

    DaySummary dayAt(int row) const;
    int rowOf(const QDate &date) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Count
    {
        int relevant = 0;
        bool hasLlmScores = false;
    };

    QString title(const DaySummary &day) const;
    QString detail(const DaySummary &day) const;
    QString scoringText(const DaySummary &day) const;
    QString toolTip(const DaySummary &day) const;
    bool isScored(const DaySummary &day) const;

    QList<DaySummary> m_days;
    QHash<QDate, Count> m_counts;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_DAYLISTMODEL_H
