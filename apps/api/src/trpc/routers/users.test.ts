import { describe, expect, it } from "vitest";
import { findLogin } from "../../auth/auth.ts";
import { caller, rejection, testServices } from "../test-caller.ts";

describe("users", () => {
  it("creates a login with a role and lists it; the email is unique", async () => {
    const created = await caller.users.create({
      email: "Reviewer@Jixiao.local",
      name: "复核员甲",
      password: "correct-horse-battery",
      role: "reviewer",
    });
    expect(created).toMatchObject({ email: "reviewer@jixiao.local", name: "复核员甲" });
    expect(created.role).toMatchObject({
      userId: created.id,
      role: "reviewer",
      departmentId: null,
    });
    const listed = await caller.users.list();
    expect(listed.find((u) => u.id === created.id)?.role?.role).toBe("reviewer");
    const again = await rejection(
      caller.users.create({
        email: "reviewer@jixiao.local",
        name: "复核员乙",
        password: "correct-horse-battery",
        role: "reviewer",
      }),
    );
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toContain("邮箱已被使用：reviewer@jixiao.local");
  });

  it("removes the login again when its role cannot be saved (no half user)", async () => {
    // A department editor needs a department that exists.
    const error = await rejection(
      caller.users.create({
        email: "editor@jixiao.local",
        name: "填报员",
        password: "correct-horse-battery",
        role: "departmentEditor",
        departmentId: "no-such-department",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(await findLogin(testServices().auth, "editor@jixiao.local")).toBeNull();
  });

  it("refuses a short password and a bad email with their paths", async () => {
    const error = await rejection(
      caller.users.create({
        email: "not-an-email",
        name: "x",
        password: "short",
        role: "reviewer",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("email: 邮箱格式不正确 / not a valid email address");
    expect(error.message).toContain(
      "password: 密码至少 10 个字符 / password must have at least 10 characters",
    );
  });
});
