import { Alert, Descriptions, Form, Modal, Select } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ReasonModal } from "../../components/ReasonModal";
import type { DepartmentOption } from "../users/useDepartments";
import {
  ConfirmCatalogueLinkDocument,
  ProposeCatalogueLinkDocument,
  RejectCatalogueLinkDocument,
  SupervisionItemsDocument,
  UnlinkCatalogueLinkDocument,
} from "./operations";
import { submitForm } from "./submit";

// The link's steps (C3): the approval side proposes the supervising
// department of a handling item; that department confirms by choosing one of
// its sub-items, or rejects with a reason; the approval side unlinks.

export interface HandlingItemRef {
  id: string;
  code: string;
  name: string;
}

export interface LinkRef {
  id: string;
  handlingItem: HandlingItemRef;
  department: { id: string; name: string };
}

export function ProposeLinkModal(props: {
  handlingItem: HandlingItemRef | null;
  departments: DepartmentOption[];
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ departmentId: string | null }>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, propose] = useMutation(ProposeCatalogueLinkDocument);
  const submit = async (values: { departmentId: string | null }) => {
    const item = props.handlingItem!;
    const done = await submitForm(form, ["departmentId"], setFormError, async () => {
      const r = await propose({
        input: { handlingItemId: item.id, departmentId: values.departmentId ?? "" },
      });
      return { error: r.error, result: r.data?.proposeCatalogueLink };
    });
    if (done) props.onDone();
  };
  return (
    <Modal
      title="提出审管关联"
      open={props.handlingItem !== null}
      okText="提出"
      cancelText="取消"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={() => {
        setFormError(null);
        props.onClose();
      }}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      {props.handlingItem && (
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label="业务办理项">
              {props.handlingItem.code} {props.handlingItem.name}
            </Descriptions.Item>
          </Descriptions>
          <Form.Item
            label="监管部门"
            name="departmentId"
            extra="提出后由该部门确认对应的监管事项子项"
            rules={[{ required: true, message: "请选择监管部门" }]}
          >
            <Select
              showSearch={{ optionFilterProp: "label" }}
              placeholder="选择负责监管的部门"
              options={props.departments
                .filter((d) => d.kind === "SUPERVISION")
                .map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

export function ConfirmLinkModal(props: {
  link: LinkRef | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ supervisionSubItemId: string | null }>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, confirm] = useMutation(ConfirmCatalogueLinkDocument);
  const [items] = useQuery({
    query: SupervisionItemsDocument,
    variables: { departmentId: props.link?.department.id ?? null, first: 100 },
    pause: props.link === null,
    requestPolicy: "network-only",
  });
  const options =
    items.data?.supervisionItems.edges.map(({ node }) => ({
      label: `${node.code} ${node.name}`,
      title: node.name,
      options: node.subItems
        .filter((sub) => sub.isActive)
        .map((sub) => ({ value: sub.id, label: `${sub.code} ${sub.name}` })),
    })) ?? [];
  const submit = async (values: { supervisionSubItemId: string | null }) => {
    const done = await submitForm(form, ["supervisionSubItemId"], setFormError, async () => {
      const r = await confirm({
        input: { id: props.link!.id, supervisionSubItemId: values.supervisionSubItemId ?? "" },
      });
      return { error: r.error, result: r.data?.confirmCatalogueLink };
    });
    if (done) props.onDone();
  };
  return (
    <Modal
      title="确认审管关联"
      open={props.link !== null}
      okText="确认关联"
      cancelText="取消"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={() => {
        setFormError(null);
        props.onClose();
      }}
      destroyOnHidden
      width={640}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      {props.link && (
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label="业务办理项">
              {props.link.handlingItem.code} {props.link.handlingItem.name}
            </Descriptions.Item>
            <Descriptions.Item label="监管部门">{props.link.department.name}</Descriptions.Item>
          </Descriptions>
          <Form.Item
            label="监管事项子项"
            name="supervisionSubItemId"
            rules={[{ required: true, message: "请选择本部门的监管事项子项" }]}
          >
            <Select
              showSearch={{ optionFilterProp: "label" }}
              loading={items.fetching}
              placeholder="选择本部门对应的监管事项子项"
              options={options}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

/** 拒绝 / 解除审管关联 (C3): with a reason. */
export function LinkReasonModal(props: {
  action: "reject" | "unlink";
  link: LinkRef | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [rejectState, reject] = useMutation(RejectCatalogueLinkDocument);
  const [unlinkState, unlink] = useMutation(UnlinkCatalogueLinkDocument);
  const rejecting = props.action === "reject";
  return (
    <ReasonModal
      subject={props.link}
      title={rejecting ? "拒绝审管关联" : "解除审管关联"}
      okText={rejecting ? "拒绝" : "解除"}
      danger
      name={rejecting ? "rejectCatalogueLink" : "unlinkCatalogueLink"}
      intro={(link) => (
        <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
          <Descriptions.Item label="业务办理项">
            {link.handlingItem.code} {link.handlingItem.name}
          </Descriptions.Item>
          <Descriptions.Item label="监管部门">{link.department.name}</Descriptions.Item>
        </Descriptions>
      )}
      label="原因"
      fetching={rejectState.fetching || unlinkState.fetching}
      run={async (link, reason) => {
        const input = { id: link.id, reason: reason.trim() };
        if (rejecting) {
          const r = await reject({ input });
          return { error: r.error, result: r.data?.rejectCatalogueLink };
        }
        const r = await unlink({ input });
        return { error: r.error, result: r.data?.unlinkCatalogueLink };
      }}
      success="CatalogueLinkSuccess"
      onDone={() => props.onDone()}
      onClose={props.onClose}
    />
  );
}
