// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pdfcache.h"

#include <app/platform/logging.h>
#include <app/platform/paths.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace Sieve::Library {

namespace {

const QByteArray PdfMagic = QByteArrayLiteral("%PDF-");
// Every complete PDF ends with this marker; readers look for it in the last kilobyte, as
// writers may add a few bytes after it.
const QByteArray PdfEnd = QByteArrayLiteral("%%EOF");
constexpr qsizetype PdfEndWindow = 1024;

// Callers mark `sourceText` with QT_TRANSLATE_NOOP("Sieve::Library", ...): lupdate sees no
// tr() here, and without the mark the message would never reach the translation files.
QString text(const char *sourceText)
{
    return QCoreApplication::translate("Sieve::Library", sourceText);
}

bool isSafeIdCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-');
}

} // namespace

PdfCache::PdfCache(QString dir, qint64 limitBytes)
    : m_dir(std::move(dir))
    , m_limitBytes(limitBytes)
    , m_clock([] {
        return QDateTime::currentDateTimeUtc();
    })
{
}

QString PdfCache::defaultDir()
{
    return Platform::Paths::dataDir() + QStringLiteral("/pdf");
}

void PdfCache::setLimitBytes(qint64 limitBytes)
{
    m_limitBytes = limitBytes;
    evictToLimit({});
}

std::optional<QString> PdfCache::find(const QString &paperId, int version)
{
    const QString path = QDir(m_dir).filePath(fileName(paperId, version));
    if (!QFileInfo::exists(path)) {
        return std::nullopt;
    }
    markUsed(path);
    return path;
}

Result<QString> PdfCache::store(const QString &paperId, int version, const QByteArray &pdf)
{
    if (!looksLikePdf(pdf)) {
        return Error(
            Error::Code::BadData,
            text(QT_TRANSLATE_NOOP("Sieve::Library", "The file is not a PDF, so it was not kept.")),
            QStringLiteral("PDF cache refused %1 bytes without %PDF- magic").arg(pdf.size()));
    }
    if (!looksComplete(pdf)) {
        return Error(
            Error::Code::BadData,
            text(QT_TRANSLATE_NOOP("Sieve::Library",
                                   "The PDF arrived incomplete, so it was not kept.")),
            QStringLiteral("PDF cache refused %1 bytes without %%EOF at the end").arg(pdf.size()));
    }
    if (!QDir().mkpath(m_dir)) {
        return Error(Error::Code::Storage,
                     text(QT_TRANSLATE_NOOP(
                         "Sieve::Library",
                         "The PDF folder cannot be created. Check the data folder's permissions.")),
                     QStringLiteral("mkpath failed: ") + m_dir);
    }

    const QString path = QDir(m_dir).filePath(fileName(paperId, version));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        qCWarning(lcPdf) << "PDF cache write failed:" << path << file.errorString();
        return Error(
            Error::Code::Storage,
            text(QT_TRANSLATE_NOOP("Sieve::Library",
                                   "The PDF could not be saved. Check the free disk space.")),
            path + QStringLiteral(": ") + file.errorString());
    }

    markUsed(path);
    evictToLimit(path);
    qCDebug(lcPdf) << "PDF cached:" << fileName(paperId, version) << "bytes:" << pdf.size();
    return path;
}

qint64 PdfCache::sizeBytes() const
{
    qint64 total = 0;
    const QFileInfoList files =
        QDir(m_dir).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files | QDir::NoSymLinks);
    for (const QFileInfo &info : files) {
        total += info.size();
    }
    return total;
}

bool PdfCache::looksLikePdf(const QByteArray &data)
{
    return data.startsWith(PdfMagic);
}

bool PdfCache::looksComplete(const QByteArray &data)
{
    return data.right(PdfEndWindow).contains(PdfEnd);
}

QString PdfCache::fileName(const QString &paperId, int version)
{
    QString name;
    name.reserve(paperId.size() + 8);
    for (const QChar c : paperId) {
        name.append(isSafeIdCharacter(c) ? c : QLatin1Char('_'));
    }
    if (version > 0) {
        name += QLatin1Char('v') + QString::number(version);
    }
    return name + QStringLiteral(".pdf");
}

bool PdfCache::remove(const QString &paperId, int version)
{
    const QString name = fileName(paperId, version);
    if (!QFile::remove(QDir(m_dir).filePath(name))) {
        return false;
    }
    qCInfo(lcPdf) << "PDF dropped from the cache:" << name;
    return true;
}

void PdfCache::markUsed(const QString &path)
{
    QFile file(path);
    // Opening for append changes nothing in the file but lets us set its time.
    if (!file.open(QIODevice::Append)
        || !file.setFileTime(m_clock(), QFileDevice::FileModificationTime)) {
        qCWarning(lcPdf) << "PDF cache could not mark as used:" << path;
    }
}

void PdfCache::evictToLimit(const QString &keep)
{
    QFileInfoList files =
        QDir(m_dir).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files | QDir::NoSymLinks);
    qint64 total = 0;
    for (const QFileInfo &info : files) {
        total += info.size();
    }
    if (total <= m_limitBytes) {
        return;
    }

    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const QDateTime usedA = a.lastModified().toUTC();
        const QDateTime usedB = b.lastModified().toUTC();
        return usedA != usedB ? usedA < usedB : a.fileName() < b.fileName();
    });
    for (const QFileInfo &info : std::as_const(files)) {
        if (total <= m_limitBytes) {
            break;
        }
        if (info.absoluteFilePath() == QFileInfo(keep).absoluteFilePath()) {
            continue;
        }
        if (QFile::remove(info.absoluteFilePath())) {
            total -= info.size();
            qCDebug(lcPdf) << "PDF cache evicted:" << info.fileName();
        } else {
            qCWarning(lcPdf) << "PDF cache could not evict:" << info.absoluteFilePath();
        }
    }
}

} // namespace Sieve::Library
