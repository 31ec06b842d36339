import { ReloadOutlined } from "@ant-design/icons";
import { Alert, Button, Input, Select, Space } from "antd";
import { useState } from "react";
import { useConnection } from "../../api/useConnection";
import { useViewer } from "../../auth/AuthContext";
import type { CatalogueLinkStatus } from "../../gql/graphql";
import type { DepartmentOption } from "../users/useDepartments";
import { LINK_STATUS_LABELS } from "./labels";
import { LinkTable } from "./LinkTable";
import { CatalogueLinksDocument } from "./operations";
import { useLinkActions } from "./useLinkActions";

const ALL = "__all__";
const OPEN = "__open__";

export function LinksTab({ departments }: { departments: DepartmentOption[] }) {
  const viewer = useViewer();
  // A supervising department starts with the links proposed to it.
  const ownSupervision = viewer.department?.kind === "SUPERVISION" ? viewer.department.id : null;
  const [departmentId, setDepartmentId] = useState<string>(ownSupervision ?? ALL);
  const [status, setStatus] = useState<string>(ownSupervision ? "PROPOSED" : OPEN);
  const [search, setSearch] = useState("");
  const statuses: CatalogueLinkStatus[] | null =
    status === ALL
      ? null
      : status === OPEN
        ? ["PROPOSED", "CONFIRMED"]
        : [status as CatalogueLinkStatus];
  const links = useConnection(
    CatalogueLinksDocument,
    {
      status: statuses,
      departmentId: departmentId === ALL ? null : departmentId,
      search: search.trim() || null,
      first: 50,
    },
    (data) => data.catalogueLinks,
  );
  const { actions, modals } = useLinkActions(links.reload);

  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          style={{ width: 220 }}
          value={departmentId}
          onChange={setDepartmentId}
          aria-label="监管部门"
          showSearch={{ optionFilterProp: "label" }}
          options={[
            { value: ALL, label: "全部监管部门" },
            ...departments
              .filter((d) => d.kind === "SUPERVISION")
              .map((d) => ({ value: d.id, label: d.name })),
          ]}
        />
        <Select
          style={{ width: 160 }}
          value={status}
          onChange={setStatus}
          aria-label="关联状态"
          options={[
            { value: OPEN, label: "待确认和已确认" },
            ...(Object.keys(LINK_STATUS_LABELS) as CatalogueLinkStatus[]).map((s) => ({
              value: s,
              label: LINK_STATUS_LABELS[s],
            })),
            { value: ALL, label: "全部状态" },
          ]}
        />
        <Input.Search
          style={{ width: 280 }}
          placeholder="业务办理项或审批事项的编码、名称"
          allowClear
          aria-label="搜索审管关联"
          onSearch={setSearch}
        />
        <Button icon={<ReloadOutlined />} onClick={links.reload}>
          刷新
        </Button>
      </Space>
      {links.error && (
        <Alert type="error" showIcon title={links.error} style={{ marginBottom: 16 }} />
      )}
      <LinkTable
        links={links.nodes}
        loading={links.loading}
        actions={actions}
        emptyText="没有符合条件的审管关联"
      />
      {links.hasNextPage && (
        <div style={{ textAlign: "center", marginTop: 16 }}>
          <Button onClick={links.loadMore} loading={links.loading}>
            加载更多
          </Button>
        </div>
      )}
      {modals}
    </>
  );
}
