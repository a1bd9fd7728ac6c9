#pragma once

#include "RecordExport.h"

#include <QDate>
#include <QStringList>

namespace ed {

class RecordRepository;

struct DirectoryResult {
    bool ok = false;
    bool cancelled = false;
    int experts = 0;
    QStringList files; // written, relative to the folder
    QString error;
};

// The public expert directory: directory.json and one static HTML page per language
// (index.html, index.fr.html, index.ar.html). Only active experts who gave consent are listed,
// and only with fields they published when they applied: names, nationality, country, employer
// and position, degree, years of experience, sectors, skills and languages. Contact details,
// passport, city, airport, notes and availability never leave the database this way.
class ExpertDirectory {
public:
    static DirectoryResult write(const RecordRepository &repository, const QString &folder,
        const QDate &published, const ExportProgress &progress = {});

    // The filter of the experts listed (status active, consent date set).
    static RecordFilter listedExperts();
    // The keys of an entry of directory.json.
    static const QStringList &publicFields();
    static QByteArray jsonEntry(const QVariantMap &expert);
};

} // namespace ed
