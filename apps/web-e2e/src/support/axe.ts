import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page (through the DevTools protocol, so the page's strict CSP
 * stays on) and returns the serious and critical violations, described for a person.
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .map((node) => `${node.target.join(' ')} (${summaryOf(node.failureSummary)})`)
          .join(', ')}`,
    );
}

/** axe's reason in one line, e.g. "contrast of 3.2 (foreground #ffffff, background #6c9)". */
function summaryOf(failureSummary: string | undefined): string {
  return (failureSummary ?? '').split('\n').slice(1).join(' ').replace(/\s+/g, ' ').trim();
}
