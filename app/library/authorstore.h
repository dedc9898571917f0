// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_LIBRARY_AUTHORSTORE_H
#define SIEVE_LIBRARY_AUTHORSTORE_H

#include <app/core/error.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sieve::Library {

class Library;

struct StoredAuthor
{
    QString authorId; // empty for a name S2 did not link to a profile
    QString name;
    std::optional<int> hIndex;
    int paperCount = -1;
    QDateTime fetchedAt;
};

struct StoredPaperAuthors
{
    QString paperId;
    bool known = false; // false: S2 did not know the paper when asked
    QList<StoredAuthor> authors; // in paper order; only id and name are filled
    QDateTime fetchedAt;
};

// The Semantic Scholar cache (schema 3). Same thread rules as Library.
class AuthorStore
{
public:
    explicit AuthorStore(const Library &library);

    // What is stored about these arXiv papers, by id; papers never asked about are absent.
    QHash<QString, StoredPaperAuthors> papers(const QStringList &paperIds) const;
    QHash<QString, StoredAuthor> authors(const QStringList &authorIds) const;

    // One look-up's answers in one transaction: known papers with their authors, unknown
    // papers, and the authors whose details were fetched. `at` is when S2 answered.
    Result<void> store(const QList<StoredPaperAuthors> &papers,
                       const QList<StoredAuthor> &authors,
                       const QDateTime &at);

private:
    const Library &m_library;
};

} // namespace Sieve::Library

#endif // SIEVE_LIBRARY_AUTHORSTORE_H
