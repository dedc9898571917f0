// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "daylistmodel.h"
#include "paperpreview.h"
#include "papertablemodel.h"
#include "pdfviewer.h"

#include <app/arxiv/pdfdownloader.h>
#include <app/digest/sampledays.h>
#include <app/library/library.h>
#include <app/library/pdfcache.h>
#include <app/library/readingstore.h>
#include <app/net/httpclient.h>
#include <app/platform/logging.h>
#include <app/platform/paths.h>

#include <QAction>
#include <QDesktopServices>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Sieve::Ui {

namespace {

constexpr int StatusTimeoutMs = 4000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_dayModel(new DayListModel(this))
    , m_paperModel(new PaperTableModel(this))
{
    setWindowTitle(tr("PaperSieve"));
    buildLayout();
    buildActions();
    resize(1200, 760);
}

MainWindow::~MainWindow()
{
    // The downloader uses the cache and the client: it goes first.
    delete m_pdfDownloader;
}

void MainWindow::buildLayout()
{
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setContentsMargins(8, 6, 8, 6);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    m_banner->hide();

    m_dayView = new QListView(this);
    m_dayView->setModel(m_dayModel);
    m_dayView->setObjectName(QStringLiteral("dayView"));
    m_dayView->setAlternatingRowColors(true);

    m_paperView = new QTableView(this);
    m_paperView->setModel(m_paperModel);
    m_paperView->setObjectName(QStringLiteral("paperView"));
    m_paperView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_paperView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_paperView->verticalHeader()->hide();
    m_paperView->horizontalHeader()->setSectionResizeMode(PaperTableModel::TitleColumn,
                                                          QHeaderView::Stretch);
    m_paperView->horizontalHeader()->setSectionResizeMode(PaperTableModel::MarksColumn,
                                                          QHeaderView::ResizeToContents);
    m_paperView->setWordWrap(false);
    m_paperView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    m_preview = new PaperPreview(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    connect(m_preview, &PaperPreview::linkActivated, this, [](const QUrl &url) {
        qCInfo(lcUi) << "opening in the browser:" << url.host() << url.path();
        QDesktopServices::openUrl(url);
    });

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_paperView);
    right->addWidget(m_preview);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({400, 340});

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_dayView);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 980});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    setCentralWidget(central);

    connect(m_dayView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) {
                showDay(current.row());
            });
    connect(m_paperView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) {
                showPaper(current.row());
            });
    connect(m_paperView, &QAbstractItemView::doubleClicked, this, &MainWindow::openPdf);
}

