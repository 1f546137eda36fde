// The About page's prose in both languages (method and caveats; no figures: those come from the data).
import type { LocalizedText, Qualifier } from '@/schema/dataset';

export const ABOUT_SECTIONS: { id: string; title: LocalizedText; paragraphs: LocalizedText[] }[] = [
  {
    id: 'origin',
    title: { zh: '数据从哪里来', en: 'Where the data comes from' },
    paragraphs: [
      {
        zh: '每个数字都来自一篇公开的新闻报道（工会网站、报纸版面），报道原文按抓取时的样子保存在项目中。下面列出了每篇来源的标题、发布者、日期和所覆盖的时期。',
        en: 'Every figure comes from a published news report (a union website or a newspaper page), kept in the project exactly as captured. Each source is listed below with its title, publisher, date and the period it covers.',
      },
    ],
  },
  {
    id: 'method',
    title: { zh: '数字是如何提取的', en: 'How figures are extracted' },
    paragraphs: [
      {
        zh: '构建时，程序先截取报道正文（去掉网页框架和同版面的其他报道、删除重复段落），再找出所有“数字+单位”的写法（如“N人”“N余个”“N万余元”“3千万元”“近千场”“N%”），排除年份、日期、序数、名称中的数字、编号和经过审核的固定说法（如“一家人”“两个先行”）等非统计数字，然后按指标目录归类；无法归类的数字列为“未分类”，仍然显示在地区档案中。全角和半角标点（，；：！？（））读法相同。每个数字都保留其所在的原句和在原文中的位置。',
        en: 'At build time the pipeline cuts each report down to the article (dropping page chrome, other stories on the same page and repeated paragraphs), finds every number with a unit (N人, N余个, N万余元, 3千万元, 近千场, N%), rejects numbers that are not statistics (years, dates, ordinals, numbers inside names, codes, and reviewed set phrases such as 一家人 or 两个先行), and classifies the rest against a catalogue of metrics. Figures it cannot classify are kept as “unclassified” and shown in the locality profile. Full-width and half-width punctuation (，；：！？（）) read the same. Every figure keeps its sentence and its position in the source.',
      },
    ],
  },
  {
    id: 'like-for-like',
    title: { zh: '什么算“可比”', en: 'What counts as like for like' },
    paragraphs: [
      {
        zh: '每个数字除了指标以外，还记录四件决定能否比较的事：所计对象的级别（全国、省级、市级、县级……“全国、省、市”合计的记为“多级合计”）；所计的人群（如仅工会干部、仅女职工、仅新就业形态劳动者，未限定的视为全体职工）；数字的性质（当期新增、截至某时的累计总数、比率、多年累计）；以及它是否是另一个数字的一部分（“其中……”、总投入中的补助）。',
        en: 'Besides its metric, every figure records four things that decide whether it may be compared: the level of what is counted (national, provincial, prefecture, county … with “全国、省、市” added together marked as “all levels combined”); who is counted (union cadres only, women workers only, new-employment workers only; otherwise workers in general); what kind of number it is (done in the period, a running total as of a date, a rate, or a sum over several years); and whether it is part of another figure (其中 …, a subsidy inside a total investment).',
      },
      {
        zh: '同一指标下，这四项都相同的数字才算同类可比，构成一个“可比组”；时期也随原文标注：某一年、跨年区间、截至某时、多年累计（写明年数，如“近三年”）或年均。原文没有写明的，记为“未写明”，不作猜测。同一地区同一指标的多个数字，用级别、人群或目录中的说明（如“春节慰问”“高速出口爱心驿站”）区分，而不是截取原文片段。',
        en: 'Within a metric, only figures that share all four are like for like and form a comparable group. The period follows the text too: a year, a span, as of a date, several years added up (with the number of years where said, as in 近三年), or a yearly average. Where the text does not say, the dimension is recorded as unknown, never guessed. Several figures of one locality for one metric are told apart by level, group or a label from the catalogue (Spring Festival visits, motorway-exit stations), never by a clip of the text.',
      },
    ],
  },
  {
    id: 'caveats',
    title: { zh: '比较时请注意', en: 'Read comparisons with care' },
    paragraphs: [
      {
        zh: '时期不同：有的报道是一年的数字，有的是“近年来”“近三年”的累计数字，有的跨越一年多。图表和表格在时期不同时会注明。',
        en: 'Periods differ: some reports give one year, some add up several years (“近年来”, “近三年”), some span more than a year. Charts and tables say so when periods differ.',
      },
      {
        zh: '行政级别不同：地级市下辖多个县级单位，其数字与县、县级市、市辖区不是同级可比的。',
        en: 'Levels differ: a prefecture-level city contains many county-level divisions; its figures are not like for like with a county, county-level city or district.',
      },
      {
        zh: '新闻报道不是统计数据：报道只写它想强调的数字，口径不统一，一个地区没有报告某项数字不代表没有做这项工作——因此“未报告”从不画成零。',
        en: 'News reports are not statistics: a report gives the figures it wants to highlight, in its own terms; a locality that did not report a figure may still have done the work — which is why “not reported” is never drawn as zero.',
      },
      {
        zh: '同一地区对同一指标可能报告多个数字（例如不同类型的服务站点），看板分别列出，从不相加。计划目标（“将”“计划”“力争”）单独标出，不与已完成的结果混在一起。“每万常住人口”折算使用 2020 年第七次全国人口普查的常住人口，比率不折算。',
        en: 'A locality may report several figures for one metric (e.g. different kinds of service stations): each is shown, never added up. Plans (将, 计划, 力争) are marked and never mixed silently with results. “Per 10,000 residents” uses the resident population of the 2020 census; rates are never divided.',
      },
    ],
  },
];

export const QUALIFIER_MEANINGS: { qualifier: Qualifier; words: string; meaning: LocalizedText }[] = [
  { qualifier: 'exact', words: '—', meaning: { zh: '原文给出确切数字', en: 'the text gives the number as is' } },
  { qualifier: 'more_than', words: '余、多、超', meaning: { zh: '多于该数（下限）', en: 'more than the number (a lower bound)' } },
  { qualifier: 'nearly', words: '近', meaning: { zh: '接近但不到该数', en: 'nearly, just under the number' } },
  { qualifier: 'about', words: '约', meaning: { zh: '大约', en: 'about' } },
  { qualifier: 'at_least', words: '以上、不少于', meaning: { zh: '不少于该数', en: 'at least the number' } },
];
