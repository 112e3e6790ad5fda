/**
 * The lint report as SARIF 2.1.0, the format GitHub code scanning uploads
 * (github/codeql-action/upload-sarif): one run, the tool with every rule the
 * linter can emit (described in Chinese, src/report/rule-help.ts), one result
 * per message located by a path relative to the repository root (SRCROOT)
 * and a region in UTF-16 columns, fixes where the linter has one. Inputs that
 * could not be linted are tool execution notifications. A pure function:
 * results in, text out.
 */
import type { LintMessage, LintResult } from '../lint/lint.js';
import type { InputProblem } from './problems.js';
import { directoryUri, sarifLocation } from './paths.js';
import { RULE_HELP, type RuleHelp } from './rule-help.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  /** the tool's version (package.json) */
  toolVersion: string;
  /** where users read about the tool */
  informationUri: string;
  /** the directory locations are relative to: the repository root in CI (the CLI passes the working directory) */
  baseDir: string;
  /** inputs that could not be linted */
  problems?: readonly InputProblem[];
}

interface Region { startLine: number; startColumn: number; endLine: number; endColumn: number }
interface ArtifactLocation { uri: string; uriBaseId?: string }

function region(m: LintMessage): Region {
  // SARIF regions never end before they start (an empty one is an insertion point).
  const endLine = Math.max(m.endLine, m.line);
  const endColumn = endLine === m.line ? Math.max(m.endColumn, m.column) : m.endColumn;
  return { startLine: m.line, startColumn: m.column, endLine, endColumn };
}

function level(severity: 1 | 2): 'error' | 'warning' {
  return severity === 2 ? 'error' : 'warning';
}

function ruleDescriptor(r: RuleHelp) {
  return {
    id: r.id,
    name: r.id.replace(/(^|-)([a-z0-9])/gu, (_, _dash: string, ch: string) => ch.toUpperCase()),
    shortDescription: { text: r.short },
    fullDescription: { text: r.full },
    help: { text: `${r.short}。${r.full}` },
    defaultConfiguration: { level: level(r.severity) },
  };
}

export function toSarifLog(results: readonly LintResult[], options: SarifOptions) {
  // Every rule the linter can emit, then any id it emitted that the list does not know (kept in step by a test).
  const known = new Set(RULE_HELP.map((r) => r.id));
  const extra = [...new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)).filter((id) => !known.has(id)))].sort();
  const rules = [
    ...RULE_HELP.map(ruleDescriptor),
    ...extra.map((id) => ruleDescriptor({ id, severity: 2, short: id, full: `规则 ${id}（暂无说明）` })),
  ];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));

  const sarifResults = results.flatMap((r) => {
    const artifactLocation: ArtifactLocation = sarifLocation(r.filePath, options.baseDir);
    return r.messages.map((m) => ({
      ruleId: m.ruleId,
      ruleIndex: ruleIndex.get(m.ruleId)!,
      level: level(m.severity),
      message: { text: m.message },
      locations: [{ physicalLocation: { artifactLocation, region: region(m) } }],
      ...(m.fix ? {
        fixes: [{
          description: { text: `改为“${m.fix.text}”` },
          artifactChanges: [{
            artifactLocation,
            replacements: [{ deletedRegion: region(m), insertedContent: { text: m.fix.text } }],
          }],
        }],
      } : {}),
      ...(m.expected !== undefined || m.actual !== undefined || m.page !== undefined || m.paragraph !== undefined ? {
        properties: {
          ...(m.expected !== undefined ? { expected: m.expected } : {}),
          ...(m.actual !== undefined ? { actual: m.actual } : {}),
          // PDF: region.startLine is the line on this page; Word: it is this paragraph number.
          ...(m.page !== undefined ? { page: m.page } : {}),
          ...(m.paragraph !== undefined ? { paragraph: m.paragraph } : {}),
          ...(m.cell !== undefined ? { cell: m.cell } : {}),
          ...(m.excerpt !== undefined ? { excerpt: m.excerpt } : {}),
        },
      } : {}),
    }));
  });

  const problems = options.problems ?? [];
  const notifications = problems.map((p) => ({
    level: 'error' as const,
    message: { text: p.message },
    locations: [{
      physicalLocation: {
        artifactLocation: sarifLocation(p.filePath, options.baseDir),
        ...(p.line !== undefined ? { region: { startLine: p.line, ...(p.column !== undefined ? { startColumn: p.column } : {}) } } : {}),
      },
    }],
  }));

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0' as const,
    runs: [{
      tool: {
        driver: {
          name: 'juesuan',
          informationUri: options.informationUri,
          version: options.toolVersion,
          semanticVersion: options.toolVersion,
          language: 'zh-CN',
          rules,
        },
      },
      invocations: [{
        executionSuccessful: problems.length === 0,
        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
      }],
      originalUriBaseIds: { SRCROOT: { uri: directoryUri(options.baseDir) } },
      columnKind: 'utf16CodeUnits' as const,
      results: sarifResults,
    }],
  };
}

export function formatLintSarif(results: readonly LintResult[], options: SarifOptions): string {
  return JSON.stringify(toSarifLog(results, options), null, 2) + '\n';
}
