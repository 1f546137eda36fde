// The stack's floor: what React and the app's ECharts cost before anything of the app runs. A React root renders a
// heading and one card, whose chart (the app's ECharts chunk, theme and SVG renderer, asked for at start as the app
// does) draws five bars with Chinese names and labels, the size of a card of the charts view. No data is fetched.
// bench/app-load.ts times it beside the app, load for load: the app's first chart can come no sooner than this.
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { loadECharts } from '@/components/echart';

const echarts = loadECharts();
const NAMES = ['常山县', '抚州市', '三江侗族自治县', '秀洲区', '什邡市'];

function Card() {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let chart: { dispose: () => void } | undefined;
    void echarts.then(({ initChart }) => {
      if (!box.current) return;
      const created = initChart(box.current, { renderer: 'svg', width: 640, height: 240 });
      created.setOption({
        grid: { left: 110, right: 80, top: 16, bottom: 28, outerBoundsMode: 'none' },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', inverse: true, data: NAMES },
        series: [{ type: 'bar', data: [1_200, 2_050, 1_580, 830, 760], label: { show: true, position: 'right', formatter: '{c} 人' } }],
      });
      chart = created;
    });
    return () => chart?.dispose();
  }, []);
  return (
    <section>
      <h2>职工服务人次</h2>
      <div className="echart" ref={box} style={{ width: 640, height: 240 }} />
    </section>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <main>
    <h1>工会工作对比看板</h1>
    <Card />
  </main>,
);
