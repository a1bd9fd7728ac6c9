// The import wizard as a coordinator uses it: a JotForm export → the columns matched → every
// row's problems → the import; Stop; the saved column choices; a file dropped on the window.
// With EXPERTDESK_SCREENSHOT_DIR set it writes import-*.png in English, French and Arabic.
#include "MainWindow.h"
#include "i18n/Translations.h"
#include "imports/ImportLogDialog.h"
#include "imports/ImportPages.h"
#include "imports/ImportProblemTable.h"
#include "imports/ImportReviewDialog.h"
#include "imports/ImportWizard.h"

#include "TestDatabase.h"
#include "io/TableReader.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace ed;

class TestImportWizard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void wholeImport();
    void columnChoicesAreKeptPerForm();
    void unreadableFileStaysOnTheFirstPage();
    void dropOpensTheWizard();
    void reviewDialogDecides();
    void importLogKeepsEveryRun();
    void screenshots_data();
    void screenshots();
};

namespace {

QComboBox *comboFor(ImportMappingPage *page, const QString &header)
{
    for (int row = 0; row < page->table()->rowCount(); ++row) {
        if (page->table()->item(row, 0)->text() == header)
            return qobject_cast<QComboBox *>(page->table()->cellWidget(row, 2));
    }
    return nullptr;
}

} // namespace

void TestImportWizard::initTestCase()
{
    QCoreApplication::setOrganizationName("ExpertDeskTest");
    QCoreApplication::setApplicationName("tst_importwizard");
}

void TestImportWizard::init()
{
    QSettings().clear();
}

void TestImportWizard::wholeImport()
{
    TestDatabase db;
    QVERIFY(db.open());
    ImportWizard wizard(*db.repository, FIXTURES "/experts_jotform.csv");
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    auto *mapping = qobject_cast<ImportMappingPage *>(wizard.currentPage());
    QCOMPARE(mapping->table()->rowCount(), 13);
    QCOMPARE(comboFor(mapping, "Full Name")->currentData().toString(), "name");
    QCOMPARE(comboFor(mapping, "Country of Residence")->currentText(), "Country of residence");
    QCOMPARE(mapping->table()->item(1, 1)->text(), "Amina Diallo"); // an example from the first row

    wizard.next();
    auto *preview = qobject_cast<ImportRunPage *>(wizard.currentPage());
    QSignalSpy checked(preview, &QWizardPage::completeChanged);
    QVERIFY(checked.wait(20000));
    QCOMPARE(preview->summary().imported, (QList<int> { 2, 3 }));
    QCOMPARE(preview->problems()->rowCount(), 5); // 4 reasons on 3 rows, and a warning
    QCOMPARE(preview->problems()->item(0, 0)->data(Qt::UserRole).toInt(), 4);
    QCOMPARE(preview->problems()->item(0, 1)->text(), "E-mail");
    QVERIFY(preview->summaryLabel()->text().contains("2 new record"));
    QCOMPARE(db.repository->count(Schema::experts()), 0); // nothing written yet

    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    QVERIFY(finished.wait(20000));
    QCOMPARE(db.repository->count(Schema::experts()), 2);
    auto *run = qobject_cast<ImportRunPage *>(wizard.currentPage());
    QTRY_VERIFY(run->isComplete());
    QVERIFY(run->summaryLabel()->text().contains("imported"));
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
}

