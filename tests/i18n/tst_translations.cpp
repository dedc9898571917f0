// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/platform/keychainsecretstore.h>
#include <app/platform/translations.h>

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// One message of a .ts file, as far as these checks need it.
struct Message
{
    QString key; // context, source and disambiguation: what a tr() call looks up
    QString problem; // empty when the message is translated completely
    bool numerus = false; // a %n text, with one form per plural of the language
    int forms = 0; // numerus forms given
};

QString sourceDir()
{
    return QStringLiteral(PAPERSIEVE_SOURCE_DIR);
}

QString committedTs(const QString &language)
{
    return sourceDir() + QStringLiteral("/translations/papersieve_%1.ts").arg(language);
}

QString describe(const QString &context, const QString &source)
{
    return QStringLiteral("%1: \"%2\"").arg(context, source.left(60));
}

// Reads every message of `path`; returns false with `error` set when it is no .ts file.
bool readTs(const QString &path, QList<Message> *messages, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1 cannot be opened").arg(path);
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1StringView("message")) {
            const bool numerus =
                xml.attributes().value(QLatin1StringView("numerus")) == QLatin1StringView("yes");
            QString source;
            QString comment;
            QString problem;
            int forms = 0;
            bool translated = false;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1StringView("source")) {
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1StringView("comment")) {
                    comment = xml.readElementText();
                } else if (xml.name() == QLatin1StringView("translation")) {
                    translated = true;
                    const QString type =
                        xml.attributes().value(QLatin1StringView("type")).toString();
                    if (!type.isEmpty()) {
                        problem = QStringLiteral("translation type=\"%1\"").arg(type);
                    }
                    if (numerus) {
                        while (xml.readNextStartElement()) {
                            ++forms;
                            if (xml.readElementText().trimmed().isEmpty() && problem.isEmpty()) {
                                problem = QStringLiteral("empty numerusform");
                            }
                        }
                        if (forms == 0 && problem.isEmpty()) {
                            problem = QStringLiteral("no numerusform");
                        }
                    } else if (xml.readElementText().trimmed().isEmpty() && problem.isEmpty()) {
                        problem = QStringLiteral("empty translation");
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (!translated) {
                problem = QStringLiteral("no translation");
            }
            const QString key = context + QChar(0) + source + QChar(0) + comment;
            messages->append(
                {key,
                 problem.isEmpty() ? problem : describe(context, source) + u": " + problem,
                 numerus,
                 forms});
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
        return false;
    }
    return true;
}

QStringList languages()
{
    return QStringLiteral(PAPERSIEVE_TS_LANGUAGES).split(u',', Qt::SkipEmptyParts);
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void complete_data();
    void complete();
    void currentWithSources_data();
    void currentWithSources();
    void compiledIn_data();
    void compiledIn();
    void englishGivesEveryPluralBothForms();
    void englishHoldsOnlyCurrentPlurals();
    void installTranslatorsLoadsGerman();
    void qtsOwnTextsFollowTheLanguage();
    void aChosenLanguageBecomesTheDefaultLocale_data();
    void aChosenLanguageBecomesTheDefaultLocale();

private:
    void addLanguages();

    QTemporaryDir m_dir;
    QSet<QString> m_freshKeys;
    QSet<QString> m_freshPlurals; // keys of the texts with %n
    int m_freshCount = 0;
};

void TstTranslations::initTestCase()
{
    QVERIFY(!languages().isEmpty());
    QVERIFY(m_dir.isValid());

    // What the sources hold right now, extracted the way the committed files are refreshed.
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(PAPERSIEVE_LUPDATE),
                  {QStringLiteral("-silent"),
                   QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"),
                   QStringLiteral("none"),
                   sourceDir() + QStringLiteral("/app"),
                   sourceDir() + QStringLiteral("/ui"),
                   QStringLiteral("-ts"),
                   fresh});
    QVERIFY2(lupdate.waitForFinished(120000), PAPERSIEVE_LUPDATE " did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());

    QList<Message> messages;
    QString error;
    QVERIFY2(readTs(fresh, &messages, &error), qPrintable(error));
    for (const Message &message : std::as_const(messages)) {
        m_freshKeys.insert(message.key);
        if (message.numerus) {
            m_freshPlurals.insert(message.key);
        }
    }
    m_freshCount = int(messages.size());
    QVERIFY2(m_freshCount > 100, "lupdate found almost no source texts");
}

void TstTranslations::addLanguages()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages()) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

void TstTranslations::complete_data()
{
    addLanguages();
}

// No unfinished, obsolete or vanished entries and no empty translations.
void TstTranslations::complete()
{
    QFETCH(QString, language);
    QList<Message> messages;
    QString error;
    QVERIFY2(readTs(committedTs(language), &messages, &error), qPrintable(error));
    QStringList problems;
    for (const Message &message : std::as_const(messages)) {
        if (!message.problem.isEmpty()) {
            problems.append(message.problem);
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 messages incomplete, e.g.\n%3")
                            .arg(problems.size())
                            .arg(messages.size())
                            .arg(problems.mid(0, 10).join(u'\n'))));
}

void TstTranslations::currentWithSources_data()
{
    addLanguages();
}

// Every text the sources hold now is in the committed file (refresh it with lupdate).
void TstTranslations::currentWithSources()
{
    QFETCH(QString, language);
    QList<Message> messages;
    QString error;
    QVERIFY2(readTs(committedTs(language), &messages, &error), qPrintable(error));
    QSet<QString> committed;
    for (const Message &message : std::as_const(messages)) {
        committed.insert(message.key);
    }
    QStringList missing;
    for (const QString &key : std::as_const(m_freshKeys)) {
        if (!committed.contains(key)) {
            const QStringList parts = key.split(QChar(0));
            missing.append(describe(parts.value(0), parts.value(1)));
        }
    }
    missing.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 source texts missing from %3, e.g.\n%4")
                            .arg(missing.size())
                            .arg(m_freshCount)
                            .arg(committedTs(language), missing.mid(0, 10).join(u'\n'))));
}

