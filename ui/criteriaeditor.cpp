// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "criteriaeditor.h"

#include "colours.h"
#include "markdownhighlighter.h"
#include "messagebar.h"
#include "runpanel.h"
#include "windowsize.h"

#include <app/core/textext.h>
#include <app/digest/dayview.h>
#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/platform/logging.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace Sieve::Ui {

namespace {

constexpr auto AstrophysicsCriteria =
    "Score papers on how galaxies form and change, and on what they tell us about dark matter. "
    "Observations, simulations and theory all count; a new survey or instrument counts when it "
    "changes what can be measured.\n"
    "\n"
    "1. Galaxy Evolution\n"
    "   - Relevant: Star formation histories, quenching, galaxy mergers, the growth of discs and "
    "bulges, galaxies at high redshift.\n"
    "   - Irrelevant: Catalogues released without analysis.\n"
    "\n"
    "2. Dark Matter on Small Scales\n"
    "   - Relevant: Dwarf galaxies, dark matter halos and subhalos, rotation curves, tests of "
    "cold, warm or self-interacting dark matter.\n"
    "   - Irrelevant: Particle physics searches with no astrophysical consequence.\n"
    "\n"
    "3. Simulations of Structure Formation\n"
    "   - Relevant: Cosmological and zoom-in simulations, feedback models, comparisons of "
    "simulated and observed galaxies.\n"
    "   - Irrelevant: Code performance papers with no physical result.\n"
    "\n"
    "**Keywords:**\n"
    "\n"
    "- Relevant: dwarf galaxy, dark matter halo, galaxy formation, quenching, stellar mass, "
    "JWST, rotation curve\n"
    "- Irrelevant: exoplanet, solar flare, stellar wind, gravitational-wave detector";

void replaceText(QPlainTextEdit *editor, const QString &text)
{
    if (editor->toPlainText() == text) {
        return;
    }
    // Through a cursor, not setPlainText(), so the change is one step on the undo stack.
    QTextCursor cursor(editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
}

QStringList localOrder(const Digest::DayListing &listing)
{
    QList<Digest::ListedPaper> papers = listing.papers;
    std::stable_sort(papers.begin(), papers.end(), [](const auto &a, const auto &b) {
        return a.localRank < b.localRank;
    });
    QStringList ids;
    for (const Digest::ListedPaper &paper : papers) {
        ids.append(paper.paper.id);
    }
    return ids;
}

QString deltaText(int delta)
{
    if (delta > 0) {
        //: A paper moved up this many places
        return CriteriaEditor::tr("▲ %1").arg(delta);
    }
    if (delta < 0) {
        //: A paper moved down this many places
        return CriteriaEditor::tr("▼ %1").arg(-delta);
    }
    return CriteriaEditor::tr("–");
}

QTableWidgetItem *rankItem(const std::optional<int> &rank)
{
    //: In the before/after table: the paper was not in that order
    auto *item =
        new QTableWidgetItem(rank ? QString::number(*rank) : CriteriaEditor::tr("not listed"));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

CriteriaEditor::CriteriaEditor(QWidget *parent)
    : QDialog(parent)
    , m_watcher(new QFutureWatcher<Orders>(this))
{
    setObjectName(QStringLiteral("criteriaEditor"));
    setWindowTitle(tr("Criteria"));
    buildUi();
    setProfile(m_saved);
    connect(m_watcher, &QFutureWatcher<Orders>::finished, this, [this] {
        onOrders(m_task, m_watcher->result());
        if (!m_queued.isEmpty()) {
            const OrdersRequest next = m_queued.takeFirst();
            runOrders(next.task, next.before, next.after);
        }
    });
}

CriteriaEditor::~CriteriaEditor()
{
    // The worker holds only copies and its own library; it must still end before we do.
    m_watcher->waitForFinished();
}

QPlainTextEdit *CriteriaEditor::makeEditor(const QString &objectName)
{
    auto *editor = new QPlainTextEdit(this);
    editor->setObjectName(objectName);
    editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor->setTabChangesFocus(true);
    editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    new MarkdownHighlighter(editor->document(), editor->palette());
    connect(editor, &QPlainTextEdit::undoAvailable, this, &CriteriaEditor::updateUndoButtons);
    connect(editor, &QPlainTextEdit::redoAvailable, this, &CriteriaEditor::updateUndoButtons);
    return editor;
}

void CriteriaEditor::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::PaletteChange) {
        return;
    }

    // A theme switched while the editor is open: the highlighting and the table's tints follow.
    for (QPlainTextEdit *editor : {m_system, m_criteria, m_rubric}) {
        if (auto *highlighter = editor->document()->findChild<MarkdownHighlighter *>()) {
            highlighter->setPalette(editor->palette());
        }
    }
    if (m_table->isVisible() && m_comparisonChoice->count() > 0) {
        if (const auto shown = comparison(m_comparisonChoice->currentData().value<Comparison>())) {
            fillTable(*shown);
        }
    }
}

QToolButton *
CriteriaEditor::makeToolButton(const QString &objectName, const QString &text, const QIcon &icon)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(text);
    button->setIcon(icon);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

QHBoxLayout *CriteriaEditor::buildToolRow()
{
    m_presets = new QComboBox(this);
    m_presets->setObjectName(QStringLiteral("presetCombo"));
    //: First entry of the presets list, a prompt rather than a preset
    m_presets->addItem(tr("Start from a preset…"));
    m_presets->addItems(presetNames());
    m_presets->setToolTip(tr("Replace the three texts with a preset; Undo brings yours back."));
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index > 0) {
            applyPreset(index - 1);
        }
        m_presets->setCurrentIndex(0);
    });

    auto *import = new QPushButton(tr("Import prompt file…"), this);
    import->setObjectName(QStringLiteral("importButton"));
    import->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(import, &QPushButton::clicked, this, &CriteriaEditor::chooseAndImportPrompt);

    m_undo = makeToolButton(
        QStringLiteral("undoButton"),
        tr("Undo"),
        QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_ArrowBack)));
    m_undo->setToolTip(tr("Undo the last change in this text"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = makeToolButton(QStringLiteral("redoButton"),
                            tr("Redo"),
                            QIcon::fromTheme(QStringLiteral("edit-redo"),
                                             style()->standardIcon(QStyle::SP_ArrowForward)));
    m_redo->setToolTip(tr("Redo what was undone in this text"));
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_undo, &QToolButton::clicked, this, [this] {
        currentEditor()->undo();
    });
    connect(m_redo, &QToolButton::clicked, this, [this] {
        currentEditor()->redo();
    });

    auto *tools = new QHBoxLayout();
    tools->addWidget(m_presets);
    tools->addWidget(import);
    tools->addStretch(1);
    tools->addWidget(m_undo);
    tools->addWidget(m_redo);

    return tools;
}

