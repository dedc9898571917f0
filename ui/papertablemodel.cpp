// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "papertablemodel.h"

#include <app/authors/namematcher.h>
#include <app/core/textext.h>

#include <QFont>
#include <QLocale>
#include <QPalette>

#include <limits>

namespace Sieve::Ui {

namespace {

constexpr int AuthorsShown = 2;

// arXiv writes accents as TeX ("Mart\\'inez"); the list shows the letters.
QString readableAuthors(const QStringList &authors)
{
    return Authors::NameMatcher::decodeTex(authors.join(QStringLiteral(", ")));
}

QString shortAuthors(const QStringList &authors)
{
    const QString first = readableAuthors(authors.mid(0, AuthorsShown));
    if (authors.size() <= AuthorsShown) {
        return first;
    }
    //: The first authors of a paper with more, e.g. "A. Smith, B. Jones et al."
    return PaperTableModel::tr("%1 et al.").arg(first);
}

bool isFailed(const Digest::ListedPaper &paper)
{
    return paper.status == QLatin1String("failed");
}

bool isNotInterested(const Digest::ListedPaper &paper)
{
    return paper.reading.rating == Library::ReadingStore::NotInterested;
}

bool isSkipped(const Digest::ListedPaper &paper)
{
    return paper.status == QLatin1String("skipped") || paper.status == QLatin1String("over-budget");
}

QVariant optionalNumber(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

void PaperTableModel::setListing(const Digest::DayListing &listing)
{
    m_date = listing.summary.date;
    m_days.clear();
    reset(Mode::Day, listing.papers, listing.hasLlmScores);
}

void PaperTableModel::setSearchResults(const QList<Digest::ListedPaper> &results,
                                       const QList<QDate> &days)
{
    m_date = {};
    m_days = days;
    reset(Mode::Search, results, false);
}

QDate PaperTableModel::dayAt(int row) const
{
    return m_mode == Mode::Day ? m_date : m_days.value(row);
}

void PaperTableModel::clear()
{
    reset(m_mode, {}, false);
}

void PaperTableModel::reset(Mode mode, const QList<Digest::ListedPaper> &papers, bool hasLlmScores)
{
    beginResetModel();
    m_mode = mode;
    m_hasLlmScores = hasLlmScores;
    m_papers = papers;
    m_titles = QStringList(papers.size());
    m_rowOf.clear();
    m_rowOf.reserve(papers.size());
    m_order.clear();
    m_order.reserve(papers.size());
    for (int row = 0; row < papers.size(); ++row) {
        m_rowOf.insert(papers.at(row).paper.id, row);
        m_order.append({papers.at(row).rank, papers.at(row).localScore, papers.at(row).localRank});
    }
    endResetModel();
}

void PaperTableModel::updateRanking(const Digest::DayListing &listing)
{
    if (m_mode != Mode::Day || listing.summary.date != m_date || m_papers.isEmpty()) {
        return;
    }
    for (const Digest::ListedPaper &paper : listing.papers) {
        const int row = rowOf(paper.paper.id);
        if (row < 0) {
            continue;
        }
        Digest::ListedPaper &shown = m_papers[row];
        shown.rank = paper.rank;
        shown.localScore = paper.localScore;
        shown.localRank = paper.localRank;
        shown.why = paper.why;
    }
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PaperTableModel::settleOrder()
{
    bool changed = false;
    for (int row = 0; row < m_papers.size(); ++row) {
        const Digest::ListedPaper &paper = m_papers.at(row);
        OrderKeys &keys = m_order[row];
        changed = changed || keys.rank != paper.rank || keys.localScore != paper.localScore
            || keys.localRank != paper.localRank;
        keys = {paper.rank, paper.localScore, paper.localRank};
    }
    if (changed) {
        Q_EMIT dataChanged(index(0, RankColumn), index(rowCount() - 1, LocalColumn), {SortRole});
    }
}

void PaperTableModel::setReading(const QString &paperId, const Library::ReadingState &state)
{
    const int row = rowOf(paperId);
    if (row < 0) {
        return;
    }
    m_papers[row].reading = state;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int PaperTableModel::rowOf(const QString &paperId) const
{
    return m_rowOf.value(paperId, -1);
}

int PaperTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_papers.size());
}

int PaperTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaperTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_papers.size()) {
        return {};
    }

