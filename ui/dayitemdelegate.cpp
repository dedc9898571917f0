// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dayitemdelegate.h"

#include "daylistmodel.h"

#include <app/core/day.h>

#include <QApplication>
#include <QPainter>

namespace Sieve::Ui {

namespace {

constexpr int HorizontalPadding = 10;
constexpr int VerticalPadding = 6;
constexpr int LineGap = 2;
constexpr int MarkSize = 8;

// A dot saying at a glance what the day holds: scored, still to come, failed or skipped by
// arXiv. Days ranked only locally get none.
void paintStatusMark(QPainter *painter, const QModelIndex &index, const QRect &rect)
{
    QColor colour;
    switch (DayStatus(index.data(DayListModel::StatusRole).toInt())) {
    case DayStatus::Announced:
        if (!index.data(DayListModel::ScoredRole).toBool()) {
            return;
        }
        colour = QColor(0x2e, 0x9d, 0x5b);
        break;
    case DayStatus::NotYetAnnounced:
        colour = QColor(0xe0, 0x9b, 0x1a);
        break;
    case DayStatus::Failed:
        colour = QColor(0xd0, 0x3b, 0x3b);
        break;
    case DayStatus::NoAnnouncement:
        colour = QColor(0x99, 0x99, 0x99);
        break;
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawEllipse(rect);
}

QFont titleFont(const QStyleOptionViewItem &option)
{
    QFont font = option.font;
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont detailFont(const QStyleOptionViewItem &option)
{
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

} // namespace

void DayItemDelegate::paint(QPainter *painter,
                            const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(selected ? 0.85f : 0.6f);

    const QRect area =
        option.rect.adjusted(HorizontalPadding, VerticalPadding, -HorizontalPadding, 0);
    const QFont first = titleFont(option);
    const QFont second = detailFont(option);
    const int firstHeight = QFontMetrics(first).height();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect titleRect(area.left(), area.top(), area.width() - MarkSize - 4, firstHeight);
    const int markTop = titleRect.center().y() - MarkSize / 2;
    paintStatusMark(painter, index, QRect(area.right() - MarkSize, markTop, MarkSize, MarkSize));
    painter->setFont(first);
    painter->setPen(text);
    painter->drawText(titleRect,
                      Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(DayListModel::TitleRole).toString());

    painter->setFont(second);
    painter->setPen(muted);
    const QFontMetrics detailMetrics(second);
    const QRect detailRect(
        area.left(), titleRect.bottom() + LineGap, area.width(), detailMetrics.height());
    const QString detail = detailMetrics.elidedText(
        index.data(DayListModel::DetailRole).toString(), Qt::ElideRight, detailRect.width());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter, detail);
    painter->restore();
}

QSize DayItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    const int height = QFontMetrics(titleFont(option)).height() + LineGap
        + QFontMetrics(detailFont(option)).height() + 2 * VerticalPadding;
    return {200, height};
}

} // namespace Sieve::Ui
