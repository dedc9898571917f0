// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "authorspage.h"

#include "inlinemessage.h"
#include "keyfield.h"

#include <app/authors/followedauthors.h>
#include <app/authors/namematcher.h>
#include <app/platform/appsettings.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sieve::Ui {

namespace {

constexpr int DefaultCutoff = 10;
constexpr int MaxCutoff = 500;
constexpr double MaxMatchScore = 20; // relevance + novelty at their best

enum Column { EntryColumn, ReadAsColumn };

std::optional<Authors::FollowedAuthor> parsed(const QString &entry)
{
    const QList<Authors::FollowedAuthor> authors =
        Authors::FollowedAuthors::fromEntries({entry}).authors();
    return authors.isEmpty() ? std::nullopt : std::optional(authors.first());
}

// Two entries follow the same person when they name the same id, or read as the same name.
QString identity(const QString &entry)
{
    const auto author = parsed(entry);
    if (!author) {
        return {};
    }
    if (!author->s2Id.isEmpty()) {
        return QStringLiteral("s2:") + author->s2Id;
    }
    return Authors::NameMatcher::normalize(author->name);
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

AuthorsPage::AuthorsPage(Platform::SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
{
    m_entryEdit = new QLineEdit(this);
    m_entryEdit->setObjectName(QStringLiteral("authorLineEdit"));
    m_entryEdit->setPlaceholderText(
        tr("A name as papers list it, e.g. Hernández-Lobato, José Miguel; or s2:1741101"));
    m_entryEdit->setClearButtonEnabled(true);
    auto *entryLabel = new QLabel(tr("Follo&w:"), this);
    entryLabel->setBuddy(m_entryEdit);
    m_addButton = new QPushButton(tr("A&dd"), this);
    m_addButton->setObjectName(QStringLiteral("addAuthorButton"));
    m_addButton->setAutoDefault(false);
    m_entryHint = noteLabel(QString(), this);
    m_entryHint->setObjectName(QStringLiteral("authorHintLabel"));
    m_entryHint->setTextFormat(Qt::PlainText);
    connect(m_entryEdit, &QLineEdit::textChanged, this, &AuthorsPage::showTypedInterpretation);
    m_entryEdit->installEventFilter(this);
    connect(m_addButton, &QPushButton::clicked, this, &AuthorsPage::addTypedEntry);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("followedAuthorsTreeWidget"));
    //: Column headers of the followed authors: the entry, and how the matcher reads it
    m_list->setHeaderLabels({tr("Author"), tr("Read as")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setAccessibleName(tr("Followed authors"));
    m_list->header()->setSectionResizeMode(EntryColumn, QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(EntryColumn, 260);
    auto *listLabel = new QLabel(tr("&Followed authors:"), this);
    listLabel->setBuddy(m_list);
    connect(m_list, &QTreeWidget::itemChanged, this, &AuthorsPage::onItemChanged);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AuthorsPage::updateButtons);

    auto *pasteAction = new QAction(tr("Paste Authors"), m_list);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(pasteAction);
    connect(pasteAction, &QAction::triggered, this, &AuthorsPage::pasteEntries);
    auto *removeAction = new QAction(tr("Remove"), m_list);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &AuthorsPage::removeCurrent);

    m_editButton = new QPushButton(tr("&Edit"), this);
    m_editButton->setObjectName(QStringLiteral("editAuthorButton"));
    m_editButton->setAutoDefault(false);
    connect(m_editButton, &QPushButton::clicked, this, &AuthorsPage::editCurrent);
    m_removeButton = new QPushButton(tr("Re&move"), this);
    m_removeButton->setObjectName(QStringLiteral("removeAuthorButton"));
    m_removeButton->setAutoDefault(false);
    connect(m_removeButton, &QPushButton::clicked, this, &AuthorsPage::removeCurrent);
    auto *listButton = new QPushButton(tr("Add a l&ist…"), this);
    listButton->setObjectName(QStringLiteral("addAuthorListButton"));
    listButton->setAutoDefault(false);
    listButton->setToolTip(tr("Paste many authors at once, one per line (Ctrl+V in the list "
                              "does the same)"));
    connect(listButton, &QPushButton::clicked, this, &AuthorsPage::addList);
    m_listMessage = InlineMessage::create(QStringLiteral("authorsMessageLabel"), this);

    m_cutoffCheck =
        new QCheckBox(tr("Skip the LLM for papers without an author of &h-index"), this);
    m_cutoffCheck->setObjectName(QStringLiteral("hIndexCutoffCheckBox"));
    m_cutoffSpin = new QSpinBox(this);
    m_cutoffSpin->setObjectName(QStringLiteral("hIndexCutoffSpinBox"));
    m_cutoffSpin->setRange(1, MaxCutoff);
    m_cutoffSpin->setValue(DefaultCutoff);
    //: After the h-index cutoff: "... an author of h-index [10] or more"
    m_cutoffSpin->setSuffix(tr(" or more"));
    m_cutoffSpin->setAccessibleName(tr("Least h-index"));
    m_cutoffSpin->setEnabled(false);
    connect(m_cutoffCheck, &QCheckBox::toggled, m_cutoffSpin, &QWidget::setEnabled);

    m_scoreSpin = new QDoubleSpinBox(this);
    m_scoreSpin->setObjectName(QStringLiteral("authorMatchScoreSpinBox"));
    m_scoreSpin->setRange(0, MaxMatchScore);
    m_scoreSpin->setDecimals(1);
    m_scoreSpin->setSingleStep(1);
    //: After the followed-author score: "[20] of 20"
    m_scoreSpin->setSuffix(tr(" of 20"));

    m_keyField = new KeyField(QStringLiteral("s2Key"), secrets, this);
    m_keyField->lineEdit()->setAccessibleName(tr("Semantic Scholar API key"));
    m_keyField->setMissingText(tr("Optional: paste a Semantic Scholar API key"));
    m_keyField->setSecretName(Platform::AppSettings::semanticScholarSecretKey());

    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(entryLabel);
    entryRow->addWidget(m_entryEdit, 1);
    entryRow->addWidget(m_addButton);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_editButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addWidget(listButton);
    listButtons->addStretch();
    auto *cutoffRow = new QHBoxLayout;
    cutoffRow->addWidget(m_cutoffCheck);
    cutoffRow->addWidget(m_cutoffSpin);
    cutoffRow->addStretch();

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->addLayout(cutoffRow, 0, 0, 1, 2);
    grid->addWidget(noteLabel(tr("Semantic Scholar is asked in a few requests per day. Papers it "
                                 "does not know yet, or cannot be asked about, go to the LLM "
                                 "as usual; followed authors' papers always do."),
                              this),
                    1,
                    0,
                    1,
                    2);
    auto *scoreLabel = new QLabel(tr("Sc&ore of a followed author's paper:"), this);
    scoreLabel->setBuddy(m_scoreSpin);
    grid->addWidget(scoreLabel, 2, 0);
    grid->addWidget(m_scoreSpin, 2, 1, Qt::AlignLeft);
    m_keyField->addRows(grid, tr("Semantic Scholar API &key:"));
    grid->addWidget(noteLabel(tr("Optional: Semantic Scholar answers without a key, more slowly "
                                 "when it is busy. The key is kept in the system keychain, never "
                                 "in a file."),
                              this),
                    grid->rowCount(),
                    1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(entryRow);
    layout->addWidget(m_entryHint);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addWidget(m_listMessage);
    layout->addLayout(grid);

    showTypedInterpretation();
    updateButtons();
}

QString AuthorsPage::interpretation(const QString &entry, bool *problem)
{
    const auto setProblem = [problem](bool value) {
        if (problem) {
            *problem = value;
        }
    };
    setProblem(false);
    const auto author = parsed(entry);
    if (!author) {
        return {};
    }

    const QString name = Authors::NameMatcher::normalize(author->name);
    if (!author->s2Id.isEmpty()) {
        return name.isEmpty()
            ? tr("Semantic Scholar author %1, matched once Semantic Scholar knows the paper")
                  .arg(author->s2Id)
            : tr("Semantic Scholar author %1, or by name as “%2”").arg(author->s2Id, name);
    }
    if (author->name.startsWith(QLatin1String("s2:"), Qt::CaseInsensitive)) {
        setProblem(true);
        return tr("Not a Semantic Scholar id (s2: takes digits); read as the name “%1”").arg(name);
    }
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        setProblem(true);
        return tr("Matches no one: the name has no letters");
    }
    if (words.size() == 1) {
        setProblem(true);
        return tr("Only an author listed as just “%1”: add a given name or an initial").arg(name);
    }
    return tr("By name, read as “%1”; accents, initials, order and hyphens may differ").arg(name);
}

void AuthorsPage::load(const Scoring::ScoringProfile &profile)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const QString &entry :
             Authors::FollowedAuthors::fromEntries(profile.followedAuthors).entries()) {
            auto *item = new QTreeWidgetItem(m_list, {entry});
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            describe(item);
        }
    }
    m_cutoffCheck->setChecked(profile.hIndexCutoff > 0);
    m_cutoffSpin->setValue(profile.hIndexCutoff > 0 ? profile.hIndexCutoff : DefaultCutoff);
    m_scoreSpin->setValue(profile.authorMatchScore);
    m_listMessage->hide();
    updateButtons();
}

