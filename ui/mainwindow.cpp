// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "columnchooser.h"
#include "dayitemdelegate.h"
#include "daylistmodel.h"
#include "dayloader.h"
#include "networkstatus.h"
#include "noteeditor.h"
#include "paperfilterproxy.h"
#include "paperpreview.h"
#include "papertablemodel.h"
#include "pdfopener.h"
#include "shortcutsdialog.h"
#include "windowsize.h"

#include <app/digest/sampledays.h>
#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/library/readingstore.h>
#include <app/net/httpclient.h>
#include <app/platform/logging.h>
#include <app/platform/paths.h>

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace Sieve::Ui {

namespace {

constexpr int StatusTimeoutMs = 4000;
constexpr int DefaultMarkReadMs = 2000;
constexpr int SlowLoadMs = 1000;
constexpr int SearchPauseMs = 250;
constexpr int DaysCounted = 60; // older days show their paper count only

const auto MarkReadKey = QStringLiteral("reading/markReadAfterMs");
const auto ProfileKey = QStringLiteral("reading/profile");
const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto MainSplitterKey = QStringLiteral("mainWindow/daysSplitter");
const auto ReadingSplitterKey = QStringLiteral("mainWindow/readingSplitter");
const auto HeaderKey = QStringLiteral("mainWindow/paperColumns");
const auto DefaultProfile = QStringLiteral("default");

// The scores mean something on a day only: a library search hides them and shows the date.
const QList<int> DayOnlyColumns{PaperTableModel::ScoreColumn,
                                PaperTableModel::RelevanceColumn,
                                PaperTableModel::NoveltyColumn,
                                PaperTableModel::LocalColumn};
// Left out of the column menu on a day: the title must stay, the date is the search's.
const QList<int> DayFixedColumns{PaperTableModel::TitleColumn, PaperTableModel::DateColumn};

QString signedWeight(double weight)
{
    const QString number = QLocale().toString(std::abs(weight), 'f', 2);
    return (weight < 0 ? QStringLiteral("−") : QStringLiteral("+")) + number;
}

QString contributionText(const Ranker::Contribution &contribution)
{
    if (contribution.kind == Ranker::Contribution::Kind::Topic) {
        //: A topic of the reader's criteria that a paper matched, with its weight
        return MainWindow::tr("%1 topic “%2”")
            .arg(signedWeight(contribution.weight), contribution.label);
    }
    return MainWindow::tr("%1 %2").arg(signedWeight(contribution.weight), contribution.label);
}

QString actionToolTip(const QAction *action)
{
    const QString base = action->property("baseToolTip").toString();
    const QString key = action->shortcut().toString(QKeySequence::NativeText);
    if (base.contains(QLatin1String("%1"))) {
        // The Tools menu's tool tips name their key themselves, in brackets.
        static const QRegularExpression keyInBrackets(QStringLiteral("\\s*[(（]%1[)）]"));
        return key.isEmpty() ? QString(base).remove(keyInBrackets) : base.arg(key);
    }
    if (key.isEmpty()) {
        return base;
    }
    //: A tool tip followed by the action's keyboard shortcut, e.g. "Star this paper (S)"
    return MainWindow::tr("%1 (%2)").arg(base, key);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_loader(new DayLoader(this))
    , m_dayModel(new DayListModel(this))
    , m_paperModel(new PaperTableModel(this))
    , m_proxy(new PaperFilterProxy(m_paperModel, this))
    , m_network(new NetworkStatus(this))
{
    setWindowTitle(tr("PaperSieve"));
    buildLayout();
    buildToolBar();
    buildActions();
    buildStatusBar();

    m_dwellTimer.setSingleShot(true);
    m_dwellTimer.setInterval(QSettings().value(MarkReadKey, DefaultMarkReadMs).toInt());
    connect(&m_dwellTimer, &QTimer::timeout, this, &MainWindow::markReadAfterDwell);
    m_slowLoadTimer.setSingleShot(true);
    m_slowLoadTimer.setInterval(SlowLoadMs);
    connect(&m_slowLoadTimer, &QTimer::timeout, this, [this] {
        m_busyBar->show();
        showPlaceholder(tr("Ranking the papers of %1…")
                            .arg(QLocale().toString(m_requestedDate, QLocale::LongFormat)));
    });
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchPauseMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::runLibrarySearch);

    connect(m_loader, &DayLoader::dayLoaded, this, &MainWindow::showListing);
    connect(m_loader, &DayLoader::dayMissing, this, [this](const QDate &date) {
        m_slowLoadTimer.stop();
        m_busyBar->hide();
        qCWarning(lcUi) << "day could not be listed:" << date;
        showPlaceholder(tr("The papers of this day could not be read from the library."));
    });
    connect(m_loader, &DayLoader::searchFinished, this, &MainWindow::showSearchResults);
    connect(m_loader, &DayLoader::dayReranked, this, &MainWindow::showReranked);
    connect(m_loader, &DayLoader::dayCounted, m_dayModel, &DayListModel::setCount);
    connect(m_network, &NetworkStatus::onlineChanged, this, &MainWindow::updateNetworkState);

    m_pdfOpener = new PdfOpener(arxivHttpClient(), m_network, this);
    connect(m_pdfOpener, &PdfOpener::message, statusBar(), &QStatusBar::showMessage);
    connect(m_pdfOpener, &PdfOpener::busyChanged, m_busyBar, &QWidget::setVisible);
    connect(m_pdfOpener, &PdfOpener::handedOff, this, &MainWindow::pdfHandedOff);

    resizeWithinScreen(*this, QSize(1280, 800));
    restoreSettings();
    updateNetworkState(m_network->isOnline());
}

MainWindow::~MainWindow()
{
    m_noteEditor->commit();
    // The PDF downloader uses the arXiv client: it goes first.
    delete m_pdfOpener;
}

void MainWindow::buildLayout()
{
    m_bannerBar = new QWidget(this);
    m_bannerBar->setObjectName(QStringLiteral("bannerBar"));
    m_bannerBar->setAutoFillBackground(true);
    m_bannerBar->setBackgroundRole(QPalette::AlternateBase);
    m_banner = new QLabel(m_bannerBar);
    m_banner->setObjectName(QStringLiteral("bannerLabel"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_setupButton = new QPushButton(tr("Set Up Your Feed…"), m_bannerBar);
    m_setupButton->setObjectName(QStringLiteral("setupFeedButton"));
    m_setupButton->setToolTip(tr("Choose your categories and criteria in one screen, then fetch "
                                 "today's papers"));
    m_setupButton->hide();
    connect(m_setupButton, &QPushButton::clicked, this, &MainWindow::setupRequested);
    auto *bannerLayout = new QHBoxLayout(m_bannerBar);
    bannerLayout->setContentsMargins(12, 8, 12, 8);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_setupButton);
    m_bannerBar->hide();

    m_dayView = new QListView(this);
    m_dayView->setModel(m_dayModel);
    m_dayView->setObjectName(QStringLiteral("dayView"));
    m_dayView->setItemDelegate(new DayItemDelegate(m_dayView));
    m_dayView->setUniformItemSizes(true);
    m_dayView->setFrameShape(QFrame::NoFrame);
    m_dayView->setMinimumWidth(180);

    m_readingSplitter = new QSplitter(Qt::Vertical, this);
    m_readingSplitter->setObjectName(QStringLiteral("readingSplitter"));
    m_readingSplitter->addWidget(buildPaperPane());
    m_readingSplitter->addWidget(buildPreviewPane());
    m_readingSplitter->setStretchFactor(0, 1);
    m_readingSplitter->setStretchFactor(1, 1);
    m_readingSplitter->setSizes({330, 400});

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("daysSplitter"));
    m_mainSplitter->addWidget(m_dayView);
    m_mainSplitter->addWidget(m_readingSplitter);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({230, 1050});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bannerBar);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    connect(m_dayView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) {
                showDay(current.row());
            });
}

