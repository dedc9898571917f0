// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

// End-to-end timings of the window on a library with two 500-paper days, as a reader meets
// them: process start to the first day listed, to the first preview typeset, the next preview,
// switching to the other day until its list is shown (the worker's query and ranking
// included), and the memory with a day open. The baseline is the same process's time to show
// an empty QMainWindow, measured first in the same run.
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
#include <QMultiHash>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int PaperCount = 500;

Sieve::Day makeDay(const QDate &date, int firstNumber)
{
    Sieve::Day day;
    day.date = date;
    day.categories = {QStringLiteral("astro-ph.GA")};
    day.source = QStringLiteral("bench");
    const QString sentence = QStringLiteral(
        "We measure the dark matter halo masses $M_{200} \\sim 10^{12} M_\\odot$ of star-forming "
        "galaxies at $z \\approx 2$ with integral-field spectroscopy. ");
    for (int i = 0; i < PaperCount; ++i) {
        Sieve::Paper paper;
        paper.id = QStringLiteral("2603.%1").arg(firstNumber + i);
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

QList<long> descendantsOf(long root)
{
    QMultiHash<long, long> children;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const long pid = entry.toLong(&isPid);
        if (isPid) {
            children.insert(statusField(QStringLiteral("/proc/%1/status").arg(pid), "PPid:"), pid);
        }
    }
    QList<long> result;
    QList<long> pending{root};
    while (!pending.isEmpty()) {
        const QList<long> next = children.values(pending.takeFirst());
        result += next;
        pending += next;
    }
    return result;
}

struct Memory
{
    long peakRssKb = 0; // the sum of each process's peak resident size: counts shared pages twice
    long pssKb = 0; // the sum of proportional set sizes now: shared pages split between sharers
};

// The web view renders in QtWebEngineProcess processes, children of a zygote that is itself a
// child of the app: every descendant counts as the app's too.
Memory memoryOfProcessTree()
{
    Memory memory;
    const long self = QCoreApplication::applicationPid();
    for (const long pid : QList<long>{self} + descendantsOf(self)) {
        memory.peakRssKb +=
            std::max(0L, statusField(QStringLiteral("/proc/%1/status").arg(pid), "VmHWM:"));
        memory.pssKb +=
            std::max(0L, statusField(QStringLiteral("/proc/%1/smaps_rollup").arg(pid), "Pss:"));
    }
    return memory;
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
        if (!library || !library.value()->storeDay(makeDay(QDate(2026, 3, 10), 30000))
            || !library.value()->storeDay(makeDay(QDate(2026, 3, 9), 20000))) {
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

    // Each day once more, so that the figure is a switch between days the reader has seen in
    // this session as well as to a day not yet seen; the slowest switch counts.
    double slowestSwitchMs = 0.0;
    for (const QDate &date : {QDate(2026, 3, 9), QDate(2026, 3, 10), QDate(2026, 3, 9)}) {
        timer.restart();
        QTimer::singleShot(0, &window, [&window, date] {
            window.selectDay(date);
        });
        if (!waitFor(&window, &Sieve::Ui::MainWindow::dayShown, 10000)) {
            std::fprintf(stderr, "the other day was never shown\n");
            return 1;
        }
        slowestSwitchMs = std::max(slowestSwitchMs, double(timer.nsecsElapsed()) / 1e6);
    }

    const long appPeakMb = statusField(QStringLiteral("/proc/self/status"), "VmHWM:") / 1024;
    const Memory memory = memoryOfProcessTree();
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
    std::printf("switch to another 500-paper day until its list is shown: %.0f ms at worst "
                "(goal <= 100 ms)\n",
                slowestSwitchMs);
    std::printf("memory with a day open: %ld MB peak in the app; the app and all its web engine "
                "processes %ld MB proportional set size now (goal <= 300 MB), %ld MB if each "
                "process's peak resident size is added up, shared pages counted twice\n",
                appPeakMb,
                memory.pssKb / 1024,
                memory.peakRssKb / 1024);
    return 0;
}
