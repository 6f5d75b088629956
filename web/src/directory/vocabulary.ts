// Labels of the built-in vocabularies (codes from src/store/vocabulary_data.cpp on the server)
// and of organisation types. Unknown codes are shown as they come.
import type { Language } from '../api';

type Labels = Record<string, [de: string, en: string]>;

export const HANDLUNGSFELDER: Labels = {
  ausbildung: ['Aus- und Weiterbildung', 'Education and training'],
  berufsorientierung: ['Berufsorientierung und Übergang Schule–Beruf', 'Career guidance and school-to-work transition'],
  aeltere: ['Integration Älterer', 'Employment of older workers'],
  vereinbarkeit: ['Vereinbarkeit von Beruf und Familie', 'Work–family balance'],
  zuwanderung: ['Integration und Zuwanderung', 'Integration and immigration'],
  dual_career: ['Dual Career', 'Dual career'],
  frauen: ['Erwerbsbeteiligung von Frauen', 'Labour force participation of women'],
  gewinnung_bindung: ['Fachkräftegewinnung und -bindung', 'Recruiting and retaining skilled workers'],
  regionalmarketing: ['Arbeitgeberattraktivität und Regionalmarketing', 'Employer attractiveness and regional marketing'],
  gesundheit: ['Gesundheit und Arbeitsfähigkeit', 'Health and work ability'],
  inklusion: ['Inklusion', 'Inclusion'],
  aktivierung: ['Aktivierung Arbeitsloser', 'Activation of the unemployed'],
};

export const ZIELGRUPPEN: Labels = {
  unternehmen: ['Unternehmen', 'Companies'],
  facharbeiter: ['Facharbeiter', 'Skilled workers'],
  studierende: ['Studierende', 'Students'],
  schueler: ['Schüler', 'Pupils'],
  auszubildende: ['Auszubildende', 'Apprentices'],
  studienabbrecher: ['Studienabbrecher', 'University drop-outs'],
  frauen: ['Frauen', 'Women'],
  aeltere: ['Ältere', 'Older people'],
  migrationshintergrund: ['Menschen mit Migrationshintergrund', 'People with a migrant background'],
  gefluechtete: ['Geflüchtete', 'Refugees'],
  benachteiligte_jugendliche: ['Benachteiligte Jugendliche', 'Disadvantaged young people'],
  langzeitarbeitslose: ['Langzeitarbeitslose', 'Long-term unemployed'],
  behinderung: ['Menschen mit Behinderung', 'People with disabilities'],
};

export const ORGANISATION_TYPES: Labels = {
  ihk: ['IHK', 'Chamber of commerce (IHK)'],
  hwk: ['Handwerkskammer', 'Chamber of crafts'],
  agentur: ['Agentur für Arbeit', 'Employment agency'],
  jobcenter: ['Jobcenter', 'Jobcenter'],
  wirtschaftsfoerderung: ['Wirtschaftsförderung', 'Economic development agency'],
  kommune: ['Kommune/Landkreis', 'Municipality/district'],
  unternehmen: ['Unternehmen', 'Company'],
  arbeitgeberverband: ['Arbeitgeberverband', 'Employers’ association'],
  gewerkschaft: ['Gewerkschaft', 'Trade union'],
  hochschule: ['Hochschule', 'University'],
  schule: ['Schule/Bildungsträger', 'School/training provider'],
  drv: ['DRV-Beratungsstelle', 'Pension insurance advice centre'],
  verein: ['Verein', 'Association'],
  sonstige: ['sonstige', 'other'],
};

export function label(labels: Labels, code: string, lang: Language): string {
  const entry = labels[code];
  if (entry === undefined) return code;
  return lang === 'en' ? entry[1] : entry[0];
}

export const MEMBER_ROLES: Labels = {
  lead_partner: ['federführender Partner', 'Lead partner'],
  partner: ['Partner', 'Partner'],
  standing_guest: ['ständiger Gast', 'Standing guest'],
};

export const MEMBER_STATUS: Labels = {
  requested: ['angefragt', 'requested'],
  invited: ['eingeladen', 'invited'],
  active: ['aktiv', 'active'],
  left: ['ausgeschieden', 'left'],
};

/** Size classes of companies (employees), as the server accepts them. */
export const SIZE_CLASSES: Labels = {
  '1-9': ['1–9 Beschäftigte', '1–9 employees'],
  '10-49': ['10–49 Beschäftigte', '10–49 employees'],
  '50-249': ['50–249 Beschäftigte', '50–249 employees'],
  '250+': ['250 und mehr Beschäftigte', '250 or more employees'],
};

export const NETWORK_STATUS: Labels = {
  active: ['aktiv', 'active'],
  inactive: ['nicht aktiv', 'inactive'],
};

export const COOPERATION_FORMS: Labels = {
  kooperationsvereinbarung: ['Kooperationsvereinbarung', 'Cooperation agreement'],
  absichtserklaerung: ['Absichtserklärung', 'Letter of intent'],
  verein: ['eingetragener Verein', 'Registered association'],
  gmbh: ['GmbH', 'Limited company (GmbH)'],
  sonstige: ['sonstige', 'other'],
};