QWidget *MainWindow::buildPaperPane()
{
    m_paperView = new QTableView(this);
    m_paperView->setModel(m_proxy);
    m_paperView->setObjectName(QStringLiteral("paperView"));
    m_paperView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows can be chosen for "Score with the LLM"; the other actions take the current.
    m_paperView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_paperView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_paperView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_paperView->setShowGrid(false);
    m_paperView->setAlternatingRowColors(true);
    m_paperView->setWordWrap(false);
    m_paperView->setTextElideMode(Qt::ElideRight);
    m_paperView->setFrameShape(QFrame::NoFrame);
    m_paperView->setSortingEnabled(true);
    m_paperView->sortByColumn(PaperTableModel::RankColumn, Qt::AscendingOrder);
    m_paperView->verticalHeader()->hide();
    m_paperView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_paperView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView *header = m_paperView->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(36);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PaperTableModel::TitleColumn, QHeaderView::Stretch);
    resizeColumnsToDefault();
    m_paperView->setColumnHidden(PaperTableModel::DateColumn, true);
    m_columnChooser = new ColumnChooser(m_paperView, PaperTableModel::ColumnNameRole);
    m_columnChooser->setFixedColumns(DayFixedColumns);
    connect(
        m_columnChooser, &ColumnChooser::resetRequested, this, &MainWindow::resizeColumnsToDefault);

    connect(m_paperView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &MainWindow::showCurrentPaper);
    connect(m_paperView->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &MainWindow::updateScoreAction);
    connect(m_paperView, &QAbstractItemView::doubleClicked, this, &MainWindow::openPdf);
    // Sorting on a column takes the numbers as shown, also those a rating changed since.
    connect(
        header, &QHeaderView::sortIndicatorChanged, m_paperModel, &PaperTableModel::settleOrder);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setBackgroundRole(QPalette::Base);
    m_placeholder->setAutoFillBackground(true);

    m_paperStack = new QStackedWidget(this);
    m_paperStack->addWidget(m_paperView);
    m_paperStack->addWidget(m_placeholder);
    return m_paperStack;
}

void MainWindow::resizeColumnsToDefault()
{
    QHeaderView *header = m_paperView->horizontalHeader();
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(PaperTableModel::RankColumn, digit * 4 + 16);
    header->resizeSection(PaperTableModel::ScoreColumn, digit * 5 + 24);
    header->resizeSection(PaperTableModel::RelevanceColumn, digit * 3 + 24);
    header->resizeSection(PaperTableModel::NoveltyColumn, digit * 3 + 24);
    header->resizeSection(PaperTableModel::LocalColumn, digit * 4 + 28);
    header->resizeSection(PaperTableModel::AuthorsColumn, 190);
    header->resizeSection(PaperTableModel::CategoriesColumn, 110);
    header->resizeSection(PaperTableModel::DateColumn, 90);
    header->resizeSection(PaperTableModel::FlagsColumn, 80);
}

