// The charts' one font stack, on screen and in exported images.
/**
 * Named CJK fonts first. On screen, ECharts measures text on a canvas, which has no language, while the SVG it
 * draws sits in a zh-CN page: with the generic sans-serif first, the canvas measured Latin letters, spaces and
 * "·" in a Latin font and the page drew them in the CJK one, wider, so a label's name ran into its value. Naming
 * the font makes both use it. In exports, Chinese renders in the PNG and in the SVG wherever it is opened.
 * Single quotes: the SVG renderer writes this into a double-quoted style attribute without escaping it.
 */
export const CHART_FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Helvetica Neue', Arial, sans-serif";
