// The tracking page's offers: the merchant's exchange offers for delivered
// items, and the upsell (the storefront's recommendations and the pinned
// collection). Part of the page (page.ts), rendered as Liquid.
import { escapeForLiquid, liquidChoice, type TrackingBranding, type TrackingPageInput, type Translate } from "./page";

/**
 * "Not the right fit?": the merchant's exchange offers for delivered items,
 * each a request the merchant's agents confirm (see proxy.exchange-request).
 */
export function renderExchangeOffers(input: TrackingPageInput, t: Translate) {
  const offered = (input.exchangeOffers ?? []).filter((item) => item.offer && !item.ineligible);
  if (offered.length === 0) return "";
  const lookupFields = input.lookup
    ? `<input type="hidden" name="order" value="${escapeForLiquid(input.lookup.order)}"><input type="hidden" name="contact" value="${escapeForLiquid(input.lookup.contact)}">`
    : "";
  const forms = offered.map((item) => {
    const offer = item.offer!;
    const choose = (texts: Record<string, string>) => liquidChoice((locale) => texts[locale] ?? texts.en);
    const reasons = offer.reasons.map((reason) => `<option value="${reason.value}">${choose(reason.labels)}</option>`).join("");
    return [
      `<form class="concierge-exchange" method="post" action="{{ routes.root_url | append: '/apps/concierge/exchange-request' | replace: '//', '/' }}" data-offer="${escapeForLiquid(offer.offerId)}">`,
      `<h3>${escapeForLiquid(item.title)}${item.variantTitle ? ` (${escapeForLiquid(item.variantTitle)})` : ""}</h3>`,
      // dir=auto: a headline the merchant wrote only in English reads left to right on the Arabic page.
      `<p dir="auto"><strong>${liquidChoice((locale) => offer.texts[locale as keyof typeof offer.texts]?.headline ?? offer.texts.en.headline)}</strong></p>`,
      `<p>${choose(offer.priceDifferenceTexts)}</p>`,
      `<input type="hidden" name="order_id" value="${escapeForLiquid(input.orderId!)}">`,
      `<input type="hidden" name="line_item_id" value="${escapeForLiquid(item.lineItemId)}">`,
      `<input type="hidden" name="offer_id" value="${escapeForLiquid(offer.offerId)}">`,
      lookupFields,
      `<label>${t("tracking.page.exchange_reason")}<select name="reason" required>${reasons}</select></label>`,
      `<button type="submit">${t("tracking.page.exchange_submit")}</button>`,
      `</form>`,
    ].join("");
  });
  return `<section class="concierge-exchanges" aria-labelledby="concierge-exchanges"><h2 id="concierge-exchanges">${t("tracking.page.exchange_title")}</h2>${forms.join("")}</section>`;
}

/**
 * Upsell: the storefront's own recommendations for what was ordered (fetched
 * in the browser from Shopify's recommendations endpoint, so they follow the
 * shop's recommendation settings and the shopper's language and currency)
 * and the collection the merchant pinned (rendered by Shopify's Liquid).
 * Adding one to the cart tags the cart with _concierge_track, so the order
 * it becomes is credited to the tracking page.
 */
