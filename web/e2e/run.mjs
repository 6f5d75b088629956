// End-to-end test of the web UI against a running Fachwerk server.
//
//   FACHWERK_E2E_URL=http://127.0.0.1:18080 node e2e/run.mjs
//
// Drives Debian's /usr/bin/chromium through playwright-core (no browser download).
// Each test gets a fresh browser context (no cookies, empty localStorage).
// Prints one line per test and closes with "N passed, M failed"; exits 1 on failure.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE = (process.env.FACHWERK_E2E_URL ?? 'http://127.0.0.1:18080').replace(/\/+$/, '');
const CHROMIUM = process.env.FACHWERK_E2E_CHROMIUM ?? '/usr/bin/chromium';
const RESULTS = fileURLToPath(new URL('../test-results/', import.meta.url));
const TIMEOUT = 10_000;

const ADMIN = { email: 'admin@fachwerk.test', password: 'Fachwerk-Demo-2026' };
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
    for (const test of tests) {
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
