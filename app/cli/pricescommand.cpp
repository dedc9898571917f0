// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pricescommand.h"

#include "commandline.h"
#include "output.h"

#include <app/digest/digestbuilder.h>
#include <app/library/library.h>
#include <app/library/runstore.h>
#include <app/platform/paths.h>

#include <QCommandLineParser>
#include <QTextStream>

namespace Sieve::Cli {

namespace {

// "MODEL=INPUT,CACHED,OUTPUT" in dollars per million tokens.
std::optional<Library::StoredPrice> parsePrice(const QString &text)
{
    const qsizetype equals = text.lastIndexOf(QLatin1Char('='));
    const QStringList numbers = text.mid(equals + 1).split(QLatin1Char(','));
    if (equals <= 0 || numbers.size() != 3) {
        return std::nullopt;
    }
    Library::StoredPrice price;
    price.model = text.left(equals).trimmed();
    double *fields[] = {&price.inputPerMTok, &price.cachedInputPerMTok, &price.outputPerMTok};
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        *fields[i] = numbers.at(i).trimmed().toDouble(&ok);
        if (!ok || *fields[i] < 0) {
            return std::nullopt;
        }
    }
    return price;
}

} // namespace

QList<QCommandLineOption> PricesCommand::options()
{
    return {
        {QStringLiteral("set-price"),
         tr("Set a model's price: MODEL=INPUT,CACHED,OUTPUT in dollars per million tokens."),
         QStringLiteral("price")},
        {QStringLiteral("remove-price"),
         tr("Remove a model from the table."),
         QStringLiteral("model")},
    };
}

QString PricesCommand::helpText()
{
    return tr(
        "  prices   Show the price table ($ per million tokens: input, cached input, output).\n"
        "           [--set-price MODEL=IN,CACHED,OUT] [--remove-price MODEL]\n");
}

int PricesCommand::run(const QCommandLineParser &parser)
{
    auto library = Library::Library::open(Platform::Paths::libraryFile());
    if (!library) {
        return fail(exitCodeFor(library.error()), library.error().userMessage());
    }
    Library::RunStore store(*library.value());

    const bool editing =
        parser.isSet(QStringLiteral("set-price")) || parser.isSet(QStringLiteral("remove-price"));
    if (editing && store.prices().isEmpty()) {
        // The reader's table starts as a copy of ours, so one edit does not drop every other
        // model's price.
        const Scoring::PriceTable defaults = Scoring::PriceTable::defaults();
        for (const QString &model : defaults.models()) {
            const Scoring::ModelPrice price = *defaults.price(model);
            store.setPrice(
                {model, price.inputPerMTok, price.cachedInputPerMTok, price.outputPerMTok});
        }
    }

    for (const QString &text : parser.values(QStringLiteral("set-price"))) {
        const std::optional<Library::StoredPrice> price = parsePrice(text);
        if (!price) {
            return fail(ExitCode::Usage,
                        tr("--set-price takes MODEL=INPUT,CACHED,OUTPUT, e.g. "
                           "gpt-4.1-mini=0.4,0.1,1.6."));
        }
        if (const Result<void> saved = store.setPrice(*price); !saved) {
            return fail(exitCodeFor(saved.error()), saved.error().userMessage());
        }
    }
    for (const QString &model : parser.values(QStringLiteral("remove-price"))) {
        if (const Result<void> removed = store.removePrice(model); !removed) {
            return fail(exitCodeFor(removed.error()), removed.error().userMessage());
        }
    }

    QTextStream out(stdout);
    const Scoring::PriceTable table = Digest::DigestBuilder::prices(*library.value());
    for (const QString &model : table.models()) {
        const Scoring::ModelPrice price = *table.price(model);
        out << model << '\t' << price.inputPerMTok << '\t' << price.cachedInputPerMTok << '\t'
            << price.outputPerMTok << Qt::endl;
    }
    return 0;
}

} // namespace Sieve::Cli
