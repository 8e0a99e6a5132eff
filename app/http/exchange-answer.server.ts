// The agent's answer to an exchange offer, posted from an order's exchange
// page or from the queue of shoppers' requests: parsed with
// agentAnswerSchema, recorded by the service, and a refusal given its HTTP
// status (decision 014: the statuses are the routes').
import { parseForm, replyWithErrors, type FormLanguage, type FormResult } from "../components/form/parse";
import { agentAnswerSchema } from "../domain/exchange/answers";
import { answerExchange, type AnswerError } from "../services/exchange-answers.server";
import type { AgentExchangeContext } from "../services/exchange-orders.server";
import type { CreatedExchange } from "../services/exchange-shopify.server";

const ANSWER_ERROR_STATUS: Record<AnswerError, number> = { not_an_agent: 403, not_found: 404, conflict: 409, shopify_unavailable: 503 };

export type AnswerReply =
  { ok: true; status: string; created: CreatedExchange | null; result: FormResult } | { ok: false; httpStatus: number; result: FormResult };

export async function answerFromForm(
  ctx: AgentExchangeContext,
  orderId: string,
  formData: FormData,
  language: FormLanguage,
): Promise<AnswerReply> {
  const submission = parseForm(formData, agentAnswerSchema, language);
  if (submission.status !== "success") return { ok: false, httpStatus: 400, result: submission.reply() };
  const answered = await answerExchange(ctx, orderId, submission.value, language.locale);
  if (!answered.ok)
    return {
      ok: false,
      httpStatus: ANSWER_ERROR_STATUS[answered.error],
      result: replyWithErrors(submission, answered.fieldErrors, language),
    };
  return { ok: true, status: answered.outcome.status, created: answered.created, result: submission.reply() };
}
