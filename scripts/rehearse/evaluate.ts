// `${{ }}` as GitHub evaluates it: the workflow parser's template tokens (a string with
// expressions inside is already a `format(...)` expression) evaluated by GitHub's own evaluator,
// @actions/expressions, against plain-JSON contexts, with the job and step status functions.
import { Evaluator, Lexer, Parser, data } from '@actions/expressions'
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString
} from '@actions/workflow-parser'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type Contexts = Record<string, Json>

/** Status of what ran before: success(), failure(), cancelled() and always() read it. */
export interface Status {
  /** success(): everything before succeeded (for a job: every job it needs, transitively). */
  success: boolean
  /** failure(): something before failed. */
  failed: boolean
}

const STATUS_FUNCTIONS = ['success', 'failure', 'cancelled', 'always']

function statusFunctions(status: Status) {
  const make = (name: string, value: () => boolean) => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(value())
  })
  return new Map(
    [
      make('success', () => status.success),
      make('failure', () => status.failed),
      make('cancelled', () => false),
      make('always', () => true)
    ].map(f => [f.name, f])
  )
}

/** Evaluate one expression (no `${{ }}`) to its data. */
export function evaluateExpression(
  expression: string,
  contexts: Contexts,
  status: Status = { success: true, failed: false }
): data.ExpressionData {
  const lexed = new Lexer(expression).lex()
  const ast = new Parser(
    lexed.tokens,
    Object.keys(contexts),
    STATUS_FUNCTIONS.map(name => ({ name, minArgs: 0, maxArgs: 0 }))
  ).parse()
  const context = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary
  return new Evaluator(ast, context, statusFunctions(status)).evaluate()
}

/** Plain JSON of an expression result. */
export function toJson(value: data.ExpressionData): Json {
  return JSON.parse(JSON.stringify(value, data.replacer) ?? 'null') as Json
}

/** A condition (`if:`) is true when the result is truthy, as GitHub coerces it. */
export function evaluateCondition(expression: string, contexts: Contexts, status: Status): boolean {
  const value = evaluateExpression(expression, contexts, status)
  switch (value.kind) {
    case data.Kind.Null:
      return false
    case data.Kind.Boolean:
      return (value as data.BooleanData).value
    case data.Kind.Number:
      return value.number() !== 0 && !Number.isNaN(value.number())
    case data.Kind.String:
      return value.coerceString() !== ''
    default:
      return true
  }
}

/** A template token evaluated to plain JSON (mappings and sequences element by element). */
export function evaluateToken(
  token: TemplateToken | undefined,
  contexts: Contexts,
  status: Status = { success: true, failed: false }
): Json {
  if (!token) return null
  if (isBasicExpression(token))
    return toJson(evaluateExpression(token.expression, contexts, status))
  if (isString(token)) return token.value
  if (isBoolean(token)) return token.value
  if (isNumber(token)) return token.value
  if (isSequence(token)) {
    const out: Json[] = []
    for (let i = 0; i < token.count; i++) out.push(evaluateToken(token.get(i), contexts, status))
    return out
  }
  if (isMapping(token)) {
    const out: Record<string, Json> = {}
    for (const pair of token)
      out[String(evaluateToken(pair.key, contexts, status))] = evaluateToken(
        pair.value,
        contexts,
        status
      )
    return out
  }
  return null
}

/** What a step input or env value becomes: a string, as the runner passes it. */
export function asString(value: Json): string {
  if (value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'boolean' || typeof value === 'number') return String(value)
  return JSON.stringify(value)
}

/** A mapping token (env:, with:, outputs:) evaluated to strings. */
export function evaluateStrings(
  token: TemplateToken | undefined,
  contexts: Contexts,
  status?: Status
): Record<string, string> {
  const value = evaluateToken(token, contexts, status)
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {}
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asString(v)]))
}
