import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as model from '../../src/data/model.js';
import {
  createAjv, explainSchemaErrors, PRECOMPILED_URL, precompiledValidator, SCHEMA_URL, schemaKey, validateAgainstSchema,
} from '../../src/data/schema.js';
import { EXPENDITURE_CLASSES } from '../../src/data/subjects.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const schemaFile = join(root, 'schema/juesuan-data.schema.json');
const seedFile = join(root, 'data/liaocheng-2024.yaml');
type Node = Record<string, any>;
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Node;
const seedText = readFileSync(seedFile, 'utf8');

/** A subschema with its local $ref followed (siblings such as title win, as editors merge them). */
function at(node: Node, ...keys: string[]): Node {
  let n: Node = node;
  for (const k of keys) {
    n = n[k];
    if (typeof n?.['$ref'] === 'string') {
      const target = (n['$ref'] as string).slice(2).split('/').reduce((o: Node, p) => o[p], schema);
      n = { ...target, ...n };
    }
  }
  return n;
}
const keysOf = (node: Node): string[] => Object.keys(node['properties'] ?? {});

describe('the published schema', () => {
  it('is a valid draft-07 schema that ajv compiles as editors read it (unknown annotations ignored)', () => {
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: false });
    expect(ajv.validateSchema(schema)).toBe(true);
    const validate = ajv.compile(schema);
    const ok = validate(parse(seedText));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('is the file the seed names for yaml-language-server', () => {
    const modeline = /^# yaml-language-server: \$schema=(\S+)$/m.exec(seedText);
    expect(modeline).not.toBeNull();
    expect(resolve(dirname(seedFile), modeline![1]!)).toBe(schemaFile);
    expect(fileURLToPath(SCHEMA_URL)).toBe(schemaFile);
    expect(existsSync(schemaFile)).toBe(true);
  });

  it('accepts the seed through the loader’s own validator', () => {
    expect(validateAgainstSchema(parse(seedText))).toEqual([]);
  });

  it('requires the header; the nine tables are each optional (a writer may have only some)', () => {
    expect(schema['required']).toEqual(['部门', '年度', '金额单位']);
  });

  it('gives every property a Chinese title and description, for editors', () => {
    const missing: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Node;
      for (const [key, sub] of Object.entries((n['properties'] ?? {}) as Node)) {
        const s = at(n['properties'], key);
        if (!/\p{Script=Han}/u.test(String(s['title'] ?? '')) || !/\p{Script=Han}/u.test(String(s['description'] ?? ''))) {
          missing.push(`${where}/${key}`);
        }
        walk(sub, `${where}/${key}`);
      }
      for (const k of ['additionalProperties', 'items', 'propertyNames']) walk(n[k], `${where}/${k}`);
    };
    walk(schema, '');
    for (const [name, def] of Object.entries(schema['definitions'] as Node)) walk(def, `#/definitions/${name}`);
    expect(missing).toEqual([]);
  });

  it('rejects unknown keys at every level it describes', () => {
    const open: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Node;
      if (n['properties'] && n['additionalProperties'] === undefined) open.push(where);
      for (const [key, sub] of Object.entries((n['properties'] ?? {}) as Node)) walk(sub, `${where}/${key}`);
      for (const k of ['additionalProperties', 'items']) walk(n[k], `${where}/${k}`);
    };
    walk(schema, '');
    for (const [name, def] of Object.entries(schema['definitions'] as Node)) walk(def, `#/definitions/${name}`);
    expect(open).toEqual([]);
  });

  describe('spells every label as the loader reads it (model.ts)', () => {
    const classes = EXPENDITURE_CLASSES.map((c) => c.name);
    const cases: Array<[string, string[], readonly string[]]> = [
      ['公开01表 收入', ['properties', '公开01表', 'properties', '收入'], Object.values(model.T01_INCOME_LABELS)],
      ['公开01表 支出', ['properties', '公开01表', 'properties', '支出'], [...classes, ...Object.values(model.T01_EXPENDITURE_LABELS)]],
      ['公开02表 row', ['definitions', 't02Row'], Object.values(model.T02_LABELS)],
      ['公开03表 row', ['definitions', 't03Row'], Object.values(model.T03_LABELS)],
      ['公开04表 收入', ['properties', '公开04表', 'properties', '收入'], Object.values(model.T04_INCOME_LABELS)],
      ['公开04表 支出', ['properties', '公开04表', 'properties', '支出'], [...classes, ...Object.values(model.T04_EXPENDITURE_LABELS)]],
      ['公开04表 row', ['definitions', 't04Row'], Object.values(model.T04_COLUMN_LABELS)],
      ['公开05表/08表 row', ['definitions', 'spendingRow'], Object.values(model.SPENDING_LABELS)],
      ['公开07表 row', ['definitions', 't07Row'], Object.values(model.T07_LABELS)],
      ['公开09表 row', ['definitions', 't09Row'], Object.values(model.T09_LABELS)],
      ['上年决算 收入', ['properties', '上年决算', 'properties', '收入'], [
        ...Object.values(model.T02_LABELS),
        model.T01_INCOME_LABELS.gpbAppropriation, model.T01_INCOME_LABELS.govFundAppropriation, model.T01_INCOME_LABELS.soeAppropriation,
      ]],
      ['上年决算 三公经费', ['properties', '上年决算', 'properties', '三公经费'], Object.values(model.T09_LABELS)],
      ['年初预算 三公经费', ['properties', '年初预算', 'properties', '三公经费'], Object.values(model.T09_LABELS)],
      ['上年决算 支出', ['properties', '上年决算', 'properties', '支出'], Object.values(model.T03_LABELS)],
      ['主要原因 收入变动', ['properties', '主要原因', 'properties', '收入变动'], Object.values(model.T02_LABELS)],
      ['主要原因 支出变动', ['properties', '主要原因', 'properties', '支出变动'], Object.values(model.T03_LABELS)],
    ];
    it.each(cases)('%s', (_, path, labels) => {
      expect(keysOf(at(schema, ...path))).toEqual([...labels]);
    });

    const without = (labels: Record<string, string>, ...ids: string[]): string[] =>
      Object.entries(labels).filter(([id]) => !ids.includes(id)).map(([, label]) => label);

    it('the nine tables', () => {
      expect(Object.values(model.TABLE_NAMES).every((t) => keysOf(schema).includes(t))).toBe(true);
    });

    it('年初预算', () => {
      const L = model.OPENING_BUDGET_LABELS;
      const section = at(schema, 'properties', L.section);
      expect(keysOf(section)).toEqual([L.gpb, L.govFund, L.soe, '三公经费']);
      for (const scope of [L.gpb, L.govFund, L.soe]) expect(keysOf(at(section, 'properties', scope))).toEqual([L.total, L.items]);
    });

    it('三公经费 › 公务接待', () => {
      const L = model.RECEPTION_LABELS;
      const reception = at(schema, 'properties', L.section, 'properties', L.reception);
      expect(keysOf(reception)).toEqual([L.domestic, L.abroad]);
      expect(keysOf(at(reception, 'properties', L.domestic))).toContain(L.amount);
      expect(keysOf(at(reception, 'properties', L.abroad))).toContain(L.amount);
    });

    it('政府采购', () => {
      const L = model.PROCUREMENT_LABELS;
      expect(keysOf(at(schema, 'properties', L.section))).toEqual(without(L, 'section'));
    });

    it('国有资产', () => {
      const L = model.ASSETS_LABELS;
      expect(keysOf(at(schema, 'properties', L.section))).toEqual(without(L, 'section'));
    });

    it('预算绩效', () => {
      const L = model.PERFORMANCE_LABELS;
      const section = at(schema, 'properties', L.section);
      expect(keysOf(section)).toEqual(expect.arrayContaining([L.projectSpendingTotal, L.projects]));
      expect(keysOf(at(section, 'properties', L.projects, 'items'))).toEqual(expect.arrayContaining([L.name, L.fullYearBudget, L.executed]));
    });

    it('公开06表', () => {
      expect(keysOf(schema['properties']['公开06表'])).toEqual([...Object.values(model.T06_LABELS), '本表无数据', '未读出', '说明']);
    });

    it('every table may be marked 未读出 (import found it, read no amounts), as the loader reads it', () => {
      for (const key of Object.values(model.TABLE_NAMES)) expect(keysOf(schema['properties'][key]), key).toContain(model.TABLE_PARTS.unread);
    });
  });
});

