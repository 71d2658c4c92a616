// The web chat page: sends each question to /api/ask with the state token of the last answer,
// and shows the answer. A JavaScript module with no dependencies and no build step. Text from
// the server is inserted as text; the answer's HTML (escaped by the server) is rebuilt keeping
// only a few harmless tags. No cookies, no storage, nothing sent anywhere but this server.

const texts = JSON.parse(document.getElementById("texts").textContent);
const log = document.getElementById("log");
const scroller = document.getElementById("scroll");
const form = document.getElementById("ask");
const input = document.getElementById("question");
const switcher = document.getElementById("switch");
const closer = document.getElementById("close");
const embedded = new URLSearchParams(location.search).has("embed");
const THUMB = "M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44"
  + "-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02"
  + "-7.05c.09-.23.14-.47.14-.73v-2z"; // Material Icons "thumb_up" (Apache-2.0)
const KEPT = new Set(["B", "STRONG", "I", "EM", "U", "S", "CODE", "PRE", "BR", "A"]);

let language = document.documentElement.lang === "de" ? "de" : "en";
let state = null;
let queue = Promise.resolve();

const t = (key) => texts[language]?.[key] ?? texts.en[key] ?? "";

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// ------------------------------------------------------------------------------ language

function setLanguage(next) {
  if (!(next in texts) || next === language) return;
  language = next;
  document.documentElement.lang = next;
  document.title = t("title");
  for (const node of document.querySelectorAll("[data-text]")) {
    node.textContent = t(node.dataset.text);
  }
  for (const node of document.querySelectorAll("[data-label]")) {
    node.setAttribute("aria-label", t(node.dataset.label));
  }
  input.placeholder = t("placeholder");
  switcher.lang = t("switch_to");
}

// ------------------------------------------------------------------------------ answers

function safe(html) {
  const parsed = new DOMParser().parseFromString(html, "text/html"); // inert: nothing runs
  return rebuild(parsed.body);
}

function rebuild(from) {
  const out = document.createDocumentFragment();
  for (const child of from.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      out.append(child.textContent);
    } else if (child.nodeType === Node.ELEMENT_NODE && KEPT.has(child.tagName)) {
      const copy = document.createElement(child.tagName.toLowerCase());
      const href = child.getAttribute("href") ?? "";
      if (child.tagName === "A" && /^(https?:|mailto:)/i.test(href)) {
        Object.assign(copy, { href, target: "_blank", rel: "noopener noreferrer" });
      }
      copy.append(rebuild(child));
      out.append(copy);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      out.append(rebuild(child)); // any other tag: keep its text only
    }
  }
  return out;
}

function message(who, lang) {
  const item = element("div", `message ${who}`);
  if (lang) item.lang = lang;
  item.append(element("span", "visually-hidden", `${t(who === "user" ? "you" : "bot")}: `));
  log.append(item);
  return item;
}

function scrollDown() {
  scroller.scrollTop = scroller.scrollHeight;
}

function showReply(reply) {
  const item = message("bot", reply.language);
  const body = element("div", "text");
  body.append(safe(reply.html));
  item.append(body);
  if (reply.image) item.append(picture(reply));
  const quoted = (reply.sources ?? []).every((quote) => reply.text.includes(quote));
  if (!quoted) item.append(sources(reply.sources)); // not under an answer that is the quotes
  const buttons = [...reply.choices, ...reply.buttons];
  if (buttons.length) item.append(suggestions(buttons));
  if (reply.feedback) item.append(votes(reply.state));
  scrollDown();
}

function picture(reply) {
  // The page and the API share one server: take the picture from it whatever host and scheme
  // the server believed it had (behind a proxy, say)
  const { pathname } = new URL(reply.image, location.href);
  const link = element("a", "chart");
  Object.assign(link, { href: pathname, target: "_blank", rel: "noopener" });
  link.setAttribute("aria-label", t("chart"));
  const img = element("img");
  img.src = pathname;
  img.alt = reply.text.split("\n")[0] || t("chart_alt");
  img.addEventListener("load", scrollDown);
  link.append(img);
  return link;
}

function sources(quotes) {
  const details = element("details", "sources");
  details.append(element("summary", "", t("sources")));
  const list = element("ul");
  for (const quote of quotes) list.append(element("li", "", quote));
  details.append(list);
  return details;
}

function suggestions(buttons) {
  const group = element("div", "buttons");
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", t("suggestions"));
  for (const { label, query } of buttons) {
    const button = element("button", "suggestion", label);
    button.type = "button";
    button.addEventListener("click", () => ask({ text: query }, label));
    group.append(button);
  }
  return group;
}

function votes(token) {
  const group = element("div", "votes");
  for (const [vote, key] of [[1, "helpful"], [-1, "not_helpful"]]) {
    const button = element("button", `vote ${key}`);
    button.type = "button";
    button.append(icon(THUMB));
    button.setAttribute("aria-label", t(key));
    button.title = t(key);
    button.addEventListener("click", () => sendVote(group, vote, token));
    group.append(button);
  }
  return group;
}

function icon(path) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const shape = document.createElementNS("http://www.w3.org/2000/svg", "path");
  shape.setAttribute("d", path);
  svg.append(shape);
  return svg;
}

async function sendVote(group, vote, token) {
  for (const button of group.querySelectorAll("button")) button.disabled = true;
  const data = await post("/api/feedback", { vote, state: token, language });
  group.replaceChildren(element("span", "thanks", data.message));
}

// ------------------------------------------------------------------------------ asking

async function post(path, payload) {
  try {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(payload),
    });
    const data = await response.json().catch(() => ({}));
    return response.ok ? data : { error: true, message: data.message || t("error") };
  } catch {
    return { error: true, message: t("offline") };
  }
}

function ask(payload, shown) {
  if (shown) message("user").append(element("span", "", shown));
  scrollDown();
  queue = queue.then(() => exchange(payload));
  return queue;
}

async function exchange(payload) {
  const thinking = element("div", "thinking", t("thinking"));
  thinking.setAttribute("aria-hidden", "true");
  log.after(thinking);
  const reply = await post("/api/ask", { ...payload, state, language });
  thinking.remove();
  if (reply.error) {
    message("bot notice").append(element("span", "", reply.message));
    scrollDown();
    return;
  }
  state = reply.state;
  setLanguage(reply.language);
  showReply(reply);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = "";
  ask({ text }, text);
});

switcher.addEventListener("click", () => {
  const next = t("switch_to");
  setLanguage(next);
  ask({ about: { intent: "greeting" }, language: next });
});

// ------------------------------------------------------------------------------ embedded

if (embedded) {
  document.body.classList.add("embedded");
  closer.hidden = false;
  const close = () => window.parent.postMessage({ type: "lsn-chat:close" }, "*");
  closer.addEventListener("click", close);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });
  window.addEventListener("focus", () => {
    if (document.activeElement === document.body) input.focus();
  });
  input.focus();
}

ask({ about: { intent: "greeting" } });
