// The Exchange offers list's buttons, one small form each: move an offer up
// or down, delete it, or answer a shopper's request as the signed-in agent.
// Each is parsed with offersListSchema (a malformed id or an unknown intent
// is a 400, an offer gone a 404, one already at the end a 409, nothing
// written); the answer is one banner, { ok, message }, in
// the staff member's language.
import { json } from "@remix-run/node";
import { parseForm, resultMessages, type FormLanguage } from "../components/form/parse";
import { offersListSchema } from "../domain/exchange/offers-list";
import { answerFromForm } from "../http/exchange-answer.server";
import type { ServiceContext } from "../services/context";
import { requestedOrderOf } from "../services/exchange-answers.server";
import { deleteOffer, moveOffer } from "../services/exchange-offers.server";

export interface OffersListAnswer {
  ok: boolean;
  message: string;
}

const answer = (ok: boolean, message: string, status = 200) => json({ ok, message } satisfies OffersListAnswer, { status });

/** `language`: the staff member's, for the schema's messages and the answer's. */
export async function submitOffersListButton(context: ServiceContext, form: FormData, language: FormLanguage) {
  const { t } = language;
  const submission = parseForm(form, offersListSchema, language);
  if (submission.status !== "success") return answer(false, resultMessages(submission.reply()), 400);
  const button = submission.value;
  if ("offerId" in button) {
    if (button.intent === "delete") {
      const deleted = await deleteOffer(context, button.offerId);
      return deleted ? answer(true, t("offers:messages.deleted")) : answer(false, t("offers:messages.offerGone"), 404);
    }
    const moved = await moveOffer(context, button.offerId, button.intent);
    if (moved === "not_found") return answer(false, t("offers:messages.offerGone"), 404);
    // Already first or last: the list changed since the page drew its arrows.
    return moved === "moved" ? answer(true, t("offers:messages.moved")) : answer(false, t("offers:messages.cantMove"), 409);
  }
  // A shopper's request: the same answer as on the exchange desk, by the signed-in agent.
  const request = await requestedOrderOf(context, button.outcomeId);
  if (!request.ok) return answer(false, t("offers:messages.requestGone"), 404);
  const result = await answerFromForm(context, request.orderId, form, language);
  if (!result.ok) return answer(false, resultMessages(result.result), result.httpStatus);
  if (button.intent === "refuse_outcome") return answer(true, t("offers:messages.refused"));
  const created = result.created;
  const made = !created
    ? ""
    : created.draftOrderName
      ? t("offers:messages.createdWithDraft", { returnName: created.returnName, draftName: created.draftOrderName })
      : t("offers:messages.created", { returnName: created.returnName });
  return answer(true, made ? `${t("offers:messages.accepted")} ${made}` : t("offers:messages.accepted"));
}
