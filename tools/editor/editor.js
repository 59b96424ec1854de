// The SPARQL editor of `kg serve`, bundled with its CodeMirror 6 dependencies into one file by
// vendor.sh. Progressive: the page works as plain HTML forms without it (a textarea, a <pre>);
// this file only dresses them. It never fetches anything: the prefixes it completes come from
// the page itself (data-prefixes on the textarea), so the CSP can keep connect-src 'none'.
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection } from "@codemirror/view";
import { EditorState } from "@codemirror/state";
import { StreamLanguage, syntaxHighlighting, defaultHighlightStyle, bracketMatching } from "@codemirror/language";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { autocompletion, completionKeymap, closeBrackets } from "@codemirror/autocomplete";
import { searchKeymap } from "@codemirror/search";
import { sparql } from "@codemirror/legacy-modes/mode/sparql";

const language = StreamLanguage.define(sparql);

const KEYWORDS = ["SELECT", "DISTINCT", "WHERE", "OPTIONAL", "FILTER", "UNION", "MINUS", "GRAPH",
  "VALUES", "BIND", "ORDER BY", "GROUP BY", "HAVING", "LIMIT", "OFFSET", "CONSTRUCT", "DESCRIBE",
  "ASK", "PREFIX", "COUNT", "SAMPLE", "GROUP_CONCAT", "langMatches", "lang", "str", "regex",
  "EXISTS", "NOT EXISTS"];

function declared(text) {
  const names = new Set();
  for (const match of text.matchAll(/PREFIX\s+([A-Za-z][\w.-]*)?:/gi)) names.add(match[1] || "");
  return names;
}

// Prefix completion: after "PREFIX " a known prefix completes to its whole declaration; elsewhere
// a known prefix completes to "prefix:" and, if the query does not declare it yet, its PREFIX
// line is added at the top, so a reader never has to look a namespace up.
function prefixCompletion(prefixes) {
  return (context) => {
    const word = context.matchBefore(/[A-Za-z][\w-]*$/);
    if (!word && !context.explicit) return null;
    const from = word ? word.from : context.pos;
    const line = context.state.doc.lineAt(from);
    const before = context.state.sliceDoc(line.from, from);
    if (/^\s*PREFIX\s+$/i.test(before)) {
      return {
        from,
        options: Object.entries(prefixes).map(([p, ns]) => ({
          label: p, type: "namespace", detail: ns, apply: `${p}: <${ns}>`,
        })),
      };
    }
    const text = context.state.doc.toString();
    const have = declared(text);
    const options = Object.entries(prefixes).map(([p, ns]) => ({
      label: `${p}:`,
      type: "namespace",
      detail: have.has(p) ? ns : `${ns} (adds PREFIX)`,
      apply: (view, completion, start, end) => {
        const changes = [{ from: start, to: end, insert: `${p}:` }];
        let cursor = start + p.length + 1;
        if (!declared(view.state.doc.toString()).has(p)) {
          const header = `PREFIX ${p}: <${ns}>\n`;
          changes.push({ from: 0, insert: header });
          cursor += header.length;
        }
        view.dispatch({ changes, selection: { anchor: cursor } });
      },
    }));
    for (const k of KEYWORDS) options.push({ label: k, type: "keyword" });
    return { from, options, validFor: /^[A-Za-z][\w-]*:?$/ };
  };
}

const base = [
  language,
  syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
  EditorView.lineWrapping,
];

function editable(textarea) {
  let prefixes = {};
  try { prefixes = JSON.parse(textarea.dataset.prefixes || "{}"); } catch (e) { prefixes = {}; }
  const view = new EditorView({
    doc: textarea.value,
    extensions: [
      ...base,
      lineNumbers(), history(), drawSelection(), highlightActiveLine(), bracketMatching(),
      closeBrackets(),
      autocompletion({ override: [prefixCompletion(prefixes)], activateOnTyping: true }),
      keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap, ...searchKeymap]),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) textarea.value = update.state.doc.toString();
      }),
      EditorView.contentAttributes.of({ "aria-label": "SPARQL query", id: textarea.id ? `${textarea.id}-editor` : "" }),
    ],
  });
  textarea.insertAdjacentElement("afterend", view.dom);
  textarea.hidden = true;
  // Ctrl-Enter runs the query, as in YASGUI and the Wikidata Query Service.
  view.dom.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && textarea.form) {
      event.preventDefault();
      textarea.form.requestSubmit();
    }
  });
  view.dom.classList.add("sparql-editor");
  return view;
}

function readOnly(pre) {
  const view = new EditorView({
    doc: pre.textContent,
    extensions: [...base, lineNumbers(), EditorState.readOnly.of(true), EditorView.editable.of(false)],
  });
  view.dom.classList.add("sparql-shown");
  pre.replaceWith(view.dom);
}

function start() {
  document.querySelectorAll("textarea[data-sparql-editor]").forEach(editable);
  document.querySelectorAll("pre[data-sparql-readonly]").forEach(readOnly);
  document.documentElement.dataset.editor = "ready";
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
