/**
 * The survey embed in Chromium: nothing is requested from the provider until the parent clicks,
 * then the iframe appears with a title and a sandbox. Provider requests are intercepted, so no
 * real network is used. Results: table percentages add up and match each chart's description.
 */
import { describe, expect, it } from 'vitest';
import { demoInBrowser } from '../helpers/demo-browser';

const demo = demoInBrowser();

describe('the survey form', () => {
  it('loads nothing from the provider until the parent chooses to open it', async () => {
    const page = await demo.browser.newPage();
    const providerRequests: string[] = [];
    await page.route('https://forms.office.com/**', (route) => {
      providerRequests.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Form</title><p>Question 1</p>' });
    });
    await page.goto(`${demo.server.url}/surveys/parent-questionnaire-2026/`);
    await expect.poll(() => page.locator('survey-embed button').isVisible()).toBe(true);
    expect(await page.locator('survey-embed').textContent()).toMatch(/run by Microsoft \(forms\.office\.com\), not by the school/);
    expect(await page.locator('iframe').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(providerRequests).toEqual([]);

    await page.locator('survey-embed button').focus();
    await page.keyboard.press('Enter');
    const frame = page.locator('iframe');
    await expect.poll(() => frame.count()).toBe(1);
    expect(await frame.getAttribute('title')).toBe('Parent questionnaire 2026 (form by Microsoft)');
    expect(await frame.getAttribute('sandbox')).toBe('allow-scripts allow-forms allow-same-origin allow-popups');
    expect(await frame.getAttribute('src')).toBe('https://forms.office.com/r/Hz7QpW2aLk');
    await expect.poll(() => providerRequests.length).toBeGreaterThan(0);
    await page.close();
  });

  it('still offers the form in a new tab without JavaScript', async () => {
    const context = await demo.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${demo.server.url}/surveys/parent-questionnaire-2026/`);
    expect(await page.locator('survey-embed button').isVisible()).toBe(false);
    expect(await page.locator('a', { hasText: 'Open the form in a new tab' }).getAttribute('href')).toBe('https://forms.office.com/r/Hz7QpW2aLk');
    await context.close();
  });

  it('is allowed by the page’s Content-Security-Policy, which frames only the allowed hosts', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.server.url}/surveys/parent-questionnaire-2026/`);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain('frame-src https://forms.office.com https://docs.google.com;');
    expect(csp).toContain("script-src 'self'");
    await page.close();
  });
});

describe('survey results', () => {
  it('show percentages that add up to 100 and match each chart’s text alternative', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.server.url}/surveys/parent-questionnaire-2025/`);
    const rows = await page
      .locator('table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 5).map((td) => Number(/\((\d+)%\)/.exec(td.textContent ?? '')![1]))));
    const charts = await page.locator('svg.survey-chart').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label')));
    expect(rows).toHaveLength(8);
    expect(charts).toHaveLength(8);
    rows.forEach((percents, i) => {
      expect(percents.reduce((a, b) => a + b, 0)).toBe(100);
      expect(charts[i]).toBe(
        `Strongly agree ${percents[0]}%, Agree ${percents[1]}%, Disagree ${percents[2]}%, Strongly disagree ${percents[3]}%, Don’t know ${percents[4]}%`,
      );
    });
    // Compared with the 2024 questionnaire.
    expect(await page.locator('table thead').textContent()).toContain('Agreed last year');
    expect(await page.locator('.agreed').first().textContent()).toMatch(/^\d+% agreed \(last year: \d+%\)$/);
    expect(await page.locator('.notice').textContent()).toContain('This survey closed on Friday 5 December 2025');
    expect(await page.locator('survey-embed').count()).toBe(0);
    await page.close();
  });
});
