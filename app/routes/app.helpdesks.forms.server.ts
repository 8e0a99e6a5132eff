// The Helpdesks page's forms, one intent each: the attribution options, an
// agent mapping, a new secret, a setup's test touch. Each is parsed with its
// own schema (app/domain/helpdesk/forms.ts), the one its component checks
// with, and handed to the helpdesk setup service; the answer names the intent
// so only that form (or the page's banner, for the buttons) shows it.
import { json } from "@remix-run/node";
import type { z } from "zod";
import { parseForm, replyWithErrors, type FormLanguage } from "../components/form/parse";
import { INTENT_FIELD } from "../components/form/schema-form";
import {
  agentMappingSchema,
  helpdeskOptionsSchema,
  helpdeskTestSchema,
  isHelpdeskFormIntent,
  type HelpdeskFormIntent,
} from "../domain/helpdesk/forms";
import { phraseText } from "../domain/phrase";
import {
  mapHelpdeskAgent,
  rotateHelpdeskSecret,
  saveHelpdeskOptions,
  sendHelpdeskTest,
  type HelpdeskContext,
  type HelpdeskNotice,
  type HelpdeskSaveResult,
} from "../services/helpdesk-setup.server";

/** A form's answer: Conform's reply, whether it saved, and what was saved in the staff member's words (the toast). */
async function answerForm<Schema extends z.ZodType>(
  intent: Extract<HelpdeskFormIntent, "options" | "map">,
  formData: FormData,
  schema: Schema,
  language: FormLanguage,
  save: (value: z.output<Schema>) => Promise<HelpdeskSaveResult>,
) {
  // Which of the mapping rows sent it: each row shows only its own answer.
  const agentEmail = intent === "map" ? String(formData.get("agentEmail") ?? "") : undefined;
  const submission = parseForm(formData, schema, language);
  if (submission.status !== "success") return json({ intent, agentEmail, result: submission.reply(), saved: false }, { status: 400 });
  const saved = await save(submission.value);
  if (!saved.ok)
    return json({ intent, agentEmail, result: replyWithErrors(submission, saved.fieldErrors, language), saved: false }, { status: 400 });
  return json({ intent, agentEmail, result: submission.reply(), saved: true, message: phraseText(saved.message, language.t) });
}

/** A button's answer: what the page's banner says, in the staff member's language. */
function answerNotice(intent: Extract<HelpdeskFormIntent, "rotate" | "test">, notice: HelpdeskNotice, language: FormLanguage) {
  return json(
    { intent, ok: notice.ok, tone: notice.tone, message: phraseText(notice.message, language.t) },
    { status: notice.ok ? 200 : 400 },
  );
}

/** `language`: the staff member's, for the forms' messages and the banners. */
export async function submitHelpdeskForm(context: HelpdeskContext, formData: FormData, language: FormLanguage) {
  const intent = formData.get(INTENT_FIELD);
  if (!isHelpdeskFormIntent(intent)) throw new Response("Unknown form", { status: 400 });
  switch (intent) {
    case "options":
      return answerForm(intent, formData, helpdeskOptionsSchema, language, (value) => saveHelpdeskOptions(context, value));
    case "map":
      return answerForm(intent, formData, agentMappingSchema, language, (value) => mapHelpdeskAgent(context, value));
    case "rotate":
      return answerNotice(intent, await rotateHelpdeskSecret(context), language);
    case "test": {
      // The button sends which setup; there is nothing for the merchant to correct.
      const submission = parseForm(formData, helpdeskTestSchema, language);
      if (submission.status !== "success") throw new Response("Unknown helpdesk", { status: 400 });
      return answerNotice(intent, await sendHelpdeskTest(context, submission.value.helpdesk), language);
    }
  }
}

export type HelpdeskFormAnswer = Awaited<ReturnType<typeof submitHelpdeskForm>>;
