// The one ECharts wrapper: loads ECharts (only the parts the app uses, see echarts-setup) as its own chunk, renders SVG (crisp, readable text), creates its
// instance when the chart first comes near the viewport, and applies a new option only while it is near (a chart
// far away is paused, brought up to date when it comes back). echarts-for-react initialised every chart twice and
// deep-compared options on each render; this wrapper is a few effects.
import { useEffect, useRef, useState } from 'react';
import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { useNearViewport } from '@/components/use-near-viewport';

/** ECharts itself, loaded once, on demand (the first call starts the request; main.tsx makes it at start). */
export function loadECharts(): Promise<typeof import('./echarts-setup')> {
  return import('./echarts-setup');
}

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
  const [chart, setChart] = useState<ECharts | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { near, seen } = useNearViewport(box);
  // ECharts' code failed to load: the view's error boundary explains it and offers a retry.
  if (loadError) throw loadError;

  useEffect(() => {
    const element = box.current;
    if (!seen || !element) return;
    let instance: ECharts | undefined;
    let resize: ResizeObserver | undefined;
    let gone = false;
    loadECharts().then(
      ({ init }) => {
        if (gone) return;
        const created = init(element, null, { renderer: 'svg' });
        instance = created;
        setChart(created);
        // The width follows the card; the height is the option owner's, through `height`.
        resize = new ResizeObserver(() => created.resize());
        resize.observe(element);
      },
      (error: unknown) => {
        if (!gone) setLoadError(error);
      },
    );
    return () => {
      gone = true;
      resize?.disconnect();
      instance?.dispose();
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
