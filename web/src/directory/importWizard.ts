// Logic of the organisation import wizard (ImportWizard.tsx), free of React so that it is
// tested on its own: reading the header of the chosen file, proposing a column → field
// mapping (the same aliases as the server, service/directory/import_columns.cpp), the
// `map` parameter for the API and the summary of a report.

export const IMPORT_FIELDS = [
  'name',
  'type',
  'street',
  'postcode',
  'city',
  'kreis_ags',
  'website',
  'email',
  'external_id',
  'size_class',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_FIELDS: readonly ImportField[] = ['name', 'type'];

export const FIELD_LABELS: Record<ImportField, string> = {
  name: 'Name',
  type: 'Typ',
  street: 'Straße',
  postcode: 'PLZ',
  city: 'Ort',
  kreis_ags: 'Kreis (AGS)',
  website: 'Website',
  email: 'E-Mail',
  external_id: 'Externe ID',
  size_class: 'Größenklasse',
};

const ALIASES: Record<ImportField, string[]> = {
  name: ['name', 'organisation', 'organisationsname', 'organization', 'firma', 'bezeichnung', 'einrichtung'],
  type: ['typ', 'art', 'type', 'organisationstyp', 'organisationsart', 'kategorie'],
  street: ['strasse', 'str', 'street', 'adresse', 'anschrift', 'address', 'strasseundhausnummer'],
  postcode: ['plz', 'postleitzahl', 'postcode', 'zip', 'zipcode', 'postalcode'],
  city: ['ort', 'stadt', 'city', 'town', 'gemeinde'],
  kreis_ags: ['kreis', 'kreisags', 'ags', 'kreisschlussel', 'landkreis', 'district', 'kreisags5'],
  website: ['website', 'webseite', 'internet', 'homepage', 'url', 'www', 'internetadresse'],
  email: ['email', 'mail', 'emailadresse'],
  external_id: ['externeid', 'externalid', 'extid', 'kennung', 'fremdschlussel'],
  size_class: ['grossenklasse', 'groessenklasse', 'sizeclass', 'size', 'beschaftigte', 'mitarbeitende', 'unternehmensgrosse'],
};

/** Lower case, umlauts and ß folded, everything but letters and digits dropped ("E-Mail" → "email"). */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

const FOLDED_ALIASES: [ImportField, string[]][] = IMPORT_FIELDS.map((f) => [f, [f, ...ALIASES[f]].map(headerKey)]);

/** The field a header names, or null ("Straße" → street). */
export function guessField(header: string): ImportField | null {
  const key = headerKey(header);
  if (key === '') return null;
  for (const [field, names] of FOLDED_ALIASES) if (names.includes(key)) return field;
  return null;
}

/** The separator the server will detect: the more frequent of ; and , in the first line. */
export function detectSeparator(firstLine: string): ';' | ',' | null {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  if (semicolons === 0 && commas === 0) return null;
  return semicolons >= commas ? ';' : ',';
}

/** The header cells of a CSV text (BOM and quotes removed), or null without a separator. */
export function readHeader(text: string): string[] | null {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const sep = detectSeparator(firstLine);
  if (sep === null) return null;
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < firstLine.length; i++) {
    const ch = firstLine[i];
    if (ch === '"') {
      if (quoted && firstLine[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === sep && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** Column header → field (or null: not imported). */
export type Mapping = Record<string, ImportField | null>;

export function proposeMapping(headers: string[]): Mapping {
  const mapping: Mapping = {};
  const taken = new Set<ImportField>();
  for (const h of headers) {
    const field = guessField(h);
    mapping[h] = field !== null && !taken.has(field) ? field : null;
    if (field !== null) taken.add(field);
  }
  return mapping;
}

/** Required fields no column is mapped to. */
export function missingFields(mapping: Mapping): ImportField[] {
  const mapped = new Set(Object.values(mapping));
  return REQUIRED_FIELDS.filter((f) => !mapped.has(f));
}

/** Fields mapped to more than one column. */
export function doubleFields(mapping: Mapping): ImportField[] {
  const seen = new Map<ImportField, number>();
  for (const f of Object.values(mapping)) if (f !== null) seen.set(f, (seen.get(f) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([f]) => f);
}

/** The API's `map` parameter: every column explicitly ("Spalte=feld", "-" for not imported). */
export function mapParameter(mapping: Mapping): string {
  return Object.entries(mapping)
    .filter(([header]) => header !== '' && !header.includes(',') && !header.includes('='))
    .map(([header, field]) => `${header}=${field ?? '-'}`)
    .join(',');
}

export interface ImportRow {
  line: number;
  action: 'created' | 'updated' | 'unchanged' | 'rejected';
  organisation_id: number | null;
  name: string;
  matched_by: '' | 'external_id' | 'email' | 'name_postcode';
  membership: string;
}

export interface ImportProblem {
  line: number;
  column: string;
  value: string;
  code: string;
  message: string;
}

export interface ImportReport {
  file: string;
  separator: string;
  dry_run: boolean;
  written: boolean;
  counts: { created: number; updated: number; unchanged: number; rejected: number };
  columns: { column: string; field: string | null }[];
  unknown_columns: string[];
  rows: ImportRow[];
  problems: ImportProblem[];
  report_id: string | null;
}

/** What the confirm button may do after a dry run: import all, import without the rejected rows, or nothing. */
export function confirmChoice(report: ImportReport): 'all' | 'skipInvalid' | 'nothing' {
  const { created, updated, rejected } = report.counts;
  if (created + updated === 0 && report.rows.every((r) => r.membership === '' || r.action === 'rejected')) {
    return 'nothing';
  }
  return rejected > 0 ? 'skipInvalid' : 'all';
}

/** The rows of the result table with the problems of each rejected line attached. */
export function resultRows(report: ImportReport): (ImportRow & { problems: ImportProblem[] })[] {
  return report.rows.map((row) => ({ ...row, problems: report.problems.filter((p) => p.line === row.line) }));
}
