// The one ECharts wrapper: registers only the parts the app uses, renders SVG (crisp, readable text), creates its
// instance when the chart first comes near the viewport, and applies a new option only while it is near (a chart
// far away is paused, brought up to date when it comes back). echarts-for-react initialised every chart twice and
// deep-compared options on each render; this wrapper is a few effects.
import { useEffect, useRef, useState } from 'react';
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
import { useNearViewport } from '@/components/use-near-viewport';

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
  const box = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<echarts.ECharts | null>(null);
  const { near, seen } = useNearViewport(box);

  useEffect(() => {
    const element = box.current;
    if (!seen || !element) return;
    const instance = echarts.init(element, null, { renderer: 'svg' });
    setChart(instance);
    // The width follows the card; the height is the option owner's, through `height`.
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      instance.dispose();
      setChart(null);
    };
  }, [seen]);

  // A paused chart keeps its last option; the new one is applied when it comes near again.
  useEffect(() => {
    if (near) chart?.setOption(option, { notMerge: true });
  }, [chart, option, near]);

  useEffect(() => {
    chart?.resize({ height });
  }, [chart, height]);

  useEffect(() => {
    if (!chart || !onItemClick) return;
    const handler = (params: unknown) => onItemClick(params as ChartClickParams);
    chart.on('click', handler);
    return () => {
      chart.off('click', handler);
    };
  }, [chart, onItemClick]);

  return <div className="echart" role="figure" aria-label={label} data-testid={testId} data-drawn={chart !== null} ref={box} style={{ height, width: '100%' }} />;
}
