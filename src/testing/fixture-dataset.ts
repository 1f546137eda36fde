// A tiny made-up dataset shaped by the schema, for unit tests only (never imported by the app).
import type { IndexFile, Locality, Observation } from '@/schema/dataset';
import { SCHEMA_VERSION } from '@/schema/dataset';

const citation = { zh: '第七次全国人口普查（2020）', en: '7th National Population Census (2020)' };

function locality(id: string, zh: string, en: string, rank: number, population: number): Locality {
  const county = rank === 3;
  return {
    id,
    name: { zh, en },
    shortName: { zh: zh.slice(0, 2), en: en.split(' ')[0] ?? en },
    level: county ? { zh: '县', en: 'county' } : { zh: '地级市', en: 'prefecture-level city' },
    levelCode: county ? 'county' : 'prefecture_city',
    levelRank: rank,
    parent: county ? { zh: '甲市', en: 'Jia City' } : null,
    province: { zh: '某省', en: 'Some Province' },
    divisionCode: '123456',
    population: { value: population, year: 2020, citation, note: null },
    coordinates: { lat: 30, lon: 120 },
    sourceIds: [`src-${id}`],
    figureCounts: { organising: 2, welfare: 1, unclassified: 1 },
  };
}

export const fixtureIndex: IndexFile = {
  schemaVersion: SCHEMA_VERSION,
  builtAt: '2024-01-02T03:04:05.000Z',
  programAreas: [
    { id: 'organising', label: { zh: '组织建设', en: 'Organising' }, order: 1 },
    { id: 'welfare', label: { zh: '帮扶服务', en: 'Assistance' }, order: 2 },
  ],
  metrics: [
    { id: 'new_unions', label: { zh: '新建工会', en: 'New unions' }, programAreaId: 'organising', type: 'count', unit: '个', unitLabel: { zh: '个', en: 'units' }, units: ['个'] },
    { id: 'coverage_rate', label: { zh: '建会率', en: 'Coverage rate' }, programAreaId: 'organising', type: 'rate', unit: '%', unitLabel: { zh: '%', en: '%' }, units: ['%'] },
    { id: 'relief_money', label: { zh: '慰问金', en: 'Relief money' }, programAreaId: 'welfare', type: 'money', unit: '元', unitLabel: { zh: '元', en: 'yuan' }, units: ['元'] },
  ],
  measureWords: [
    { unit: '个', label: { zh: '个', en: 'items' } },
    { unit: '家', label: { zh: '家', en: 'organisations' } },
    { unit: '人', label: { zh: '人', en: 'people' } },
    { unit: '人次', label: { zh: '人次', en: 'attendances' } },
    { unit: '份', label: { zh: '份', en: 'copies' } },
    { unit: '元', label: { zh: '元', en: 'yuan' } },
    { unit: '%', label: { zh: '%', en: '%' } },
  ],
  populations: [{ id: 'new_employment', label: { zh: '新就业形态', en: 'new forms of employment' } }],
  comparableGroups: [],
  localities: [
    locality('alpha', '甲乙县', 'Alpha County', 3, 200_000),
    locality('beta', '丙丁市', 'Beta City', 2, 3_000_000),
    locality('gamma', '戊己县', 'Gamma County', 3, 400_000),
  ],
  defaultLocalityIds: ['alpha', 'beta', 'gamma'],
  sources: ['alpha', 'beta', 'gamma'].map((id) => ({
    id: `src-${id}`,
    localityId: id,
    file: `${id}.txt`,
    title: `${id} 工会工作`,
    medium: 'newspaper' as const,
    url: null,
    publisher: '某报',
    page: null,
    authors: [],
    publishedOn: '2023-04-29',
    period: { label: { zh: '2022年', en: '2022' }, type: 'year', from: 2022, to: 2022, years: 1 },
    articleStart: 0,
    articleEnd: 100,
    note: null,
  })),
};

