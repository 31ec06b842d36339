import { App as AntApp, ConfigProvider, Spin } from "antd";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { lazy, Suspense, useMemo } from "react";
import { BrowserRouter, Outlet, Route, Routes, useLocation } from "react-router";
import { Provider as UrqlProvider } from "urql";
import { createGraphqlClient } from "./api/client";
import { AuthProvider } from "./auth/AuthContext";
import { RequireLogin, RequirePage } from "./auth/guards";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { NotFoundPage } from "./pages/NotFoundPage";

dayjs.locale("zh-cn");

// Every page is loaded on its first visit (React.lazy): the login page and the
// public pages download only what they need, no other page and no ECharts.
const AppLayout = lazy(() => import("./layout/AppLayout").then((m) => ({ default: m.AppLayout })));
const AuditPage = lazy(() =>
  import("./pages/audit/AuditPage").then((m) => ({ default: m.AuditPage })),
);
const CalendarPage = lazy(() =>
  import("./pages/calendar/CalendarPage").then((m) => ({ default: m.CalendarPage })),
);
const CataloguePage = lazy(() =>
  import("./pages/catalogue/CataloguePage").then((m) => ({ default: m.CataloguePage })),
);
const CoveragePage = lazy(() =>
  import("./pages/catalogue/CoveragePage").then((m) => ({ default: m.CoveragePage })),
);
const ImportPage = lazy(() =>
  import("./pages/catalogue/ImportPage").then((m) => ({ default: m.ImportPage })),
);
const PublicCataloguePage = lazy(() =>
  import("./pages/catalogue/PublicCataloguePage").then((m) => ({ default: m.PublicCataloguePage })),
);
const PublishPage = lazy(() =>
  import("./pages/catalogue/PublishPage").then((m) => ({ default: m.PublishPage })),
);
const PublicReportPage = lazy(() =>
  import("./pages/reports/PublicReportPage").then((m) => ({ default: m.PublicReportPage })),
);
const ReportsPage = lazy(() =>
  import("./pages/reports/ReportsPage").then((m) => ({ default: m.ReportsPage })),
);
const CoordinationPage = lazy(() =>
  import("./pages/coordination/CoordinationPage").then((m) => ({ default: m.CoordinationPage })),
);
const CommitmentsPage = lazy(() =>
  import("./pages/commitments/CommitmentsPage").then((m) => ({ default: m.CommitmentsPage })),
);
const CreditPage = lazy(() =>
  import("./pages/credit/CreditPage").then((m) => ({ default: m.CreditPage })),
);
const InspectionsPage = lazy(() =>
  import("./pages/inspections/InspectionsPage").then((m) => ({ default: m.InspectionsPage })),
);
const PublicInspectionsPage = lazy(() =>
  import("./pages/inspections/PublicInspectionsPage").then((m) => ({
    default: m.PublicInspectionsPage,
  })),
);
const ReviewsPage = lazy(() =>
  import("./pages/reviews/ReviewsPage").then((m) => ({ default: m.ReviewsPage })),
);
const InquiriesPage = lazy(() =>
  import("./pages/inquiries/InquiriesPage").then((m) => ({ default: m.InquiriesPage })),
);
const MaterialsPage = lazy(() =>
  import("./pages/materials/MaterialsPage").then((m) => ({ default: m.MaterialsPage })),
);
const HomePage = lazy(() => import("./pages/HomePage").then((m) => ({ default: m.HomePage })));
const ApprovalsPage = lazy(() =>
  import("./pages/linkage/ApprovalsPage").then((m) => ({ default: m.ApprovalsPage })),
);
const TasksPage = lazy(() =>
  import("./pages/linkage/TasksPage").then((m) => ({ default: m.TasksPage })),
);
const LoginPage = lazy(() => import("./pages/LoginPage").then((m) => ({ default: m.LoginPage })));
const NotificationsPage = lazy(() =>
  import("./pages/notifications/NotificationsPage").then((m) => ({ default: m.NotificationsPage })),
);
const TemplatesPage = lazy(() =>
  import("./pages/notifications/TemplatesPage").then((m) => ({ default: m.TemplatesPage })),
);
const UsersPage = lazy(() =>
  import("./pages/users/UsersPage").then((m) => ({ default: m.UsersPage })),
);
const StatisticsPage = lazy(() => import("./pages/statistics/StatisticsPage"));

const theme = {
  token: {
    colorPrimary: "#1d4ed8",
    borderRadius: 6,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Helvetica Neue", Arial, sans-serif',
  },
};

