// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_PLATFORM_APPSETTINGS_H
#define SIEVE_PLATFORM_APPSETTINGS_H

#include <app/core/paper.h>

#include <QList>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace Sieve::Platform {

// The reader's non-secret preferences, typed, over QSettings. API keys never come here: they
// live in the keychain (SecretStore), and this class has no way to store one. Every getter
// answers its default when nothing (or something unusable) is stored. Not thread-safe; use it
// on one thread.
class AppSettings
{
public:
    enum class Provider { OpenAi, Anthropic };

    static constexpr int DefaultConcurrency = 4;
    static constexpr int MaxConcurrency = 32;
    static constexpr int DefaultPdfCacheLimitMb = 1024;
    static constexpr int DefaultMarkReadAfterMs = 2000;
    static constexpr int MaxMarkReadAfterMs = 60000;

    // The platform's settings (~/.config/PaperSieve/PaperSieve.conf on Linux). Needs the
    // organisation name set first (setApplicationIdentity()); without it nothing is written.
    AppSettings();
    // An INI file of its own, for tests and portable installs.
    explicit AppSettings(const QString &fileName);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // "openai" (any compatible endpoint) or "anthropic", as ScoringProfile and the CLI spell it.
    static QString providerName(Provider provider);
    static std::optional<Provider> providerFromName(const QString &name);
    static QUrl defaultBaseUrl(Provider provider);
    static QString defaultModel(Provider provider);
    // The keychain key that holds the provider's API key ("llm/openai").
    static QString secretKey(Provider provider);
    // The keychain key of the optional Semantic Scholar API key ("s2").
    static QString semanticScholarSecretKey();

    Provider provider() const;
    void setProvider(Provider provider);
    // Each provider keeps its own endpoint and model, so switching back and forth loses nothing.
    // The endpoint is defaultBaseUrl(provider) and the model defaultModel(provider) unless
    // others were set; setting an empty one goes back to the default.
    QUrl baseUrl(Provider provider) const;
    void setBaseUrl(Provider provider, const QUrl &url);
    QString model(Provider provider) const;
    void setModel(Provider provider, const QString &model);
    int concurrency() const; // requests in flight at once, 1..MaxConcurrency
    void setConcurrency(int concurrency);
    double budgetUsd() const; // per run, US dollars; 0 means no limit
    void setBudgetUsd(double budget);
    int requestsPerMinute() const; // what the account allows; 0 means no limit
    void setRequestsPerMinute(int rpm);
    qint64 tokensPerMinute() const; // what the account allows; 0 means no limit
    void setTokensPerMinute(qint64 tpm);

    // Empty: the platform's data folder (Paths::dataDir() decides).
    QString dataDirOverride() const;
    void setDataDirOverride(const QString &dir);
    int pdfCacheLimitMb() const; // 0 keeps no PDF
    void setPdfCacheLimitMb(int megabytes);

    // Which listings a day keeps; by default new papers and cross-lists, no replacements.
    QList<AnnounceType> announceTypes() const;
    void setAnnounceTypes(const QList<AnnounceType> &types);
    bool isPrimaryOnly() const; // keep only papers whose primary category is followed
    void setPrimaryOnly(bool primaryOnly);
    // How long a paper stays selected before it is marked read; 0 marks it at once.
    int markReadAfterMs() const;
    void setMarkReadAfterMs(int milliseconds);

    QString language() const; // a locale name such as "de"; empty follows the system
    void setLanguage(const QString &language);
    // Started with the session, the app shows only its tray icon (when there is a tray); true
    // by default.
    bool startsMinimized() const;
    void setStartsMinimized(bool minimized);

    // Writes pending changes to disk; false when the file could not be written.
    bool sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Sieve::Platform

#endif // SIEVE_PLATFORM_APPSETTINGS_H
