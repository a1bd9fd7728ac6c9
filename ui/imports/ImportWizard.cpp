#include "ImportWizard.h"

#include "ImportPages.h"
#include "io/TableReader.h"
#include "storage/RecordRepository.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>

namespace ed {

namespace {

constexpr int kSampleRows = 5;

QString settingsKey(const QString &form)
{
    return QStringLiteral("import/mapping/") + form;
}

} // namespace

ImportWizard::ImportWizard(RecordRepository &repository, const QString &path, QWidget *parent)
    : QWizard(parent)
    , m_repository(repository)
    , m_vocabulary(repository.reference())
{
    setWindowTitle(tr("Import JotForm submissions"));
    setWizardStyle(QWizard::ClassicStyle); // the same look on every platform and in Arabic
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(this, path));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(PreviewPage, new ImportRunPage(this, true));
    setPage(RunPage, new ImportRunPage(this, false));
    resize(860, 560);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::guessForm(const QStringList &headers) const
{
    int experts = 0, needs = 0;
    for (const QString &header : headers) {
        const QString expert = m_vocabulary.target(QStringLiteral("experts"), header);
        const QString need = m_vocabulary.target(QStringLiteral("needs"), header);
        // Only the words that belong to one form tell them apart ("E-mail" is in both).
        experts += !expert.isEmpty() && need.isEmpty();
        needs += !need.isEmpty() && expert.isEmpty();
    }
    return needs > experts ? QStringLiteral("needs") : QStringLiteral("experts");
}

bool ImportWizard::load(const QString &path, const QString &form, QString *error)
{
    QStringList headers;
    const std::unique_ptr<TableReader> reader = TableReader::openWithHeaders(path, &headers, error);
    if (!reader)
        return false;
    m_samples.clear();
    QStringList cells;
    while (m_samples.size() < kSampleRows && reader->next(&cells))
        m_samples << cells;
    m_path = path;
    m_mapping = ImportMapping(form, headers, m_vocabulary);
    // The choices made last time for this form, where this file has the same columns.
    const QJsonObject saved = QJsonDocument::fromJson(QSettings().value(settingsKey(form)).toByteArray()).object();
    if (!saved.isEmpty()) {
        ImportMapping withSaved = m_mapping;
        QString ignored;
        if (withSaved.apply(saved, m_vocabulary, &ignored))
            m_mapping = withSaved;
    }
    return true;
}

void ImportWizard::saveMapping() const
{
    QSettings().setValue(settingsKey(form()), QJsonDocument(m_mapping.toJson()).toJson(QJsonDocument::Compact));
}

ImportSummary ImportWizard::run(bool dryRun, const JotformImporter::Progress &progress)
{
    QString error;
    QStringList headers;
    const std::unique_ptr<TableReader> reader = TableReader::openWithHeaders(m_path, &headers, &error);
    if (!reader) {
        ImportSummary failed;
        failed.error = error;
        return failed;
    }
    JotformImporter importer(m_repository, m_vocabulary);
    JotformImporter::Options options;
    options.dryRun = dryRun;
    options.fileName = QFileInfo(m_path).fileName();
    const ImportSummary summary = importer.run(*reader, m_mapping, options, progress);
    if (!dryRun)
        emit importFinished(summary);
    return summary;
}

} // namespace ed
