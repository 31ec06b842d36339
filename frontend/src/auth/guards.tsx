import type { ReactNode } from "react";
import { Navigate, Outlet, useLocation } from "react-router";
import type { PageKey } from "../layout/menu";
import { rolesFor } from "../layout/menu";
import { NotFoundPage } from "../pages/NotFoundPage";
import { useAuth } from "./AuthContext";
import { hasAnyRole } from "./roles";

/** Routes below need a signed-in user; others go to the login page. */
export function RequireLogin() {
  const { viewer } = useAuth();
  const location = useLocation();
  if (viewer === null) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return <Outlet />;
}

/** A page shown only to the roles that have it in their menu (MENU_BY_ROLE). */
export function RequirePage({ page, children }: { page: PageKey; children: ReactNode }) {
  const { viewer } = useAuth();
  if (viewer === null || !hasAnyRole(viewer.roles, rolesFor(page))) {
    return <NotFoundPage />;
  }
  return <>{children}</>;
}
