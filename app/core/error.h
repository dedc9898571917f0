// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_CORE_ERROR_H
#define SIEVE_CORE_ERROR_H

#include <QMetaType>
#include <QString>

#include <utility>
#include <variant>

namespace Sieve {

// What went wrong, for two audiences: `detail` is technical and goes to the log, `userMessage`
// is translated, one sentence that says what failed and what to do.
class Error
{
public:
    enum class Code {
        InvalidInput, // bad arguments or settings
        Network, // the peer could not be reached, timed out or kept failing
        BadData, // the peer answered, but with something we cannot use
        Storage, // the library could not read or write
        Cancelled,
    };

    Error() = default;

    Error(Code code, QString userMessage, QString detail = {})
        : m_code(code)
        , m_userMessage(std::move(userMessage))
        , m_detail(std::move(detail))
    {
    }

    Code code() const { return m_code; }

    QString userMessage() const { return m_userMessage; }

    QString detail() const { return m_detail; }

private:
    Code m_code = Code::InvalidInput;
    QString m_userMessage;
    QString m_detail;
};

// The outcome of a synchronous operation: a value or an Error.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }

    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool isOk() const { return std::holds_alternative<T>(m_data); }

    explicit operator bool() const { return isOk(); }

    const T &value() const & { return std::get<T>(m_data); }

    T &value() & { return std::get<T>(m_data); }

    T &&value() && { return std::get<T>(std::move(m_data)); }

    const T &operator*() const & { return value(); }

    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// A Result with no value: `Result<void>` reads better at call sites than a bool and a string.
template <>
class Result<void>
{
public:
    Result() = default;

    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {
    }

    bool isOk() const { return m_ok; }

    explicit operator bool() const { return m_ok; }

    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace Sieve

Q_DECLARE_METATYPE(Sieve::Error)

#endif // SIEVE_CORE_ERROR_H
