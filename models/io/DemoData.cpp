#include "io/DemoData.h"

#include "domain/Schema.h"
#include "domain/Uuid.h"
#include "io/DemoGenerator.h"
#include "storage/RecordRepository.h"
#include "storage/Database.h"
#include "storage/ReferenceData.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QScopeGuard>
#include <QSqlQuery>

namespace ed {

bool DemoData::generate(RecordRepository &repository, const DemoOptions &options,
                        const std::function<bool(int done, int total)> &progress, QString *error)
{
    if (options.experts < 1) {
        if (error)
            *error = QCoreApplication::translate("DemoData", "Ask for at least one expert.");
        return false;
    }
    QString message;
    // The whole data set is one transaction; SQLite's default 2 MB page cache would spill it to
    // the WAL and read pages back many times, so give it room for the run and restore it after.
    QSqlQuery pragma(repository.database().connection());
    const QVariant cacheSize = pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next() ? pragma.value(0) : QVariant();
    pragma.exec(QStringLiteral("PRAGMA cache_size = -1048576")); // KiB: at most 1 GiB, used as needed
    const auto restore = qScopeGuard([&] {
        if (cacheSize.isValid())
            pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize.toLongLong()));
    });
    bool ok = false;
    {
        // One transaction: a refused record or a cancel leaves the database exactly as it was.
        RecordRepository::Batch batch(repository);
        demo::Generator generator(repository, options, progress, &message);
        ok = generator.run() && batch.commit();
    }
    if (!ok) {
        if (error)
            *error = message.isEmpty()
                    ? QCoreApplication::translate("DemoData", "The database refused the demo data.")
                    : message;
        return false;
    }
    return true;
}

