#include "PlanDialog.h"

#include "DraftMissions.h"
#include "MatchingContext.h"
#include "ScoreBarDelegate.h"
#include "commands/InsertRecordCommand.h"
#include "commands/UndoTexts.h"
#include "itemmodels/RecordFormatter.h"
#include "storage/RecordRepository.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace ed {

namespace {
constexpr int NeedRole = Qt::UserRole + 1;
constexpr int ExpertRole = Qt::UserRole + 2;
constexpr int ScoreRole = Qt::UserRole + 3;
constexpr int StartRole = Qt::UserRole + 4;
} // namespace

PlanDialog::PlanDialog(MatchingContext &context, QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_undoStack(undoStack),
      m_weights(context.weights()),
      m_weightsLabel(new QLabel(this)),
      m_propose(new QPushButton(tr("&Propose plan"), this)),
      m_cancel(new QPushButton(tr("&Stop"), this)),
      m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this)),
      m_view(new QTreeWidget(this)),
      m_all(new QPushButton(tr("Tick &all"), this)),
      m_none(new QPushButton(tr("Tick &none"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_create(m_buttons->addButton(tr("&Create draft missions"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Propose a plan"));
    m_weightsLabel->setWordWrap(true);
    m_weightsLabel->setText(weightsText());
    m_summary->setWordWrap(true);
    m_summary->setText(tr("The plan gives each open need the experts that make the total score highest; "
                          "each expert gets at most one need. Nothing is written until you create the missions."));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_view->setColumnCount(4);
    m_view->setHeaderLabels({ tr("Need"), tr("Expert"), tr("Score"), tr("Dates") });
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setItemDelegateForColumn(2, new ScoreBarDelegate(m_view));
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->resizeSection(1, 200);
    m_view->header()->resizeSection(2, 110);
    m_view->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);

    m_propose->setAccessibleName(tr("Propose plan"));
    m_cancel->setAccessibleName(tr("Stop planning"));
    m_progress->setAccessibleName(tr("Planning progress"));
    m_summary->setAccessibleName(tr("Plan summary"));
    m_weightsLabel->setAccessibleName(tr("Weights used"));
    m_view->setAccessibleName(tr("Proposed assignments"));
    m_view->setAccessibleDescription(tr("Tick the assignments to turn into draft missions."));
    m_all->setAccessibleName(tr("Tick all assignments"));
    m_none->setAccessibleName(tr("Untick all assignments"));
    m_create->setAccessibleName(tr("Create draft missions"));
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));

    auto *run = new QHBoxLayout;
    run->addWidget(m_propose);
    run->addWidget(m_progress, 1);
    run->addWidget(m_cancel);
    auto *ticks = new QHBoxLayout;
    ticks->addWidget(m_all);
    ticks->addWidget(m_none);
    ticks->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_weightsLabel);
    layout->addLayout(run);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(ticks);
    layout->addWidget(m_buttons);

    connect(m_propose, &QPushButton::clicked, this, &PlanDialog::propose);
    connect(m_cancel, &QPushButton::clicked, this, &PlanDialog::cancelRun);
    connect(m_all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
    connect(m_view, &QTreeWidget::itemChanged, this, &PlanDialog::updateButtons);
    resize(760, 520);
    updateButtons();
}

PlanDialog::~PlanDialog()
{
    if (m_thread) {
        if (m_worker)
            m_worker->cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

QString PlanDialog::weightsText() const
{
    QStringList parts;
    for (int i = 0; i < kScorePartCount; ++i)
        //: one weight in the plan summary, e.g. "Skills and equipment 35"
        parts << tr("%1 %2").arg(MatchScorer::partName(ScorePart(i)), QLocale().toString(m_weights.weight(ScorePart(i))));
    return tr("Weights: %1.").arg(QLocale().createSeparatedList(parts));
}

void PlanDialog::propose()
{
    if (m_thread)
        return;
    m_weights = m_context.weights();
    m_stopRequested = false;
    m_weightsLabel->setText(weightsText());
    m_view->clear();
    m_outcome = {};
    m_progress->setRange(0, 0); // busy until the first report
    m_summary->setText(tr("Reading the needs and experts…"));

    m_thread = new QThread(this);
    auto *worker = new PlanWorker(m_context.repository().database(), m_weights, m_context.today());
    m_worker = worker;
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, worker, &PlanWorker::run);
    connect(worker, &PlanWorker::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        m_summary->setText(tr("Scoring candidates: %1 of %Ln open need(s)…", nullptr, total).arg(done));
    });
    connect(worker, &PlanWorker::finished, this, &PlanDialog::showOutcome);
    connect(worker, &PlanWorker::finished, m_thread, &QThread::quit);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread = nullptr;
        updateButtons();
    });
    m_thread->start();
    updateButtons();
}

void PlanDialog::cancelRun()
{
    if (!m_thread)
        return;
    // The worker may finish before it sees the flag; the user's Stop still wins in showOutcome().
    m_stopRequested = true;
    if (m_worker)
        m_worker->cancel();
    m_summary->setText(tr("Stopping…"));
}