void TestImportWizard::columnChoicesAreKeptPerForm()
{
    TestDatabase db;
    QVERIFY(db.open());
    {
        ImportWizard wizard(*db.repository, FIXTURES "/experts_jotform.csv");
        wizard.show();
        wizard.next();
        auto *mapping = qobject_cast<ImportMappingPage *>(wizard.currentPage());
        // The second "E-mail" column chosen for the e-mail: the first one then feeds nothing.
        QComboBox *second = qobject_cast<QComboBox *>(mapping->table()->cellWidget(12, 2));
        second->setCurrentIndex(second->findData("email"));
        QCOMPARE(qobject_cast<QComboBox *>(mapping->table()->cellWidget(2, 2))->currentData().toString(), QString());
        wizard.next(); // saves the choices
    }
    ImportWizard again(*db.repository, FIXTURES "/experts_jotform.csv");
    again.show();
    again.next();
    auto *mapping = qobject_cast<ImportMappingPage *>(again.currentPage());
    QCOMPARE(qobject_cast<QComboBox *>(mapping->table()->cellWidget(12, 2))->currentData().toString(), "email");
    QCOMPARE(qobject_cast<QComboBox *>(mapping->table()->cellWidget(2, 2))->currentData().toString(), QString());
}

void TestImportWizard::unreadableFileStaysOnTheFirstPage()
{
    TestDatabase db;
    QVERIFY(db.open());
    ImportWizard wizard(*db.repository, db.dir.filePath("missing.xlsx"));
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    bool named = false;
    for (QLabel *label : wizard.currentPage()->findChildren<QLabel *>())
        named = named || label->text().contains("missing.xlsx");
    QVERIFY(named);
}

void TestImportWizard::dropOpensTheWizard()
{
    TestDatabase db;
    QVERIFY(db.open());
    MainWindow window(*db.repository);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(FIXTURES "/needs_jotform_fr.csv") });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    // The wizard is modal (its own event loop): it is inspected and closed from inside that loop.
    QString shownPath;
    bool needsChosen = false;
    QTimer inspector;
    connect(&inspector, &QTimer::timeout, this, [&] {
        auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        if (!wizard)
            return;
        inspector.stop();
        shownPath = wizard->currentPage()->findChild<QLineEdit *>()->text();
        // The French need-assessment headers chose the form.
        for (QAbstractButton *button : wizard->currentPage()->findChildren<QAbstractButton *>())
            needsChosen = needsChosen || (button->property("form") == "needs" && button->isChecked());
        wizard->reject();
    });
    inspector.start(10);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_VERIFY(!shownPath.isEmpty());
    QCOMPARE(shownPath, FIXTURES "/needs_jotform_fr.csv");
    QVERIFY(needsChosen);
    // Something else than a spreadsheet is not taken.
    QMimeData other;
    other.setUrls({ QUrl::fromLocalFile("/tmp/picture.png") });
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

namespace {

// The wizard from its first page to the end of the import, as a user clicks through it; the
// summary, or none when a page did not finish.
std::optional<ImportSummary> importThroughWizard(TestDatabase &db, const QString &path)
{
    ImportWizard wizard(*db.repository, path);
    wizard.show();
    wizard.next();
    wizard.next();
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    QSignalSpy checked(wizard.currentPage(), &QWizardPage::completeChanged);
    if (!checked.wait(20000))
        return std::nullopt;
    wizard.next();
    if (!finished.wait(20000))
        return std::nullopt;
    return finished.at(0).at(0).value<ImportSummary>();
}

// An expert in Latin script, then a file with the same name in Arabic and a third spelling,
// imported through the wizard: both rows go to the review list. Returns the first expert's id.
QString importTwoForReview(TestDatabase &db)
{
    QVariantMap latin = TestRecords::expert();
    latin["name"] = "Mohammed Al-Khatib";
    latin["email"] = "mohammed.khatib@example.org";
    latin["nationality"] = "JO";
    latin["country"] = "JO";
    const QString existing = db.repository->insert(Schema::experts(), latin).id;
    QFile csv(db.dir.filePath("arabic.csv"));
    if (!csv.open(QIODevice::WriteOnly))
        return {};
    csv.write(QString::fromUtf8("Submission ID,Full Name,E-mail,Nationality,Country of Residence,Areas of Expertise\r\n"
                                "51,محمد الخطيب,m.khatib@example.org,Jordan,Jordan,Information Technology\r\n"
                                "52,Muhammad Alkhateeb,alkhateeb@example.org,Jordan,Jordan,Oil and Gas\r\n")
                  .toUtf8());
    csv.close();
    const std::optional<ImportSummary> summary = importThroughWizard(db, csv.fileName());
    return summary && summary->review.size() == 2 ? existing : QString();
}

} // namespace

