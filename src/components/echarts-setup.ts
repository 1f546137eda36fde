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
import { init, use as register } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

register([BarChart, HeatmapChart, AriaComponent, DataZoomComponent, GraphicComponent, GridComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

export { init };
