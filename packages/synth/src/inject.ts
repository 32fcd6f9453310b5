import {
  type DatasetInput,
  Decimal,
  groupThousands,
  type Indicator,
  roundHalfUp,
  type StatedFigure,
  truncate,
} from "@jixiao/core";
import { EXPECTED_RULE, type InconsistencyKind, type ManifestEntry } from "./manifest.ts";
import { yuanText } from "./money.ts";
import type { Prng } from "./prng.ts";

/** An injection before the figures are written: it changes the tables. */
export const DATA_KINDS = ["noBudgetLine", "staffingCount", "crossTable"] as const;
/** An injection after the figures are written: it changes one stated figure. */
export const FIGURE_KINDS = ["rowSum", "truncatedRate", "unitSlip", "statedAmount"] as const;

type Injected = Omit<ManifestEntry, "file">;

function entry(
  kind: InconsistencyKind,
  location: ManifestEntry["location"],
  description: string,
): Injected {
  return { kind, location, ruleId: EXPECTED_RULE[kind], description };
}

/**
 * Change the tables of `input` (in place) so that one inconsistency of `kind` is in them; the
 * stated figures are written afterwards from the changed tables.
 * @returns the manifest entry (without its file), or null when the dataset has no place for it.
 */
export function injectIntoData(
  prng: Prng,
  input: DatasetInput,
  kind: (typeof DATA_KINDS)[number],
): Injected | null {
  switch (kind) {
    case "noBudgetLine": {
      const rows = input.threePublicExpenses ?? [];
      const i = rows.findIndex((r) => r.item === "officialVehiclePurchase");
      const row = rows[i];
      if (!row) return null;
      const spend = prng.yuan(80_000, 260_000);
      row.budget = "0.00";
      row.actual = yuanText(spend);
      return entry(
        "noBudgetLine",
        { path: `threePublicExpenses[${i}].budget` },
        `公务用车购置费预算为0，决算${yuanText(spend)}元 / vehicle purchase spent ${yuanText(spend)} with a zero budget`,
      );
    }
    case "staffingCount": {
      const first = input.staffing.atYearEnd.activeByType?.[0];
      if (!first) return null;
      const off = prng.int(1, 5);
      first.count += off;
      return entry(
        "staffingCount",
        { path: "staffing.atYearEnd" },
        `年末在职人数分类合计多${off}人 / active staff by type sum to ${off} more than the total`,
      );
    }
    case "crossTable": {
      const rows = input.basicExpenditure ?? [];
      const i = prng.int(0, rows.length - 1);
      const row = rows[i];
      if (typeof row?.actual !== "string") return null;
      const off = prng.yuan(100, 50_000);
      row.actual = yuanText(new Decimal(row.actual).plus(off));
      return entry(
        "crossTable",
        { path: `basicExpenditure[${i}].actual` },
        `基本支出明细“${row.name}”决算比表（一）多${yuanText(off)}元 / 基本支出明细 ${row.name} actual is ${yuanText(off)} more than in 表（一）`,
      );
    }
  }
}

/**
 * Change one stated figure of `figures` (in place) so that it carries an inconsistency of `kind`.
 * `byKey` gives the exact quantities (core's indicators) the figures were written from.
 * @returns the manifest entry (without its file), or null when no figure fits the kind.
 */
export function injectIntoFigures(
  prng: Prng,
  figures: StatedFigure[],
  byKey: ReadonlyMap<string, Indicator>,
  kind: (typeof FIGURE_KINDS)[number],
): Injected | null {
  const exact = (f: StatedFigure) => (f.refersTo ? (byKey.get(f.refersTo)?.value ?? null) : null);
  const choose = (fits: (f: StatedFigure) => boolean) => {
    const candidates = figures.filter(fits);
    return candidates.length === 0 ? null : prng.pick(candidates);
  };
  switch (kind) {
    case "rowSum": {
      const f = choose(
        (x) =>
          x.location.table != null &&
          x.unit === "元" &&
          (x.refersTo ?? "").endsWith(".total") &&
          !(x.refersTo ?? "").includes("ifference"),
      );
      if (!f) return null;
      const off = prng.yuan(1, 5_000).plus(new Decimal(prng.int(0, 99)).div(100));
      const value = new Decimal(f.value).plus(off);
      f.value = yuanText(value);
      f.text = groupThousands(f.value);
      return entry(
        "rowSum",
        { statedFigureId: f.id },
        `“${f.location.table}”合计行${f.location.column ?? ""}多列${yuanText(off)}元 / a table total stated ${yuanText(off)} too high`,
      );
    }
    case "truncatedRate": {
      const f = choose((x) => {
        const v = exact(x);
        // A 合计 rate in a table is the table's own arithmetic (table.row-sum owns it).
        const tableTotal = x.location.table != null && (x.refersTo ?? "").endsWith(".total");
        return x.unit === "%" && !tableTotal && v !== null && truncate(v, 2) !== roundHalfUp(v, 2);
      });
      const v = f ? exact(f) : null;
      if (!f || v === null) return null;
      f.value = truncate(v, 2);
      f.text = `${f.value}%`;
      return entry(
        "truncatedRate",
        { statedFigureId: f.id },
        `比率${f.refersTo}截尾为${f.value}%，应四舍五入为${roundHalfUp(v, 2)}% / rate truncated instead of rounded`,
      );
    }
    case "unitSlip": {
      const f = choose((x) => x.unit === "万元" && x.location.table == null && exact(x) !== null);
      const v = f ? exact(f) : null;
      if (!f || v === null || v.isZero()) return null;
      f.value = yuanText(v);
      f.text = `${groupThousands(f.value)}万元`;
      return entry(
        "unitSlip",
        { statedFigureId: f.id },
        `以万元列示的${f.refersTo}写成了元的数字 ${f.value} / a 万元 figure written with the 元 digits`,
      );
    }
    case "statedAmount": {
      const f = choose((x) => x.unit === "元" && x.location.table == null && exact(x) !== null);
      if (!f) return null;
      const off = prng.yuan(10, 90_000);
      const value = new Decimal(f.value).plus(prng.chance(0.5) ? off : off.negated());
      if (value.isNegative()) return null;
      f.value = yuanText(value);
      f.text = `${groupThousands(f.value)}元`;
      return entry(
        "statedAmount",
        { statedFigureId: f.id },
        `文中${f.refersTo}所述金额与表中相差${yuanText(off)}元 / a stated amount differs from its table by ${yuanText(off)}`,
      );
    }
  }
}
