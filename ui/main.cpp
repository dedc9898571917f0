// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include <app/cli/commandline.h>
#include <app/platform/appinfo.h>
#include <app/platform/paths.h>
#include <app/platform/translations.h>

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

#include <memory>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

} // namespace

int main(int argc, char **argv)
{
    // A command runs headless on a QCoreApplication, so it needs no display (cron, ssh, CI).
    if (Sieve::Cli::CommandLine::wantsCommandLine(argumentsOf(argc, argv))) {
        QCoreApplication app(argc, argv);
        Sieve::Platform::setApplicationIdentity();
        Sieve::Platform::installTranslators();
        return Sieve::Cli::CommandLine::run(QCoreApplication::arguments());
    }

    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    Sieve::Platform::setApplicationIdentity();
    Sieve::Platform::installTranslators();
    Sieve::Platform::Paths::setDataDirOverride(
        Sieve::Cli::CommandLine::dataDirArgument(QCoreApplication::arguments()));
    QApplication::setDesktopFileName(QStringLiteral("org.papersieve.PaperSieve"));
    // The installed theme icon when there is one, else the SVG compiled in (packaging/icons).
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.papersieve.PaperSieve"),
                                                 QIcon(QStringLiteral(":/icons/papersieve.svg"))));

    Sieve::Ui::MainWindow window;
    window.show();
    window.openLibrary();
    return QApplication::exec();
}
