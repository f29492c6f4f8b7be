import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type EChartOption = echarts.EChartsCoreOption;

/** One ECharts chart in a div: created once, updated with each option, resized with the window. */
export const EChart = ({
  option,
  height = 300,
  onClick,
  testId,
}: {
  option: EChartOption;
  height?: number;
  onClick?: (params: { name: string; dataIndex: number }) => void;
  testId?: string;
}) => {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    chart.current = echarts.init(ref.current!, undefined, { renderer: 'canvas' });
    const resize = () => chart.current?.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  useEffect(() => {
    const current = chart.current;
    if (!current || !onClick) return undefined;
    const handler = (params: unknown) => onClick(params as { name: string; dataIndex: number });
    current.on('click', handler);
    return () => {
      current.off('click', handler);
    };
  }, [onClick]);
  return <div ref={ref} style={{ width: '100%', height }} data-testid={testId} />;
};
