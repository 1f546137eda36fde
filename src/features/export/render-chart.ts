// Renders an export layout off screen: PNG bytes through the canvas renderer, SVG text through the SVG one.
import { BarChart, HeatmapChart } from 'echarts/charts';
import { AriaComponent, GraphicComponent, GridComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { pngPixelRatio, type ExportLayout } from './export-option';

echarts.use([BarChart, HeatmapChart, AriaComponent, GraphicComponent, GridComponent, VisualMapComponent, CanvasRenderer, SVGRenderer]);

function withChart<T>(layout: ExportLayout, renderer: 'canvas' | 'svg', read: (chart: echarts.ECharts) => T): T {
  const host = document.createElement('div');
  const chart = echarts.init(host, null, { renderer, width: layout.width, height: layout.height });
  try {
    chart.setOption(layout.option);
    return read(chart);
  } finally {
    chart.dispose();
  }
}

/** Decodes a base64 data URL into bytes (for the ZIP and the clipboard). */
export function dataUrlBytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** PNG at twice the layout size (less only for extremely long charts), on white. */
export function renderPng(layout: ExportLayout): Uint8Array {
  const url = withChart(layout, 'canvas', (chart) =>
    chart.getDataURL({ type: 'png', pixelRatio: pngPixelRatio(layout), backgroundColor: '#ffffff' }),
  );
  return dataUrlBytes(url);
}

/** A stand-alone SVG document with its XML declaration. */
export function renderSvg(layout: ExportLayout): string {
  const svg = withChart(layout, 'svg', (chart) => chart.renderToSVGString());
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
}