void MainWindow::buildActions()
{
    QMenu *go = menuBar()->addMenu(tr("&Go"));

    QAction *next = go->addAction(tr("&Next Paper"));
    next->setShortcut(QKeySequence(Qt::Key_J));
    connect(next, &QAction::triggered, this, [this] {
        moveSelection(1);
    });

    QAction *previous = go->addAction(tr("&Previous Paper"));
    previous->setShortcut(QKeySequence(Qt::Key_K));
    connect(previous, &QAction::triggered, this, [this] {
        moveSelection(-1);
    });

    buildPaperActions();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::buildPaperActions()
{
    QMenu *paper = menuBar()->addMenu(tr("&Paper"));
    paper->setToolTipsVisible(true);

    addPaperAction(paper,
                   QStringLiteral("starAction"),
                   tr("&Star"),
                   tr("Star or unstar this paper"),
                   {QKeySequence(Qt::Key_S)},
                   [this] {
                       toggleStar();
                   });
    addPaperAction(paper,
                   QStringLiteral("readAction"),
                   tr("&Mark Read"),
                   tr("Mark this paper read or unread"),
                   {QKeySequence(Qt::Key_M)},
                   [this] {
                       toggleRead();
                   });
    addPaperAction(
        paper,
        QStringLiteral("openPdfAction"),
        tr("&Open PDF"),
        tr("Read the PDF in PaperSieve"),
        {QKeySequence(Qt::Key_O), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
        [this] {
            openPdf();
        });
    paper->addSeparator();
    addPaperAction(paper,
                   QStringLiteral("rateUpAction"),
                   tr("Rate &Up"),
                   tr("More papers like this one"),
                   {QKeySequence(Qt::Key_Plus),
                    QKeySequence(Qt::Key_Equal),
                    QKeySequence(Qt::KeypadModifier | Qt::Key_Plus)},
                   [this] {
                       rate(Library::ReadingStore::Thumb::Up);
                   });
    addPaperAction(paper,
                   QStringLiteral("rateDownAction"),
                   tr("Rate &Down"),
                   tr("Fewer papers like this one"),
                   {QKeySequence(Qt::Key_Minus), QKeySequence(Qt::KeypadModifier | Qt::Key_Minus)},
                   [this] {
                       rate(Library::ReadingStore::Thumb::Down);
                   });
}

QAction *MainWindow::addPaperAction(QMenu *menu,
                                    const QString &name,
                                    const QString &text,
                                    const QString &toolTip,
                                    const QList<QKeySequence> &shortcuts,
                                    const std::function<void()> &slot)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(name);
    action->setShortcuts(shortcuts);
    //: A tool tip followed by the action's keyboard shortcut, e.g. "Star this paper (S)"
    action->setToolTip(
        tr("%1 (%2)").arg(toolTip, shortcuts.constFirst().toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void MainWindow::openLibrary()
{
    const QString path = Platform::Paths::libraryFile();
    showBanner(tr("Opening the library…"));

    // Each thread has its own connection: the worker's library is gone before the window
    // opens its own.
    auto *watcher = new QFutureWatcher<Error>(this);
    connect(watcher, &QFutureWatcher<Error>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Error error = watcher->result();
        if (!error.userMessage().isEmpty()) {
            qCWarning(lcUi) << "preparing the library failed:" << error.detail();
            showBanner(error.userMessage());
            return;
        }
        showLibrary(path);
    });
    watcher->setFuture(QtConcurrent::run([path] {
        auto library = Library::Library::open(path);
        if (!library) {
            return library.error();
        }
        if (library.value()->isEmpty()) {
            if (const auto imported = Digest::SampleDays::importInto(*library.value()); !imported) {
                return imported.error();
            }
        }
        return Error();
    }));
}

void MainWindow::showLibrary(const QString &path)
{
    auto opened = Library::Library::open(path);
    if (!opened) {
        qCWarning(lcUi) << "library did not open:" << opened.error().detail();
        showBanner(opened.error().userMessage());
        return;
    }

    m_library = std::move(opened.value());
    showBanner({});
    statusBar()->showMessage(tr("Library: %1").arg(path));
    reloadDays();
    Q_EMIT libraryOpened();
}

void MainWindow::reloadDays()
{
    const QList<DaySummary> days = m_library->days();
    m_dayModel->setDays(days);

    const bool onlySamples = std::all_of(days.cbegin(), days.cend(), [](const DaySummary &day) {
        return day.source == QLatin1String("sample");
    });
    if (!days.isEmpty() && onlySamples) {
        showBanner(tr("These are sample days from arXiv, ranked offline. To follow your own "
                      "categories, run: papersieve fetch --categories astro-ph.GA,cs.LG"));
    }
    if (!days.isEmpty()) {
        m_dayView->setCurrentIndex(m_dayModel->index(0));
    }
}

void MainWindow::showDay(int row)
{
    const DaySummary summary = m_dayModel->dayAt(row);
    const auto day = m_library ? m_library->day(summary.date) : std::nullopt;
    m_paperModel->setDay(day.value_or(Day{}));
    if (m_library && day) {
        QStringList ids;
        ids.reserve(day->papers.size());
        for (const Paper &paper : day->papers) {
            ids.append(paper.id);
        }
        m_paperModel->setReading(m_library->reading().states(ids));
    }
    m_preview->clear();
    if (m_paperModel->rowCount() > 0) {
        m_paperView->setCurrentIndex(m_paperModel->index(0, PaperTableModel::TitleColumn));
    }
}

void MainWindow::showPaper(int row)
{
    if (row < 0 || row >= m_paperModel->rowCount()) {
        m_preview->clear();
        return;
    }
    m_preview->setContent(previewContent(m_paperModel->paperAt(row)));
}

PreviewContent MainWindow::previewContent(const Paper &paper) const
{
    PreviewContent content;
    content.paper = paper;
    if (m_library) {
        const Library::ReadingState state = m_library->reading().state(paper.id);
        content.starred = state.starred;
        content.read = state.isRead();
        content.rating = state.rating;
    }
    return content;
}

std::optional<Paper> MainWindow::currentPaper() const
{
    const QModelIndex current = m_paperView->currentIndex();
    if (!m_library || !current.isValid() || current.row() >= m_paperModel->rowCount()) {
        return std::nullopt;
    }
    return m_paperModel->paperAt(current.row());
}

Arxiv::PdfDownloader *MainWindow::pdfDownloader()
{
    if (m_pdfDownloader) {
        return m_pdfDownloader;
    }
    m_http = new Net::HttpClient(this);
    m_pdfCache = std::make_unique<Library::PdfCache>(Library::PdfCache::defaultDir());
    m_pdfDownloader = new Arxiv::PdfDownloader(m_http, m_pdfCache.get(), this);

    connect(m_pdfDownloader,
            &Arxiv::PdfDownloader::progress,
            this,
            [this](const QString &id, qint64 received, qint64 total) {
                if (m_pdfViewer && id == m_pdfPaper.id) {
                    m_pdfViewer->showProgress(received, total);
                }
            });
    connect(m_pdfDownloader,
            &Arxiv::PdfDownloader::finished,
            this,
            [this](const QString &id, const QString &path) {
                if (m_pdfViewer && id == m_pdfPaper.id) {
                    m_pdfViewer->openFile(path, m_pdfViewer->windowTitle());
                }
            });
    connect(m_pdfDownloader,
            &Arxiv::PdfDownloader::failed,
            this,
            [this](const QString &id, const Error &error) {
                qCWarning(lcUi) << "PDF not available:" << id << error.detail();
                if (m_pdfViewer && id == m_pdfPaper.id) {
                    m_pdfViewer->showError(error.userMessage());
                }
            });
    return m_pdfDownloader;
}

void MainWindow::openPdf()
{
    const auto paper = currentPaper();
    if (!paper) {
        return;
    }
    if (!m_pdfViewer) {
        m_pdfViewer = new PdfViewer(this);
        connect(m_pdfViewer, &PdfViewer::retryRequested, this, [this] {
            fetchPdf(m_pdfPaper);
        });
    }
    fetchPdf(*paper);
    m_pdfViewer->show();
    m_pdfViewer->raise();
    m_pdfViewer->activateWindow();
}

void MainWindow::fetchPdf(const Paper &paper)
{
    m_pdfPaper = paper;
    //: Title of the PDF window: the arXiv id, then the paper's title
    m_pdfViewer->showDownloading(tr("%1 — %2").arg(paper.versionedId(), paper.title.simplified()));
    pdfDownloader()->fetch(paper);
}

void MainWindow::toggleStar()
{
    const auto paper = currentPaper();
    if (!paper) {
        return;
    }
    const bool starred = !m_library->reading().state(paper->id).starred;
    if (reportFailure(m_library->reading().setStarred(paper->id, starred))) {
        return;
    }
    statusBar()->showMessage(starred ? tr("Starred.") : tr("Star removed."), StatusTimeoutMs);
    refreshPreview(*paper);
}

void MainWindow::toggleRead()
{
    const auto paper = currentPaper();
    if (!paper) {
        return;
    }
    const bool read = !m_library->reading().state(paper->id).isRead();
    const QDateTime readAt = read ? QDateTime::currentDateTimeUtc() : QDateTime();
    if (reportFailure(m_library->reading().setReadAt(paper->id, readAt))) {
        return;
    }
    statusBar()->showMessage(read ? tr("Marked read.") : tr("Marked unread."), StatusTimeoutMs);
    refreshPreview(*paper);
}

void MainWindow::rate(Library::ReadingStore::Thumb thumb)
{
    const auto paper = currentPaper();
    if (!paper) {
        return;
    }
    const Result<int> rated = m_library->reading().rate(paper->id, thumb);
    if (!rated) {
        reportFailure(rated.error());
        return;
    }
    statusBar()->showMessage(tr("Rated %1/5.").arg(rated.value()), StatusTimeoutMs);
    refreshPreview(*paper);
}

void MainWindow::refreshPreview(const Paper &paper)
{
    m_paperModel->setReading(paper.id, m_library->reading().state(paper.id));
    m_preview->setContent(previewContent(paper));
}

bool MainWindow::reportFailure(const Result<void> &result)
{
    if (result) {
        return false;
    }
    reportFailure(result.error());
    return true;
}

void MainWindow::reportFailure(const Error &error)
{
    qCWarning(lcUi) << "reading state not saved:" << error.detail();
    statusBar()->showMessage(error.userMessage(), StatusTimeoutMs);
}

void MainWindow::moveSelection(int step)
{
    const int rows = m_paperModel->rowCount();
    if (rows == 0) {
        return;
    }
    const int current =
        m_paperView->currentIndex().isValid() ? m_paperView->currentIndex().row() : -step;
    const int next = std::clamp(current + step, 0, rows - 1);
    m_paperView->setCurrentIndex(m_paperModel->index(next, PaperTableModel::TitleColumn));
}

void MainWindow::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

} // namespace Sieve::Ui