const year2022 = { label: { zh: '2022年', en: '2022' }, type: 'year', from: 2022, to: 2022, years: 1 } as const;
const recentYears = { label: { zh: '近年来', en: 'recent years' }, type: 'cumulative', from: null, to: 2023, years: null } as const;

/** Builds an observation whose quote contains the figure at the right offsets. */
export function observation(partial: Partial<Observation> & Pick<Observation, 'id' | 'localityId' | 'value' | 'originalText'>): Observation {
  const before = partial.quote ? '' : '全县新建';
  const quote = partial.quote ?? `${before}${partial.originalText}，覆盖职工。`;
  const figureOffset = quote.indexOf(partial.originalText);
  const built: Observation = {
    sourceId: `src-${partial.localityId}`,
    metricId: 'new_unions',
    label: { zh: '新建工会', en: 'New unions' },
    programAreaId: 'organising',
    unit: '个',
    qualifier: 'exact',
    qualifierText: null,
    period: year2022,
    kind: 'result',
    level: null,
    populationId: null,
    measure: 'flow',
    partOfId: null,
    distinction: null,
    groupId: null,
    quoteStart: 1000,
    quoteEnd: 1000 + quote.length,
    figureStart: 1000 + figureOffset,
    figureEnd: 1000 + figureOffset + partial.originalText.length,
    review: null,
    clause: quote,
    ...partial,
    quote,
  };
  // Like the pipeline: the comparable group is metric, level, population, measure (and plans apart).
  const groupId = built.metricId === null ? null : [built.metricId, built.level ?? '-', built.populationId ?? '-', built.measure ?? '-', ...(built.kind === 'plan' ? ['plan'] : [])].join(':');
  return { ...built, groupId: partial.groupId ?? groupId };
}

export const fixtureObservations: ReadonlyMap<string, Observation[]> = new Map([
  [
    'alpha',
    [
      observation({ id: 'a1', localityId: 'alpha', value: 2200, originalText: '2200余个', qualifier: 'more_than', qualifierText: '余' }),
      observation({ id: 'a2', localityId: 'alpha', metricId: 'coverage_rate', label: { zh: '建会率', en: 'Coverage rate' }, unit: '%', value: 90, originalText: '90%以上', qualifier: 'at_least', qualifierText: '以上' }),
      observation({ id: 'a3', localityId: 'alpha', metricId: 'relief_money', programAreaId: 'welfare', label: { zh: '慰问金', en: 'Relief money' }, unit: '元', value: 50_000, originalText: '5万余元', qualifier: 'more_than', kind: 'plan' }),
      observation({ id: 'a4', localityId: 'alpha', metricId: null, programAreaId: null, label: { zh: '培训职工', en: '培训职工' }, unit: '人次', value: 300, originalText: '300人次' }),
    ],
  ],
  [
    'beta',
    [
      observation({ id: 'b1', localityId: 'beta', value: 1000, originalText: '近千个', qualifier: 'nearly', period: recentYears }),
      observation({ id: 'b2', localityId: 'beta', metricId: 'coverage_rate', label: { zh: '建会率', en: 'Coverage rate' }, unit: '%', value: 97.8, originalText: '97.8%' }),
    ],
  ],
  [
    'gamma',
    [
      observation({ id: 'g1', localityId: 'gamma', metricId: 'relief_money', programAreaId: 'welfare', label: { zh: '慰问金', en: 'Relief money' }, unit: '元', value: 80_000, originalText: '8万元', quote: '发放困难职工慰问金8万元，大病救助金3万元。', distinction: { zh: '困难职工', en: 'workers in hardship' } }),
      observation({ id: 'g2', localityId: 'gamma', metricId: 'relief_money', programAreaId: 'welfare', label: { zh: '慰问金', en: 'Relief money' }, unit: '元', value: 30_000, originalText: '3万元', quote: '发放困难职工慰问金8万元，大病救助金3万元。', populationId: 'new_employment', distinction: { zh: '大病救助', en: 'serious illness aid' } }),
    ],
  ],
]);

export const fixtureLocalities = fixtureIndex.localities;
