// End-to-end test of the web UI against a running Fachwerk server.
//
//   FACHWERK_E2E_URL=http://127.0.0.1:18080 node e2e/run.mjs
//
// Drives Debian's /usr/bin/chromium through playwright-core (no browser download).
// Each test gets a fresh browser context (no cookies, empty localStorage).
// Prints one line per test and closes with "N passed, M failed"; exits 1 on failure.
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE = (process.env.FACHWERK_E2E_URL ?? 'http://127.0.0.1:18080').replace(/\/+$/, '');
const CHROMIUM = process.env.FACHWERK_E2E_CHROMIUM ?? '/usr/bin/chromium';
const RESULTS = fileURLToPath(new URL('../test-results/', import.meta.url));
const TIMEOUT = 10_000;
// Runs only the tests whose name contains this text (for working on one flow).
const ONLY = process.env.FACHWERK_E2E_ONLY ?? '';

const ADMIN = { email: 'admin@fachwerk.test', password: 'Fachwerk-Demo-2026' };
const MEMBER = { email: 'mitglied@fachwerk.test', password: 'Fachwerk-Demo-2026' };
const WRONG_PASSWORD_MESSAGE = 'E-Mail-Adresse oder Passwort ist falsch.';

// ---------------------------------------------------------------- helpers

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function visible(locator, what) {
  try {
    await locator.waitFor({ state: 'visible', timeout: TIMEOUT });
  } catch {
    throw new Error(`not visible: ${what}`);
  }
}

async function hidden(locator, what) {
  try {
    await locator.waitFor({ state: 'hidden', timeout: TIMEOUT });
  } catch {
    throw new Error(`still visible: ${what}`);
  }
}

