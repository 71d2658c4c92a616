// Embeds the web chat on another site as a floating button that opens the chat:
//   <script type="module" src="https://CHAT-SERVER/embed.js"></script>
// The chat itself runs in an iframe from the chat server (its origin must be in the server's
// WEB_ALLOWED_ORIGINS), so the host page's styles and scripts and the chat never mix. Nothing is
// loaded from the chat server but this file until the button is pressed.

const TEXTS = /*TEXTS*/{};
const chat = new URL("./", import.meta.url);
const pageLanguage = (document.documentElement.lang || navigator.language || "en").toLowerCase();
const language = pageLanguage.startsWith("de") ? "de" : "en";
const text = TEXTS[language];
const narrow = window.matchMedia("(max-width: 30rem)");
let frame = null;

const button = document.createElement("button");
button.type = "button";
button.append(bubble(), document.createTextNode(text.open_short));
button.title = text.open_chat;
button.setAttribute("aria-label", text.open_chat);
button.setAttribute("aria-expanded", "false");
button.setAttribute("aria-controls", "lsn-chat-frame");
Object.assign(button.style, {
  position: "fixed", right: "1rem", bottom: "1rem", zIndex: "2147483000",
  minHeight: "3rem", padding: "0.6rem 1.1rem", border: "2px solid #fff",
  borderRadius: "1.5rem", background: "#0a4d8c", color: "#fff", cursor: "pointer",
  font: "600 1rem/1.2 system-ui, sans-serif", boxShadow: "0 2px 10px rgba(0,0,0,.3)",
});

function bubble() {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  Object.assign(svg.style, { width: "1.25rem", height: "1.25rem", fill: "currentColor",
    verticalAlign: "-0.25rem", marginRight: "0.5rem" });
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H10l-5 4v-4H4a2 2 0 0 1-2-2V5"
    + "a2 2 0 0 1 2-2z");
  svg.append(path);
  return svg;
}

function place() {
  if (!frame) return;
  const phone = narrow.matches;
  Object.assign(frame.style, {
    position: "fixed", zIndex: "2147483001", border: "0", background: "#fff",
    right: phone ? "0" : "1rem", bottom: phone ? "0" : "5rem",
    width: phone ? "100vw" : "min(25rem, calc(100vw - 2rem))",
    height: phone ? "100dvh" : "min(40rem, calc(100vh - 6.5rem))",
    borderRadius: phone ? "0" : "0.75rem", boxShadow: "0 4px 24px rgba(0,0,0,.3)",
  });
}

function makeFrame() {
  frame = document.createElement("iframe");
  frame.id = "lsn-chat-frame";
  frame.title = text.frame;
  frame.src = new URL(`?embed=1&lang=${language}`, chat).href;
  frame.referrerPolicy = "no-referrer";
  place();
  narrow.addEventListener("change", place);
  document.body.append(frame);
}

function toggle(open) {
  if (open && !frame) makeFrame();
  if (frame) frame.hidden = !open;
  button.setAttribute("aria-expanded", String(open));
  if (open) frame.focus();
  else button.focus();
}

button.addEventListener("click", () => toggle(!frame || frame.hidden));
window.addEventListener("message", (event) => {
  if (frame && event.source === frame.contentWindow && event.origin === chat.origin
      && event.data?.type === "lsn-chat:close") toggle(false);
});
document.body.append(button);
