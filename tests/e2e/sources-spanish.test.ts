import { describe, expect, it } from 'vitest';
import { appInBrowser } from '../support/app-in-browser';
import { axeViolations } from '../support/axe';
import { newPage } from './helpers/player';

describe('the Sources page in Spanish', () => {
  const app = appInBrowser();

  it('shows the guidance in Spanish, marked lang="es", with published citations marked English; axe clean', async () => {
    const page = await newPage(app.browser);
    await page.goto(`${app.server.url}/sources`);
    await page.getByRole('heading', { name: 'References' }).waitFor();
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('es');
    await page.getByRole('heading', { name: 'Referencias' }).waitFor();

    const item = page.locator('#source-interp-3');
    await item.getByText('Nunca le pida a otra víctima que interprete.').waitFor();
    expect(await item.locator('[lang="es"]').first().textContent()).toBe(
      'Nunca le pida a otra víctima que interprete.',
    );
    expect(await page.getByRole('heading', { name: 'Intérpretes' }).count()).toBe(1);
    expect(await page.locator('#source-res-hotline').textContent()).toContain(
      'Línea Nacional contra la Trata de Personas: llame al 1-888-373-7888',
    );
    expect(await page.locator('#source-ovc-int [lang="en"]').textContent()).toContain('OVC TTAC');
    expect(await page.getByText('todavía no están traducidos').count()).toBe(0);
    expect(await axeViolations(page), 'axe on the Spanish Sources page').toEqual([]);
    await page.context().close();
  });
});