void AuthorsPage::apply(Scoring::ScoringProfile &profile) const
{
    profile.followedAuthors = entries();
    profile.hIndexCutoff = m_cutoffCheck->isChecked() ? m_cutoffSpin->value() : 0;
    profile.authorMatchScore = m_scoreSpin->value();
}

QStringList AuthorsPage::entries() const
{
    QStringList out;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        out.append(m_list->topLevelItem(row)->text(EntryColumn));
    }
    return out;
}

int AuthorsPage::addEntries(const QString &text)
{
    int added = 0;
    int known = 0;
    QTreeWidgetItem *last = nullptr;
    {
        const QSignalBlocker blocker(m_list);
        for (const QString &entry : Authors::FollowedAuthors::parse(text).entries()) {
            if (isFollowed(entry)) {
                ++known;
                continue;
            }
            last = new QTreeWidgetItem(m_list, {entry});
            last->setFlags(last->flags() | Qt::ItemIsEditable);
            describe(last);
            ++added;
        }
    }
    if (last) {
        m_list->setCurrentItem(last);
        m_list->scrollToItem(last);
    }

    QString message = tr("Added %n author(s).", "", added);
    if (known > 0) {
        message += QLatin1Char(' ') + tr("%n already followed.", "", known);
    }
    InlineMessage::show(m_listMessage, message, added == 0);
    updateButtons();
    return added;
}

