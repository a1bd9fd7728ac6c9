#pragma once

#include <QCoreApplication>
#include <QString>

namespace ed {

// What an import target is called in the user's language: the field's own label where the
// target is a field ("email" → "E-mail"), else the name of what the form asks ("submission_id",
// "manufacturer_model"…).
class ImportTargets
{
    Q_DECLARE_TR_FUNCTIONS(ImportTargets)
public:
    static QString label(const QString &form, const QString &target);
};

} // namespace ed
