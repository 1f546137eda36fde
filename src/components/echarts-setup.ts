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
import { CHART_FONT_FAMILY, CHART_THEME } from '@/components/chart-font';

register([BarChart, HeatmapChart, AriaComponent, DataZoomComponent, GraphicComponent, GridComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

// The screen charts' theme: the one font stack (chart-font.ts), so that text is measured in the font it is drawn in.
registerTheme(CHART_THEME, { textStyle: { fontFamily: CHART_FONT_FAMILY } });

export { init };
