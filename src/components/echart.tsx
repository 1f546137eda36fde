// The one ECharts wrapper: loads ECharts (only the parts the app uses, see echarts-setup) as its own chunk, renders SVG
// (crisp, readable text), creates its instance when the chart first comes near the viewport, and applies a new option
// only while it is near (a chart far away is paused, brought up to date when it comes back), in its turn. echarts-for-react
// initialised every chart twice and deep-compared options on each render; this wrapper is a few effects.
//
// A page of charts must not block the page while it draws: charts are created one per task, in the order they come
// near (the ones in view first), each at the width its ResizeObserver reported (or its owner measured), so ECharts
// does not read the layout while the page is changing. The tooltip (whose HTML layer reads the layout when it is
// made) is added when a pointer or the keyboard first comes to the chart.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { createInTurn } from '@/components/create-in-turn';
import { beforePrint } from '@/components/before-print';
import { useNearViewport } from '@/components/use-near-viewport';

/** ECharts itself, loaded once, on demand (the first call starts the request; main.tsx makes it at start). */
export function loadECharts(): Promise<typeof import('./echarts-setup')> {
  return import('./echarts-setup').then((module) => (loaded = module));
}

/** ECharts, once loaded: printing draws every chart at once, without waiting for the import's promise. */
let loaded: typeof import('./echarts-setup') | null = null;

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
  /** The width the owner measured (the chart is created at it, without reading the layout); else the box's. */
  width?: number;
  /** Short description for screen readers; ECharts aria adds the data description. */
  label: string;
  onItemClick?: (params: ChartClickParams) => void;
  testId?: string;
  /**
   * Drawn now, not when an IntersectionObserver next reports it near: a view's first chart, once its owner has
   * measured its width (its option is final). Set by the render that follows the measurement (in the frame that
   * first lays the card out), the chart is created in that render's layout effects, usually before that frame is
   * painted; at the latest in the next.
   */
  eager?: boolean;
}

/** The option without its tooltip, until someone comes to the chart. */
function withTooltip(option: ChartOption, tooltip: boolean): ChartOption {
  if (tooltip || !('tooltip' in option)) return option;
  const { tooltip: _left, ...rest } = option;
  return rest;
}

