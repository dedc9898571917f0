// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "daylistmodel.h"

#include <QLocale>

namespace Sieve::Ui {

void DayListModel::setDays(const QList<DaySummary> &days)
{
    beginResetModel();
    m_days = days;
    m_counts.clear();
    endResetModel();
}

void DayListModel::setCount(const QDate &date, int relevant, bool hasLlmScores)
{
    const int row = rowOf(date);
    if (row < 0) {
        return;
    }
    m_counts.insert(date, {relevant, hasLlmScores});
    Q_EMIT dataChanged(index(row), index(row));
}

DaySummary DayListModel::dayAt(int row) const
{
    return m_days.value(row);
}

int DayListModel::rowOf(const QDate &date) const
{
    for (int row = 0; row < m_days.size(); ++row) {
        if (m_days.at(row).date == date) {
            return row;
        }
    }
    return -1;
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
    case Qt::DisplayRole:
        return QString(title(day) + QLatin1Char('\n') + detail(day));
    case TitleRole:
        return title(day);
    case DetailRole:
        return detail(day);
    case Qt::ToolTipRole:
        return toolTip(day);
    case ScoredRole:
        return day.status == DayStatus::Announced && isScored(day);
    case DateRole:
        return day.date;
    case StatusRole:
        return static_cast<int>(day.status);
    case RelevantRole:
        return m_counts.contains(day.date) ? m_counts.value(day.date).relevant : -1;
    default:
        return {};
    }
}

QString DayListModel::title(const DaySummary &day) const
{
    const QString weekday = QLocale().dayName(day.date.dayOfWeek(), QLocale::ShortFormat);
    //: A day in the list of days: short weekday, then the date
    return tr("%1 %2").arg(weekday, QLocale().toString(day.date, QLocale::ShortFormat));
}

QString DayListModel::detail(const DaySummary &day) const
{
    switch (day.status) {
    case DayStatus::Announced: {
        const QString papers = tr("%n paper(s)", nullptr, day.paperCount);
        const auto count = m_counts.constFind(day.date);
        if (count == m_counts.constEnd()) {
            //: A day's paper count, then whether it was scored, e.g. "212 papers · scored"
            return tr("%1 · %2").arg(papers, scoringText(day));
        }
        //: e.g. "212 papers · 37 relevant · scored"
        return tr("%1 · %2 · %3")
            .arg(papers, tr("%n relevant", nullptr, count->relevant), scoringText(day));
    }
    case DayStatus::NoAnnouncement:
        return tr("No announcement");
    case DayStatus::NotYetAnnounced:
        return tr("Not announced yet");
    case DayStatus::Failed:
        return tr("Failed: %1").arg(day.reason);
    }
    return {};
}

bool DayListModel::isScored(const DaySummary &day) const
{
    const auto count = m_counts.constFind(day.date);
    return count != m_counts.constEnd() ? count->hasLlmScores : day.scoredCount > 0;
}

QString DayListModel::toolTip(const DaySummary &day) const
{
    const QString categories = day.categories.join(QStringLiteral(", "));
    switch (day.status) {
    case DayStatus::NotYetAnnounced:
        //: Tool tip of a day whose feed still showed the previous day
        return tr("%1\narXiv had not announced this day yet; it is checked again later.")
            .arg(categories);
    case DayStatus::Failed:
        return tr("%1\nFetching failed: %2").arg(categories, day.reason);
    default:
        return categories;
    }
}

QString DayListModel::scoringText(const DaySummary &day) const
{
    if (isScored(day)) {
        //: A day the LLM scored
        return tr("scored");
    }
    if (day.source == QLatin1String("sample")) {
        //: A bundled example day, shown before the reader has fetched their own
        return tr("sample");
    }
    //: A day only the local ranker ranked
    return tr("unscored");
}

} // namespace Sieve::Ui