void TstTranslations::compiledIn_data()
{
    addLanguages();
}

// The .qm file is in the resources and translates a menu title.
void TstTranslations::compiledIn()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/papersieve_%1.qm").arg(language)));
    const QString file = translator.translate("Sieve::Ui::MainWindow", "&File");
    QVERIFY(!file.isEmpty());
    QVERIFY(file != QStringLiteral("&File"));
}

// The sources are English, but "%n paper(s)" still needs "1 paper" and "2 papers": every %n
// text has both English forms, written out (refresh with update_translations, which runs
// lupdate -pluralonly on papersieve_en.ts).
void TstTranslations::englishGivesEveryPluralBothForms()
{
    QList<Message> messages;
    QString error;
    QVERIFY2(readTs(committedTs(QStringLiteral("en")), &messages, &error), qPrintable(error));
    QHash<QString, Message> english;
    for (const Message &message : std::as_const(messages)) {
        english.insert(message.key, message);
    }
    QVERIFY(m_freshPlurals.size() > 10);

    QStringList problems;
    for (const QString &key : std::as_const(m_freshPlurals)) {
        const QStringList parts = key.split(QChar(0));
        const QString where = describe(parts.value(0), parts.value(1));
        const auto found = english.constFind(key);
        if (found == english.cend()) {
            problems.append(where + u": missing");
        } else if (!found->problem.isEmpty()) {
            problems.append(found->problem);
        } else if (found->forms != 2) {
            problems.append(where + QStringLiteral(": %1 forms, not 2").arg(found->forms));
        }
    }
    problems.sort();
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 plural texts lack their English forms, e.g.\n%3")
                            .arg(problems.size())
                            .arg(m_freshPlurals.size())
                            .arg(problems.mid(0, 10).join(u'\n'))));
}

// No obsolete, vanished or leftover entries: every message is a %n text the sources hold now.
void TstTranslations::englishHoldsOnlyCurrentPlurals()
{
    QList<Message> messages;
    QString error;
    QVERIFY2(readTs(committedTs(QStringLiteral("en")), &messages, &error), qPrintable(error));
    QStringList leftovers;
    for (const Message &message : std::as_const(messages)) {
        if (!message.numerus || !m_freshPlurals.contains(message.key)) {
            const QStringList parts = message.key.split(QChar(0));
            leftovers.append(describe(parts.value(0), parts.value(1)));
        }
    }
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u'\n')));
}

void TstTranslations::installTranslatorsLoadsGerman()
{
    if (!languages().contains(QStringLiteral("de"))) {
        QSKIP("German is not registered in resources/CMakeLists.txt");
    }
    QCOMPARE(Sieve::Platform::installTranslators(QLocale(QStringLiteral("de"))), 2);
    QCOMPARE(QCoreApplication::translate("Sieve::Ui::MainWindow", "&File"),
             QStringLiteral("&Datei"));
    QCOMPARE(QCoreApplication::translate("Sieve::Ui::DayListModel", "%n paper(s)", nullptr, 1),
             QStringLiteral("1 Artikel"));
    QCOMPARE(QCoreApplication::translate("Sieve::Ui::RunPanel", "%n request(s)", nullptr, 3),
             QStringLiteral("3 Anfragen"));

    // tr() outside a member function: lupdate must have found the class's real context.
    QCOMPARE(Sieve::Platform::KeychainSecretStore::tr("The system keychain failed: %1."),
             QStringLiteral("Der Schlüsselbund des Systems ist fehlgeschlagen: %1."));

    // The latest translator installed answers first: Chinese now takes over.
    if (languages().contains(QStringLiteral("zh_CN"))) {
        QCOMPARE(Sieve::Platform::installTranslators(QLocale(QStringLiteral("zh_CN"))), 2);
        QCOMPARE(QCoreApplication::translate("Sieve::Ui::MainWindow", "&File"),
                 QStringLiteral("文件(&F)"));
    }
}

// The buttons of Qt's standard dialogs and its context menus speak the language too.
void TstTranslations::qtsOwnTextsFollowTheLanguage()
{
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(folder + QStringLiteral("/qtbase_de.qm"))) {
        QSKIP("Qt's translations are not installed (Debian: qt6-translations-l10n)");
    }
    // The latest installed answers first, so each language shows through in turn.
    Sieve::Platform::installTranslators(QLocale(QStringLiteral("zh_CN")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    Sieve::Platform::installTranslators(QLocale(QStringLiteral("de")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TstTranslations::aChosenLanguageBecomesTheDefaultLocale_data()
{
    QTest::addColumn<QString>("language"); // as kept in the settings
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("number"); // 1234.5 written in it
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("de_DE")
                            << QStringLiteral("1.234,5");
    QTest::newRow("Simplified Chinese")
        << QStringLiteral("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("1,234.5");
    QTest::newRow("the system's") << QString() << QLocale::system().name()
                                  << QLocale::system().toString(1234.5, 'f', 1);
}

// Dates and numbers follow the language chosen in the settings, not only the words.
void TstTranslations::aChosenLanguageBecomesTheDefaultLocale()
{
    QFETCH(QString, language);
    QFETCH(QString, locale);
    QFETCH(QString, number);
    QLocale::setDefault(QLocale(QLocale::Finnish)); // neither of the above

    const QLocale applied = Sieve::Platform::applyLanguage(language);
    QCOMPARE(applied.name(), locale);
    QCOMPARE(QLocale().name(), locale);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), number);
    QLocale::setDefault(QLocale::system());
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
