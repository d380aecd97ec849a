import { join } from 'node:path';
import { readStringTable, SCENARIOS_DIR } from '@doorway/scenarios';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { appInBrowser } from '../support/app-in-browser';
import { axeViolations } from '../support/axe';
import { bestPath, choiceInfo } from './helpers/scenarios';

// Issue 14, done when: a workshop with a Spanish phone and an English presenter. The presenter sees the
// scenario in English, the Spanish phone sees it (and its interface) in Spanish, a phone can switch its
// language in the room, and every vote counts whatever language it was cast in.

/** A text of first-contact's Spanish table, by string id. */
function spanish(stringId: string): string {
  const loaded = readStringTable(join(SCENARIOS_DIR, 'first-contact.es.yaml'));
  const text = loaded.ok ? loaded.value?.table.strings[stringId]?.text : undefined;
  if (!text) throw new Error(`first-contact.es.yaml has no translation for ${stringId}`);
  return text;
}

describe('a workshop with a Spanish phone and an English presenter', () => {
  const app = appInBrowser();
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    for (const c of contexts) await c.close();
  });

  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await app.browser.newContext({ viewport });
    contexts.push(context);
    return context.newPage();
  }

  /** The header's interface switcher (exact: the workshop pages have a scenario-language select too). */
  const switcher = (page: Page, name: 'Language' | 'Idioma') =>
    page.getByRole('combobox', { name, exact: true });

  it('shows the presenter English and the phone Spanish, counts votes from both, and is axe clean in Spanish', async () => {
    const step = bestPath('first-contact')[0];
    if (!step) throw new Error('first-contact has no decision on its best path');
    const bestEnglish = choiceInfo('first-contact', step.beatId, step.choiceId).text;
    const bestSpanish = spanish(`beat.${step.beatId}.choice.${step.choiceId}.text`);
    expect(bestSpanish).not.toBe(bestEnglish);

    const presenter = await newPage();
    await presenter.goto(`${app.server.url}/workshop`);
    await presenter.getByLabel('Your name').fill('Ana Ruiz');
    await presenter.getByLabel('E-mail').fill('ana@example.org');
    await presenter.getByLabel(/^Password/).fill('a long pass phrase');
    await presenter.getByRole('button', { name: 'Create account and sign in' }).click();
    await presenter.getByLabel('Scenario').selectOption('first-contact');
    // The room's language: the interface's (English) by default; the scenario offers Spanish too.
    const roomLang = presenter.getByLabel('Language on the screen');
    expect(await roomLang.inputValue()).toBe('en');
    expect(
      await roomLang.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
    ).toEqual(['en', 'es']);
    await presenter.getByRole('button', { name: 'Open a room' }).click();
    const codeText = presenter.locator('.ws-join__code [aria-hidden="true"]');
    await codeText.waitFor();
    const code = (await codeText.textContent())?.trim() ?? '';

    // The Spanish phone: its interface in Spanish before joining, so it joins in Spanish.
    const es = await newPage({ width: 390, height: 844 });
    await es.goto(`${app.server.url}/join/${code}`);
    await switcher(es, 'Language').selectOption('es');
    await es.getByRole('heading', { name: 'Entrar a un taller' }).waitFor();
    expect(await es.getByLabel('Mostrar la conversación en').inputValue()).toBe('es');
    await es.getByLabel('Apodo (opcional)').fill('Bea');
    await es.getByRole('button', { name: 'Entrar', exact: true }).click();
    await es.getByText('Ya está dentro. Quien facilita empezará pronto.').waitFor();
    expect(await es.locator('html').getAttribute('lang')).toBe('es');
    await es.getByRole('heading', { name: spanish('meta.title') }).waitFor();
    expect(await axeViolations(es), 'axe on the Spanish phone in the lobby').toEqual([]);

    // An English phone, and one that joins in English and switches the scenario to Spanish in the room.
    const en = await newPage({ width: 390, height: 844 });
    await en.goto(`${app.server.url}/join/${code}`);
    await en.getByRole('button', { name: 'Join', exact: true }).click();
    await en.getByText('You are in. The facilitator will start soon.').waitFor();
    const switched = await newPage({ width: 390, height: 844 });
    await switched.goto(`${app.server.url}/join/${code}`);
    await switched.getByRole('button', { name: 'Join', exact: true }).click();
    await switched.getByText('You are in. The facilitator will start soon.').waitFor();
    await switched.getByLabel('Show the conversation in').selectOption('es');
    await switched.getByRole('heading', { name: spanish('meta.title') }).waitFor();
    await presenter.getByText('3 people have joined').waitFor();

    await presenter.getByRole('button', { name: 'Start the scenario' }).click();
    await presenter.getByRole('button', { name: 'Open the vote' }).click();
    // The presenter shows the options in English, each marked so.
    const presenterBest = presenter.locator('.ws-options li').filter({ hasText: bestEnglish });
    expect(await presenterBest.getAttribute('lang')).toBe('en');
    expect(await presenter.locator('.ws-options').textContent()).not.toContain(bestSpanish);

    await es.getByText('La votación está abierta: elija lo que usted diría.').waitFor();
    await es.getByRole('heading', { name: '¿Qué diría usted?' }).waitFor();
    const esBest = es.locator('.ws-vote button').filter({ hasText: bestSpanish });
    expect(await esBest.locator('span[lang]').getAttribute('lang')).toBe('es');
    expect(await es.locator('.ws-vote').textContent()).not.toContain(bestEnglish);
    expect(await axeViolations(es), 'axe on the Spanish phone while voting').toEqual([]);
    await esBest.click();
    await es.getByText(/^Su voto: /).waitFor();

    await en.getByText('Voting is open: choose what you would say.').waitFor();
    await en.locator('.ws-vote button').filter({ hasText: bestEnglish }).click();
    await en.getByText(/^Your vote: /).waitFor();

    await switched.getByText('Voting is open: choose what you would say.').waitFor();
    await switched.locator('.ws-vote button').filter({ hasNotText: bestSpanish }).first().click();
    await switched.getByText(/^Your vote: /).waitFor();

    await presenter.getByText('3 voted').waitFor();
    await presenter.getByRole('button', { name: 'Close the vote' }).click();
    await presenter.getByRole('button', { name: 'Reveal the spread' }).click();
    await presenter.getByText('How the room voted (3 votes)').waitFor();
    // The Spanish and the English vote for the best option are counted together.
    const presenterRow = presenter.locator('.ws-spread li').filter({ hasText: bestEnglish });
    expect(await presenterRow.locator('.ws-spread__count').textContent()).toBe('2 votes');
    await es.getByText('Cómo votó el grupo (3 votos)').waitFor();
    const esRow = es.locator('.ws-spread li').filter({ hasText: bestSpanish });
    expect(await esRow.locator('.ws-spread__count').textContent()).toBe('2 votos');
    expect(await axeViolations(es), 'axe on the Spanish phone after the reveal').toEqual([]);

    await presenter.getByRole('button', { name: 'Show feedback for each option' }).click();
    await presenter.getByRole('heading', { name: 'What each option does' }).waitFor();
    await presenter.getByRole('button', { name: 'Commit this choice' }).click();
    await presenter.getByRole('button', { name: 'Open the vote' }).waitFor();

    // The presenter page with the interface in Spanish: the English content stays marked lang="en".
    await switcher(presenter, 'Language').selectOption('es');
    await presenter.getByRole('button', { name: 'Abrir la votación' }).waitFor();
    expect(await presenter.locator('html').getAttribute('lang')).toBe('es');
    expect(await axeViolations(presenter), 'axe on the presenter page in Spanish').toEqual([]);

    // A room in Spanish: the presenter shows the scenario in Spanish.
    await presenter.goto(`${app.server.url}/workshop`);
    await presenter.getByLabel('Escenario').selectOption('first-contact');
    expect(await presenter.getByLabel('Idioma en la pantalla').inputValue()).toBe('es');
    await presenter.getByRole('button', { name: 'Abrir la sala' }).click();
    await presenter.getByRole('button', { name: 'Empezar el escenario' }).click();
    await presenter.getByRole('button', { name: 'Abrir la votación' }).waitFor();
    const spanishBest = presenter.locator('.ws-options li').filter({ hasText: bestSpanish });
    expect(await spanishBest.getAttribute('lang')).toBe('es');
    await presenter.getByRole('heading', { name: spanish('meta.title') }).waitFor();
    expect(await axeViolations(presenter), 'axe on a Spanish room’s presenter page').toEqual([]);
  });
});
