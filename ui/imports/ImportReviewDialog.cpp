#include "ImportReviewDialog.h"

#include "io/ImportReviews.h"
#include "itemmodels/RecordFormatter.h"
#include "storage/RecordRepository.h"
#include "storage/ReferenceData.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ed {

namespace {

// An expert's name, e-mail, phone and nationality, one per line; each line is a first-strong
// isolate (U+2068 … U+2069) so an Arabic name, a Latin one or an address each reads in its own
// direction whatever the interface's.
QString person(const QVariantMap &values, const ReferenceData &reference)
{
    QStringList parts;
    for (const char *field : { "name", "name_ar", "email", "phone" }) {
        const QString value = values.value(QString::fromLatin1(field)).toString();
        if (!value.isEmpty() && !parts.contains(value))
            parts << value;
    }
    const QString nationality = values.value(QStringLiteral("nationality")).toString();
    if (!nationality.isEmpty())
        parts << reference.countryName(nationality);
    for (QString &part : parts)
        part = RecordFormatter::isolated(part);
    return parts.join(QLatin1Char('\n'));
}

} // namespace

ImportReviewDialog::ImportReviewDialog(RecordRepository &repository, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_reviews(std::make_unique<ImportReviews>(repository))
{
    setWindowTitle(tr("Possible duplicates from imports"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each submission was not imported because it may be an expert already in the "
                                "database. Merge it into that expert, or keep them apart to add it as a new one."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({ tr("Row"), tr("Submission"), tr("Expert already in the database"), tr("Why") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    // Wrapped rows take their height from the columns' final widths, not the first layout's.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableView::resizeRowsToContents);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_merge = buttons->addButton(tr("&Merge into the existing expert"), QDialogButtonBox::ActionRole);
    m_keep = buttons->addButton(tr("&Keep apart (new expert)"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_keep, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportReviewDialog::updateButtons);
    resize(900, 420);
    reload();
}

ImportReviewDialog::~ImportReviewDialog() = default;

void ImportReviewDialog::reload()
{
    const QList<ImportReview> reviews = m_reviews->open();
    m_ids.clear();
    m_table->setRowCount(int(reviews.size()));
    for (int i = 0; i < reviews.size(); ++i) {
        const ImportReview &review = reviews.at(i);
        m_ids << review.id;
        const std::optional<QVariantMap> candidate = m_repository.get(Schema::experts(), review.candidateId);
        m_table->setItem(i, 0, new QTableWidgetItem(QLocale().toString(review.row)));
        m_table->setItem(i, 1, new QTableWidgetItem(person(review.values, m_repository.reference())));
        m_table->setItem(i, 2, new QTableWidgetItem(candidate ? person(*candidate, m_repository.reference())
                                                              : tr("(deleted since)")));
        m_table->setItem(i, 3, new QTableWidgetItem(ImportReviews::reasonText(review.reason)));
    }
    m_table->resizeRowsToContents();
    if (reviews.isEmpty())
        m_message->setText(tr("Nothing is waiting for review."));
    else if (m_table->currentRow() < 0)
        // Through the selection model: selectRow() before the first show does nothing in a
        // right-to-left layout (seen in Qt 6.4), which left Arabic users with disabled buttons.
        m_table->selectionModel()->setCurrentIndex(m_table->model()->index(0, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateButtons();
}

void ImportReviewDialog::updateButtons()
{
    const bool selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_ids.size();
    m_merge->setEnabled(selected);
    m_keep->setEnabled(selected);
}

bool ImportReviewDialog::decide(bool merge)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_ids.size())
        return false;
    const WriteResult result = merge ? m_reviews->merge(m_ids.at(row)) : m_reviews->keepApart(m_ids.at(row));
    m_message->setText(result.ok() ? (merge ? tr("Merged.") : tr("Added as a new expert.")) : result.message());
    reload();
    return result.ok();
}

} // namespace ed
