import { BellOutlined } from "@ant-design/icons";
import { Badge, Button, Tooltip } from "antd";
import { useNavigate } from "react-router";
import { useQuery } from "urql";
import { useNotificationChanges, useNotificationStream } from "./live";
import { UnreadNotificationCountDocument } from "./operations";

/** The header's bell: the viewer's unread notifications, live (M1). */
export function NotificationBell() {
  const navigate = useNavigate();
  const [{ data }, refetch] = useQuery({
    query: UnreadNotificationCountDocument,
    requestPolicy: "network-only",
  });
  const reload = () => refetch({ requestPolicy: "network-only" });
  useNotificationStream(reload);
  useNotificationChanges("read", reload);
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Tooltip title={count ? `${count} 条未读通知` : "通知"}>
      <Badge count={count} size="small" overflowCount={99} data-testid="notification-count">
        <Button
          type="text"
          aria-label="通知"
          data-testid="notification-bell"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          onClick={() => navigate("/notifications")}
        />
      </Badge>
    </Tooltip>
  );
}
