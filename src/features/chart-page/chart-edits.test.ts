import { expect, test } from 'vitest';
import { buildCard } from '@/domain/card-model';
import { buildLookup } from '@/data/dataset-lookup';
import { fixtureIndex, fixtureLocalities, fixtureObservations } from '@/testing/fixture-dataset';
import { editedValue, withEdits } from './chart-edits';

const lookup = buildLookup(fixtureIndex);
const model = buildCard({ metric: fixtureIndex.metrics[0]!, localities: fixtureLocalities, observations: fixtureObservations, lookup, lang: 'zh', perCapita: false, sort: 'locality' });

test.each([
  ['', null],
  ['   ', null],
  ['新建工会（2022年）', null],
  ['  新建工会（2022年） ', null],
  ['三地新建工会对比', '三地新建工会对比'],
  ['三地新建工会对比，2022年！', '三地新建工会对比，2022年！'],
  ['三地新建工会对比, 2022年!', '三地新建工会对比, 2022年!'],
  ['a\nb', 'a b'],
])('the field text %j is stored as %j (blank or the generated text: not edited)', (draft, expected) => {
  expect(editedValue(draft, '新建工会（2022年）', 120)).toBe(expected);
});

test('an edit is capped at the limit', () => {
  expect(editedValue('工'.repeat(130), 'x', 120)).toBe('工'.repeat(120));
});

// The exports read the same model: chart-csv.test.ts checks that its title reaches every CSV line.
test('an edited title and subtitle replace the generated ones in the model and its text alternative', () => {
  const edited = withEdits(model, { title: '标题：已改', subtitle: null });
  expect(edited.title).toBe('标题：已改');
  expect(edited.subtitle).toBe(model.subtitle);
  expect(edited.textAlternative.startsWith('标题：已改')).toBe(true);
  expect(edited.textAlternative).not.toContain(model.title);
  expect(withEdits(model, { title: null, subtitle: null })).toBe(model);
});