// Shown while a page's code loads (its first visit only).
const loading = <Spin style={{ display: "block", margin: "80px auto" }} />;

/** The admin pages inside the layout: the menu stays while a page's code loads. */
function PageOutlet() {
  return (
    <Suspense fallback={loading}>
      <Outlet />
    </Suspense>
  );
}

function AppRoutes() {
  const location = useLocation();
  return (
    <ErrorBoundary resetKey={location.pathname}>
      <Suspense fallback={loading}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/public/catalogue" element={<PublicCataloguePage />} />
          <Route path="/public/report" element={<PublicReportPage />} />
          <Route path="/public/inspections" element={<PublicInspectionsPage />} />
          <Route element={<RequireLogin />}>
            <Route element={<AppLayout />}>
              <Route element={<PageOutlet />}>
                <Route index element={<HomePage />} />
                <Route
                  path="catalogue"
                  element={
                    <RequirePage page="catalogue">
                      <CataloguePage />
                    </RequirePage>
                  }
                />
                <Route
                  path="catalogue/coverage"
                  element={
                    <RequirePage page="coverage">
                      <CoveragePage />
                    </RequirePage>
                  }
                />
                <Route
                  path="catalogue/publish"
                  element={
                    <RequirePage page="publish">
                      <PublishPage />
                    </RequirePage>
                  }
                />
                <Route
                  path="catalogue/import"
                  element={
                    <RequirePage page="import">
                      <ImportPage />
                    </RequirePage>
                  }
                />
                <Route
                  path="coordination"
                  element={
                    <RequirePage page="coordination">
                      <CoordinationPage />
                    </RequirePage>
                  }
                />
                <Route
                  path="statistics"
                  element={
                    <RequirePage page="statistics">
                      <StatisticsPage />
                    </RequirePage>
                  }
                />
                <Route
                  path="approvals"
                  element={
                    <RequirePage page="approvals">
                      <ApprovalsPage />
                    </RequirePage>
                  }
                />
                <Route
                  path="tasks"
                  element={
                    <RequirePage page="tasks">
                      <TasksPage />
                    </RequirePage>
                  }
                />
                <Route
                  path="calendar"
                  element={
                    <RequirePage page="calendar">
                      <CalendarPage />
                    </RequirePage>
                  }
                />
                <Route
                  path="users"
                  element={
                    <RequirePage page="users">
                      <UsersPage />
                    </RequirePage>
                  }
                />
                <Route
                  path="audit"
                  element={
                    <RequirePage page="audit">
                      <AuditPage />
                    </RequirePage>
                  }
                />
                <Route
                  path="notifications"
                  element={
                    <RequirePage page="notifications">
                      <NotificationsPage />
                    </RequirePage>
                  }
                />
                <Route
                  path="reminder-templates"
                  element={
                    <RequirePage page="reminderTemplates">
                      <TemplatesPage />
                    </RequirePage>
                  }
                />
                <Route
                  path="commitments"
                  element={
                    <RequirePage page="commitments">
                      <CommitmentsPage />
                    </RequirePage>
                  }
                />
                <Route
                  path="credit"
                  element={
                    <RequirePage page="credit">
                      <CreditPage />
                    </RequirePage>
                  }
                />
                <Route
                  path="materials"
                  element={
                    <RequirePage page="materials">
                      <MaterialsPage />
                    </RequirePage>
                  }
                />
                <Route
                  path="inquiries"
                  element={
                    <RequirePage page="inquiries">
                      <InquiriesPage />
                    </RequirePage>
                  }
                />
                <Route
                  path="reviews"
                  element={
                    <RequirePage page="reviews">
                      <ReviewsPage />
                    </RequirePage>
                  }
                />
                <Route
                  path="inspections"
                  element={
                    <RequirePage page="inspections">
                      <InspectionsPage />
                    </RequirePage>
                  }
                />
                <Route
                  path="reports"
                  element={
                    <RequirePage page="reports">
                      <ReportsPage />
                    </RequirePage>
                  }
                />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Route>
        </Routes>
      </Suspense>
    </ErrorBoundary>
  );
}

export function App() {
  const client = useMemo(createGraphqlClient, []);
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <UrqlProvider value={client}>
          <BrowserRouter>
            <AuthProvider>
              <AppRoutes />
            </AuthProvider>
          </BrowserRouter>
        </UrqlProvider>
      </AntApp>
    </ConfigProvider>
  );
}
