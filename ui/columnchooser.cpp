// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "columnchooser.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace Sieve::Ui {

ColumnChooser::ColumnChooser(QTableView *view, int nameRole)
    : QObject(view)
    , m_view(view)
    , m_nameRole(nameRole)
{
    QHeaderView *header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &ColumnChooser::showMenu);
}

void ColumnChooser::setFixedColumns(const QList<int> &columns)
{
    m_fixed = columns;
}

void ColumnChooser::fillMenu(QMenu *menu)
{
    menu->clear();
    const QAbstractItemModel *model = m_view->model();
    QList<int> offered;

    // In the order the reader sees the columns, which may not be the model's.
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (m_fixed.contains(column)) {
            continue;
        }
        QString name = model->headerData(column, Qt::Horizontal, m_nameRole).toString();
        if (name.isEmpty()) {
            name = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        }
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(column));
        connect(action, &QAction::toggled, m_view, [view = m_view, column](bool shown) {
            view->setColumnHidden(column, !shown);
        });
        offered.append(column);
    }

    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Reset Columns"));
    reset->setObjectName(QStringLiteral("resetColumnsAction"));
    connect(reset, &QAction::triggered, this, [this, offered] {
        for (const int column : offered) {
            m_view->setColumnHidden(column, false);
        }
        Q_EMIT resetRequested();
    });
}

void ColumnChooser::showMenu(const QPoint &pos)
{
    auto *menu = new QMenu(m_view);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    fillMenu(menu);
    menu->popup(m_view->horizontalHeader()->viewport()->mapToGlobal(pos));
}

} // namespace Sieve::Ui
