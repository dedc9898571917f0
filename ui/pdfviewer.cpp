// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pdfviewer.h"

#include <app/platform/logging.h>

#include <QAction>
#include <QDesktopServices>
#include <QFileInfo>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Sieve::Ui {

namespace {

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

} // namespace

PdfViewer::PdfViewer(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("pdfViewer"));
    resize(900, 1000);

    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);

    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_progress->setObjectName(QStringLiteral("downloadProgressBar"));
    m_progress->setTextVisible(true);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    connect(m_retry, &QPushButton::clicked, this, &PdfViewer::retryRequested);

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
    m_systemViewerButton = new QPushButton(m_systemViewer->text(), this);
    m_systemViewerButton->setObjectName(QStringLiteral("systemViewerButton"));
    m_systemViewerButton->setToolTip(m_systemViewer->toolTip());
    m_systemViewerButton->setEnabled(false);
    connect(m_systemViewerButton, &QPushButton::clicked, m_systemViewer, &QAction::trigger);
    connect(m_systemViewer, &QAction::changed, this, [this] {
        m_systemViewerButton->setEnabled(m_systemViewer->isEnabled());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_systemViewerButton, 0, Qt::AlignRight);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_retry, 0, Qt::AlignHCenter);
    layout->addWidget(m_view, 1);

    auto *close = new QAction(tr("Close"), this);
    close->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Close});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    showMessage({});
}

void PdfViewer::showDownloading(const QString &title)
{
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

bool PdfViewer::openFile(const QString &path, const QString &title)
{
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
    return true;
}

void PdfViewer::showError(const QString &message)
{
    m_document->close();
    m_systemViewer->setEnabled(false);
    showMessage(message);
    m_retry->show();
}

QString PdfViewer::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void PdfViewer::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_view->setVisible(text.isEmpty());
    m_progress->hide();
    m_retry->hide();
}

} // namespace Sieve::Ui
