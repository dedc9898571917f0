// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pdfviewer.h"

#include "colours.h"
#include "windowsize.h"

#include <app/platform/logging.h>

#include <QAction>
#include <QDesktopServices>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfSearchModel>
#include <QPdfView>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <array>
#include <cmath>

namespace Sieve::Ui {

namespace {

// The zoom the reader last chose, for the next PDF and the next start; none: fit the width.
const QString ZoomKey = QStringLiteral("pdfViewer/zoom");

// Whether the reader keeps the PDF's contents beside its pages (when it has contents), and how
// wide they made them.
const QString ContentsKey = QStringLiteral("pdfViewer/contents");
const QString ContentsWidthKey = QStringLiteral("pdfViewer/contentsWidth");

// Where the reader last put the window and how large they made it.
const QString GeometryKey = QStringLiteral("pdfViewer/geometry");

// The page each recent PDF was left on, as "file name<TAB>page", the most recent first.
const QString PagesKey = QStringLiteral("pdfViewer/pages");
constexpr qsizetype RememberedPages = 200;

QString rememberedFile(const QString &entry)
{
    return entry.section(QLatin1Char('\t'), 0, 0);
}

// The zooms the buttons and keys step through, as in most document viewers.
constexpr std::array<qreal, 10> ZoomSteps{0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0};

QString documentErrorText(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::FileNotFound:
        return PdfViewer::tr("The PDF file is missing. Open the paper again to download it.");
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return PdfViewer::tr("This PDF is protected and cannot be shown here. Open it in the "
                             "browser instead.");
    default:
        return PdfViewer::tr("This file cannot be read as a PDF. Open the paper in the browser "
                             "instead.");
    }
}

// A button's tool tip: its name, then the key that does the same.
QString shortcutToolTip(const QString &text, const QKeySequence &key)
{
    //: A button's tool tip: its name, then its keyboard shortcut
    return PdfViewer::tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
}

// A flat button for `action`, its text and enabled state following the action's.
QToolButton *toolButton(QAction *action, const QString &name, QWidget *parent)
{
    auto *tool = new QToolButton(parent);
    tool->setObjectName(name);
    tool->setDefaultAction(action);
    tool->setAutoRaise(true);
    return tool;
}

} // namespace

PdfViewer::PdfViewer(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_browser(new QPushButton(tr("Open in &Browser"), this))
{
    setObjectName(QStringLiteral("pdfViewer"));
    placeWindow();

    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    const qreal saved = QSettings().value(ZoomKey).toDouble();
    if (saved >= ZoomSteps.front() && saved <= ZoomSteps.back()) {
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(saved);
    }

    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_progress->setObjectName(QStringLiteral("downloadProgressBar"));
    m_progress->setTextVisible(true);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    connect(m_retry, &QPushButton::clicked, this, &PdfViewer::retryRequested);
    m_browser->setObjectName(QStringLiteral("browserButton"));
    connect(m_browser, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(m_webPage);
    });

    createViewActions();
    connect(m_view, &QPdfView::zoomModeChanged, this, &PdfViewer::updateControls);
    connect(m_view, &QPdfView::zoomFactorChanged, this, &PdfViewer::updateControls);
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, [this] {
        updateControls();
        markSection();
    });
    connect(m_document, &QPdfDocument::pageCountChanged, this, &PdfViewer::updateControls);
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);

    createFindActions();
    createContentsAction();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildControls());
    layout->addWidget(buildFindBar());
    layout->addWidget(m_message, 1);
    layout->addWidget(m_progress);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_browser);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(buildPages(), 1);

    auto *close = new QAction(tr("Close"), this);
    close->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Close});
    connect(close, &QAction::triggered, this, [this] {
        // Escape leaves the find bar first, then closes the window.
        if (m_findBar->isVisible()) {
            hideFindBar();
            return;
        }
        QWidget::close();
    });
    addAction(close);

    showMessage({});
}

