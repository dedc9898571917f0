// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_MAINWINDOW_H
#define SIEVE_UI_MAINWINDOW_H

#include "previewcontent.h"

#include <app/core/error.h>
#include <app/digest/dayview.h>
#include <app/library/readingstore.h>

#include <QByteArray>
#include <QDate>
#include <QKeySequence>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Sieve::Arxiv {
class PdfDownloader;
}

namespace Sieve::Library {
class Library;
} // namespace Sieve::Library

namespace Sieve::Net {
class HttpClient;
}

namespace Sieve::Ui {

class ColumnChooser;
class DayListModel;
class DayLoader;
class NetworkStatus;
class NoteEditor;
class PaperFilterProxy;
class PaperPreview;
class PaperTableModel;
class PdfOpener;
class PdfViewer;

// The reading window: the stored days on the left, the selected day's ranked papers in the
// middle, the selected paper and the reader's note below. Reading lists come from the engine
// (Digest::DayView) on a worker thread; the window only shows them and records what the reader
// does (stars, ratings, read marks, notes) in the library.
//
// Hooks for panels that change scores or criteria: currentDate(), currentProfile(),
// reloadCurrentDay() after new scores, retrainRanker() after the criteria changed, reloadDays()
// after a fetch, addNetworkAction() for actions that need the network, toolsMenu() for their
// menu entries, dayLoader() for the day's local ranking, dayShown() / profileChanged() to follow
// the selection, and llmScoringRequested() when the reader sends skipped papers to the LLM.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the library and shows the newest announced day. Migrating and filling an empty
    // library with the sample days happen on a worker thread; libraryOpened() says when the
    // days are listed and dayShown() when the first day's papers are. Failures are shown in the
    // window, not as a crash.
    void openLibrary();

    // The day whose papers are listed (or were, before a library search); invalid before one.
    QDate currentDate() const { return m_listing.summary.date; }

    // The reading profile whose ranking is shown: "default" when the library stores none.
    QString currentProfile() const;

    // The engine's listing of the current day, as last loaded.
    const Digest::DayListing &currentListing() const { return m_listing; }

    // The selected paper as listed; nullopt when none is selected.
    std::optional<Digest::ListedPaper> currentPaper() const;

    // The library the window reads and writes on the UI thread; nullptr until opened.
    Library::Library *library() const { return m_library.get(); }

    // Disabled while the network is unreachable, enabled again when it returns.
    void addNetworkAction(QAction *action);

    // Lets the reader give `action` another key in Tools › Keyboard Shortcuts, like the
    // window's own actions: `name` becomes its object name and keys the setting, its shortcuts
    // now are its defaults, and a key chosen before replaces them at once. The tool tip is
    // `toolTip` with the current key where "%1" stands (or appended); an empty one is the
    // action's text.
    void addRemappableAction(QAction *action, const QString &name, const QString &toolTip);

    QMenu *toolsMenu() const { return m_toolsMenu; }

    NetworkStatus *networkStatus() const { return m_network; }

    // How long a paper stays selected before it is marked read; from the setting
    // "reading/markReadAfterMs" (2 s by default). Only time with the window shown, not
    // minimised and active counts, and leaving it starts the dwell again.
    void setMarkReadDelay(std::chrono::milliseconds delay);

    QListView *dayView() const { return m_dayView; }

    QTableView *paperView() const { return m_paperView; }

    PaperTableModel *paperModel() const { return m_paperModel; }

    QLineEdit *filterEdit() const { return m_filterEdit; }

    QComboBox *profileCombo() const { return m_profileCombo; }

    // The menu that manages profiles, offered by a button beside the profile switcher. Not
    // owned; the window shows no such button until one is set.
    void setProfileMenu(QMenu *menu);

    NoteEditor *noteEditor() const { return m_noteEditor; }

    PaperPreview *preview() const { return m_preview; }

    // The PDF window; nullptr until a PDF was first asked for.
    PdfViewer *pdfViewer() const;

    // Created on first use; tests aim its base URL at a local server.
    Arxiv::PdfDownloader *pdfDownloader();

    // The one client for arXiv: PDFs, and the feeds the shell fetches through it, so arXiv
    // never gets two requests from us at once. Owned by the window; created on first use.
    Net::HttpClient *arxivHttpClient();

    // The PDF cache's size limit, applied at once (the settings changed). Until it is set, the
    // cache takes the limit stored in the settings when the first PDF opens.
    void setPdfCacheLimit(qint64 limitBytes);