QTabWidget *CriteriaEditor::buildEditors()
{
    m_system = makeEditor(QStringLiteral("systemPromptEdit"));
    m_criteria = makeEditor(QStringLiteral("criteriaEdit"));
    m_rubric = makeEditor(QStringLiteral("rubricEdit"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("textTabs"));
    m_tabs->addTab(m_criteria, tr("Criteria"));
    m_tabs->addTab(m_system, tr("System prompt"));
    m_tabs->addTab(m_rubric, tr("Rubric"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &CriteriaEditor::updateUndoButtons);

    return m_tabs;
}

QWidget *CriteriaEditor::buildResults()
{
    m_rescore = new QPushButton(tr("Re-score this day"), this);
    m_rescore->setObjectName(QStringLiteral("rescoreButton"));
    m_rescore->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_rescore->setToolTip(tr("Re-rank the day with the local ranker and the edited criteria. "
                             "Free and offline; nothing is saved."));
    connect(m_rescore, &QPushButton::clicked, this, &CriteriaEditor::rescoreLocally);
    m_llmRescore = new QPushButton(tr("Also re-score with the LLM…"), this);
    m_llmRescore->setObjectName(QStringLiteral("llmRescoreButton"));
    m_llmRescore->setToolTip(tr("Show what an LLM run with the edited criteria would cost; "
                                "papers whose answer cannot change are not paid for again."));
    connect(m_llmRescore, &QPushButton::clicked, this, &CriteriaEditor::rescoreWithLlm);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_comparisonChoice = new QComboBox(this);
    m_comparisonChoice->setObjectName(QStringLiteral("comparisonCombo"));
    m_comparisonChoice->hide();
    connect(m_comparisonChoice, &QComboBox::activated, this, [this](int index) {
        showComparison(m_comparisonChoice->itemData(index).value<Comparison>());
    });

    auto *rescoreRow = new QHBoxLayout();
    rescoreRow->addWidget(m_rescore);
    rescoreRow->addWidget(m_llmRescore);
    rescoreRow->addWidget(m_status, 1);
    rescoreRow->addWidget(m_comparisonChoice);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setHorizontalHeaderLabels({tr("Paper"), tr("Before"), tr("After"), tr("Moved")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_tableHint = new QLabel(tr("Edit the criteria, then press “Re-score this day” to see how "
                                "each paper of the day moves. Nothing is saved until you press "
                                "Keep."),
                             this);
    m_tableHint->setObjectName(QStringLiteral("comparisonHintLabel"));
    m_tableHint->setAlignment(Qt::AlignCenter);
    m_tableHint->setWordWrap(true);
    m_tableHint->setForegroundRole(QPalette::PlaceholderText);
    m_tableHint->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6);
    setTableShown(false);

    m_runPanel = new RunPanel(this);
    m_runPanel->hide();
    connect(m_runPanel, &RunPanel::runFinished, this, &CriteriaEditor::onLlmRunFinished);
    connect(m_runPanel, &RunPanel::scoresChanged, this, &CriteriaEditor::scoresChanged);
    connect(m_runPanel,
            &RunPanel::providerSetupRequested,
            this,
            &CriteriaEditor::providerSetupRequested);

    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addLayout(rescoreRow);
    m_runPanel->layout()->setContentsMargins(0, 4, 0, 4);
    resultsLayout->addWidget(m_runPanel);
    resultsLayout->addWidget(m_table, 1);
    resultsLayout->addWidget(m_tableHint, 1);

    return results;
}

QDialogButtonBox *CriteriaEditor::buildButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    auto *keepButton = buttons->addButton(tr("Keep"), QDialogButtonBox::AcceptRole);
    keepButton->setObjectName(QStringLiteral("keepButton"));
    keepButton->setToolTip(tr("Save the edited texts to this profile"));
    auto *undoEditButton = buttons->addButton(tr("Undo edit"), QDialogButtonBox::ResetRole);
    undoEditButton->setObjectName(QStringLiteral("undoEditButton"));
    undoEditButton->setToolTip(tr("Bring back the texts as they were saved"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(keepButton, &QPushButton::clicked, this, &CriteriaEditor::keep);
    connect(undoEditButton, &QPushButton::clicked, this, &CriteriaEditor::undoEdit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    return buttons;
}

void CriteriaEditor::buildUi()
{
    m_message = new MessageBar(this);
    QHBoxLayout *tools = buildToolRow();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(buildEditors());
    splitter->addWidget(buildResults());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 300});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
    layout->addWidget(buildButtons());
    resizeWithinScreen(*this, QSize(920, 760));

    // Enter belongs to the text editors: no button, least of all a paid run, is the default.
    const QList<QPushButton *> pushButtons = findChildren<QPushButton *>();
    for (QPushButton *button : pushButtons) {
        button->setAutoDefault(false);
    }
    updateUndoButtons();
}

void CriteriaEditor::setLibrary(Library::Library *library)
{
    m_library = library;
    m_runPanel->setLibrary(library);
}

void CriteriaEditor::setDate(const QDate &date)
{
    m_date = date;
    m_runPanel->setDate(date);
    m_local.reset();
    m_llm.reset();
    setTableShown(false);
    m_comparisonChoice->hide();
    m_status->clear();
}

void CriteriaEditor::setProfile(const Scoring::ScoringProfile &profile)
{
    m_saved = profile;
    // A new baseline: its texts are not an edit, so nothing is left to undo.
    m_system->setPlainText(profile.systemPrompt);
    m_criteria->setPlainText(profile.criteria);
    m_rubric->setPlainText(profile.rubric);
    updateUndoButtons();
}

void CriteriaEditor::setProvider(const QString &kind, const Scoring::ProviderConfig &config)
{
    m_runPanel->setProvider(kind, config);
}

void CriteriaEditor::setScoringOptions(const Digest::ScoringOptions &options)
{
    m_runPanel->setOptions(options);
}

Scoring::ScoringProfile CriteriaEditor::editedProfile() const
{
    Scoring::ScoringProfile profile = m_saved;
    profile.systemPrompt = m_system->toPlainText();
    profile.criteria = m_criteria->toPlainText();
    profile.rubric = m_rubric->toPlainText();
    return profile;
}

bool CriteriaEditor::isModified() const
{
    const Scoring::ScoringProfile edited = editedProfile();
    return edited.systemPrompt != m_saved.systemPrompt || edited.criteria != m_saved.criteria
        || edited.rubric != m_saved.rubric;
}

std::optional<Digest::RescoreComparison> CriteriaEditor::comparison(Comparison which) const
{
    return which == Comparison::Local ? m_local : m_llm;
}

QStringList CriteriaEditor::presetNames()
{
    return {tr("Machine learning (the default)"), tr("Astrophysics: galaxies and dark matter")};
}

Scoring::ScoringProfile CriteriaEditor::preset(int index)
{
    Scoring::ScoringProfile profile = Scoring::ScoringProfile::defaults();
    if (index == 1) {
        profile.criteria = QString::fromUtf8(AstrophysicsCriteria);
    }
    return profile;
}

void CriteriaEditor::applyPreset(int index)
{
    if (index < 0 || index >= presetNames().size()) {
        return;
    }
    setTexts(preset(index));
    m_message->showMessage(
        MessageBar::Kind::Information,
        tr("Preset “%1” loaded. Undo brings your texts back.").arg(presetNames().at(index)));
}

void CriteriaEditor::setTexts(const Scoring::ScoringProfile &profile)
{
    replaceText(m_system, profile.systemPrompt);
    replaceText(m_criteria, profile.criteria);
    replaceText(m_rubric, profile.rubric);
}

QPlainTextEdit *CriteriaEditor::currentEditor() const
{
    auto *editor = qobject_cast<QPlainTextEdit *>(m_tabs->currentWidget());
    return editor ? editor : m_criteria;
}

void CriteriaEditor::updateUndoButtons()
{
    const QTextDocument *document = currentEditor()->document();
    m_undo->setEnabled(document->isUndoAvailable());
    m_redo->setEnabled(document->isRedoAvailable());
}

void CriteriaEditor::chooseAndImportPrompt()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a prompt file"), QString(), tr("Markdown (*.md *.markdown *.txt)"));
    if (!path.isEmpty()) {
        importPromptFile(path);
    }
}

bool CriteriaEditor::importPromptFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcUi) << "prompt file could not be opened:" << path << file.errorString();
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("%1 could not be opened.").arg(QFileInfo(path).fileName()));
        return false;
    }
    const Result<Scoring::ScoringProfile> imported =
        Scoring::ScoringProfile::importPrompt(QString::fromUtf8(file.readAll()));
    if (!imported) {
        qCInfo(lcUi) << "prompt file refused:" << path << imported.error().detail();
        m_message->showMessage(MessageBar::Kind::Error, imported.error().userMessage());
        return false;
    }
    setTexts(imported.value());
    m_message->showMessage(MessageBar::Kind::Positive,
                           tr("Imported %1. Undo brings your texts back; Keep saves them.")
                               .arg(QFileInfo(path).fileName()));
    return true;
}

