// The built-in Handlungsfelder and Zielgruppen. Codes are stable identifiers used in the API
// and in imports; labels are what people read.
#include <array>

#include "store/reference_data.hpp"

namespace fw::store {
namespace {

struct Term {
  const char* kind;
  const char* code;
  const char* de;
  const char* en;
};

constexpr std::array kTerms{
    Term{"handlungsfeld", "ausbildung", "Aus- und Weiterbildung", "Education and training"},
    Term{"handlungsfeld", "berufsorientierung", "Berufsorientierung und Übergang Schule–Beruf",
         "Career guidance and school-to-work transition"},
    Term{"handlungsfeld", "aeltere", "Integration Älterer", "Employment of older workers"},
    Term{"handlungsfeld", "vereinbarkeit", "Vereinbarkeit von Beruf und Familie", "Work–family balance"},
    Term{"handlungsfeld", "zuwanderung", "Integration und Zuwanderung", "Integration and immigration"},
    Term{"handlungsfeld", "dual_career", "Dual Career", "Dual career"},
    Term{"handlungsfeld", "frauen", "Erwerbsbeteiligung von Frauen", "Labour force participation of women"},
    Term{"handlungsfeld", "gewinnung_bindung", "Fachkräftegewinnung und -bindung", "Recruiting and retaining skilled workers"},
    Term{"handlungsfeld", "regionalmarketing", "Arbeitgeberattraktivität und Regionalmarketing",
         "Employer attractiveness and regional marketing"},
    Term{"handlungsfeld", "gesundheit", "Gesundheit und Arbeitsfähigkeit", "Health and work ability"},
    Term{"handlungsfeld", "inklusion", "Inklusion", "Inclusion"},
    Term{"handlungsfeld", "aktivierung", "Aktivierung Arbeitsloser", "Activation of the unemployed"},
    Term{"zielgruppe", "unternehmen", "Unternehmen", "Companies"},
    Term{"zielgruppe", "facharbeiter", "Facharbeiter", "Skilled workers"},
    Term{"zielgruppe", "studierende", "Studierende", "Students"},
    Term{"zielgruppe", "schueler", "Schüler", "Pupils"},
    Term{"zielgruppe", "auszubildende", "Auszubildende", "Apprentices"},
    Term{"zielgruppe", "studienabbrecher", "Studienabbrecher", "University drop-outs"},
    Term{"zielgruppe", "frauen", "Frauen", "Women"},
    Term{"zielgruppe", "aeltere", "Ältere", "Older people"},
    Term{"zielgruppe", "migrationshintergrund", "Menschen mit Migrationshintergrund", "People with a migrant background"},
    Term{"zielgruppe", "gefluechtete", "Geflüchtete", "Refugees"},
    Term{"zielgruppe", "benachteiligte_jugendliche", "Benachteiligte Jugendliche", "Disadvantaged young people"},
    Term{"zielgruppe", "langzeitarbeitslose", "Langzeitarbeitslose", "Long-term unemployed"},
    Term{"zielgruppe", "behinderung", "Menschen mit Behinderung", "People with disabilities"},
};

}  // namespace

Result<void> load_vocabularies(Connection& c) {
  for (const auto& t : kTerms) {
    FW_TRY(c.exec("INSERT INTO vocabulary (kind, code, label_de, label_en, builtin) VALUES (?, ?, ?, ?, 1)",
                  {t.kind, t.code, t.de, t.en}));
  }
  return {};
}

}  // namespace fw::store
