// Per source: how many number-like spans were found, classified, left unclassified, rejected or dropped, and how
// many figures leave their level or measure unknown.
import type { CoverageFile } from '@/schema/dataset';
import type { DatasetLookup } from '@/data/dataset-lookup';
import { ShowAllToggle, useShowAll } from '@/components/show-all-toggle';
import { formatCount } from '@/lib/format';
import { pick, type Lang } from '@/lib/i18n';

const COLUMNS = [
  { key: 'found', zh: '找到', en: 'Found' },
  { key: 'classified', zh: '已归类', en: 'Classified' },
  { key: 'unclassified', zh: '未分类', en: 'Unclassified' },
  { key: 'plans', zh: '计划', en: 'Plans' },
  { key: 'rejected', zh: '排除（非统计数字）', en: 'Rejected (not statistics)' },
  { key: 'repeatsDropped', zh: '重复段落', en: 'Repeats dropped' },
  { key: 'outsideArticle', zh: '正文以外', en: 'Outside the article' },
] as const;

const UNKNOWN_COLUMNS = [
  { key: 'level', zh: '未写明级别', en: 'No level named' },
  { key: 'measure', zh: '口径未定', en: 'Measure unknown' },
] as const;

/** Rows drawn before "show all": with thousands of sources the whole table is tens of thousands of elements. */
export const COVERAGE_ROWS_SHOWN = 50;
const SOURCES = { zh: '个来源', en: 'sources' };

type Row = CoverageFile['rows'][number];

/** The counts a line of the table shows. */
type Counts = Pick<Row, (typeof COLUMNS)[number]['key']> & { unknown: Pick<Row['unknown'], 'level' | 'measure'> };

/** The sum of every row, for the line above a long table. */
export function coverageTotals(rows: readonly Row[]): Counts {
  const sum = (value: (row: Row) => number) => rows.reduce((n, row) => n + value(row), 0);
  return {
    ...(Object.fromEntries(COLUMNS.map((c) => [c.key, sum((row) => row[c.key])])) as Pick<Row, (typeof COLUMNS)[number]['key']>),
    unknown: { level: sum((row) => row.unknown.level), measure: sum((row) => row.unknown.measure) },
  };
}

interface CoverageTableProps {
  coverage: CoverageFile;
  lookup: DatasetLookup;
  lang: Lang;
}

export function CoverageTable({ coverage, lookup, lang }: CoverageTableProps) {
  const { shown: rows, long, all, toggle } = useShowAll(coverage.rows, COVERAGE_ROWS_SHOWN);
  const sum = long ? coverageTotals(coverage.rows) : null;
  const cells = (row: Counts) => (
    <>
      {COLUMNS.map((column) => (
        <td key={column.key} className="numeric">
          {formatCount(row[column.key], lang)}
        </td>
      ))}
      {UNKNOWN_COLUMNS.map((column) => (
        <td key={column.key} className="numeric">
          {formatCount(row.unknown[column.key], lang)}
        </td>
      ))}
    </>
  );
  return (
    <>
      {/* A region that scrolls sideways on a phone: focusable, so that a keyboard can scroll it. */}
      <div className="table-scroll" role="region" aria-label={lang === 'zh' ? '各来源的数字覆盖情况' : 'Coverage by source'} tabIndex={0}>
        <table className="plain-table" data-testid="coverage-table">
          <thead>
            <tr>
              <th scope="col">{lang === 'zh' ? '来源' : 'Source'}</th>
              {[...COLUMNS, ...UNKNOWN_COLUMNS].map((column) => (
                <th key={column.key} scope="col" className="numeric">
                  {column[lang]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sum ? (
              <tr className="plain-table__total" data-testid="coverage-total">
                <th scope="row">{lang === 'zh' ? `合计（${formatCount(coverage.rows.length, lang)} 个来源）` : `Total (${formatCount(coverage.rows.length, lang)} sources)`}</th>
                {cells(sum)}
              </tr>
            ) : null}
            {rows.map((row) => {
              const locality = lookup.localitiesById.get(row.localityId);
              return (
                <tr key={row.sourceId}>
                  <th scope="row">{locality ? pick(locality.shortName, lang) : row.localityId}</th>
                  {cells(row)}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {long ? <ShowAllToggle total={coverage.rows.length} limit={COVERAGE_ROWS_SHOWN} all={all} onToggle={toggle} noun={SOURCES} lang={lang} /> : null}
    </>
  );
}
