import { describe, expect, it } from 'vitest';
import { oneLine, plainText } from './plain-text';

describe('plain text from feed descriptions', () => {
  it('takes out HTML and keeps paragraphs', () => {
    expect(plainText('<p>One &amp; two.</p><p>Three<br>four &pound;5 &#8211; &#x41;.</p>')).toBe('One & two.\n\nThree\n\nfour £5 – A.');
  });

  it('turns the line breaks of plain text into paragraphs and tidies spaces', () => {
    expect(plainText('  First line.\r\nSecond   line. \r\n\r\n\r\nThird.\r\n ')).toBe('First line.\n\nSecond line.\n\nThird.');
  });

  it('leaves a less-than sign that is not a tag alone', () => {
    expect(plainText('Ages < 5 & their carers')).toBe('Ages < 5 & their carers');
  });

  it('makes one line for names', () => {
    expect(oneLine('<b>Saturday</b>\nClub')).toBe('Saturday Club');
  });
});
