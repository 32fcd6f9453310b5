import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../api/trpc.ts";

/**
 * Sign in with email and password: better-auth sets the httpOnly session cookie.
 * @throws Error with a Chinese message when the server refuses (wrong password, too many attempts).
 */
export async function signIn(email: string, password: string): Promise<void> {
  const response = await fetch("/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
    credentials: "include",
  });
  if (response.ok) return;
  if (response.status === 401) throw new Error("邮箱或密码不正确");
  if (response.status === 429) throw new Error("登录失败次数过多，请稍后再试");
  const body = (await response.json().catch(() => ({}))) as { message?: string };
  throw new Error(body.message ?? `登录失败（HTTP ${response.status}）`);
}

/** End the session: the cookie stops working at once. */
export async function signOut(): Promise<void> {
  await fetch("/api/auth/sign-out", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
    credentials: "include",
  });
}

/** The signed-in user (users.me), or null when nobody is signed in. */
export function useSession() {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.users.me.queryOptions(),
    retry: false,
    staleTime: 60_000,
  });
}

/** Sign out and forget every cached answer of the old session. */
export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    await signOut();
    client.clear();
  };
}