describe('turning ajv errors into one message per place', () => {
  // A toy schema with the anyOf cascades the published one avoids by using type unions.
  const toy: Node = {
    type: 'object',
    properties: {
      a: { anyOf: [{ type: 'object', properties: { x: { type: 'number' } }, additionalProperties: false }, { type: 'null' }] },
      b: { anyOf: [{ type: 'number' }, { type: 'string', pattern: '^\\d+$' }], errorMessage: '应为数字' },
      c: { $ref: '#/definitions/amount' },
    },
    additionalProperties: false,
    definitions: { amount: schema['definitions']['amount'] },
  };
  const ajv = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true, strict: false });
  const validate = ajv.compile(toy);
  const explain = (data: unknown) => {
    expect(validate(data)).toBe(false);
    return explainSchemaErrors(validate.errors!, data, toy);
  };

  it('the alternative that fits the value speaks, the others keep quiet', () => {
    expect(explain({ a: { y: 1 } })).toEqual([{ path: ['a', 'y'], message: '未知的键“y”；可用的键：x' }]);
  });

  it('no alternative fits: one message naming them all', () => {
    expect(explain({ a: 'str' })).toEqual([{ path: ['a'], message: '应为映射（键: 值）或空白，实际为“str”' }]);
  });

  it('an anyOf’s own errorMessage speaks for it, also through the fitting alternative', () => {
    expect(explain({ b: true })).toEqual([{ path: ['b'], message: '应为数字，实际为逻辑值 true' }]);
    expect(explain({ b: 'x1' })).toEqual([{ path: ['b'], message: '应为数字，实际为“x1”' }]);
  });

  it('an amount of the wrong type says what an amount is', () => {
    expect(explain({ c: [1] })).toEqual([{ path: ['c'], message: '应为金额：数字，最多两位小数，可带千分位（如 4,340.16），空白表示 0，实际为列表' }]);
  });

  it('accepts amounts as spreadsheets and typists write them', () => {
    for (const c of [4340.16, '4,340.16', '4340.1', '４，３４０．１６', ' 12 ', '-3.5', '', null, 0]) {
      expect(validate({ c }), JSON.stringify(c)).toBe(true);
    }
    for (const c of ['4,340.165', '43,40.16', '4340,16', '1.', '.5', '12 万元', true]) {
      expect(validate({ c }), JSON.stringify(c)).toBe(false);
    }
  });
});