/** Waits until `read()` returns `expected`; fails with the last value seen. */
async function eventually(read, expected, what) {
  const deadline = Date.now() + TIMEOUT;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (last === expected) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(last)}`);
}

const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);
const banner = (page) => page.getByRole('banner');

async function openStart(page) {
  await page.goto(`${BASE}/`);
  await visible(page.getByRole('heading', { level: 1, name: 'Willkommen bei Fachwerk' }), 'German start heading');
}

async function login(page, email, password) {
  await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
}

/** Opens the start page and logs in through the header link. */
async function loginFromStart(page, { email, password }) {
  await openStart(page);
  await banner(page).getByRole('link', { name: 'Anmelden' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Anmelden' }), 'login heading');
  await login(page, email, password);
  await visible(page.getByRole('heading', { name: /^Angemeldet als / }), '"Angemeldet als …" after login');
}

const accountNav = (page) => page.getByRole('navigation', { name: 'Benutzerkonto' });

let serial = 0;
/** A unique e-mail address per run and call, so that flows never collide. */
function uniqueEmail(prefix) {
  serial += 1;
  return `${prefix}-${Date.now()}-${process.pid}-${serial}@example.org`;
}

/** Logs in through the API as `account`; returns headers for further calls. */
async function apiSession(account) {
  const json = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const session = await fetch(`${BASE}/api/v1/session`, { method: 'POST', headers: json, body: JSON.stringify(account) });
  assert(session.ok, `API login failed: ${session.status}`);
  const { csrf_token: csrf } = await session.json();
  const cookie = session.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { ...json, Cookie: cookie, 'X-CSRF-Token': csrf };
}

/**
 * Runs `work(call)` with an API session of the demo admin (not through the UI); `call(method,
 * path, body)` sends JSON with cookie and CSRF token. Logs out afterwards.
 */
async function asAdminViaApi(work) {
  const headers = await apiSession(ADMIN);
  const call = (method, path, body) => fetch(`${BASE}${path}`, { method, headers, body: JSON.stringify(body) });
  try {
    return await work(call);
  } finally {
    await fetch(`${BASE}/api/v1/session`, { method: 'DELETE', headers });
  }
}

/** Creates an account through the API as the demo admin. Returns its e-mail address and password. */
async function createUserViaApi(prefix) {
  const user = { email: uniqueEmail(prefix), password: 'E2e-Passwort-2026', display_name: `E2E ${prefix}` };
  await asAdminViaApi(async (call) => {
    const created = await call('POST', '/api/v1/users', { ...user, language: 'de', is_admin: false });
    assert(created.status === 201, `API user creation failed: ${created.status} ${await created.text()}`);
  });
  return user;
}

/** Creates a network through the API as the demo admin; returns its id. */
async function createNetworkViaApi(name) {
  return asAdminViaApi(async (call) => {
    const created = await call('POST', '/api/v1/networks', { name, kreise: ['08136'] });
    const body = await created.text();
    assert(created.status === 201, `API network creation failed: ${created.status} ${body}`);
    return JSON.parse(body).network.id;
  });
}

// ---------------------------------------------------------------- tests

const tests = [
  {
    name: 'start page loads in German; switching to English and back changes the navigation',
    async run(page) {
      await openStart(page);
      await eventually(() => htmlLang(page), 'de', '<html lang>');
      const navDe = page.getByRole('navigation', { name: 'Hauptnavigation' });
      for (const label of ['Start', 'Netzwerke', 'Praxisdatenbank', 'Job für Zwei', 'Arbeitsmarktmonitor']) {
        await visible(navDe.getByRole('link', { name: label, exact: true }), `nav link ${label}`);
      }
      await visible(page.getByRole('contentinfo').getByRole('link', { name: 'Impressum' }), 'footer Impressum');
      await visible(page.getByRole('contentinfo').getByRole('link', { name: 'Datenschutz' }), 'footer Datenschutz');
      await page.waitForLoadState('networkidle');
      await mkdir(RESULTS, { recursive: true });
      await page.screenshot({ path: `${RESULTS}start.png`, fullPage: true });

      await page.getByRole('button', { name: 'English' }).click();
      const navEn = page.getByRole('navigation', { name: 'Main navigation' });
      await visible(navEn.getByRole('link', { name: 'Networks', exact: true }), 'English nav link Networks');
      await visible(page.getByRole('heading', { level: 1, name: 'Welcome to Fachwerk' }), 'English heading');
      await eventually(() => htmlLang(page), 'en', '<html lang>');

      await page.reload();
      await visible(navEn.getByRole('link', { name: 'Networks', exact: true }), 'English kept after reload');

      await page.getByRole('button', { name: 'Deutsch' }).click();
      await visible(navDe.getByRole('link', { name: 'Netzwerke', exact: true }), 'German nav link again');
      await eventually(() => htmlLang(page), 'de', '<html lang>');
    },
  },
  {
    name: 'login with a wrong password shows the server’s German message next to the form',
    async run(page) {
      await page.goto(`${BASE}/anmelden`); // deep link: needs the server's SPA fallback
      await visible(page.getByRole('heading', { level: 1, name: 'Anmelden' }), 'login heading');
      await login(page, ADMIN.email, 'falsches-Passwort-123');
      const alert = page.locator('form').getByRole('alert');
      await eventually(async () => (await alert.textContent())?.trim(), WRONG_PASSWORD_MESSAGE, 'form alert');
      assert((await page.getByText('Angemeldet als').count()) === 0, 'must not be logged in');
    },
  },
  {
    name: 'demo admin logs in, the session survives a reload, logout ends it',
    async run(page) {
      await openStart(page);
      await banner(page).getByRole('link', { name: 'Anmelden' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Anmelden' }), 'login heading');
      await login(page, ADMIN.email, ADMIN.password);
      const signedIn = page.getByRole('heading', { name: /^Angemeldet als / });
      await visible(signedIn, '"Angemeldet als …" after login');

      await page.reload();
      await visible(signedIn, '"Angemeldet als …" after reload');

      await banner(page).getByRole('button', { name: 'Abmelden' }).click();
      await hidden(signedIn, '"Angemeldet als …" after logout');
      await visible(banner(page).getByRole('link', { name: 'Anmelden' }), 'login link after logout');

      await page.reload();
      await visible(banner(page).getByRole('link', { name: 'Anmelden' }), 'still logged out after reload');
      assert((await signedIn.count()) === 0, 'session must be gone on the server');
    },
  },
  {
    name: 'keyboard: the first Tab reaches the skip link, which moves focus to the content',
    async run(page) {
      await openStart(page);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
      await eventually(() => skip.evaluate((el) => el === document.activeElement), true, 'skip link focused');
      const box = await skip.boundingBox();
      assert(box !== null && box.y >= 0 && box.height > 0, 'focused skip link must be on screen');
      await page.keyboard.press('Enter');
      await eventually(() => page.evaluate(() => document.activeElement?.id), 'inhalt', 'focus after skip link');
    },
  },
  {
    name: 'admin opens Verwaltung, creates a user, finds it in the list and as "angelegt" in the audit log',
    async run(page) {
      await loginFromStart(page, ADMIN);
      await accountNav(page).getByRole('link', { name: 'Verwaltung' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Benutzerkonten' }), 'users heading');
      await visible(page.getByRole('table').getByRole('cell', { name: ADMIN.email }), 'admin in the users table');

      await page.getByRole('link', { name: 'Benutzerkonto anlegen' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Benutzerkonto anlegen' }), 'create heading');
      const email = uniqueEmail('e2e-verwaltung');
      const name = `E2E Person ${Date.now()}`;
      await page.getByLabel('Name', { exact: true }).fill(name);
      await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
      await page.getByLabel('Anfangspasswort', { exact: true }).fill('Anfangs-Passwort-2026');
      await page.getByRole('button', { name: 'Konto anlegen' }).click();

      await visible(page.getByRole('heading', { level: 1, name: 'Benutzerkonten' }), 'back on the list');
      await visible(page.getByText(`Das Benutzerkonto „${name}“ (${email}) wurde angelegt.`), 'confirmation');
      const row = page.getByRole('row').filter({ hasText: email });
      await visible(row.getByRole('link', { name }), 'new user in the list');
      await visible(row.getByText('Aktiv'), 'new user is active');

      await page.getByRole('navigation', { name: 'Bereiche der Verwaltung' }).getByRole('link', { name: 'Protokoll' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Protokoll' }), 'audit heading');
      await page.getByLabel('Aktion', { exact: true }).selectOption({ label: 'angelegt' });
      await page.getByLabel('Objekt', { exact: true }).selectOption({ label: 'Benutzerkonto' });
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await eventually(() => page.evaluate(() => window.location.search), '?action=create&entity=user', 'filter in the URL');

      // Newest first: the first entry is the creation just made; its details name the address.
      const first = page.getByRole('table').getByRole('row').nth(1);
      await visible(first.getByRole('cell', { name: 'angelegt', exact: true }), '"angelegt" entry');
      await first.getByRole('button', { name: /^Details/ }).click();
      await visible(page.getByLabel('Nachher', { exact: true }).getByText(email, { exact: false }), 'e-mail in the "Nachher" JSON');
    },
  },
  {
    name: 'a member sees no Verwaltung and gets "Keine Berechtigung" on its URL',
    async run(page) {
      await loginFromStart(page, MEMBER);
      await visible(accountNav(page).getByRole('link', { name: 'Mein Konto' }), '"Mein Konto" link');
      assert((await page.getByRole('link', { name: 'Verwaltung' }).count()) === 0, 'no "Verwaltung" link for members');

      for (const path of ['/verwaltung', '/verwaltung/protokoll']) {
        await page.goto(`${BASE}${path}`);
        await visible(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' }), `no-permission heading on ${path}`);
        await visible(page.getByText(/der Administration der Plattform vorbehalten/), 'no-permission text');
        assert((await page.getByRole('table').count()) === 0, 'no data shown');
      }
    },
  },
  {
    name: 'Mein Konto: switching the language to English changes the UI; the export is a JSON file with the e-mail',
    async run(page) {
      const user = await createUserViaApi('e2e-konto');
      await loginFromStart(page, user);
      await accountNav(page).getByRole('link', { name: 'Mein Konto' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Mein Konto' }), 'account heading');
      await visible(page.getByRole('region', { name: 'Überblick' }).getByText(user.email), 'own e-mail shown');

      await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
      await page.getByRole('button', { name: 'Angaben speichern' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'My account' }), 'English heading');
      await visible(page.getByText('Your details have been saved.'), 'English confirmation');
      await visible(
        page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Networks', exact: true }),
        'English navigation',
      );
      await eventually(() => htmlLang(page), 'en', '<html lang>');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download data (JSON)' }).click(),
      ]);
      assert(download.suggestedFilename().endsWith('.json'), `file name ${download.suggestedFilename()}`);
      const data = JSON.parse(await readFile(await download.path(), 'utf8'));
      assert(data.account?.email === user.email, `export names ${JSON.stringify(data.account?.email)}`);
      await visible(page.getByText(`The file “${download.suggestedFilename()}” has been downloaded.`), 'download confirmation');

      // The choice is kept: a reload stays in English.
      await page.reload();
      await visible(page.getByRole('heading', { level: 1, name: 'My account' }), 'English after reload');
    },
  },
  {
    name: 'Mein Konto: deleting the own account asks for confirmation and the password first',
    async run(page) {
      const user = await createUserViaApi('e2e-loeschen');
      await loginFromStart(page, user);
      await page.goto(`${BASE}/konto`);
      await page.getByRole('button', { name: 'Konto löschen …' }).click();
      const panel = page.getByRole('region', { name: 'Möchten Sie Ihr Konto wirklich löschen?' });
      await visible(panel.getByText(user.email, { exact: false }), 'confirmation names the e-mail');
      await panel.getByRole('button', { name: 'Abbrechen' }).click();
      await hidden(panel, 'confirmation after "Abbrechen"');

      await page.getByRole('button', { name: 'Konto löschen …' }).click();
      await panel.getByLabel('Zur Bestätigung: Ihr Passwort').fill('falsches-Passwort-1');
      await panel.getByRole('button', { name: 'Konto endgültig löschen' }).click();
      await visible(panel.getByText('Das Passwort ist nicht richtig.'), 'wrong password next to the field');

      await panel.getByLabel('Zur Bestätigung: Ihr Passwort').fill(user.password);
      await panel.getByRole('button', { name: 'Konto endgültig löschen' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Konto gelöscht' }), 'deleted heading');
      await visible(banner(page).getByRole('link', { name: 'Anmelden' }), 'logged out');

      await page.goto(`${BASE}/anmelden`);
      await login(page, user.email, user.password);
      const alert = page.locator('form').getByRole('alert');
      await eventually(async () => (await alert.textContent())?.trim(), WRONG_PASSWORD_MESSAGE, 'login after deletion');
    },
  },
  {
    name: 'directory: search "Ostwürttemberg", open the network, see members and admission rule; a Land facet narrows the count',
    async run(page) {
      await openStart(page);
      await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Netzwerke', exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Netzwerke und Organisationen' }), 'search heading');
      const count = page.locator('.result-count');
      await visible(count, 'result count (all networks)');
      const totalOf = async () => Number(((await count.textContent()) ?? '').replace(/\D/g, ''));
      await eventually(async () => (await totalOf()) > 100, true, 'all networks listed before searching');
      const before = await totalOf();

      // A Land facet narrows the list and is kept in the URL.
      const facet = page.getByRole('complementary', { name: 'Filter' }).getByRole('link', { name: /^Baden-Württemberg \(\d+\)/ });
      await visible(facet, 'Land facet Baden-Württemberg');
      await facet.click();
      await eventually(() => new URL(page.url()).searchParams.get('land'), '08', 'land filter in the URL');
      await eventually(async () => (await totalOf()) < before && (await totalOf()) > 0, true, 'count after the Land facet');
      await page.getByRole('link', { name: 'Alle Filter entfernen' }).click();
      await eventually(totalOf, before, 'count after removing the filter');

      await page.getByLabel('Suchbegriff', { exact: true }).fill('Ostwürttemberg');
      await page.getByRole('button', { name: 'Suchen', exact: true }).click();
      await eventually(() => new URL(page.url()).searchParams.get('q'), 'Ostwürttemberg', 'query in the URL');
      const hit = page.getByRole('link', { name: 'Fachkräfteallianz Ostwürttemberg', exact: true });
      await visible(hit, 'result "Fachkräfteallianz Ostwürttemberg"');
      await visible(page.locator('.snippet mark').first(), 'highlighted match in the snippet');
      await hit.click();

      await visible(page.getByRole('heading', { level: 1, name: 'Fachkräfteallianz Ostwürttemberg' }), 'network heading');
      await visible(page.getByText(/^\d+ regionale Partner – Aufnahmekriterium erfüllt$/), 'admission rule text');
      const members = page.getByRole('table', { name: /^Mitglieder des Netzwerks/ });
      await visible(members, 'members table');
      await visible(members.getByRole('link', { name: 'IHK Ostwürttemberg' }), 'member IHK Ostwürttemberg');
      await visible(page.getByText('Ostalbkreis'), 'Kreis name');

      await members.getByRole('link', { name: 'IHK Ostwürttemberg' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'IHK Ostwürttemberg' }), 'organisation heading');
      await visible(page.getByRole('link', { name: 'Fachkräfteallianz Ostwürttemberg' }), 'network link on the organisation page');
    },
  },
  {
    name: 'directory: the Kreis map loads on request with its attribution and a table of its figures',
    async run(page) {
      await page.goto(`${BASE}/netzwerke`);
      await page.getByRole('button', { name: 'Karte anzeigen' }).click();
      await visible(page.getByRole('img', { name: 'Karte: Anzahl der Netzwerke je Kreis' }).locator('canvas'), 'map canvas');
      await visible(page.getByText('© GeoBasis-DE / BKG 2016 (Daten verändert)', { exact: false }), 'map attribution');
      await page.getByText('Zahlen der Karte als Tabelle').click();
      await visible(page.getByRole('table', { name: 'Karte: Anzahl der Netzwerke je Kreis' }).getByRole('row').nth(1), 'map table rows');
      await page.getByLabel('Organisationen je Kreis').check();
      await visible(page.getByRole('img', { name: 'Karte: Anzahl der Organisationen je Kreis' }).locator('canvas'), 'organisation map');
    },
  },
  {
    name: 'directory: the start page shows the Kreis map; choosing a Kreis opens the search filtered to it',
    async run(page) {
      await page.goto(`${BASE}/`);
      await visible(page.getByRole('img', { name: 'Karte: Anzahl der Netzwerke je Kreis' }).locator('canvas'), 'map on the start page');
      await page.getByText('Zahlen der Karte als Tabelle').click();
      const table = page.getByRole('table', { name: 'Karte: Anzahl der Netzwerke je Kreis' });
      await table.getByRole('button', { name: 'Ostalbkreis', exact: true }).click();
      await eventually(() => new URL(page.url()).searchParams.get('kreis'), '08136', 'search filtered to the Ostalbkreis');
      await visible(page.getByRole('link', { name: 'Fachkräfteallianz Ostwürttemberg', exact: true }), 'its network listed');
    },
  },
  {
    name: 'good practice: an editor writes and submits a draft, the coordinator publishes it, then everyone sees it',
    async run(page) {
      const title = `E2E-Praxisbeitrag ${Date.now()}`;
      await loginFromStart(page, { email: 'redaktion@fachwerk.test', password: ADMIN.password });
      await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Praxisdatenbank', exact: true }).click();
      await page.getByRole('link', { name: 'Neuen Praxisbeitrag anlegen' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Neuen Praxisbeitrag anlegen' }), 'editor heading');
      await page.getByLabel('Titel', { exact: true }).fill(title);
      await page.getByLabel('Kreise', { exact: true }).fill('08136');
      await page.getByLabel('Dual Career', { exact: true }).check();
      await page.getByLabel('Zeitraum von', { exact: true }).fill('2020-01-01');
      await page.getByLabel('Zeitraum bis', { exact: true }).fill('2019-12-31');
      await page.getByRole('button', { name: 'Als Entwurf anlegen' }).click();
      await visible(page.getByText('Das Ende des Zeitraums liegt vor seinem Beginn.'), 'period error at the field');
      await page.getByLabel('Zeitraum bis', { exact: true }).fill('2021-12-31');
      await page.getByRole('button', { name: 'Als Entwurf anlegen' }).click();
      await visible(page.getByRole('heading', { level: 1, name: title }), 'the new draft');
      const url = page.url();
      await page.getByRole('button', { name: 'Einreichen' }).click();
      await visible(page.getByText('Eingereicht – wartet auf Veröffentlichung durch die Koordination').first(), 'submitted');
      assert((await page.getByRole('button', { name: 'Veröffentlichen' }).count()) === 0, 'editors do not publish');
      await banner(page).getByRole('button', { name: 'Abmelden' }).click();
      await visible(banner(page).getByRole('link', { name: 'Anmelden' }), 'logged out');

      await page.goto(url);
      await visible(page.getByText('Diesen Praxisbeitrag gibt es nicht.'), 'not public before publication');

      await loginFromStart(page, { email: 'koordination@fachwerk.test', password: ADMIN.password });
      await page.goto(url);
      await page.getByRole('button', { name: 'Veröffentlichen' }).click();
      await visible(page.getByText('Veröffentlicht', { exact: true }), 'published');
      await banner(page).getByRole('button', { name: 'Abmelden' }).click();
      await visible(banner(page).getByRole('link', { name: 'Anmelden' }), 'logged out');

      await page.goto(url);
      await visible(page.getByRole('heading', { level: 1, name: title }), 'public after publication');
      await visible(page.getByText('Dual Career'), 'Handlungsfeld label');
      await page.goto(`${BASE}/netzwerke?type=practice&q=${encodeURIComponent('Job für Zwei')}`);
      // Scoped to the results: "Job für Zwei" is also a section in the main navigation.
      await page.locator('.result-list').getByRole('link', { name: 'Job für Zwei', exact: true }).click();
      await visible(page.getByRole('heading', { level: 2, name: 'Auszeichnungen' }), 'awards of Job für Zwei');
      await visible(page.getByText('Innovatives Netzwerk 2020'), 'award of Job für Zwei');
    },
  },
  {
    name: 'import wizard: upload a CSV, map a column, dry run with a rejected row, import the rest; export as CSV',
    async run(page) {
      await loginFromStart(page, ADMIN);
      await page.goto(`${BASE}/import/organisationen`);
      await visible(page.getByRole('heading', { level: 1, name: 'Organisationen importieren' }), 'import heading');
      const tag = `${Date.now()}-${process.pid}`;
      const csv = `Firma;Art;PLZ;Kreis\nE2E Werkstatt ${tag};Unternehmen;73430;8136\nE2E Bank ${tag};Bank;73430;08136\n`;
      await page.getByLabel('CSV-Datei').setInputFiles({ name: 'partner.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      const firma = page.getByLabel('Feld für Spalte Firma');
      await eventually(() => firma.inputValue(), 'name', 'Firma proposed as name');
      await page.getByRole('button', { name: 'Prüfen (Probelauf)' }).click();
      await visible(page.getByText('1 neu, 0 geändert, 0 unverändert, 1 abgelehnt'), 'dry-run counts');
      await visible(page.getByText(/Der Wert „Bank“ ist für „partner\.csv:3:Art“ nicht zulässig/), 'rejected row named');
      await visible(page.getByRole('link', { name: 'Fehlerbericht herunterladen (CSV)' }), 'error report link');
      await page.getByRole('button', { name: 'Ohne die abgelehnten Zeilen importieren' }).click();
      await visible(page.getByText('Der Import wurde gespeichert.'), 'import saved');

      await page.goto(`${BASE}/netzwerke?q=${encodeURIComponent(`E2E Werkstatt ${tag}`)}&type=organisation`);
      await visible(page.getByRole('link', { name: `E2E Werkstatt ${tag}`, exact: true }), 'imported organisation found');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'CSV', exact: true }).click();
      const file = await download;
      assert(/^Suchergebnisse-\d{4}-\d{2}-\d{2}\.csv$/.test(file.suggestedFilename()), `file name ${file.suggestedFilename()}`);
      const content = await readFile(await file.path(), 'utf8');
      assert(content.includes(`E2E Werkstatt ${tag}`), 'the export holds the hit');
    },
  },
  {
    name: 'Job für Zwei: the partner consents through the personal link, the board shows the case, revocation is immediate',
    async run(page) {
      const coordinator = { email: 'koordination@fachwerk.test', password: 'Fachwerk-Demo-2026' };
      const headers = await apiSession(coordinator);
      const list = await fetch(`${BASE}/api/v1/dualcareer/cases?network=1`, { headers });
      assert(list.ok, `case list: ${list.status}`);
      const { items } = await list.json();
      const open = items.find((c) => c.stage === 'open');
      assert(open !== undefined, 'a demo case in stage open');
      const linked = await fetch(`${BASE}/api/v1/dualcareer/cases/${open.id}/consent-link`, { method: 'POST', headers, body: '{}' });
      assert(linked.status === 201, `consent link: ${linked.status}`);
      const { path } = await linked.json();

      await page.goto(`${BASE}${path}`);
      await visible(page.getByRole('heading', { level: 1, name: 'Einwilligung „Job für Zwei“' }), 'consent heading');
      await visible(page.getByText('Sie haben noch nicht eingewilligt.', { exact: false }), 'no consent yet');
      await page.getByLabel('Gesuchte Berufe').check();
      await page.getByLabel('Arbeitszeit').check();
      await page.getByRole('button', { name: 'Einwilligen' }).click();
      await visible(page.getByText('Ihre Entscheidung ist gespeichert.'), 'consent saved');
      await visible(page.getByRole('button', { name: 'Einwilligung widerrufen' }), 'revoke button');

      await loginFromStart(page, coordinator);
      await page.goto(`${BASE}/job-fuer-zwei/faelle?netzwerk=1`);
      await visible(page.getByRole('heading', { level: 1, name: 'Job für Zwei: Fälle' }), 'case board heading');
      await visible(page.getByText('Anna Demo-Kowalski'), 'the owner sees the name');

      await page.goto(`${BASE}${path}`);
      await page.getByRole('button', { name: 'Einwilligung widerrufen' }).click();
      await visible(page.getByText(/ab sofort nicht mehr sichtbar/), 'revoked');
    },
  },
  {
    name: 'membership: an organisation editor requests to join, the network side admits it',
    async run(page) {
      const name = `E2E Netzwerk ${Date.now()}-${process.pid}`;
      const id = await createNetworkViaApi(name);
      // personal@ edits organisation 1 (IHK Ostwürttemberg) in the demo data.
      await loginFromStart(page, { email: 'personal@fachwerk.test', password: ADMIN.password });
      await page.goto(`${BASE}/netzwerke/${id}`);
      await visible(page.getByRole('heading', { level: 1, name }), 'network heading');
      const join = page.getByRole('region', { name: 'Beitritt anfragen' });
      // Options of a closed <select> never count as visible; wait until the name has loaded.
      await eventually(() => join.getByRole('option', { name: 'IHK Ostwürttemberg' }).count(), 1, 'own organisation offered');
      await join.getByLabel('Organisation', { exact: true }).selectOption({ label: 'IHK Ostwürttemberg' });
      await join.getByRole('button', { name: 'Beitritt anfragen' }).click();
      await visible(page.getByText(/Die Anfrage wurde gesendet/), 'request sent');
      await banner(page).getByRole('button', { name: 'Abmelden' }).click();
      await visible(banner(page).getByRole('link', { name: 'Anmelden' }), 'logged out');

      await loginFromStart(page, ADMIN);
      await page.goto(`${BASE}/netzwerke/${id}`);
      const pending = page.getByRole('table', { name: 'Offene Anfragen und Einladungen (1)' });
      await visible(pending, 'pending request for the network side');
      await pending.getByRole('button', { name: 'Aufnehmen' }).click();
      await visible(page.getByText('Die Mitgliedschaft von „IHK Ostwürttemberg“ ist jetzt: aktiv.'), 'admitted');
      await hidden(pending, 'pending table gone');
      const members = page.getByRole('table', { name: 'Mitglieder des Netzwerks (1)' });
      await visible(members.getByRole('link', { name: 'IHK Ostwürttemberg' }), 'now a member');
      await visible(page.getByText(/von 3 regionalen Partnern – Aufnahmekriterium nicht erfüllt/), 'admission rule shown');
    },
  },
  {
    name: 'labour-market monitor: pick Ostalbkreis, table with synthetic banner, projection recomputes when a slider moves',
    async run(page) {
      await page.goto(`${BASE}/arbeitsmarktmonitor`);
      await visible(page.getByRole('heading', { level: 1, name: 'Arbeitsmarktmonitor' }), 'monitor heading');
      await page.getByLabel('Kreis (Name oder Kennziffer)').fill('Ostalbkreis');
      await visible(page.getByText('Gewählte Region: Ostalbkreis (Kreise: 1)'), 'region chosen');
      await visible(page.getByText('Synthetische Demodaten – keine amtlichen Zahlen').first(), 'synthetic banner');
      const table = page.getByRole('table', { name: /^Engpassanalyse 2025 für Ostalbkreis/ });
      await visible(table, 'occupation table');
      await visible(table.getByRole('rowheader', { name: 'Elektrotechnik' }).first(), 'row Elektrotechnik');
      await visible(page.getByText(/^Quelle: SYNTHETISCH: Fachwerk-Demodaten.*Stichtag 30\.06\.2025/).first(), 'source and date');

      await page.getByLabel('Beruf oder KldB filtern').fill('263');
      await visible(page.getByRole('table', { name: /: 4 von \d+ Berufsgruppen/ }), 'filtered to the four levels of 263');
      await table.getByRole('button', { name: 'Projektion für Elektrotechnik (Fachkraft)' }).click();
      await visible(page.getByRole('heading', { level: 2, name: 'Projektion bis 2040: Elektrotechnik (Fachkraft)' }), 'projection heading');
      const summary = page.locator('.monitor-summary');
      await visible(summary, 'projection summary');
      await visible(page.locator('.monitor-chart canvas'), 'chart canvas');
      const before = await summary.textContent();
      assert(/^2040: Angebot [\d.]+, Nachfrage [\d.]+, Lücke -?[\d.]+$/.test(before ?? ''), `summary ${before}`);
      const slider = page.getByLabel('Renteneintrittsalter (Jahre)');
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await eventually(() => slider.inputValue(), '2', 'slider value');
      const deadline = Date.now() + TIMEOUT;
      let after = before;
      while (after === before && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        after = await summary.textContent();
      }
      assert(after !== before, `the projection did not change: ${after}`);
    },
  },
];

// ---------------------------------------------------------------- runner

async function serverReachable() {
  try {
    const response = await fetch(`${BASE}/healthz`, { signal: AbortSignal.timeout(5000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function main() {
  if (!(await serverReachable())) {
    console.error(`No Fachwerk server answers ${BASE}/healthz (set FACHWERK_E2E_URL).`);
    console.log(`0 passed, ${tests.length} failed`);
    return 1;
  }

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

  let passed = 0;
  let failed = 0;
  try {
    for (const test of tests.filter((x) => x.name.includes(ONLY))) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      context.setDefaultTimeout(TIMEOUT);
      const page = await context.newPage();
      const pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      try {
        await test.run(page);
        assert(pageErrors.length === 0, `JavaScript errors: ${pageErrors.join('; ')}`);
        passed += 1;
        console.log(`ok   ${test.name}`);
      } catch (error) {
        failed += 1;
        console.log(`FAIL ${test.name}\n     ${error instanceof Error ? error.message : String(error)}`);
        await mkdir(RESULTS, { recursive: true });
        await page.screenshot({ path: `${RESULTS}failure-${passed + failed}.png`, fullPage: true }).catch(() => {});
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }

  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
