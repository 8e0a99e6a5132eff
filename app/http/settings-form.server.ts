// A settings form's action, the counterpart of SettingsFormCard: the form
// parsed by its schema in the staff member's language (400 with its errors),
// then saved; the answer is { result, saved }, as the form reads it.
import { json } from "@remix-run/node";
import type { z } from "zod";
import { parseForm } from "../components/form/parse";
import type { AdminRequest } from "./admin-context.server";

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
