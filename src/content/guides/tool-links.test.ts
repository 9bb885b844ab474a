import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../core/problems';
import { checkToolLinks, linkedTools, TOOLS } from './tool-links';

const guide = (body: string) => `---\ntitle: A guide\nsummary: About it.\n---\n\n${body}\n`;
const calculator = TOOLS[0]!;

describe('links to the tools a guide names', () => {
  it('pass when each paragraph that names a tool links to it, with or without a part of the page', () => {
    expect(checkToolLinks('content/guides/a.mdx', guide(`The 20-week process. Use our [timeline calculator](${calculator.href}).`))).toEqual([]);
    expect(checkToolLinks('content/guides/a.mdx', guide('- Try the [deadline calculator](/tools/ehcp-timeline#appeals) for the dates.'))).toEqual([]);
  });

  it('are an error, with the line and the link to write, where a guide names a tool and does not link it', () => {
    const source = guide(`You can use our timeline calculator to see the dates.\n\nOur [timeline calculator](${calculator.href}) works them out.`);
    expect(checkToolLinks('content/guides/a.mdx', source).map(formatProblem)).toEqual([
      `Error: content/guides/a.mdx, row 6, column "text": Found "timeline calculator". Expected a link to the EHC plan timeline calculator (/tools/ehcp-timeline/) wherever a guide names it. Make the words a link: [timeline calculator](/tools/ehcp-timeline/).`,
    ]);
  });

  it('are a warning where a guide explains the 20-week process and never links the calculator', () => {
    const problems = checkToolLinks('content/guides/a.mdx', guide('The whole process must take no more than 20 weeks.'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', row: 6, value: '20 weeks' });
    expect(checkToolLinks('content/guides/a.mdx', guide('Time limits: 20 weeks.\n\nSee the [dates](/tools/ehcp-timeline/).'))).toEqual([]);
    expect(checkToolLinks('content/guides/a.mdx', guide('Nothing about time limits here.'))).toEqual([]);
  });

  it('list the tools a guide links to, for comparing a translation with its English guide', () => {
    expect([...linkedTools(guide(`Zobacz [kalkulator](${calculator.href}).`))]).toEqual([calculator.href]);
    expect([...linkedTools(guide('Brak linku.'))]).toEqual([]);
  });
});
