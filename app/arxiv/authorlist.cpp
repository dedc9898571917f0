// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "authorlist.h"

namespace Sieve::Arxiv {

namespace {

const QLatin1String AndSeparator(" and ");
const QLatin1String LeadingAnd("and ");

void appendName(QStringList &names, QStringView name)
{
    const QStringView trimmed = name.trimmed();
    if (!trimmed.isEmpty()) {
        names.append(trimmed.toString());
    }
}

// The position of the last " and " outside parentheses, or -1.
qsizetype lastTopLevelAnd(QStringView text)
{
    int depth = 0;
    qsizetype found = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            depth = qMax(0, depth - 1);
        } else if (depth == 0 && text.mid(i).startsWith(AndSeparator)) {
            found = i;
        }
    }
    return found;
}

} // namespace

QStringList AuthorList::split(const QString &creator)
{
    QStringList names;
    int depth = 0;
    qsizetype start = 0;
    const QStringView text(creator);

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            // An unbalanced ')' must not make every later comma look nested.
            depth = qMax(0, depth - 1);
        } else if (c == QLatin1Char(',') && depth == 0) {
            appendName(names, text.mid(start, i - start));
            start = i + 1;
        }
    }

    // The last piece may be "and Last Author" (Oxford comma) or "Second and Last Author".
    QStringView last = text.mid(start).trimmed();
    if (!names.isEmpty() && last.startsWith(LeadingAnd)) {
        last = last.mid(LeadingAnd.size());
    }
    const qsizetype andAt = lastTopLevelAnd(last);
    if (andAt >= 0) {
        appendName(names, last.left(andAt));
        last = last.mid(andAt + AndSeparator.size());
    }
    appendName(names, last);

    return names;
}

} // namespace Sieve::Arxiv
