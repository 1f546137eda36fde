// Each real source's citation, as the manifest gives it, in GB/T 7714-2015 form and in English; its title
// written with ASCII or with full-width punctuation gives the same citation with that title.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { englishCitation, gbtCitation } from '@/domain/citation';
import { buildDataset } from '../../pipeline/build-dataset.ts';
import { readInputs } from '../../pipeline/read-inputs.ts';

const output = buildDataset(readInputs(join(import.meta.dirname, '..', '..'), '2026-01-01T00:00:00.000Z'));
const source = (id: string) => output.index.sources.find((s) => s.id === id)!;
const accessedOn = '2026-11-21';

const EXPECTED = {
  'changshan-2022': {
    zh: '拉高标杆争先进位 求真务实争创一流——常山县总工会在“两个先行”中扛起工会使命担当[EB/OL]. [出版日期不详][2026-11-21].',
    en: '拉高标杆争先进位 求真务实争创一流——常山县总工会在“两个先行”中扛起工会使命担当. (n.d.).',
  },
  'fuzhou-recent': {
    zh: '齐菲斐. 抚州市总工会工作综述(赣抚大地、文脉悠长,工运事业发展新画卷徐徐铺展)[N]. [出版者不详], [出版日期不详].',
    en: '齐菲斐. (n.d.). 抚州市总工会工作综述(赣抚大地、文脉悠长,工运事业发展新画卷徐徐铺展). [Newspaper not named].',
  },
  'sanjiang-2023': {
    zh: '李牧也, 龙礼慧. 踔厉奋发书写新时代工会答卷——三江侗族自治县总工会2023年度工作纪实[EB/OL]. 桂工网, 2023-12-29[2026-11-21].',
    en: '李牧也 & 龙礼慧. (2023, December 29). 踔厉奋发书写新时代工会答卷——三江侗族自治县总工会2023年度工作纪实. 桂工网.',
  },
  'xiuzhou-2022': {
    zh: '蒋或森. 工会有为如何具体呈现?这份用“心”书写的答卷很“秀”[N]. [出版者不详], [出版日期不详].',
    en: '蒋或森. (n.d.). 工会有为如何具体呈现?这份用“心”书写的答卷很“秀”. [Newspaper not named].',
  },
  'shifang-2023': {
    zh: '高贵富, 付华. 以“355 工作法”深耕工会“责任田”扎实推动“县级工会加强年”专项工作[N]. 四川工人日报, 2023-04-29(4).',
    en: '高贵富 & 付华. (2023, April 29). 以“355 工作法”深耕工会“责任田”扎实推动“县级工会加强年”专项工作. 四川工人日报, p. 4.',
  },
} as const;

/** The title with its ASCII punctuation written full-width, as many Chinese pages write it. */
const fullWidth = (text: string) => text.replace(/[,;:!?()]/g, (mark) => String.fromCodePoint(mark.codePointAt(0)! + 0xfee0));

describe.each(Object.entries(EXPECTED))('%s', (id, expected) => {
  test('GB/T 7714-2015', () => {
    expect(gbtCitation({ source: source(id), accessedOn })).toBe(expected.zh);
  });

  test('English', () => {
    expect(englishCitation({ source: source(id), accessedOn })).toBe(expected.en);
  });

  test('a title with full-width punctuation is kept as written, the rest unchanged', () => {
    const original = source(id);
    const title = fullWidth(original.title);
    const swap = (text: string) => text.replace(original.title, title);
    expect(gbtCitation({ source: { ...original, title }, accessedOn })).toBe(swap(expected.zh));
    expect(englishCitation({ source: { ...original, title }, accessedOn })).toBe(swap(expected.en));
  });
});

test('the titles the test rewrites really hold ASCII punctuation (so the full-width case tests something)', () => {
  expect(Object.keys(EXPECTED).filter((id) => /[,?(]/.test(source(id).title))).toEqual(['fuzhou-recent', 'xiuzhou-2022']);
});
