// The compound lexicon: frequent morphemes of Fachwerk's domain (labour market, skilled workers,
// networks, education, family, integration, care, crafts, regions). Written in ordinary German
// spelling; compound.cpp folds every entry with the same rules as the text, so "Förderung" and
// "Foerderung" are one entry. An entry is a part a compound may be split into: keep entries
// at least 3 letters long, prefer whole words over syllables, and avoid short function words
// ("aus", "bei", "vor"), which would make every "Aus…" word a compound.
//
// Adding an entry changes index terms: bump kAnalyserVersion in german.hpp so that stored
// documents get re-indexed.
#include <string_view>
#include <vector>

namespace fw::search::detail {

const std::vector<std::string_view>& lexicon_words() {
  // clang-format off
  static const std::vector<std::string_view> words = {
      // Arbeit, Fachkräfte, Beschäftigung
      "Arbeit", "Arbeiter", "Arbeitgeber", "Arbeitnehmer", "Arbeitslose", "Arbeitslosigkeit",
      "Fach", "Fachkraft", "Kraft", "Personal", "Mitarbeiter", "Belegschaft", "Beschäftigung",
      "Beschäftigte", "Stelle", "Job", "Beruf", "Tätigkeit", "Markt", "Angebot", "Nachfrage",
      "Bedarf", "Mangel", "Engpass", "Sicherung", "Gewinnung", "Bindung", "Entwicklung",
      "Qualifizierung", "Qualifikation", "Kompetenz", "Weiterbildung", "Bildung",
      "Ausbildung", "Fortbildung", "Umschulung", "Lehre", "Lehrling", "Lehr", "Azubi",
      "Praktikum", "Praktikant", "Studium", "Studierende", "Student", "Absolvent",
      "Nachwuchs", "Karriere", "Laufbahn", "Einstieg", "Wiedereinstieg", "Rückkehr",
      "Rückkehrer", "Vermittlung", "Beratung", "Berater", "Coaching", "Mentoring", "Mentor",
      "Begleitung", "Betreuung", "Förderung", "Förderer", "Unterstützung", "Hilfe",
      "Leistung", "Lohn", "Gehalt", "Vergütung", "Tarif", "Zeit", "Teilzeit", "Vollzeit",
      "Schicht", "Dienst", "Einsatz", "Platz", "Suche", "Börse", "Bewerbung", "Bewerber",
      "Einstellung", "Anstellung", "Gründung", "Gründer", "Nachfolge", "Übergabe", "Übergang",
      "Schnittstelle", "Aufgabe", "Anforderung", "Vertrag", "Befristung", "Minijob", "Erwerb",
      "Erwerbstätige", "Einkommen", "Rente", "Ruhestand", "Alter", "Alten", "Senior",
      "Generation", "Demografie", "Wandel", "Struktur", "Zukunft", "Perspektive", "Chance",
      "Potenzial", "Reserve",
      // Organisationen und Institutionen
      "Agentur", "Center", "Zentrum", "Zentrale", "Amt", "Behörde", "Verwaltung", "Kammer",
      "Handelskammer", "Handwerkskammer", "Innung", "Verband", "Verein", "Gewerkschaft",
      "Genossenschaft", "Stiftung", "Gesellschaft", "Unternehmen", "Unternehmer", "Betrieb",
      "Firma", "Konzern", "Mittelstand", "Handwerk", "Handwerker", "Industrie", "Handel",
      "Dienstleistung", "Dienstleister", "Gewerbe", "Wirtschaft", "Träger", "Bildungsträger",
      "Einrichtung", "Institution", "Organisation", "Ministerium", "Senat", "Regierung",
      "Parlament", "Gericht", "Polizei", "Feuerwehr", "Bundeswehr", "Kirche", "Diakonie",
      "Caritas", "Wohlfahrt", "Rentenversicherung", "Versicherung", "Krankenkasse", "Kasse",
      "Bank", "Sparkasse", "Büro", "Geschäft", "Geschäftsstelle", "Sekretariat", "Kontakt",
      "Anlaufstelle", "Beratungsstelle", "Servicestelle", "Service", "Jobcenter",
      // Netzwerke, Kooperation, Programme
      "Netzwerk", "Netz", "Werk", "Allianz", "Bündnis", "Partner", "Partnerschaft",
      "Kooperation", "Vereinbarung", "Absichtserklärung", "Erklärung", "Verbund",
      "Initiative", "Projekt", "Programm", "Modell", "Konzept", "Strategie", "Maßnahme",
      "Aktion", "Kampagne", "Wettbewerb", "Preis", "Preisträger", "Auszeichnung", "Award",
      "Woche", "Messe", "Forum", "Konferenz", "Tagung", "Workshop", "Veranstaltung",
      "Treffen", "Runde", "Tisch", "Gruppe", "Team", "Rat", "Beirat", "Ausschuss", "Vorstand",
      "Gremium", "Geschäftsführung", "Leitung", "Führung", "Führungskraft", "Management",
      "Koordination", "Koordinator", "Koordinierung", "Steuerung", "Planung", "Monitoring",
      "Analyse", "Studie", "Umfrage", "Befragung", "Daten", "Datenbank", "Statistik",
      "Bericht", "Prognose", "Indikator", "Praxis", "Beispiel", "Lösung", "Erfolg",
      "Ergebnis", "Ziel", "Wirkung", "Qualität", "Standard", "Siegel", "Zertifikat",
      "Zertifizierung", "Marke", "Attraktivität", "Image", "Handlung", "Handlungsfeld",
      "Feld", "Zielgruppe", "Landkarte", "Karte", "Portal", "Plattform", "Förderprogramm",
      "Fonds", "Mittel", "Finanzierung", "Haushalt", "Budget", "Antrag",
      "Entwicklungspartnerschaft", "Modellprojekt", "Pilot", "Transfer", "Austausch",
      "Dialog",
      // Integration, Familie, Gesellschaft
      "Integration", "Inklusion", "Teilhabe", "Migration", "Migrant", "Migrantin",
      "Zuwanderung", "Zuwanderer", "Einwanderung", "Einwanderer", "Flüchtling", "Geflüchtete",
      "Asyl", "Anerkennung", "Sprache", "Deutsch", "Kurs", "Willkommen", "Kultur", "Familie",
      "Vereinbarkeit", "Kind", "Kita", "Eltern", "Mutter", "Vater", "Elternzeit", "Frau",
      "Mann", "Mädchen", "Junge", "Jugend", "Jugendliche", "Schüler", "Schülerin", "Pflege",
      "Pflegekraft", "Gesundheit", "Kranken", "Krankenhaus", "Klinik", "Arzt", "Medizin",
      "Therapie", "Sozial", "Soziales", "Behinderung", "Gleichstellung", "Vielfalt",
      "Diversität", "Chancengleichheit", "Gleichheit", "Ehrenamt", "Engagement", "Bürger",
      "Nachbarschaft", "Gemeinschaft", "Haus", "Heim", "Wohnen", "Wohnung", "Wohn", "Miete",
      "Mobilität", "Pendler", "Heimat", "Alltag", "Leben", "Lebens", "Gesundheitswesen",
      "Wesen", "Versorgung", "Vorsorge", "Fürsorge", "Sorge", "Schutz", "Sicherheit", "Recht",
      "Aufenthalt", "Titel", "Visum", "Einbürgerung", "Paar", "Partnerin", "Dual",
      // Schule, Hochschule, Wissenschaft
      "Schule", "Hochschule", "Fachhochschule", "Berufsschule", "Universität", "Akademie",
      "Institut", "Forschung", "Wissenschaft", "Lehrer", "Lehrerin", "Unterricht", "Klasse",
      "Abschluss", "Prüfung", "Zeugnis", "Abitur", "Orientierung", "Berufsorientierung",
      "Information", "Kommunikation", "Öffentlichkeit", "Presse", "Medien", "Netzwerkarbeit",
      "Lernen", "Lern", "Wissen", "Technik", "Technologie", "Digitalisierung", "Digital",
      "Informatik", "Software", "Innovation", "Gründerzentrum", "Labor", "Campus", "Studien",
      // Branchen und Berufe
      "Energie", "Umwelt", "Klima", "Bau", "Verkehr", "Logistik", "Transport", "Tourismus",
      "Gastronomie", "Hotel", "Hotellerie", "Landwirtschaft", "Forst", "Garten", "Metall",
      "Elektro", "Elektronik", "Chemie", "Automobil", "Fahrzeug", "Fahr", "Maschine",
      "Maschinenbau", "Anlagenbau", "Anlage", "Produktion", "Fertigung", "Ingenieur",
      "Meister", "Meisterin", "Geselle", "Techniker", "Kaufmann", "Kauffrau", "Verkauf",
      "Vertrieb", "Marketing", "Einzelhandel", "Großhandel", "Lebensmittel", "Ernährung",
      "Bäcker", "Fleischer", "Friseur", "Tischler", "Schreiner", "Maler", "Elektriker",
      "Installateur", "Mechaniker", "Mechatroniker", "Erzieher", "Erzieherin", "Pfleger",
      "Pflegerin", "Sanitär", "Heizung", "Altenpflege", "Krankenpflege",
      "Medizintechnik", "Kunststoff", "Textil", "Holz", "Glas", "Papier", "Druck", "Optik",
      "Luftfahrt", "Raumfahrt", "Schifffahrt", "Hafen", "Bahn", "Post", "Finanz", "Finanzen",
      "Steuer", "Kanzlei", "Verwaltungsfachangestellte", "Angestellte", "Beamte",
      "Branche", "Sektor", "Bereich", "Gesundheitswirtschaft", "Kreativwirtschaft",
      "Sozialwirtschaft",
      // Raum und Regionen
      "Region", "Kreis", "Landkreis", "Land", "Bund", "Kommune", "Gemeinde", "Stadt", "Dorf",
      "Raum", "Ort", "Standort", "Stand", "Bezirk", "Metropole", "Metropolregion", "Quartier",
      "Stadtteil", "Teil", "Gebiet", "Fläche", "Grenze", "Infrastruktur", "Breitband",
      "Straße", "Weg", "Brücke", "Tal", "Berg", "Wald", "See", "Insel", "Küste",
      "Nord", "Süd", "Ost", "West", "Mitte", "Europa", "Bundesland", "Freistaat", "Landes",
      "Baden", "Württemberg", "Bayern", "Franken", "Schwaben", "Hessen", "Sachsen", "Anhalt",
      "Niedersachsen", "Thüringen", "Brandenburg", "Berlin", "Hamburg", "Bremen", "Pfalz",
      "Rheinland", "Westfalen", "Saarland", "Holstein", "Schleswig", "Mecklenburg",
      "Vorpommern", "Rhein", "Main", "Ruhr", "Elbe", "Oder", "Donau", "Weser", "Neckar",
      "Oberland", "Unterland", "Allgäu", "Eifel", "Harz", "Lausitz", "Erzgebirge", "Vogtland",
  };
  // clang-format on
  return words;
}

}  // namespace fw::search::detail
