// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "daylistmodel.h"

#include <QLocale>

namespace Sieve::Ui {

void DayListModel::setDays(const QList<DaySummary> &days)
{
    beginResetModel();
    m_days = days;
    endResetModel();
}

DaySummary DayListModel::dayAt(int row) const
{
    return m_days.value(row);
}

int DayListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

QVariant DayListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_days.size()) {
        return {};
    }

    const DaySummary &day = m_days.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString date = QLocale().toString(day.date, QLocale::ShortFormat);
        const QString weekday = QLocale().dayName(day.date.dayOfWeek(), QLocale::ShortFormat);
        return tr("%1 %2\n%3").arg(weekday, date, statusText(day));
    }
    case Qt::ToolTipRole:
        return day.categories.join(QStringLiteral(", "));
    case DateRole:
        return day.date;
    case StatusRole:
        return static_cast<int>(day.status);
    default:
        return {};
    }
}

QString DayListModel::statusText(const DaySummary &day) const
{
    switch (day.status) {
    case DayStatus::Announced:
        if (day.source == QLatin1String("sample")) {
            //: A bundled example day, shown before the reader has fetched their own
            return tr("%n paper(s) · sample", nullptr, day.paperCount);
        }
        return tr("%n paper(s)", nullptr, day.paperCount);
    case DayStatus::NoAnnouncement:
        return tr("No announcement");
    case DayStatus::NotYetAnnounced:
        return tr("Not announced yet");
    case DayStatus::Failed:
        return tr("Failed: %1").arg(day.reason);
    }
    return {};
}

} // namespace Sieve::Ui
