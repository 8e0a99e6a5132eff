// Concierge's chat trigger (blocks/chat-trigger.liquid). After `delay`
// seconds of *visible* time on the page, and never while the shopper is
// typing or in a dialog, it shows a small non-modal prompt: open the shop's
// chat app, or contact links when that app is not on the page; a VIP is
// offered their concierge. Nothing is fetched or sent before it fires.
// Hand-written, no dependencies. This is the readable source: Shopify serves
// assets/chat-trigger.js, minified from it by scripts/build-storefront.mjs
// (`npm run build:storefront`), 2.5 KB gzipped at most
// (tests/theme-extension/chat-trigger.test.ts). See docs/decisions/004-chat-trigger.md.
(() => {
  const d = document;
  const w = window;
  const root = d.getElementById("concierge-chat");
  if (!root || root.dataset.started) return;
  root.dataset.started = "1";
  const o = root.dataset;
  const preview = !!o.preview; // the theme editor: show soon, record nothing
  const KEY = "concierge-chat";
  const store = (value) => {
    try {
      return value ? sessionStorage.setItem(KEY, value) : sessionStorage.getItem(KEY);
    } catch {
      // storage disabled: the prompt may show again, nothing breaks
    }
  };
  const seen = preview ? null : store();
  // "done": the shopper opened the chat or dismissed the prompt this session.
  if (seen == "done" || (seen && o.once)) return;
  const delay = preview ? 1e3 : (+o.delay || 30) * 1e3;

  const send = (event) => preview || navigator.sendBeacon?.("/apps/concierge/events", JSON.stringify({ event }));

  // Each chat app through its public JavaScript API; null when it is not on the page.
  const providers = {
    inbox: () => {
      const chat = d.querySelector("shopify-chat");
      if (chat?.show) return () => chat.show();
      const button = d.querySelector("inbox-online-store-chat")?.shadowRoot?.querySelector("button");
      return button && (() => button.click());
    },
    gorgias: () => w.GorgiasChat?.open && (() => w.GorgiasChat.open()),
    zendesk: () => w.zE && (() => w.zE("messenger", "open")),
    tidio: () => w.tidioChatApi && (() => (w.tidioChatApi.show(), w.tidioChatApi.open())),
    intercom: () => w.Intercom && (() => w.Intercom("show")),
  };

  const typing = (e) =>
    e &&
    (e.isContentEditable ||
      /^(TEXTAREA|IFRAME)$/.test(e.tagName) ||
      (e.tagName == "INPUT" && /^(text|search|email|tel|url|number|password)$/.test(e.type)));
  const inDialog = () =>
    [...d.querySelectorAll("dialog[open],[aria-modal=true]")].some((e) =>
      e.checkVisibility ? e.checkVisibility({ visibilityProperty: true }) : e.getClientRects().length,
    );

  // Visible time only: a hidden tab stops the count, coming back resumes it.
  let spent = 0;
  let since = 0;
  let timer;
  let shown = 0; // 1 on screen, 2 closed
  const count = () => {
    clearTimeout(timer);
    if (since) spent += performance.now() - since;
    since = 0;
    if (d.visibilityState == "visible" && !shown) {
      since = performance.now();
      timer = setTimeout(due, Math.max(delay - spent, 0));
    }
  };
  // Due, but the shopper is typing or in a dialog: wait until they are done.
  const due = () => (typing(d.activeElement) || inDialog() ? (timer = setTimeout(due, 1e3)) : show());
  d.addEventListener("visibilitychange", count);

  const el = (tag, attributes, text) => {
    const e = d.createElement(tag);
    for (const name in attributes) e.setAttribute(name, attributes[name]);
    if (text) e.textContent = text;
    return e;
  };

  let before; // where focus was before the shopper tabbed into the prompt
  root.addEventListener("focusin", (e) => root.contains(e.relatedTarget) || (before = e.relatedTarget));

  const close = (event, engaged) => {
    if (shown != 1) return;
    shown = 2;
    // Focus leaves the prompt for where the shopper came from.
    if (root.contains(d.activeElement)) {
      d.activeElement.blur();
      before?.focus();
    }
    // Hidden, not removed: a link taken out of the page would not navigate.
    root.hidden = true;
    send(event);
    if (preview) return;
    store("done");
    // Marks the cart, so the order is recognised as chat-assisted.
    if (engaged)
      fetch("/cart/update.js", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ attributes: { _concierge_chat: "1" } }),
        keepalive: true,
      }).catch(() => {});
  };

  const show = () => {
    shown = 1;
    const open = !o.vip && providers[o.provider]?.();
    const status = root.firstElementChild;
    const actions = el("div", { class: "cc-a" });
    if (open) {
      const button = el("button", { type: "button", class: "cc-b" }, o.open);
      button.onclick = () => (open(), close("chat_opened", 1));
      actions.append(button);
    } else {
      // The VIP's concierge, or the shop's own contacts when its chat app is missing.
      for (const [kind, prefix] of [
        ["whatsapp", "https://wa.me/"],
        ["phone", "tel:"],
        ["email", "mailto:"],
      ]) {
        if (!o[kind]) continue;
        const link = el("a", { class: "cc-b", href: prefix + o[kind] }, o[kind + "Label"]);
        if (kind == "whatsapp") link.target = "_blank";
        link.onclick = () => close(o.vip ? "concierge_contacted" : "chat_opened", 1);
        actions.append(link);
      }
    }
    const dismiss = el("button", { type: "button", class: "cc-x", "aria-label": o.close }, "×");
    dismiss.onclick = () => close("dismissed");
    root.prepend(el("style", {}, CSS));
    root.className += " cc";
    root.setAttribute("role", "region");
    root.setAttribute("aria-label", o.label);
    root.append(actions, dismiss);
    // Filled after the region exists, so screen readers announce it politely.
    status.append(el("p", {}, o.greeting));
    if (o.name) status.append(el("p", { class: "cc-n" }, o.name));
    if (!preview) store("shown");
    send("prompt_shown");
  };

  d.addEventListener("keydown", (e) => e.key == "Escape" && !inDialog() && close("dismissed"));

  const CSS =
    ".cc{position:fixed;z-index:2147483000;inset-block-end:6rem;inset-inline-end:1.25rem;box-sizing:border-box;" +
    "max-inline-size:min(22rem,calc(100vw - 2.5rem));padding:1rem;padding-inline-end:3rem;background:#fff;color:#1a1a1a;" +
    "border-radius:.75rem;box-shadow:0 .25rem 1.5rem #0003;line-height:1.4;text-align:start}" +
    ".cc p{margin:0 0 .75rem}.cc .cc-n{font-weight:700}.cc-a{display:flex;flex-wrap:wrap;gap:.5rem}" +
    ".cc-b{display:inline-flex;align-items:center;min-block-size:2.75rem;padding:0 1rem;border:0;border-radius:2rem;" +
    "background:var(--concierge-accent,#1a1a1a);color:#fff;font:inherit;text-decoration:none;cursor:pointer}" +
    ".cc-x{position:absolute;inset-block-start:.25rem;inset-inline-end:.25rem;inline-size:2.75rem;block-size:2.75rem;" +
    "border:0;background:none;color:inherit;font-size:1.5rem;cursor:pointer}" +
    ".cc :focus-visible{outline:2px solid var(--concierge-accent,#1a1a1a);outline-offset:2px}" +
    "@media (prefers-reduced-motion:no-preference){.cc{animation:cc .3s ease-out}}" +
    "@keyframes cc{from{opacity:0;transform:translateY(1rem)}}";

  count();
})();