// Enter adds the typed author instead of closing the dialog.
bool AuthorsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_entryEdit && event->type() == QEvent::KeyPress
        && !m_entryEdit->text().trimmed().isEmpty()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTypedEntry();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AuthorsPage::addTypedEntry()
{
    const QString text = m_entryEdit->text().trimmed();
    if (text.isEmpty()) {
        return;
    }
    if (addEntries(text) > 0 || isFollowed(text)) {
        m_entryEdit->clear();
    }
}

void AuthorsPage::addList()
{
    bool ok = false;
    const QString text =
        QInputDialog::getMultiLineText(this,
                                       tr("Add Followed Authors"),
                                       tr("One author per line: a name, or s2: and a Semantic "
                                          "Scholar author id. Lines starting with # are skipped."),
                                       QString(),
                                       &ok);
    if (ok) {
        addEntries(text);
    }
}

void AuthorsPage::pasteEntries()
{
    addEntries(QApplication::clipboard()->text());
}

void AuthorsPage::editCurrent()
{
    if (QTreeWidgetItem *item = m_list->currentItem()) {
        m_list->editItem(item, EntryColumn);
    }
}

void AuthorsPage::removeCurrent()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item) {
        return;
    }
    delete item;
    m_listMessage->hide();
    updateButtons();
}

void AuthorsPage::describe(QTreeWidgetItem *item)
{
    bool problem = false;
    const QString text = interpretation(item->text(EntryColumn), &problem);
    const QSignalBlocker blocker(m_list);
    item->setText(ReadAsColumn, text);
    item->setToolTip(ReadAsColumn, text);
    item->setIcon(ReadAsColumn,
                  problem ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
}

// An edit that empties the entry removes it; one that repeats another entry is dropped.
void AuthorsPage::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (column != EntryColumn) {
        return;
    }
    const auto author = parsed(item->text(EntryColumn));
    if (!author) {
        dropLater(item);
        return;
    }
    if (isFollowed(item->text(EntryColumn), item)) {
        InlineMessage::show(
            m_listMessage, tr("%1 is already followed.").arg(item->text(EntryColumn)), true);
        dropLater(item);
        return;
    }
    {
        const QSignalBlocker blocker(m_list);
        item->setText(EntryColumn, author->entry());
    }
    describe(item);
}

// Not from within the view's own signal: the item is removed once the edit has ended.
void AuthorsPage::dropLater(QTreeWidgetItem *item)
{
    QTimer::singleShot(0, this, [this, item] {
        const int row = m_list->indexOfTopLevelItem(item);
        if (row >= 0) {
            delete m_list->takeTopLevelItem(row);
        }
        updateButtons();
    });
}

void AuthorsPage::showTypedInterpretation()
{
    const QString text = m_entryEdit->text().trimmed();
    m_addButton->setEnabled(!text.isEmpty());
    if (text.isEmpty()) {
        m_entryHint->setText(tr("Papers by followed authors rank first with the score below and "
                                "pass every cutoff and filter."));
        return;
    }
    const QString read = interpretation(text);
    m_entryHint->setText(isFollowed(text) ? tr("Already followed.") : read);
}

void AuthorsPage::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

bool AuthorsPage::isFollowed(const QString &entry, const QTreeWidgetItem *except) const
{
    const QString key = identity(entry);
    if (key.isEmpty()) {
        return false;
    }
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item != except && identity(item->text(EntryColumn)) == key) {
            return true;
        }
    }
    return false;
}

} // namespace Sieve::Ui
