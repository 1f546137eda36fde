// Line breaking for chart text: widths, Chinese rules, nothing lost.
import { describe, expect, test } from 'vitest';
import { textWidth, wrapText } from './text-wrap';

describe('wrapText', () => {
  test('no line is wider than allowed and nothing is lost', () => {
    const text = '时期不同：常山 2022年；抚州 近年来(多年累计)；Periods differ between Changshan and Fuzhou (cumulative).';
    const lines = wrapText(text, 200, 13);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(200);
    expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
  });

  test('Chinese line breaking: no line starts with closing punctuation, none ends with an opening mark', () => {
    const text = '来源：常山《拉高标杆争先进位 求真务实争创一流——常山县总工会在“两个先行”中扛起工会使命担当》，某报，2023-04-29；抚州《抚州市总工会工作综述》。';
    for (const width of [120, 150, 180, 210, 260, 300]) {
      const lines = wrapText(text, width, 12);
      expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
      for (const line of lines.slice(1)) expect(line, `${width}: ${line}`).not.toMatch(/^[，。、；：？！”》）]/);
      for (const line of lines.slice(0, -1)) expect(line, `${width}: ${line}`).not.toMatch(/[“《（]$/);
      for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(width);
    }
  });

  test('English words are not broken in the middle', () => {
    expect(wrapText('extracted from news reports', 90, 10)).toEqual(['extracted from', 'news reports']);
  });
});
