// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

// End-to-end timings of the window on a library with a 500-paper day, as a reader meets them:
// process start to the first day listed, to the first preview typeset, the next preview, and
// the peak memory with the day open. The baseline is the same process's time to show an empty
// QMainWindow, measured first in the same run.
//
//   QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 bench_window

#include <app/core/day.h>
#include <app/library/library.h>
#include <app/platform/appinfo.h>
#include <app/platform/paths.h>
#include <ui/mainwindow.h>
#include <ui/paperpreview.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int PaperCount = 500;

Sieve::Day makeDay()
{
    Sieve::Day day;
    day.date = QDate(2026, 3, 10);
    day.categories = {QStringLiteral("astro-ph.GA")};
    day.source = QStringLiteral("bench");
    const QString sentence = QStringLiteral(
        "We measure the dark matter halo masses $M_{200} \\sim 10^{12} M_\\odot$ of star-forming "
        "galaxies at $z \\approx 2$ with integral-field spectroscopy. ");
    for (int i = 0; i < PaperCount; ++i) {
        Sieve::Paper paper;
        paper.id = QStringLiteral("2603.%1").arg(30000 + i);
        paper.version = 1;
        paper.title = QStringLiteral("Halo masses of galaxies, sample %1").arg(i);
        paper.abstract = sentence.repeated(6);
        paper.authors = {QStringLiteral("A. Astronomer"), QStringLiteral("B. Observer")};
        paper.categories = {QStringLiteral("astro-ph.GA")};
        day.papers.append(paper);
        day.listings.append({paper.id, QStringLiteral("astro-ph.GA"), Sieve::AnnounceType::New});
    }
    return day;
}

long statusField(const QString &path, const QByteArray &field)
{
    QFile status(path);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(field.size()).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

// The web view renders in QtWebEngineProcess children: their peaks count as the app's too.
long childrenPeakMemoryKb()
{
    const long self = QCoreApplication::applicationPid();
    long total = 0;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        entry.toLong(&isPid);
        const QString status = QStringLiteral("/proc/%1/status").arg(entry);
        if (isPid && statusField(status, "PPid:") == self) {
            total += std::max(0L, statusField(status, "VmHWM:"));
        }
    }
    return total;
}

// Spins the event loop until `signal` of `sender` fires or `timeoutMs` pass; true when it fired.
template <typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    Sieve::Platform::setApplicationIdentity();
    QLoggingCategory::setFilterRules(QStringLiteral("papersieve.*=false"));

    QTemporaryDir dir;
    Sieve::Platform::Paths::setDataDirOverride(dir.path());
    {
        auto library = Sieve::Library::Library::open(Sieve::Platform::Paths::libraryFile());
        if (!library || !library.value()->storeDay(makeDay())) {
            std::fprintf(stderr, "the bench library could not be written\n");
            return 1;
        }
    }

    QElapsedTimer timer;
    timer.start();
    {
        QMainWindow empty;
        empty.show();
        QCoreApplication::processEvents();
    }
    const double emptyMs = double(timer.nsecsElapsed()) / 1e6;

    timer.restart();
    Sieve::Ui::MainWindow window;
    window.show();
    QTimer::singleShot(0, &window, &Sieve::Ui::MainWindow::openLibrary);
    if (!waitFor(&window, &Sieve::Ui::MainWindow::dayShown, 30000)) {
        std::fprintf(stderr, "the day was never shown\n");
        return 1;
    }
    const double listedMs = double(timer.nsecsElapsed()) / 1e6;
    const double sinceProcessStartMs = double(sinceStart.nsecsElapsed()) / 1e6;

    QTimer::singleShot(0, &window, [&window] {
        window.paperView()->setCurrentIndex(window.paperView()->model()->index(1, 0));
    });
    if (!waitFor(window.preview(), &Sieve::Ui::PaperPreview::contentShown, 30000)) {
        std::fprintf(stderr, "the preview never showed the paper\n");
        return 1;
    }
    const double firstPreviewMs = double(timer.nsecsElapsed()) / 1e6;

    timer.restart();
    QTimer::singleShot(0, &window, [&window] {
        window.paperView()->setCurrentIndex(window.paperView()->model()->index(2, 0));
    });
    if (!waitFor(window.preview(), &Sieve::Ui::PaperPreview::contentShown, 10000)) {
        std::fprintf(stderr, "the next preview never came\n");
        return 1;
    }
    const double nextPreviewMs = double(timer.nsecsElapsed()) / 1e6;

    const long peakMb = statusField(QStringLiteral("/proc/self/status"), "VmHWM:") / 1024;
    const long childrenMb = childrenPeakMemoryKb() / 1024;
    std::printf("500-paper day: window shown and day listed %.0f ms after the window was created "
                "(process start %.0f ms; goal <= 1500 ms); empty QMainWindow %.0f ms, ratio %.1f\n",
                listedMs,
                sinceProcessStartMs,
                emptyMs,
                listedMs / std::max(emptyMs, 0.001));
    std::printf("first preview typeset %.0f ms after the window was created (web view created "
                "lazily); next preview %.1f ms (goal <= 50 ms)\n",
                firstPreviewMs,
                nextPreviewMs);
    std::printf("peak memory with the day open: %ld MB in the app, %ld MB in its web renderer "
                "processes, %ld MB in all (goal <= 300 MB)\n",
                peakMb,
                childrenMb,
                peakMb + childrenMb);
    return 0;
}
