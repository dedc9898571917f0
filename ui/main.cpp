// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "appshell.h"
#include "mainwindow.h"

#include <app/cli/commandline.h>
#include <app/platform/appinfo.h>
#include <app/platform/appsettings.h>
#include <app/platform/keychainsecretstore.h>
#include <app/platform/paths.h>
#include <app/platform/singleinstance.h>
#include <app/platform/translations.h>

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

#include <memory>

#ifdef Q_OS_WIN
#  include <qt_windows.h>

#  include <cstdio>
#endif

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

#ifdef Q_OS_WIN
// papersieve.exe is linked as a GUI program (WIN32 in ui/CMakeLists.txt) so that starting it
// from the Start menu opens no console window; Windows therefore starts it without a console,
// and a command typed in cmd or PowerShell would print nothing. Attach to the console of the
// shell that started it and point stdout and stderr there, unless the shell redirected them to
// a file or a pipe: then they are valid already and must stay as they are. Started from
// Explorer or the Task Scheduler there is no parent console and nothing changes. The shell does
// not wait for a GUI program, which is why README.md suggests "start /wait" in cmd.
void attachParentConsole()
{
    if (!AttachConsole(ATTACH_PARENT_PROCESS)) {
        return;
    }
    for (FILE *stream : {stdout, stderr}) {
        // _fileno() is -2 for a standard stream that a GUI program was started without.
        if (_fileno(stream) < 0) {
            FILE *reopened = nullptr;
            freopen_s(&reopened, "CONOUT$", "w", stream);
        }
    }
}
#endif

} // namespace

int main(int argc, char **argv)
{
    // A command runs headless on a QCoreApplication, so it needs no display (cron, ssh, CI).
    if (Sieve::Cli::CommandLine::wantsCommandLine(argumentsOf(argc, argv))) {
#ifdef Q_OS_WIN
        attachParentConsole();
#endif
        QCoreApplication app(argc, argv);
        Sieve::Platform::setApplicationIdentity();
        Sieve::Platform::applyLanguage(Sieve::Platform::AppSettings().language());
        return Sieve::Cli::CommandLine::run(QCoreApplication::arguments());
    }

    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    Sieve::Platform::setApplicationIdentity();
    Sieve::Platform::applyLanguage(Sieve::Platform::AppSettings().language());
    // The folder chosen in the settings applies unless --data-dir or PAPERSIEVE_DATA_DIR say
    // otherwise for this start.
    QString dataDir = Sieve::Cli::CommandLine::dataDirArgument(QCoreApplication::arguments());
    if (dataDir.isEmpty() && qEnvironmentVariableIsEmpty("PAPERSIEVE_DATA_DIR")) {
        dataDir = Sieve::Platform::AppSettings().dataDirOverride();
    }
    Sieve::Platform::Paths::setDataDirOverride(dataDir);
    QApplication::setDesktopFileName(QStringLiteral("org.papersieve.PaperSieve"));
    // The installed theme icon when there is one, else the SVG compiled in (packaging/icons).
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.papersieve.PaperSieve"),
                                                 QIcon(QStringLiteral(":/icons/papersieve.svg"))));

    // A second launch on the same library raises the first window instead of opening another.
    Sieve::Platform::SingleInstance instance(Sieve::Platform::Paths::dataDir());
    if (instance.handOverTo(QCoreApplication::arguments())) {
        return 0;
    }

    Sieve::Platform::AppSettings settings;
    Sieve::Platform::KeychainSecretStore secrets;
    Sieve::Ui::MainWindow window;
    Sieve::Ui::AppShell shell(&window, settings, &secrets);
    shell.raiseOnLaunch(&instance);
    // --minimized (how the session starts it) keeps the window hidden when a tray icon exists.
    shell.start(QCoreApplication::arguments().contains(QStringLiteral("--minimized")));
    return QApplication::exec();
}
