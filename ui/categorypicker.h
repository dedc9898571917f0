// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_CATEGORYPICKER_H
#define SIEVE_UI_CATEGORYPICKER_H

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListView;
class QListWidget;
class QModelIndex;
class QPushButton;

namespace Sieve::Ui {

class CategoryListModel;

// The categories a profile follows, picked by searching the arXiv taxonomy: a search field and
// its matches on the left ("cs.LG", "machine learning" and "galaxies" all find something), the
// chosen ones on the right. Enter in the search field follows the best match, Down moves into
// the matches, Space or Enter there follows or unfollows one, Delete in the chosen list removes
// one. The settings dialog and the first-start setup share it.
class CategoryPicker : public QWidget
{
    Q_OBJECT

public:
    explicit CategoryPicker(QWidget *parent = nullptr);

    // In the order they were chosen.
    QStringList chosen() const;
    void setChosen(const QStringList &codes);

    QLineEdit *searchEdit() const { return m_search; }

    QPushButton *removeButton() const { return m_removeButton; }

Q_SIGNALS:
    void chosenChanged(const QStringList &codes);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildSearchColumn();
    QWidget *buildChosenColumn();
    void toggleCategory(const QModelIndex &index);
    void showChosen(const QStringList &codes);
    void removeSelected();

    CategoryListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_view = nullptr;
    QListWidget *m_chosenList = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_CATEGORYPICKER_H