QWidget *MainWindow::buildPreviewPane()
{
    m_preview = new PaperPreview(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    connect(m_preview, &PaperPreview::linkActivated, this, [](const QUrl &url) {
        qCInfo(lcUi) << "opening in the browser:" << url.host() << url.path();
        QDesktopServices::openUrl(url);
    });

    m_noteEditor = new NoteEditor(this);
    m_noteEditor->installEventFilter(this);
    connect(m_noteEditor, &NoteEditor::noteEdited, this, &MainWindow::saveNote);

    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_noteEditor);
    return pane;
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Reading"));
    bar->setObjectName(QStringLiteral("readingToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);

    auto *profileLabel = new QLabel(tr("Profile:"), bar);
    profileLabel->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(profileLabel);
    m_profileCombo = new QComboBox(bar);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setMinimumContentsLength(10);
    m_profileCombo->setToolTip(tr("The reading profile whose criteria rank the papers"));
    m_profileCombo->addItem(DefaultProfile);
    bar->addWidget(m_profileCombo);
    connect(m_profileCombo, &QComboBox::textActivated, this, &MainWindow::selectProfile);
    m_profileButton = new QToolButton(bar);
    m_profileButton->setObjectName(QStringLiteral("profileButton"));
    m_profileButton->setText(tr("Profiles"));
    m_profileButton->setToolTip(tr("Make, rename, duplicate or delete reading profiles"));
    m_profileButton->setPopupMode(QToolButton::InstantPopup);
    m_profileButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_profileButtonAction = bar->addWidget(m_profileButton);
    m_profileButtonAction->setVisible(false);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    m_filterEdit = new QLineEdit(bar);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(tr("Filter this day — Enter searches the library"));
    m_filterEdit->setMinimumWidth(320);
    m_filterEdit->installEventFilter(this);
    bar->addWidget(m_filterEdit);
    connect(m_filterEdit, &QLineEdit::textEdited, this, &MainWindow::onFilterEdited);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            onFilterEdited(text);
        }
    });
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] {
        setLibrarySearch(true);
    });

    m_librarySearchAction = bar->addAction(tr("Whole Library"));
    m_librarySearchAction->setObjectName(QStringLiteral("librarySearchAction"));
    m_librarySearchAction->setCheckable(true);
    m_librarySearchAction->setToolTip(
        tr("Search every stored day instead of filtering this one (Enter in the search box)"));
    connect(m_librarySearchAction, &QAction::toggled, this, &MainWindow::setLibrarySearch);
}

void MainWindow::buildStatusBar()
{
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_summaryLabel, 1);

    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setMaximumHeight(fontMetrics().height());
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    statusBar()->addPermanentWidget(m_busyBar);

    m_offlineLabel = new QLabel(tr("Offline — fetching and LLM scoring need the network"), this);
    m_offlineLabel->setObjectName(QStringLiteral("offlineLabel"));
    m_offlineLabel->setContentsMargins(6, 0, 6, 0);
    m_offlineLabel->hide();
    statusBar()->addPermanentWidget(m_offlineLabel);
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setToolTipsVisible(true);
    buildGoActions(go);
    buildPaperActions();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setToolTipsVisible(true);
    buildViewActions(view);

    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_toolsMenu->setToolTipsVisible(true);
    QAction *shortcuts = m_toolsMenu->addAction(tr("&Keyboard Shortcuts…"));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcutsDialog);
}

void MainWindow::buildGoActions(QMenu *menu)
{
    addAction(menu,
              QStringLiteral("nextPaperAction"),
              tr("&Next Paper"),
              tr("Select the next paper"),
              {QKeySequence(Qt::Key_J)},
              [this] {
                  const int rows = m_proxy->rowCount();
                  const QModelIndex current = m_paperView->currentIndex();
                  const int row = current.isValid() ? std::min(current.row() + 1, rows - 1) : 0;
                  if (rows > 0) {
                      m_paperView->setCurrentIndex(
                          m_proxy->index(row, PaperTableModel::TitleColumn));
                  }
              });
    addAction(menu,
              QStringLiteral("previousPaperAction"),
              tr("&Previous Paper"),
              tr("Select the previous paper"),
              {QKeySequence(Qt::Key_K)},
              [this] {
                  const QModelIndex current = m_paperView->currentIndex();
                  const int row = current.isValid() ? std::max(current.row() - 1, 0) : 0;
                  if (m_proxy->rowCount() > 0) {
                      m_paperView->setCurrentIndex(
                          m_proxy->index(row, PaperTableModel::TitleColumn));
                  }
              });
    menu->addSeparator();
    addAction(menu,
              QStringLiteral("showDayAction"),
              tr("&Go to Its Day"),
              tr("Show the day of the paper found in the library"),
              {QKeySequence(Qt::Key_G)},
              [this] {
                  showPaperDay();
              });
    addAction(menu,
              QStringLiteral("nextDayAction"),
              tr("N&ewer Day"),
              tr("Show the day after this one"),
              {QKeySequence(Qt::ALT | Qt::Key_Up)},
              [this] {
                  const int row = m_dayView->currentIndex().row();
                  if (row > 0) {
                      m_dayView->setCurrentIndex(m_dayModel->index(row - 1));
                  }
              });
    addAction(menu,
              QStringLiteral("previousDayAction"),
              tr("&Older Day"),
              tr("Show the day before this one"),
              {QKeySequence(Qt::ALT | Qt::Key_Down)},
              [this] {
                  const int row = m_dayView->currentIndex().row();
                  if (row + 1 < m_dayModel->rowCount()) {
                      m_dayView->setCurrentIndex(m_dayModel->index(row + 1));
                  }
              });
}

