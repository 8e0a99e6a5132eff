// A settings form's action, the counterpart of SettingsFormCard: the form
// parsed by its schema in the staff member's language (400 with its errors),
// then saved; the answer is { result, saved }, as the form reads it. And the
// action of a page of several forms, which its dispatcher answers.
import { json, type ActionFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { parseForm } from "../components/form/parse";
import type { ServiceContext } from "../services/context";
import { adminContext, type AdminRequest } from "./admin-context.server";
import { answeringShopifyUnavailable } from "./shopify-unavailable.server";
import { readForm } from "./form-data.server";

export async function saveSettingsForm<Schema extends z.ZodType>(
  language: AdminRequest["language"],
  form: FormData,
  schema: Schema,
  save: (value: z.output<Schema>) => Promise<unknown>,
) {
  const submission = parseForm(form, schema, language);
  if (submission.status !== "success") return json({ result: submission.reply(), saved: false }, { status: 400 });
  await save(submission.value);
  return json({ result: submission.reply(), saved: true });
}

/**
 * The whole action of a page that is one settings form: authenticated, its
 * schema made for the shop (its currency), parsed and saved; Shopify not
 * answering in time is a 503 "try again".
 */
export function settingsFormAction<Schema extends z.ZodType>(
  schemaFor: (context: ServiceContext) => Promise<Schema>,
  save: (context: ServiceContext, value: z.output<NoInfer<Schema>>) => Promise<unknown>,
) {
  return answeringShopifyUnavailable(async ({ request }: ActionFunctionArgs) => {
    const { context, language } = await adminContext(request);
    const schema = await schemaFor(context);
    return saveSettingsForm(language, await readForm(request), schema, (value) => save(context, value));
  });
}

/**
 * The whole action of a page with several forms, each posting its intent:
 * authenticated, then handed to the page's dispatcher
 * (`app/routes/app.<page>.forms.server.ts`) with the staff member's language.
 */
export function pageFormsAction<Answer>(
  submit: (context: ServiceContext, form: FormData, language: AdminRequest["language"]) => Promise<Answer>,
) {
  return answeringShopifyUnavailable(async ({ request }: ActionFunctionArgs) => {
    const { context, language } = await adminContext(request);
    return submit(context, await readForm(request), language);
  });
}
