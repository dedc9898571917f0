// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "categorypicker.h"

#include "categorylistmodel.h"

#include <app/arxiv/taxonomy.h>

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Sieve::Ui {

CategoryPicker::CategoryPicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new CategoryListModel(Arxiv::Taxonomy::builtIn(), this))
{
    connect(m_model, &CategoryListModel::chosenChanged, this, [this](const QStringList &codes) {
        showChosen(codes);
        Q_EMIT chosenChanged(codes);
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildSearchColumn(), 3);
    layout->addWidget(buildChosenColumn(), 2);
    setFocusProxy(m_search);
}

QStringList CategoryPicker::chosen() const
{
    return m_model->chosen();
}

void CategoryPicker::setChosen(const QStringList &codes)
{
    m_model->setChosen(codes);
    showChosen(m_model->chosen());
}

QWidget *CategoryPicker::buildSearchColumn()
{
    auto *column = new QWidget(this);
    auto *searchLabel = new QLabel(tr("&Find a category:"), column);
    m_search = new QLineEdit(column);
    m_search->setObjectName(QStringLiteral("categorySearchLineEdit"));
    m_search->setPlaceholderText(tr("A code, a subject or a field: cs.LG, machine "
                                    "learning, galaxies"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a category"));
    m_search->installEventFilter(this);
    searchLabel->setBuddy(m_search);

    m_view = new QListView(column);
    m_view->setObjectName(QStringLiteral("categoryListView"));
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true);
    m_view->setAccessibleName(tr("Matching categories"));
    m_view->setAccessibleDescription(tr("Space or Enter follows or unfollows the "
                                        "selected category."));
    m_view->installEventFilter(this);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilterText(text);
        if (m_model->rowCount() > 0) {
            m_view->setCurrentIndex(m_model->index(0));
        }
    });
    connect(m_view, &QListView::doubleClicked, this, &CategoryPicker::toggleCategory);

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    return column;
}

QWidget *CategoryPicker::buildChosenColumn()
{
    auto *column = new QWidget(this);
    auto *chosenLabel = new QLabel(tr("F&ollowing:"), column);
    m_chosenList = new QListWidget(column);
    m_chosenList->setObjectName(QStringLiteral("chosenListWidget"));
    m_chosenList->setAccessibleName(tr("Followed categories"));
    // A long name wraps within the column rather than hiding behind a horizontal scroll bar.
    m_chosenList->setWordWrap(true);
    m_chosenList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chosenList->setResizeMode(QListView::Adjust);
    chosenLabel->setBuddy(m_chosenList);

    auto *removeAction = new QAction(tr("Remove"), m_chosenList);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_chosenList->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &CategoryPicker::removeSelected);

    m_removeButton = new QPushButton(tr("Re&move"), column);
    m_removeButton->setObjectName(QStringLiteral("removeCategoryButton"));
    m_removeButton->setAutoDefault(false);
    m_removeButton->setEnabled(false);
    connect(m_removeButton, &QPushButton::clicked, this, &CategoryPicker::removeSelected);
    connect(m_chosenList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_removeButton->setEnabled(row >= 0);
    });

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(chosenLabel);
    layout->addWidget(m_chosenList);
    layout->addWidget(m_removeButton, 0, Qt::AlignRight);
    return column;
}

bool CategoryPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || (watched != m_search && watched != m_view)) {
        return QWidget::eventFilter(watched, event);
    }

    const auto *keyEvent = static_cast<QKeyEvent *>(event);
    const int key = keyEvent->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        // Enter follows the highlighted category instead of closing the dialog around it.
        QModelIndex index = m_view->currentIndex();
        if (!index.isValid() && m_model->rowCount() > 0) {
            index = m_model->index(0);
        }
        toggleCategory(index);
        return true;
    }
    if (watched == m_search && key == Qt::Key_Down && m_model->rowCount() > 0) {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid()) {
            m_view->setCurrentIndex(m_model->index(0));
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CategoryPicker::toggleCategory(const QModelIndex &index)
{
    if (!index.isValid()) {
        return;
    }
    const QString code = index.data(CategoryListModel::CodeRole).toString();
    m_model->setChecked(code, !m_model->isChosen(code));
}

void CategoryPicker::showChosen(const QStringList &codes)
{
    const QString current = m_chosenList->currentItem()
        ? m_chosenList->currentItem()->data(Qt::UserRole).toString()
        : QString();
    m_chosenList->clear();
    for (const QString &code : codes) {
        const auto category = Arxiv::Taxonomy::builtIn().category(code);
        auto *item = new QListWidgetItem(
            category ? tr("%1  %2").arg(category->code, category->name) : code, m_chosenList);
        item->setData(Qt::UserRole, code);
        item->setToolTip(item->text());
        if (code == current) {
            m_chosenList->setCurrentItem(item);
        }
    }
    m_removeButton->setEnabled(m_chosenList->currentRow() >= 0);
}

void CategoryPicker::removeSelected()
{
    const QListWidgetItem *item = m_chosenList->currentItem();
    if (!item) {
        return;
    }
    const int row = m_chosenList->currentRow();
    m_model->setChecked(item->data(Qt::UserRole).toString(), false);
    if (m_chosenList->count() > 0) {
        m_chosenList->setCurrentRow(std::min(row, m_chosenList->count() - 1));
    }
}

} // namespace Sieve::Ui
