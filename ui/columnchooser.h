// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_COLUMNCHOOSER_H
#define SIEVE_UI_COLUMNCHOOSER_H

#include <QList>
#include <QObject>

class QMenu;
class QPoint;
class QTableView;

namespace Sieve::Ui {

// The menu of a table's columns, which its header opens on a right click and a window's menu
// may show too: one checkable entry per column that the reader may hide, and "Reset Columns".
// Hidden columns are part of the header's state, so whoever saves that state keeps the choice.
class ColumnChooser : public QObject
{
    Q_OBJECT

public:
    // Entries are named by the model's header data for nameRole, or its display text.
    ColumnChooser(QTableView *view, int nameRole);

    // Columns left out of the menu: one that must stay, or one that the owner shows and hides
    // itself (a column that means nothing in the current mode).
    void setFixedColumns(const QList<int> &columns);

    // Replaces menu's entries with those of the current columns (call it as the menu is about
    // to show: columns come and go with the owner's mode).
    void fillMenu(QMenu *menu);

Q_SIGNALS:
    // After "Reset Columns" showed every column of the menu: the owner restores the widths.
    void resetRequested();

private:
    void showMenu(const QPoint &pos);

    QTableView *m_view = nullptr;
    int m_nameRole = 0;
    QList<int> m_fixed;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_COLUMNCHOOSER_H
