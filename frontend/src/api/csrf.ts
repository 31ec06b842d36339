// The accounts area's CSRF design (api/auth.py): the session cookie is HttpOnly;
// a readable `sg_csrf` cookie holds a token that every state-changing request
// must echo in the X-CSRF-Token header (double-submit).

export const CSRF_COOKIE = "sg_csrf";
export const CSRF_HEADER = "X-CSRF-Token";

export function readCookie(name: string, cookies: string = document.cookie): string | null {
  for (const part of cookies.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) {
      return decodeURIComponent(rest.join("="));
    }
  }
  return null;
}

export function csrfToken(): string | null {
  return readCookie(CSRF_COOKIE);
}

export function csrfHeaders(): Record<string, string> {
  const token = csrfToken();
  return token ? { [CSRF_HEADER]: token } : {};
}
