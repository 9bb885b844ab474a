import { describe, expect, it } from 'vitest';
import { ageText, midSentence, telHref, websiteText } from './text';

describe('directory words', () => {
  it('says ages as families would', () => {
    expect(ageText(0, 5)).toBe('From birth to 5 years');
    expect(ageText(7, 7)).toBe('Age 7');
    expect(ageText(11, 25)).toBe('Ages 11 to 25');
    expect(ageText(0, 0)).toBe('Under 1 year');
  });

  it('makes phone links that dial', () => {
    expect(telHref('01632 960107')).toBe('tel:01632960107');
    expect(telHref('+44 (0)1632 960107')).toBe('tel:+441632960107');
  });

  it('shortens web addresses for link text', () => {
    expect(websiteText('https://www.northbrooksendiass.example/young-people')).toBe('www.northbrooksendiass.example/young-people');
    expect(websiteText('https://www.example.org/')).toBe('www.example.org');
    expect(websiteText('not a url')).toBe('not a url');
  });

  it('lower-cases a label mid-sentence, but not an abbreviation', () => {
    expect(midSentence('Autism')).toBe('autism');
    expect(midSentence('ADHD')).toBe('ADHD');
  });
});