void PlanDialog::showOutcome(const PlanOutcome &outcome)
{
    m_outcome = outcome;
    m_progress->setRange(0, 1);
    const PlanResult &result = outcome.result;
    if (result.status == PlanResult::Status::Cancelled || m_stopRequested) {
        m_outcome = {};
        m_progress->setValue(0);
        m_summary->setText(tr("Planning was stopped; nothing was proposed."));
        emit planFinished(false);
        return;
    }
    if (result.status == PlanResult::Status::Failed) {
        m_progress->setValue(0);
        m_summary->setText(tr("No plan could be made: %1").arg(result.error));
        emit planFinished(false);
        return;
    }
    m_progress->setValue(1);
    const QSignalBlocker blocker(m_view);
    for (const PlanAssignment &a : result.assignments) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(0, outcome.needLabels.value(a.needId, a.needId));
        item->setText(1, outcome.expertNames.value(a.expertId, a.expertId));
        item->setText(2, QLocale().toString(a.score, 'f', 1));
        item->setData(2, ScoreBarDelegate::FractionRole, a.score / 100.0);
        item->setData(0, NeedRole, a.needId);
        item->setData(0, ExpertRole, a.expertId);
        item->setData(0, ScoreRole, a.score);
        item->setData(0, StartRole, a.start);
        if (a.start.isValid())
            //: dates of a proposed mission: %1 first day, %2 last day
            item->setText(3, tr("%1 – %2").arg(RecordFormatter::formatDate(a.start.toString(Qt::ISODate)),
                                             RecordFormatter::formatDate(a.end.toString(Qt::ISODate))));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
    }
    m_summary->setText(summaryOf(result));
    updateButtons();
    emit planFinished(true);
}

QString PlanDialog::summaryOf(const PlanResult &result)
{
    // Numbers in the locale's digits (%Ln, QLocale), as everywhere else on screen.
    if (result.needsWanting == 0)
        return tr("Every open need has all the experts it wants (%Ln open need(s)); nothing to propose.",
                  nullptr, result.openNeeds);
    // Existing missions that are not cancelled count toward what a need wants.
    QStringList sentences;
    //: %1 needs out of %Ln open needs still want experts once their missions are counted
    sentences << tr("%1 of %Ln open need(s) still want experts.", nullptr, result.openNeeds)
                         .arg(QLocale().toString(result.needsWanting))
              << tr("Together they want %Ln more expert(s).", nullptr, result.placesWanted);
    if (result.assignments.isEmpty())
        sentences << tr("None of them can get an eligible expert.");
    else
        //: %1 is the total score of the plan
        sentences << tr("The plan proposes %Ln expert(s); total score %1.", nullptr, int(result.assignments.size()))
                             .arg(QLocale().toString(result.totalScore, 'f', 1));
    return sentences.join(QLatin1Char(' '));
}

int PlanDialog::assignmentCount() const
{
    return m_view->topLevelItemCount();
}

void PlanDialog::setAllChecked(bool checked)
{
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        m_view->topLevelItem(i)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

void PlanDialog::setChecked(int row, bool checked)
{
    if (QTreeWidgetItem *item = m_view->topLevelItem(row))
        item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

QString PlanDialog::summaryText() const
{
    return m_summary->text();
}

void PlanDialog::updateButtons()
{
    const bool running = m_thread != nullptr;
    int ticked = 0;
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        ticked += m_view->topLevelItem(i)->checkState(0) == Qt::Checked ? 1 : 0;
    m_propose->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_all->setEnabled(!running && m_view->topLevelItemCount() > 0);
    m_none->setEnabled(!running && m_view->topLevelItemCount() > 0);
    m_create->setEnabled(!running && ticked > 0);
    m_create->setText(tr("&Create %Ln draft mission(s)", nullptr, ticked));
}

void PlanDialog::accept()
{
    if (m_thread)
        return;
    QList<QTreeWidgetItem *> ticked;
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        if (m_view->topLevelItem(i)->checkState(0) == Qt::Checked)
            ticked << m_view->topLevelItem(i);
    }
    if (ticked.isEmpty())
        return;
    RecordRepository &repository = m_context.repository();
    const QString stamp = QDateTime::currentDateTime().toString(Qt::ISODate);
    const QString weights = QString::fromUtf8(QJsonDocument(m_weights.toJson()).toJson(QJsonDocument::Compact));
    QStringList failures;
    m_created.clear();
    UndoTexts::beginMacro(m_undoStack, [count = int(ticked.size())] {
        //: undo history entry
        return tr("create %Ln draft mission(s) from a plan", nullptr, count);
    });
    for (QTreeWidgetItem *item : std::as_const(ticked)) {
        const QString needId = item->data(0, NeedRole).toString();
        const std::optional<QVariantMap> need = repository.get(Schema::needs(), needId);
        QVariantMap values = need ? DraftMissions::draftValues(*need, item->data(0, ExpertRole).toString(),
                                                                         item->data(0, StartRole).toDate()) : QVariantMap();
        if (values.isEmpty()) {
            failures << tr("%1: the need is gone or has no dates.").arg(item->text(0));
            continue;
        }
        //: kept in the notes of a mission made from a plan; %3 is the weights as JSON
        values.insert(QStringLiteral("notes"), tr("Proposed by the matching plan of %1 (score %2). Weights: %3")
                                                       .arg(stamp, item->text(2), weights));
        auto command = std::make_unique<InsertRecordCommand>(repository, Schema::missions(), values);
        UndoTexts::setText(command.get(), [expert = item->text(1), need = item->text(0)] {
            return tr("assign %1 to %2").arg(expert, need);
        });
        const WriteResult result = command->apply();
        if (!result.ok()) {
            failures << tr("%1: %2").arg(item->text(0), result.message());
            continue;
        }
        m_created << command->recordId();
        m_undoStack.push(command.release());
    }
    m_undoStack.endMacro();
    if (!failures.isEmpty()) {
        m_summary->setText(tr("%Ln draft mission(s) created; these could not be:", nullptr, int(m_created.size()))
                           + QLatin1Char('\n') + failures.join(QLatin1Char('\n')));
        return; // stay open so the coordinator sees what failed
    }
    QDialog::accept();
}

void PlanDialog::reject()
{
    if (m_thread) {
        cancelRun();
        return; // Close while running stops the run first; a second Close then closes
    }
    QDialog::reject();
}

} // namespace ed
