// The lexcheck editor: checks the article as it is typed (debounced), marks
// each flagged word in a backdrop mirrored under the textarea, and lists the
// flags with their suggestions as buttons. Offsets are the API's
// utf16_offset/utf16_length, which index JavaScript strings directly. The
// list is aria-busy from the moment a check is scheduled until its answer
// is shown, and keeps the keyboard focus when it is redrawn.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const text = $("text"), marks = $("marks"), backdrop = marks.parentElement;
  const list = $("findings"), status = $("status");
  const locale = $("locale"), markup = $("markup");
  const acceptedRow = $("accepted-row"), acceptedSpan = $("accepted");
  const DEBOUNCE_MS = 400;
  // What each kind of flag means, in the words the legend uses.
  const LABELS = {
    "rejected": "Spelling the house style rejects",
    "name-variant": "Name spelled differently",
    "misspelling": "Unknown spelling",
    "inconsistent": "Spelled two ways in this article",
    "repeated": "Word typed twice",
  };

  let findings = [];    // the last answer's findings
  let checked = null;   // the text they were made in
  let accepted = [];    // words accepted on this page, sent as "words"
  let timer = 0, seq = 0, inflight = null;

  function schedule(delay) {
    clearTimeout(timer);
    list.setAttribute("aria-busy", "true");
    timer = setTimeout(check, delay);
  }

  async function check() {
    const body = text.value;
    if (body === checked) {
      list.removeAttribute("aria-busy");
      return;
    }
    const my = ++seq;
    if (inflight) inflight.abort();
    inflight = new AbortController();
    status.textContent = "Checking…";
    try {
      const res = await fetch("v1/check", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: body, locale: locale.value, markup: markup.value, words: accepted }),
        signal: inflight.signal,
      });
      const data = await res.json();
      if (my !== seq) return; // a newer check is under way
      if (!res.ok) {
        status.textContent = "Check failed: " + (data.error || res.status);
        list.removeAttribute("aria-busy");
        return;
      }
      findings = data.findings;
      checked = body;
      render();
      list.removeAttribute("aria-busy");
    } catch (e) {
      if (e.name !== "AbortError" && my === seq) {
        status.textContent = "Check failed: " + e.message;
        list.removeAttribute("aria-busy");
      }
    }
  }

  // render draws the marks over the current text (a finding whose word is
  // no longer where it was is left unmarked until the next answer) and the
  // list for the current findings.
  function render(focusAt) {
    // A redrawn list keeps the focus it had: on the flag that now stands
    // where the focused one stood.
    const active = document.activeElement;
    if (focusAt === undefined && list.contains(active)) {
      focusAt = Math.max(0, [...list.children].indexOf(active.closest("li")));
    }
    drawMarks();
    list.replaceChildren(...findings.map(item));
    const n = findings.length;
    status.textContent = n === 0 ? "No flags." : n === 1 ? "1 flag." : n + " flags.";
    if (focusAt !== undefined) focusFlag(focusAt);
  }

  // focusFlag puts the keyboard focus on the first button of flag i, or of
  // the last flag, or on the list itself when it is empty.
  function focusFlag(i) {
    const li = list.children[Math.min(i, list.children.length - 1)];
    (li ? li.querySelector("button.suggestion, button.accept") : list).focus();
  }

  function drawMarks() {
    const src = text.value;
    backdrop.classList.toggle("stale", src !== checked);
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const f of findings) {
      const start = f.utf16_offset, end = start + f.utf16_length;
      if (start < at || src.slice(start, end) !== f.word) continue;
      frag.append(src.slice(at, start));
      const m = document.createElement("mark");
      m.className = f.kind;
      m.textContent = f.word;
      frag.append(m);
      at = end;
    }
    frag.append(src.slice(at) + "\n"); // a trailing newline keeps the last line's height
    marks.replaceChildren(frag);
    syncScroll();
  }

  function item(f, i) {
    const li = document.createElement("li");
    li.className = "finding " + f.kind;
    li.dataset.word = f.word;
    const word = document.createElement("button");
    word.type = "button";
    word.className = "word";
    word.textContent = f.word;
    word.title = "Select in the text (line " + f.line + ")";
    word.addEventListener("click", () => select(f));
    const kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = LABELS[f.kind] || f.kind;
    const msg = document.createElement("p");
    msg.className = "msg";
    msg.textContent = "Line " + f.line + ": " + f.message;
    const actions = document.createElement("div");
    actions.className = "actions";
    for (const s of f.suggestions) {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "suggestion";
      b.textContent = s;
      b.setAttribute("aria-label", "Replace " + f.word + " with " + s);
      b.addEventListener("click", () => apply(i, s));
      actions.append(b);
    }
    const acc = document.createElement("button");
    acc.type = "button";
    acc.className = "accept";
    acc.textContent = "Accept “" + f.word + "”";
    acc.addEventListener("click", () => accept(i, f.word));
    actions.append(acc);
    li.append(word, kind, msg, actions);
    return li;
  }

  // select highlights the finding's word in the textarea.
  function select(f) {
    if (text.value !== checked) return;
    text.focus();
    text.setSelectionRange(f.utf16_offset, f.utf16_offset + f.utf16_length);
  }

  // apply replaces finding i's word by s, if the text still has the word
  // where the finding says, shifts the later findings, and re-checks.
  function apply(i, s) {
    const f = findings[i];
    const v = text.value;
    const start = f.utf16_offset, end = start + f.utf16_length;
    if (v !== checked || v.slice(start, end) !== f.word) {
      status.textContent = "The text changed; checking again.";
      schedule(0);
      return;
    }
    text.value = v.slice(0, start) + s + v.slice(end);
    const delta = s.length - f.utf16_length;
    findings = findings.filter((_, j) => j !== i).map((g) =>
      g.utf16_offset > start ? { ...g, utf16_offset: g.utf16_offset + delta } : g);
    checked = text.value;
    render(i); // keyboard users stay in the list, on the flag that took this one's place
    checked = null; // the replacement may change other verdicts (e.g. consistency)
    schedule(0);
  }

  // accept accepts word for this page: its flags go at once, the focus
  // moves to the flag that followed the accepted one, and the re-check
  // (which sends it in "words") lets no flag of it back, a name it is part
  // of included.
  function accept(i, word) {
    if (!accepted.includes(word)) accepted.push(word);
    acceptedSpan.textContent = accepted.join(", ");
    acceptedRow.hidden = false;
    const next = findings.slice(0, i).filter((g) => g.word !== word).length;
    findings = findings.filter((g) => g.word !== word);
    render(next);
    checked = null;
    schedule(0);
  }

  function syncScroll() {
    backdrop.scrollTop = text.scrollTop;
    backdrop.scrollLeft = text.scrollLeft;
  }

  text.addEventListener("input", () => {
    drawMarks();
    schedule(DEBOUNCE_MS);
  });
  text.addEventListener("scroll", syncScroll);
  new ResizeObserver(syncScroll).observe(text);
  for (const sel of [locale, markup]) sel.addEventListener("change", () => { checked = null; schedule(0); });
  $("clear-accepted").addEventListener("click", () => {
    accepted = [];
    acceptedRow.hidden = true;
    checked = null;
    schedule(0);
  });
  if (text.value) schedule(0);
})();
