// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "appsettings.h"

#include "logging.h"

#include <QStringList>

#include <algorithm>

namespace Sieve::Platform {

namespace {

constexpr auto ProviderKey = "llm/provider";
constexpr auto ConcurrencyKey = "llm/concurrency";
constexpr auto BudgetKey = "llm/budgetUsd";
constexpr auto RpmKey = "llm/requestsPerMinute";
constexpr auto TpmKey = "llm/tokensPerMinute";
constexpr auto DataDirKey = "library/dataDir";
constexpr auto PdfCacheKey = "library/pdfCacheLimitMb";
constexpr auto AnnounceTypesKey = "reading/announceTypes";
constexpr auto PrimaryOnlyKey = "reading/primaryOnly";
constexpr auto MarkReadKey = "reading/markReadAfterMs";
constexpr auto LanguageKey = "ui/language";
constexpr auto StartMinimizedKey = "session/startMinimized";

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// "llm/openai/model": one group per provider.
QString providerKey(AppSettings::Provider provider, const char *name)
{
    return QStringLiteral("llm/") + AppSettings::providerName(provider) + QLatin1Char('/')
        + QLatin1String(name);
}

int intValue(const QSettings &settings, const QString &name, int fallback)
{
    bool ok = false;
    const int value = settings.value(name).toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::providerName(Provider provider)
{
    return provider == Provider::Anthropic ? QStringLiteral("anthropic") : QStringLiteral("openai");
}

std::optional<AppSettings::Provider> AppSettings::providerFromName(const QString &name)
{
    for (const Provider provider : {Provider::OpenAi, Provider::Anthropic}) {
        if (name.trimmed().compare(providerName(provider), Qt::CaseInsensitive) == 0) {
            return provider;
        }
    }
    return std::nullopt;
}

QUrl AppSettings::defaultBaseUrl(Provider provider)
{
    return provider == Provider::Anthropic ? QUrl(QStringLiteral("https://api.anthropic.com"))
                                           : QUrl(QStringLiteral("https://api.openai.com"));
}

QString AppSettings::defaultModel(Provider provider)
{
    return provider == Provider::Anthropic ? QStringLiteral("claude-sonnet-4-20250514")
                                           : QStringLiteral("gpt-4.1-mini");
}

QString AppSettings::secretKey(Provider provider)
{
    return QStringLiteral("llm/") + providerName(provider);
}

QString AppSettings::semanticScholarSecretKey()
{
    return QStringLiteral("s2");
}

AppSettings::Provider AppSettings::provider() const
{
    return providerFromName(m_settings->value(key(ProviderKey)).toString())
        .value_or(Provider::OpenAi);
}

void AppSettings::setProvider(Provider provider)
{
    m_settings->setValue(key(ProviderKey), providerName(provider));
}

QUrl AppSettings::baseUrl(Provider provider) const
{
    const QUrl url(m_settings->value(providerKey(provider, "baseUrl")).toString());
    return url.isValid() && !url.isEmpty() ? url : defaultBaseUrl(provider);
}

void AppSettings::setBaseUrl(Provider provider, const QUrl &url)
{
    if (url.isEmpty() || url == defaultBaseUrl(provider)) {
        m_settings->remove(providerKey(provider, "baseUrl"));
        return;
    }
    // Credentials in a URL would be a secret in a plain file; they belong in the keychain.
    m_settings->setValue(providerKey(provider, "baseUrl"),
                         url.adjusted(QUrl::RemoveUserInfo).toString());
}

QString AppSettings::model(Provider provider) const
{
    const QString model = m_settings->value(providerKey(provider, "model")).toString().trimmed();
    return model.isEmpty() ? defaultModel(provider) : model;
}

void AppSettings::setModel(Provider provider, const QString &model)
{
    if (model.trimmed().isEmpty()) {
        m_settings->remove(providerKey(provider, "model"));
        return;
    }
    m_settings->setValue(providerKey(provider, "model"), model.trimmed());
}

int AppSettings::concurrency() const
{
    return std::clamp(
        intValue(*m_settings, key(ConcurrencyKey), DefaultConcurrency), 1, MaxConcurrency);
}

void AppSettings::setConcurrency(int concurrency)
{
    m_settings->setValue(key(ConcurrencyKey), std::clamp(concurrency, 1, MaxConcurrency));
}

double AppSettings::budgetUsd() const
{
    bool ok = false;
    const double budget = m_settings->value(key(BudgetKey)).toDouble(&ok);
    return ok && budget > 0 ? budget : 0;
}

void AppSettings::setBudgetUsd(double budget)
{
    m_settings->setValue(key(BudgetKey), std::max(budget, 0.0));
}

int AppSettings::requestsPerMinute() const
{
    return std::max(intValue(*m_settings, key(RpmKey), 0), 0);
}

void AppSettings::setRequestsPerMinute(int rpm)
{
    m_settings->setValue(key(RpmKey), std::max(rpm, 0));
}

qint64 AppSettings::tokensPerMinute() const
{
    bool ok = false;
    const qint64 tpm = m_settings->value(key(TpmKey)).toLongLong(&ok);
    return ok ? std::max<qint64>(tpm, 0) : 0;
}

void AppSettings::setTokensPerMinute(qint64 tpm)
{
    m_settings->setValue(key(TpmKey), std::max<qint64>(tpm, 0));
}

QString AppSettings::dataDirOverride() const
{
    return m_settings->value(key(DataDirKey)).toString();
}

void AppSettings::setDataDirOverride(const QString &dir)
{
    if (dir.trimmed().isEmpty()) {
        m_settings->remove(key(DataDirKey));
        return;
    }
    m_settings->setValue(key(DataDirKey), dir.trimmed());
}

int AppSettings::pdfCacheLimitMb() const
{
    return std::max(intValue(*m_settings, key(PdfCacheKey), DefaultPdfCacheLimitMb), 0);
}

void AppSettings::setPdfCacheLimitMb(int megabytes)
{
    m_settings->setValue(key(PdfCacheKey), std::max(megabytes, 0));
}

QList<AnnounceType> AppSettings::announceTypes() const
{
    const QVariant stored = m_settings->value(key(AnnounceTypesKey));
    if (!stored.isValid()) {
        return {AnnounceType::New, AnnounceType::Cross};
    }

    QList<AnnounceType> types;
    for (const QString &name : stored.toStringList()) {
        const AnnounceType type = announceTypeFromName(name);
        if (type != AnnounceType::Unknown && !types.contains(type)) {
            types.append(type);
        }
    }
    return types;
}

void AppSettings::setAnnounceTypes(const QList<AnnounceType> &types)
{
    QStringList names;
    for (const AnnounceType type : types) {
        if (type != AnnounceType::Unknown) {
            names.append(announceTypeName(type));
        }
    }
    // An empty QStringList reads back as no value at all, which would mean "the defaults".
    m_settings->setValue(key(AnnounceTypesKey),
                         names.isEmpty() ? QVariant(QStringList{QString()}) : QVariant(names));
}

bool AppSettings::isPrimaryOnly() const
{
    return m_settings->value(key(PrimaryOnlyKey), false).toBool();
}

void AppSettings::setPrimaryOnly(bool primaryOnly)
{
    m_settings->setValue(key(PrimaryOnlyKey), primaryOnly);
}

int AppSettings::markReadAfterMs() const
{
    return std::clamp(
        intValue(*m_settings, key(MarkReadKey), DefaultMarkReadAfterMs), 0, MaxMarkReadAfterMs);
}

void AppSettings::setMarkReadAfterMs(int milliseconds)
{
    m_settings->setValue(key(MarkReadKey), std::clamp(milliseconds, 0, MaxMarkReadAfterMs));
}

QString AppSettings::language() const
{
    return m_settings->value(key(LanguageKey)).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(key(LanguageKey), language.trimmed());
}

bool AppSettings::startsMinimized() const
{
    return m_settings->value(key(StartMinimizedKey), true).toBool();
}

void AppSettings::setStartsMinimized(bool minimized)
{
    m_settings->setValue(key(StartMinimizedKey), minimized);
}

bool AppSettings::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        qCWarning(lcPlatform) << "settings not written:" << m_settings->fileName();
        return false;
    }
    return true;
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

} // namespace Sieve::Platform
