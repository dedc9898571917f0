// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_LIBRARY_PDFCACHE_H
#define SIEVE_LIBRARY_PDFCACHE_H

#include <app/core/error.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace Sieve::Library {

// PDFs the reader opened, kept as files in one folder so they open again with no network.
// Files are named after the versioned arXiv id. When the folder grows past the size limit, the
// least recently used files go first; the file just stored is always kept, even if it alone is
// over the limit. Use from one thread.
class PdfCache
{
public:
    static constexpr qint64 DefaultLimitBytes = 1024LL * 1024 * 1024; // 1 GiB

    // `dir` is created when needed; defaultDir() is the "pdf" folder of the data folder.
    explicit PdfCache(QString dir, qint64 limitBytes = DefaultLimitBytes);

    static QString defaultDir();

    QString dir() const { return m_dir; }

    qint64 limitBytes() const { return m_limitBytes; }

    void setLimitBytes(qint64 limitBytes);

    // The cached file of this paper version, marked as just used; nullopt when not cached.
    std::optional<QString> find(const QString &paperId, int version);

    // Writes a PDF (refused unless it starts with "%PDF-" and ends with "%%EOF") and evicts to
    // the limit. Answers the file's path. The file appears complete or not at all.
    Result<QString> store(const QString &paperId, int version, const QByteArray &pdf);

    // Drops a cached PDF, e.g. one that QtPdf could not read after all, so that the next request
    // downloads it again. False when there was none or it could not be removed.
    bool remove(const QString &paperId, int version);

    qint64 sizeBytes() const; // of every cached PDF

    static bool looksLikePdf(const QByteArray &data); // starts as a PDF does
    // Ends as a PDF does ("%%EOF" in its last kilobyte): a download cut short does not.
    static bool looksComplete(const QByteArray &data);

    // "2603.01234v2.pdf"; old-style ids lose their slash: "astro-ph_0603163v1.pdf".
    static QString fileName(const QString &paperId, int version);

    // For tests: the clock that stamps "last used" (UTC).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    void markUsed(const QString &path);
    void evictToLimit(const QString &keep);

    QString m_dir;
    qint64 m_limitBytes;
    std::function<QDateTime()> m_clock;
};

} // namespace Sieve::Library

#endif // SIEVE_LIBRARY_PDFCACHE_H