// Zoom, the first or last page, and the system's viewer: in the row above the pages and on the
// keyboard.
void PdfViewer::createViewActions()
{
    m_systemViewer = new QAction(tr("Open in System Viewer"), this);
    m_systemViewer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_systemViewer->setToolTip(
        tr("Open this PDF in the desktop's viewer (%1)")
            .arg(m_systemViewer->shortcut().toString(QKeySequence::NativeText)));
    m_systemViewer->setEnabled(false);
    connect(m_systemViewer, &QAction::triggered, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_path));
    });
    addAction(m_systemViewer);

    m_zoomOut = addShortcutAction(tr("Zoom Out"), QKeySequence::keyBindings(QKeySequence::ZoomOut));
    connect(m_zoomOut, &QAction::triggered, this, [this] {
        zoomStep(-1);
    });
    // Ctrl+= too: on most keyboards "+" needs Shift, and Ctrl+Shift+= is not always Ctrl++.
    m_zoomIn = addShortcutAction(tr("Zoom In"),
                                 QKeySequence::keyBindings(QKeySequence::ZoomIn)
                                     << QKeySequence(Qt::CTRL | Qt::Key_Equal));
    connect(m_zoomIn, &QAction::triggered, this, [this] {
        zoomStep(1);
    });
    m_fitWidth = addShortcutAction(tr("Fit Width"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    m_fitWidth->setCheckable(true);
    // Icons where the desktop's theme has them; the names otherwise.
    m_zoomOut->setIcon(QIcon::fromTheme(QStringLiteral("zoom-out")));
    m_zoomIn->setIcon(QIcon::fromTheme(QStringLiteral("zoom-in")));
    m_fitWidth->setIcon(QIcon::fromTheme(QStringLiteral("zoom-fit-width")));
    connect(m_fitWidth, &QAction::triggered, this, [this] {
        m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        QSettings().remove(ZoomKey);
        updateControls(); // already fitted: triggering it unchecked it
    });
    m_firstPage = addShortcutAction(tr("First Page"), {QKeySequence(Qt::Key_Home)});
    connect(m_firstPage, &QAction::triggered, this, [this] {
        goToPage(0);
    });
    m_lastPage = addShortcutAction(tr("Last Page"), {QKeySequence(Qt::Key_End)});
    connect(m_lastPage, &QAction::triggered, this, [this] {
        goToPage(m_document->pageCount() - 1);
    });
}

// Ctrl+F, F3 and Shift+F3, and the model that finds the words in the PDF's text.
void PdfViewer::createFindActions()
{
    m_find = addShortcutAction(tr("Find"), QKeySequence::keyBindings(QKeySequence::Find));
    connect(m_find, &QAction::triggered, this, &PdfViewer::showFindBar);
    m_findNext =
        addShortcutAction(tr("Next Match"), QKeySequence::keyBindings(QKeySequence::FindNext));
    m_findNext->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    connect(m_findNext, &QAction::triggered, this, [this] {
        showMatch(1);
    });
    m_findPrevious = addShortcutAction(tr("Previous Match"),
                                       QKeySequence::keyBindings(QKeySequence::FindPrevious));
    m_findPrevious->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    connect(m_findPrevious, &QAction::triggered, this, [this] {
        showMatch(-1);
    });
    // Matches arrive page by page while the model reads the text: the first one from the page
    // in view on is shown as soon as it is found.
    m_search = new QPdfSearchModel(this);
    m_search->setDocument(m_document);
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    // Older QPdfView cannot mark matches; the jump to each one and its count still show them.
    m_view->setSearchModel(m_search);
#endif
    connect(m_search, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_match < 0 && firstMatchFrom(m_view->pageNavigator()->currentPage()) >= 0) {
            showMatch(1);
        }
        updateFindStatus();
    });
    connect(m_search, &QAbstractItemModel::modelReset, this, &PdfViewer::updateFindStatus);
}

// F9 shows or hides the PDF's contents (its outline: the sections LaTeX's hyperref lists)
// beside the pages; the choice is kept for the next PDF and the next start.
void PdfViewer::createContentsAction()
{
    m_contents = addShortcutAction(tr("Contents"), {QKeySequence(Qt::Key_F9)});
    m_contents->setCheckable(true);
    m_contents->setChecked(QSettings().value(ContentsKey, true).toBool());
    m_contents->setIcon(QIcon::fromTheme(QStringLiteral("view-table-of-contents-ltr")));
    connect(m_contents, &QAction::triggered, this, [this](bool shown) {
        QSettings().setValue(ContentsKey, shown);
        updateOutline();
    });
}

