import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorSelection, EditorState, type Extension } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useT } from '../../../i18n/i18n';
import type { DeclaredIds, DraftProblem } from '../checker/checkTypes';
import { idKindAt, idsOfKind } from './completeIds';

export interface YamlEditorProps {
  /** The text the editor starts with (later changes come from the author). */
  initial: string;
  onChange: (text: string) => void;
  problems: readonly DraftProblem[];
  ids: DeclaredIds | undefined;
  /** Move the cursor to this line (a new object each time, so the same line can be asked twice). */
  jump: { line: number } | undefined;
  onCursorLine?: (line: number) => void;
  /** Replaces the whole text (after an upload or a reload); a new object each time. */
  replace?: { text: string } | undefined;
}

/** The checker's words in a tooltip, marked English like the problems list (the interface may not be). */
function englishMessage(text: string) {
  return () => {
    const span = document.createElement('span');
    span.lang = 'en';
    span.textContent = text;
    return span;
  };
}

/**
 * What the editor says in the interface language: its accessible name, and CodeMirror's own phrases
 * (completion list, announcements). The content is the scenario's text, in English: `lang="en"`.
 */
function interfaceLanguage(t: TFunction): Extension {
  return [
    EditorView.contentAttributes.of({
      'aria-label': t('authoring.editor.label'),
      'aria-describedby': 'yaml-help',
      lang: 'en',
    }),
    EditorState.phrases.of({
      Completions: t('authoring.editor.completions'),
      'Selection deleted': t('authoring.editor.selectionDeleted'),
      'Control character': t('authoring.editor.controlCharacter'),
      close: t('authoring.editor.close'),
      Diagnostics: t('authoring.editor.diagnostics'),
      'No diagnostics': t('authoring.editor.noDiagnostics'),
    }),
  ];
}

function toDiagnostics(view: EditorView, problems: readonly DraftProblem[]): Diagnostic[] {
  const doc = view.state.doc;
  return problems.map((p) => {
    const line = doc.line(Math.min(Math.max(p.line, 1), doc.lines));
    const from = Math.min(line.from + Math.max(p.col - 1, 0), line.to);
    const word = /^[^\s,\]}]+/.exec(doc.sliceString(from, line.to))?.[0].length ?? 0;
    const message = `${p.message}${p.fix ? ` (${p.fix})` : ''}`;
    return {
      from,
      to: Math.min(from + Math.max(word, 1), line.to),
      severity: p.severity,
      message,
      renderMessage: englishMessage(message),
      ...(p.field ? { source: p.field } : {}),
    };
  });
}

/**
 * The scenario's YAML in CodeMirror 6: line numbers, YAML highlighting, the checker's problems inline and
 * in the gutter, and completion of declared ids (beats, endings, meters, flags, cast, sources,
 * competencies). Tab indents; Escape then Tab leaves the editor (CodeMirror's standard escape). Its label and
 * CodeMirror's phrases follow the interface language; the text and the diagnostics are marked English.
 *
 * @example
 * <YamlEditor initial={draft.yaml} onChange={setText} problems={result.problems} ids={result.ids} jump={jump} />
 */
export function YamlEditor({
  initial,
  onChange,
  problems,
  ids,
  jump,
  onCursorLine,
  replace,
}: YamlEditorProps) {
  const { t } = useT();
  const host = useRef<HTMLDivElement>(null);
  const language = useRef(new Compartment());
  const tRef = useRef(t);
  tRef.current = t;
  const view = useRef<EditorView | null>(null);
  const idsRef = useRef(ids);
  idsRef.current = ids;
  const callbacks = useRef({ onChange, onCursorLine });
  callbacks.current = { onChange, onCursorLine };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is created once; `initial` seeds it
  useEffect(() => {
    if (!host.current) return;
    const complete = (context: CompletionContext): CompletionResult | null => {
      const line = context.state.doc.lineAt(context.pos);
      const before = line.text.slice(0, context.pos - line.from);
      const kind = idKindAt(before);
      const known = idsRef.current;
      if (!kind || !known) return null;
      const word = context.matchBefore(/[\w-]*/);
      if (!word || (word.from === word.to && !context.explicit && !/[:[{,]\s*$/.test(before))) return null;
      return { from: word.from, options: idsOfKind(known, kind), validFor: /^[\w-]*$/ };
    };
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initial,
        extensions: [
          lineNumbers(),
          history(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          yaml(),
          // Wrapped lines and no fixed height: the page scrolls, so there is no scroll area that
          // keyboard users would have to reach separately.
          EditorView.lineWrapping,
          lintGutter(),
          autocompletion({ override: [complete], activateOnTyping: true }),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          language.current.of(interfaceLanguage(tRef.current)),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) callbacks.current.onChange(u.state.doc.toString());
            if (u.selectionSet || u.docChanged)
              callbacks.current.onCursorLine?.(u.state.doc.lineAt(u.state.selection.main.head).number);
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    v.dispatch(setDiagnostics(v.state, toDiagnostics(v, problems)));
  }, [problems]);

  // A new language (t changes with it): the label and phrases follow without recreating the editor.
  useEffect(() => {
    view.current?.dispatch({ effects: language.current.reconfigure(interfaceLanguage(t)) });
  }, [t]);

  useEffect(() => {
    const v = view.current;
    if (!v || !jump) return;
    const line = v.state.doc.line(Math.min(Math.max(jump.line, 1), v.state.doc.lines));
    v.dispatch({
      selection: EditorSelection.cursor(line.from + (line.text.length - line.text.trimStart().length)),
      effects: EditorView.scrollIntoView(line.from, { y: 'center' }),
    });
    v.focus();
  }, [jump]);

  useEffect(() => {
    const v = view.current;
    if (!v || !replace) return;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: replace.text } });
  }, [replace]);

  return <div className="yaml-editor" ref={host} />;
}
