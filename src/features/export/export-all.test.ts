import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { exportAllZip, readmeText, type ChartExport } from './export-all';

const layout = { option: {}, width: 960, height: 400 };
const charts: ChartExport[] = [
  { name: 'new_unions', title: '新建工会', perCapita: false, layout, csv: async () => '\uFEFFa,b\r\n1,2' },
  { name: 'relief_money', title: '慰问金', perCapita: true, layout, csv: async () => '\uFEFFa\r\n3' },
];
const readme = {
  lang: 'zh' as const,
  localities: ['常山县', '抚州市'],
  areas: null,
  perCapita: true,
  perCapitaCitations: ['第七次全国人口普查（2020）'],
  builtAt: '2026-11-21T05:20:18.529Z',
  url: 'http://127.0.0.1/?view=charts&pc=1',
};
const render = { png: () => new Uint8Array([137, 80, 78, 71]), svg: (l: typeof layout) => `<svg width="${l.width}"/>` };

describe('exportAllZip', () => {
  test('holds a PNG, an SVG and a CSV per chart, named by metric and date, and a README', async () => {
    const files = unzipSync(await exportAllZip(charts, readme, render));
    expect(Object.keys(files).toSorted()).toEqual([
      'README.txt',
      'new_unions_2026-11-21.csv',
      'new_unions_2026-11-21.png',
      'new_unions_2026-11-21.svg',
      'relief_money_per10k_2026-11-21.csv',
      'relief_money_per10k_2026-11-21.png',
      'relief_money_per10k_2026-11-21.svg',
    ]);
    expect([...(files['new_unions_2026-11-21.png'] ?? [])]).toEqual([137, 80, 78, 71]);
    const csv = files['relief_money_per10k_2026-11-21.csv'] as Uint8Array;
    expect(Array.from(csv.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]); // the BOM survives zipping
    expect(strFromU8(csv)).toBe('a\r\n3');
  });

  test('the README lists the filters, the build date, the URL and every file', async () => {
    const text = strFromU8(unzipSync(await exportAllZip(charts, readme, render))['README.txt'] as Uint8Array);
    expect(text).toContain('地区: 常山县、抚州市');
    expect(text).toContain('工作领域: 全部领域');
    expect(text).toContain('每万常住人口: 是');
    expect(text).toContain('人口依据: 第七次全国人口普查（2020）');
    expect(text).toContain('数据构建日期: 2026-11-21');
    expect(text).toContain(readme.url);
    expect(text).toContain('new_unions_2026-11-21.svg  新建工会');
  });
});

test('readmeText names the chosen areas and the language in English', async () => {
  const text = readmeText({ ...readme, lang: 'en', areas: ['Organising'], perCapita: false, files: [] });
  expect(text).toContain('Program areas: Organising');
  expect(text).toContain('Language: English');
  expect(text).toContain('Per 10,000 residents: off');
  expect(text).not.toContain('Population basis');
});
