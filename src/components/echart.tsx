// The one ECharts wrapper: registers only the parts the app uses and renders SVG (crisp, readable text).
import { BarChart, HeatmapChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import ReactEChartsCore from 'echarts-for-react/esm/core';

echarts.use([
  BarChart,
  HeatmapChart,
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

export type ChartOption = EChartsCoreOption;

export interface ChartClickParams {
  dataIndex: number;
  seriesIndex: number;
  value: unknown;
  data: unknown;
}

interface EChartProps {
  option: ChartOption;
  height: number;
  /** Short description for screen readers; ECharts aria adds the data description. */
  label: string;
  onItemClick?: (params: ChartClickParams) => void;
  testId?: string;
}

export function EChart({ option, height, label, onItemClick, testId }: EChartProps) {
  const onEvents = onItemClick ? { click: onItemClick } : undefined;
  return (
    <div className="echart" role="figure" aria-label={label} data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        opts={{ renderer: 'svg' }}
        style={{ height, width: '100%' }}
        onEvents={onEvents}
      />
    </div>
  );
}
