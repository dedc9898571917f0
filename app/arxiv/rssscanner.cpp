// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rssscanner.h"

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Sieve::Arxiv {

namespace {

constexpr QByteArrayView ByteOrderMark("\xEF\xBB\xBF");
constexpr QByteArrayView XmlDeclarationStart("<?xml");
constexpr QByteArrayView CommentStart("<!--");
constexpr QByteArrayView CDataStart("<![CDATA[");
constexpr QByteArrayView CDataEnd("]]>");
constexpr QByteArrayView NamespaceAttribute("xmlns");
constexpr QByteArrayView NamespacePrefix("xmlns:");
// Longer references exist only with runs of leading zeros, which arXiv never writes.
constexpr qsizetype MaxReferenceLength = 12;
constexpr qsizetype MaxDigits = 8;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t';
}

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':';
}

bool isAllSpace(QByteArrayView text)
{
    for (const char c : text) {
        if (!isSpace(c)) {
            return false;
        }
    }
    return true;
}

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

const char *find(const char *from, const char *end, char c)
{
    return from < end ? static_cast<const char *>(std::memchr(from, c, size_t(end - from)))
                      : nullptr;
}

// One prefix and one local part, both starting like a name: "dc:creator", not "dc:" or ":x".
bool isQualifiedName(QByteArrayView name)
{
    const qsizetype colon = name.indexOf(':');
    if (colon < 0) {
        return true;
    }
    return colon + 1 < name.size() && isNameStart(name.at(colon + 1))
        && name.indexOf(':', colon + 1) < 0;
}

// The five predefined entities and numeric character references, as a code point; 0 when the
// reference is anything else.
char32_t referencedCharacter(QByteArrayView name)
{
    if (name == "lt") {
        return U'<';
    }
    if (name == "gt") {
        return U'>';
    }
    if (name == "amp") {
        return U'&';
    }
    if (name == "quot") {
        return U'"';
    }
    if (name == "apos") {
        return U'\'';
    }
    if (name.size() < 2 || name.front() != '#') {
        return 0;
    }

    const bool hex = name.at(1) == 'x';
    const QByteArrayView digits = name.sliced(hex ? 2 : 1);
    if (digits.isEmpty() || digits.size() > MaxDigits) {
        return 0;
    }
    char32_t value = 0;
    for (const char c : digits) {
        int digit = -1;
        if (c >= '0' && c <= '9') {
            digit = c - '0';
        } else if (hex && c >= 'a' && c <= 'f') {
            digit = c - 'a' + 10;
        } else if (hex && c >= 'A' && c <= 'F') {
            digit = c - 'A' + 10;
        }
        if (digit < 0) {
            return 0;
        }
        value = value * (hex ? 16 : 10) + char32_t(digit);
    }
    return isXmlChar(value) ? value : 0;
}

