#include "ImportPages.h"

#include "ImportProblemTable.h"
#include "ImportWizard.h"
#include "io/ImportTargets.h"
#include "io/ImportVocabulary.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ed {

ImportFilePage::ImportFilePage(ImportWizard *wizard, const QString &path)
    : m_wizard(wizard)
{
    setTitle(tr("Choose the export"));
    setSubTitle(tr("A CSV or Excel (.xlsx) file exported from JotForm."));
    auto *layout = new QVBoxLayout(this);
    m_forms = new QButtonGroup(this);
    auto *experts = new QRadioButton(tr("&Expert registrations"), this);
    auto *needs = new QRadioButton(tr("&Need assessments"), this);
    experts->setProperty("form", QStringLiteral("experts"));
    needs->setProperty("form", QStringLiteral("needs"));
    experts->setChecked(true);
    m_forms->addButton(experts);
    m_forms->addButton(needs);
    layout->addWidget(new QLabel(tr("The form the submissions come from:"), this));
    layout->addWidget(experts);
    layout->addWidget(needs);
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit(path, this);
    m_path->setPlaceholderText(tr("File to import"));
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addSpacing(12);
    layout->addLayout(row);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_error);
    layout->addStretch();
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->clear();
        emit completeChanged();
    });
    // The form is guessed once the path is complete, not by reading the file at every keystroke.
    connect(m_path, &QLineEdit::editingFinished, this, &ImportFilePage::guess);
    guess();
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import JotForm submissions"), m_path->text(),
        tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(path);
    guess();
}

void ImportFilePage::guess()
{
    // The form is chosen from the file's headers; the user can still change it.
    QString error;
    if (!QFileInfo(m_path->text()).isFile() || !m_wizard->load(m_path->text(), QStringLiteral("experts"), &error))
        return;
    const QString form = m_wizard->guessForm(m_wizard->mapping().headers());
    for (QAbstractButton *button : m_forms->buttons())
        button->setChecked(button->property("form").toString() == form);
}

QString ImportFilePage::chosenForm() const
{
    return m_forms->checkedButton()->property("form").toString();
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    QString error;
    if (!m_wizard->load(m_path->text().trimmed(), chosenForm(), &error)) {
        m_error->setText(error);
        return false;
    }
    return true;
}

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Each column of the file and the field it fills. Columns left on \"Not imported\" are "
                   "skipped; your choices are kept for the next import of this form."));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({ tr("Column in the file"), tr("Example"), tr("Imported into") });
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_table);
    layout->addWidget(m_note);
}

void ImportMappingPage::initializePage()
{
    ImportMapping &mapping = m_wizard->mapping();
    const QStringList &headers = mapping.headers();
    const QStringList targets = m_wizard->vocabulary().targets(mapping.form());
    m_table->setRowCount(int(headers.size()));
    for (int column = 0; column < headers.size(); ++column) {
        m_table->setItem(column, 0, new QTableWidgetItem(headers.at(column)));
        QString example;
        for (const QStringList &sample : m_wizard->samples()) {
            example = sample.value(column).simplified();
            if (!example.isEmpty())
                break;
        }
        auto *exampleItem = new QTableWidgetItem(example);
        exampleItem->setToolTip(example);
        m_table->setItem(column, 1, exampleItem);
        auto *combo = new QComboBox(m_table);
        combo->addItem(tr("Not imported"), QString());
        for (const QString &target : targets)
            combo->addItem(ImportTargets::label(mapping.form(), target), target);
        combo->setCurrentIndex(qMax(0, combo->findData(mapping.targetOf(column))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, column, combo] {
            m_wizard->mapping().assign(column, combo->currentData().toString(), m_wizard->vocabulary());
            // A field fed by one column only: the column that fed it before shows "Not imported".
            for (int row = 0; row < m_table->rowCount(); ++row) {
                auto *other = qobject_cast<QComboBox *>(m_table->cellWidget(row, 2));
                const QSignalBlocker blocker(other);
                other->setCurrentIndex(qMax(0, other->findData(m_wizard->mapping().targetOf(row))));
            }
            updateNote();
        });
        m_table->setCellWidget(column, 2, combo);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    updateNote();
}

void ImportMappingPage::updateNote()
{
    const QStringList unmapped = m_wizard->mapping().unmappedColumns();
    m_note->setText(unmapped.isEmpty()
            ? tr("Every column is matched.")
            : tr("%Ln column(s) not recognised, not imported: %1", nullptr, int(unmapped.size()))
                  .arg(unmapped.join(QLatin1String(", "))));
}

bool ImportMappingPage::validatePage()
{
    m_wizard->saveMapping();
    return true;
}

ImportRunPage::ImportRunPage(ImportWizard *wizard, bool dryRun)
    : m_wizard(wizard)
    , m_dryRun(dryRun)
{
    setTitle(dryRun ? tr("Check the rows") : tr("Import"));
    setSubTitle(dryRun ? tr("Every row read and checked; nothing is written yet. Rows with a problem are listed "
                            "with their row number as the spreadsheet shows it.")
                       : tr("The good rows are imported; rows with a problem are kept in the import log."));
    if (!dryRun)
        setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_stopButton = new QPushButton(tr("&Stop"), this);
    m_stopButton->setEnabled(false);
    row->addWidget(m_progress, 1);
    row->addWidget(m_stopButton);
    layout->addLayout(row);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);
    m_problems = new ImportProblemTable(this);
    layout->addWidget(m_problems, 1);
    connect(m_stopButton, &QPushButton::clicked, this, [this] { m_stop = true; });
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_stop = false;
    m_problems->setRowCount(0);
    m_summaryLabel->setText(m_dryRun ? tr("Checking…") : tr("Importing…"));
    QTimer::singleShot(0, this, &ImportRunPage::start); // once the page is shown
}

