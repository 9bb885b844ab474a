import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../core/problems';
import { assignIds, newId, readIdMap } from './ids';

describe('our ids for feed services', () => {
  it('makes a readable id from the name, unique and never a page address', () => {
    expect(newId('Aces Wheelchair Basketball', '20', new Set())).toBe('aces-wheelchair-basketball');
    expect(newId('Aces Wheelchair Basketball', '20', new Set(['aces-wheelchair-basketball', 'aces-wheelchair-basketball-2']))).toBe('aces-wheelchair-basketball-3');
    expect(newId('Shortlist', '9', new Set())).toBe('shortlist-service');
    expect(newId('★★★', 'abc-1', new Set())).toBe('service-abc-1');
    expect(newId('Access to Work Programme | Assistance for those with a Disability in Buckinghamshire', '19', new Set())).toBe('access-to-work-programme-assistance-for-those-with-a');
  });

  it('keeps the id in the map, even when the feed renames the service', () => {
    const { ids, idMap } = assignIds([{ feedId: '20', name: 'Aces Basketball (renamed)' }], [{ feed_id: '20', id: 'aces-wheelchair-basketball' }], []);
    expect(ids.get('20')).toEqual({ id: 'aces-wheelchair-basketball', source: 'kept' });
    expect(idMap).toEqual([{ feed_id: '20', id: 'aces-wheelchair-basketball' }]);
  });

  it('takes over a hand-made entry with the same name the first time, but not when the name is ambiguous', () => {
    const existing = [{ id: 'swim', name: 'Saturday Swim' }, { id: 'club-a', name: 'Youth Club' }, { id: 'club-b', name: 'youth club' }];
    const { ids, idMap } = assignIds([{ feedId: 'f1', name: 'Saturday swim' }, { feedId: 'f2', name: 'Youth Club' }], [], existing);
    expect(ids.get('f1')).toEqual({ id: 'swim', source: 'matched by name' });
    expect(ids.get('f2')).toEqual({ id: 'youth-club', source: 'new' });
    expect(idMap).toEqual([{ feed_id: 'f1', id: 'swim' }, { feed_id: 'f2', id: 'youth-club' }]);
  });

  it('never gives a removed service’s id to a new one', () => {
    const { ids } = assignIds([{ feedId: 'new', name: 'Chess Club' }], [{ feed_id: 'old', id: 'chess-club' }], []);
    expect(ids.get('new')!.id).toBe('chess-club-2');
  });

  it('reads the id map and reports repeats', () => {
    const { value, problems } = readIdMap(new TextEncoder().encode('feed_id,id\n1,a\n2,b\n1,c\n3,b\n4,Not A Slug\n'), 'data/directory-ids.csv');
    expect(value.map((e) => e.id)).toEqual(['a', 'b', 'c', 'b']);
    expect(problems.map(formatProblem)).toEqual([
      'Error: data/directory-ids.csv, row 6, column "id": Found "Not A Slug". Expected an id made of lower-case letters, numbers and hyphens, such as not-a-slug.',
      'Error: data/directory-ids.csv, row 4, column "feed_id": Found "1". Expected each feed id once. It is also on row 2. Delete one of the two rows.',
      'Error: data/directory-ids.csv, row 5, column "id": Found "b". Expected each service id once. It is also on row 3. Delete one of the two rows.',
    ]);
  });
});
