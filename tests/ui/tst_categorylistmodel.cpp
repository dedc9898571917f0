// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <ui/categorylistmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Sieve::Arxiv::Taxonomy;
using Sieve::Ui::CategoryListModel;

namespace {

QString codeAt(const CategoryListModel &model, int row)
{
    return model.index(row).data(CategoryListModel::CodeRole).toString();
}

} // namespace

class TstCategoryListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryCategoryBeforeASearch();
    void searchOrdersRowsBestFirst();
    void checkingARowChoosesItsCategory();
    void choicesSurviveANarrowerSearch();
    void setChosenUsesArxivSpellingAndKeepsUnknownCodes();
};

void TstCategoryListModel::showsEveryCategoryBeforeASearch()
{
    CategoryListModel model(Taxonomy::builtIn());
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), int(Taxonomy::builtIn().categories().size()));
    QCOMPARE(model.index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model.flags(model.index(0)).testFlag(Qt::ItemIsUserCheckable));
}

void TstCategoryListModel::searchOrdersRowsBestFirst()
{
    CategoryListModel model(Taxonomy::builtIn());
    QAbstractItemModelTester tester(&model);
    model.setFilterText(QStringLiteral("cosmology"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(codeAt(model, 0), QStringLiteral("astro-ph.CO"));
    QVERIFY(model.index(0).data().toString().contains(QLatin1String("Nongalactic")));
}

void TstCategoryListModel::checkingARowChoosesItsCategory()
{
    CategoryListModel model(Taxonomy::builtIn());
    model.setFilterText(QStringLiteral("galaxies"));
    QSignalSpy changed(&model, &CategoryListModel::chosenChanged);

    QVERIFY(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.chosen(), QStringList{QStringLiteral("astro-ph.GA")});
    QCOMPARE(model.index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(changed.count(), 1);

    QVERIFY(model.setData(model.index(0), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(model.chosen().isEmpty());
    QCOMPARE(changed.count(), 2);
}

void TstCategoryListModel::choicesSurviveANarrowerSearch()
{
    CategoryListModel model(Taxonomy::builtIn());
    model.setChecked(QStringLiteral("cs.LG"), true);
    model.setFilterText(QStringLiteral("galaxies"));
    model.setChecked(QStringLiteral("astro-ph.GA"), true);
    model.setFilterText(QString());

    QCOMPARE(model.chosen(), (QStringList{QStringLiteral("cs.LG"), QStringLiteral("astro-ph.GA")}));
}

void TstCategoryListModel::setChosenUsesArxivSpellingAndKeepsUnknownCodes()
{
    CategoryListModel model(Taxonomy::builtIn());
    model.setChosen({QStringLiteral("cs.lg"), QStringLiteral("cs.LG"), QStringLiteral("xx.NEW")});
    QCOMPARE(model.chosen(), (QStringList{QStringLiteral("cs.LG"), QStringLiteral("xx.NEW")}));
}

QTEST_GUILESS_MAIN(TstCategoryListModel)
#include "tst_categorylistmodel.moc"
