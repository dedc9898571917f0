// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_CATEGORYLISTMODEL_H
#define SIEVE_UI_CATEGORYLISTMODEL_H

#include <app/arxiv/taxonomy.h>

#include <QAbstractListModel>
#include <QStringList>

namespace Sieve::Ui {

// The arXiv categories matching a search, best first, each checkable: checked means followed.
// The chosen set outlives the search, so narrowing the list never loses a choice.
class CategoryListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { CodeRole = Qt::UserRole + 1 };

    // `taxonomy` must outlive the model (Taxonomy::builtIn() does).
    explicit CategoryListModel(const Arxiv::Taxonomy &taxonomy, QObject *parent = nullptr);

    // Shows the categories Taxonomy::search() finds for `text`; blank shows them all.
    void setFilterText(const QString &text);

    QString filterText() const { return m_filterText; }

    // In the order they were chosen. Unknown codes are kept: a profile may follow a category
    // this build does not know yet.
    QStringList chosen() const { return m_chosen; }

    void setChosen(const QStringList &codes);
    void setChecked(const QString &code, bool checked);

    bool isChosen(const QString &code) const { return m_chosen.contains(code); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void chosenChanged(const QStringList &codes);

private:
    void emitCheckChanged(const QString &code);

    const Arxiv::Taxonomy &m_taxonomy;
    QList<Arxiv::Category> m_shown;
    QStringList m_chosen;
    QString m_filterText;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_CATEGORYLISTMODEL_H
