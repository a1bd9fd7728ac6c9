// After a run-time switch to French or Arabic, no English text of ours is left anywhere in the
// window, also in what was written before the switch: undo entries, status lines, conflict
// messages. The English phrases looked for are the sources of the catalogues (those with a
// different translation), so a string added later is covered without touching this test.
#include "GuiFixture.h"
#include "TsCatalogue.h"

#include "MainWindow.h"
#include "RecordBrowser.h"
#include "RecordForm.h"
#include "FieldEditor.h"
#include "matching/MatchingBoard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace ed;

namespace {

// The literal pieces of an English source between its placeholders, without mnemonics; only
// pieces long enough to be our phrase and not a word that data could also hold.
QStringList pieces(const QString &source)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d+|n)"));
    QStringList result;
    for (QString piece : source.split(placeholder)) {
        piece.remove(QLatin1Char('&'));
        piece = piece.trimmed();
        if (piece.size() >= 12 && piece.contains(QLatin1Char(' ')))
            result << piece;
    }
    return result;
}

QStringList englishPhrases(const QString &language)
{
    QString error;
    const QList<TsCatalogue::Message> messages =
            TsCatalogue::readTs(QStringLiteral(EXPERTDESK_TS_DIR "/expertdesk_%1.ts").arg(language), &error);
    QStringList phrases;
    for (const TsCatalogue::Message &m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete") || m.translations.contains(m.source))
            continue;
        phrases << pieces(m.source);
    }
    phrases.removeDuplicates();
    return phrases;
}

struct Text
{
    QString where, text;
};

void addModelTexts(const QAbstractItemModel *model, const QModelIndex &parent, const QString &where, QList<Text> &texts,
                   int depth = 0)
{
    const int rows = std::min(model->rowCount(parent), 60);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex index = model->index(r, c, parent);
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole) })
                texts.append({ where, index.data(role).toString() });
            if (c == 0 && depth < 3 && model->hasChildren(index))
                addModelTexts(model, index, where, texts, depth + 1);
        }
    }
}

QList<Text> visibleTexts(MainWindow &window)
{
    QList<Text> texts;
    QList<QWidget *> widgets = window.findChildren<QWidget *>();
    widgets.prepend(&window);
    for (QWidget *w : std::as_const(widgets)) {
        const QString where = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        for (const QString &t : { w->windowTitle(), w->toolTip(), w->statusTip(), w->accessibleName(), w->accessibleDescription() })
            texts.append({ where, t });
        if (auto *label = qobject_cast<QLabel *>(w))
            texts.append({ where, label->text() });
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts.append({ where, button->text() });
        if (auto *box = qobject_cast<QGroupBox *>(w))
            texts.append({ where, box->title() });
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts.append({ where, edit->placeholderText() });
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts.append({ where, combo->itemText(i) });
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.append({ where, tabs->tabText(i) + QLatin1Char(' ') + tabs->tabToolTip(i) });
        }
        if (auto *menu = qobject_cast<QMenu *>(w))
            texts.append({ where, menu->title() });
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c)
                texts.append({ where, model->headerData(c, Qt::Horizontal).toString() });
            addModelTexts(model, view->rootIndex(), where, texts);
        }
    }
    for (QAction *action : window.findChildren<QAction *>()) {
        const QString where = QStringLiteral("QAction ") + action->objectName();
        texts.append({ where, action->text() + QLatin1Char(' ') + action->toolTip() + QLatin1Char(' ') + action->statusTip() });
    }
    texts.append({ QStringLiteral("status bar"), window.statusBar()->currentMessage() });
    return texts;
}

} // namespace

class TestLanguageLeftovers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("ExpertDeskTest"));
    }

    void noEnglishLeftAfterASwitch_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("French") << QStringLiteral("fr");
        QTest::newRow("Arabic") << QStringLiteral("ar");
    }

    void noEnglishLeftAfterASwitch()
    {
        QFETCH(QString, language);
        const QStringList phrases = englishPhrases(language);
        QVERIFY(phrases.size() > 500); // the catalogue was read

        TestDatabase db;
        QVERIFY(db.open());
        GuiFixture::seed(*db.repository);
        MainWindow window(*db.repository);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.setLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();

        // Leave English texts behind the way a user would: a saved edit (undo entry), a message
        // on the Matching board, every area opened.
        RecordBrowser *experts = window.browser(QStringLiteral("experts"));
        experts->view()->selectRow(0);
        auto *city = qobject_cast<QLineEdit *>(experts->form()->editor(QStringLiteral("city"))->editor());
        QVERIFY(city);
        city->setFocus();
        city->selectAll();
        QTest::keyClicks(city, QStringLiteral("Rabat"));
        QTest::keySequence(&window, QKeySequence::Save);
        QCOMPARE(window.undoStack()->count(), 1);
        const QString englishEntry = window.undoStack()->undoText(); // "change City of expert"
        QVERIFY(!englishEntry.isEmpty());
        for (int area = 0; area <= int(MainWindow::Area::Dashboard); ++area) {
            window.setCurrentArea(MainWindow::Area(area));
            QCoreApplication::processEvents();
        }
        window.setCurrentArea(MainWindow::Area::Matching);
        auto *board = window.findChild<MatchingBoard *>();
        QVERIFY(board);
        board->assignSelected(); // nothing selected: the board says what to do, in English
        QVERIFY(!visibleTextsContaining(window, QStringLiteral("Select a need and at least one expert")).isEmpty());

        QVERIFY(window.setLanguage(language));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QStringList leftovers;
        for (int area = 0; area <= int(MainWindow::Area::Dashboard); ++area) {
            window.setCurrentArea(MainWindow::Area(area));
            QCoreApplication::processEvents();
            for (const Text &t : visibleTexts(window)) {
                for (const QString &phrase : phrases) {
                    if (t.text.contains(phrase)) {
                        const QString line = QStringLiteral("“%1” in %2: %3").arg(phrase, t.where, t.text.left(120));
                        if (!leftovers.contains(line))
                            leftovers << line;
                    }
                }
            }
        }
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char('\n'))));
        // The undo entry made in English now reads in the new language, in the stack and on the action.
        QVERIFY2(window.undoStack()->undoText() != englishEntry, qPrintable(window.undoStack()->undoText()));
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Undo))
                QVERIFY2(!action->text().contains(englishEntry), qPrintable(action->text()));
        }
        QVERIFY(window.setLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
    }

private:
    static QStringList visibleTextsContaining(MainWindow &window, const QString &phrase)
    {
        QStringList found;
        for (const Text &t : visibleTexts(window)) {
            if (t.text.contains(phrase))
                found << t.where;
        }
        return found;
    }

    QTemporaryDir m_config;
};

QTEST_MAIN(TestLanguageLeftovers)
#include "tst_languageleftovers.moc"
