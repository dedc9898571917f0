// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "categorylistmodel.h"

namespace Sieve::Ui {

CategoryListModel::CategoryListModel(const Arxiv::Taxonomy &taxonomy, QObject *parent)
    : QAbstractListModel(parent)
    , m_taxonomy(taxonomy)
    , m_shown(taxonomy.categories())
{
}

void CategoryListModel::setFilterText(const QString &text)
{
    beginResetModel();
    m_filterText = text;
    m_shown = m_taxonomy.search(text);
    endResetModel();
}

void CategoryListModel::setChosen(const QStringList &codes)
{
    QStringList unique;
    for (const QString &code : codes) {
        const auto known = m_taxonomy.category(code);
        const QString canonical = known ? known->code : code.trimmed();
        if (!canonical.isEmpty() && !unique.contains(canonical)) {
            unique.append(canonical);
        }
    }
    if (unique == m_chosen) {
        return;
    }

    m_chosen = unique;
    if (!m_shown.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
    }
    Q_EMIT chosenChanged(m_chosen);
}

void CategoryListModel::setChecked(const QString &code, bool checked)
{
    if (checked == m_chosen.contains(code)) {
        return;
    }
    if (checked) {
        m_chosen.append(code);
    } else {
        m_chosen.removeAll(code);
    }
    emitCheckChanged(code);
    Q_EMIT chosenChanged(m_chosen);
}

int CategoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant CategoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }

    const Arxiv::Category &category = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        //: A category in the picker: its code, then its name, e.g. "cs.LG  Machine Learning"
        return tr("%1  %2").arg(category.code, category.name);
    case Qt::ToolTipRole:
        return tr("%1 (%2, %3)").arg(category.name, category.archiveName, category.group);
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(category.code, category.name);
    case Qt::CheckStateRole:
        return m_chosen.contains(category.code) ? Qt::Checked : Qt::Unchecked;
    case CodeRole:
        return category.code;
    default:
        return {};
    }
}

bool CategoryListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    setChecked(m_shown.at(index.row()).code, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags CategoryListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
        | Qt::ItemNeverHasChildren;
}

void CategoryListModel::emitCheckChanged(const QString &code)
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_shown.at(row).code == code) {
            Q_EMIT dataChanged(index(row), index(row), {Qt::CheckStateRole});
        }
    }
}

} // namespace Sieve::Ui