qsizetype encodeUtf8(char32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = char(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = char(0xC0 | (c >> 6));
        out[1] = char(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = char(0xE0 | (c >> 12));
        out[1] = char(0x80 | ((c >> 6) & 0x3F));
        out[2] = char(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (c >> 18));
    out[1] = char(0x80 | ((c >> 12) & 0x3F));
    out[2] = char(0x80 | ((c >> 6) & 0x3F));
    out[3] = char(0x80 | (c & 0x3F));
    return 4;
}

} // namespace

RssScanner::RssScanner(QByteArrayView document)
    : m_begin(document.data())
    , m_end(document.data() + document.size())
    , m_pos(document.data())
{
    if (!checkCharacters() || !readProlog()) {
        m_failed = true;
    }
}

bool RssScanner::readNextStartElement()
{
    return readNext(TextMode::Skip) == Token::StartElement;
}

QString RssScanner::readElementText()
{
    m_text.resize(0);
    m_plainText = {};
    m_textInBuffer = false;

    const Token token = readNext(TextMode::Keep);
    if (token != Token::EndElement) {
        // QXmlStreamReader reports an error for a child element: let it say so.
        fail();
        return {};
    }
    return QString::fromUtf8(m_textInBuffer ? QByteArrayView(m_text) : m_plainText);
}

void RssScanner::skipCurrentElement()
{
    int depth = 1;
    while (depth > 0) {
        const Token token = readNext(TextMode::Skip);
        if (token == Token::StartElement) {
            ++depth;
        } else if (token == Token::EndElement) {
            --depth;
        } else {
            fail();
            return;
        }
    }
}

bool RssScanner::readToEnd()
{
    if (m_failed || !m_open.isEmpty() || !m_rootSeen) {
        return fail();
    }
    for (;;) {
        skipSpace();
        if (m_pos == m_end) {
            return true;
        }
        if (!QByteArrayView(m_pos, m_end - m_pos).startsWith(CommentStart) || !skipComment()) {
            return fail();
        }
    }
}

// XML forbids most control characters and U+FFFE/U+FFFF, and turns carriage returns into line
// feeds; all of that is left to QXmlStreamReader, as is anything that is not valid UTF-8.
bool RssScanner::checkCharacters()
{
    const auto *bytes = reinterpret_cast<const uchar *>(m_begin);
    const qsizetype size = m_end - m_begin;
    uchar forbidden = 0;
    for (qsizetype i = 0; i < size; ++i) {
        // Below 0x20, only tab (0x09) and line feed (0x0A) are taken. Written without branches
        // or early exit so that the compiler vectorises the loop.
        const uchar c = bytes[i];
        forbidden |= uchar(uchar(c - 0x0B) < 0x15) | uchar(c < 0x09);
    }
    if (forbidden || !QByteArrayView(m_begin, size).isValidUtf8()) {
        return false;
    }

    for (const char *at = find(m_begin, m_end, '\xEF'); at; at = find(at + 1, m_end, '\xEF')) {
        if (m_end - at >= 3 && at[1] == '\xBF' && (at[2] == '\xBE' || at[2] == '\xBF')) {
            return false;
        }
    }
    return true;
}

bool RssScanner::readProlog()
{
    if (QByteArrayView(m_pos, m_end - m_pos).startsWith(ByteOrderMark)) {
        m_pos += ByteOrderMark.size();
    }
    if (QByteArrayView(m_pos, m_end - m_pos).startsWith(XmlDeclarationStart)
        && !readXmlDeclaration()) {
        return false;
    }

    for (;;) {
        skipSpace();
        const QByteArrayView rest(m_pos, m_end - m_pos);
        if (!rest.startsWith(CommentStart)) {
            return rest.startsWith('<');
        }
        if (!skipComment()) {
            return false;
        }
    }
}

// Only `<?xml version="1.0" encoding="UTF-8"?>` (either quotes, any case of UTF-8, encoding
// optional) is taken. RssParser's general path looks for `encoding=` written exactly so, so
// the scanner does not accept spaces around that '=' either.
bool RssScanner::readXmlDeclaration()
{
    m_pos += XmlDeclarationStart.size();
    const char *versionStart = m_pos;
    skipSpace();
    const QByteArrayView rest(m_pos, m_end - m_pos);
    if (m_pos == versionStart
        || !(rest.startsWith("version=\"1.0\"") || rest.startsWith("version='1.0'"))) {
        return false;
    }
    m_pos += qsizetype(sizeof("version='1.0'") - 1);

    const char *encodingStart = m_pos;
    skipSpace();
    QByteArrayView tail(m_pos, m_end - m_pos);
    if (m_pos != encodingStart && tail.startsWith("encoding=")) {
        const QByteArrayView value = tail.sliced(qsizetype(sizeof("encoding=") - 1));
        if (value.size() < 7 || (value.front() != '"' && value.front() != '\'')
            || value.at(6) != value.front()
            || QLatin1StringView(value.sliced(1, 5)).compare("utf-8"_L1, Qt::CaseInsensitive)
                != 0) {
            return false;
        }
        m_pos = value.data() + 7;
        skipSpace();
        tail = QByteArrayView(m_pos, m_end - m_pos);
    }
    if (!tail.startsWith("?>")) {
        return false;
    }
    m_pos += 2;
    return true;
}

RssScanner::Token RssScanner::readNext(TextMode mode)
{
    if (m_failed) {
        return Token::Invalid;
    }
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_open.removeLast();
        return Token::EndElement;
    }
    if (m_open.isEmpty() && m_rootSeen) {
        return Token::EndDocument;
    }

    for (;;) {
        const char *markup = find(m_pos, m_end, '<');
        if (!markup) {
            // The document ends inside an element: it was cut off.
            fail();
            return Token::Invalid;
        }
        if (!readText(markup, mode)) {
            fail();
            return Token::Invalid;
        }
        m_pos = markup;
        if (m_end - m_pos < 2) {
            fail();
            return Token::Invalid;
        }

        if (m_pos[1] == '/') {
            return readEndTag();
        }
        if (m_pos[1] == '!') {
            if (!readMarkup(mode)) {
                fail();
                return Token::Invalid;
            }
            continue;
        }
        return readStartTag();
    }
}