CriteriaEditor::DayOrders CriteriaEditor::ordersOf(const Library::Library &library,
                                                   const QDate &date,
                                                   const Scoring::ScoringProfile &profile)
{
    DayOrders orders;
    const auto ranker = Digest::DayView::prepareRanker(library, profile);
    const std::optional<Digest::DayListing> listing =
        Digest::DayView::build(library, date, profile, *ranker);
    if (!listing) {
        orders.error = tr("%1 is not in the library.").arg(QLocale().toString(date));
        return orders;
    }
    orders.local = localOrder(*listing);
    orders.hasLlmScores = listing->hasLlmScores;
    for (const Digest::ListedPaper &paper : listing->papers) {
        orders.listed.append(paper.paper.id);
        orders.titles.insert(paper.paper.id, TexText::toPlainText(paper.paper.title));
    }
    return orders;
}

void CriteriaEditor::runOrders(Task task,
                               const std::optional<Scoring::ScoringProfile> &before,
                               const Scoring::ScoringProfile &after)
{
    if (!m_library) {
        return;
    }
    if (m_watcher->isRunning()) {
        m_queued.append({task, before, after});
        return;
    }
    m_task = task;
    const QString path = m_library->path();
    const QDate date = m_date;
    m_rescore->setEnabled(false);
    m_llmRescore->setEnabled(false);
    // The worker opens its own connection: a Library belongs to the thread that opened it.
    m_watcher->setFuture(QtConcurrent::run([path, date, before, after] {
        Orders orders;
        auto library = Library::Library::open(path);
        if (!library) {
            orders.after.error = library.error().userMessage();
            return orders;
        }
        if (before) {
            orders.before = ordersOf(*library.value(), date, *before);
        }
        orders.after = ordersOf(*library.value(), date, after);
        return orders;
    }));
}

