import { UploadOutlined } from "@ant-design/icons";
import { Button, Upload, type UploadFile } from "antd";
import { useState } from "react";
import { csrfHeaders } from "../api/csrf";

// Evidence and archive files (domain/attachments): each file is POSTed raw to
// /files/attachments?fileName=… with the CSRF header; the answer's `id` is
// collected. Used as a form control: `value` is the list of attachment ids,
// given to a mutation's `attachmentIds`.

export const ATTACHMENT_UPLOAD_PATH = "/files/attachments";
export const ATTACHMENT_ACCEPT = ".pdf,.ofd,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx,.zip,.txt";
const MAX_BYTES = 20 * 1024 * 1024;

/** Upload one file; resolves to its attachment id or rejects with a Chinese message. */
export async function uploadAttachment(file: File): Promise<string> {
  if (file.size > MAX_BYTES) throw new Error("文件不能超过 20 MB。");
  let response: Response;
  try {
    response = await fetch(`${ATTACHMENT_UPLOAD_PATH}?fileName=${encodeURIComponent(file.name)}`, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/octet-stream", ...csrfHeaders() },
      body: file,
    });
  } catch {
    throw new Error("无法连接服务器，请检查网络后重试。");
  }
  // 201 {id, fileName, size}; an error answers {errors: [{message, extensions}]}.
  let answer: { id?: string; errors?: { message?: string }[] } = {};
  try {
    answer = (await response.json()) as typeof answer;
  } catch {
    // not JSON: the status says enough
  }
  if (!response.ok || !answer.id) {
    throw new Error(answer.errors?.[0]?.message ?? `上传失败（${response.status}）。`);
  }
  return answer.id;
}

interface Props {
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** The button's text. */
  label?: string;
  maxCount?: number;
}

export function AttachmentUpload({ value, onChange, label = "上传附件", maxCount = 20 }: Props) {
  const [files, setFiles] = useState<UploadFile<{ id: string }>[]>([]);

  const publish = (next: UploadFile<{ id: string }>[]) => {
    setFiles(next);
    const ids = next
      .filter((f) => f.status === "done" && f.response?.id)
      .map((f) => f.response!.id);
    if (JSON.stringify(ids) !== JSON.stringify(value ?? [])) onChange?.(ids);
  };

  return (
    <Upload<{ id: string }>
      accept={ATTACHMENT_ACCEPT}
      fileList={files}
      maxCount={maxCount}
      multiple
      customRequest={({ file, onSuccess, onError }) => {
        uploadAttachment(file as File).then(
          (id) => onSuccess?.({ id }),
          (error: Error) => onError?.(error),
        );
      }}
      onChange={({ fileList }) => publish(fileList)}
      itemRender={(node, file) =>
        file.status === "error" ? (
          <div>
            {node}
            <div style={{ color: "#dc2626", fontSize: 12 }}>
              {(file.error as Error | undefined)?.message ?? "上传失败"}
            </div>
          </div>
        ) : (
          node
        )
      }
    >
      <Button icon={<UploadOutlined />}>{label}</Button>
    </Upload>
  );
}
