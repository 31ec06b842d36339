import { TeamOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Select, Space, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { useMutation, useQuery } from "urql";
import { combinedErrorMessage, resultError } from "../../api/errors";
import { useViewer } from "../../auth/AuthContext";
import { canSetInspectors } from "./labels";
import { DepartmentPeopleDocument, InspectorsDocument, SetInspectorsDocument } from "./operations";

/** 检查人员名录 (R4): the department's pool that inspectors are drawn from. */
export function InspectorPool({ refresh }: { refresh: number }) {
  const viewer = useViewer();
  const { message } = App.useApp();
  const editable = canSetInspectors(viewer);
  const [{ data, error }, reload] = useQuery({
    query: InspectorsDocument,
    requestPolicy: "network-only",
  });
  const [people] = useQuery({
    query: DepartmentPeopleDocument,
    variables: { departmentId: viewer.department?.id ?? null },
    pause: !editable,
  });
  const [{ fetching }, save] = useMutation(SetInspectorsDocument);
  const [chosen, setChosen] = useState<string[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const current = data?.inspectors;

  useEffect(() => {
    if (refresh > 0) reload({ requestPolicy: "network-only" });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refresh]);
  useEffect(() => {
    if (current) setChosen(current.map((u) => u.id));
  }, [current]);

  const options = (people.data?.users.nodes ?? [])
    .filter(
      (u) => u.isActive && u.roles.some((r) => r === "SUPERVISOR" || r === "DEPARTMENT_ADMIN"),
    )
    .map((u) => ({ value: u.id, label: u.displayName }));

  const submit = async () => {
    setSaveError(null);
    const r = await save({ input: { userIds: chosen } });
    if (r.error) return setSaveError(combinedErrorMessage(r.error));
    const failed = resultError(r.data?.setInspectors);
    if (failed) return setSaveError(failed.message);
    message.success("检查人员名录已保存");
    reload({ requestPolicy: "network-only" });
  };

  return (
    <Card
      size="small"
      title={
        <Space>
          <TeamOutlined />
          检查人员名录
        </Space>
      }
      data-testid="inspector-pool"
    >
      {error && <Alert type="error" showIcon title={combinedErrorMessage(error)} />}
      {saveError && <Alert type="error" showIcon title={saveError} style={{ marginBottom: 8 }} />}
      {editable ? (
        <Space.Compact style={{ width: "100%" }}>
          <Select
            mode="multiple"
            aria-label="检查人员"
            style={{ width: "100%" }}
            value={chosen}
            onChange={setChosen}
            options={options}
            placeholder="选择本部门的监管人员或部门管理员"
            optionFilterProp="label"
          />
          <Button type="primary" loading={fetching} onClick={submit}>
            保存名录
          </Button>
        </Space.Compact>
      ) : (
        <Space size={[0, 4]} wrap>
          {(current ?? []).map((u) => (
            <Tag key={u.id}>{u.displayName}</Tag>
          ))}
          {current && current.length === 0 && (
            <Typography.Text type="secondary">尚未设置检查人员名录。</Typography.Text>
          )}
        </Space>
      )}
    </Card>
  );
}