void CriteriaEditor::rescoreLocally()
{
    if (!m_library || !m_date.isValid()) {
        m_message->showMessage(MessageBar::Kind::Warning, tr("Choose a day to re-score first."));
        return;
    }
    m_status->setText(tr("Re-ranking with the local ranker…"));
    runOrders(Task::Local, m_saved, editedProfile());
}

void CriteriaEditor::rescoreWithLlm()
{
    if (!m_library || !m_date.isValid()) {
        m_message->showMessage(MessageBar::Kind::Warning, tr("Choose a day to re-score first."));
        return;
    }
    // The LLM's order before the run is read now: a started run becomes the day's latest.
    m_runPanel->setEnabled(false);
    m_runPanel->setDate(m_date);
    m_runPanel->setProfile(editedProfile());
    m_runPanel->show();
    m_status->setText(tr("Reading the LLM's current order…"));
    runOrders(Task::LlmBefore, std::nullopt, m_saved);
}

void CriteriaEditor::onOrders(Task task, const Orders &orders)
{
    m_rescore->setEnabled(true);
    m_llmRescore->setEnabled(true);
    const QString error = !orders.after.error.isEmpty() ? orders.after.error : orders.before.error;
    if (!error.isEmpty()) {
        m_status->clear();
        m_runPanel->setEnabled(true);
        m_message->showMessage(MessageBar::Kind::Error, error);
        return;
    }
    m_titles.insert(orders.after.titles);

    switch (task) {
    case Task::Local:
        m_local = Digest::RescoreComparison::compare(orders.before.local, orders.after.local);
        showComparison(Comparison::Local);
        break;
    case Task::LlmBefore:
        m_llmBefore = orders.after.listed;
        m_llmBeforeWasLocal = !orders.after.hasLlmScores;
        m_status->setText(tr("Check the estimate, then press Start to re-score with the LLM."));
        m_runPanel->setEnabled(true);
        break;
    case Task::LlmAfter:
        m_llm = Digest::RescoreComparison::compare(m_llmBefore, orders.after.listed);
        showComparison(Comparison::Llm);
        break;
    }
}

