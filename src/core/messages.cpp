#include "core/messages.hpp"

#include <string>
#include <unordered_map>

namespace fw {
namespace {

struct Text {
  const char* de;
  const char* en;
};

// Keep sorted by area. Texts address the reader formally ("Sie") and say what to do.
const std::unordered_map<std::string_view, Text>& catalogue() {
  static const std::unordered_map<std::string_view, Text> texts{
      // generic
      {"internal", {"Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.",
                    "An internal error occurred. Please try again later."}},
      {"not_found", {"Die angeforderte Seite oder Ressource gibt es nicht.", "The requested resource does not exist."}},
      {"method_not_allowed",
       {"Diese Aktion ist für diese Adresse nicht erlaubt.", "This method is not allowed for this resource."}},
      {"payload_too_large", {"Die gesendeten Daten sind zu groß.", "The request body is too large."}},
      {"header_too_large", {"Die Kopfzeilen der Anfrage sind zu groß.", "The request headers are too large."}},
      {"bad_request", {"Die Anfrage ist fehlerhaft.", "The request is malformed."}},
      {"shutting_down", {"Der Server wird gerade neu gestartet. Bitte versuchen Sie es gleich noch einmal.",
                         "The server is restarting. Please try again in a moment."}},
      // request decoding
      {"json.malformed", {"Die Anfrage enthält kein gültiges JSON ({detail}).", "The request body is not valid JSON ({detail})."}},
      {"json.not_object", {"Die Anfrage muss ein JSON-Objekt sein.", "The request body must be a JSON object."}},
      {"json.missing", {"Das Feld „{field}“ fehlt.", "The field \"{field}\" is missing."}},
      {"json.wrong_type", {"Das Feld „{field}“ hat den falschen Typ (erwartet: {detail}).",
                           "The field \"{field}\" has the wrong type (expected: {detail})."}},
      {"json.unsupported_media_type", {"Bitte senden Sie die Daten als JSON (Content-Type: application/json).",
                                       "Please send the data as JSON (Content-Type: application/json)."}},
      {"query.invalid", {"Der Parameter „{field}“ ist ungültig ({detail}).", "The parameter \"{field}\" is invalid ({detail})."}},
      // database
      {"db.error", {"Datenbankfehler. Bitte versuchen Sie es später erneut.", "Database error. Please try again later."}},
      {"db.conflict", {"Der Eintrag widerspricht einem vorhandenen Eintrag ({detail}).",
                       "The entry conflicts with an existing one ({detail})."}},
      {"db.unavailable", {"Die Datenbank ist nicht erreichbar ({detail}).", "The database is unavailable ({detail})."}},
      {"db.busy", {"Die Datenbank ist ausgelastet. Bitte versuchen Sie es gleich noch einmal.",
                   "The database is busy. Please try again in a moment."}},
      {"db.schema_too_new", {"Die Datenbank hat eine neuere Version ({detail}) als dieses Programm.",
                             "The database schema ({detail}) is newer than this program."}},
      {"db.backup_failed", {"Die Sicherung ist fehlgeschlagen: {detail}", "The backup failed: {detail}"}},
      {"db.restore_failed", {"Die Wiederherstellung ist fehlgeschlagen: {detail}", "The restore failed: {detail}"}},
      {"db.url_invalid", {"Die Datenbankadresse „{detail}“ ist ungültig. Erwartet: sqlite:PFAD oder postgresql://…",
                          "The database URL \"{detail}\" is invalid. Expected sqlite:PATH or postgresql://…"}},
      // authentication and accounts
      {"auth.invalid_credentials", {"E-Mail-Adresse oder Passwort ist falsch.", "E-mail address or password is wrong."}},
      {"auth.required", {"Bitte melden Sie sich an.", "Please sign in."}},
      {"auth.session_expired", {"Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.",
                                "Your session has expired. Please sign in again."}},
      {"auth.forbidden", {"Dafür fehlt Ihnen die Berechtigung.", "You are not allowed to do this."}},
      {"auth.csrf", {"Die Sicherheitsprüfung (CSRF) ist fehlgeschlagen. Bitte laden Sie die Seite neu.",
                     "The security check (CSRF) failed. Please reload the page."}},
      {"auth.rate_limited", {"Zu viele Anmeldeversuche. Bitte warten Sie {detail} Sekunden.",
                             "Too many sign-in attempts. Please wait {detail} seconds."}},
      {"auth.account_disabled", {"Dieses Konto ist gesperrt.", "This account is disabled."}},
      {"auth.reset_token_invalid", {"Der Link zum Zurücksetzen ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.",
                                    "The reset link is invalid or has expired. Please request a new one."}},
      {"user.email_invalid", {"Bitte geben Sie eine gültige E-Mail-Adresse ein.", "Please enter a valid e-mail address."}},
      {"user.email_taken", {"Diese E-Mail-Adresse ist bereits registriert.", "This e-mail address is already registered."}},
      {"user.password_weak", {"Das Passwort muss mindestens 10 Zeichen lang sein.", "The password must be at least 10 characters long."}},
      {"user.name_missing", {"Bitte geben Sie einen Namen an.", "Please enter a name."}},
      {"user.language_invalid", {"Sprache muss „de“ oder „en“ sein.", "Language must be \"de\" or \"en\"."}},
      {"user.role_invalid", {"Unbekannte Rolle „{detail}“.", "Unknown role \"{detail}\"."}},
      {"user.not_found", {"Diesen Benutzer gibt es nicht.", "This user does not exist."}},
      {"auth.password_wrong", {"Das Passwort ist nicht richtig.", "The password is not correct."}},
      {"user.role_exists", {"Diese Rolle hat das Konto bereits.", "The account already has this role."}},
      {"user.role_network_missing", {"Ein Netzwerk mit der Nummer {detail} gibt es nicht (Feld scope_id).",
                                     "There is no network with number {detail} (field scope_id)."}},
      {"user.role_organisation_missing", {"Eine Organisation mit der Nummer {detail} gibt es nicht (Feld scope_id).",
                                          "There is no organisation with number {detail} (field scope_id)."}},
      {"user.last_admin_change", {"Das letzte aktive Administratorkonto kann nicht gesperrt oder herabgestuft werden.",
                                  "The last active administrator account cannot be disabled or demoted."}},
      {"user.last_admin", {"Das letzte Administratorkonto kann nicht gelöscht werden.", "The last administrator account cannot be deleted."}},
      // files
      {"csv.encoding", {"Die Datei ist nicht UTF-8-kodiert ({field}). Bitte speichern Sie sie als „CSV UTF-8“.",
                        "The file is not UTF-8 encoded ({field}). Please save it as \"CSV UTF-8\"."}},
      {"csv.unterminated_quote", {"Ein Anführungszeichen wird nicht geschlossen ({field}).",
                                  "A quotation mark is not closed ({field})."}},
      {"csv.missing_column", {"Die Spalte „{detail}“ fehlt in der Kopfzeile ({field}).",
                              "The column \"{detail}\" is missing from the header ({field})."}},
      {"csv.field_count", {"Zeile hat {detail} Felder, die Kopfzeile aber eine andere Zahl ({field}).",
                           "The line has {detail} fields, unlike the header ({field})."}},
      {"csv.invalid_value", {"Ungültiger Wert ({field}): {detail}", "Invalid value ({field}): {detail}"}},
      {"export.failed", {"Die Datei konnte nicht erstellt werden. Bitte versuchen Sie es erneut.",
                         "The file could not be created. Please try again."}},
      {"import.too_large", {"Die Datei „{field}“ ist zu groß (höchstens {detail}).",
                            "The file \"{field}\" is too large (at most {detail})."}},
      {"import.utf16", {"Die Datei ist UTF-16-kodiert ({field}). Bitte speichern Sie sie als „CSV UTF-8“.",
                        "The file is UTF-16 encoded ({field}). Please save it as \"CSV UTF-8\"."}},
      {"import.binary", {"Die Datei ist keine Textdatei ({field}). Bitte wählen Sie eine CSV-Datei.",
                         "The file is not a text file ({field}). Please choose a CSV file."}},
      {"import.external_id_differs",
       {"Die passende Organisation hat eine andere externe ID („{detail}“, {field}). Bitte prüfen Sie die Zeile.",
        "The matching organisation has another external id (\"{detail}\", {field}). Please check the row."}},
      {"import.separator", {"In der Kopfzeile ({field}) steht kein Trennzeichen. Erwartet werden Semikolon (;) oder Komma (,).",
                            "The header line ({field}) contains no separator. Expected: semicolon (;) or comma (,)."}},
      {"import.empty", {"Die Datei enthält keine Datenzeilen ({field}).", "The file contains no data rows ({field})."}},
      {"import.column_twice", {"Das Feld „{detail}“ ist mehreren Spalten zugeordnet ({field}).",
                               "The field \"{detail}\" is mapped to more than one column ({field})."}},
      {"import.mapping_invalid",
       {"Die Zuordnung „{detail}“ ist ungültig ({field}). Schreiben Sie Spalte=Feld; Felder: name, type, street, postcode, "
        "city, kreis_ags, website, email, external_id, size_class.",
        "The mapping \"{detail}\" is invalid ({field}). Write column=field; fields: name, type, street, postcode, city, "
        "kreis_ags, website, email, external_id, size_class."}},
      {"import.value_missing", {"Für eine neue Organisation fehlt ein Pflichtwert ({field}).",
                                "A required value for a new organisation is missing ({field})."}},
      {"import.ambiguous", {"Mehrere Organisationen haben die E-Mail-Adresse „{detail}“ ({field}). Bitte geben Sie eine externe ID an.",
                            "Several organisations have the e-mail address \"{detail}\" ({field}). Please give an external id."}},
      {"import.network_required", {"Bitte wählen Sie das Netzwerk, in das Sie importieren.",
                                   "Please choose the network you are importing into."}},
      {"import.report_gone", {"Diesen Fehlerbericht gibt es nicht (mehr). Bitte führen Sie die Prüfung erneut aus.",
                              "This error report does not exist (any more). Please run the check again."}},
      {"import.csv_expected", {"Bitte senden Sie die Datei als CSV (Content-Type: text/csv).",
                               "Please send the file as CSV (Content-Type: text/csv)."}},
      {"import.rejected", {"{detail} Zeile(n) abgelehnt; es wurde nichts gespeichert. Einzelheiten stehen im Fehlerbericht.",
                           "{detail} row(s) rejected; nothing was saved. See the error report for details."}},
      {"cli.unknown_kind", {"Unbekannte Art „{detail}“. Möglich: {field}", "Unknown kind \"{detail}\". Possible: {field}"}},
      // regions and directory
      {"region.land_invalid", {"„{detail}“ ist kein Länderschlüssel (zwei Ziffern, z. B. 08).",
                               "\"{detail}\" is not a Land code (two digits, e.g. 08)."}},
      {"region.land_unknown", {"Ein Land mit dem Schlüssel {detail} gibt es nicht.", "There is no Land with code {detail}."}},
      {"region.kreis_invalid", {"„{detail}“ ist kein Kreisschlüssel (fünf Ziffern, z. B. 08136).",
                                "\"{detail}\" is not a Kreis code (five digits, e.g. 08136)."}},
      {"region.kreis_unknown", {"Einen Kreis mit dem Schlüssel {detail} gibt es nicht.", "There is no Kreis with code {detail}."}},
      {"region.query_short", {"Bitte geben Sie mindestens zwei Buchstaben ein.", "Please enter at least two letters."}},
      {"directory.value_invalid", {"Der Wert „{detail}“ ist für „{field}“ nicht zulässig.",
                                   "The value \"{detail}\" is not allowed for \"{field}\"."}},
      {"directory.name_missing", {"Bitte geben Sie einen Namen an.", "Please enter a name."}},
      {"directory.name_taken", {"Ein Eintrag mit diesem Namen existiert bereits.", "An entry with this name already exists."}},
      {"directory.org_not_found", {"Diese Organisation gibt es nicht.", "This organisation does not exist."}},
      {"directory.network_not_found", {"Dieses Netzwerk gibt es nicht.", "This network does not exist."}},
      {"directory.membership_exists", {"Die Organisation ist bereits mit diesem Netzwerk verbunden.",
                                       "The organisation is already linked to this network."}},
      {"directory.membership_state", {"Dieser Schritt ist im Status „{detail}“ nicht möglich.",
                                      "This step is not possible in status \"{detail}\"."}},
      {"directory.date_invalid", {"Bitte geben Sie ein Datum im Format JJJJ-MM-TT an.", "Please give a date as YYYY-MM-DD."}},
      {"directory.left_before_joined", {"Das Austrittsdatum darf nicht vor dem Beitritt am {detail} liegen.",
                                        "The leaving date may not lie before joining on {detail}."}},
      // controlled vocabularies
      {"vocab.kind_unknown", {"Ein Vokabular „{detail}“ gibt es nicht (handlungsfelder oder zielgruppen).",
                              "There is no vocabulary \"{detail}\" (handlungsfelder or zielgruppen)."}},
      {"vocab.code_invalid", {"Der Code „{detail}“ ist ungültig: 2 bis 40 Zeichen a–z, 0–9 oder _, beginnend mit einem Buchstaben.",
                              "The code \"{detail}\" is invalid: 2 to 40 characters a–z, 0–9 or _, starting with a letter."}},
      {"vocab.label_missing", {"Bitte geben Sie eine Bezeichnung an (höchstens 200 Zeichen).",
                               "Please give a label (at most 200 characters)."}},
      {"vocab.term_taken", {"„{detail}“ gibt es in diesem Vokabular bereits.", "\"{detail}\" already exists in this vocabulary."}},
      // good-practice database
      {"practice.not_found", {"Diesen Praxisbeitrag gibt es nicht.", "This good-practice entry does not exist."}},
      {"practice.title_missing", {"Bitte geben Sie einen Titel an (höchstens 300 Zeichen).",
                                  "Please enter a title (at most 300 characters)."}},
      {"practice.period_order", {"Das Ende des Zeitraums liegt vor seinem Beginn. Bitte prüfen Sie „{field}“.",
                                 "The period ends before it begins. Please check \"{field}\"."}},
      {"practice.kreis_outside_land", {"Der Kreis {detail} liegt nicht im angegebenen Bundesland.",
                                       "The Kreis {detail} is not in the given Land."}},
      {"practice.network_required", {"Bitte verknüpfen Sie den Beitrag mit mindestens einem Ihrer Netzwerke.",
                                     "Please link the entry to at least one of your networks."}},
      {"practice.network_forbidden", {"Sie dürfen Beiträge nur mit Netzwerken verknüpfen, in denen Sie Redaktion oder "
                                      "Koordination übernehmen (Netzwerk {detail}).",
                                      "You may only link entries to networks you edit or coordinate (network {detail})."}},
      {"practice.awards_admin_only", {"Auszeichnungen können nur Administratorinnen und Administratoren eintragen.",
                                      "Only administrators can record awards."}},
      {"practice.award_invalid", {"Bitte geben Sie zu jeder Auszeichnung ein Jahr (1990–2100) und einen Namen an ({field}).",
                                  "Please give every award a year (1990–2100) and a name ({field})."}},
      {"practice.state", {"Dieser Schritt ist im Status „{detail}“ nicht möglich.",
                          "This step is not possible in status \"{detail}\"."}},
      {"practice.reason_missing", {"Bitte geben Sie einen Grund an, warum der Beitrag zurück in den Entwurf geht.",
                                   "Please give a reason why the entry goes back to draft."}},
      // labour-market monitor
      {"monitor.bad_value", {"Ungültiger Wert ({field}): {detail}", "Invalid value ({field}): {detail}"}},
      {"monitor.bad_reference", {"Die Referenzdaten sind fehlerhaft ({field}): {detail}", "The reference data are broken ({field}): {detail}"}},
      {"monitor.file_missing", {"Die Datei „{field}“ fehlt.", "The file \"{field}\" is missing."}},
      {"monitor.unknown_region", {"Die Region „{detail}“ gibt es nicht.", "The region \"{detail}\" does not exist."}},
      {"monitor.bad_region", {"„{detail}“ ist keine gültige Regionsangabe (z. B. 08136, land:08, network:ID).", "\"{detail}\" is not a valid region (e.g. 08136, land:08, network:ID)."}},
      {"monitor.unknown_occupation", {"Den Beruf „{detail}“ gibt es in der KldB 2010 nicht.", "There is no occupation \"{detail}\" in the KldB 2010."}},
      {"monitor.occupation_too_fine", {"Für „{detail}“ liegen nur gröbere Berufsdaten vor.", "Only coarser occupation data exist for \"{detail}\"."}},
      {"monitor.bad_level", {"Das Anforderungsniveau muss 1 bis 4 sein ({field}).", "The requirement level must be 1 to 4 ({field})."}},
      {"monitor.unknown_source", {"Unbekannte Datenquelle „{detail}“.", "Unknown data source \"{detail}\"."}},
      {"monitor.no_period", {"Für diesen Zeitraum liegen keine Daten vor ({detail}).", "There are no data for this period ({detail})."}},
      {"monitor.bad_options", {"Ungültige Einstellung ({field}): {detail}", "Invalid option ({field}): {detail}"}},
      {"monitor.bad_thresholds", {"Die Schwellenwerttabelle ist fehlerhaft ({field}): {detail}", "The threshold table is broken ({field}): {detail}"}},
      {"monitor.bad_projection_input", {"Die Eingaben der Projektion sind fehlerhaft ({field}): {detail}", "The projection input is broken ({field}): {detail}"}},
      {"monitor.scenario_out_of_range", {"Der Szenariowert „{field}“ liegt außerhalb des sinnvollen Bereichs ({detail}).", "The scenario value \"{field}\" is out of range ({detail})."}},
      {"monitor.bad_horizon", {"Der Zeithorizont ist ungültig ({detail}).", "The horizon is invalid ({detail})."}},
      {"monitor.bad_runs", {"Die Zahl der Simulationsläufe ist ungültig ({detail}).", "The number of runs is invalid ({detail})."}},
      {"monitor.bad_history", {"Die Zeitreihe reicht nicht aus ({detail}).", "The history is insufficient ({detail})."}},
      {"monitor.bad_file", {"Die Datei ist fehlerhaft ({field}): {detail}", "The file is broken ({field}): {detail}"}},
      {"monitor.import_empty", {"Die Datei „{field}“ enthält keine Datenzeilen.", "The file \"{field}\" contains no data rows."}},
      {"monitor.import_unknown_region", {"Den Kreis „{detail}“ gibt es nicht ({field}).", "There is no Kreis \"{detail}\" ({field})."}},
      {"monitor.import_unknown_occupation", {"Den KldB-Code „{detail}“ gibt es nicht ({field}).", "There is no KldB code \"{detail}\" ({field})."}},
      {"monitor.import_bad_level", {"Das Anforderungsniveau „{detail}“ ist ungültig; erlaubt sind 1 bis 4, passend zum KldB-Code ({field}).", "The requirement level \"{detail}\" is invalid; allowed are 1 to 4, matching the KldB code ({field})."}},
      {"monitor.import_bad_period", {"Das Jahr „{detail}“ ist ungültig ({field}).", "The year \"{detail}\" is invalid ({field})."}},
      {"monitor.import_unknown_quantity", {"Die Größe „{detail}“ ist unbekannt; die erlaubten Namen stehen in docs/monitor-data.md ({field}).", "The quantity \"{detail}\" is unknown; the allowed names are in docs/monitor-data.md ({field})."}},
      {"monitor.import_source_missing", {"Bitte geben Sie die Quelle an ({field}).", "Please give the source ({field})."}},
      {"monitor.import_duplicate", {"Dieser Wert steht schon in Zeile {detail} ({field}).", "This value is already given in line {detail} ({field})."}},
      {"monitor.import_bad_category", {"Die Kategorie „{detail}“ ist unbekannt (erwartet: Engpassberuf, unter Beobachtung, kein Engpass, nicht bewertbar) ({field}).", "The category \"{detail}\" is unknown (expected: Engpassberuf, unter Beobachtung, kein Engpass, nicht bewertbar) ({field})."}},
      {"monitor.import_bad_points", {"Die Punktzahl „{detail}“ ist ungültig; erlaubt sind 0 bis 3 oder X ({field}).", "The points \"{detail}\" are invalid; allowed are 0 to 3 or X ({field})."}},
      {"monitor.import_unknown_kind", {"Unbekannte Importart „{detail}“ (erlaubt: {field}).", "Unknown import kind \"{detail}\" (allowed: {field})."}},
      {"monitor.xlsx_no_table", {"In „{field}“ wurde keine Tabelle gefunden: Es fehlt eine Kopfzeile mit Region, Beruf (KldB) und mindestens einer bekannten Größe.", "No table was found in \"{field}\": a header row with region, occupation (KldB) and at least one known quantity is missing."}},
      {"monitor.thresholds_unknown", {"Die Schwellenwerttabelle „{detail}“ gibt es nicht.", "There is no threshold table \"{detail}\"."}},
      {"monitor.no_data", {"Für den Arbeitsmarktmonitor sind noch keine Daten geladen. Bitte importieren Sie Daten oder laden Sie die Demodaten.", "No labour-market data are loaded yet. Please import data or load the demo data."}},
      {"monitor.no_projection_data", {"Für die Projektion liegen keine Eingangsdaten vor (nicht bewertbar); sie braucht Bestände nach Einzelalter, bisher nur aus den Demodaten.", "There are no projection inputs (not assessable); the projection needs stocks by single age, so far only from the demo data."}},
      {"monitor.network_empty", {"Das Netzwerk hat keine Kreise, für die ein Monitor berechnet werden könnte.", "The network has no Kreise to compute the monitor for."}},
      {"monitor.scenario_unknown_field", {"Das Szenario kennt den Parameter „{field}“ nicht.", "The scenario has no parameter \"{field}\"."}},
      {"monitor.scenario_not_found", {"Dieses Szenario gibt es nicht.", "This scenario does not exist."}},
      {"monitor.scenario_name_taken", {"Sie haben bereits ein Szenario mit diesem Namen.", "You already have a scenario with this name."}},
      {"monitor.io_failed", {"Lesen oder Schreiben fehlgeschlagen ({field}): {detail}", "Reading or writing failed ({field}): {detail}"}},
      // Job für Zwei matcher
      {"match.kldb_invalid", {"Der KldB-Code „{detail}“ ist ungültig (2–5 Ziffern, 5. Ziffer 1–4).", "The KldB code \"{detail}\" is invalid (2–5 digits, 5th digit 1–4)."}},
      {"match.kldb_unknown", {"Den KldB-Code „{detail}“ gibt es nicht.", "The KldB code \"{detail}\" does not exist."}},
      {"match.level_invalid", {"Das Anforderungsniveau muss 1 bis 4 sein und zum Code passen.", "The level must be 1 to 4 and match the code."}},
      {"match.outside_germany", {"Die Koordinaten liegen nicht in Deutschland ({field}).", "The coordinates are not in Germany ({field})."}},
      {"match.minutes_invalid", {"Die Pendelzeit muss zwischen 0 und 240 Minuten liegen.", "The commute limit must be 0 to 240 minutes."}},
      {"match.min_fit_invalid", {"min_fit muss größer als 0 und höchstens 1 sein.", "min_fit must be above 0 and at most 1."}},
      {"match.limit_invalid", {"limit muss zwischen 1 und 1.000.000 liegen.", "limit must be 1 to 1,000,000."}},
      {"match.option_invalid", {"Die Option „{field}“ ist ungültig.", "The option \"{field}\" is invalid."}},
      {"match.occupations_missing", {"Bitte geben Sie mindestens einen Beruf an.", "Please give at least one occupation."}},
      {"match.anchor_missing", {"Bitte geben Sie den Arbeitsort oder den Wohnort an.", "Please give the workplace or the home."}},
      {"match.kreis_unknown", {"Den Kreis „{detail}“ gibt es nicht.", "The Kreis \"{detail}\" does not exist."}},
      {"match.locations_missing", {"Die Stelle braucht mindestens einen Arbeitsort.", "The vacancy needs at least one location."}},
      {"match.matrix_malformed", {"Die Datei ist fehlerhaft ({field}: {detail}).", "The file is malformed ({field}: {detail})."}},
      {"match.places_malformed", {"Die Datei ist fehlerhaft ({field}: {detail}).", "The file is malformed ({field}: {detail})."}},
      {"match.file_unreadable", {"Die Datei {field} kann nicht gelesen werden.", "Cannot read the file {field}."}},
      // Job für Zwei: vacancies and imports
      {"vacancy.not_found", {"Diese Stelle gibt es nicht.", "This vacancy does not exist."}},
      {"vacancy.title_missing", {"Bitte geben Sie einen Stellentitel an ({field}).", "Please enter a job title ({field})."}},
      {"vacancy.employer_missing", {"Bitte geben Sie den Arbeitgeber an ({field}).", "Please name the employer ({field})."}},
      {"vacancy.network_required", {"Eine Stelle nur für Mitglieder braucht ein Netzwerk ({field}).", "A members-only vacancy needs a network ({field})."}},
      {"vacancy.network_ambiguous", {"Sie gehören zu mehreren Netzwerken. Bitte wählen Sie eines ({field}).", "You belong to several networks. Please choose one ({field})."}},
      {"vacancy.dates_order", {"Das Ablaufdatum liegt vor dem Veröffentlichungsdatum ({field}).", "The expiry date is before the publication date ({field})."}},
      {"import.malformed", {"Die Datei ist fehlerhaft ({field}: {detail}). Es wurde nichts gespeichert.", "The file is malformed ({field}: {detail}). Nothing was saved."}},
      {"import.format_unknown", {"Unbekanntes Format „{detail}“. Möglich: {field}", "Unknown format \"{detail}\". Possible: {field}"}},
      {"import.kldb_unmapped", {"Der Beruf „{detail}“ lässt sich keinem KldB-Code zuordnen ({field}).", "The occupation \"{detail}\" cannot be mapped to a KldB code ({field})."}},
      {"import.field_missing", {"Das Feld „{field}“ fehlt.", "The field \"{field}\" is missing."}},
      // Job für Zwei cases and consent
      {"dualcareer.case_not_found", {"Diesen Fall gibt es nicht oder Sie haben keinen Zugriff darauf.", "This case does not exist or you have no access to it."}},
      {"dualcareer.minutes_invalid", {"Die Pendelzeit ({field}) muss zwischen 1 und 240 Minuten liegen.", "The commute limit ({field}) must be 1 to 240 minutes."}},
      {"dualcareer.mode_invalid", {"Das Verkehrsmittel „{detail}“ ({field}) ist unbekannt: car, pt oder bike.", "The mode \"{detail}\" ({field}) is unknown: car, pt or bike."}},
      {"dualcareer.working_time_invalid", {"Die Arbeitszeit „{detail}“ ({field}) ist unbekannt.", "The working time \"{detail}\" ({field}) is unknown."}},
      {"dualcareer.place_unknown", {"Den Ort {detail} ({field}) gibt es nicht.", "The place {detail} ({field}) does not exist."}},
      {"dualcareer.contact_missing", {"Bitte geben Sie den Namen der Person an ({field}).", "Please give the person's name ({field})."}},
      {"dualcareer.request_b_only_couple", {"Ein zweites Jobgesuch ({field}) gibt es nur bei Paaren.", "A second job request ({field}) is only for couples."}},
      {"dualcareer.stage_not_allowed", {"Dieser Schritt ist nicht möglich ({detail}).", "This step is not possible ({detail})."}},
      {"dualcareer.followup_not_found", {"Nachfragen gibt es nach 6 und 12 Monaten ({field}).", "Follow-ups are at 6 and 12 months ({field})."}},
      {"dualcareer.followup_not_placed", {"Nachfragen sind erst nach einer Vermittlung möglich.", "Follow-ups are only possible after a placement."}},
      {"dualcareer.consent_missing", {"Die Einwilligung deckt diese Organisation nicht ab ({field}).", "The consent does not cover this organisation ({field})."}},
      {"dualcareer.consent_none", {"Es liegt keine Einwilligung vor, die Sie widerrufen könnten.", "There is no consent to revoke."}},
      {"dualcareer.consent_link_invalid", {"Dieser Einwilligungslink ist ungültig. Bitte wenden Sie sich an die Koordinierungsstelle.", "This consent link is invalid. Please contact the coordinator."}},
      {"dualcareer.consent_link_expired", {"Dieser Einwilligungslink ist abgelaufen. Es wurde nichts geändert. Bitte fordern Sie bei der Koordinierungsstelle einen neuen Link an.", "This consent link has expired. Nothing was changed. Please ask the coordinator for a new link."}},
      {"dualcareer.consent_link_revoked", {"Dieser Einwilligungslink wurde durch einen neueren ersetzt. Es wurde nichts geändert. Bitte verwenden Sie den neuesten Link.", "This consent link was replaced by a newer one. Nothing was changed. Please use the latest link."}},
      {"dualcareer.consent_text_outdated", {"Der Einwilligungstext hat sich geändert. Bitte lesen Sie ihn erneut und stimmen Sie dann zu.", "The consent text has changed. Please read it again before you agree."}},
      {"dualcareer.recipients_missing", {"Bitte wählen Sie mindestens eine Organisation aus ({field}).", "Please select at least one organisation ({field})."}},
      {"dualcareer.recipient_not_member", {"Die Organisation ({field}) ist kein aktives Mitglied des Netzwerks.", "The organisation ({field}) is not an active member of the network."}},
      {"dualcareer.data_items_missing", {"Bitte wählen Sie mindestens eine Angabe aus, die weitergegeben werden darf ({field}).", "Please select at least one item that may be shared ({field})."}},
      {"dualcareer.purpose_missing", {"Bitte geben Sie den Zweck der Weitergabe an ({field}).", "Please state the purpose of sharing ({field})."}},
      {"dualcareer.reveal_not_found", {"Diese Anfrage gibt es nicht.", "This request does not exist."}},
      // mail
      {"mail.failed", {"Die E-Mail konnte nicht versendet werden ({detail}).", "The e-mail could not be sent ({detail})."}},
      // server
      {"server.bind", {"Der Server kann nicht auf {detail} lauschen.", "The server cannot listen on {detail}."}},
      {"config.invalid", {"Ungültige Einstellung „{field}“: {detail}", "Invalid setting \"{field}\": {detail}"}},
      {"file.unreadable", {"Die Datei „{field}“ kann nicht gelesen werden ({detail}).", "The file \"{field}\" cannot be read ({detail})."}},
  };
  return texts;
}

void replace_all(std::string& s, std::string_view what, std::string_view with) {
  for (std::size_t pos = s.find(what); pos != std::string::npos; pos = s.find(what, pos + with.size())) {
    s.replace(pos, what.size(), with);
  }
}

}  // namespace

std::string_view pick_language(std::string_view accept_language) {
  // The first tag decides; q-values are ignored because browsers list in preference order.
  while (!accept_language.empty() && accept_language.front() == ' ') accept_language.remove_prefix(1);
  if (accept_language.size() >= 2 && (accept_language[0] == 'e' || accept_language[0] == 'E') &&
      (accept_language[1] == 'n' || accept_language[1] == 'N')) {
    return "en";
  }
  return "de";
}

std::string message_text(std::string_view key, std::string_view lang, std::string_view field,
                         std::string_view detail) {
  const auto& texts = catalogue();
  auto it = texts.find(key);
  std::string text;
  if (it == texts.end()) {
    text = lang == "en" ? "Error ({detail})." : "Fehler ({detail}).";
    detail = key;
  } else {
    text = lang == "en" ? it->second.en : it->second.de;
  }
  replace_all(text, "{field}", field);
  replace_all(text, "{detail}", detail);
  return text;
}

std::string message_text(const Error& error, std::string_view lang) {
  return message_text(error.key.empty() ? code_name(error.code) : error.key, lang, error.field, error.detail);
}

bool has_message(std::string_view key) { return catalogue().contains(key); }

}  // namespace fw
