// The local Shopify's App Bridge: what Shopify admin's app-bridge.js gives an
// embedded app, for the demo and the browser tests, where Shopify's CDN is out
// of reach. It provides `shopify.idToken()` (a session token minted by the
// local Shopify for the demo staff member), adds that token to the app's own
// fetch requests as App Bridge does, answers the Shopify library's
// session-token bounce page, renders <ui-nav-menu> as a navigation bar and
// <ui-save-bar> as a bar of unsaved changes above the page.
(function () {
  "use strict";
  var script = document.currentScript;
  var apiKey = script && script.getAttribute("data-api-key");
  var origin = new URL(script ? script.src : location.href).origin;
  var params = new URLSearchParams(location.search);
  var shop = params.get("shop") || sessionStorage.getItem("local-shopify-shop") || "";
  if (shop) sessionStorage.setItem("local-shopify-shop", shop);
  var host = params.get("host") || sessionStorage.getItem("local-shopify-host") || "";
  if (host) sessionStorage.setItem("local-shopify-host", host);

  var cached = null;
  function idToken() {
    if (cached && cached.expiresAt - Date.now() > 10000) return Promise.resolve(cached.token);
    var url = origin + "/admin/session-token?shop=" + encodeURIComponent(shop) + "&client_id=" + encodeURIComponent(apiKey || "");
    return fetchOriginal(url, { credentials: "omit" })
      .then(function (response) {
        if (!response.ok) throw new Error("local Shopify refused a session token: " + response.status);
        return response.json();
      })
      .then(function (body) {
        cached = { token: body.token, expiresAt: Date.now() + body.expires_in * 1000 };
        return body.token;
      });
  }

  var fetchOriginal = window.fetch.bind(window);
  window.fetch = function (input, init) {
    var url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url, location.href);
    if (url.origin !== location.origin) return fetchOriginal(input, init);
    return idToken().then(function (token) {
      var headers = new Headers((init && init.headers) || (input instanceof Request ? input.headers : undefined));
      if (!headers.has("Authorization")) headers.set("Authorization", "Bearer " + token);
      return fetchOriginal(input, Object.assign({}, init, { headers: headers }));
    });
  };

  var toastRegion;
  window.shopify = {
    config: { apiKey: apiKey, shop: shop, host: host, locale: document.documentElement.lang || "en" },
    environment: { embedded: true, mobile: false, pos: false },
    origin: origin,
    idToken: idToken,
    loading: function () {},
    saveBar: {
      show: function (id) {
        return saveBarById(id).show();
      },
      hide: function (id) {
        return saveBarById(id).hide();
      },
      toggle: function (id) {
        return saveBarById(id).toggle();
      },
      leaveConfirmation: function () {
        return Promise.resolve();
      },
    },
    toast: {
      show: function (message) {
        if (!toastRegion) {
          toastRegion = document.createElement("div");
          toastRegion.setAttribute("role", "status");
          toastRegion.style.cssText =
            "position:fixed;bottom:1rem;inset-inline-start:50%;transform:translateX(-50%);background:#303030;color:#fff;padding:.5rem 1rem;border-radius:8px;z-index:1000";
          document.body.appendChild(toastRegion);
        }
        toastRegion.textContent = message;
        toastRegion.hidden = false;
        setTimeout(function () {
          toastRegion.hidden = true;
        }, 4000);
      },
    },
  };

  // The Shopify library's bounce page: get a fresh token, then reload.
  if (location.pathname === "/auth/session-token") {
    idToken().then(function (token) {
      var reload = new URL(params.get("shopify-reload") || "/app", location.href);
      reload.searchParams.set("id_token", token);
      location.replace(reload.href);
    });
  }

  // <ui-nav-menu>: the app's navigation, shown above the page as Shopify
  // admin shows it beside the app. Clicks navigate inside the app.
  if (!customElements.get("ui-nav-menu")) {
    customElements.define(
      "ui-nav-menu",
      class extends HTMLElement {
        connectedCallback() {
          this.setAttribute("role", "navigation");
          this.setAttribute("aria-label", "App");
          this.style.cssText = "display:flex;flex-wrap:wrap;gap:.5rem 1rem;padding:.75rem 1rem;background:#1a1a1a;";
          var links = this.querySelectorAll("a");
          for (var i = 0; i < links.length; i++) {
            links[i].style.color = "#fff";
            links[i].addEventListener("click", function (event) {
              event.preventDefault();
              event.currentTarget.dispatchEvent(new CustomEvent("shopify:navigate", { bubbles: true }));
            });
          }
        }
      },
    );
  }
  // <ui-save-bar>: Shopify admin draws the save bar outside the app, with its
  // own Save and Discard that click the element's <button> children (the one
  // with variant="primary" is Save), and follow their `loading` and `disabled`
  // attributes (a loading or disabled button cannot be clicked). Here the bar
  // goes above the page.
  function saveBarById(id) {
    var element = document.getElementById(id);
    if (!element || element.localName !== "ui-save-bar") throw new Error("No ui-save-bar with id " + id);
    return element;
  }
  if (!customElements.get("ui-save-bar")) {
    var style = document.createElement("style");
    style.textContent = "ui-save-bar{display:none}";
    document.head.appendChild(style);
    customElements.define(
      "ui-save-bar",
      class extends HTMLElement {
        disconnectedCallback() {
          this.hide();
        }
        get showing() {
          return Boolean(this.bar);
        }
        show() {
          if (this.bar) return Promise.resolve();
          var bar = document.createElement("div");
          bar.setAttribute("role", "region");
          bar.setAttribute("aria-label", "Unsaved changes");
          bar.style.cssText = "display:flex;align-items:center;gap:.5rem;padding:.5rem 1rem;background:#303030;color:#fff;";
          var label = document.createElement("span");
          label.textContent = "Unsaved changes";
          label.style.flexGrow = "1";
          bar.appendChild(label);
          var buttons = [
            ["Discard", 'button:not([variant="primary"])'],
            ["Save", 'button[variant="primary"]'],
          ].map((entry) => {
            var button = document.createElement("button");
            button.type = "button";
            button.textContent = entry[0];
            button.addEventListener("click", () => {
              var target = this.querySelector(entry[1]);
              if (target) target.click();
            });
            bar.appendChild(button);
            return { button: button, selector: entry[1] };
          });
          var follow = () => {
            buttons.forEach((entry) => {
              var target = this.querySelector(entry.selector);
              var loading = Boolean(target && target.hasAttribute("loading"));
              entry.button.disabled = loading || Boolean(target && target.hasAttribute("disabled"));
              if (loading) entry.button.setAttribute("aria-busy", "true");
              else entry.button.removeAttribute("aria-busy");
            });
          };
          follow();
          this.observer = new MutationObserver(follow);
          this.observer.observe(this, { subtree: true, childList: true, attributes: true, attributeFilter: ["loading", "disabled"] });
          document.body.insertBefore(bar, document.body.firstChild);
          this.bar = bar;
          this.dispatchEvent(new Event("show"));
          return Promise.resolve();
        }
        hide() {
          if (this.bar) {
            this.observer.disconnect();
            this.bar.remove();
            this.bar = null;
            this.dispatchEvent(new Event("hide"));
          }
          return Promise.resolve();
        }
        toggle() {
          return this.showing ? this.hide() : this.show();
        }
      },
    );
  }
  ["ui-title-bar", "ui-modal"].forEach(function (name) {
    if (!customElements.get(name)) customElements.define(name, class extends HTMLElement {});
  });
})();