void CriteriaEditor::onLlmRunFinished(const Digest::ScoringReport &report)
{
    if (m_llmBefore.isEmpty() || report.cancelled) {
        return;
    }
    runOrders(Task::LlmAfter, std::nullopt, editedProfile());
}

void CriteriaEditor::showComparison(Comparison which)
{
    const std::optional<Digest::RescoreComparison> shown = comparison(which);
    if (!shown) {
        return;
    }
    fillTable(*shown);

    QString what;
    if (which == Comparison::Local) {
        what = tr("Local ranker");
    } else if (m_llmBeforeWasLocal) {
        what = tr("LLM (before: the local order, the day had no LLM scores)");
    } else {
        what = tr("LLM");
    }
    //: %1 which ranking, %n papers moved, %2 top size, %3 entered, %4 left
    m_status->setText(
        tr("%1: %n paper(s) moved; %2 entered the top %3 and %4 left it.", "", shown->moved)
            .arg(what)
            .arg(shown->entered)
            .arg(shown->topCount)
            .arg(shown->left));

    m_comparisonChoice->clear();
    m_comparisonChoice->addItem(tr("Local ranker"), QVariant::fromValue(Comparison::Local));
    if (m_llm) {
        m_comparisonChoice->addItem(tr("LLM"), QVariant::fromValue(Comparison::Llm));
    }
    m_comparisonChoice->setCurrentIndex(which == Comparison::Llm && m_llm ? 1 : 0);
    m_comparisonChoice->setVisible(m_local && m_llm);
    if (!m_local) {
        m_comparisonChoice->hide();
    }
    setTableShown(true);
    Q_EMIT comparisonShown(which);
}

