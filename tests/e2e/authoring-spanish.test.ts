import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInBrowser } from '../support/app-in-browser';
import { axeViolations } from '../support/axe';
import { repoRoot } from '../support/server';
import { newPage } from './helpers/player';

// Issue 14 on the author pages: an author switches to Spanish, starts a draft from the template and works in
// the workspace. Every page is <html lang="es"> and axe clean in Spanish; the checker's diagnostics stay
// English (marked lang="en") inside Spanish sentences, and the editor holds the scenario's English.

const template = readFileSync(join(repoRoot, 'packages/scenarios/content/templates/scenario.yaml'), 'utf8');
/** The 1-based line of the first `next: door-ajar` in the template: where the author makes a typo. */
const typoLine = template.split('\n').findIndex((l) => l.trimEnd().endsWith('next: door-ajar')) + 1;

async function expectSpanishAndAxeClean(page: Page, where: string) {
  expect(await page.locator('html').getAttribute('lang'), where).toBe('es');
  expect(await axeViolations(page), where).toEqual([]);
}

describe('authoring in Spanish, in a real browser', () => {
  const app = appInBrowser();

  it('the start page and the workspace are Spanish and axe clean; diagnostics stay English', async () => {
    expect(typoLine).toBeGreaterThan(1);
    const page = await newPage(app.browser, { viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(20_000);
    // The first account is the default organisation's admin, who may author.
    await page.goto(`${app.server.url}/workshop`);
    await page.getByLabel('Your name').fill('Ana Ruiz');
    await page.getByLabel('E-mail').fill('ana@example.org');
    await page.getByLabel(/^Password/).fill('a long pass phrase');
    await page.getByRole('button', { name: 'Create account and sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('es');
    await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();

    await page
      .getByRole('navigation', { name: 'Principal' })
      .getByRole('link', { name: 'Crear escenarios' })
      .click();
    await page.waitForURL(/\/author$/);
    await page.getByRole('heading', { level: 1, name: 'Creación de escenarios' }).waitFor();
    await page.getByText('Todavía no hay borradores.').waitFor();
    await expectSpanishAndAxeClean(page, 'the start page');
    await page.getByLabel(/^Identificador del escenario/).fill('alcance-en-la-calle');
    await page.getByRole('button', { name: 'Empezar con la plantilla' }).click();
    await page.waitForURL(/\/author\/drafts\/drf_/);

    const summary = page.getByTestId('problems-summary');
    await summary.getByText('0 errores').waitFor();
    await page.getByText('los mensajes del verificador están en inglés').waitFor();
    expect(await page.locator('.cm-content').getAttribute('lang')).toBe('en');
    expect(await page.locator('.cm-content').getAttribute('aria-label')).toBe('YAML del escenario');
    await page.getByTestId('map-status').getByText('Mapa del texto actual').waitFor();
    await expectSpanishAndAxeClean(page, 'the workspace');

    // A dangling `next`: the problem says where in Spanish and what in the checker's English.
    await page.getByLabel('Ir a la línea').fill(String(typoLine));
    await page.getByRole('button', { name: 'Ir', exact: true }).click();
    await page.keyboard.press('End');
    await page.keyboard.type('x');
    const problem = page.locator('.au-problem--error').first();
    await problem.getByText(`en la línea ${typoLine}:`).waitFor();
    expect(await problem.locator('.au-sev').textContent()).toBe('Error');
    const message = problem.locator('.au-message');
    expect(await message.getAttribute('lang')).toBe('en');
    expect(await message.textContent()).toContain('door-ajarx');
    expect(await page.getByRole('button', { name: 'Publicar' }).isDisabled()).toBe(true);
    await page.getByText('Corrija el error para publicar.').waitFor();
    await page.getByTestId('map-status').getByText('la última versión que cargó').waitFor();
    await expectSpanishAndAxeClean(page, 'the workspace with a problem');
    await page.keyboard.press('Backspace');
    await summary.getByText('0 errores').waitFor();

    await page.getByRole('button', { name: 'Lista de momentos' }).click();
    await page.getByRole('button', { name: /A cautious goodbye/ }).waitFor();
    await expectSpanishAndAxeClean(page, 'the list of beats');

    await page.getByRole('button', { name: 'Análisis', exact: true }).click();
    await page.getByRole('heading', { name: 'Límites del puntaje' }).waitFor();
    await expectSpanishAndAxeClean(page, 'the analysis');

    await page.getByRole('button', { name: 'Vista previa', exact: true }).click();
    await page.getByLabel('Empezar en').selectOption('safe-to-talk');
    await page.getByRole('button', { name: 'Iniciar la vista previa' }).click();
    await page.getByRole('link', { name: 'Abrir la vista previa en el simulador' }).waitFor();
    await expectSpanishAndAxeClean(page, 'the preview');

    await page.getByRole('link', { name: 'Todos los borradores' }).click();
    await page.waitForURL(/\/author$/);
    await page.getByText('revisión 1, guardado el', { exact: false }).waitFor();
    await expectSpanishAndAxeClean(page, 'the start page with a draft');
  });
});