    const Digest::ListedPaper &paper = m_papers.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), column);
    case SortRole:
        return sortValue(index.row(), column);
    case Qt::ToolTipRole:
        return toolTip(paper, column);
    case Qt::TextAlignmentRole:
        if (column < TitleColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (paper.reading.isRead()) {
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case Qt::FontRole:
        if (column == TitleColumn && !paper.reading.isRead()) {
            QFont font;
            font.setWeight(QFont::DemiBold);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant PaperTableModel::display(int row, int column) const
{
    const Digest::ListedPaper &paper = m_papers.at(row);
    switch (column) {
    case RankColumn:
        return paper.rank;
    case ScoreColumn:
        return score(paper);
    case RelevanceColumn:
        return optionalNumber(paper.relevance);
    case NoveltyColumn:
        return optionalNumber(paper.novelty);
    case LocalColumn:
        return paper.localRank > 0 ? QVariant(QLocale().toString(paper.localScore, 'f', 2))
                                   : QVariant();
    case TitleColumn:
        return title(row);
    case AuthorsColumn:
        return shortAuthors(paper.paper.authors);
    case CategoriesColumn:
        return paper.paper.categories.join(QStringLiteral(", "));
    case DateColumn:
        return QLocale().toString(dayAt(row), QLocale::ShortFormat);
    case FlagsColumn:
        return flags(paper);
    default:
        return {};
    }
}

QString PaperTableModel::title(int row) const
{
    if (row < 0 || row >= m_titles.size()) {
        return {};
    }
    // Made when first shown: a 500-paper day lists at once, and few titles are on screen.
    QString &title = m_titles[row];
    if (title.isNull()) {
        title = TexText::toPlainText(m_papers.at(row).paper.title);
    }
    return title;
}

QVariant PaperTableModel::score(const Digest::ListedPaper &paper) const
{
    if (m_mode == Mode::Search) {
        return {};
    }
    if (paper.relevance && paper.novelty) {
        return *paper.relevance + *paper.novelty;
    }
    if (m_hasLlmScores) {
        return {};
    }
    return QLocale().toString(paper.localScore, 'f', 2);
}

QVariant PaperTableModel::sortValue(int row, int column) const
{
    const Digest::ListedPaper &paper = m_papers.at(row);
    const OrderKeys &keys = m_order.at(row);
    switch (column) {
    case ScoreColumn:
        if (paper.relevance && paper.novelty) {
            return double(*paper.relevance + *paper.novelty);
        }
        return m_hasLlmScores ? -1.0 : keys.localScore;
    case RelevanceColumn:
        return paper.relevance.value_or(-1);
    case NoveltyColumn:
        return paper.novelty.value_or(-1);
    case LocalColumn:
        return keys.localRank > 0 ? keys.localScore : std::numeric_limits<double>::lowest();
    case DateColumn:
        return dayAt(row);
    case FlagsColumn:
        return flags(paper);
    case TitleColumn:
    case AuthorsColumn:
    case CategoriesColumn:
        return display(row, column);
    default:
        return keys.rank;
    }
}

QVariant PaperTableModel::toolTip(const Digest::ListedPaper &paper, int column) const
{
    switch (column) {
    case TitleColumn:
        return title(m_rowOf.value(paper.paper.id, -1));
    case AuthorsColumn:
        return readableAuthors(paper.paper.authors);
    case ScoreColumn:
        if (!paper.relevance && !m_hasLlmScores && m_mode == Mode::Day) {
            return tr("The local ranker's score: the LLM did not score this day");
        }
        return tr("Relevance plus novelty, as the LLM judged them");
    case LocalColumn:
        if (paper.localRank <= 0) {
            return {};
        }
        //: Tool tip of the local ranker's score; %1 is the paper's place in the local ranking
        return tr("The local ranker's score; it ranks this paper #%1 of the day")
            .arg(paper.localRank);
    case FlagsColumn:
        return flagsToolTip(paper);
    default:
        return {};
    }
}

QString PaperTableModel::flags(const Digest::ListedPaper &paper) const
{
    QStringList marks;
    if (!paper.followedAuthor.isEmpty()) {
        marks.append(QStringLiteral("◆"));
    }
    if (paper.reading.starred) {
        marks.append(QStringLiteral("★"));
    }
    if (isNotInterested(paper)) {
        marks.append(QStringLiteral("⊘"));
    } else if (paper.reading.rating) {
        marks.append(QString::number(*paper.reading.rating));
    }
    if (!paper.reading.note.isEmpty()) {
        marks.append(QStringLiteral("✎"));
    }
    if (paper.reading.isRead()) {
        marks.append(QStringLiteral("✓"));
    }
    if (isFailed(paper)) {
        marks.append(QStringLiteral("⚠"));
    } else if (isSkipped(paper)) {
        marks.append(QStringLiteral("↷"));
    }
    return marks.join(QLatin1Char(' '));
}

QString PaperTableModel::flagsToolTip(const Digest::ListedPaper &paper) const
{
    QStringList lines;
    if (!paper.followedAuthor.isEmpty()) {
        lines.append(tr("◆ Followed author: %1").arg(paper.followedAuthor));
    }
    if (paper.reading.starred) {
        lines.append(tr("★ Starred"));
    }
    if (isNotInterested(paper)) {
        lines.append(tr("⊘ Not interested"));
    } else if (paper.reading.rating) {
        lines.append(tr("Rated %1/5").arg(*paper.reading.rating));
    }
    if (!paper.reading.note.isEmpty()) {
        lines.append(tr("✎ Has a note"));
    }
    if (paper.reading.isRead()) {
        lines.append(tr("✓ Read"));
    }
    if (isFailed(paper)) {
        lines.append(tr("⚠ Not scored: %1").arg(paper.statusReason));
    } else if (isSkipped(paper)) {
        lines.append(tr("↷ Not sent to the LLM: %1").arg(paper.statusReason));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant PaperTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RankColumn:
            return tr("Position in the ranked list; sort by it to get the ranking back");
        case ScoreColumn:
            return tr("Relevance plus novelty, or the local ranker's score on unscored days");
        case LocalColumn:
            return tr("Score given by the local ranker, which works offline; higher is "
                      "more relevant");
        case FlagsColumn:
            return tr("Followed author, star, rating, note, read, not scored");
        default:
            return {};
        }
    }
    if (role == ColumnNameRole) {
        switch (section) {
        case RankColumn:
            //: Column name in the header's menu: position in the ranked list
            return tr("Rank");
        case RelevanceColumn:
            return tr("Relevance");
        case NoveltyColumn:
            return tr("Novelty");
        case LocalColumn:
            //: Column name in the header's menu: the local ranker's score
            return tr("Local Score");
        default:
            return headerData(section, orientation, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case RankColumn:
        //: Column header: position in the ranked list
        return tr("#");
    case ScoreColumn:
        return tr("Score");
    case RelevanceColumn:
        //: Column header, short for relevance (0 to 10)
        return tr("Rel");
    case NoveltyColumn:
        //: Column header, short for novelty (0 to 10)
        return tr("Nov");
    case LocalColumn:
        //: Column header: the local ranker's score
        return tr("Local");
    case TitleColumn:
        return tr("Title");
    case AuthorsColumn:
        return tr("Authors");
    case CategoriesColumn:
        return tr("Categories");
    case DateColumn:
        return tr("Date");
    case FlagsColumn:
        //: Column header: the paper's marks (star, rating, read…)
        return tr("Marks");
    default:
        return {};
    }
}

} // namespace Sieve::Ui