void CriteriaEditor::setTableShown(bool shown)
{
    m_table->setVisible(shown);
    m_tableHint->setVisible(!shown);
}

void CriteriaEditor::fillTable(const Digest::RescoreComparison &comparison)
{
    const QColor base = m_table->palette().color(QPalette::Base);
    const QColor enteredFill = tintFor(QColor(0xdc, 0xf2, 0xe1), base);
    const QColor leftFill = tintFor(QColor(0xfb, 0xe3, 0xe0), base);
    const bool dark = isDarkColour(base);
    const QColor up = dark ? QColor(0x7f, 0xd1, 0x95) : QColor(0x1e, 0x7d, 0x3a);
    const QColor down = dark ? QColor(0xf0, 0x8a, 0x7e) : QColor(0xb0, 0x2a, 0x1e);

    m_table->setRowCount(int(comparison.changes.size()));
    for (int row = 0; row < comparison.changes.size(); ++row) {
        const Digest::RankChange &change = comparison.changes.at(row);
        auto *paper = new QTableWidgetItem(m_titles.value(change.paperId, change.paperId));
        paper->setData(Qt::UserRole, change.paperId);
        paper->setToolTip(change.paperId);
        auto *moved = new QTableWidgetItem(deltaText(change.delta));
        moved->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (change.delta != 0) {
            moved->setForeground(change.delta > 0 ? up : down);
        }
        QList<QTableWidgetItem *> items = {
            paper, rankItem(change.before), rankItem(change.after), moved};
        if (change.enteredTop || change.leftTop) {
            const QString note = change.enteredTop
                ? tr("Entered the top %1").arg(comparison.topCount)
                : tr("Left the top %1").arg(comparison.topCount);
            for (QTableWidgetItem *item : items) {
                item->setBackground(change.enteredTop ? enteredFill : leftFill);
                item->setToolTip(note);
            }
        }
        for (int column = 0; column < items.size(); ++column) {
            m_table->setItem(row, column, items.at(column));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

bool CriteriaEditor::keep()
{
    if (!m_library) {
        return false;
    }
    const Scoring::ScoringProfile edited = editedProfile();
    const QString name = edited.name.isEmpty() ? QStringLiteral("default") : edited.name;
    Library::ProfileStore profiles(*m_library);
    const std::optional<Library::StoredProfile> stored = profiles.profile(name);
    const QStringList categories = stored ? stored->categories : QStringList();
    const Result<void> saved =
        profiles.save(Library::StoredProfile{name, categories, edited.criteria, edited.toJson()});
    if (!saved) {
        qCWarning(lcUi) << "profile could not be saved:" << name << saved.error().detail();
        m_message->showMessage(MessageBar::Kind::Error, saved.error().userMessage());
        return false;
    }
    m_saved = edited;
    qCInfo(lcUi) << "criteria saved for profile" << name;
    m_message->showMessage(MessageBar::Kind::Positive,
                           tr("Criteria saved. The next runs use them."));
    Q_EMIT profileSaved(edited);
    return true;
}

void CriteriaEditor::undoEdit()
{
    setTexts(m_saved);
    m_message->hide();
}

} // namespace Sieve::Ui
