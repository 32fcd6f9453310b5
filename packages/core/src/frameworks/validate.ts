import { type Decimal, dec, sum } from "../decimal.ts";
import { catalogueEntry, parseKey } from "../metrics/catalogue.ts";
import type { InputIssue } from "../schema/parse.ts";
import type { Framework, FrameworkNode, Rule } from "./schema.ts";

/** Rules that read a number from the node's indicator. */
const VALUE_RULES = new Set<Rule["type"]>([
  "thresholdDeduct",
  "stepDeduct",
  "bands",
  "proportional",
]);

/**
 * Why a quantity key cannot be scored, or null when it names a catalogue quantity
 * (metrics/catalogue.ts): the code must be catalogued, with a `[param]` exactly when the entry
 * takes one.
 * @example indicatorKeyProblem("staffing.activeStaffControlRate") === null
 */
export function indicatorKeyProblem(key: string): string | null {
  const { code, param } = parseKey(key);
  const entry = catalogueEntry(code);
  if (!entry) return `指标“${key}”不在指标目录中 / indicator '${key}' is not in the catalogue`;
  if (entry.param !== undefined && param === undefined) {
    return `指标“${key}”须注明参数（${entry.param}），如 ${code}[…] / '${key}' needs a [${entry.param}] parameter`;
  }
  if (entry.param === undefined && param !== undefined) {
    return `指标“${code}”不带参数 / '${code}' takes no parameter`;
  }
  return null;
}

/**
 * The weight a list of siblings adds up to: Σ 分值, where the members of one 二者择其一 group
 * (same `eitherOf`) count once.
 * @example siblingsWeight([{weight:"5"},{weight:"5",eitherOf:"g"},{weight:"5",eitherOf:"g"}]) → 10
 */
export function siblingsWeight(
  nodes: readonly Pick<FrameworkNode, "weight" | "eitherOf">[],
): Decimal {
  const seen = new Set<string>();
  const counted: Decimal[] = [];
  for (const node of nodes) {
    if (node.eitherOf !== undefined) {
      if (seen.has(node.eitherOf)) continue;
      seen.add(node.eitherOf);
    }
    counted.push(dec(node.weight ?? "0"));
  }
  return sum(counted);
}

const show = (d: Decimal) => d.toString();

/** A node as a message names it: "2.1 预算执行". */
const nodeLabel = (node: Pick<FrameworkNode, "code" | "name">) => `${node.code} ${node.name}`;

/**
 * Every semantic problem of a parsed framework, each with the path of the offending node
 * ("nodes[1].children[0]") and a bilingual message that starts with the node's code and name
 * ("2.1 预算执行：…"). Empty when the framework is sound.
 *
 * Checks (docs/framework.md, "Validation"): node codes unique; on a points framework every node
 * has a 分值, the weights of children sum exactly (Decimal) to the parent's weight and the top
 * level to `totalWeight`, 二者择其一 members are at least two siblings of equal weight; a leaf has
 * a rule and a parent has none; a rule never awards more than its node's weight (band, category
 * and checklist points); value rules name a catalogued indicator; steps and point sizes are > 0;
 * PEFA frameworks use only pefa/manual rules and points frameworks no pefa rule; weights and the
 * fixed points a rule awards (band scores, `otherwise`, category and checklist points) have at
 * most `scoring.scorePlaces` decimals, so every score is exactly the figure the sheet shows and
 * 得分 + 扣分 add up to the weight as printed.
 * @example frameworkProblems(bad)[0].message === "2.1 预算执行：子指标分值之和 38 ≠ 上级分值 40 / children's weights sum to 38, parent weight is 40"
 */
export function frameworkProblems(framework: Framework): InputIssue[] {
  const issues: InputIssue[] = [];
  const codes = new Map<string, string>();
  const points = framework.scale === "points";
  const places = framework.scoring.scorePlaces;
  const issuesAt =
    (node: FrameworkNode | null) =>
    (path: string, message: string): void => {
      issues.push({ path, message: node ? `${nodeLabel(node)}：${message}` : message });
    };

  const checkSiblings = (
    nodes: readonly FrameworkNode[],
    path: string,
    parentWeight: Decimal | null,
    parent: FrameworkNode | null,
  ) => {
    const add = issuesAt(parent);
    const groups = new Map<string, FrameworkNode[]>();
    for (const node of nodes) {
      if (node.eitherOf !== undefined)
        groups.set(node.eitherOf, [...(groups.get(node.eitherOf) ?? []), node]);
    }
    for (const [group, members] of groups) {
      if (members.length < 2) {
        add(
          path,
          `二者择其一组“${group}”只有一个指标 / either-of group '${group}' has a single member`,
        );
      }
      if (points && new Set(members.map((m) => dec(m.weight ?? "0").toString())).size > 1) {
        add(
          path,
          `二者择其一组“${group}”的分值不一致 / either-of group '${group}' members differ in weight`,
        );
      }
    }
    if (!points || parentWeight === null || nodes.some((n) => n.weight === undefined)) return;
    const total = siblingsWeight(nodes);
    if (!total.eq(parentWeight)) {
      add(
        path,
        parent === null
          ? `一级指标分值之和 ${show(total)} ≠ 总分 ${show(parentWeight)} / top-level weights sum to ${show(total)}, total weight is ${show(parentWeight)}`
          : `子指标分值之和 ${show(total)} ≠ 上级分值 ${show(parentWeight)} / children's weights sum to ${show(total)}, parent weight is ${show(parentWeight)}`,
      );
    }
  };

  const visit = (node: FrameworkNode, path: string) => {
    const add = issuesAt(node);
    const earlier = codes.get(node.code);
    if (earlier !== undefined) {
      add(
        path,
        `指标代码“${node.code}”重复（另见 ${earlier}） / duplicate node code '${node.code}' (also at ${earlier})`,
      );
    } else codes.set(node.code, path);

    const weight = node.weight === undefined ? null : dec(node.weight);
    if (points && weight === null) add(path, `缺少分值 / weight is missing`);
    if (weight !== null && weight.decimalPlaces() > places) {
      add(
        `${path}.weight`,
        `分值最多${places}位小数：“${node.weight}” / a weight has at most ${places} decimals: '${node.weight}'`,
      );
    }
    if (!points && weight !== null)
      add(path, `PEFA 指标体系不设分值 / a PEFA framework has no weights`);
    if (node.children.length > 0) {
      if (node.rule !== null) {
        add(
          path,
          `有下级指标的节点不设评分规则（得分为下级之和） / a node with children takes no rule (its score is their sum)`,
        );
      }
      checkSiblings(node.children, path, weight, node);
      node.children.forEach((child, i) => {
        visit(child, `${path}.children[${i}]`);
      });
      return;
    }
    if (node.rule === null) {
      add(path, `末级指标缺少评分规则 / a leaf needs a rule`);
      return;
    }
    checkRule(node, node.rule, weight, path, points, places, add);
  };

  checkSiblings(framework.nodes, "nodes", points ? dec(framework.totalWeight) : null, null);
  framework.nodes.forEach((node, i) => {
    visit(node, `nodes[${i}]`);
  });
  return issues;
}

