// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_ARXIV_TAXONOMY_H
#define SIEVE_ARXIV_TAXONOMY_H

#include <app/core/error.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sieve::Arxiv {

// One category a reader can follow. An archive without subject classes (gr-qc, quant-ph) is its
// own single category. Names are arXiv's English names; they are not translated.
struct Category
{
    QString code; // "astro-ph.GA", "gr-qc"
    QString name; // "Astrophysics of Galaxies"
    QString archive; // "astro-ph"
    QString archiveName; // "Astrophysics"
    QString group; // "Physics"
    QStringList aliases; // words readers search for that the name lacks: "galaxy", "NLP"
};

// arXiv's category taxonomy and a search over it for the category picker.
class Taxonomy
{
public:
    // The taxonomy bundled with this build (resource :/papersieve/arxiv/taxonomy.json), read on
    // first use. Safe to call from any thread.
    static const Taxonomy &builtIn();

    // Reads {"groups": [{"name", "archives": [{"code", "name", "categories": [{"code", "name",
    // "aliases"}]}]}]}. Refuses a document without any category.
    static Result<Taxonomy> fromJson(const QByteArray &json);

    // In arXiv's order: by group, then archive, then code.
    const QList<Category> &categories() const { return m_categories; }

    // Exact code, compared without regard to case ("cs.lg" finds cs.LG).
    std::optional<Category> category(const QString &code) const;

    // Categories matching `text`, best first; ties keep arXiv's order. Text is compared without
    // case and accents. A code or the start of one ("cs.LG", "astro-ph", "hep") finds those
    // codes; otherwise every word must begin a word of the name, an alias, the archive or the
    // group ("machine learning", "galaxies", "quantum cosmology"). Blank text finds everything.
    QList<Category> search(const QString &text) const;

    // Lower case, accents removed, runs of white space made one space.
    static QString fold(const QString &text);

private:
    struct Entry
    {
        QString code;
        QString suffix; // the subject class after the dot, or the whole code
        QString name;
        QStringList nameWords;
        QStringList aliases;
        QStringList aliasWords;
        QStringList archiveWords;
        QStringList groupWords;
    };

    void add(const Category &category);
    static int codeScore(const Entry &entry, const QString &query);
    static int wordScore(const Entry &entry, const QString &query, const QStringList &words);

    QList<Category> m_categories;
    QList<Entry> m_entries; // folded, one per category, same order
};

} // namespace Sieve::Arxiv

#endif // SIEVE_ARXIV_TAXONOMY_H
