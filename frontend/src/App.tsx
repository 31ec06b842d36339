import { App as AntApp, ConfigProvider, Spin } from "antd";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { lazy, Suspense, useMemo } from "react";
import { BrowserRouter, Route, Routes, useLocation } from "react-router";
import { Provider as UrqlProvider } from "urql";
import { createGraphqlClient } from "./api/client";
import { AuthProvider } from "./auth/AuthContext";
import { RequireLogin, RequirePage } from "./auth/guards";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { AppLayout } from "./layout/AppLayout";
import { AuditPage } from "./pages/audit/AuditPage";
import { CalendarPage } from "./pages/calendar/CalendarPage";
import { CataloguePage } from "./pages/catalogue/CataloguePage";
import { CoveragePage } from "./pages/catalogue/CoveragePage";
import { ImportPage } from "./pages/catalogue/ImportPage";
import { PublicCataloguePage } from "./pages/catalogue/PublicCataloguePage";
import { PublishPage } from "./pages/catalogue/PublishPage";
import { PublicReportPage } from "./pages/reports/PublicReportPage";
import { ReportsPage } from "./pages/reports/ReportsPage";
import { CoordinationPage } from "./pages/coordination/CoordinationPage";
import { CommitmentsPage } from "./pages/commitments/CommitmentsPage";
import { CreditPage } from "./pages/credit/CreditPage";
import { InspectionsPage } from "./pages/inspections/InspectionsPage";
import { PublicInspectionsPage } from "./pages/inspections/PublicInspectionsPage";
import { ReviewsPage } from "./pages/reviews/ReviewsPage";
import { InquiriesPage } from "./pages/inquiries/InquiriesPage";
import { MaterialsPage } from "./pages/materials/MaterialsPage";
import { HomePage } from "./pages/HomePage";
import { ApprovalsPage } from "./pages/linkage/ApprovalsPage";
import { TasksPage } from "./pages/linkage/TasksPage";
import { LoginPage } from "./pages/LoginPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { NotificationsPage } from "./pages/notifications/NotificationsPage";
import { TemplatesPage } from "./pages/notifications/TemplatesPage";
import { UsersPage } from "./pages/users/UsersPage";

dayjs.locale("zh-cn");

// Loaded on first visit: the login page and the other pages do not carry ECharts.
const StatisticsPage = lazy(() => import("./pages/statistics/StatisticsPage"));

const theme = {
  token: {
    colorPrimary: "#1d4ed8",
    borderRadius: 6,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Helvetica Neue", Arial, sans-serif',
  },
};

function AppRoutes() {
  const location = useLocation();
  return (
    <ErrorBoundary resetKey={location.pathname}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/public/catalogue" element={<PublicCataloguePage />} />
        <Route path="/public/report" element={<PublicReportPage />} />
        <Route path="/public/inspections" element={<PublicInspectionsPage />} />
        <Route element={<RequireLogin />}>
          <Route element={<AppLayout />}>
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
                  <Suspense fallback={<Spin style={{ display: "block", margin: "80px auto" }} />}>
                    <StatisticsPage />
                  </Suspense>
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
      </Routes>
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