function checkRule(
  node: FrameworkNode,
  rule: Rule,
  weight: Decimal | null,
  path: string,
  points: boolean,
  places: number,
  add: (path: string, message: string) => void,
): void {
  if (!points && rule.type !== "pefa" && rule.type !== "manual") {
    add(
      `${path}.rule`,
      `PEFA 指标体系只用 pefa 或 manual 规则 / a PEFA framework uses pefa or manual rules only`,
    );
  }
  if (points && rule.type === "pefa") {
    add(
      `${path}.rule`,
      `百分制指标体系不能用 pefa 规则 / a points framework cannot use the pefa rule`,
    );
  }
  const needsIndicator =
    VALUE_RULES.has(rule.type) ||
    (rule.type === "countDeduct" && rule.params.countFrom === "indicator");
  if (needsIndicator && node.indicator === null) {
    add(
      `${path}.indicator`,
      `“${rule.type}”规则须指定指标 / rule '${rule.type}' needs an indicator`,
    );
  }
  if (node.indicator !== null) {
    const problem = indicatorKeyProblem(node.indicator);
    if (problem) add(`${path}.indicator`, problem);
  }
  const decimals = (at: string, value: string) => {
    if (dec(value).decimalPlaces() > places) {
      add(
        at,
        `分数最多${places}位小数：“${value}” / points have at most ${places} decimals: '${value}'`,
      );
    }
  };
  const overWeight = (at: string, value: string) => {
    decimals(at, value);
    if (weight !== null && dec(value).gt(weight)) {
      add(
        at,
        `得分 ${value} 超过分值 ${show(weight)} / awards ${value}, more than the weight ${show(weight)}`,
      );
    }
  };
  switch (rule.type) {
    case "thresholdDeduct":
      if (dec(rule.params.pointSize).isZero())
        add(`${path}.rule.params.pointSize`, "须大于0 / must be > 0");
      break;
    case "stepDeduct":
      if (dec(rule.params.step).isZero()) add(`${path}.rule.params.step`, "须大于0 / must be > 0");
      break;
    case "bands":
      rule.params.bands.forEach((band, i) => {
        overWeight(`${path}.rule.params.bands[${i}].score`, band.score);
      });
      overWeight(`${path}.rule.params.otherwise`, rule.params.otherwise);
      break;
    case "proportional":
      if (dec(rule.params.target).isZero())
        add(`${path}.rule.params.target`, "须大于0 / must be > 0");
      break;
    case "categorical":
      rule.params.categories.forEach((category, i) => {
        overWeight(`${path}.rule.params.categories[${i}].points`, category.points);
        const key = category.when?.indicator;
        if (key !== undefined) {
          const problem = indicatorKeyProblem(key);
          if (problem) add(`${path}.rule.params.categories[${i}].when.indicator`, problem);
        } else if (category.when !== undefined && node.indicator === null) {
          add(
            `${path}.rule.params.categories[${i}].when`,
            "条件须指定指标 / a condition needs an indicator",
          );
        }
      });
      break;
    case "checklist": {
      rule.params.items.forEach((item, i) => {
        decimals(`${path}.rule.params.items[${i}].points`, item.points);
      });
      const total = sum(rule.params.items.map((item) => dec(item.points)));
      if (rule.params.mode === "pointsPerItem" && weight !== null && !total.eq(weight)) {
        add(
          `${path}.rule.params.items`,
          `要点分值之和 ${show(total)} ≠ 分值 ${show(weight)} / checklist items sum to ${show(total)}, weight is ${show(weight)}`,
        );
      }
      const ids = rule.params.items.map((item) => item.id);
      if (new Set(ids).size !== ids.length)
        add(`${path}.rule.params.items`, "要点标识重复 / duplicate item ids");
      break;
    }
    default:
      break;
  }
}
