import { Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { LinkageStatisticsFiguresFragment } from "../../gql/graphql";
import { FIGURES, type Figure } from "./figures";
import type { StatisticsRow } from "./StatisticsPage";

// Every figure of every department, and the total. Each number carries
// data-testid="stat-<department code>-<figure>" ("stat-TOTAL-<figure>" for the
// total row): the browser tests read them.

interface TableRow extends Omit<StatisticsRow, "department"> {
  key: string;
  code: string;
  name: string;
}

function figureColumn(figure: Figure): ColumnsType<TableRow>[number] {
  return {
    title: figure.label,
    key: figure.key,
    align: "right",
    render: (_, row) => {
      const value = row[figure.key];
      return (
        <Typography.Text
          data-testid={`stat-${row.code}-${figure.key}`}
          type={figure.late && value > 0 ? "danger" : undefined}
          strong={row.code === "TOTAL"}
        >
          {value}
        </Typography.Text>
      );
    },
  };
}

export function FiguresTable(props: {
  rows: StatisticsRow[];
  total: LinkageStatisticsFiguresFragment | null;
  loading: boolean;
}) {
  const groups = [...new Set(FIGURES.map((f) => f.group))];
  const columns: ColumnsType<TableRow> = [
    { title: "部门", key: "name", fixed: "left", width: 190, render: (_, row) => row.name },
    ...groups.map((group) => ({
      title: group,
      key: group,
      children: FIGURES.filter((f) => f.group === group).map(figureColumn),
    })),
  ];
  const data: TableRow[] = props.rows.map((row) => ({
    ...row,
    key: row.department?.id ?? "total",
    code: row.department?.code ?? "TOTAL",
    name: row.department?.name ?? "合计",
  }));
  if (props.total && props.rows.length > 1) {
    data.push({ ...props.total, key: "total", code: "TOTAL", name: "合计" });
  }
  return (
    <Table<TableRow>
      data-testid="statistics-table"
      rowKey="key"
      size="middle"
      bordered
      pagination={false}
      loading={props.loading}
      dataSource={data}
      columns={columns}
      scroll={{ x: 1300 }}
      locale={{ emptyText: "没有可统计的部门" }}
      onRow={(row) =>
        ({ "data-testid": `stat-row-${row.code}` }) as React.HTMLAttributes<HTMLElement>
      }
    />
  );
}
