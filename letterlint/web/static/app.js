// letterlint's local page: send the letter to /api/lint, show the report.
// Everything the letter says is put on the page as text (textContent), never as HTML.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const POINT_NAMES = {
    interest: "Interest in the job",
    standout: "What makes you stand out",
    learned: "What you learned in the interview",
  };
  const KIND_NAMES = { "thank-you": "Thank-you note", "follow-up": "Follow-up" };
  const ACTION_NAMES = { "thank-you": "Thank-you", "follow-up": "Follow-up", nudge: "Nudge", stop: "Stop" };
  const CONTEXT = ["company", "position", "interviewer", "interview_date", "deadline", "told", "kind"];
  let chosenFile = null;
  let findings = [];
  let rules = {};

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  // --- the file: chosen, or dropped anywhere on the form --------------------------

  function chooseFile(file) {
    chosenFile = file || null;
    $("chosen").hidden = !chosenFile;
    $("chosen-name").textContent = chosenFile
      ? `${chosenFile.name} (${Math.max(1, Math.round(chosenFile.size / 1024))} KB) will be checked`
      : "";
    $("letter").disabled = Boolean(chosenFile);
  }

  function readAsBase64(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
      reader.onerror = () => reject(new Error("The file could not be read; choose it again."));
      reader.readAsDataURL(file);
    });
  }

  function setUpDropping() {
    const targets = [$("drop"), $("letter")];
    for (const target of targets) {
      target.addEventListener("dragover", (event) => {
        event.preventDefault();
        target.classList.add("dragging");
      });
      target.addEventListener("dragleave", () => target.classList.remove("dragging"));
      target.addEventListener("drop", (event) => {
        event.preventDefault();
        target.classList.remove("dragging");
        const file = event.dataTransfer && event.dataTransfer.files[0];
        if (file) {
          chooseFile(file);
          check();
        }
      });
    }
    // A file dropped elsewhere must not make the browser navigate away from the page.
    window.addEventListener("dragover", (event) => event.preventDefault());
    window.addEventListener("drop", (event) => event.preventDefault());
    $("file").addEventListener("change", () => {
      chooseFile($("file").files[0]);
      if (chosenFile) check();
    });
    $("clear-file").addEventListener("click", () => {
      $("file").value = "";
      chooseFile(null);
      $("letter").focus();
    });
  }

  // --- the request ---------------------------------------------------------------

  async function check() {
    const button = $("check");
    showError(null);
    const body = {};
    for (const name of CONTEXT) body[name] = $(name).value;
    try {
      if (chosenFile) {
        body.file = { name: chosenFile.name, data: await readAsBase64(chosenFile) };
      } else {
        body.text = $("letter").value;
      }
    } catch (problem) {
      showError(problem.message);
      return;
    }
    button.disabled = true;
    button.textContent = "Checking…";
    try {
      const response = await fetch("/api/lint", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      if (response.status === 413) {
        showError("The file is too large to check (the limit is 25 MB).");
        return;
      }
      const answer = await response.json().catch(() => ({ error: "The server's answer was not readable." }));
      if (!response.ok) {
        showError(answer.error || `The check failed (HTTP ${response.status}).`);
        return;
      }
      show(answer);
    } catch (problem) {
      showError("letterlint is not answering: is `letterlint serve` still running?");
    } finally {
      button.disabled = false;
      button.textContent = "Check my letter";
    }
  }

  function showError(message) {
    $("error").hidden = !message;
    $("error").textContent = message || "";
  }

  // --- the report ----------------------------------------------------------------

  function show(answer) {
    const report = answer.report;
    rules = answer.rules || {};
    findings = report.findings.map((finding, index) => ({ ...finding, index }));
    showSummary(report);
    showLetter(report);
    showPoints(report);
    showFindings();
    showChecks(report);
    showPlan(answer.plan, answer.plan_error);
    $("result").hidden = false;
    $("summary").focus();
  }

  function showSummary(report) {
    const summary = $("summary");
    summary.className = "summary" + (report.passed ? " passed" : "");
    const count = findings.length;
    summary.replaceChildren(
      el("span", { class: "score", id: "score" }, String(report.score), el("small", {}, " / 100")),
      el("span", { class: "verdict", id: "verdict" }, report.passed ? "Ready to send" : "Not ready to send"),
      el("span", { class: "meta" },
        `${KIND_NAMES[report.kind] || report.kind}` +
        (report.kind_detected && report.kind === report.kind_detected ? " (detected)" : "") +
        ` · ${count} finding${count === 1 ? "" : "s"}`),
    );
  }

  // The letter with every finding and every piece of evidence in place. The text is
  // cut at every span boundary; each piece knows the findings and points covering it.
  function showLetter(report) {
    const text = report.text;
    const spans = [];
    for (const finding of findings) {
      if (finding.start === null) continue;
      let { start, end } = finding;
      if (end <= start) [start, end] = end < text.length ? [start, start + 1] : [Math.max(0, start - 1), start];
      spans.push({ start, end, finding });
    }
    for (const [point, coverage] of Object.entries(report.points)) {
      for (const span of coverage.evidence) spans.push({ start: span.start, end: span.end, point });
    }
    const cuts = new Set([0, text.length]);
    for (const span of spans) { cuts.add(span.start); cuts.add(span.end); }
    const edges = [...cuts].filter((at) => at >= 0 && at <= text.length).sort((a, b) => a - b);
    const rendered = $("rendered");
    rendered.replaceChildren();
    for (let i = 0; i + 1 < edges.length; i++) {
      const [from, to] = [edges[i], edges[i + 1]];
      const piece = text.slice(from, to);
      const covering = spans.filter((span) => span.start <= from && span.end >= to);
      if (!covering.length) { rendered.append(piece); continue; }
      const here = covering.filter((span) => span.finding).map((span) => span.finding);
      const points = [...new Set(covering.filter((span) => span.point).map((span) => span.point))];
      const classes = points.map((point) => `ev ev-${point}`);
      if (!here.length) {
        rendered.append(el("span", { class: classes.join(" "), "data-points": points.join(" ") }, piece));
        continue;
      }
      const worst = ["error", "warning", "info"].find((level) => here.some((f) => f.severity === level)) || "info";
      const starts = here.some((f) => spans.some((s) => s.finding === f && s.start === from));
      const mark = el("mark", {
        class: ["finding", `sev-${worst}`, ...classes].join(" "),
        "data-findings": here.map((f) => f.index).join(" "),
        "data-points": points.join(" ") || null,
        tabindex: starts ? "0" : null,
        "aria-describedby": starts ? here.map((f) => `finding-${f.index}`).join(" ") : null,
      }, piece);
      if (starts) {
        for (const f of here) if (f.mark === undefined) f.mark = mark;
      }
      rendered.append(mark);
    }
    const legend = $("legend");
    legend.replaceChildren(
      ...["error", "warning", "info"].map((level) => el("span", {}, el("span", { class: `swatch ${level}`, "aria-hidden": "true" }), level)),
      ...Object.keys(POINT_NAMES).map((point) => el("span", {}, el("span", { class: `swatch ${point}`, "aria-hidden": "true" }), POINT_NAMES[point].toLowerCase())),
    );
  }

  function showPoints(report) {
    const list = $("points");
    list.replaceChildren();
    for (const [point, name] of Object.entries(POINT_NAMES)) {
      const coverage = report.points[point];
      if (!coverage) continue;
      const quotes = coverage.evidence.map((span) => el("blockquote", {}, report.text.slice(span.start, span.end)));
      list.append(el("li", { class: coverage.covered ? "covered" : "missing", "data-point": point },
        el("span", { class: `swatch ${point}`, "aria-hidden": "true" }),
        el("span", { class: "state" }, coverage.covered ? "✓ " : "✗ "),
        el("strong", {}, name),
        el("span", { class: "hint" }, coverage.covered
          ? ` — made (${Math.round(coverage.confidence * 100)}% sure)`
          : " — missing"),
        ...quotes));
    }
  }

  function showFindings() {
    const list = $("findings");
    list.replaceChildren();
    if (!findings.length) list.append(el("li", {}, "No findings."));
    for (const finding of findings) {
      const rule = rules[finding.code];
      const where = finding.start === null
        ? el("span", { class: "where" }, "the whole letter")
        : el("button", { type: "button", class: "link-button where", "data-show": String(finding.index) },
          `line ${finding.line}: show in the letter`);
      list.append(el("li", { id: `finding-${finding.index}`, class: `sev-${finding.severity}` },
        el("span", { class: `badge ${finding.severity}` }, finding.severity), " ",
        el("span", { class: "code" }, finding.code), " ",
        where,
        el("p", { class: "message" }, finding.message),
        finding.suggestion ? el("p", { class: "suggestion" }, `Try: ${finding.suggestion}`) : null,
        rule ? el("p", { class: "hint" }, rule.summary) : null));
    }
  }

  function showChecks(report) {
    const list = $("checks");
    list.replaceChildren();
    for (const check of report.checks) {
      const state = check.status === "ok" ? `${check.score}/100` : check.status;
      list.append(el("li", { "data-check": check.name },
        el("span", {}, el("strong", {}, check.name),
          check.reason ? el("span", { class: "reason" }, ` — ${check.reason}`) : null),
        el("span", {}, state)));
    }
  }

  function showPlan(plan, problem) {
    const box = $("plan");
    box.replaceChildren();
    box.hidden = !plan && !problem;
    if (problem) {
      box.append(el("h3", {}, "Follow-up plan"), el("p", { class: "error" }, problem));
      return;
    }
    if (!plan) return;
    const dateText = (iso) => new Date(`${iso}T12:00:00`).toLocaleDateString(undefined,
      { weekday: "short", year: "numeric", month: "short", day: "numeric" });
    const steps = plan.steps.map((step) => el("li", { class: step.status || "" },
      el("time", { datetime: step.date }, dateText(step.date)),
      el("span", { class: "action" }, ACTION_NAMES[step.action] || step.action),
      step.status ? el("span", { class: "status" }, `(${step.status})`) : null,
      el("p", {}, step.description)));
    box.append(el("h3", {}, "Follow-up plan"), el("ol", { class: "timeline", id: "timeline" }, ...steps));
    if (plan.notes.length) box.append(el("ul", { class: "notes" }, ...plan.notes.map((note) => el("li", {}, note))));
  }

  // --- the tooltip: hover, focus (keyboard) or tap ---------------------------------

  function tipFor(mark) {
    const tip = $("tip");
    const indices = (mark.dataset.findings || "").split(" ").filter(Boolean).map(Number);
    const content = indices.map((index) => {
      const finding = findings[index];
      return el("div", {},
        el("p", {}, el("span", { class: `badge ${finding.severity}` }, finding.severity), " ",
          el("span", { class: "code" }, finding.code), " ", finding.message),
        finding.suggestion ? el("p", { class: "try" }, `Try: ${finding.suggestion}`) : null);
    });
    const points = (mark.dataset.points || "").split(" ").filter(Boolean);
    if (points.length) content.push(el("p", {}, `Evidence for: ${points.map((p) => POINT_NAMES[p].toLowerCase()).join(", ")}`));
    tip.replaceChildren(...content);
    tip.hidden = false;
    document.querySelectorAll("mark.active").forEach((m) => m.classList.remove("active"));
    mark.classList.add("active");
    const box = mark.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.min(Math.max(8, box.left + window.scrollX), window.scrollX + document.documentElement.clientWidth - width - 8);
    tip.style.left = `${Math.max(8, left)}px`;
    tip.style.top = `${box.bottom + window.scrollY + 6}px`;
  }

  function hideTip() {
    $("tip").hidden = true;
    document.querySelectorAll("mark.active").forEach((m) => m.classList.remove("active"));
  }

  function setUpTips() {
    const rendered = $("rendered");
    const markOf = (event) => event.target.closest && event.target.closest("mark.finding");
    rendered.addEventListener("mouseover", (event) => { const mark = markOf(event); if (mark) tipFor(mark); });
    rendered.addEventListener("mouseout", (event) => { if (markOf(event) && document.activeElement !== markOf(event)) hideTip(); });
    rendered.addEventListener("focusin", (event) => { const mark = markOf(event); if (mark) tipFor(mark); });
    rendered.addEventListener("focusout", hideTip);
    rendered.addEventListener("click", (event) => { const mark = markOf(event); if (mark) tipFor(mark); });
    document.addEventListener("keydown", (event) => { if (event.key === "Escape") hideTip(); });
    $("findings").addEventListener("click", (event) => {
      const button = event.target.closest("button[data-show]");
      if (!button) return;
      const finding = findings[Number(button.dataset.show)];
      if (finding && finding.mark) {
        finding.mark.scrollIntoView({ block: "center" });
        finding.mark.focus();
      }
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    setUpDropping();
    setUpTips();
    $("form").addEventListener("submit", (event) => { event.preventDefault(); check(); });
    $("form").addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); check(); }
    });
  });
})();