// The contents and the pages side by side; the contents only while the PDF has some.
QWidget *PdfViewer::buildPages()
{
    m_pages = new QSplitter(Qt::Horizontal, this);
    m_pages->setObjectName(QStringLiteral("pdfPages"));
    m_pages->setChildrenCollapsible(false);

    m_bookmarks = new QPdfBookmarkModel(this);
    m_bookmarks->setDocument(m_document);
    m_outline = new QTreeView(m_pages);
    m_outline->setObjectName(QStringLiteral("outlineView"));
    m_outline->setModel(m_bookmarks);
    m_outline->setHeaderHidden(true);
    m_outline->setUniformRowHeights(true);
    connect(m_outline, &QAbstractItemView::activated, this, &PdfViewer::goToSection);
    connect(m_outline, &QAbstractItemView::clicked, this, &PdfViewer::goToSection);
    connect(m_bookmarks, &QAbstractItemModel::modelReset, this, &PdfViewer::updateOutline);

    m_pages->addWidget(m_outline);
    m_pages->addWidget(m_view);
    m_pages->setStretchFactor(1, 1);
    m_outline->hide();
    return m_pages;
}

void PdfViewer::updateOutline()
{
    const bool has = m_bookmarks->rowCount() > 0;
    m_contents->setEnabled(has);
    m_outline->setVisible(has && m_contents->isChecked());
    if (has) {
        m_outline->expandToDepth(0); // the sections; their subsections on demand
        markSection();
    }
    // A splitter gives a child that was hidden no width: the reader's last width, or room for a
    // section's title, at most a third of the window.
    if (m_outline->isVisibleTo(this) && m_pages->sizes().value(0) == 0) {
        const int total = std::max(m_pages->width(), width());
        const int chosen = QSettings().value(ContentsWidthKey).toInt();
        const int outline =
            std::min(chosen > 0 ? chosen : fontMetrics().averageCharWidth() * 28, total / 3);
        m_pages->setSizes({outline, total - outline});
    }
}

// The contents mark the section the reader is in: the last one that starts on the page in view
// or before it.
void PdfViewer::markSection()
{
    if (!m_outline->isVisible()) {
        return;
    }
    const int page = m_view->pageNavigator()->currentPage();
    // The rows in view's order, subsections only where their section is open.
    QModelIndex section;
    for (QModelIndex row = m_bookmarks->index(0, 0); row.isValid();
         row = m_outline->indexBelow(row)) {
        if (row.data(int(QPdfBookmarkModel::Role::Page)).toInt() > page) {
            break;
        }
        section = row;
    }
    m_outline->setCurrentIndex(section);
}

void PdfViewer::goToSection(const QModelIndex &index)
{
    const int page = index.data(int(QPdfBookmarkModel::Role::Page)).toInt();
    if (page < 0 || page >= m_document->pageCount()) {
        return;
    }
    const QPointF location = index.data(int(QPdfBookmarkModel::Role::Location)).toPointF();
    m_view->pageNavigator()->jump(page, location, m_view->pageNavigator()->currentZoom());
    updateControls();
}

// One row above the pages: zoom out, the zoom, zoom in, fit width; the page; the system viewer.
QWidget *PdfViewer::buildControls()
{
    m_controls = new QWidget(this);
    m_controls->setObjectName(QStringLiteral("pdfControls"));
    const auto button = [this](QAction *action, const QString &name) {
        return toolButton(action, name, m_controls);
    };
    m_zoomLabel = new QLabel(m_controls);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    // Wide enough for "400 %" so that the buttons beside it do not move while zooming.
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(tr("%1 %").arg(400))
                                 + m_zoomLabel->fontMetrics().averageCharWidth());
    m_pageLabel = new QLabel(m_controls);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));

    auto *row = new QHBoxLayout(m_controls);
    row->setContentsMargins(4, 2, 4, 2);
    row->addWidget(button(m_contents, QStringLiteral("contentsButton")));
    row->addSpacing(12);
    row->addWidget(button(m_zoomOut, QStringLiteral("zoomOutButton")));
    row->addWidget(m_zoomLabel);
    row->addWidget(button(m_zoomIn, QStringLiteral("zoomInButton")));
    row->addWidget(button(m_fitWidth, QStringLiteral("fitWidthButton")));
    row->addSpacing(12);
    row->addWidget(m_pageLabel);
    row->addStretch(1);
    row->addWidget(button(m_systemViewer, QStringLiteral("systemViewerButton")));
    return m_controls;
}