    // The worker that lists days with the current profile's ranker (as ratings taught it).
    DayLoader *dayLoader() const { return m_loader; }

public Q_SLOTS:
    // Builds the current day's list again (after a run stored new scores), keeping the
    // selected paper selected.
    void reloadCurrentDay();
    // Prepares the local ranker again (after the criteria changed), then reloads the day.
    void retrainRanker();
    // Lists the stored days again (after a fetch) and keeps the selected day.
    void reloadDays();
    void selectDay(const QDate &date);
    // Shows `date` with `paperId` selected, leaving a filter or a library search (a clicked
    // notification); the day's first paper when it does not list that one.
    void selectPaper(const QDate &date, const QString &paperId);
    void selectProfile(const QString &name);
    // Lists the library's profiles again (one was made, renamed or deleted) and shows `select`;
    // with none, or one the library does not hold, the current profile while it is still
    // there, else the first. profileChanged() follows when the shown profile is another.
    void reloadProfiles(const QString &select = {});

Q_SIGNALS:
    void libraryOpened();
    // The papers of `date` are listed (also after reloadCurrentDay()).
    void dayShown(const QDate &date);
    void profileChanged(const QString &name);
    // A rating moved the shown day's local ranking; the rows stayed where they were.
    void dayReranked(const QDate &date);
    // The reader asked to score these papers of `date` (all skipped before) with the LLM.
    void llmScoringRequested(const QDate &date, const QStringList &paperIds);
    // Results of a search over the whole library are listed.
    void searchShown(const QString &text);
    // The reader starred, rated, read or unread a paper, or edited its note.
    void readingChanged(const QString &paperId);
    // The reader pressed "Set Up Your Feed…" on the banner shown while only sample days are
    // stored; the banner goes once a day of their own is.
    void setupRequested();
    // The cached PDF `file` is handed to the system viewer (QDesktopServices::openUrl).
    void pdfHandedOff(const QUrl &file);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    QWidget *buildPaperPane();
    void resizeColumnsToDefault();
    QWidget *buildPreviewPane();
    void buildToolBar();
    void buildStatusBar();
    void buildActions();
    void buildGoActions(QMenu *menu);
    void buildPaperActions();
    void buildViewActions(QMenu *menu);
    QAction *addAction(QMenu *menu,
                       const QString &name,
                       const QString &text,
                       const QString &toolTip,
                       const QList<QKeySequence> &shortcuts,
                       const std::function<void()> &slot);
    void restoreSettings();
    void saveSettings();
    void showLibrary(const QString &path);
    void loadProfiles();
    void countDays();
    void showDay(int row);
    void showListing(const Digest::DayListing &listing);
    void showSearchResults(const QString &text,
                           const QList<Digest::ListedPaper> &results,
                           const QList<QDate> &days);
    void showPaperDay();
    void showPlaceholder(const QString &text);
    void selectPaperRow(const QString &paperId);
    void showCurrentPaper();
    PreviewContent previewContent(const Digest::ListedPaper &listed) const;
    void updateSummary();
    void onFilterEdited(const QString &text);
    void setLibrarySearch(bool on);
    void runLibrarySearch();
    void clearFilter();
    void focusFilter();
    void setDayColumnsShown(bool shown);
    void updateNetworkState(bool online);
    void openPdf();
    void openPdfExternally();
    void toggleStar();
    void toggleRead();
    void rate(Library::ReadingStore::Thumb thumb);
    void toggleNotInterested();
    void editNote();
    void saveNote(const QString &paperId, const QString &note);
    bool isWatched() const;
    void updateDwell();
    void markReadAfterDwell();
    void learnRatings();
    void showReranked(const Digest::DayListing &listing);
    void sortByRanking();
    QStringList selectedSkippedPapers() const;
    void updateScoreAction();
    void refreshPaper(const QString &paperId);
    bool reportFailure(const Result<void> &result); // true when it failed
    void reportFailure(const Error &error);
    enum class BannerAction { None, OfferSetup };
    void showBanner(const QString &text, BannerAction action = BannerAction::None);
    void showShortcutsDialog();

    std::unique_ptr<Library::Library> m_library;
    DayLoader *m_loader = nullptr;
    DayListModel *m_dayModel = nullptr;
    PaperTableModel *m_paperModel = nullptr;
    PaperFilterProxy *m_proxy = nullptr;
    QListView *m_dayView = nullptr;
    QTableView *m_paperView = nullptr;
    ColumnChooser *m_columnChooser = nullptr;
    QStackedWidget *m_paperStack = nullptr;
    QLabel *m_placeholder = nullptr;
    PaperPreview *m_preview = nullptr;
    NoteEditor *m_noteEditor = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_readingSplitter = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QToolButton *m_profileButton = nullptr;
    QAction *m_profileButtonAction = nullptr; // the button's place in the tool bar
    QLineEdit *m_filterEdit = nullptr;
    QAction *m_librarySearchAction = nullptr;
    QAction *m_scoreAction = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QWidget *m_bannerBar = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_setupButton = nullptr; // on the banner while only sample days are stored
    bool m_bannerOffersSetup = false;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_offlineLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    NetworkStatus *m_network = nullptr;
    QList<QPointer<QAction>> m_networkActions;
    QList<QAction *> m_remappableActions;
    QTimer m_dwellTimer; // runs only while the window is watched (isWatched())
    QTimer m_slowLoadTimer; // shows the placeholder when a day takes more than a second
    QTimer m_searchTimer; // lets typing pause before the library is searched
    Digest::DayListing m_listing; // the day last shown
    QDate m_requestedDate;
    QString m_keepPaperId; // selected again when the requested day arrives
    QString m_shownPaperId;
    QByteArray m_dayHeaderState; // the columns as the reader left them, while searching
    Net::HttpClient *m_http = nullptr;
    PdfOpener *m_pdfOpener = nullptr;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_MAINWINDOW_H
