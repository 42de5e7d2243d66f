// Passkeys on the portal: logging in with one (login page) and making one (passkey page), through
// Spring Security's WebAuthn endpoints. Binary fields travel as base64url. Texts come from the page
// (data attributes and hidden alerts in the reader's language); this script writes none of its own.
"use strict";
(() => {
  const toBase64Url = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
    .replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
  const fromBase64Url = (text) => {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
  };
  const csrfHeaders = () => {
    const token = document.querySelector("input[name=_csrf]");
    return token ? { "X-CSRF-TOKEN": token.value } : {};
  };
  const post = async (url, body) => {
    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", ...csrfHeaders() },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`${url}: HTTP ${response.status}`);
    }
    return response.json();
  };
  const show = (element) => { if (element) { element.hidden = false; element.focus(); } };

  async function logIn(urls) {
    const options = await post(urls.options);
    const credential = await navigator.credentials.get({
      publicKey: {
        ...options,
        challenge: fromBase64Url(options.challenge),
        allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: fromBase64Url(c.id) })),
      },
    });
    const response = credential.response;
    const answer = await post(urls.login, {
      id: credential.id,
      rawId: toBase64Url(credential.rawId),
      response: {
        authenticatorData: toBase64Url(response.authenticatorData),
        clientDataJSON: toBase64Url(response.clientDataJSON),
        signature: toBase64Url(response.signature),
        userHandle: response.userHandle ? toBase64Url(response.userHandle) : undefined,
      },
      credType: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment,
    });
    window.location.href = answer.redirectUrl;
  }

  async function register(urls, label) {
    const options = await post(urls.options);
    const credential = await navigator.credentials.create({
      publicKey: {
        ...options,
        user: { ...options.user, id: fromBase64Url(options.user.id) },
        challenge: fromBase64Url(options.challenge),
        excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: fromBase64Url(c.id) })),
      },
    });
    const response = credential.response;
    const answer = await post(urls.register, {
      publicKey: {
        label,
        credential: {
          id: credential.id,
          rawId: toBase64Url(credential.rawId),
          response: {
            attestationObject: toBase64Url(response.attestationObject),
            clientDataJSON: toBase64Url(response.clientDataJSON),
            transports: response.getTransports ? response.getTransports() : [],
          },
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment,
        },
      },
    });
    if (!answer.success) {
      throw new Error("registration refused");
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    const supported = !!(window.PublicKeyCredential && navigator.credentials);
    document.querySelectorAll("[data-passkey-supported]").forEach((e) => { e.hidden = !supported; });
    document.querySelectorAll("[data-passkey-unsupported]").forEach((e) => { e.hidden = supported; });
    if (!supported) {
      return;
    }
    const login = document.querySelector("[data-passkey-login]");
    if (login) {
      login.addEventListener("click", async () => {
        login.disabled = true;
        try {
          await logIn(login.dataset);
        } catch (e) {
          console.warn(e);
          login.disabled = false;
          show(document.getElementById(login.dataset.error));
        }
      });
    }
    const form = document.querySelector("form[data-passkey-register]");
    if (form) {
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        const button = form.querySelector("button[type=submit]");
        button.disabled = true;
        try {
          await register(form.dataset, form.querySelector("input[name=label]").value.trim() || form.dataset.defaultLabel);
          window.location.href = form.dataset.done;
        } catch (e) {
          console.warn(e);
          button.disabled = false;
          show(document.getElementById(form.dataset.error));
        }
      });
    }
  });
})();