void TestImportWizard::reviewDialogDecides()
{
    TestDatabase db;
    QVERIFY(db.open());
    const QString existing = importTwoForReview(db);
    QVERIFY(!existing.isEmpty());

    ImportReviewDialog dialog(*db.repository);
    dialog.show();
    QCOMPARE(dialog.table()->rowCount(), 2);
    QVERIFY(dialog.table()->item(0, 1)->text().contains(QString::fromUtf8("محمد الخطيب")));
    QVERIFY(dialog.table()->item(0, 2)->text().contains("Mohammed Al-Khatib"));
    QCOMPARE(dialog.table()->item(0, 3)->text(), "The same name and nationality as an expert already in the database.");
    dialog.table()->selectRow(0);
    QVERIFY(dialog.decide(true)); // the same person
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(db.repository->get(Schema::experts(), existing)->value("name_ar").toString(), QString::fromUtf8("محمد الخطيب"));
    dialog.table()->selectRow(0);
    QVERIFY(dialog.decide(false)); // someone else
    QCOMPARE(dialog.table()->rowCount(), 0);
    QCOMPARE(db.repository->count(Schema::experts()), 2);
    // The same decision twice cannot happen: the dialog has nothing left to act on.
    QVERIFY(!dialog.decide(true));
}

void TestImportWizard::importLogKeepsEveryRun()
{
    TestDatabase db;
    QVERIFY(db.open());
    // A run whose process was killed: it stays "running" in the log, without an end.
    QSqlQuery killed(db.repository->database().connection());
    QVERIFY(killed.exec("INSERT INTO import_runs (id, form, file, started_at, state, imported) "
                        "VALUES ('0-killed', 'needs', '/data/needs.xlsx', '2020-01-01T08:00:00.000Z', 'running', 500)"));
    QVERIFY(importThroughWizard(db, FIXTURES "/experts_jotform.csv"));
    const std::optional<ImportSummary> again = importThroughWizard(db, FIXTURES "/experts_jotform.csv");
    QVERIFY(again);
    QCOMPARE(again->skipped, (QList<int> { 2, 3, 7 })); // row 7 had been merged into row 2's expert

    ImportLogDialog dialog(db.repository->database());
    dialog.show();
    QTableWidget *runs = dialog.runTable();
    QCOMPARE(runs->rowCount(), 3);
    // Newest first: the second run found the good rows already imported.
    QCOMPARE(runs->item(0, 2)->text(), "experts_jotform.csv");
    QCOMPARE(runs->item(0, 3)->text(), "Finished");
    QCOMPARE(runs->item(0, 4)->text(), "0");
    QCOMPARE(runs->item(0, 8)->text(), "3"); // already imported
    QCOMPARE(runs->item(1, 4)->text(), "2"); // the first run imported two
    QCOMPARE(runs->item(1, 6)->text(), "1"); // and merged one
    QCOMPARE(runs->item(1, 9)->text(), "3"); // three rows not imported
    QCOMPARE(runs->item(1, 10)->text(), "1"); // and a warning
    QCOMPARE(runs->item(2, 1)->text(), "Need assessments");
    QCOMPARE(runs->item(2, 3)->text(), "Did not finish");
    QCOMPARE(runs->item(2, 4)->text(), "500");

    // The selected run's problems: the newest is selected on opening.
    QCOMPARE(runs->currentRow(), 0);
    QCOMPARE(dialog.problemTable()->rowCount(), 5);
    runs->selectRow(2);
    QCOMPARE(dialog.problemTable()->rowCount(), 0);
    runs->selectRow(1);
    ImportProblemTable *problems = dialog.problemTable();
    QCOMPARE(problems->rowCount(), 5);
    QCOMPARE(problems->item(0, 0)->data(Qt::UserRole).toInt(), 4);
    QCOMPARE(problems->item(0, 1)->text(), "E-mail");
    const QString firstReason = problems->item(0, 2)->text();
    QVERIFY(firstReason.contains('@') || firstReason.contains("e-mail"));

    // Saved for whoever corrects the spreadsheet, and read back by the import's own CSV reader.
    const QString path = db.dir.filePath("problems.csv");
    QVERIFY(dialog.saveProblems(path));
    QString error;
    QStringList cells;
    std::unique_ptr<TableReader> reader = TableReader::openWithHeaders(path, &cells, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(cells, (QStringList { "Row", "Column", "Problem", "Kind" }));
    int rows = 0;
    QStringList first;
    while (reader->next(&cells)) {
        if (rows++ == 0)
            first = cells;
    }
    QCOMPARE(rows, 5);
    QCOMPARE(first, (QStringList { "4", "E-mail", firstReason, "error" }));
    // A folder that is not there: nothing written, the reason shown.
    QVERIFY(!dialog.saveProblems(db.dir.filePath("missing/problems.csv")));
    QVERIFY(dialog.findChildren<QLabel *>().constLast()->text().contains("missing"));
}

void TestImportWizard::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("fr") << "fr";
    QTest::newRow("ar") << "ar";
}

