import { Alert, Checkbox, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { useMutation } from "urql";
import {
  clearFieldErrors,
  combinedErrorMessage,
  resultError,
  showFieldError,
} from "../../api/errors";
import { ROLE_LABELS } from "../../auth/roles";
import type { Role } from "../../gql/graphql";
import { ContactFields } from "./ContactModal";
import { CreateUserDocument } from "./operations";
import type { DepartmentOption } from "./useDepartments";

interface CreateUserForm {
  username: string;
  displayName: string;
  departmentId: string | null;
  roles: Role[];
  password: string;
  email: string;
  phone: string;
  receivesReminders: boolean;
}

const FIELDS = [
  "username",
  "displayName",
  "departmentId",
  "roles",
  "password",
  "email",
  "phone",
  "receivesReminders",
] as const;

interface Props {
  open: boolean;
  /** Roles this administrator may grant. */
  assignableRoles: Role[];
  departments: DepartmentOption[];
  /** A department admin creates users of their own department only. */
  fixedDepartmentId: string | null;
  defaultDepartmentId: string | null;
  onClose: () => void;
  onCreated: (displayName: string) => void;
}

export function CreateUserModal(props: Props) {
  const [form] = Form.useForm<CreateUserForm>();
  const [{ fetching }, createUser] = useMutation(CreateUserDocument);
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (values: CreateUserForm) => {
    setFormError(null);
    clearFieldErrors(form);
    const result = await createUser({
      input: {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        departmentId: props.fixedDepartmentId ?? values.departmentId ?? null,
        roles: values.roles,
        password: values.password,
        email: values.email?.trim() ?? "",
        phone: values.phone?.trim() ?? "",
        receivesReminders: values.receivesReminders ?? false,
      },
    });
    if (result.error) {
      setFormError(combinedErrorMessage(result.error));
      return;
    }
    const error = resultError(result.data?.createUser);
    if (error) {
      if (!showFieldError(form, error, FIELDS)) {
        setFormError(error.message);
      }
      return;
    }
    const created = result.data?.createUser;
    form.resetFields();
    props.onCreated(created?.__typename === "CreateUserSuccess" ? created.user.displayName : "");
  };

  return (
    <Modal
      title="新建用户"
      open={props.open}
      okText="创建"
      cancelText="取消"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={() => {
        setFormError(null);
        props.onClose();
      }}
      destroyOnHidden
      width={560}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<CreateUserForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{
          username: "",
          displayName: "",
          departmentId: props.fixedDepartmentId ?? props.defaultDepartmentId,
          roles: [],
          password: "",
          email: "",
          phone: "",
          receivesReminders: false,
        }}
      >
        <Form.Item
          label="用户名"
          name="username"
          extra="3–32 位小写字母、数字或 . _ -，用于登录"
          rules={[{ required: true, whitespace: true, message: "请输入用户名" }]}
        >
          <Input autoComplete="off" placeholder="如 scj.zhang" />
        </Form.Item>
        <Form.Item
          label="姓名"
          name="displayName"
          rules={[{ required: true, whitespace: true, message: "请输入姓名" }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="所属部门" name="departmentId">
          <Select
            allowClear={props.fixedDepartmentId === null}
            disabled={props.fixedDepartmentId !== null}
            placeholder="不属于任何部门（系统管理员、审计人员）"
            showSearch={{ optionFilterProp: "label" }}
            options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Form.Item
          label="角色"
          name="roles"
          rules={[{ required: true, message: "请至少选择一个角色" }]}
        >
          <Checkbox.Group
            options={props.assignableRoles.map((role) => ({
              value: role,
              label: ROLE_LABELS[role],
            }))}
          />
        </Form.Item>
        <Form.Item
          label="初始密码"
          name="password"
          extra="10 位以上，须同时包含字母和数字；请线下告知本人"
          rules={[{ required: true, message: "请输入初始密码" }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <ContactFields />
      </Form>
    </Modal>
  );
}
