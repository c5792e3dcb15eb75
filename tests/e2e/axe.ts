// Runs axe-core (from npm, injected from node_modules) in the page under test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export default class AxeBuilder {
  constructor(private readonly page: Page) {}

  async analyze(): Promise<AxeResults> {
    // Evaluated through the debugger protocol, so the page's Content-Security-Policy does not block it.
    await this.page.evaluate(axeSource);
    return this.page.evaluate(() =>
      (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResults> } }).axe.run(document, {
        resultTypes: ['violations'],
      }),
    );
  }
}