export function EChart({ option, width, height, label, onItemClick, testId, eager = false }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ECharts | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  // Within half a screen of the viewport: near enough to be drawn before it is scrolled into view (a chart takes
  // about 40 ms at full speed), and no further, so a page of charts draws only what is about to be seen.
  const { near, seen } = useNearViewport(box, '50%');
  // What the instance shows, kept in refs so the creation (in its turn, later) draws the latest.
  const latest = useRef({ option, width, height, near });
  useLayoutEffect(() => {
    latest.current = { option, width, height, near };
  });
  const applied = useRef<ChartOption | null>(null);
  const tooltip = useRef(false);
  // ECharts' code failed to load: the view's error boundary explains it and offers a retry.
  if (loadError) throw loadError;

  // The instance lives as long as the component: created when the chart first comes near (in its turn), or at
  // once when the page is printed (a print is a snapshot: every chart is drawn and brought up to date first).
  const requestCreation = useRef<(() => void) | null>(null);
  const requestUpdate = useRef<(() => void) | null>(null);
  // A layout effect (it reads no layout), so that an eager chart's layout effect below finds requestCreation made.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    let instance: ECharts | undefined;
    let gone = false;
    let requested = false;
    let boxWidth: number | undefined;
    const create = (init: (typeof import('./echarts-setup'))['initChart']) => {
      if (gone || instance) return;
      const { option: current, width: ownerWidth, height: currentHeight } = latest.current;
      try {
        const created = init(element, { renderer: 'svg', width: boxWidth ?? ownerWidth, height: currentHeight });
        instance = created;
        created.setOption(withTooltip(current, tooltip.current), { notMerge: true });
        applied.current = current;
        setChart(created);
      } catch (error) {
        // A chart ECharts cannot draw: the view's error boundary says so; the other charts go on in their turn.
        setLoadError(error);
      }
    };
    requestCreation.current = () => {
      if (requested) return;
      requested = true;
      // ECharts already in: in turn from this task (an eager chart is drawn before its frame is painted), not after
      // the import's promise.
      const echarts = loaded;
      if (echarts) {
        createInTurn(() => create(echarts.initChart));
        return;
      }
      loadECharts().then(
        ({ initChart }) => {
          if (!gone) createInTurn(() => create(initChart));
        },
        (error: unknown) => {
          if (!gone) setLoadError(error);
        },
      );
    };
    // Brings the instance up to its latest option and height in one pass of ECharts (the option applied lazily, then
    // drawn once by the resize), not a draw for each.
    const update = () => {
      if (!instance) return;
      const { option: current, height: currentHeight } = latest.current;
      const resized = instance.getHeight() !== currentHeight;
      try {
        if (applied.current !== current) {
          instance.setOption(withTooltip(current, tooltip.current), { notMerge: true, lazyUpdate: resized });
          applied.current = current;
        }
        if (resized) instance.resize({ width: instance.getWidth(), height: currentHeight });
      } catch (error) {
        setLoadError(error);
      }
    };
    // A change (a click's new options) updates the charts near the viewport one per task, in turn with creations,
    // not all in the one task that runs the view's effects: the next click or frame waits for one chart at most.
    let updateQueued = false;
    requestUpdate.current = () => {
      if (updateQueued) return;
      updateQueued = true;
      createInTurn(() => {
        updateQueued = false;
        // Scrolled away while it waited: paused, brought up to date when it comes back.
        if (!gone && latest.current.near) update();
      }, { later: true });
    };
    const stopPrinting = beforePrint(() => {
      if (loaded) create(loaded.initChart);
      update();
    });
    // After the creation, the width follows the card as its ResizeObserver reports it (after layout, never read
    // during it); the height is the option owner's.
    const resize =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver((entries) => {
            const reported = Math.round(entries[entries.length - 1]?.contentRect.width ?? 0);
            if (reported <= 0) return;
            boxWidth = reported;
            if (instance && reported !== instance.getWidth()) instance.resize({ width: reported, height: latest.current.height });
          });
    resize?.observe(element);
    return () => {
      gone = true;
      requestCreation.current = null;
      requestUpdate.current = null;
      stopPrinting();
      resize?.disconnect();
      instance?.dispose();
      applied.current = null;
      setChart(null);
    };
  }, []);

  useEffect(() => {
    if (seen) requestCreation.current?.();
  }, [seen]);
  useLayoutEffect(() => {
    if (eager) requestCreation.current?.();
  }, [eager]);

  // A paused chart keeps its last option and height; the new ones are applied when it comes near again.
  useEffect(() => {
    if (!chart || !near || (applied.current === option && chart.getHeight() === height)) return;
    requestUpdate.current?.();
  }, [chart, option, height, near]);

  useEffect(() => {
    if (!chart || !onItemClick) return;
    const handler = (params: unknown) => onItemClick(params as ChartClickParams);
    chart.on('click', handler);
    return () => {
      chart.off('click', handler);
    };
  }, [chart, onItemClick]);

  // The first pointer or focus adds the tooltip, before ECharts sees the move that should show it.
  const addTooltip = () => {
    if (tooltip.current) return;
    tooltip.current = true;
    const current = applied.current;
    if (chart && current && 'tooltip' in current) chart.setOption({ tooltip: current.tooltip });
  };

  return (
    <div
      className="echart"
      role="figure"
      aria-label={label}
      data-testid={testId}
      data-drawn={chart !== null}
      ref={box}
      style={{ height, width: '100%' }}
      onPointerOverCapture={addTooltip}
      onFocusCapture={addTooltip}
    />
  );
}
