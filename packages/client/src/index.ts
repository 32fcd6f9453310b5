export {
  createJixiaoClient,
  type JixiaoClient,
  type JixiaoClientOptions,
} from "./create-client.ts";
export { LoginError, login, logout, signIn } from "./login.ts";
export type { AppRouter, RouterInputs, RouterOutputs } from "./types.ts";
