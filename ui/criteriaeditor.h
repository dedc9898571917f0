// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_CRITERIAEDITOR_H
#define SIEVE_UI_CRITERIAEDITOR_H

#include <app/digest/dayscorer.h>
#include <app/digest/rescorecomparison.h>
#include <app/scoring/provider.h>
#include <app/scoring/scoringprofile.h>

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QHBoxLayout;
class QIcon;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QToolButton;

template <typename T>
class QFutureWatcher;

namespace Sieve::Library {
class Library;
}

namespace Sieve::Ui {

class MessageBar;
class RunPanel;

// Edits a profile's system prompt, criteria and rubric, and shows what an edit does to a day:
// the local ranker re-ranks at once (on a worker thread, with its own library connection), the
// LLM re-scores on request after showing its estimate, and a before/after table shows how far
// each paper moved. Nothing is saved until keep().
class CriteriaEditor : public QDialog
{
    Q_OBJECT

public:
    enum class Comparison { Local, Llm };
    Q_ENUM(Comparison)

    explicit CriteriaEditor(QWidget *parent = nullptr);
    ~CriteriaEditor() override;

    // Not owned, GUI thread, alive while the editor is. It must be a file (its path() is
    // opened again by the worker thread), not ":memory:".
    void setLibrary(Library::Library *library);
    void setDate(const QDate &date);
    // The profile as saved: the "before" of every comparison and what undoEdit() restores.
    void setProfile(const Scoring::ScoringProfile &profile);
    // For the LLM re-score; see RunPanel::setProvider(). The key is the caller's to keep.
    void setProvider(const QString &kind, const Scoring::ProviderConfig &config);
    void setScoringOptions(const Digest::ScoringOptions &options);

    Scoring::ScoringProfile savedProfile() const { return m_saved; }

    Scoring::ScoringProfile editedProfile() const; // the saved one with the three texts edited
    bool isModified() const;

    std::optional<Digest::RescoreComparison> comparison(Comparison which) const;

    RunPanel *runPanel() const { return m_runPanel; }

    static QStringList presetNames(); // index 0 is ScoringProfile::defaults()
    static Scoring::ScoringProfile preset(int index);

public Q_SLOTS:
    void applyPreset(int index); // replaces the three texts; Undo brings them back
    bool importPromptFile(const QString &path); // errors go to the message bar
    void chooseAndImportPrompt();
    void rescoreLocally();
    void rescoreWithLlm(); // shows the LLM's estimate; the run starts from the run panel
    bool keep(); // saves the edited texts to the library's profile store
    void undoEdit(); // brings back the saved texts, as one undoable step per editor

Q_SIGNALS:
    void comparisonShown(Sieve::Ui::CriteriaEditor::Comparison which);
    void profileSaved(const Sieve::Scoring::ScoringProfile &profile);
    void scoresChanged(const QDate &date);
    void providerSetupRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct DayOrders
    {
        QStringList local; // by the local ranker's rank
        QStringList listed; // the reading list's order: the LLM's when the day was scored
        bool hasLlmScores = false;
        QHash<QString, QString> titles;
        QString error; // user text; empty on success
    };

    struct Orders
    {
        DayOrders before;
        DayOrders after;
    };

    enum class Task { Local, LlmBefore, LlmAfter };

    struct OrdersRequest
    {
        Task task = Task::Local;
        std::optional<Scoring::ScoringProfile> before;
        Scoring::ScoringProfile after;
    };

    void buildUi();
    QHBoxLayout *buildToolRow();
    QTabWidget *buildEditors();
    QWidget *buildResults();
    QDialogButtonBox *buildButtons();
    QToolButton *makeToolButton(const QString &objectName, const QString &text, const QIcon &icon);
    QPlainTextEdit *makeEditor(const QString &objectName);
    QPlainTextEdit *currentEditor() const;
    void updateUndoButtons();
    void setTexts(const Scoring::ScoringProfile &profile);
    void runOrders(Task task,
                   const std::optional<Scoring::ScoringProfile> &before,
                   const Scoring::ScoringProfile &after);
    void onOrders(Task task, const Orders &orders);
    void onLlmRunFinished(const Digest::ScoringReport &report);
    void showComparison(Comparison which);
    void fillTable(const Digest::RescoreComparison &comparison);
    void setTableShown(bool shown);
    static DayOrders ordersOf(const Library::Library &library,
                              const QDate &date,
                              const Scoring::ScoringProfile &profile);

    Library::Library *m_library = nullptr;
    QDate m_date;
    Scoring::ScoringProfile m_saved = Scoring::ScoringProfile::defaults();
    std::optional<Digest::RescoreComparison> m_local;
    std::optional<Digest::RescoreComparison> m_llm;
    QStringList m_llmBefore;
    bool m_llmBeforeWasLocal = false;
    QHash<QString, QString> m_titles;
    QFutureWatcher<Orders> *m_watcher = nullptr;
    Task m_task = Task::Local;
    QList<OrdersRequest> m_queued; // asked for while the worker was busy; run in order

    MessageBar *m_message = nullptr;
    QComboBox *m_presets = nullptr;
    QToolButton *m_undo = nullptr;
    QToolButton *m_redo = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_system = nullptr;
    QPlainTextEdit *m_criteria = nullptr;
    QPlainTextEdit *m_rubric = nullptr;
    QPushButton *m_rescore = nullptr;
    QPushButton *m_llmRescore = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_comparisonChoice = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_tableHint = nullptr; // stands in for the table until a re-score fills it
    RunPanel *m_runPanel = nullptr;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_CRITERIAEDITOR_H
