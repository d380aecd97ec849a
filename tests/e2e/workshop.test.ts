import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { appInBrowser } from '../support/app-in-browser';
import { axeViolations } from '../support/axe';
import { bestPath, choiceInfo } from './helpers/scenarios';

describe('workshop mode: a facilitator and three participants in real browsers', () => {
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

  it('sets up an account, opens a room, plays two decisions by vote, ends, and shows the room debrief', async () => {
    const presenter = await newPage();
    await presenter.goto(`${app.server.url}/workshop`);
    await presenter.getByLabel('Your name').fill('Ana Ruiz');
    await presenter.getByLabel('E-mail').fill('ana@example.org');
    await presenter.getByLabel(/^Password/).fill('a long pass phrase');
    await presenter.getByRole('button', { name: 'Create account and sign in' }).click();
    await presenter.getByLabel('Scenario').selectOption('first-contact');
    expect(await axeViolations(presenter)).toEqual([]);
    await presenter.getByRole('button', { name: 'Open a room' }).click();

    const codeText = presenter.locator('.ws-join__code [aria-hidden="true"]');
    await codeText.waitFor();
    const code = (await codeText.textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect(await presenter.locator('.ws-join__qr svg').count()).toBe(1);
    expect(await axeViolations(presenter)).toEqual([]);

    const phones: Page[] = [];
    for (const nickname of ['Bea', 'Cal', '']) {
      const phone = await newPage({ width: 390, height: 844 });
      await phone.goto(`${app.server.url}/join/${code}`);
      if (nickname) await phone.getByLabel('Nickname (optional)').fill(nickname);
      await phone.getByRole('button', { name: 'Join' }).click();
      await phone.getByText('You are in. The facilitator will start soon.').waitFor();
      phones.push(phone);
    }
    await presenter.getByText('3 people have joined').waitFor();
    expect(await axeViolations(phones[0] as Page)).toEqual([]);

    await presenter.getByRole('button', { name: 'Start the scenario' }).click();
    for (let decision = 1; decision <= 2; decision++) {
      await presenter.getByRole('button', { name: 'Open the vote' }).click();
      for (const [i, phone] of phones.entries()) {
        await phone.getByText('Voting is open: choose what you would say.').waitFor();
        // Options are shown in the room's seeded order: vote by text, two for the best option, one not.
        const step = bestPath('first-contact')[decision - 1];
        if (!step) throw new Error('first-contact has fewer than two decisions on its best path');
        const best = choiceInfo('first-contact', step.beatId, step.choiceId).text;
        const options = phone.locator('.ws-vote button');
        await (i === 2
          ? options.filter({ hasNotText: best }).first()
          : options.filter({ hasText: best })
        ).click();
        await phone.getByText(/^Your vote: /).waitFor();
      }
      expect(await axeViolations(phones[1] as Page)).toEqual([]);
      await presenter.getByText('3 voted').waitFor();
      await presenter.getByRole('button', { name: 'Close the vote' }).click();
      await presenter.getByRole('button', { name: 'Reveal the spread' }).click();
      await presenter.getByText('How the room voted (3 votes)').waitFor();
      // Every phone sees the spread too, with counts in words.
      await (phones[2] as Page).getByText('How the room voted (3 votes)').waitFor();
      await presenter.getByRole('button', { name: 'Show feedback for each option' }).click();
      await presenter.getByRole('heading', { name: 'What each option does' }).waitFor();
      expect(await axeViolations(presenter)).toEqual([]);
      await presenter.getByRole('button', { name: 'Commit this choice' }).click();
      await presenter.getByRole('button', { name: 'Open the vote' }).waitFor();
    }

    await presenter.getByRole('button', { name: 'End the room' }).click();
    await presenter.getByRole('link', { name: "Open the room's debrief" }).first().click();
    await presenter.getByRole('heading', { name: "The room's path", exact: true }).waitFor();
    const rows = presenter.locator('table').first().locator('tbody tr');
    expect(await rows.count()).toBe(2);
    // The votes column of the first decision: the majority option had two votes, the other one.
    const votes = (await rows.first().locator('td').nth(3).textContent()) ?? '';
    expect(
      votes
        .split('; ')
        .map((s) => s.replace(/^.*: /, ''))
        .sort(),
    ).toEqual(['1', '2']);
    expect(await axeViolations(presenter)).toEqual([]);
    await (phones[0] as Page).getByText('The workshop has ended. Thank you for taking part.').waitFor();
  });
});
