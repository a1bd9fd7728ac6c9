#pragma once

#include <vector>

// Data tables behind the demo generator (DemoData.cpp): names per region, member-state profiles,
// and per-sector skills and equipment with real manufacturers and models. Demo content is data,
// not UI text, so nothing here is translated.
namespace ed::demo {

struct Name
{
    const char *latin;
    const char *arabic; // Arabic-script spelling (Arabic or Persian), nullptr when not used
};

struct NamePool
{
    std::vector<Name> male, female, family;
    bool patronymic = false; // Malay style: "Ahmad bin Ismail", "Siti binti Osman"
};

struct City
{
    const char *name;
    const char *iata;
};

struct Country
{
    const char *iso2;
    int pool;          // index into namePools()
    const char *dial;  // international dialling code without "+"
    const char *languages; // "ar4 fr3 en2": usual languages and typical levels, native first
    int weight;        // relative share of experts
    std::vector<City> cities;
};

struct Equipment
{
    const char *manufacturer;
    const char *model;
    const char *kind; // "MRI scanner"
};

struct Sector
{
    const char *code;
    const char *profession; // "Biomedical Engineer"
    const char *field;      // "Medical Technology", used in institution names
    const char *industry;   // "Health Services", used in company names
    int weight;             // relative share of experts and needs
    std::vector<const char *> skills;
    std::vector<Equipment> equipment;
};

const std::vector<NamePool> &namePools();
const std::vector<Country> &countries(); // the 57 OIC member states
const std::vector<Sector> &sectors();    // the 19 programme sectors

// Templates: %1 city, %2 country name, %3 sector field, %4 sector industry.
const std::vector<const char *> &institutionTemplates(int type); // type indexes institutionTypes()
const std::vector<const char *> &institutionTypes();
const std::vector<const char *> &focalPositions();
const std::vector<const char *> &seniority();       // "Senior %1", "Lead %1", ...
const std::vector<const char *> &academicPositions();
const std::vector<const char *> &unavailabilityReasons();
const std::vector<const char *> &cancelReasons();
const std::vector<const char *> &postponeNotes();
const std::vector<const char *> &evaluationComments(int rating); // rating 1..5
const std::vector<const char *> &needTitleTemplates(int service); // %1 manufacturer, %2 model, %3 kind, %4 skill
const std::vector<const char *> &serviceTypes();

} // namespace ed::demo
