// The one ECharts wrapper: registers only the parts the app uses and renders SVG (crisp, readable text).
import { BarChart, HeatmapChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomComponent,
  GraphicComponent,
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
  GraphicComponent,
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

export type ChartOption = EChartsCoreOption;

/** Where a chart is drawn: its width, offsets in the canvas, and whether it is still (an exported image). */
export interface ChartFrame {
  width: number;
  top?: number;
  left?: number;
  right?: number;
  compact?: boolean;
  /** Every row at once, no tooltip, no slider: for the PNG and the SVG. */
  still?: boolean;
}

/** An option with the height it needs. */
export interface DrawnChart {
  option: ChartOption;
  height: number;
}

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
