/**
 * The juesuan library: load a data file, build the fact catalog, draft Part 3,
 * check the data, lint a hand-edited Part 3. The remark plugin is a separate
 * entry point, `juesuan/remark`.
 */
export {
  DataError, accountsFromObject, formatProblem, loadAccounts, parseAccounts,
  type DataProblem, type LoadedAccounts,
} from './data/load.js';
export { DataSource, formatPath, type DataPath, type PathSegment, type SourcePosition } from './data/source.js';
export { Decimal } from './data/amount.js';
export type * from './data/model.js';

export { buildFactCatalog, type FactCatalog, type Part3Facts } from './facts/catalog.js';
export type { Fact, FactKind, FactUnit } from './facts/fact.js';

export { draft, draftPart3, type Draft, type DraftOptions, type PlacedChart } from './draft/draft.js';
export { builtInTemplates, initTemplate, resolveTemplate, TemplateError, type TemplateInfo } from './draft/templates.js';
export { chartModels, CHART_IDS, type ChartId, type ChartModel } from './draft/charts/model.js';

export { RULES, RULE_INFO, checkAccounts } from './check/index.js';
export type { Finding as CheckFinding, Rule as CheckRule, Severity as CheckSeverity } from './check/index.js';

export {
  createLintContext, lintMarkdown,
  type LintContext, type LintMessage, type LintOptions, type LintResult,
} from './lint/lint.js';
export { applyFixes, fixMarkdown, type FixResult, type FixedText } from './lint/fix.js';
export { RULE_HELP, ruleHelp, type RuleHelp } from './report/rule-help.js';

export { formatCheckJson, type CheckResult } from './report/check-json.js';
export { formatCheckStylish } from './report/check-stylish.js';
export { formatLintJson } from './report/lint-json.js';
export { formatLintStylish } from './report/lint-stylish.js';
export { formatLintSarif, type SarifOptions } from './report/lint-sarif.js';
export { formatLintGithub, type GithubOptions } from './report/lint-github.js';
