// Chinese names of the audit trail's actions and target types, for display.
// An action not listed is shown as recorded (e.g. "push.claim").

export const TARGET_TYPE_LABELS: Record<string, string> = {
  User: "用户",
  Department: "部门",
  Session: "会话",
  ApiToken: "API 令牌",
  CalendarYear: "工作日历（年）",
  CalendarDay: "工作日历（日）",
  Deadline: "期限",
  Notification: "通知",
};

export const ACTION_LABELS: Record<string, string> = {
  "user.create": "创建用户",
  "user.update": "修改用户",
  "user.reset_password": "重置密码",
  "user.login_failed": "登录失败",
  "session.create": "登录",
  "session.revoke": "退出登录",
  "department.create": "创建部门",
  "api_token.create": "创建 API 令牌",
  "api_token.revoke": "吊销 API 令牌",
  "calendar.seed": "载入工作日历",
  "calendar.enter_notice": "录入节假日安排",
  "calendar.correct_day": "更正日历",
  "deadline.open": "设立期限",
  "deadline.close": "期限办结",
  "deadline.recompute": "重新计算期限",
  "notification.create": "发送站内通知",
  "notification.read": "标记通知已读",
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function targetTypeLabel(targetType: string): string {
  return TARGET_TYPE_LABELS[targetType] ?? targetType;
}
