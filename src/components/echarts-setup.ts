// ECharts with only the parts the app draws, in a chunk of its own: the page asks for it at start
// (beside the data) instead of running it before anything else.
import { BarChart, HeatmapChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomComponent,
  GraphicComponent,
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { init, registerTheme, use as register } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { CHART_FONT_FAMILY } from '@/components/chart-font';

register([BarChart, HeatmapChart, AriaComponent, DataZoomComponent, GraphicComponent, GridComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

// The screen charts' theme: the one font stack (chart-font.ts), so that text is measured in the font it is drawn in.
const THEME = 'union-compare';
registerTheme(THEME, { textStyle: { fontFamily: CHART_FONT_FAMILY } });

/** A screen chart: ECharts' init with the app's theme. */
export function initChart(dom: HTMLElement, options: Parameters<typeof init>[2]): ReturnType<typeof init> {
  return init(dom, THEME, options);
}
