import { Card, Empty } from "antd";
import { BarChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import ReactEChartsCore from "echarts-for-react/esm/core";
import type { FigureKey } from "./figures";
import type { StatisticsRow } from "./StatisticsPage";

// ECharts core with only the bar chart and the components it needs, so that
// the statistics chunk stays small (the page itself is loaded lazily).
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface ChartSeries {
  key: FigureKey;
  label: string;
  color: string;
}

/** The department's short name on the axis: "保康县市场监督管理局" -> "市场监督管理局". */
function shortName(name: string): string {
  return name.replace(/^保康县/, "");
}

/** A horizontal stacked bar per department: on time vs late (A3). */
export function BarChartCard(props: {
  title: string;
  rows: StatisticsRow[];
  series: ChartSeries[];
  testId: string;
}) {
  const rows = [...props.rows].reverse(); // ECharts draws the first category at the bottom
  const option = {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: {
      type: "category",
      data: rows.map((row) => shortName(row.department?.name ?? "合计")),
    },
    series: props.series.map((s) => ({
      name: s.label,
      type: "bar",
      stack: "total",
      itemStyle: { color: s.color },
      emphasis: { focus: "series" },
      data: rows.map((row) => row[s.key]),
    })),
  };
  const height = Math.max(220, 60 + rows.length * 32);
  return (
    <Card title={props.title} data-testid={props.testId}>
      {rows.length === 0 ? (
        <Empty description="所选范围内没有监管部门" />
      ) : (
        <ReactEChartsCore
          echarts={echarts}
          option={option}
          notMerge
          style={{ height, width: "100%" }}
          opts={{ renderer: "canvas" }}
        />
      )}
    </Card>
  );
}