// A comment or a CDATA section; DOCTYPE and everything else is left to the general path.
bool RssScanner::readMarkup(TextMode mode)
{
    const QByteArrayView rest(m_pos, m_end - m_pos);
    if (rest.startsWith(CommentStart)) {
        return skipComment();
    }
    if (rest.startsWith(CDataStart) && !m_open.isEmpty()) {
        return readCData(mode);
    }
    return false;
}

RssScanner::Token RssScanner::readStartTag()
{
    ++m_pos;
    const QByteArrayView qualifiedName = readName();
    const bool isRoot = m_open.isEmpty();
    if (qualifiedName.isEmpty() || (isRoot && m_rootSeen) || !readAttributes(isRoot)) {
        fail();
        return Token::Invalid;
    }

    if (*m_pos == '/') {
        if (m_end - m_pos < 2 || m_pos[1] != '>') {
            fail();
            return Token::Invalid;
        }
        m_pendingEnd = true;
        ++m_pos;
    }
    ++m_pos;
    if (!resolveName(qualifiedName)) {
        fail();
        return Token::Invalid;
    }
    m_open.append(qualifiedName);
    m_rootSeen = true;
    return Token::StartElement;
}

RssScanner::Token RssScanner::readEndTag()
{
    m_pos += 2;
    const QByteArrayView qualifiedName = readName();
    skipSpace();
    if (m_pos == m_end || *m_pos != '>' || m_open.isEmpty() || m_open.last() != qualifiedName) {
        fail();
        return Token::Invalid;
    }
    ++m_pos;
    m_open.removeLast();
    return Token::EndElement;
}

// Leaves m_pos on the '>' or '/' that closes the tag.
bool RssScanner::readAttributes(bool isRoot)
{
    m_attributes.clear();
    for (;;) {
        const char *before = m_pos;
        skipSpace();
        if (m_pos == m_end) {
            return false;
        }
        if (*m_pos == '>' || *m_pos == '/') {
            return true;
        }
        const bool separated = m_pos != before;
        const QByteArrayView name = readName();
        if (!separated || name.isEmpty()) {
            return false; // attributes are separated by white space
        }

        skipSpace();
        if (m_pos == m_end || *m_pos != '=') {
            return false;
        }
        ++m_pos;
        skipSpace();
        if (m_pos == m_end || (*m_pos != '"' && *m_pos != '\'')) {
            return false;
        }
        const char *close = find(m_pos + 1, m_end, *m_pos);
        if (!close) {
            return false;
        }
        const QByteArrayView value(m_pos + 1, close - m_pos - 1);
        m_pos = close + 1;

        // Values are not needed, except namespace names, so references in them are not decoded.
        if (value.contains('<') || value.contains('&') || m_attributes.contains(name)) {
            return false;
        }
        m_attributes.append(name);
        if (name.startsWith(NamespaceAttribute)) {
            if (!isRoot || !declareNamespace(name, value)) {
                return false;
            }
        } else if (name.contains(':')) {
            return false;
        }
    }
}

// Only prefixed declarations on the root, as arXiv writes them; a default namespace would
// change the meaning of every unprefixed name, so it is left to the general path.
bool RssScanner::declareNamespace(QByteArrayView attribute, QByteArrayView value)
{
    if (!attribute.startsWith(NamespacePrefix) || value.isEmpty()) {
        return false;
    }
    const QByteArrayView prefix = attribute.sliced(NamespacePrefix.size());
    if (prefix.isEmpty() || prefix.contains(':') || prefix == "xml" || prefix == "xmlns") {
        return false;
    }
    for (const char c : value) {
        if (c < 0x20 || c > 0x7E) {
            return false;
        }
    }
    m_namespaces.append({prefix, QLatin1StringView(value)});
    return true;
}