namespace demo {

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Lower-case ASCII for e-mail local parts and domains ("Öztürk" → "ozturk").
QString ascii(const QString &input)
{
    QString decomposed = input.normalized(QString::NormalizationForm_D);
    decomposed.replace(QChar(0x0131), QLatin1Char('i')); // Turkish dotless i
    QString out;
    for (const QChar c : std::as_const(decomposed)) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c.toLower();
        else if ((c == QLatin1Char(' ') || c == QLatin1Char('-')) && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    return out;
}

} // namespace

Generator::Generator(RecordRepository &repository, const DemoOptions &options,
                     const std::function<bool(int, int)> &progress, QString *error)
    : m_repository(repository)
    , m_options(options)
    , m_progress(progress)
    , m_error(error)
    , m_rng(options.seed)
    , m_today(options.today.isValid() ? options.today : QDateTime::currentDateTimeUtc().date())
{
    // Ids are UUIDv7 stamped from a year before the anchor day, one second apart: stable per seed.
    m_baseMs = QDateTime(m_today.addDays(-400), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    for (const Country &country : countries())
        m_countryWeights.push_back(country.weight);
    for (const Sector &sector : sectors())
        m_sectorWeights.push_back(sector.weight);
}

bool Generator::run()
{
    const int experts = m_options.experts;
    const int institutionCount = qMax(60, experts / 10);
    m_needCount = qMax(30, experts / 5);
    // missions and evaluations are decided on the way; this estimate is corrected at the end
    m_total = institutionCount + experts + m_needCount * 5 / 2; // ≈ 0.9 missions, 0.65 evaluations per need
    m_institutions.reserve(size_t(institutionCount));
    m_experts.reserve(size_t(experts));
    const bool ok = institutions() && this->experts() && needs();
    if (!ok)
        return false;
    m_total = m_done;
    if (m_progress && !m_progress(m_done, m_total)) {
        *m_error = QCoreApplication::translate("DemoData", "Demo data generation was cancelled; nothing was kept.");
        return false;
    }
    return true;
}

int Generator::weighted(const std::vector<int> &weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = pick(size_t(total));
    for (size_t i = 0; i < weights.size(); ++i) {
        if (roll < weights[i])
            return int(i);
        roll -= weights[i];
    }
    return int(weights.size()) - 1;
}

std::vector<int> Generator::distinct(int count, int from)
{
    std::vector<int> all(static_cast<size_t>(from));
    for (int i = 0; i < from; ++i)
        all[size_t(i)] = i;
    count = qMin(count, from);
    for (int i = 0; i < count; ++i)
        std::swap(all[size_t(i)], all[size_t(i + pick(size_t(from - i)))]);
    all.resize(size_t(count));
    return all;
}

QString Generator::nextId()
{
    return uuidV7(m_baseMs + 1000 * m_sequence++, &m_rng);
}

bool Generator::tick()
{
    ++m_done;
    if (m_progress && m_done % 500 == 0 && !m_progress(m_done, qMax(m_total, m_done))) {
        m_cancelled = true;
        *m_error = QCoreApplication::translate("DemoData", "Demo data generation was cancelled; nothing was kept.");
        return false;
    }
    return true;
}

bool Generator::write(const EntitySpec &spec, const QVariantMap &record)
{
    const WriteResult result = m_repository.insert(spec, record);
    if (!result.ok()) {
        *m_error = QCoreApplication::translate("DemoData", "A demo %1 was refused: %2")
                           .arg(spec.singular, result.message());
        return false;
    }
    return tick();
}

QString Generator::countryName(int country) const
{
    return m_repository.reference().countryName(text(countries()[size_t(country)].iso2), QStringLiteral("en"));
}

PersonName Generator::personName(int country, bool female)
{
    const NamePool &pool = namePools()[size_t(countries()[size_t(country)].pool)];
    const Name &first = any(female ? pool.female : pool.male);
    const Name &family = any(pool.family);
    PersonName name { text(first.latin), text(family.latin), {}, {} };
    // Russian-style surnames take the feminine ending: Karimov → Karimova
    if (female && (name.family.endsWith(QLatin1String("ov")) || name.family.endsWith(QLatin1String("ev"))))
        name.family += QLatin1Char('a');
    if (pool.patronymic)
        name.full = name.first + (female ? QLatin1String(" binti ") : QLatin1String(" bin ")) + name.family;
    else
        name.full = name.first + QLatin1Char(' ') + name.family;
    if (first.arabic && family.arabic)
        name.arabic = text(first.arabic) + QLatin1Char(' ') + text(family.arabic);
    return name;
}

QString Generator::email(const PersonName &name, const QString &organisation)
{
    QString domain;
    for (const QString &word : organisation.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() > 2 && word.at(0).isUpper())
            domain += ascii(word.left(1));
    }
    QString local = ascii(name.first).section(QLatin1Char('-'), 0, 0) + QLatin1Char('.')
            + ascii(name.family).remove(QLatin1Char('-'));
    const int seen = m_emails[local + domain]++;
    if (seen > 0)
        local += QString::number(seen);
    // .example.org is reserved for documentation: demo addresses never reach a real mailbox
    return QStringLiteral("%1@%2.example.org").arg(local, domain.isEmpty() ? QStringLiteral("mail") : domain);
}

QString Generator::phone(int country)
{
    return QStringLiteral("+%1 %2 %3 %4")
            .arg(text(countries()[size_t(country)].dial))
            .arg(between(10, 99))
            .arg(between(100, 999))
            .arg(between(1000, 9999));
}

QString Generator::institutionName(int type, int country, const QString &city, int sector)
{
    const Sector &s = sectors()[size_t(sector)];
    QString name = fill(any(institutionTemplates(type)), { city, countryName(country), text(s.field), text(s.industry) });
    const int seen = m_names[name]++;
    if (seen > 0)
        name += (type == 0 ? QStringLiteral(" – Campus %1") : QStringLiteral(" – Branch %1")).arg(seen + 1);
    return name;
}

bool Generator::institutions()
{
    const int count = qMax(60, m_options.experts / 10);
    const int countryCount = int(countries().size());
    const int bme = 0; // hospitals mostly need biomedical engineering
    m_institutionsByCountry.assign(size_t(countryCount), {});
    for (int i = 0; i < count; ++i) {
        // round-robin over countries; the type shifts each round so every country gets every type
        const int country = i % countryCount;
        const int type = (i + i / countryCount) % int(institutionTypes().size());
        const City &city = any(countries()[size_t(country)].cities);
        const int sector = type == 2 && chance(0.8) ? bme : weighted(m_sectorWeights);
        InstitutionInfo info { nextId(), {}, text(city.name), country, sector };
        info.name = institutionName(type, country, info.city, sector);
        const PersonName focal = personName(country, chance(0.3));
        const QVariantMap record {
            { QStringLiteral("id"), info.id },
            { QStringLiteral("name"), info.name },
            { QStringLiteral("type"), text(institutionTypes()[size_t(type)]) },
            { QStringLiteral("country"), text(countries()[size_t(country)].iso2) },
            { QStringLiteral("city"), info.city },
            { QStringLiteral("focal_name"), focal.full },
            { QStringLiteral("focal_position"), text(any(focalPositions())) },
            { QStringLiteral("focal_email"), email(focal, info.name) },
            { QStringLiteral("focal_phone"), phone(country) },
        };
        if (!write(Schema::institutions(), record))
            return false;
        m_institutionsByCountry[size_t(country)].push_back(int(m_institutions.size()));
        m_institutions.push_back(info);
    }
    return true;
}

} // namespace demo
} // namespace ed