QWidget *PdfViewer::buildFindBar()
{
    m_findBar = new QWidget(this);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_findField = new QLineEdit(m_findBar);
    m_findField->setObjectName(QStringLiteral("findLineEdit"));
    m_findField->setPlaceholderText(tr("Find in this PDF"));
    m_findField->setClearButtonEnabled(true);
    m_findStatus = new QLabel(m_findBar);
    m_findStatus->setObjectName(QStringLiteral("findStatusLabel"));
    connect(m_findField, &QLineEdit::textChanged, this, &PdfViewer::search);
    connect(m_findField, &QLineEdit::returnPressed, this, [this] {
        const bool back = QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier);
        showMatch(back ? -1 : 1);
    });

    const auto button = [this](QAction *action, const QString &name) {
        return toolButton(action, name, m_findBar);
    };
    auto *hide = new QAction(
        style()->standardIcon(QStyle::SP_TitleBarCloseButton), tr("Close Find Bar"), m_findBar);
    hide->setToolTip(shortcutToolTip(hide->text(), QKeySequence(Qt::Key_Escape)));
    connect(hide, &QAction::triggered, this, &PdfViewer::hideFindBar);

    auto *row = new QHBoxLayout(m_findBar);
    row->setContentsMargins(4, 2, 4, 2);
    row->addWidget(m_findField, 1);
    row->addWidget(m_findStatus);
    row->addWidget(button(m_findPrevious, QStringLiteral("findPreviousButton")));
    row->addWidget(button(m_findNext, QStringLiteral("findNextButton")));
    row->addWidget(button(hide, QStringLiteral("closeFindBarButton")));
    m_findBar->hide();
    return m_findBar;
}

void PdfViewer::showFindBar()
{
    m_findBar->show();
    m_findField->setFocus();
    m_findField->selectAll();
}

void PdfViewer::hideFindBar()
{
    m_findBar->hide();
    m_view->setFocus();
}

void PdfViewer::search(const QString &text)
{
    m_match = -1;
    m_search->setSearchString(text.trimmed());
    updateFindStatus();
}

// The next (step 1) or previous (-1) match, from the one shown, or for the first from the page
// in view; past the last it starts again at the first.
void PdfViewer::showMatch(int step)
{
    const int count = m_search->rowCount({});
    if (count == 0) {
        updateFindStatus();
        return;
    }
    if (m_match < 0) {
        m_match = std::max(firstMatchFrom(m_view->pageNavigator()->currentPage()), 0);
    } else {
        m_match = (m_match + step + count) % count;
    }
    const QPdfLink match = m_search->resultAtIndex(m_match);
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    m_view->setCurrentSearchResultIndex(m_match);
#endif
    m_view->pageNavigator()->jump(
        match.page(), match.location(), m_view->pageNavigator()->currentZoom());
    updateFindStatus();
    updateControls();
}

int PdfViewer::firstMatchFrom(int page) const
{
    const int count = m_search->rowCount({});
    for (int i = 0; i < count; ++i) {
        if (m_search->resultAtIndex(i).page() >= page) {
            return i;
        }
    }
    return -1;
}

QString PdfViewer::findStatus() const
{
    return m_findStatus->text();
}

