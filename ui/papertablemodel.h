// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_PAPERTABLEMODEL_H
#define SIEVE_UI_PAPERTABLEMODEL_H

#include <app/digest/dayview.h>
#include <app/library/readingstore.h>

#include <QAbstractTableModel>
#include <QHash>

namespace Sieve::Ui {

// The papers of one day in the engine's order, or the results of a library search in the order
// of their match. One row per paper; the view sorts through a proxy, on SortRole. The ranking
// columns sort by the numbers as last settled (settleOrder()), so a ranking updated under the
// reader's eyes changes what the rows show without moving them.
class PaperTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        ScoreColumn, // relevance + novelty; the local score when the LLM did not score the day
        RelevanceColumn,
        NoveltyColumn,
        LocalColumn, // the local ranker's score (its rank in the tool tip)
        TitleColumn, // readable: TeX shown as plain text (TexText); search uses the original
        AuthorsColumn,
        CategoriesColumn,
        DateColumn, // search results only: when the paper appeared
        FlagsColumn, // followed author, star, rating, read, failed, skipped
        ColumnCount,
    };

    enum Role {
        SortRole = Qt::UserRole + 1,
        ColumnNameRole, // header data: the column's name spelled out, for menus
    };

    enum class Mode {
        Day,
        Search,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setListing(const Digest::DayListing &listing);
    // `days` holds the day that first listed each result, row by row.
    void setSearchResults(const QList<Digest::ListedPaper> &results, const QList<QDate> &days);
    void clear();

    Mode mode() const { return m_mode; }

    bool hasLlmScores() const { return m_hasLlmScores; }

    // Keeps the row where it is and shows the new state.
    void setReading(const QString &paperId, const Library::ReadingState &state);

    // Shows the listing's ranks, local scores and reasons for the papers listed now; the rows
    // keep their place until settleOrder().
    void updateRanking(const Digest::DayListing &listing);

public Q_SLOTS:
    // Sorting takes the numbers as shown from now on (a sorted proxy moves the rows).
    void settleOrder();

public:
    const Digest::ListedPaper &listedAt(int row) const { return m_papers.at(row); }

    // The day the row's paper belongs to: the listed day, or where a search result first
    // appeared; invalid when unknown.
    QDate dayAt(int row) const;

    int rowOf(const QString &paperId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reset(Mode mode, const QList<Digest::ListedPaper> &papers, bool hasLlmScores);
    QVariant display(int row, int column) const;
    QVariant sortValue(int row, int column) const;
    QVariant toolTip(const Digest::ListedPaper &paper, int column) const;
    QVariant score(const Digest::ListedPaper &paper) const;
    QString title(int row) const;
    QString flags(const Digest::ListedPaper &paper) const;
    QString flagsToolTip(const Digest::ListedPaper &paper) const;

    // What the ranking columns sort by, row by row, until settleOrder().
    struct OrderKeys
    {
        int rank = 0;
        double localScore = 0;
        int localRank = 0;
    };

    Mode m_mode = Mode::Day;
    bool m_hasLlmScores = false;
    QList<Digest::ListedPaper> m_papers;
    QList<OrderKeys> m_order;
    mutable QStringList m_titles; // readable titles (no raw TeX), made when first asked for
    QDate m_date; // of the listed day
    QList<QDate> m_days; // of each search result
    QHash<QString, int> m_rowOf;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_PAPERTABLEMODEL_H
