import { describe, expect, it } from 'vitest';
import { appInBrowser } from '../support/app-in-browser';
import { axeViolations } from '../support/axe';
import { choose, currentBeat, newPage, waitForChoices } from './helpers/player';
import { bestPath } from './helpers/scenarios';

describe('the interface in Spanish', () => {
  const app = appInBrowser();

  it('a trainee switches to Spanish, plays first-contact’s best path to 100, and the debrief, sources and Step out are in Spanish; axe clean in both languages', async () => {
    const page = await newPage(app.browser);
    await page.goto(`${app.server.url}/`);
    await page.getByRole('heading', { name: 'Practise a conversation' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await axeViolations(page), 'axe on the English catalog').toEqual([]);

    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('es');
    await page.getByRole('heading', { name: 'Practique una conversación' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await axeViolations(page), 'axe on the Spanish catalog').toEqual([]);

    // The choice is remembered: a new visit starts in Spanish.
    await page.goto(`${app.server.url}/scenarios/first-contact`);
    await page.getByRole('heading', { name: 'Elija cómo hacerlo' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await axeViolations(page), 'axe on the Spanish scenario page').toEqual([]);
    await page.getByRole('button', { name: 'Empezar en modo evaluación' }).click();
    await page.waitForURL(/\/runs\/[A-Za-z0-9_-]+$/);
    await waitForChoices(page);
    await page.getByRole('heading', { name: '¿Qué dice o hace?' }).waitFor();

    const path = bestPath('first-contact');
    for (const [i, step] of path.entries()) {
      expect(await currentBeat(page)).toBe(step.beatId);
      if (i === 0) expect(await axeViolations(page), 'axe on the Spanish player').toEqual([]);
      // By id, never by position: options are shown in the run's seeded order.
      await choose(page, step.choiceId);
    }
    await page.getByRole('link', { name: 'Ver el análisis final' }).click();
    await page.getByRole('heading', { name: /^Análisis final:/ }).waitFor();
    expect(await page.locator('.score').textContent()).toBe('Puntaje general: 100 de 100');
    expect(await page.locator('.result__word').textContent()).toContain('Aprobado');
    expect(await page.getByRole('heading', { name: 'Sus decisiones' }).count()).toBe(1);
    expect(await axeViolations(page), 'axe on the Spanish debrief').toEqual([]);

    await page.getByRole('button', { name: 'Hacer una pausa' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tómese un momento' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Línea Nacional contra la Trata de Personas');
    expect(await axeViolations(page), 'axe on the Spanish Step out panel').toEqual([]);
    await page.getByRole('button', { name: 'Cerrar' }).click();

    await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Fuentes' }).click();
    await page.getByRole('heading', { name: 'Orientación' }).waitFor();
    expect(await page.title()).toBe('Fuentes · Doorway');
    expect(await axeViolations(page), 'axe on the Spanish Sources page').toEqual([]);

    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await page.getByRole('heading', { name: 'Guidance' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.context().close();
  });
});
