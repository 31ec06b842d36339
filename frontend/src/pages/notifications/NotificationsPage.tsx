import { CheckOutlined, ReloadOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  List,
  Segmented,
  Space,
  Spin,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";
import { combinedErrorMessage, resultError } from "../../api/errors";
import { useConnection } from "../../api/useConnection";
import { formatDateTime } from "../../components/format";
import type { NotificationsQuery } from "../../gql/graphql";
import { PushDetailDrawer } from "../linkage/PushDetailDrawer";
import { announce, useNotificationChanges } from "./live";
import { MarkNotificationsReadDocument, NotificationsDocument } from "./operations";
import "./notifications.css";

type NotificationRow = NotificationsQuery["notifications"]["edges"][number]["node"];
type Filter = "unread" | "all";

/** Where a notification's record is shown, for the records that are not pushes. */
const RECORD_PAGES: Record<string, { path: string; label: string }> = {
  SupervisionTask: { path: "/tasks?tab=inProgress", label: "查看监管任务" },
  ReversePush: { path: "/approvals?tab=reverse", label: "查看监管信息推送" },
};

/** 通知: the viewer's own in-app reminders (M1), newest first, live. */
export function NotificationsPage() {
  const { message } = App.useApp();
  const [filter, setFilter] = useState<Filter>("all");
  const [openPush, setOpenPush] = useState<string | null>(null);
  const list = useConnection(
    NotificationsDocument,
    { unreadOnly: filter === "unread", first: 20 },
    (data) => data.notifications,
  );
  const [{ fetching: marking }, markRead] = useMutation(MarkNotificationsReadDocument);
  useNotificationChanges("received", list.reload);

  const mark = async (input: { ids?: string[]; all?: boolean }) => {
    const result = await markRead({ input });
    const error = result.error
      ? combinedErrorMessage(result.error)
      : resultError(result.data?.markNotificationsRead)?.message;
    if (error) {
      message.error(error);
      return;
    }
    announce("read");
    list.reload();
  };

  const recordLink = (item: NotificationRow) => {
    if (!item.subjectId) return null;
    if (item.subjectType === "Push") {
      return (
        <Button type="link" size="small" onClick={() => setOpenPush(item.subjectId)}>
          查看推送
        </Button>
      );
    }
    const page = RECORD_PAGES[item.subjectType];
    return page ? <Link to={page.path}>{page.label}</Link> : null;
  };

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>通知</Typography.Title>
          <Typography.Text type="secondary">
            发给您本人的提醒：认领、反馈等期限临近和逾期时送达，同时按设置发送邮件和短信。
          </Typography.Text>
        </div>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={list.reload}>
            刷新
          </Button>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={marking}
            onClick={() => void mark({ all: true })}
          >
            全部标为已读
          </Button>
        </Space>
      </div>
      <Card>
        <Segmented<Filter>
          style={{ marginBottom: 16 }}
          value={filter}
          onChange={setFilter}
          options={[
            { value: "all", label: "全部" },
            { value: "unread", label: "未读" },
          ]}
        />
        {list.error && (
          <Alert type="error" showIcon title={list.error} style={{ marginBottom: 16 }} />
        )}
        <Spin spinning={list.loading}>
          {list.nodes.length === 0 && !list.loading ? (
            <Empty description={filter === "unread" ? "没有未读通知" : "暂无通知"} />
          ) : (
            <List<NotificationRow>
              dataSource={list.nodes}
              rowKey="id"
              renderItem={(item) => (
                <List.Item
                  data-testid="notification-item"
                  data-read={item.read ? "true" : "false"}
                  className={item.read ? "notification-read" : "notification-unread"}
                  actions={[
                    recordLink(item),
                    item.read ? null : (
                      <Button
                        key="read"
                        size="small"
                        loading={marking}
                        onClick={() => void mark({ ids: [item.id] })}
                      >
                        标为已读
                      </Button>
                    ),
                  ].filter(Boolean)}
                >
                  <List.Item.Meta
                    title={
                      <Space>
                        {item.read ? <Tag>已读</Tag> : <Tag color="red">未读</Tag>}
                        <Typography.Text strong={!item.read}>{item.title}</Typography.Text>
                      </Space>
                    }
                    description={
                      <>
                        <Typography.Text type="secondary">
                          {formatDateTime(item.createdAt)}
                          {item.readAt ? ` · ${formatDateTime(item.readAt)} 已读` : ""}
                        </Typography.Text>
                        <Typography.Paragraph
                          className="notification-body"
                          ellipsis={{ rows: 3, expandable: true, symbol: "展开" }}
                        >
                          {item.body}
                        </Typography.Paragraph>
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          )}
        </Spin>
        {list.hasNextPage && (
          <div style={{ textAlign: "center", marginTop: 16 }}>
            <Button onClick={list.loadMore} loading={list.loading}>
              加载更多
            </Button>
          </div>
        )}
      </Card>
      <PushDetailDrawer pushId={openPush} onClose={() => setOpenPush(null)} />
    </>
  );
}