export function renderUpsell(branding: TrackingBranding, productIds: string[], t: Translate) {
  const pinned = branding.pinnedCollection
    ? `{% assign concierge_pinned = collections['${escapeForLiquid(branding.pinnedCollection)}'] %}{% for product in concierge_pinned.products limit: 4 %}<li><a href="{{ product.url }}">{{ product.title | escape }}</a> <span>{{ product.price | money }}</span> {% if product.variants.size > 1 %}<select data-concierge-variant aria-label="${t("tracking.page.choose_option")}">{% for variant in product.variants %}<option value="{{ variant.id }}"{% unless variant.available %} disabled{% endunless %}>{{ variant.title | escape }} · {{ variant.price | money }}</option>{% endfor %}</select> {% endif %}<button type="button" data-concierge-add="{{ product.selected_or_first_available_variant.id }}">${t("tracking.page.add_to_cart")}</button></li>{% endfor %}`
    : "";
  if (!pinned && productIds.length === 0) return "";
  return [
    `<section class="concierge-upsell" aria-labelledby="concierge-upsell" data-product-ids="${productIds.map(escapeForLiquid).join(",")}"`,
    ` data-recommendations-url="{{ routes.product_recommendations_url }}.json" data-cart-add-url="{{ routes.cart_add_url }}.js" data-cart-update-url="{{ routes.cart_update_url }}.js" data-currency="{{ cart.currency.iso_code }}" data-locale="{{ request.locale.iso_code }}">`,
    `<h2 id="concierge-upsell">${t("tracking.page.recommendations")}</h2>`,
    `<template data-concierge-labels><span data-add>${t("tracking.page.add_to_cart")}</span><span data-added>${t("tracking.page.added_to_cart")}</span><span data-choose>${t("tracking.page.choose_option")}</span></template>`,
    `<ul data-concierge-products>${pinned}</ul>`,
    `<p class="concierge-visually-hidden" role="status" data-concierge-status></p>`,
    `</section>`,
    `<script>${UPSELL_SCRIPT}</script>`,
  ].join("");
}

// Small, dependency-free, and inert until the page has loaded. Prices are
// Intl's, their currency symbol isolated (U+2068…U+2069) so "US$" stays whole
// in an Arabic line ("US$ 78.00", not "$US 78.00").
const UPSELL_SCRIPT = `(function(){var s=document.querySelector(".concierge-upsell");if(!s)return;var list=s.querySelector("[data-concierge-products]"),status=s.querySelector("[data-concierge-status]"),labels=s.querySelector("[data-concierge-labels]").content,addLabel=labels.querySelector("[data-add]").textContent,addedLabel=labels.querySelector("[data-added]").textContent,chooseLabel=labels.querySelector("[data-choose]").textContent;function money(cents){try{return new Intl.NumberFormat(s.dataset.locale||undefined,{style:"currency",currency:s.dataset.currency}).formatToParts(Math.trunc(cents/100)+"."+String(cents%100).padStart(2,"0")).map(function(p){return p.type=="currency"?"\\u2068"+p.value+"\\u2069":p.value}).join("")}catch(e){return""}}function post(url,body){return fetch(url,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/json"},body:JSON.stringify(body)}).then(function(r){if(!r.ok)throw new Error(r.status);return r.json()})}s.addEventListener("click",function(e){var b=e.target.closest("[data-concierge-add]");if(!b)return;var chosen=b.parentElement.querySelector("[data-concierge-variant]");b.disabled=true;post(s.dataset.cartAddUrl,{id:Number(chosen?chosen.value:b.dataset.conciergeAdd),quantity:1}).then(function(){return post(s.dataset.cartUpdateUrl,{attributes:{_concierge_track:"1"}})}).then(function(){status.textContent=addedLabel;b.textContent=addedLabel}).catch(function(){b.disabled=false})});var ids=(s.dataset.productIds||"").split(",").filter(Boolean);if(!ids.length)return;fetch(s.dataset.recommendationsUrl+"?intent=related&limit=4&product_id="+encodeURIComponent(ids[0])).then(function(r){return r.ok?r.json():{products:[]}}).then(function(d){(d.products||[]).forEach(function(p){var vs=(p.variants||[]).filter(function(x){return x.available});if(!vs.length)return;var li=document.createElement("li"),a=document.createElement("a"),price=document.createElement("span"),b=document.createElement("button");a.href=p.url;a.textContent=p.title;price.textContent=money(vs[0].price);b.type="button";b.dataset.conciergeAdd=vs[0].id;b.textContent=addLabel;li.append(a," ",price," ");if(vs.length>1){var sel=document.createElement("select");sel.dataset.conciergeVariant="";sel.setAttribute("aria-label",chooseLabel);vs.forEach(function(v){var o=document.createElement("option");o.value=v.id;o.textContent=v.title+" · "+money(v.price);sel.append(o)});sel.addEventListener("change",function(){var v=vs.find(function(x){return String(x.id)===sel.value});if(v)price.textContent=money(v.price)});li.append(sel," ")}li.append(b);list.append(li)})}).catch(function(){})})();`;