describe('the validator compiled ahead of time (npm run build)', () => {
  const text = readFileSync(schemaFile, 'utf8');
  const runtime = createAjv().compile(schema);

  /** The seed spoiled in many ways: wrong types and values at every level, keys missing and unknown. */
  function spoiled(): unknown[] {
    const out: unknown[] = [[], 'text', null];
    const walk = (node: Node, depth: number): void => {
      for (const key of Object.keys(node)) {
        for (const bad of ['x', [1], -1, null, '1,23.4']) {
          const copy = structuredClone(node[key]);
          node[key] = bad;
          out.push(structuredClone(seed));
          node[key] = copy;
        }
        const copy = node[key];
        delete node[key];
        out.push(structuredClone(seed));
        node[key] = copy;
        if (node[key] !== null && typeof node[key] === 'object' && depth < 3) walk(node[key], depth + 1);
      }
      node['未知的键'] = 1;
      out.push(structuredClone(seed));
      delete node['未知的键'];
    };
    const seed = parse(seedText) as Node;
    walk(seed, 0);
    return out;
  }

  it('is built, from this schema', () => {
    expect(existsSync(fileURLToPath(PRECOMPILED_URL)), 'dist/ must be built (npm run build)').toBe(true);
    expect(precompiledValidator(schemaKey(text))).toBeTypeOf('function');
  });

  it('is not used for another schema text', () => {
    expect(precompiledValidator(schemaKey(`${text} `))).toBeUndefined();
  });

  it('reports exactly what ajv compiling the schema at run time reports', () => {
    const precompiled = precompiledValidator(schemaKey(text))!;
    const cases = spoiled();
    expect(cases.length).toBeGreaterThan(500);
    for (const data of cases) {
      const ok = runtime(data);
      expect(precompiled(data)).toBe(ok);
      expect(precompiled.errors).toEqual(runtime.errors);
      if (!ok) expect(validateAgainstSchema(data)).toEqual(explainSchemaErrors(runtime.errors!, data, schema));
    }
  });
});
