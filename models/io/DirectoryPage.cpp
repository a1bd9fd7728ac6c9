#include "DirectoryPage.h"

#include "domain/Schema.h"
#include "storage/ReferenceData.h"

#include <QCoreApplication>
#include <QDebug>
#include <QLocale>

namespace ed {

namespace {
    // The page's own texts; translated with the page's catalogue, not the interface language.
    const char *const kContext = "ed::DirectoryPage";
    const char *const kTitle = QT_TRANSLATE_NOOP("ed::DirectoryPage", "COMSTECH Expert Directory");
    const char *const kIntro = QT_TRANSLATE_NOOP("ed::DirectoryPage",
        "Experts of the COMSTECH Expert Service who agreed to be listed in this directory.");
    const char *const kSearch
        = QT_TRANSLATE_NOOP("ed::DirectoryPage", "Search by name, country, sector, skill…");
    //: %1 experts shown of %2 in all
    const char *const kShown = QT_TRANSLATE_NOOP("ed::DirectoryPage", "Shown: %1 of %2");
    const char *const kNone
        = QT_TRANSLATE_NOOP("ed::DirectoryPage", "No expert matches the search.");
    const char *const kGenerated = QT_TRANSLATE_NOOP("ed::DirectoryPage", "Published on %1.");
    const char *const kLanguages = QT_TRANSLATE_NOOP("ed::DirectoryPage", "Other languages:");

    // Field names of the public columns, in table order. Nothing else of an expert is read here.
    const char *const kColumns[] = { "name", "name_ar", "nationality", "country", "employer",
        "position", "degree", "years_experience", "sectors", "skills", "languages" };

    QString esc(const QString &text)
    {
        return text.toHtmlEscaped();
    }

    const char *const kStyle = R"CSS(
body{font-family:"Noto Sans","DejaVu Sans",Arial,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.5em;margin:0 0 .3em}
input[type=search]{width:100%;max-width:40em;font-size:1em;padding:.4em;margin:.8em 0}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{border-bottom:1px solid #ddd;padding:.35em .5em;text-align:start;vertical-align:top}
th{background:#f3f3f3;position:sticky;top:0}
nav a{margin-inline-end:.8em}
)CSS";

    // Every word typed must appear in the row; accents are ignored so "senegal" finds "Sénégal".
    const char *const kScript = R"JS(
(function () {
  var box = document.getElementById('search');
  var rows = document.querySelectorAll('#experts tbody tr');
  var count = document.getElementById('count');
  var none = document.getElementById('none');
  var template = count.getAttribute('data-template');
  function fold(s) { return s.toLocaleLowerCase().normalize('NFD').replace(/[\u0300-\u036f\u064b-\u065f]/g, ''); }
  var texts = [];
  for (var i = 0; i < rows.length; i++) texts.push(fold(rows[i].textContent));
  function update() {
    var words = fold(box.value).split(/\s+/).filter(function (w) { return w.length > 0; });
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var match = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      rows[i].hidden = !match;
      if (match) shown++;
    }
    count.textContent = template.replace('%1', shown).replace('%2', rows.length);
    none.hidden = shown > 0;
  }
  box.addEventListener('input', update);
  update();
})();
)JS";
} // namespace

DirectoryPage::DirectoryPage(const QString &language, const ReferenceData &reference)
    : m_language(language)
    , m_reference(reference)
{
    if (language != QLatin1String("en")) {
        // Without its catalogue the page still works, in English.
        if (!m_translator.load(QStringLiteral(":/i18n/expertdesk_%1.qm").arg(language)))
            qWarning("expert directory: no %s catalogue", qPrintable(language));
    }
}

QString DirectoryPage::fileName(const QString &language)
{
    return language == QLatin1String("en") ? QStringLiteral("index.html")
                                           : QStringLiteral("index.%1.html").arg(language);
}

QString DirectoryPage::translate(const char *context, const char *text) const
{
    const QString translated
        = m_translator.isEmpty() ? QString() : m_translator.translate(context, text);
    return translated.isEmpty() ? QString::fromUtf8(text) : translated;
}