void PdfViewer::updateFindStatus()
{
    const int count = m_search->rowCount({});
    m_findNext->setEnabled(count > 0);
    m_findPrevious->setEnabled(count > 0);
    // Words that are nowhere in the PDF tint the field, as browsers do, in either theme.
    QPalette fieldPalette = palette();
    if (count == 0 && !m_search->searchString().isEmpty()) {
        const QColor base = fieldPalette.color(QPalette::Base);
        fieldPalette.setColor(QPalette::Base, tintFor(QColor(0xfb, 0xe3, 0xe0), base));
    }
    m_findField->setPalette(fieldPalette);
    if (m_search->searchString().isEmpty()) {
        m_findStatus->clear();
    } else if (count == 0) {
        m_findStatus->setText(tr("No match"));
    } else if (m_match < 0) {
        // Found only before the page in view, until the reader asks for one.
        m_findStatus->setText(tr("%n match(es)", nullptr, count));
    } else {
        //: The match shown of the matches found so far in the PDF
        m_findStatus->setText(tr("%1 of %2").arg(m_match + 1).arg(count));
    }
}

QAction *PdfViewer::addShortcutAction(const QString &text, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, this);
    action->setShortcuts(keys);
    if (!keys.isEmpty()) {
        action->setToolTip(shortcutToolTip(text, keys.first()));
    }
    action->setEnabled(false);
    addAction(action);
    return action;
}

qreal PdfViewer::zoom() const
{
    if (m_view->zoomMode() == QPdfView::ZoomMode::Custom) {
        return m_view->zoomFactor();
    }
    // QPdfView lays a page out at zoom * its size in points * the screen's dots per point.
    const int page = std::max(0, m_view->pageNavigator()->currentPage());
    const qreal width = m_document->pagePointSize(page).width() * logicalDpiX() / 72.0;
    const QMargins margins = m_view->documentMargins();
    const int room = m_view->viewport()->width() - margins.left() - margins.right();
    return width > 0.0 ? room / width : 1.0;
}

QString PdfViewer::pageText() const
{
    const int pages = m_document->pageCount();
    if (pages == 0) {
        return {};
    }
    const int page = std::clamp(m_view->pageNavigator()->currentPage(), 0, pages - 1);
    return tr("Page %1 of %2").arg(page + 1).arg(pages);
}

