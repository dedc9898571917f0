// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_ARXIV_RSSSCANNER_H
#define SIEVE_ARXIV_RSSSCANNER_H

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>
#include <QVarLengthArray>

namespace Sieve::Arxiv {

// A strict pull reader for the XML that arXiv's feed serializer writes, working on the UTF-8
// bytes directly. It mirrors the few QXmlStreamReader calls RssParser makes, so one reading
// routine serves both; unlike QXmlStreamReader it never reports an error: on anything it does
// not fully understand (DOCTYPE, processing instructions, unknown entities, another encoding,
// invalid UTF-8, namespace declarations below the root, mismatched or unclosed tags, truncation)
// it gives up, hasError() turns true, and the caller must read the document the general way.
//
// Understood: an optional UTF-8 byte order mark, an XML declaration with version 1.0 and
// encoding UTF-8, comments, CDATA sections, the five predefined entities, numeric character
// references, attributes in either quote style without references, self-closing tags and
// prefixed names whose prefixes are declared on the root element.
//
// The scanner does not own the bytes: they must outlive it.
class RssScanner
{
public:
    explicit RssScanner(QByteArrayView document);

    // As QXmlStreamReader's: true on the next start tag inside the current element, false at
    // its end tag, at the end of the document or once the scanner has given up.
    bool readNextStartElement();

    // The local name and namespace of the element just started; both are ASCII.
    QLatin1StringView name() const { return m_name; }

    QLatin1StringView namespaceUri() const { return m_namespaceUri; }

    // The text of the element just started, up to its end tag (references resolved, CDATA
    // included, comments left out). A child element makes the scanner give up.
    QString readElementText();

    // Reads past the end tag of the element just started.
    void skipCurrentElement();

    // After the root element: true when nothing but white space and comments follows.
    bool readToEnd();

    // Gives up on the document, for a caller that met something only the general path handles.
    void abandon() { m_failed = true; }

    bool hasError() const { return m_failed; }

    // The byte offset at which the scanner stopped, for diagnostics.
    qsizetype position() const { return m_pos - m_begin; }

private:
    enum class Token {
        StartElement,
        EndElement,
        EndDocument,
        Invalid,
    };

    // Whether character data is collected for readElementText() or only checked.
    enum class TextMode {
        Skip,
        Keep,
    };

    struct Namespace
    {
        QByteArrayView prefix;
        QLatin1StringView uri;
    };

    bool checkCharacters();
    bool readProlog();
    bool readXmlDeclaration();
    Token readNext(TextMode mode);
    bool readMarkup(TextMode mode);
    Token readStartTag();
    Token readEndTag();
    bool readAttributes(bool isRoot);
    bool declareNamespace(QByteArrayView attribute, QByteArrayView value);
    bool resolveName(QByteArrayView qualifiedName);
    bool readText(const char *end, TextMode mode);
    bool readReference(const char *&at, const char *end, TextMode mode);
    bool skipComment();
    bool readCData(TextMode mode);
    void keep(QByteArrayView text);
    void keepCopy(QByteArrayView text);
    void skipSpace();
    QByteArrayView readName();
    bool fail();

    const char *m_begin = nullptr;
    const char *m_end = nullptr;
    const char *m_pos = nullptr;
    QVarLengthArray<QByteArrayView, 8> m_open;
    QVarLengthArray<Namespace, 8> m_namespaces;
    QVarLengthArray<QByteArrayView, 8> m_attributes;
    QLatin1StringView m_name;
    QLatin1StringView m_namespaceUri;
    QByteArray m_text;
    QByteArrayView m_plainText;
    bool m_textInBuffer = false;
    bool m_pendingEnd = false;
    bool m_rootSeen = false;
    bool m_failed = false;
};

} // namespace Sieve::Arxiv

#endif // SIEVE_ARXIV_RSSSCANNER_H