QString DirectoryPage::field(const char *name) const
{
    const FieldSpec *spec = Schema::experts().field(QLatin1String(name));
    return spec ? translate("Field", spec->label) : QLatin1String(name);
}

QString DirectoryPage::joined(const QStringList &items) const
{
    QStringList parts = items;
    parts.removeAll(QString());
    return parts.join(translate("ed::RecordFormatter", ", "));
}

QByteArray DirectoryPage::head(const QDate &generated) const
{
    const bool rtl = m_language == QLatin1String("ar");
    const QLocale locale(m_language);
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                       .arg(m_language, rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    html += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
                .arg(esc(translate(kContext, kTitle)), QString::fromUtf8(kStyle));
    html += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
                .arg(esc(translate(kContext, kTitle)), esc(translate(kContext, kIntro)));
    // Each language names itself, as language switchers do.
    const QList<QPair<QString, QString>> others
        = { { QStringLiteral("en"), QStringLiteral("English") },
              { QStringLiteral("fr"), QStringLiteral("Français") },
              { QStringLiteral("ar"), QStringLiteral("العربية") } };
    html += QStringLiteral("<nav>%1 ").arg(esc(translate(kContext, kLanguages)));
    for (const auto &other : others) {
        if (other.first != m_language)
            html += QStringLiteral("<a href=\"%1\" hreflang=\"%2\" lang=\"%2\">%3</a>")
                        .arg(fileName(other.first), other.first, other.second);
    }
    html += QStringLiteral("</nav>\n<p><small>%1</small></p>\n")
                .arg(esc(translate(kContext, kGenerated)
                             .arg(locale.toString(generated, QLocale::LongFormat))));
    html += QStringLiteral(
        "<input type=\"search\" id=\"search\" placeholder=\"%1\" aria-label=\"%1\">\n"
        "<p id=\"count\" data-template=\"%2\"></p>\n"
        "<table id=\"experts\">\n<thead><tr>")
                .arg(esc(translate(kContext, kSearch)), esc(translate(kContext, kShown)));
    for (const char *column : kColumns)
        html += QStringLiteral("<th>%1</th>").arg(esc(field(column)));
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    return html.toUtf8();
}

QByteArray DirectoryPage::row(const QVariantMap &expert) const
{
    const auto text
        = [&](const char *name) { return expert.value(QLatin1String(name)).toString(); };
    QStringList sectors, skills, languages;
    for (const QVariant &code : expert.value(QStringLiteral("sectors")).toList())
        sectors << m_reference.sectorName(code.toString(), m_language);
    for (const QVariant &skill : expert.value(QStringLiteral("skills")).toList())
        skills << skill.toMap().value(QStringLiteral("name")).toString();
    for (const QVariant &language : expert.value(QStringLiteral("languages")).toList())
        languages << m_reference.languageName(
            language.toMap().value(QStringLiteral("code")).toString(), m_language);
    const FieldSpec *degree = Schema::experts().field(QStringLiteral("degree"));
    QString degreeLabel;
    for (const EnumValue &value : degree->values) {
        if (value.key == text("degree"))
            degreeLabel = translate("Enum", value.label);
    }
    const QVariant years = expert.value(QStringLiteral("years_experience"));
    const QStringList cells = {
        text("name"),
        text("name_ar"),
        m_reference.countryName(text("nationality"), m_language),
        m_reference.countryName(text("country"), m_language),
        text("employer"),
        text("position"),
        degreeLabel,
        years.isNull() ? QString() : QLocale(m_language).toString(years.toLongLong()),
        joined(sectors),
        joined(skills),
        joined(languages),
    };
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<td dir=\"auto\">%1</td>")
                    .arg(esc(cell)); // Latin names in Arabic pages and back
    html += QStringLiteral("</tr>\n");
    return html.toUtf8();
}

QByteArray DirectoryPage::tail() const
{
    QString html = QStringLiteral(
        "</tbody>\n</table>\n<p id=\"none\" hidden>%1</p>\n<script>%2</script>\n</body>\n</html>\n")
                       .arg(esc(translate(kContext, kNone)), QString::fromUtf8(kScript));
    return html.toUtf8();
}

} // namespace ed
