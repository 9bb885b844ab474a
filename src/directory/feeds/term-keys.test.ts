import { describe, expect, it } from 'vitest';
import { canonicalTermKey, isEsdKey } from './term-keys';

describe('canonicalTermKey', () => {
  it.each([
    ['esdServiceType:1790', 'esdServiceType:1790'],
    ['esdServiceTypes:1790', 'esdServiceType:1790'],
    ['http://id.esd.org.uk/service/1790', 'esdServiceType:1790'],
    ['https://id.esd.org.uk/service/1790/', 'esdServiceType:1790'],
    ['esdNeeds:97', 'esdNeed:97'],
    ['http://id.esd.org.uk/need/97', 'esdNeed:97'],
  ])('writes %s as %s', (raw, key) => {
    expect(canonicalTermKey(raw)).toBe(key);
    expect(isEsdKey(canonicalTermKey(raw))).toBe(true);
  });

  it('leaves every other key as it is', () => {
    for (const key of ['outpostSendNeed:autism', 'esdNeed:learning', 'area:Marston', '3f7b145d-84af-42d7-8fae-eaca714b02b2', 'http://id.esd.org.uk/function/20']) {
      expect(canonicalTermKey(key)).toBe(key);
      expect(isEsdKey(key)).toBe(false);
    }
  });
});