void TestImportWizard::screenshots()
{
    QFETCH(QString, language);
    const QString dir = qEnvironmentVariable("EXPERTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set EXPERTDESK_SCREENSHOT_DIR to write the screenshots.");
    Translations translations;
    QVERIFY(translations.setLanguage(language));
    QApplication::setLayoutDirection(language == "ar" ? Qt::RightToLeft : Qt::LeftToRight);
    TestDatabase db;
    QVERIFY(db.open());
    ImportWizard wizard(*db.repository, FIXTURES "/experts_jotform.csv");
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(wizard.grab().save(QStringLiteral("%1/import-file-%2.png").arg(dir, language)));
    wizard.next();
    QTest::qWait(50);
    QVERIFY(wizard.grab().save(QStringLiteral("%1/import-columns-%2.png").arg(dir, language)));
    wizard.next();
    QSignalSpy checked(wizard.currentPage(), &QWizardPage::completeChanged);
    QVERIFY(checked.wait(20000));
    QTest::qWait(50);
    QVERIFY(wizard.grab().save(QStringLiteral("%1/import-check-%2.png").arg(dir, language)));
    wizard.close();

    TestDatabase reviewDb;
    QVERIFY(reviewDb.open());
    QVERIFY(!importTwoForReview(reviewDb).isEmpty());
    ImportReviewDialog review(*reviewDb.repository);
    review.show();
    QVERIFY(QTest::qWaitForWindowExposed(&review));
    QCOMPARE(review.table()->currentRow(), 0); // the first one is ready to decide
    QCOMPARE(review.table()->selectionModel()->selectedRows().size(), 1);
    const QList<QPushButton *> buttons = review.findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 3); // merge, keep apart and close: all usable
    for (const QPushButton *button : buttons)
        QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    QTest::qWait(50);
    QVERIFY(review.grab().save(QStringLiteral("%1/import-review-%2.png").arg(dir, language)));
    review.close();

    // The log after a real import of the fixture: the run, and its rows' problems below.
    QVERIFY(importThroughWizard(db, FIXTURES "/experts_jotform.csv"));
    ImportLogDialog log(db.repository->database());
    log.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log));
    QCOMPARE(log.problemTable()->rowCount(), 5);
    QTest::qWait(50);
    QVERIFY(log.grab().save(QStringLiteral("%1/import-log-%2.png").arg(dir, language)));
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
