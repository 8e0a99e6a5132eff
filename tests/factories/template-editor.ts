// The email template editor (/app/email-templates) as a signed-in staff
// member uses it: open a message in a language, save or reset it.
import { action as templatesAction, loader as templatesLoader } from "../../app/routes/app.email-templates";
import type { LocalShopify } from "../../local-shopify/server";
import { adminRequest, signInStaff } from "./admin-requests";

export async function templateEditor(local: LocalShopify, shop: string) {
  const userId = await signInStaff(local, shop, "chloe@concierge-demo.example");
  const post = async (fields: Record<string, string>) =>
    (await templatesAction({
      request: adminRequest("/app/email-templates", { shop, userId, method: "POST", body: new URLSearchParams(fields) }),
      params: {},
      context: {},
    })) as Response;
  const open = (query: string) =>
    templatesLoader({ request: adminRequest(`/app/email-templates?${query}`, { shop, userId }), params: {}, context: {} });
  return { post, open };
}
