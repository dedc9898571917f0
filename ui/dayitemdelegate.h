// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_DAYITEMDELEGATE_H
#define SIEVE_UI_DAYITEMDELEGATE_H

#include <QStyledItemDelegate>

namespace Sieve::Ui {

// Paints a day of DayListModel on two lines: the date, then its counts and status, muted.
class DayItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_DAYITEMDELEGATE_H