void MainWindow::buildPaperActions()
{
    QMenu *paper = menuBar()->addMenu(tr("&Paper"));
    paper->setToolTipsVisible(true);

    addAction(paper,
              QStringLiteral("openPdfAction"),
              tr("&Open PDF"),
              tr("Read the PDF in PaperSieve"),
              {QKeySequence(Qt::Key_O), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
              [this] {
                  openPdf();
              });
    addAction(paper,
              QStringLiteral("openPdfExternallyAction"),
              tr("Open PDF in System &Viewer"),
              tr("Download the PDF if needed and open it in your PDF viewer"),
              {QKeySequence(Qt::SHIFT | Qt::Key_O)},
              [this] {
                  openPdfExternally();
              });
    paper->addSeparator();
    addAction(paper,
              QStringLiteral("starAction"),
              tr("&Star"),
              tr("Star or unstar this paper"),
              {QKeySequence(Qt::Key_S)},
              [this] {
                  toggleStar();
              });
    addAction(paper,
              QStringLiteral("readAction"),
              tr("&Mark Read"),
              tr("Mark this paper read or unread"),
              {QKeySequence(Qt::Key_M)},
              [this] {
                  toggleRead();
              });
    addAction(paper,
              QStringLiteral("rateUpAction"),
              tr("Rate &Up"),
              tr("More papers like this one"),
              {QKeySequence(Qt::Key_Plus),
               QKeySequence(Qt::Key_Equal),
               QKeySequence(Qt::KeypadModifier | Qt::Key_Plus)},
              [this] {
                  rate(Library::ReadingStore::Thumb::Up);
              });
    addAction(paper,
              QStringLiteral("rateDownAction"),
              tr("Rate &Down"),
              tr("Fewer papers like this one"),
              {QKeySequence(Qt::Key_Minus), QKeySequence(Qt::KeypadModifier | Qt::Key_Minus)},
              [this] {
                  rate(Library::ReadingStore::Thumb::Down);
              });
    addAction(paper,
              QStringLiteral("notInterestedAction"),
              tr("Not &Interested"),
              tr("Far fewer papers like this one; again to take it back"),
              {QKeySequence(Qt::Key_D)},
              [this] {
                  toggleNotInterested();
              });
    paper->addSeparator();
    m_scoreAction = addAction(paper,
                              QStringLiteral("scoreAction"),
                              tr("Score with the &LLM"),
                              tr("Send the chosen papers that skipped the LLM to it after all"),
                              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
                              [this] {
                                  const QStringList ids = selectedSkippedPapers();
                                  if (!ids.isEmpty()) {
                                      Q_EMIT llmScoringRequested(m_listing.summary.date, ids);
                                  }
                              });
    m_scoreAction->setEnabled(false);
    paper->addSeparator();
    addAction(paper,
              QStringLiteral("noteAction"),
              tr("&Note…"),
              tr("Write a note on this paper"),
              {QKeySequence(Qt::Key_N)},
              [this] {
                  editNote();
              });
    m_paperView->addActions(paper->actions());
}

void MainWindow::buildViewActions(QMenu *menu)
{
    addAction(menu,
              QStringLiteral("findAction"),
              tr("&Find…"),
              tr("Filter this day's papers"),
              {QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::Key_Slash)},
              [this] {
                  focusFilter();
              });
    addAction(menu,
              QStringLiteral("clearFilterAction"),
              tr("&Clear Filter"),
              tr("Show every paper of the day again"),
              {QKeySequence(Qt::Key_Escape)},
              [this] {
                  clearFilter();
              });
    addAction(menu,
              QStringLiteral("rankingOrderAction"),
              tr("&Ranking Order"),
              tr("Sort the papers as the ranking does"),
              {QKeySequence(Qt::CTRL | Qt::Key_R)},
              [this] {
                  sortByRanking();
              });
    menu->addSeparator();
    QMenu *columns = menu->addMenu(tr("C&olumns"));
    columns->setObjectName(QStringLiteral("columnsMenu"));
    connect(columns, &QMenu::aboutToShow, this, [this, columns] {
        m_columnChooser->fillMenu(columns);
    });
}