bool PdfViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        updateControls(); // fitted to the width, the zoom follows the window's
    }
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers().testFlag(Qt::ControlModifier) && wheel->angleDelta().y() != 0
            && m_document->pageCount() > 0) {
            zoomStep(wheel->angleDelta().y() > 0 ? 1 : -1);
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        // Space reads on a screen at a time, as in browsers and other PDF viewers.
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (key->key() == Qt::Key_Space
            && (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier)) {
            m_view->verticalScrollBar()->triggerAction(modifiers == Qt::ShiftModifier
                                                           ? QAbstractSlider::SliderPageStepSub
                                                           : QAbstractSlider::SliderPageStepAdd);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// To the next of ZoomSteps beyond the zoom shown, which after fitting the width is rarely one
// of them.
void PdfViewer::zoomStep(int direction)
{
    const qreal current = zoom();
    qreal next = direction > 0 ? ZoomSteps.back() : ZoomSteps.front();
    if (direction > 0) {
        const auto *it = std::find_if(ZoomSteps.begin(), ZoomSteps.end(), [current](qreal z) {
            return z > current * 1.01;
        });
        next = it != ZoomSteps.end() ? *it : ZoomSteps.back();
    } else {
        const auto it = std::find_if(ZoomSteps.rbegin(), ZoomSteps.rend(), [current](qreal z) {
            return z < current * 0.99;
        });
        next = it != ZoomSteps.rend() ? *it : ZoomSteps.front();
    }
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(next);
    QSettings().setValue(ZoomKey, next);
    updateControls();
}

void PdfViewer::hideEvent(QHideEvent *event)
{
    rememberPage();
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    if (m_outline->isVisibleTo(this)) {
        settings.setValue(ContentsWidthKey, m_pages->sizes().value(0));
    }
    QWidget::hideEvent(event);
}

// As the reader left it; the first time tall enough for a page at a readable width, within the
// screen (a laptop's is often less than 800 pixels high).
void PdfViewer::placeWindow()
{
    if (restoreGeometry(QSettings().value(GeometryKey).toByteArray())) {
        return;
    }
    resizeWithinScreen(*this, QSize(900, 1000));
}

void PdfViewer::rememberPage()
{
    if (m_path.isEmpty() || m_document->pageCount() == 0) {
        return;
    }
    const QString file = QFileInfo(m_path).fileName();
    const int page = m_view->pageNavigator()->currentPage();
    QSettings settings;
    QStringList pages = settings.value(PagesKey).toStringList();
    pages.removeIf([&file](const QString &entry) {
        return rememberedFile(entry) == file;
    });
    pages.prepend(file + QLatin1Char('\t') + QString::number(page));
    if (pages.size() > RememberedPages) {
        pages.resize(RememberedPages);
    }
    settings.setValue(PagesKey, pages);
}

void PdfViewer::restorePage()
{
    const QString file = QFileInfo(m_path).fileName();
    const QStringList pages = QSettings().value(PagesKey).toStringList();
    for (const QString &entry : pages) {
        if (rememberedFile(entry) == file) {
            goToPage(entry.section(QLatin1Char('\t'), 1, 1).toInt());
            return;
        }
    }
}

void PdfViewer::goToPage(int page)
{
    if (page < 0 || page >= m_document->pageCount()) {
        return;
    }
    m_view->pageNavigator()->jump(page, QPointF(), m_view->pageNavigator()->currentZoom());
    updateControls();
}

void PdfViewer::updateControls()
{
    const bool pages = m_document->pageCount() > 0 && m_view->isVisibleTo(this);
    const qreal shown = pages ? zoom() : 1.0;
    const bool fits = m_view->zoomMode() == QPdfView::ZoomMode::FitToWidth;
    m_zoomOut->setEnabled(pages && shown > ZoomSteps.front() * 1.01);
    m_zoomIn->setEnabled(pages && shown < ZoomSteps.back() * 0.99);
    m_fitWidth->setEnabled(pages);
    m_fitWidth->setChecked(fits);
    m_firstPage->setEnabled(pages);
    m_lastPage->setEnabled(pages);
    m_find->setEnabled(pages);
    if (!pages) {
        // Another PDF is on its way: what was found was in this one.
        m_findBar->hide();
        m_findField->clear();
    }
    //: The zoom of the PDF's pages in per cent
    m_zoomLabel->setText(pages ? tr("%1 %").arg(qRound(shown * 100.0)) : QString());
    m_pageLabel->setText(pages ? pageText() : QString());
}

void PdfViewer::showDownloading(const QString &title)
{
    rememberPage();
    m_document->close();
    m_systemViewer->setEnabled(false);
    setWindowTitle(title);
    showMessage(tr("Downloading the PDF…"));
    m_progress->setRange(0, 0); // busy until the size is known
    m_progress->show();
}

void PdfViewer::showProgress(qint64 received, qint64 total)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, received * 1000 / total)));
        m_progress->setFormat(tr("%1 of %2 kB").arg(received / 1024).arg(total / 1024));
    } else {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("%1 kB").arg(received / 1024));
    }
}

PdfViewer::~PdfViewer()
{
    rememberPage();
}

bool PdfViewer::openFile(const QString &path, const QString &title)
{
    rememberPage();
    setWindowTitle(title);
    const QPdfDocument::Error error = m_document->load(path);
    if (error != QPdfDocument::Error::None) {
        qCWarning(lcPdf) << "PDF did not open:" << QFileInfo(path).fileName() << error;
        showError(documentErrorText(error));
        return false;
    }
    qCDebug(lcPdf) << "PDF opened:" << QFileInfo(path).fileName()
                   << "pages:" << m_document->pageCount();
    m_path = path;
    m_systemViewer->setEnabled(true);
    showMessage({});
    restorePage();
    m_view->setFocus(); // the keys scroll the pages at once
    return true;
}

void PdfViewer::showError(const QString &message)
{
    m_document->close();
    m_systemViewer->setEnabled(false);
    showMessage(message);
    m_retry->show();
    m_browser->setVisible(m_webPage.isValid());
}

void PdfViewer::setWebPage(const QUrl &url)
{
    m_webPage = url;
}

QString PdfViewer::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void PdfViewer::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_pages->setVisible(text.isEmpty());
    m_progress->hide();
    m_retry->hide();
    m_browser->hide();
    updateControls();
}

} // namespace Sieve::Ui
