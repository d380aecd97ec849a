import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { repoRoot } from '../../support/server';

export const outputDir = join(repoRoot, 'test-output');

/**
 * A fresh browser context and page (own cookies and storage), optionally dark or phone-sized.
 *
 * @example
 * const page = await newPage(browser, { colorScheme: 'dark' });
 */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  return context.newPage();
}

/**
 * Opens a scenario page and starts a run in a mode through the UI; resolves with the run id.
 *
 * @example
 * const runId = await startFromUi(page, server.url, 'first-contact', 'coach');
 */
export async function startFromUi(
  page: Page,
  baseUrl: string,
  scenarioId: string,
  mode: string,
): Promise<string> {
  await page.goto(`${baseUrl}/scenarios/${scenarioId}`);
  await page.getByRole('button', { name: `Start in ${mode} mode` }).click();
  await page.waitForURL(/\/runs\/[A-Za-z0-9_-]+$/);
  await waitForChoices(page);
  return runIdOf(page);
}

/** The run id in the page's URL. */
export function runIdOf(page: Page): string {
  const m = /\/runs\/([A-Za-z0-9_-]+)/.exec(page.url());
  if (!m?.[1]) throw new Error(`not on a run page: ${page.url()}`);
  return m[1];
}

/** Waits until the player shows a beat with enabled choices, or the ending. */
export async function waitForChoices(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const player = document.querySelector('article.player');
    if (!player || player.getAttribute('aria-busy') === 'true') return false;
    const first = document.querySelector<HTMLButtonElement>('button[data-choice-id]');
    return (first !== null && !first.disabled) || document.getElementById('ending-heading') !== null;
  });
}

/** The beat the player shows now. */
export async function currentBeat(page: Page): Promise<string | null> {
  return page.locator('article.player').getAttribute('data-beat-id');
}

/**
 * Clicks a choice by id and waits for the server's answer to be on screen.
 *
 * @example
 * await choose(page, 'universal-policy');
 */
export async function choose(page: Page, choiceId: string): Promise<void> {
  const decisions = await page.locator('article.player').getAttribute('data-decisions');
  await page.locator(`button[data-choice-id="${choiceId}"]`).click();
  await page.waitForFunction(
    (before) => document.querySelector('article.player')?.getAttribute('data-decisions') !== before,
    decisions,
  );
  await waitForChoices(page);
}

/**
 * Saves a full-page screenshot to test-output/ (git-ignored) for a human to look at.
 *
 * @example
 * await screenshot(page, 'player-dark');
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(outputDir, { recursive: true });
  await page.screenshot({ path: join(outputDir, `${name}.png`), fullPage: true });
}