bool RssScanner::resolveName(QByteArrayView qualifiedName)
{
    const qsizetype colon = qualifiedName.indexOf(':');
    if (colon < 0) {
        m_name = QLatin1StringView(qualifiedName);
        m_namespaceUri = {};
        return true;
    }

    const QByteArrayView prefix = qualifiedName.first(colon);
    for (const Namespace &ns : std::as_const(m_namespaces)) {
        if (ns.prefix == prefix) {
            m_name = QLatin1StringView(qualifiedName.sliced(colon + 1));
            m_namespaceUri = ns.uri;
            return true;
        }
    }
    return false;
}

// The character data from m_pos to `end`, kept for readElementText() when asked.
bool RssScanner::readText(const char *end, TextMode mode)
{
    const QByteArrayView text(m_pos, end - m_pos);
    if (text.isEmpty()) {
        return true;
    }
    if (m_open.isEmpty()) {
        return isAllSpace(text);
    }
    for (const char *gt = find(m_pos, end, '>'); gt; gt = find(gt + 1, end, '>')) {
        if (gt - m_pos >= 2 && gt[-1] == ']' && gt[-2] == ']') {
            return false; // "]]>" is not allowed in character data
        }
    }

    const char *at = m_pos;
    const char *reference = find(at, end, '&');
    if (!reference) {
        if (mode == TextMode::Keep) {
            keep(text);
        }
        return true;
    }
    while (reference) {
        if (mode == TextMode::Keep) {
            keepCopy(QByteArrayView(at, reference - at));
        }
        if (!readReference(reference, end, mode)) {
            return false;
        }
        at = reference;
        reference = find(at, end, '&');
    }
    if (mode == TextMode::Keep) {
        keepCopy(QByteArrayView(at, end - at));
    }
    return true;
}

// Decodes the reference at `at` and moves `at` past its ';'.
bool RssScanner::readReference(const char *&at, const char *end, TextMode mode)
{
    const char *semicolon = find(at + 1, std::min(end, at + MaxReferenceLength), ';');
    if (!semicolon) {
        return false;
    }
    const char32_t c = referencedCharacter(QByteArrayView(at + 1, semicolon - at - 1));
    if (c == 0) {
        return false;
    }
    if (mode == TextMode::Keep) {
        char utf8[4];
        keepCopy(QByteArrayView(utf8, encodeUtf8(c, utf8)));
    }
    at = semicolon + 1;
    return true;
}

bool RssScanner::skipComment()
{
    const QByteArrayView body(m_pos + CommentStart.size(), m_end - m_pos - CommentStart.size());
    const qsizetype dashes = body.indexOf("--");
    // "--" may only end the comment.
    if (dashes < 0 || dashes + 2 >= body.size() || body.at(dashes + 2) != '>') {
        return false;
    }
    m_pos = body.data() + dashes + 3;
    return true;
}

bool RssScanner::readCData(TextMode mode)
{
    const QByteArrayView body(m_pos + CDataStart.size(), m_end - m_pos - CDataStart.size());
    const qsizetype end = body.indexOf(CDataEnd);
    if (end < 0) {
        return false;
    }
    if (mode == TextMode::Keep) {
        keep(body.first(end));
    }
    m_pos = body.data() + end + CDataEnd.size();
    return true;
}

// Text that stays in the document: one such piece alone is decoded without a copy.
void RssScanner::keep(QByteArrayView text)
{
    if (text.isEmpty()) {
        return;
    }
    if (!m_textInBuffer && m_plainText.isEmpty()) {
        m_plainText = text;
        return;
    }
    keepCopy(text);
}

void RssScanner::keepCopy(QByteArrayView text)
{
    if (!m_textInBuffer) {
        m_text.append(m_plainText);
        m_textInBuffer = true;
    }
    m_text.append(text);
}

void RssScanner::skipSpace()
{
    while (m_pos != m_end && isSpace(*m_pos)) {
        ++m_pos;
    }
}

// An ASCII name with at most one prefix; an empty view when there is none at m_pos.
QByteArrayView RssScanner::readName()
{
    const char *start = m_pos;
    if (m_pos == m_end || !isNameStart(*m_pos)) {
        return {};
    }
    while (m_pos != m_end && isNameChar(*m_pos)) {
        ++m_pos;
    }
    const QByteArrayView name(start, m_pos - start);
    return isQualifiedName(name) ? name : QByteArrayView();
}

bool RssScanner::fail()
{
    m_failed = true;
    return false;
}

} // namespace Sieve::Arxiv
