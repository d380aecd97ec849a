import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { appInBrowser } from '../support/app-in-browser';
import { axeViolations } from '../support/axe';
import { compiled } from './helpers/scenarios';

// Issue 11 in Chromium, the manager's half that main serves today: a course of two scenarios (practice, then an
// assessment with a score rule) and a cohort, axe clean on each page. The join link, the three trainees and the
// progress, CSV, record and heatmap checks wait for the invite routes (POST /api/orgs/:orgId/invites,
// GET/POST /api/join/:token).

const practiceId = 'first-contact';
const assessId = 'through-an-interpreter';
const password = 'a long pass phrase';
const passThreshold = compiled(assessId).scenario.passThreshold;

describe('courses: a manager builds a course and a cohort in a real browser', () => {
  const app = appInBrowser();
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    for (const c of contexts) await c.close();
  });

  async function newPage(): Promise<Page> {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return page;
  }

  async function expectAxeClean(page: Page) {
    expect(await axeViolations(page), page.url()).toEqual([]);
  }

  it('builds a course of two scenarios and a cohort, axe clean on each page', async () => {
    const manager = await newPage();
    await manager.goto(`${app.server.url}/workshop`);
    await manager.getByLabel('Your name').fill('Mia Chen');
    await manager.getByLabel('E-mail').fill('mia@example.org');
    await manager.getByLabel(/^Password/).fill(password);
    await manager.getByRole('button', { name: 'Create account and sign in' }).click();
    await manager.getByRole('button', { name: 'Sign out' }).waitFor();

    // The first account manages courses: the navigation offers them.
    await manager.goto(`${app.server.url}/`);
    await manager.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Courses' }).click();
    await manager.getByRole('heading', { level: 1, name: 'Courses' }).waitFor();
    await manager.getByText('No courses yet. Create the first one below.').waitFor();
    await expectAxeClean(manager);

    await manager.getByLabel('Course title').fill('New advocate onboarding');
    await manager.getByLabel('Scenario for step 1').selectOption(practiceId);
    await manager.getByLabel('Pass rule for step 1').selectOption('completion');
    await manager.getByRole('button', { name: 'Add a step' }).click();
    await manager.getByLabel('Scenario for step 2').selectOption(assessId);
    await manager.getByLabel('Mode for step 2').selectOption('assessment');
    await manager.getByLabel('Pass rule for step 2').selectOption('score');
    await manager.getByLabel('Lowest passing score for step 2 (0 to 100)').fill(String(passThreshold));
    await expectAxeClean(manager);
    await manager.getByRole('button', { name: 'Create the course' }).click();

    await manager.getByRole('heading', { level: 1, name: 'New advocate onboarding' }).waitFor();
    const stepRows = manager.locator('table.cm-table tbody tr');
    expect(await stepRows.count()).toBe(2);
    expect(await stepRows.nth(0).textContent()).toContain('PracticeCompletion');
    expect(await stepRows.nth(1).textContent()).toContain(
      `AssessmentScore of ${passThreshold} or more and no critical error`,
    );
    await expectAxeClean(manager);
    await manager.getByLabel('Cohort name').fill('Winter');
    await manager.getByRole('button', { name: 'Create the cohort' }).click();

    await manager.getByRole('heading', { level: 1, name: 'Cohort: Winter' }).waitFor();
    await manager.getByText('Nobody has joined yet. Share a join link.').waitFor();
    await expectAxeClean(manager);
  }, 300_000);
});