void ImportRunPage::cleanupPage()
{
    m_stop = true; // Back while checking: stop, the page starts afresh next time
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

void ImportRunPage::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stopButton->setEnabled(true);
    // Stop is the way out while rows are written; Cancel and Back wait for it.
    wizard()->button(QWizard::BackButton)->setEnabled(false);
    wizard()->button(QWizard::CancelButton)->setEnabled(false);
    // The importer calls back after every batch (500 rows); the events let Stop and repaints in.
    m_summary = m_wizard->run(m_dryRun, [this](int, qint64 position, qint64 size) {
        m_progress->setValue(size > 0 ? int(100 * qMin(position, size) / size) : 0);
        QCoreApplication::processEvents();
        return !m_stop;
    });
    m_running = false;
    m_progress->setValue(100);
    m_stopButton->setEnabled(false);
    wizard()->button(QWizard::BackButton)->setEnabled(!m_dryRun ? false : true);
    wizard()->button(QWizard::CancelButton)->setEnabled(true);
    m_summaryLabel->setText(summaryText());
    m_problems->setProblems(m_summary.problems);
    m_done = true;
    emit completeChanged();
}

QString ImportRunPage::summaryText() const
{
    if (!m_summary.error.isEmpty() && m_summary.rows == 0)
        return m_summary.error;
    QStringList parts;
    const auto add = [&](qsizetype count, const char *text) {
        if (count > 0)
            parts << tr(text, nullptr, int(count));
    };
    add(m_summary.imported.size(), m_dryRun ? QT_TR_N_NOOP("%Ln new record(s) to import") : QT_TR_N_NOOP("%Ln new record(s) imported"));
    add(m_summary.updated.size(), m_dryRun ? QT_TR_N_NOOP("%Ln to update") : QT_TR_N_NOOP("%Ln updated"));
    add(m_summary.merged.size(), m_dryRun ? QT_TR_N_NOOP("%Ln to merge into an existing expert") : QT_TR_N_NOOP("%Ln merged into an existing expert"));
    add(m_summary.review.size(), QT_TR_N_NOOP("%Ln set aside for review as possible duplicate(s)"));
    add(m_summary.skipped.size(), QT_TR_N_NOOP("%Ln already imported"));
    add(m_summary.failed.size(), QT_TR_N_NOOP("%Ln row(s) with a problem, not imported"));
    QString text = tr("%Ln row(s) read: ", nullptr, m_summary.rows) + parts.join(QLatin1String(", ")) + QLatin1Char('.');
    if (m_summary.cancelled)
        text += QLatin1Char(' ') + tr("Stopped: the rows before were kept; import the file again to finish.");
    if (!m_summary.error.isEmpty())
        text += QLatin1Char(' ') + tr("The file could not be read to the end: %1").arg(m_summary.error);
    return text;
}

} // namespace ed