QAction *MainWindow::addAction(QMenu *menu,
                               const QString &name,
                               const QString &text,
                               const QString &toolTip,
                               const QList<QKeySequence> &shortcuts,
                               const std::function<void()> &slot)
{
    QAction *action = menu->addAction(text);
    action->setShortcuts(shortcuts);
    addRemappableAction(action, name, toolTip);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void MainWindow::addRemappableAction(QAction *action, const QString &name, const QString &toolTip)
{
    const QList<QKeySequence> defaults = action->shortcuts();
    action->setObjectName(name);
    action->setProperty("defaultShortcuts",
                        QKeySequence::listToString(defaults, QKeySequence::PortableText));
    QString base = toolTip;
    if (base.isEmpty()) {
        base = action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    }
    action->setProperty("baseToolTip", base);
    action->setShortcuts(ShortcutsDialog::shortcutsFor(name, defaults));
    action->setToolTip(actionToolTip(action));
    m_remappableActions.append(action);
}

void MainWindow::showShortcutsDialog()
{
    ShortcutsDialog dialog(m_remappableActions, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    for (QAction *action : std::as_const(m_remappableActions)) {
        action->setToolTip(actionToolTip(action));
    }
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    m_mainSplitter->restoreState(settings.value(MainSplitterKey).toByteArray());
    m_readingSplitter->restoreState(settings.value(ReadingSplitterKey).toByteArray());
    const QByteArray header = settings.value(HeaderKey).toByteArray();
    if (!header.isEmpty() && m_paperView->horizontalHeader()->restoreState(header)) {
        m_paperView->setColumnHidden(PaperTableModel::DateColumn, true);
    }
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(MainSplitterKey, m_mainSplitter->saveState());
    settings.setValue(ReadingSplitterKey, m_readingSplitter->saveState());
    const bool searching = m_paperModel->mode() == PaperTableModel::Mode::Search;
    settings.setValue(HeaderKey,
                      searching ? m_dayHeaderState : m_paperView->horizontalHeader()->saveState());
    settings.setValue(ProfileKey, currentProfile());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_noteEditor->commit();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange || event->type() == QEvent::WindowStateChange) {
        updateDwell();
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateDwell();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_dwellTimer.stop();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Return belongs to the search box (library search) and the note (a new line), not to
    // the window's Open PDF shortcut.
    if (event->type() == QEvent::ShortcutOverride
        && (watched == m_filterEdit || watched == m_noteEditor)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
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
            if (const auto seeded = Digest::SampleDays::seedProfile(*library.value()); !seeded) {
                return seeded.error();
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
    m_loader->setLibraryPath(path);
    showBanner({});
    loadProfiles();
    reloadDays();
    Q_EMIT libraryOpened();
}

void MainWindow::loadProfiles()
{
    QStringList names;
    for (const Library::StoredProfile &profile : Library::ProfileStore(*m_library).profiles()) {
        names.append(profile.name);
    }
    if (names.isEmpty()) {
        names.append(DefaultProfile);
    }

    const QString saved = QSettings().value(ProfileKey).toString();
    const QString wanted = names.contains(saved) ? saved
        : names.contains(DefaultProfile)         ? DefaultProfile
                                                 : names.constFirst();
    {
        const QSignalBlocker blocker(m_profileCombo);
        m_profileCombo->clear();
        m_profileCombo->addItems(names);
        m_profileCombo->setCurrentText(wanted);
    }
    m_loader->setProfile(wanted);
}

void MainWindow::setProfileMenu(QMenu *menu)
{
    m_profileButton->setMenu(menu);
    m_profileButtonAction->setVisible(menu != nullptr);
}

void MainWindow::reloadProfiles(const QString &select)
{
    if (!m_library) {
        return;
    }
    QStringList names;
    for (const Library::StoredProfile &profile : Library::ProfileStore(*m_library).profiles()) {
        names.append(profile.name);
    }
    if (names.isEmpty()) {
        names.append(DefaultProfile);
    }

    const QString shown = currentProfile();
    const QString wanted = names.contains(select) ? select
        : names.contains(shown)                   ? shown
                                                  : names.constFirst();
    {
        const QSignalBlocker blocker(m_profileCombo);
        m_profileCombo->clear();
        m_profileCombo->addItems(names);
        m_profileCombo->setCurrentText(wanted);
    }
    if (wanted != shown) {
        selectProfile(wanted);
    }
}

QString MainWindow::currentProfile() const
{
    const QString name = m_profileCombo->currentText();
    return name.isEmpty() ? DefaultProfile : name;
}

void MainWindow::selectProfile(const QString &name)
{
    if (m_profileCombo->currentText() != name) {
        const QSignalBlocker blocker(m_profileCombo);
        m_profileCombo->setCurrentText(name);
    }
    m_loader->setProfile(currentProfile());
    reloadDays();
    Q_EMIT profileChanged(currentProfile());
}

void MainWindow::reloadDays()
{
    if (!m_library) {
        return;
    }
    const QDate keep = m_dayView->currentIndex().data(DayListModel::DateRole).toDate();
    const QList<DaySummary> days = m_library->days();
    {
        // The selection is restored below; showing the first row on the way would load it.
        const QSignalBlocker blocker(m_dayView->selectionModel());
        m_dayModel->setDays(days);
    }

    const bool onlySamples = std::all_of(days.cbegin(), days.cend(), [](const DaySummary &day) {
        return day.source == QLatin1String("sample");
    });
    if (!days.isEmpty() && onlySamples) {
        showBanner(tr("These are sample days from arXiv, ranked offline by the local ranker. "
                      "Set up your own feed: your categories and what you care about, in one "
                      "screen."),
                   BannerAction::OfferSetup);
    } else if (m_bannerOffersSetup) {
        showBanner({}); // the reader's own days are here
    }
    if (days.isEmpty()) {
        showPlaceholder(tr("No day is stored yet."));
        return;
    }

    // The reset left no current day, so this selection loads the day.
    const QDate latest = m_library->latestAnnouncedDay().value_or(days.constFirst().date);
    const int row = m_dayModel->rowOf(keep.isValid() ? keep : latest);
    m_dayView->setCurrentIndex(m_dayModel->index(std::max(row, 0)));
    countDays();
}

void MainWindow::countDays()
{
    QList<QDate> dates;
    for (int row = 0; row < m_dayModel->rowCount() && dates.size() < DaysCounted; ++row) {
        const DaySummary day = m_dayModel->dayAt(row);
        if (day.status == DayStatus::Announced) {
            dates.append(day.date);
        }
    }
    m_loader->count(dates);
}

void MainWindow::selectDay(const QDate &date)
{
    const int row = m_dayModel->rowOf(date);
    if (row >= 0) {
        m_dayView->setCurrentIndex(m_dayModel->index(row));
    }
}

void MainWindow::selectPaper(const QDate &date, const QString &paperId)
{
    clearFilter();
    if (date == m_listing.summary.date && date == m_requestedDate) {
        selectPaperRow(paperId);
        return;
    }
    selectDay(date);
    m_keepPaperId = paperId; // the day arrives later, from the worker
}

void MainWindow::showDay(int row)
{
    if (row < 0 || row >= m_dayModel->rowCount()) {
        return;
    }
    if (m_librarySearchAction->isChecked()) {
        const QSignalBlocker blocker(m_librarySearchAction);
        m_librarySearchAction->setChecked(false);
        m_filterEdit->clear();
    }
    m_requestedDate = m_dayModel->dayAt(row).date;
    if (m_requestedDate != m_listing.summary.date) {
        m_keepPaperId.clear();
    }
    m_slowLoadTimer.start();
    m_loader->load(m_requestedDate);
}

void MainWindow::reloadCurrentDay()
{
    if (!m_listing.summary.date.isValid() || !m_library) {
        return;
    }
    m_requestedDate = m_listing.summary.date;
    m_keepPaperId = m_shownPaperId;
    m_slowLoadTimer.start();
    m_loader->load(m_requestedDate);
}

void MainWindow::retrainRanker()
{
    m_loader->invalidateRanker();
    reloadCurrentDay();
    countDays();
}

void MainWindow::showListing(const Digest::DayListing &listing)
{
    if (listing.summary.date != m_requestedDate) {
        return;
    }
    m_slowLoadTimer.stop();
    m_busyBar->hide();
    m_listing = listing;
    m_dayModel->setCount(listing.summary.date, listing.relevantCount, listing.hasLlmScores);

    if (m_paperModel->mode() == PaperTableModel::Mode::Search) {
        setDayColumnsShown(true);
    }
    const QString keep = m_keepPaperId;
    m_keepPaperId.clear();
    m_paperModel->setListing(listing);
    if (listing.papers.isEmpty()) {
        const QString status = m_dayModel->index(m_dayModel->rowOf(listing.summary.date))
                                   .data(DayListModel::DetailRole)
                                   .toString();
        showPlaceholder(status);
    } else {
        m_paperStack->setCurrentWidget(m_paperView);
    }
    selectPaperRow(keep);
    updateSummary();
    Q_EMIT dayShown(listing.summary.date);
}

void MainWindow::showSearchResults(const QString &text,
                                   const QList<Digest::ListedPaper> &results,
                                   const QList<QDate> &days)
{
    if (!m_librarySearchAction->isChecked() || text != m_filterEdit->text().trimmed()) {
        return;
    }
    if (m_paperModel->mode() == PaperTableModel::Mode::Day) {
        setDayColumnsShown(false);
    }
    m_paperModel->setSearchResults(results, days);
    if (results.isEmpty()) {
        showPlaceholder(tr("Nothing in the library matches “%1”.").arg(text));
    } else {
        m_paperStack->setCurrentWidget(m_paperView);
    }
    selectPaperRow({});
    updateSummary();
    Q_EMIT searchShown(text);
}

void MainWindow::showPaperDay()
{
    const QModelIndex current = m_paperView->currentIndex();
    if (!current.isValid() || m_paperModel->mode() != PaperTableModel::Mode::Search) {
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    const QDate date = m_paperModel->dayAt(row);
    const QString paperId = m_paperModel->listedAt(row).paper.id;
    if (!date.isValid()) {
        return;
    }

    clearFilter();
    if (date == m_listing.summary.date) {
        selectPaperRow(paperId);
        return;
    }
    selectDay(date);
    m_keepPaperId = paperId; // the day arrives later, from the worker
}

void MainWindow::showPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_paperStack->setCurrentWidget(m_placeholder);
}

void MainWindow::selectPaperRow(const QString &paperId)
{
    const int sourceRow = paperId.isEmpty() ? -1 : m_paperModel->rowOf(paperId);
    QModelIndex index = sourceRow >= 0
        ? m_proxy->mapFromSource(m_paperModel->index(sourceRow, PaperTableModel::TitleColumn))
        : QModelIndex();
    if (!index.isValid() && m_proxy->rowCount() > 0) {
        index = m_proxy->index(0, PaperTableModel::TitleColumn);
    }
    if (index.isValid()) {
        m_paperView->setCurrentIndex(index);
        m_paperView->scrollTo(index);
    }
    // A reset may leave the same row current without a change signal.
    showCurrentPaper();
}

void MainWindow::showCurrentPaper()
{
    const std::optional<Digest::ListedPaper> listed = currentPaper();
    const QString id = listed ? listed->paper.id : QString();
    if (!listed) {
        m_noteEditor->setPaper({}, {});
        m_preview->clear();
        m_dwellTimer.stop();
        m_shownPaperId.clear();
        return;
    }
    if (id == m_shownPaperId && m_preview->content().paper.id == id) {
        return;
    }
    m_shownPaperId = id;
    m_noteEditor->setPaper(id, listed->reading.note);
    m_preview->setContent(previewContent(*listed));
    m_dwellTimer.stop(); // a new paper: its dwell starts now
    updateDwell();
}

std::optional<Digest::ListedPaper> MainWindow::currentPaper() const
{
    const QModelIndex current = m_paperView->currentIndex();
    if (!current.isValid()) {
        return std::nullopt;
    }
    const int row = m_proxy->mapToSource(current).row();
    if (row < 0 || row >= m_paperModel->rowCount()) {
        return std::nullopt;
    }
    return m_paperModel->listedAt(row);
}

PreviewContent MainWindow::previewContent(const Digest::ListedPaper &listed) const
{
    PreviewContent content;
    content.paper = listed.paper;
    content.starred = listed.reading.starred;
    content.read = listed.reading.isRead();
    content.rating = listed.reading.rating;

    QStringList llm;
    if (listed.relevance || listed.novelty) {
        llm.append(tr("Relevance %1/10 · novelty %2/10")
                       .arg(listed.relevance.value_or(0))
                       .arg(listed.novelty.value_or(0)));
    }
    if (!listed.comment.trimmed().isEmpty()) {
        llm.append(listed.comment.trimmed());
    }
    if (listed.status == QLatin1String("failed")) {
        llm.append(tr("Not scored: %1").arg(listed.statusReason));
    } else if (listed.status == QLatin1String("skipped")
               || listed.status == QLatin1String("over-budget")) {
        llm.append(tr("Not sent to the LLM: %1").arg(listed.statusReason));
    }
    content.llmComment = llm.join(QLatin1Char('\n'));

    content.followedAuthor = listed.followedAuthor;
    QStringList ranker;
    if (listed.localRank > 0) {
        QStringList reasons;
        for (const Ranker::Contribution &contribution : listed.why) {
            reasons.append(contributionText(contribution));
        }
        const QString rank =
            tr("Rank %1 of %n", nullptr, int(m_listing.papers.size())).arg(listed.localRank);
        ranker.append(
            reasons.isEmpty() ? rank : tr("%1 · %2").arg(rank, reasons.join(QStringLiteral(", "))));
    }
    content.rankerExplanation = ranker.join(QLatin1Char('\n'));
    return content;
}

void MainWindow::updateSummary()
{
    if (m_paperModel->mode() == PaperTableModel::Mode::Search) {
        m_summaryLabel->setText(
            tr("%n result(s) in the whole library for “%1”", nullptr, m_paperModel->rowCount())
                .arg(m_filterEdit->text().trimmed()));
        return;
    }

    const DaySummary &day = m_listing.summary;
    if (day.status != DayStatus::Announced) {
        m_summaryLabel->clear();
        return;
    }
    const QString papers = tr("%n paper(s)", nullptr, int(m_listing.papers.size()));
    const QString relevant = tr("%n relevant", nullptr, m_listing.relevantCount);
    const QString scoring = m_listing.hasLlmScores ? tr("scored by %1").arg(m_listing.model)
                                                   : tr("ranked by the local ranker");
    QString text = tr("%1 · %2 · %3").arg(papers, relevant, scoring);
    if (!m_proxy->text().isEmpty()) {
        //: Appended to the day's summary while a filter narrows the list
        text += tr(" · %n shown", nullptr, m_proxy->rowCount());
    }
    m_summaryLabel->setText(text);
}

void MainWindow::onFilterEdited(const QString &text)
{
    if (m_librarySearchAction->isChecked()) {
        if (text.trimmed().isEmpty()) {
            setLibrarySearch(false);
            return;
        }
        m_searchTimer.start();
        return;
    }
    const QString keep = m_shownPaperId;
    m_proxy->setText(text);
    if (m_proxy->rowCount() == 0 && m_paperModel->rowCount() > 0) {
        showPlaceholder(tr("No paper of this day matches “%1”. Press Enter to search the whole "
                           "library.")
                            .arg(text.trimmed()));
    } else if (m_paperModel->rowCount() > 0) {
        m_paperStack->setCurrentWidget(m_paperView);
    }
    selectPaperRow(keep);
    updateSummary();
}

void MainWindow::setLibrarySearch(bool on)
{
    if (m_librarySearchAction->isChecked() != on) {
        const QSignalBlocker blocker(m_librarySearchAction);
        m_librarySearchAction->setChecked(on);
    }
    if (on) {
        m_proxy->setText({});
        if (!m_filterEdit->text().trimmed().isEmpty()) {
            runLibrarySearch();
        } else {
            focusFilter();
        }
        return;
    }

    // Back to the day, as it was listed.
    m_searchTimer.stop();
    if (m_paperModel->mode() == PaperTableModel::Mode::Search) {
        setDayColumnsShown(true);
        m_paperModel->setListing(m_listing);
        m_paperStack->setCurrentWidget(m_paperView);
    }
    m_proxy->setText(m_filterEdit->text());
    selectPaperRow(m_shownPaperId);
    updateSummary();
}

void MainWindow::runLibrarySearch()
{
    const QString text = m_filterEdit->text().trimmed();
    if (text.isEmpty() || !m_library) {
        return;
    }
    m_loader->search(text);
}

void MainWindow::clearFilter()
{
    const bool wasFiltering = !m_filterEdit->text().isEmpty() || m_librarySearchAction->isChecked();
    {
        const QSignalBlocker blocker(m_filterEdit);
        m_filterEdit->clear();
    }
    setLibrarySearch(false);
    // Escape also leaves the search box or the note for the list (the note is saved).
    if (wasFiltering || m_filterEdit->hasFocus() || m_noteEditor->hasFocus()) {
        m_paperView->setFocus();
    }
}

void MainWindow::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void MainWindow::setDayColumnsShown(bool shown)
{
    QHeaderView *header = m_paperView->horizontalHeader();
    if (!shown) {
        m_dayHeaderState = header->saveState();
        for (const int column : DayOnlyColumns) {
            m_paperView->setColumnHidden(column, true);
        }
        m_paperView->setColumnHidden(PaperTableModel::DateColumn, false);
        m_paperView->sortByColumn(PaperTableModel::RankColumn, Qt::AscendingOrder);
        m_columnChooser->setFixedColumns(QList<int>{PaperTableModel::TitleColumn} + DayOnlyColumns);
        return;
    }
    if (!m_dayHeaderState.isEmpty()) {
        header->restoreState(m_dayHeaderState);
        m_dayHeaderState.clear();
    }
    m_paperView->setColumnHidden(PaperTableModel::DateColumn, true);
    m_columnChooser->setFixedColumns(DayFixedColumns);
}

void MainWindow::addNetworkAction(QAction *action)
{
    // Weak pointers, not a destroyed() connection: the window's own menus delete their actions
    // after the window's members are gone, where a slot of the window must not run.
    m_networkActions.append(action);
    action->setEnabled(m_network->isOnline());
}

void MainWindow::updateNetworkState(bool online)
{
    m_offlineLabel->setVisible(!online);
    updateScoreAction();
    m_networkActions.removeAll(nullptr);
    for (const QPointer<QAction> &action : std::as_const(m_networkActions)) {
        action->setEnabled(online);
    }
}

Net::HttpClient *MainWindow::arxivHttpClient()
{
    if (!m_http) {
        m_http = new Net::HttpClient(this);
        m_network->watch(m_http->networkAccessManager()); // arXiv unreachable: offline
    }
    return m_http;
}

PdfViewer *MainWindow::pdfViewer() const
{
    return m_pdfOpener->viewer();
}

Arxiv::PdfDownloader *MainWindow::pdfDownloader()
{
    return m_pdfOpener->downloader();
}

void MainWindow::setPdfCacheLimit(qint64 limitBytes)
{
    m_pdfOpener->setCacheLimit(limitBytes);
}

void MainWindow::openPdf()
{
    if (const auto listed = currentPaper()) {
        m_pdfOpener->openInViewer(listed->paper);
    }
}

void MainWindow::openPdfExternally()
{
    if (const auto listed = currentPaper()) {
        m_pdfOpener->openExternally(listed->paper);
    }
}

void MainWindow::toggleStar()
{
    const auto listed = currentPaper();
    if (!listed) {
        return;
    }
    const bool starred = !listed->reading.starred;
    const Result<void> saved =
        m_library->reading().setStarred(currentProfile(), listed->paper.id, starred);
    if (reportFailure(saved)) {
        return;
    }
    statusBar()->showMessage(starred ? tr("Starred.") : tr("Star removed."), StatusTimeoutMs);
    refreshPaper(listed->paper.id);
    learnRatings();
}

void MainWindow::toggleRead()
{
    const auto listed = currentPaper();
    if (!listed) {
        return;
    }
    m_dwellTimer.stop();
    const bool read = !listed->reading.isRead();
    const QDateTime readAt = read ? QDateTime::currentDateTimeUtc() : QDateTime();
    if (reportFailure(m_library->reading().setReadAt(listed->paper.id, readAt))) {
        return;
    }
    statusBar()->showMessage(read ? tr("Marked read.") : tr("Marked unread."), StatusTimeoutMs);
    refreshPaper(listed->paper.id);
}

void MainWindow::rate(Library::ReadingStore::Thumb thumb)
{
    const auto listed = currentPaper();
    if (!listed) {
        return;
    }
    const Result<int> rated = m_library->reading().rate(currentProfile(), listed->paper.id, thumb);
    if (!rated) {
        reportFailure(rated.error());
        return;
    }
    statusBar()->showMessage(tr("Rated %1/5.").arg(rated.value()), StatusTimeoutMs);
    refreshPaper(listed->paper.id);
    learnRatings();
}

void MainWindow::toggleNotInterested()
{
    const auto listed = currentPaper();
    if (!listed) {
        return;
    }
    const bool dismiss = listed->reading.rating != Library::ReadingStore::NotInterested;
    const std::optional<int> rating =
        dismiss ? std::optional<int>(Library::ReadingStore::NotInterested) : std::nullopt;
    if (reportFailure(m_library->reading().setRating(currentProfile(), listed->paper.id, rating))) {
        return;
    }
    statusBar()->showMessage(dismiss ? tr("Not interested: fewer papers like this one.")
                                     : tr("No longer marked not interested."),
                             StatusTimeoutMs);
    refreshPaper(listed->paper.id);
    learnRatings();
}

void MainWindow::editNote()
{
    if (!m_noteEditor->isEnabled()) {
        return;
    }
    m_noteEditor->setFocus(Qt::ShortcutFocusReason);
    m_noteEditor->moveCursor(QTextCursor::End);
}

void MainWindow::saveNote(const QString &paperId, const QString &note)
{
    if (!m_library || reportFailure(m_library->reading().setNote(paperId, note))) {
        return;
    }
    qCDebug(lcUi) << "note saved:" << paperId;
    refreshPaper(paperId);
}

bool MainWindow::isWatched() const
{
    return isVisible() && !isMinimized() && isActiveWindow();
}

// Only time the reader can have spent on the paper counts: after a --minimized start, a day
// switched from the tray or with another window in front, the top paper has not been read.
void MainWindow::updateDwell()
{
    const auto listed = currentPaper();
    if (!isWatched() || !listed || listed->reading.isRead()) {
        m_dwellTimer.stop();
        return;
    }
    if (!m_dwellTimer.isActive()) {
        m_dwellTimer.start();
    }
}

void MainWindow::markReadAfterDwell()
{
    const auto listed = currentPaper();
    if (!listed || listed->reading.isRead() || !m_library || !isWatched()) {
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (reportFailure(m_library->reading().setReadAt(listed->paper.id, now))) {
        return;
    }
    refreshPaper(listed->paper.id);
}

void MainWindow::setMarkReadDelay(std::chrono::milliseconds delay)
{
    m_dwellTimer.setInterval(int(delay.count()));
}

void MainWindow::learnRatings()
{
    // The worker teaches its ranker and ranks the shown day again; showReranked() follows.
    m_loader->learnRatings(m_listing.summary.date);
}

void MainWindow::showReranked(const Digest::DayListing &listing)
{
    // A day asked for since then replaces this one anyway.
    const QDate date = listing.summary.date;
    if (date != m_listing.summary.date || date != m_requestedDate) {
        return;
    }
    // The reading state this thread wrote last is the truth; the worker read it a moment ago.
    QHash<QString, Library::ReadingState> reading;
    for (const Digest::ListedPaper &paper : std::as_const(m_listing.papers)) {
        reading.insert(paper.paper.id, paper.reading);
    }
    m_listing = listing;
    for (Digest::ListedPaper &paper : m_listing.papers) {
        paper.reading = reading.value(paper.paper.id, paper.reading);
    }

    // The rows stay where the reader left them; only the numbers change (Ctrl+R re-sorts).
    if (m_paperModel->mode() == PaperTableModel::Mode::Day) {
        m_paperModel->updateRanking(m_listing);
        if (const auto listed = currentPaper()) {
            m_preview->setContent(previewContent(*listed));
        }
    }
    updateSummary();
    Q_EMIT dayReranked(date);
}

void MainWindow::sortByRanking()
{
    m_paperModel->settleOrder();
    m_paperView->sortByColumn(PaperTableModel::RankColumn, Qt::AscendingOrder);
    if (m_paperView->currentIndex().isValid()) {
        m_paperView->scrollTo(m_paperView->currentIndex());
    }
}

// Papers a filter kept from the LLM (local ranker, h-index, title); failures have Retry.
QStringList MainWindow::selectedSkippedPapers() const
{
    QStringList ids;
    if (m_paperModel->mode() != PaperTableModel::Mode::Day) {
        return ids;
    }
    for (const QModelIndex &index : m_paperView->selectionModel()->selectedRows()) {
        const Digest::ListedPaper &listed =
            m_paperModel->listedAt(m_proxy->mapToSource(index).row());
        if (listed.status == QLatin1String("skipped")) {
            ids.append(listed.paper.id);
        }
    }
    return ids;
}

void MainWindow::updateScoreAction()
{
    if (!m_scoreAction) {
        return;
    }
    m_scoreAction->setEnabled(m_network->isOnline() && !selectedSkippedPapers().isEmpty());
}

void MainWindow::refreshPaper(const QString &paperId)
{
    const Library::ReadingState state = m_library->reading().state(currentProfile(), paperId);
    m_paperModel->setReading(paperId, state);
    for (Digest::ListedPaper &paper : m_listing.papers) {
        if (paper.paper.id == paperId) {
            paper.reading = state;
        }
    }
    if (const auto listed = currentPaper(); listed && listed->paper.id == paperId) {
        m_preview->setContent(previewContent(*listed));
    }
    Q_EMIT readingChanged(paperId);
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

void MainWindow::showBanner(const QString &text, BannerAction action)
{
    m_bannerOffersSetup = action == BannerAction::OfferSetup;
    m_banner->setText(text);
    m_setupButton->setVisible(m_bannerOffersSetup);
    m_bannerBar->setVisible(!text.isEmpty());
}

} // namespace Sieve::Ui
