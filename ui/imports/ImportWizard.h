#pragma once

#include "io/ImportMapping.h"
#include "io/ImportVocabulary.h"
#include "io/JotformImporter.h"

#include <QWizard>

#include <memory>

namespace ed {

class RecordRepository;

// File › Import… (and a file dropped on the window): a JotForm export → which column feeds
// which field → every row's problems, checked without writing → the import, with progress and
// Stop. The column choices are saved per form and offered again next time.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { FilePage, MappingPage, PreviewPage, RunPage };

    ImportWizard(RecordRepository &repository, const QString &path = {}, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // State the pages share.
    RecordRepository &repository() const { return m_repository; }
    const ImportVocabulary &vocabulary() const { return m_vocabulary; }
    QString path() const { return m_path; }
    QString form() const { return m_mapping.form(); }
    ImportMapping &mapping() { return m_mapping; }
    const QList<QStringList> &samples() const { return m_samples; }
    // Reads the header and the first rows of `path` for `form`; false with a message.
    bool load(const QString &path, const QString &form, QString *error);
    // The form whose headers this file's columns match best ("experts" or "needs").
    QString guessForm(const QStringList &headers) const;
    void saveMapping() const;

    // Runs the importer over the whole file (dry run or not) with a progress callback.
    ImportSummary run(bool dryRun, const JotformImporter::Progress &progress);

signals:
    void importFinished(const ImportSummary &summary);

private:
    RecordRepository &m_repository;
    ImportVocabulary m_vocabulary;
    QString m_path;
    ImportMapping m_mapping;
    QList<QStringList> m_samples;
};

} // namespace ed
